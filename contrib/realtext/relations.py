#!/usr/bin/env python3
"""Cross-relation figures on real-text batches (see LABELLING.md), beside score.py's relations_required.

For each labelled relation: were both sides extracted (a claim of the right article, speaker and words), and
did `compare` link them with the gold's label? For each contradiction `compare` flags: is it right? It is when
the gold holds a contradiction between those speakers and words (in any articles), or when the batch's
`judged.yaml` (a reader's verdict on flagged pairs, keyed by article file and claim text, see LABELLING.md)
says it contradicts; a flag neither holds is counted `unjudged`, and precision is over the judged ones.

  python3 contrib/realtext/relations.py --bin target/release/claimcheck ~/claimcheck-realtext/b18 [...]
"""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get('SHARED_EVAL', os.path.join(here, '..', '..', '..', 'shared', 'eval')))
import yaml  # noqa: E402
from score import fold, speaker_ok  # noqa: E402


def side_ok(side, claim, ent, anywhere=False):
    """Whether `claim` is the gold side: its speaker and words, in the side's article unless `anywhere`."""
    if not claim:
        return False
    if not anywhere and not os.path.basename(claim.get('article', '')).startswith(side['article']):
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
    judged = {}
    jpath = os.path.join(path, 'judged.yaml')
    if os.path.exists(jpath):
        for j in yaml.safe_load(open(jpath)) or []:
            key = (j['a']['article'], j['a']['text'], j['b']['article'], j['b']['text'])
            judged[key] = judged[key[2:] + key[:2]] = bool(j['contradict'])
    flagged = right = unjudged = 0
    for r in rels:
        if r.get('relation') != 'contradict':
            continue
        flagged += 1
        ca, cb = byid.get(r.get('a')), byid.get(r.get('b'))
        # The same speakers saying the same words hold the same dispute in whichever articles they are.
        ok = any(x['relation'] == 'contradict' and (
            (side_ok(x['a'], ca, ent, True) and side_ok(x['b'], cb, ent, True)) or
            (side_ok(x['b'], ca, ent, True) and side_ok(x['a'], cb, ent, True))) for x in gold.get('cross', []))
        if not ok and ca and cb:
            verdict = judged.get((os.path.basename(ca['article']), ca['text'],
                                  os.path.basename(cb['article']), cb['text']))
            if verdict is None:
                unjudged += 1
                if verbose:
                    print(f"  unjudged: {ca.get('article')} «{ca.get('text')}» / {cb.get('article')} «{cb.get('text')}»")
                continue
            ok = verdict
        right += ok
        if verbose and not ok and ca and cb:
            print(f"  false alarm: {ca.get('speaker')}: «{ca.get('text', '')[:50]}» / "
                  f"{cb.get('speaker')}: «{cb.get('text', '')[:50]}»")
    return labelled, extracted, found, flagged, right, unjudged


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('-v', action='store_true', help='list missed relations and false alarms')
    ap.add_argument('batches', nargs='+')
    a = ap.parse_args()
    tot = [0] * 6
    for b in a.batches:
        f = batch(a.bin, b, a.v)
        tot = [x + y for x, y in zip(tot, f)]
        print(f"{os.path.basename(b.rstrip('/'))}: labelled={f[0]} both_extracted={f[1]} found={f[2]} "
              f"flagged={f[3]} flagged_right={f[4]} unjudged={f[5]}")
    l, e, fo, fl, r, u = tot
    print(f"total: labelled={l} both_extracted={e} found={fo} ({fo / e if e else 0:.2f} of extracted) "
          f"flagged={fl} right={r} unjudged={u} ({r / (fl - u) if fl > u else 0:.2f} of judged)")


if __name__ == '__main__':
    main()
