#!/usr/bin/env bash
# Speed and scale: makes 1,000- and 10,000-article corpora with ../shared/bench/make_corpus.py, runs
# `claimcheck extract` then `claimcheck compare` on each under /usr/bin/time -v (a fresh claim store
# each time), and prints wall time, CPU time, articles per second and peak memory, with the 10k/1k
# ratio of extract + compare.
#
#   benches/scale.sh                      # builds the release binary first
#   BIN=path/to/claimcheck benches/scale.sh
#   SIZES="1000 10000" WORK=/tmp/claimcheck-scale MAKE_CORPUS=../shared/bench/make_corpus.py benches/scale.sh
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
make_corpus=${MAKE_CORPUS:-$here/../shared/bench/make_corpus.py}
[ -f "$make_corpus" ] || make_corpus=/work/shared/bench/make_corpus.py
work=${WORK:-/tmp/claimcheck-scale}
sizes=${SIZES:-"1000 10000"}
if [ -z "${BIN:-}" ]; then
    (cd "$here" && cargo build --release --quiet)
    BIN=$here/target/release/claimcheck
fi
mkdir -p "$work"

# run NAME N CMD...: runs CMD under /usr/bin/time -v, appends a row to $work/rows.tsv.
run() {
    local name=$1 n=$2
    shift 2
    local log=$work/$name.time
    if ! nice /usr/bin/time -v "$@" > "$work/$name.out" 2> "$log"; then
        echo "scale.sh: $name exited non-zero; see $work/$name.out and $log" >&2
    fi
    local wall user sys rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$wall" "$(echo "$user + $sys" | bc)" "$rss" >> "$work/rows.tsv"
}

: > "$work/rows.tsv"
stores=()
for n in $sizes; do
    corpus=$work/corpus$n
    [ -d "$corpus" ] && [ "$(ls "$corpus" | wc -l)" -eq "$n" ] || {
        rm -rf "$corpus"
        python3 "$make_corpus" --out "$corpus" --articles "$n" > /dev/null
        sync # the new corpus's writes are not timed with the run
    }
    # The corpus is read once before timing, so that every size is timed from the page cache.
    find "$corpus" -type f -exec cat {} + > /dev/null
    # A fresh store folder each run, removed only at the end: on ext4, files created where thousands were
    # just deleted cost several times the system time, which would time the disk's bookkeeping.
    store=$(mktemp -d "$work/claims$n.XXXXXX")
    run "extract $n" "$n" "$BIN" extract "$corpus" --claims "$store"
    run "compare $n" "$n" "$BIN" compare --claims "$store" --format jsonl
    stores+=("$store")
done
rm -rf "${stores[@]}"

echo "claimcheck $("$BIN" --version | awk '{print $2}') on $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
echo
awk -F'\t' '
    BEGIN {
        printf "| %-13s | %8s | %7s | %12s | %11s |\n", "step", "wall (s)", "CPU (s)", "articles/s", "peak memory"
        print "|---------------|---------:|--------:|-------------:|------------:|"
    }
    {
        rate = ($3 > 0) ? sprintf("%.0f", $2 / $3) : "-"
        printf "| %-13s | %8.2f | %7.2f | %12s | %8.0f MB |\n", $1, $3, $4, rate, $5 / 1024
        split($1, s, " "); tot[s[2]] += $3; cpu[s[2]] += $4
    }
    END {
        print ""
        for (n in tot) printf "extract + compare on %s articles: %.2f s wall, %.2f s CPU\n", n, tot[n], cpu[n]
        if ((1000 in tot) && (10000 in tot) && tot[1000] > 0)
            printf "10k/1k ratio: %.1f (wall), %.1f (CPU); the target is at most 12\n",
                tot[10000] / tot[1000], cpu[10000] / cpu[1000]
    }' "$work/rows.tsv"
