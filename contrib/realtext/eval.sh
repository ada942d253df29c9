#!/usr/bin/env bash
# Scores batches of the real-text development set (outside git, see LABELLING.md) with one binary.
#   BIN=target/release/claimcheck contrib/realtext/eval.sh b18 b19 [-v]
# ROOT (default ~/claimcheck-realtext) holds the batches; SHARED (default ../shared) holds eval/score.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=${ROOT:-$HOME/claimcheck-realtext}
shared=${SHARED:-$here/../../../shared}
bin=${BIN:-$here/../../target/release/claimcheck}
verbose=()
batches=()
for a in "$@"; do
  if [ "$a" = -v ]; then verbose=(-v); else batches+=("$a"); fi
done
[ ${#batches[@]} -gt 0 ] || { echo "usage: BIN=… eval.sh BATCH… [-v]" >&2; exit 2; }
for b in "${batches[@]}"; do
  printf '%s ' "$b"
  python3 "$shared/eval/score.py" --bin "$bin" --articles "$root/$b/articles" --gold "$root/$b/gold.yaml" "${verbose[@]}" | \
    if [ ${#verbose[@]} -gt 0 ]; then cat; else tail -1; fi
done
