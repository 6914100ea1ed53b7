#!/usr/bin/env bash
# Vault load benchmark: generates synthetic vaults of 1,000 and 10,000 recipes and loads each one
# three times without the vault cache (a first start) and three times with it (a restart), every
# time in a fresh JVM, printing recipes/problems, load time, time from JVM start to a ready
# snapshot, and heap in use after a full GC. Prints numbers; never fails on a timing.
#
# usage: bench/vault-load.sh [--no-build]
#   --no-build   use target/commis.jar and target/test-classes as they are
# environment:
#   JAVA_OPTS    extra JVM options for the measured runs (e.g. "-XX:TieredStopAtLevel=1")
#   SEED         generator seed (default 42)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=1
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "vault-load.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

if [[ $build -eq 1 && ( ! -f target/commis.jar || ! -d target/test-classes ) ]]; then
    echo "building (mvn package test-compile)..."
    mvn -B -q -DskipTests package test-compile
fi
if [[ ! -f target/commis.jar || ! -f target/test-classes/dev/commis/bench/VaultLoadBenchmark.class ]]; then
    echo "vault-load.sh: target/commis.jar or the benchmark classes are missing; run without --no-build" >&2
    exit 2
fi

classpath="target/commis.jar:target/test-classes"
seed="${SEED:-42}"
read -r -a java_opts <<< "${JAVA_OPTS:-}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sizes=(1000 10000)
for size in "${sizes[@]}"; do
    java -cp "$classpath" dev.commis.bench.VaultGenerator "$work/vault-$size" "$size" "$seed"
done

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc 2>/dev/null || echo '?'); JAVA_OPTS: ${JAVA_OPTS:-(none)}"
measure() { # vault [cache]
    java -Xshare:auto ${java_opts[@]+"${java_opts[@]}"} "-Dbench.launchedAtMillis=$(date +%s%3N)" \
        -cp "$classpath" dev.commis.bench.VaultLoadBenchmark "$@"
}
for size in "${sizes[@]}"; do
    echo
    echo "== $size recipes, first start (no cache)"
    for run in 1 2 3; do
        echo "-- run $run"
        measure "$work/vault-$size"
    done
    echo
    echo "== $size recipes, restart (vault cache filled by a first run)"
    measure "$work/vault-$size" "$work/cache-$size.bin" > /dev/null
    for run in 1 2 3; do
        echo "-- run $run"
        measure "$work/vault-$size" "$work/cache-$size.bin"
    done
done
