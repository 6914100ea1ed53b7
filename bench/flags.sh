#!/usr/bin/env bash
# JVM flags where Commis controls the launch (bin/commis, the Docker image): for each flag set,
# a cold `check` of a generated 10,000-recipe vault (alternated runs; median wall, CPU and peak RSS)
# and, unless CHAT=0, a long run: ChatBenchmark's /recipe and /search p50/p99 after its warm-up.
# The static CDS archive is built here the way the image builds it (a class list from a console
# session on the sample vault, then -Xshare:dump). Prints numbers; never fails on a timing.
#
# usage: bench/flags.sh [--no-build]
# environment: RUNS (default 3), COUNT (default 10000), CHAT (1: also ChatBenchmark, default 1),
#              SETS (names of the flag sets to run, default all; see below)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ "${1:-}" != "--no-build" ]]; then
    mvn -B -q -DskipTests package test-compile
fi
runs="${RUNS:-3}"
count="${COUNT:-10000}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp target/commis.jar "$work/commis.jar"
jar="$work/commis.jar"
java -cp target/commis.jar:target/test-classes dev.commis.bench.VaultGenerator "$work/vault" "$count" 42 > /dev/null

# The static CDS archive, as the Dockerfile builds it.
printf '/help\n/recipe tarte\n/search poulet\n/shop crêpes\n' \
    | java -XX:DumpLoadedClassList="$work/classes.lst" -jar "$jar" console --vault recipes --data "$work/data" > /dev/null 2>&1
java -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/commis.jsa" -cp "$jar" \
    > /dev/null 2>&1
cds="-XX:SharedArchiveFile=$work/commis.jsa"

declare -A flags=(
    [default]=""
    [c1]="-XX:TieredStopAtLevel=1"
    [serial]="-XX:+UseSerialGC"
    [heap128]="-Xmx128m"
    [cds]="$cds"
    [serial-heap128-cds]="-XX:+UseSerialGC -Xmx128m $cds"
    [c1-serial-heap128-cds]="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m $cds"
    [launcher]="$(bin/commis --print-flags | sed "s|-XX:SharedArchiveFile=[^ ]*|$cds|")"
)
read -r -a sets <<< "${SETS:-default c1 serial heap128 cds serial-heap128-cds c1-serial-heap128-cds launcher}"

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== cold check of $count recipes, $runs alternated runs per flag set (wall s, cpu s, peak RSS MB)"
for ((run = 1; run <= runs; run++)); do
    for set in "${sets[@]}"; do
        read -r -a opts <<< "${flags[$set]}"
        /usr/bin/time -o "$work/time" -f "%e %U %S %M" java ${opts[@]+"${opts[@]}"} -jar "$jar" check --vault "$work/vault" \
            > /dev/null 2>&1
        awk -v s="$set" '{ printf "%s %.2f %.2f %d\n", s, $1, $2 + $3, $4 / 1024 }' "$work/time" >> "$work/results"
    done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for set in "${sets[@]}"; do
    printf "  %-24s wall %6s  cpu %6s  rss %4s   (medians of %d runs)\n" "$set" \
        "$(grep "^$set " "$work/results" | cut -d' ' -f2 | median)" "$(grep "^$set " "$work/results" | cut -d' ' -f3 | median)" \
        "$(grep "^$set " "$work/results" | cut -d' ' -f4 | median)" "$runs"
done
cp "$work/results" target/flags-results.txt 2>/dev/null || true

if [[ "${CHAT:-1}" == 1 ]]; then
    echo
    echo "== long run: ChatBenchmark over $count recipes (p50/p99 after warm-up), peak RSS"
    for set in "${sets[@]}"; do
        read -r -a opts <<< "${flags[$set]}"
        echo "-- $set"
        /usr/bin/time -o "$work/time" -f "%M" java ${opts[@]+"${opts[@]}"} -cp "$jar:target/test-classes" \
            dev.commis.bench.ChatBenchmark "$count" 2>&1 | grep -E '^/(recipe|search)' | sed 's/^/   /'
        echo "   peak RSS $(( $(cat "$work/time") / 1024 )) MB"
    done
fi
