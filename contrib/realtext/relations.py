#!/usr/bin/env python3
"""Cross-relation figures on real-text batches (see LABELLING.md), beside score.py's relations_required.

For each labelled relation: were both sides extracted (a claim of the right article, speaker and words), and
did `compare` link them with the gold's label? For each contradiction `compare` flags: does the gold hold it?

  python3 contrib/realtext/relations.py --bin target/release/claimcheck ~/claimcheck-realtext/b18 [...]
"""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get('SHARED_EVAL', os.path.join(here, '..', '..', '..', 'shared', 'eval')))
import yaml  # noqa: E402
from score import fold, speaker_ok  # noqa: E402


def side_ok(side, claim, ent):
    if not claim or not os.path.basename(claim.get('article', '')).startswith(side['article']):
        return False
    if side.get('speaker') and not speaker_ok(side['speaker'], claim.get('speaker'), ent):
        return False
    return all(fold(w) in fold(claim.get('text', '')) for w in side['words'])


def batch(bin_, path, verbose):
    gold = yaml.safe_load(open(os.path.join(path, 'gold.yaml')))
    ent = gold.get('entities', {})
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, 'claims')
        subprocess.run([bin_, 'extract', os.path.join(path, 'articles'), '--claims', store], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([bin_, 'export', '--claims', store, '--format', 'jsonl'], check=True,
                             capture_output=True, text=True).stdout
        claims = [json.loads(l) for l in out.splitlines() if l.strip()]
        out = subprocess.run([bin_, 'compare', '--claims', store, '--format', 'jsonl'], check=True,
                             capture_output=True, text=True).stdout
        rels = [json.loads(l) for l in out.splitlines() if l.strip()]
    byid = {c.get('id'): c for c in claims}
    labelled = extracted = found = 0
    for x in gold.get('cross', []):
        labelled += 1
        both = any(side_ok(x['a'], c, ent) for c in claims) and any(side_ok(x['b'], c, ent) for c in claims)
        extracted += both
        hit = any(r.get('relation') == x['relation'] and (
            (side_ok(x['a'], byid.get(r.get('a')), ent) and side_ok(x['b'], byid.get(r.get('b')), ent)) or
            (side_ok(x['b'], byid.get(r.get('a')), ent) and side_ok(x['a'], byid.get(r.get('b')), ent)))
            for r in rels)
        found += hit and both
        if verbose and both and not hit:
            print(f"  missed ({x['relation']}): {x['note']}")
    flagged = right = 0
    for r in rels:
        if r.get('relation') != 'contradict':
            continue
        flagged += 1
        ca, cb = byid.get(r.get('a')), byid.get(r.get('b'))
        ok = any(x['relation'] == 'contradict' and ((side_ok(x['a'], ca, ent) and side_ok(x['b'], cb, ent)) or
                 (side_ok(x['b'], ca, ent) and side_ok(x['a'], cb, ent))) for x in gold.get('cross', []))
        right += ok
        if verbose and not ok and ca and cb:
            print(f"  false alarm: {ca.get('speaker')}: «{ca.get('text', '')[:50]}» / "
                  f"{cb.get('speaker')}: «{cb.get('text', '')[:50]}»")
    return labelled, extracted, found, flagged, right


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('-v', action='store_true', help='list missed relations and false alarms')
    ap.add_argument('batches', nargs='+')
    a = ap.parse_args()
    tot = [0] * 5
    for b in a.batches:
        f = batch(a.bin, b, a.v)
        tot = [x + y for x, y in zip(tot, f)]
        print(f"{os.path.basename(b.rstrip('/'))}: labelled={f[0]} both_extracted={f[1]} found={f[2]} "
              f"flagged={f[3]} flagged_right={f[4]}")
    l, e, fo, fl, r = tot
    print(f"total: labelled={l} both_extracted={e} found={fo} ({fo / e if e else 0:.2f} of extracted) "
          f"flagged={fl} right={r} ({r / fl if fl else 0:.2f})")


if __name__ == '__main__':
    main()
