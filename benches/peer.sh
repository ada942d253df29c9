#!/usr/bin/env bash
# Per-article speed beside the textacy + spaCy peer (../shared/bench/peer/), measured in one run on the
# same corpus: the peer once, then claimcheck RUNS times (the median is kept), each under /usr/bin/time.
# Both also run on a one-article corpus, so that the start-up (the peer's model load, our language pack)
# can be set apart: "per article" is (wall on N - wall on 1) / (N - 1).
#
#   benches/peer.sh                       # N=200 articles, builds the release binary first
#   N=1000 RUNS=7 BIN=target/release/claimcheck benches/peer.sh
#
# Every claim store is written to a fresh folder that is removed only at the end: on ext4, files created
# where thousands were deleted in the last half minute cost several times the system time, which would
# time the disk's bookkeeping instead of the program (so leave a minute between two runs, or give WORK a
# new folder).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared
[ -d "$shared/bench" ] || shared=/work/shared
n=${N:-200}
runs=${RUNS:-5}
work=${WORK:-/tmp/claimcheck-peer}
venv=${PEER_VENV:-/tmp/peer-venv}
if [ -z "${BIN:-}" ]; then
    (cd "$here" && cargo build --release --quiet)
    BIN=$here/target/release/claimcheck
fi
PEER_VENV=$venv bash "$shared/bench/peer/setup.sh"

rm -rf "$work"
mkdir -p "$work/stores"
python3 "$shared/bench/make_corpus.py" --out "$work/corpus" --articles "$n" > /dev/null
mkdir -p "$work/one"
cp "$(ls -d "$work"/corpus/* | head -1)" "$work/one/"
sync # the new corpus's writes are not timed with the runs

# timed NAME CMD...: runs CMD under /usr/bin/time; prints "wall cpu peak_kb".
timed() {
    local log=$work/$1.time
    shift
    /usr/bin/time -f "%e %U %S %M" "$@" > /dev/null 2> "$log" || {
        echo "peer.sh: $* failed; see $log" >&2
        exit 1
    }
    tail -1 "$log" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}


# Both programs read the corpus from the page cache.
find "$work/corpus" "$work/one" -type f -exec cat {} + > /dev/null
peer=(timed peer "$venv/bin/python" "$shared/bench/peer/peer_textacy.py" extract)
read -r pw pc pm < <("${peer[@]}" "$work/corpus" --claims "$work/stores/peer")
read -r p1 _ _ < <("${peer[@]}" "$work/one" --claims "$work/stores/peer-one")

ours() {
    for i in $(seq "$runs"); do
        timed ours "$BIN" extract "$1" --claims "$work/stores/$2-$i"
    done | sort -n | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'
}
read -r cw cc cm < <(ours "$work/corpus" ours)
read -r c1 _ _ < <(ours "$work/one" ours-one)

echo "claimcheck $("$BIN" --version | awk '{print $2}') beside textacy + spaCy fr_core_news_md, $n articles," \
    "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); claimcheck: median of $runs runs"
echo
awk -v n="$n" -v pw="$pw" -v pc="$pc" -v pm="$pm" -v p1="$p1" -v cw="$cw" -v cc="$cc" -v cm="$cm" -v c1="$c1" 'BEGIN {
    printf "| program | wall | CPU | peak memory | per article | per article after start-up |\n"
    printf "|---|---:|---:|---:|---:|---:|\n"
    printf "| textacy + spaCy peer | %.2f s | %.2f s | %.0f MB | %.1f ms | %.1f ms |\n", pw, pc, pm / 1024, 1000 * pw / n, 1000 * (pw - p1) / (n - 1)
    printf "| claimcheck | %.3f s | %.2f s | %.0f MB | %.3f ms | %.3f ms |\n", cw, cc, cm / 1024, 1000 * cw / n, 1000 * (cw - c1) / (n - 1)
    printf "\nclaimcheck is %.0f times faster per article in wall time (%.0f after start-up), %.0f times in CPU time.\n",
        pw / cw, (pw - p1) / (cw - c1), pc / cc
}'
rm -rf "$work/stores"
