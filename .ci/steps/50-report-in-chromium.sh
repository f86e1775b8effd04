#!/usr/bin/env bash
# CI step: the HTML report in a real browser. Generates the report from data-samples/, opens it in
# headless Chromium and checks what only a browser can tell: the inline script ran, the charts are in the
# DOM (the trends chart of R30 among them, with a sparkline in every partner row and the at-risk list of
# R32), the search filter from the address (#q=…) hides every other row, sorting from the address
# (#sort=-enterprise-total) orders the rows, and a screenshot is a real picture.
set -euo pipefail
# Tests read a here-string, never a pipe into `grep -q`/`head`: under pipefail a reader that stops early
# kills the writer with SIGPIPE and fails the check at random (unzip -l | grep -q did, 1 run in 4).
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "50-report-in-chromium: FAIL: $*" >&2; exit 1; }
pass() { echo "50-report-in-chromium: ok: $*"; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing: installing Debian's package"
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
  ($as_root apt-get update && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y chromium) \
    || fail "chromium is not installed and apt-get could not install it (needs root)"
fi

data=data-samples
[ -e data-samples/usage.parquet ] || [ -d data-samples/usage ] || fail "data-samples/ holds no dataset (no usage.parquet or usage/)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
report="$tmp/report.html"
dotnet run --no-build --project src/FunctionalScoring.Cli -- report --data "$data" --out "$report" \
  || fail "the report command failed on $data (is the solution built? .ci/run builds it first)"
[ -s "$report" ] || fail "the report command wrote no file"

# The file itself: self-contained, one row per partner.
if grep -qiE 'https?://' "$report"; then fail "the report references a network address: $(grep -m 3 -oiE 'https?://[^"< ]*' "$report" | tr '\n' ' ')"; fi
partners=$(grep -o '<tr class="partner-row"' "$report" | wc -l)
[ "$partners" -gt 0 ] || fail "the report has no partner rows"
first_id=$(grep -m 1 -o '<tr class="partner-row" data-partner="[^"]*"' "$report" | sed 's/.*data-partner="\([^"]*\)"/\1/')

browse() { # browse URL ARGS…: headless Chromium with no network chatter and a fresh profile
  local url="$1"; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$tmp")" "$@" "$url" 2>>"$tmp/chromium.log"
}
rows_of() { grep -o '<tr class="partner-row"[^>]*>' "$1"; }

# 1. The script ran, the charts are there, every row is visible without a query.
browse "file://$report" --dump-dom >"$tmp/plain.html" || fail "chromium could not load the report (log: $(tail -3 "$tmp/chromium.log"))"
grep -q '<body[^>]*data-rendered="true"' "$tmp/plain.html" || fail "the page's script did not run: body is not data-rendered=\"true\""
charts=$(grep -o '<svg class="chart"' "$tmp/plain.html" | wc -l)
[ "$charts" -ge 6 ] || fail "expected at least 6 inline SVG charts in the DOM, found $charts"
grep -q 'data-charts="'"$charts"'"' "$tmp/plain.html" || fail "the script counted a different number of charts than the DOM holds ($charts)"
grep -q '<svg class="chart" id="histogram-reported"' "$tmp/plain.html" || fail "the histogram of reported totals is missing"
grep -q '<g class="threshold" data-points="70">' "$tmp/plain.html" || fail "the 70-point line is missing"
[ "$(rows_of "$tmp/plain.html" | wc -l)" -eq "$partners" ] || fail "the DOM lost partner rows"
[ "$(rows_of "$tmp/plain.html" | grep -c 'hidden=""' || true)" -eq 0 ] || fail "rows are hidden without a query"
grep -q "data-visible-rows=\"$partners\"" "$tmp/plain.html" || fail "the visible-row counter does not say $partners"
pass "script ran, $charts charts, $partners rows visible"

