#!/usr/bin/env bash
# Records a JFR profile of one cold `commis check` of a generated vault and prints its summary
# (bench/jfr-summary.py: JIT against parsing CPU, samples by owner, the parser's hot methods).
# Keep the printed summary in bench/ (see bench/PROFILE.md) before and after a parser change.
#
# usage: bench/profile-cold.sh [--no-build] [OUTPUT.jfr]
# environment: JAVA_OPTS (flags of the profiled run, e.g. "$(bin/commis --print-flags)"),
#              COUNT (recipes, default 10000), SEED (default 42)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ "${1:-}" == "--no-build" ]]; then
    shift
else
    mvn -B -q -DskipTests package test-compile
fi
recording="${1:-target/cold-check.jfr}"
read -r -a java_opts <<< "${JAVA_OPTS:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp target/commis.jar:target/test-classes dev.commis.bench.VaultGenerator "$work/vault" "${COUNT:-10000}" \
    "${SEED:-42}" > /dev/null
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "flags: ${JAVA_OPTS:-(none)}"
/usr/bin/time -f "wall %e s, cpu %U s user + %S s sys, peak RSS %M KB" \
    java ${java_opts[@]+"${java_opts[@]}"} -XX:StartFlightRecording=filename="$recording",settings=profile \
    -jar target/commis.jar check --vault "$work/vault" 2>&1 | grep -v '\[jfr'
python3 bench/jfr-summary.py "$recording" 25
