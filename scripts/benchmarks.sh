#!/usr/bin/env bash
# Every figure of docs/benchmarks.md in one run: BenchmarkDotNet (short job, in-process: BenchmarkConfig.cs) over all benchmarks, then the probes
# whose figures BenchmarkDotNet does not give (analyzer telemetry; peak working set per listing size and per download size, each in a fresh
# process; download throughput in interleaved rounds).
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
dotnet run -c Release --no-build --project "$project" -- --download-throughput 15
for megabytes in 100 1024; do
  dotnet run -c Release --no-build --project "$project" -- --download-working-set "$megabytes"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); tables in $artifacts/results/"
