#!/usr/bin/env bash
# Records the public API of the kit's library packages as the code now stands, generated members included, so that an
# intended API change (a spec edit, a new or removed member) builds again; then builds each project to prove it.
#
#   scripts/record-public-api.sh              # every project with a PublicAPI.Unshipped.txt under src/
#   scripts/record-public-api.sh PROJECT...   # only these .csproj files
#
# PublicAPI.Unshipped.txt is written anew by the analyzer package's own fix for RS0016 (add the member), applied by
# `dotnet format`; --include-generated lets it reach the members the spec generator writes. Written anew rather than
# fixed in place because dotnet format never applies RS0017's fix (remove the member): that diagnostic sits in the text
# file, not in code it formats. What the code cannot give back is kept: the `#nullable enable` header and `*REMOVED*`
# lines; members in PublicAPI.Shipped.txt stay there. One dotnet format run per project: a run over several projects
# at once applied the fix to one of them only.
set -euo pipefail
cd "$(dirname "$0")/.."

projects=("$@")
if [ "${#projects[@]}" -eq 0 ]; then
  for unshipped in src/*/PublicAPI.Unshipped.txt; do
    folder="$(dirname "$unshipped")"
    projects+=("$folder/$(basename "$folder").csproj")
  done
fi

for project in "${projects[@]}"; do
  unshipped="$(dirname "$project")/PublicAPI.Unshipped.txt"
  if [ ! -f "$project" ] || [ ! -f "$unshipped" ]; then
    echo "$project: no such project with a public API to record (expected $unshipped beside it)." >&2
    exit 1
  fi
  kept="$(grep -E '^(#nullable enable|\*REMOVED\*)' "$unshipped" || true)"
  printf '%s\n' "${kept:-#nullable enable}" > "$unshipped"
  echo "Recording the public API of $project"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity warn --include-generated
done

# The build is the check: a member still unrecorded is RS0016/RS0017 here, an error like in every build.
for project in "${projects[@]}"; do
  dotnet build "$project" -nologo
done
