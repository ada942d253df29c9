#!/usr/bin/env python3
"""Splits DACCORD into its two fixed halves by the parity of the number in each row's id (`a001` odd,
`b114` even): even ids are the tuning half, where the relation classifier's thresholds (MIN_SHARE,
NUMBER_MIN_SHARE, MIN_CONTRADICT_SHARE...) and its lexicon may be tuned; odd ids are the held-out half,
which only gates. Rows are copied byte for byte under the same header, so both halves read as the full file
does.

  python3 .ci/daccord_split.py DATA.tsv OUTDIR      writes OUTDIR/tune.tsv and OUTDIR/holdout.tsv
"""
import csv
import io
import os
import re
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit('usage: daccord_split.py DATA.tsv OUTDIR')
    data, out = argv[1], argv[2]
    try:
        with open(data, encoding='utf-8', newline='') as f:
            text = f.read()
    except OSError as e:
        sys.exit(f'daccord_split: cannot read {data}: {e.strerror}')
    lines = text.split('\n')
    header, rows = lines[0], [l for l in lines[1:] if l.strip()]
    columns = header.rstrip('\r').split('\t')
    if 'id' not in columns:
        sys.exit(f'daccord_split: {data}: the header has no id column')
    at = columns.index('id')
    halves = {'tune': [], 'holdout': []}
    seen = set()
    for n, line in enumerate(rows, start=2):
        rid = line.split('\t')[at].strip() if len(line.split('\t')) > at else ''
        digits = re.sub(r'\D', '', rid)
        if not digits or rid in seen:
            sys.exit(f'daccord_split: {data} line {n}: id {rid!r} is missing, has no number or is repeated')
        seen.add(rid)
        halves['tune' if int(digits) % 2 == 0 else 'holdout'].append(line)
    # Each line must be one whole row, as the scorer's reader sees it (no field spans two lines).
    parsed = list(csv.DictReader(io.StringIO(text), delimiter='\t'))
    if [r['id'] for r in parsed] != [l.split('\t')[at] for l in rows]:
        sys.exit(f'daccord_split: {data}: some row spans several lines; split it with a CSV reader instead')
    os.makedirs(out, exist_ok=True)
    for name, part in halves.items():
        with open(os.path.join(out, f'{name}.tsv'), 'w', encoding='utf-8', newline='') as f:
            f.write('\n'.join([header] + part) + '\n')
    print(f"daccord_split: {len(halves['tune'])} rows to tune on (even ids), "
          f"{len(halves['holdout'])} held out (odd ids), in {out}")


if __name__ == '__main__':
    main(sys.argv)
