#!/usr/bin/env bash
# Answer quality on the unseen report sets, scored as `kg eval ask` scores the samples: each set is
# ingested alone into its own store (so its questions see only its reports), then its answer sets
# are scored (region precision/recall, silent negatives, complete numerics). Each set's store is made
# afresh: `kg ingest` skips unchanged files, so a store left by an earlier run would keep that run's
# extraction, graph and trained model whatever the code is now.
#
#   scripts/eval_unseen_answers.sh ab c d e     # sets; "ab" is A and B together (answer_sets.jsonl)
#   KG_EVAL_WORK=/tmp/elsewhere scripts/eval_unseen_answers.sh d
#   KG_EVAL_SOURCES=1 scripts/eval_unseen_answers.sh z   # ingest with the set's download list (sources_z.tsv):
#                                                        # its pages' addresses, which the text alone does not give
set -euo pipefail
cd "$(dirname "$0")/.."
work=${KG_EVAL_WORK:-/tmp/kg-eval-answers}
unseen=tests/corpus/unseen
for set in "$@"; do
  if [[ $set == ab ]]; then
    files=("$unseen"/reports/[ab][0-9]*); questions=$unseen/answer_sets.jsonl
  else
    files=("$unseen"/reports/"$set"[0-9]*); questions=$unseen/answer_sets_$set.jsonl
  fi
  [[ -e ${files[0]} && -f $questions ]] || { echo "no reports or answer sets for set '$set'" >&2; exit 2; }
  export KG_DATA_DIR=$work/$set
  kg graph stop > /dev/null 2>&1 || true
  rm -rf "$KG_DATA_DIR"
  listed=()
  if [[ -n ${KG_EVAL_SOURCES:-} ]]; then
    lists=("$unseen"/sources_$set.tsv); [[ $set == ab ]] && lists=("$unseen"/sources_a.tsv "$unseen"/sources_b.tsv)
    mkdir -p "$work"
    { printf 'file\turl\n'; for list in "${lists[@]}"; do tail -n +2 "$list" | cut -f1,2; done; } > "$work/sources_$set.tsv"
    listed=(--sources "$work/sources_$set.tsv")
  fi
  kg ingest "${files[@]}" "${listed[@]}" --json > /dev/null
  echo "== set $set"
  kg eval ask --questions "$questions" | sed -n '/^answer sets/,$p'
  kg graph stop > /dev/null 2>&1 || true
done
