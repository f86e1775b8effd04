#!/usr/bin/env bash
# Packaging as a user meets it (docs/packaging.md):
#  (a) pack the libraries and the CLI into a clean artifacts/, with our packages gone from the
#      NuGet cache so nothing stale can be used; each library package holds its one assembly and no
#      generator or test fixture type, and the tool carries FunctionalScoring.Generation for `generate`;
#  (b) install the functional-scoring tool from the packed artifact into a temporary tool path,
#      score the samples with it and generate a small dataset with it;
#  (c) restore the local tools (dotnet-repl) and run notebooks/scoring.ipynb headless against the
#      packed library; a failing cell fails the step, and the notebook must report the same number
#      of partners and qualified partners as the tool, and its history cell (R30) the same qualified
#      partners in its last month, with a chart.
# Exits non-zero with one clear message on the first failure.
set -euo pipefail
# Tests read a here-string, never a pipe into `grep -q`/`head`: under pipefail a reader that stops early
# kills the writer with SIGPIPE and fails the check at random (unzip -l | grep -q did, 1 run in 4).
cd "$(dirname "$0")/../.."
repo="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$SECONDS
version=1.0.0

fail() {
  echo "40-pack-tool-notebook: FAILED: $*" >&2
  exit 1
}

data="${FUNCTIONAL_SCORING_DATA:-$repo/data-samples}"
data="$(cd "$data" 2>/dev/null && pwd)" || fail "no dataset folder ${FUNCTIONAL_SCORING_DATA:-data-samples}"
[ -n "$(find "$data" -name '*.parquet' -print -quit)" ] || fail "no Parquet files in $data"
export FUNCTIONAL_SCORING_DATA="$data"
# The notebook must find the packages where a user packs them: <repo>/artifacts.
unset FUNCTIONAL_SCORING_PACKAGES

command -v unzip > /dev/null || fail "unzip is needed to look inside the packages"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# (a) Pack from clean.
echo "-- (a) dotnet pack into a clean artifacts/"
rm -rf artifacts
packages_cache="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
[ -n "$packages_cache" ] || fail "could not find the NuGet global packages folder"
rm -rf "$packages_cache/functionalscoring.core" "$packages_cache/functionalscoring.parquet" "$packages_cache/functionalscoring.shell" "$packages_cache/functional-scoring"
dotnet pack FunctionalScoring.sln -c Release -o artifacts > "$work/pack.log" 2>&1 || {
  cat "$work/pack.log"
  fail "dotnet pack FunctionalScoring.sln -c Release -o artifacts failed"
}
for package in FunctionalScoring.Core FunctionalScoring.Parquet FunctionalScoring.Shell functional-scoring; do
  [ -f "artifacts/$package.$version.nupkg" ] || fail "dotnet pack made no artifacts/$package.$version.nupkg"
done
if grep -qi 'tests' <<< "$(ls artifacts)"; then fail "a test project was packed: $(ls artifacts | grep -i tests | tr '\n' ' ')"; fi
for library in Core Parquet Shell; do
  nupkg="artifacts/FunctionalScoring.$library.$version.nupkg"
  listing="$(unzip -l "$nupkg")"
  for entry in README.md "lib/net10.0/FunctionalScoring.$library.dll" "lib/net10.0/FunctionalScoring.$library.xml"; do
    grep -q " $entry\$" <<< "$listing" || fail "$nupkg has no $entry"
  done
  nuspec="$(unzip -p "$nupkg" "FunctionalScoring.$library.nuspec")"
  grep -q '<license type="expression">MIT</license>' <<< "$nuspec" || fail "$nupkg has no MIT licence expression"
  grep -q '<readme>README.md</readme>' <<< "$nuspec" || fail "$nupkg has no package readme"
  # The library packages ship the library only: one assembly each, never the generator or the test fixture.
  assemblies="$(grep -oE '[^ ]+\.dll$' <<< "$listing" | tr '\n' ' ')"
  [ "$assemblies" = "lib/net10.0/FunctionalScoring.$library.dll " ] || fail "$nupkg holds the assemblies $assemblies(only FunctionalScoring.$library.dll expected)"
  leaked="$(unzip -p "$nupkg" "lib/net10.0/FunctionalScoring.$library.dll" |
    grep -a -o -E 'FunctionalScoring\.(Shell\.)?Generation[A-Za-z0-9_.]*|ParquetFixture|FixtureColumn|SyntheticDataset' | sort -u | tr '\n' ' ' || true)"
  [ -z "$leaked" ] || fail "$nupkg's FunctionalScoring.$library.dll contains generator or fixture types: $leaked"
