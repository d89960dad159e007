#!/usr/bin/env bash
# Measures what a no-change build of the sample costs against a cold one, in a build tree of its own (so the
# working tree's outputs are neither used nor touched), and shows from the log that the second build skipped NSwag and
# every compilation (hence every source generator run).
#
#   scripts/measure-incremental.sh [--configuration CONFIG]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
configuration=Debug
if [ "${1:-}" = "--configuration" ]; then configuration="$2"; fi

tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
build() {
  dotnet build "$root/samples/OrderWorkflow/OrderWorkflow.csproj" -c "$configuration" --artifacts-path "$tree" \
    -nologo -tl:off -nodeReuse:false -v:n > "$1" 2>&1
}
seconds() { date +%s.%N; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }

start=$(seconds); build "$tree/cold.log"; cold=$(minus "$(seconds)" "$start")
start=$(seconds); build "$tree/again.log"; again=$(minus "$(seconds)" "$start")

skipped() { grep -c "Skipping target \"$2\" because all output files are up-to-date" "$1" || true; }
compiled() { echo $(( $(grep -c 'CoreCompile:' "$1" || true) - $(skipped "$1" CoreCompile) )); }
nswag() { grep -c 'openapi2cscontroller' "$1" || true; }

printf 'cold build:       %6.1f s  (compilations: %s, NSwag runs: %s)\n' "$cold" "$(compiled "$tree/cold.log")" "$(nswag "$tree/cold.log")"
printf 'no-change build:  %6.1f s  (compilations: %s, NSwag runs: %s, CoreCompile skipped: %s, NSwag target skipped: %s)\n' \
  "$again" "$(compiled "$tree/again.log")" "$(nswag "$tree/again.log")" \
  "$(skipped "$tree/again.log" CoreCompile)" "$(skipped "$tree/again.log" GenerateSimulatorContracts)"
awk -v a="$again" -v c="$cold" 'BEGIN { printf "ratio:            %6.2f\n", a / c }'
