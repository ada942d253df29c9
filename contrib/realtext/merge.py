#!/usr/bin/env python3
"""Merges the batches of the real-text set (see LABELLING.md) into one set at its root, the layout
../shared/eval/score.py is run on by anyone reviewing the project: ROOT/articles/ (each file prefixed with
its batch, `b18_000_slug.txt`) and ROOT/gold.yaml (entities and not_speakers united, articles and cross
relations renamed to the prefixed files). The batches stay as they are; the merged set is rebuilt whole.

  python3 contrib/realtext/merge.py [ROOT]        # ROOT defaults to ~/claimcheck-realtext
"""
import os, shutil, sys

import yaml


def main(root):
    batches = sorted(b for b in os.listdir(root)
                     if os.path.isfile(os.path.join(root, b, 'gold.yaml')) and os.path.isdir(os.path.join(root, b, 'articles')))
    if not batches:
        sys.exit(f'{root}: no batch (bNN/articles and bNN/gold.yaml)')
    out_articles = os.path.join(root, 'articles')
    shutil.rmtree(out_articles, ignore_errors=True)
    os.makedirs(out_articles)
    merged = {'about': f"all batches of the real-text set, merged by contrib/realtext/merge.py: {', '.join(batches)}",
              'entities': {}, 'not_speakers': [], 'articles': [], 'cross': []}
    for b in batches:
        gold = yaml.safe_load(open(os.path.join(root, b, 'gold.yaml'), encoding='utf-8'))
        for name, aliases in (gold.get('entities') or {}).items():
            have = merged['entities'].setdefault(name, [])
            have.extend(a for a in aliases or [] if a not in have)
        merged['not_speakers'].extend(n for n in gold.get('not_speakers') or [] if n not in merged['not_speakers'])
        for f in sorted(os.listdir(os.path.join(root, b, 'articles'))):
            shutil.copyfile(os.path.join(root, b, 'articles', f), os.path.join(out_articles, f'{b}_{f}'))
        for art in gold.get('articles') or []:
            merged['articles'].append({**art, 'file': f"{b}_{art['file']}"})
        for x in gold.get('cross') or []:
            merged['cross'].append({**x,
                                    'a': {**x['a'], 'article': f"{b}_{x['a']['article']}"},
                                    'b': {**x['b'], 'article': f"{b}_{x['b']['article']}"}})
    with open(os.path.join(root, 'gold.yaml'), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(merged, fh, allow_unicode=True, sort_keys=False, width=200)
    print(f"{len(batches)} batches, {len(merged['articles'])} articles, {len(merged['cross'])} cross relations "
          f"-> {root}/articles, {root}/gold.yaml")


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser('~/claimcheck-realtext'))