# 1b. The trends (R30, R32): the chart of qualified partners per month, one line per series with a point
# per month, a sparkline in every partner row, and the at-risk list.
grep -q '<section class="panel" id="trends"' "$tmp/plain.html" || fail "the trends section is missing"
trend="$(sed -n 's/.*\(<svg class="chart" id="trend-qualified".*\)/\1/p' "$tmp/plain.html" | sed 's#</svg>.*##' | sed -n 1p)"
[ -n "$trend" ] || fail "the trends chart (svg#trend-qualified) is not in the DOM"
lines=$(grep -o '<g class="trend"' <<< "$trend" | wc -l)
points=$(grep -o '<circle class="point"' <<< "$trend" | wc -l)
[ "$lines" -ge 3 ] || fail "the trends chart has $lines lines, expected any path, Enterprise and SMB at least"
[ "$points" -ge $((lines * 2)) ] || fail "the trends chart has $points points for $lines lines: fewer than two months each"
sparks=$(grep -o '<td class="num spark-cell"[^>]*><svg class="spark"' "$tmp/plain.html" | wc -l)
[ "$sparks" -eq "$partners" ] || fail "$sparks sparklines for $partners partner rows"
grep -q 'id="at-risk"' "$tmp/plain.html" || fail "the at-risk list is missing"
pass "trends chart with $lines lines and $points points, $sparks sparklines, at-risk list present"

# 2. The filter from the address: only rows containing the query stay visible.
browse "file://$report#q=$first_id" --dump-dom >"$tmp/filtered.html" || fail "chromium could not load the filtered report"
visible=$(rows_of "$tmp/filtered.html" | grep -vc 'hidden=""' || true)
[ "$visible" -ge 1 ] || fail "#q=$first_id left no row visible"
[ "$visible" -lt "$partners" ] || [ "$partners" -eq 1 ] || fail "#q=$first_id hid nothing ($visible of $partners visible)"
grep -q "data-partner=\"$first_id\"" <<< "$(rows_of "$tmp/filtered.html" | grep -v 'hidden=""')" || fail "#q=$first_id hid the row of $first_id itself"
grep -q "data-visible-rows=\"$visible\"" "$tmp/filtered.html" || fail "the counter does not match the $visible visible rows"
# Every visible row's text contains the query (rows are split on their opening tag; markup removed).
awk -v q="$first_id" 'BEGIN { RS = "<tr class=\"partner-row\""; bad = 0 }
  NR > 1 && $0 !~ /^[^>]*hidden=""/ { row = $0; sub(/<\/tr>.*/, "", row); gsub(/<[^>]*>/, "", row); if (index(tolower(row), tolower(q)) == 0) bad++ }
  END { exit bad > 0 }' "$tmp/filtered.html" || fail "a visible row does not contain '$first_id'"
pass "#q=$first_id shows $visible of $partners rows, all matching"

# 3. Sorting from the address: enterprise totals (third data-value of a row) never increase.
browse "file://$report#sort=-enterprise-total" --dump-dom >"$tmp/sorted.html" || fail "chromium could not load the sorted report"
grep -q 'data-key="enterprise-total"[^>]*aria-sort="descending"' "$tmp/sorted.html" || fail "#sort=-enterprise-total did not mark the column as sorted"
awk 'BEGIN { RS = "<tr class=\"partner-row\""; bad = 0; prev = "" }
  NR > 1 { row = $0; sub(/<\/tr>.*/, "", row); n = 0; v = ""
    while (match(row, /data-value="[^"]*"/)) { n++; if (n == 3) { v = substr(row, RSTART + 12, RLENGTH - 13) } row = substr(row, RSTART + RLENGTH) }
    if (prev != "" && v + 0 > prev + 0) bad++; prev = v }
  END { exit bad > 0 }' "$tmp/sorted.html" || fail "#sort=-enterprise-total did not order the rows by descending Enterprise total"
pass "#sort=-enterprise-total orders the rows"

# 4. A screenshot is a real picture, not a blank page.
shot="$tmp/report.png"
browse "file://$report" --screenshot="$shot" --window-size=1400,2000 >/dev/null || fail "chromium could not take a screenshot"
[ -s "$shot" ] || fail "no screenshot written"
grep -q 'PNG image data, 1400 x 2000' <<< "$(file "$shot")" || fail "the screenshot is not a 1400x2000 PNG: $(file "$shot")"
bytes=$(wc -c <"$shot")
[ "$bytes" -gt 50000 ] || fail "the screenshot is only $bytes bytes: the page looks blank"
pass "screenshot 1400x2000, $bytes bytes"

if [ -n "${CI_RESULTS:-}" ]; then
  mkdir -p "$CI_RESULTS" && cp "$report" "$shot" "$CI_RESULTS/" && echo "report and screenshot copied to $CI_RESULTS"
fi
echo "50-report-in-chromium: all browser checks passed"
