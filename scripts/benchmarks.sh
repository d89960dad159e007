#!/usr/bin/env bash
# Every figure of docs/benchmarks.md in one run: BenchmarkDotNet (short job, in-process: BenchmarkConfig.cs) over all benchmarks, then the two probes
# whose figures are not timings (analyzer telemetry; peak working set per listing size, each in a fresh process).
# Usage: scripts/benchmarks.sh [extra BenchmarkDotNet arguments, e.g. --filter '*Generator*']
set -euo pipefail
cd "$(dirname "$0")/.."

project=benchmarks/ImageryContracts.Benchmarks
artifacts=artifacts/benchmarks
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build -c Release "$project" -nologo -v quiet
dotnet run -c Release --no-build --project "$project" -- --filter '*' --artifacts "$artifacts" "$@"
dotnet run -c Release --no-build --project "$project" -- --analyzer-telemetry
for count in 1000 10000; do
  dotnet run -c Release --no-build --project "$project" -- --peak-working-set "$count"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); tables in $artifacts/results/"
