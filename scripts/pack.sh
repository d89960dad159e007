#!/usr/bin/env bash
# Packs every ImageryContracts package into one folder (default: artifacts/packages).
#
#   scripts/pack.sh [--output DIR] [--version-suffix SUFFIX] [--artifacts-path DIR] [--configuration CONFIG]
#
# Two steps, one solution filter each (scripts/packages-*.slnf): the vendor packages depend on the analyzers package
# and restore must find it (Directory.Build.targets), so the build-time packages come first, then the libraries,
# restoring from the first step's output.
# --artifacts-path builds into a separate tree (bin/obj included), so packing never touches the working tree's outputs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

output="$root/artifacts/packages"
configuration=Release
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --output) output="$2"; shift 2 ;;
    --version-suffix) extra+=("-p:VersionSuffix=$2"); shift 2 ;;
    --artifacts-path) extra+=("--artifacts-path" "$2"); shift 2 ;;
    --configuration) configuration="$2"; shift 2 ;;
    *) echo "unknown argument '$1'; expected --output, --version-suffix, --artifacts-path or --configuration" >&2; exit 2 ;;
  esac
done

mkdir -p "$output"
output="$(cd "$output" && pwd)"

# Each step is one solution filter, so its projects build once and in parallel.
for filter in packages-build-time packages-libraries; do
  dotnet pack "$root/scripts/$filter.slnf" -c "$configuration" -p:PackageOutputPath="$output/" -nologo "${extra[@]}"
done
