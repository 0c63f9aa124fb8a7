#!/usr/bin/env bash
# Seeds the fuzzers' corpora from the plans and examples kept in the repository:
# every plan file for check_plan and render_reports, the amounts written in them
# (and the forms pdz refuses) for cents, small trees of hostile names for git_revision,
# every shape of target with every command for output_targets.
# Corpora live in fuzz/corpus/ (not in git).
set -euo pipefail
cd "$(dirname "$0")/.."
for target in check_plan render_reports cents git_revision output_targets; do mkdir -p "fuzz/corpus/$target"; done
find plans examples -name '*.yaml' -not -path 'examples/ci/*' | sort | while read -r file; do
  name=$(echo "$file" | tr '/' '_')
  cp "$file" "fuzz/corpus/check_plan/$name"
  cp "$file" "fuzz/corpus/render_reports/$name"
done
i=0
{
  grep -rhoE '(amount|committed|paid): *"?[^,}"]+' plans examples | sed -E 's/^[a-z]+: *"?//'
  printf '%s\n' '120.000,00' '1e5' '-100' '.nan' '40000.505' '1_000' '€ 100' '922337203685477580800' ''
} | sort -u | while IFS= read -r amount; do
  printf '%s' "$amount" >"fuzz/corpus/cents/seed-$i"
  i=$((i + 1))
done
# git_revision: `<mode byte><name>\0<content>\0…` (mode 3 a file, 1 a link, 2 a submodule).
printf '\003plan.yaml\000pdz: 1\n\000\003plan.yaml\nHEAD:x.yaml\000x: 1\n\000\001l.yaml\000plan.yaml\000\002s.yaml\000\000' \
  >fuzz/corpus/git_revision/seed-newlines
printf '\003\377.yaml\000uno: 1\000\003\357\277\275.yaml\000due: 1\000\003a/b.yaml\000a\000\003.h/x.yaml\000c\000' \
  >fuzz/corpus/git_revision/seed-bytes
# output_targets: `<shape><command><extension><name>`, each shape with each command once.
for shape in 0 1 2 3 4 5 6 7 8 9; do
  for command in 0 1 2 3 4 5; do
    printf "\\$(printf '%03o' "$shape")\\$(printf '%03o' "$command")\\000report" \
      >"fuzz/corpus/output_targets/seed-$shape-$command"
  done
done
echo "seeded: $(ls fuzz/corpus/check_plan | wc -l) plan files, $(ls fuzz/corpus/cents | wc -l) amounts"
