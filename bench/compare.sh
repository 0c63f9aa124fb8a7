#!/usr/bin/env bash
# Times whole processes on the same files with hyperfine: pdz check against a plain
# PyYAML (C loader) parse and against JSON-Schema validators (check-jsonschema, ajv-cli)
# using `pdz schema`, for a typical plan, one large plan, a Region and the nation.
# Tools that are missing are skipped with a note. Results: target/bench/*.md; the
# figures recorded by hand in bench/RESULTS.md.
#
#   bench/compare.sh            # everything
#   QUICK=1 bench/compare.sh    # fewer runs
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${QUICK:+--runs 3}
work=target/bench
mkdir -p "$work"
cargo build --release --quiet --bin pdz --example gen-corpus
pdz=$PWD/target/release/pdz
gen=$PWD/target/release/examples/gen-corpus

corpus() { # name ambiti seed [gen-corpus options]
  local name=$1 ambiti=$2 seed=$3
  shift 3
  [ -d "$work/$name" ] || "$gen" --ambiti "$ambiti" --seed "$seed" --out "$work/$name" "$@" >/dev/null
}
corpus national 600 1
corpus region 45 2
corpus large 1 3 --comuni 30-30 --interventions 30000-30000
# Half of the nation, for linearity: the first 300 ambiti (copied: pdz refuses a plan folder
# that is a symbolic link out of the folder it is in).
if [ ! -d "$work/half" ]; then
  mkdir -p "$work/half"
  for d in $(ls -d "$work"/national/ats-* | head -300); do cp -r "$d" "$work/half/"; done
fi
"$pdz" schema >"$work/pdz.schema.json"

have() { command -v "$1" >/dev/null 2>&1; }
python=python3
if ! $python -c 'import yaml; assert yaml.__with_libyaml__' 2>/dev/null; then
  echo "note: PyYAML with libyaml not found (pip install pyyaml): its runs are skipped"
  python=""
fi
have hyperfine || { echo "hyperfine is needed (apt-get install hyperfine)"; exit 1; }
have check-jsonschema || echo "note: check-jsonschema not found (pip install check-jsonschema): skipped"
have ajv || echo "note: ajv not found (npm install -g ajv-cli ajv-formats): skipped"

files() { find "$@" -name '*.yaml' | sort; }

compare() { # title, then the paths checked
  local title=$1
  shift
  local list
  list=$(files "$@" | tr '\n' ' ')
  local commands=(-n "pdz check" "$pdz check $* >/dev/null")
  [ -n "$python" ] && commands+=(-n "PyYAML C parse only" "$python bench/parse_yaml.py $*")
  echo
  # The size is the YAML's bytes (disk usage would count a 4 KiB block per small file).
  echo "== $title: $(files "$@" | wc -l) files, $(files "$@" | xargs cat | wc -c | awk '{printf "%.1f MB", $1/1e6}')"
  hyperfine --warmup 1 $runs --export-markdown "$work/$title.md" "${commands[@]}"
  # The JSON-Schema validators take minutes on large inputs: one run each there.
  local validators=()
  if have check-jsonschema; then
    validators+=(-n "check-jsonschema" "check-jsonschema --schemafile $work/pdz.schema.json $list >/dev/null")
  fi
  if have ajv; then
    local data
    data=$(files "$@" | sed 's/^/-d /' | tr '\n' ' ')
    validators+=(-n "ajv-cli" "ajv validate --spec=draft2020 --strict=false -c ajv-formats -s $work/pdz.schema.json $data >/dev/null 2>&1")
  fi
  [ ${#validators[@]} -gt 0 ] || return 0
  local validator_runs=($runs)
  [ "$(du -sLk "$@" | awk '{s += $1} END {print s}')" -gt 1024 ] && validator_runs=(--runs 1)
  hyperfine "${validator_runs[@]}" --ignore-failure \
    --export-markdown "$work/$title-validators.md" "${validators[@]}"
}

compare typical plans/casarano-2022-2024
compare large "$work/large/ats-001"
compare region "$work"/region/ats-*

echo
echo "== national: check and aggregate of 600 ambiti, linearity against 300"
hyperfine --warmup 1 $runs --export-markdown "$work/national.md" \
  -n "pdz check 300 ambiti" "$pdz check $work/half/ats-* >/dev/null" \
  -n "pdz check 600 ambiti" "$pdz check $work/national/ats-* >/dev/null" \
  -n "pdz aggregate 300 ambiti" "$pdz aggregate $work/half >/dev/null" \
  -n "pdz aggregate 600 ambiti" "$pdz aggregate $work/national >/dev/null" \
  ${python:+-n "PyYAML C parse only, 600 ambiti" "$python bench/parse_yaml.py $work/national"}

echo
echo "== peak memory (maximum resident set size)"
for cmd in "check $work/national/ats-*" "aggregate $work/national" "check $work/large/ats-001"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M' -o "$work/rss" "$pdz" $cmd >/dev/null 2>&1 || true
  echo "pdz $cmd: $(($(tail -1 "$work/rss") / 1024)) MB"
done
