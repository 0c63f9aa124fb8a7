#!/usr/bin/env bash
# Measures the speed and memory goals of `bench/RESULTS.md` ("Check at the speed of
# parsing") in one run, on this machine, and prints them as a Markdown table:
# - `pdz check` against the parse floor, in one process (`cargo bench --bench floor`);
# - peak memory of `pdz check` of the 10 MB plan, against its size;
# - peak memory of `pdz check --format json` of 600 ambiti;
# - `pdz diff` of two versions of the 10 MB plan and `pdz report all --format html` of it,
#   against `pdz check` of it (hyperfine, interleaved runs, medians).
#
#   bench/goals.sh            # RUNS=10 by default
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
work=target/bench
mkdir -p "$work"
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)"; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed for peak memory (apt-get install time)"; exit 1; }
cargo build --release --quiet --bin pdz --example gen-corpus
pdz=$PWD/target/release/pdz
gen=$PWD/target/release/examples/gen-corpus

# The 10 MB plan of the floor benchmark (seed 3, 30 comuni, 25,000 interventions), and a
# second version of it with one amount lowered by a cent.
[ -d "$work/large10" ] || "$gen" --ambiti 1 --seed 3 --comuni 30-30 --interventions 25000-25000 --out "$work/large10" >/dev/null
[ -d "$work/national" ] || "$gen" --ambiti 600 --seed 1 --out "$work/national" >/dev/null
plan=$work/large10/ats-001
second=$work/large10-second
if [ ! -d "$second" ]; then
  cp -r "$plan" "$second"
  first_amount=$(grep -o -m1 '[0-9]*\.[0-9][0-9] }' "$second/interventions.yaml" | cut -d' ' -f1)
  cents=$((10#${first_amount/./} - 1))   # in integer cents, as pdz reads it
  lowered=$(printf '%d.%02d' $((cents / 100)) $((cents % 100)))
  sed -i "0,/${first_amount/./\\.} }/s//$lowered }/" "$second/interventions.yaml"
fi
bytes=$(cat "$plan"/*.yaml | wc -c)

peak() { # command... -> peak resident set size in KiB (MB below are 10^6 bytes)
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/rss"
}

echo "== parse floor (cargo bench --bench floor)"
cargo bench --quiet --bench floor 2>/dev/null | tee "$work/floor.md"

echo
echo "== whole processes on the 10 MB plan"
hyperfine --warmup 2 --runs "$runs" --export-json "$work/goals.json" \
  -n check "$pdz check $plan" \
  -n diff "$pdz diff $plan $second" \
  -n "report all html" "$pdz report all --format html $plan"
median() { python3 -c "import json,sys; r={x['command']: x['median'] for x in json.load(open('$work/goals.json'))['results']}; print(r[sys.argv[1]])" "$1"; }
check=$(median check)
diff=$(median diff)
html=$(median "report all html")

check_kb=$(peak "$pdz" check "$plan")
# shellcheck disable=SC2046 # 600 plan folders
national_kb=$(peak "$pdz" check --format json $(ls -d "$work"/national/ats-*))

echo
echo "| goal | measured | target |"
echo "|---|---|---|"
awk -v c="$check_kb" -v b="$bytes" 'BEGIN { printf "| peak memory, `pdz check` of the 10 MB plan | %.1f MB, %.2fx the input (%.1f MB) | at most 5x |\n", c*1024/1e6, c*1024/b, b/1e6 }'
awk -v n="$national_kb" 'BEGIN { printf "| peak memory, `pdz check --format json` of 600 ambiti | %.1f MB | at most 100 MB |\n", n*1024/1e6 }'
awk -v d="$diff" -v c="$check" 'BEGIN { printf "| `pdz diff` of two versions of the 10 MB plan | %.2f s, %.2fx `pdz check` (%.2f s) | at most 2x |\n", d, d/c, c }'
awk -v h="$html" -v c="$check" 'BEGIN { printf "| `pdz report all --format html` of the 10 MB plan | %.2f s, %.2fx `pdz check` | at most 2x |\n", h, h/c }'