done
# The tool's `generate` verb needs the generator, which no library package carries.
grep -q ' tools/net10.0/any/FunctionalScoring.Generation.dll$' <<< "$(unzip -l "artifacts/functional-scoring.$version.nupkg")" ||
  fail "artifacts/functional-scoring.$version.nupkg has no FunctionalScoring.Generation.dll (its generate verb needs it)"
if grep -qi 'generation' <<< "$(ls artifacts)"; then fail "FunctionalScoring.Generation was packed: it is not a library package"; fi

# (b) The tool, installed from the packed artifact as a user would, scores the samples.
echo "   packed in $((SECONDS - started)) s"
phase=$SECONDS
echo "-- (b) dotnet tool install functional-scoring from artifacts/, score $data"
dotnet tool install --tool-path "$work/tools" --add-source "$repo/artifacts" functional-scoring --version "$version" > "$work/install.log" 2>&1 || {
  cat "$work/install.log"
  fail "dotnet tool install --tool-path ... --add-source ./artifacts functional-scoring failed"
}
installed_dll="$(find "$work/tools/.store" -path '*/tools/net10.0/any/functional-scoring.dll' -print -quit)"
[ -n "$installed_dll" ] || fail "the installed tool has no functional-scoring.dll"
unzip -p "artifacts/functional-scoring.$version.nupkg" tools/net10.0/any/functional-scoring.dll | cmp -s - "$installed_dll" ||
  fail "the installed tool is not the one just packed"
"$work/tools/functional-scoring" score --data "$data" --out "$work/out" > "$work/score.log" 2>&1 < /dev/null || {
  cat "$work/score.log"
  fail "the installed tool's score --data $data failed"
}
[ -f "$work/out/summary.parquet" ] || fail "the installed tool wrote no summary.parquet"
partners="$(sed -n 's/^  "partners": \([0-9][0-9]*\),$/\1/p' "$work/out/run.json")"
qualified="$(sed -n 's/^  "qualified_partners": \([0-9][0-9]*\),$/\1/p' "$work/out/run.json")"
[ -n "$partners" ] && [ -n "$qualified" ] || fail "run.json has no partners / qualified_partners counts"
echo "   the tool scored $partners partners, $qualified qualified"
"$work/tools/functional-scoring" generate --out "$work/generated" --partners 2 --months 13 > "$work/generate.log" 2>&1 < /dev/null || {
  cat "$work/generate.log"
  fail "the installed tool's generate failed"
}
[ -f "$work/generated/usage.parquet" ] || fail "the installed tool's generate wrote no usage.parquet"
echo "   the tool's generate wrote a dataset"

# (c) The notebook, headless, from its own folder as VS Code runs it, against the packed library.
echo "   installed and scored in $((SECONDS - phase)) s"
phase=$SECONDS
echo "-- (c) dotnet tool restore; dotnet repl --run notebooks/scoring.ipynb"
dotnet tool restore > "$work/restore.log" 2>&1 || {
  cat "$work/restore.log"
  fail "dotnet tool restore failed"
}
executed="$work/scoring.executed.ipynb"
repl_status=0
(cd notebooks && timeout 900 dotnet repl --run scoring.ipynb --exit-after-run --output-path "$executed" < /dev/null > "$work/repl.log" 2>&1) || repl_status=$?
if [ "$repl_status" -ne 0 ]; then
  cat "$work/repl.log"
  [ -f "$executed" ] && grep -m 15 -A3 '"ename"' "$executed"
  fail "notebooks/scoring.ipynb failed headless (dotnet repl exit $repl_status; cell errors above)"
fi
[ -f "$executed" ] || fail "dotnet repl wrote no executed notebook"
grep -q "Scored $partners partners: $qualified qualified" "$executed" ||
  fail "the executed notebook has no line 'Scored $partners partners: $qualified qualified' (what the tool found)"
grep -q '<svg' "$executed" || fail "the executed notebook has no histogram"
grep -q "History of 12 months, .*qualified in the last month: $qualified" "$executed" ||
  fail "the executed notebook's history cell does not end with the tool's $qualified qualified partners"
grep -q "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='240'" "$executed" || fail "the executed notebook has no history chart"
restored_dll="$packages_cache/functionalscoring.shell/$version/lib/net10.0/FunctionalScoring.Shell.dll"
[ -f "$restored_dll" ] || fail "the notebook did not restore FunctionalScoring.Shell $version from artifacts/"
unzip -p "artifacts/FunctionalScoring.Shell.$version.nupkg" lib/net10.0/FunctionalScoring.Shell.dll | cmp -s - "$restored_dll" ||
  fail "the notebook used a FunctionalScoring.Shell that is not the one just packed"

echo "   notebook ran in $((SECONDS - phase)) s"
echo "40-pack-tool-notebook: ok in $((SECONDS - started)) s: packed 4 packages, the installed tool and the notebook both scored $partners partners ($qualified qualified)"
