#!/usr/bin/env bash
# Cold start against a Node peer: generates a 10,000-recipe vault, then runs, alternately and each
# in a fresh process, `java -jar target/commis.jar check` (plain JVM defaults), the same check
# through the launcher bin/commis (its tuned flags), and bench/node-peer/load.js (gray-matter +
# markdown-it, installed here with `npm ci`). Prints per run and as medians the wall time, the CPU
# time and the peak RSS (/usr/bin/time), the ratios to Node, then the Telegram burst figure
# (dev.commis.bench.TelegramBurstBenchmark, when the test classes have it). Prints numbers; never
# fails on a timing.
#
# usage: bench/cold-start.sh [--no-build] [--no-install]
#   --no-build     use target/commis.jar and target/test-classes as they are
#   --no-install   keep bench/node-peer/node_modules as it is (no npm ci)
# environment:
#   RUNS     runs of each (default 5)    COUNT   recipes (default 10000)    SEED   (default 42)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=1
install=1
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --no-install) install=0 ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "cold-start.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
    esac
done
runs="${RUNS:-5}"
count="${COUNT:-10000}"
seed="${SEED:-42}"

for tool in java node npm; do
    command -v "$tool" > /dev/null || { echo "cold-start.sh: '$tool' is not on the PATH" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "cold-start.sh: /usr/bin/time (GNU time) is needed for the peak RSS" >&2; exit 2; }

if [[ $build -eq 1 ]]; then
    echo "building (mvn package test-compile)..."
    mvn -B -q -DskipTests package test-compile
fi
if [[ ! -f target/commis.jar || ! -d target/test-classes/dev/commis/bench ]]; then
    echo "cold-start.sh: target/commis.jar or the benchmark classes are missing; run without --no-build" >&2
    exit 2
fi
if [[ $install -eq 1 || ! -d bench/node-peer/node_modules ]]; then
    echo "installing the Node peer (npm ci)..."
    (cd bench/node-peer && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp target/commis.jar:target/test-classes dev.commis.bench.VaultGenerator "$work/vault" "$count" "$seed"

# One measured run: NAME COMMAND...; appends "wall cpu rss_kb" to $work/NAME and prints the line.
measure() {
    local name="$1"; shift
    /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" > "$work/out" 2>&1 \
        || { echo "cold-start.sh: '$*' failed:" >&2; cat "$work/out" >&2; exit 1; }
    read -r wall user sys rss < "$work/time"
    local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    echo "$wall $cpu $rss" >> "$work/$name"
    printf "  %-14s wall %6.2f s  cpu %6.2f s  peak RSS %4d MB   %s\n" "$name" "$wall" "$cpu" $((rss / 1024)) \
        "$(tail -n 1 "$work/out" | cut -c1-90)"
}
median() { # FILE COLUMN
    sort -n -k "$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo
echo "java: $(java -version 2>&1 | head -n 1); node: $(node --version); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "launcher flags: $(bin/commis --print-flags)"
echo "== cold check of $count generated recipes, $runs alternated runs of each"
for ((run = 1; run <= runs; run++)); do
    echo "-- run $run"
    measure java-default java -jar target/commis.jar check --vault "$work/vault"
    measure node node bench/node-peer/load.js "$work/vault"
    measure java-launcher bin/commis check --vault "$work/vault"
done

echo
echo "== medians over $runs runs"
node_wall=$(median "$work/node" 1)
node_cpu=$(median "$work/node" 2)
for name in java-default java-launcher node; do
    wall=$(median "$work/$name" 1); cpu=$(median "$work/$name" 2); rss=$(median "$work/$name" 3)
    printf "  %-14s wall %6.2f s  cpu %6.2f s  peak RSS %4d MB  ratio to node: wall %5.2fx, cpu %5.2fx\n" "$name" \
        "$wall" "$cpu" $((${rss%.*} / 1024)) "$(awk -v a="$wall" -v b="$node_wall" 'BEGIN { print a / b }')" \
        "$(awk -v a="$cpu" -v b="$node_cpu" 'BEGIN { print a / b }')"
done

echo
echo "== Telegram burst"
if [[ -f target/test-classes/dev/commis/bench/TelegramBurstBenchmark.class ]]; then
    java -cp target/commis.jar:target/test-classes dev.commis.bench.TelegramBurstBenchmark
else
    echo "  skipped: dev.commis.bench.TelegramBurstBenchmark is not in target/test-classes (not written yet on this branch)"
fi

cat <<'EOF'

What this measured: whole-process wall time, user+sys CPU and peak RSS of a cold `commis check`
(no vault cache: check never uses it) against the Node peer reading the same files, on the same
machine, alternated so that background load hits both. The ratios are Java's median wall time and
CPU time over Node's (the wall ratio is the goal; on a busy machine only the CPU ratio is stable).
What it left out: the vault cache (a restart), the search index (check does not build it),
Commis's repairs and problem messages (the peer does not do them), the chat itself (see
ChatBenchmark), and any machine noise beyond alternating; on a shared machine re-run before
trusting a difference under ~10%.
EOF
