#!/usr/bin/env bash
# Runs the DuckDB baseline (bench/baseline.sql) on every conformance case and rule set and diffs its
# summary (and scorecard) against the expected files. Prints "N passed, N failed" (summaries).
# Usage: bench/check-baseline.sh [CONFORMANCE_DIR]   (default: the repository's copy, tests/conformance)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
conformance="${1:-$here/../tests/conformance}"
project="$here/FunctionalScoring.Baseline/FunctionalScoring.Baseline.csproj"
out="$here/work/check"
mkdir -p "$out"

dotnet build "$project" -c Release --nologo -v quiet -o "$here/work/bin" >/dev/null
runner="$here/work/bin/FunctionalScoring.Baseline"

passed=0; failed=0; cards_ok=0; cards_bad=0
for case_dir in "$conformance"/*/; do
    case_name="$(basename "$case_dir")"
    [[ -d "$case_dir/data" ]] || continue
    for expected_dir in "$case_dir"/expected/*/; do
        rules="$(basename "$expected_dir")"
        summary="$out/$case_name.$rules.summary.csv"
        card="$out/$case_name.$rules.scorecard.csv"
        timing="$("$runner" --data "$case_dir/data" --as-of 2025-06 --rules "$rules" \
                  --out "$summary" --scorecard "$card" | grep '^elapsed' || true)"
        if diff -q "$summary" "$expected_dir/expected_summary.csv" >/dev/null 2>&1; then
            passed=$((passed + 1)); verdict="PASS"
        else
            failed=$((failed + 1)); verdict="FAIL"
        fi
        if [[ -f "$expected_dir/expected_scorecard.csv" ]] && diff -q "$card" "$expected_dir/expected_scorecard.csv" >/dev/null 2>&1; then
            cards_ok=$((cards_ok + 1)); card_verdict="scorecard PASS"
        else
            cards_bad=$((cards_bad + 1)); card_verdict="scorecard FAIL"
        fi
        printf '%-6s %-18s %s  (%s)  %s\n' "$case_name" "$rules" "$verdict" "$card_verdict" "$timing"
    done
done
echo "scorecards: $cards_ok passed, $cards_bad failed"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
