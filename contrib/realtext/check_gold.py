#!/usr/bin/env python3
"""Checks a batch's gold against its own articles, without running claimcheck (so labelling is not steered
by the tool's output): every file exists, every quote occurs in its article (accents, case and punctuation
folded), every speaker is a canonical name under entities, every reported word and boilerplate string
occurs in the article (boilerplate exactly once, at least 6 characters), cross sides name real files.

  python3 contrib/realtext/check_gold.py ~/claimcheck-realtext/b18
"""
import os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get('SHARED_EVAL', os.path.join(here, '..', '..', '..', 'shared', 'eval')))
import yaml  # noqa: E402
from score import fold  # noqa: E402


def reporting_forms():
    """Folded forms of the reporting verbs of src/lang/fr/reporting.yaml, by the endings of their group
    (enough to warn, not to conjugate)."""
    pack = yaml.safe_load(open(os.path.join(here, '..', '..', 'src', 'lang', 'fr', 'reporting.yaml'), encoding='utf-8'))
    endings = {'er': ['e', 'es', 'ent', 'ait', 'aient', 'a', 'ant', 'ee', 'ees', 'era', 'erait'],
               'ir': ['i', 'is', 'it', 'ie', 'ies', 'issent', 'issait', 'ant'],
               're': ['u', 'ue', 'us', 'it', 'is', 't', 'ent', 'ait']}
    out = set()
    for v in pack.get('verbs', []):
        # `se dire`, `s'inquiéter`: the verb after the pronoun. A locution (`faire état`, `mettre en garde`)
        # reports only with its complement: its words alone (`état`, `fait`) are content, never a cue.
        words = v['lemma'].removeprefix('se ').split("'")[-1].split()
        if len(words) != 1:
            continue
        lemma = fold(words[0])
        out.add(lemma)
        for end, tails in endings.items():
            if lemma.endswith(end):
                out.update(lemma[:-2] + t for t in tails)
    return out


FORMS = None


def cue_word(w):
    global FORMS
    if FORMS is None:
        FORMS = reporting_forms()
    return fold(w) in FORMS


def front_matter_problems(name, raw):
    """The front matter must parse as YAML (a title holding a colon must be quoted) and hold a date."""
    if not raw.startswith('---\n'):
        return [f'{name}: no front matter']
    head = raw[4:].split('\n---', 1)[0]
    try:
        meta = yaml.safe_load(head)
    except yaml.YAMLError as e:
        return [f"{name}: front matter is not YAML ({str(e).splitlines()[0]}); quote the title"]
    if not isinstance(meta, dict):
        return [f'{name}: front matter is not a mapping']
    return [] if meta.get('date') else [f'{name}: front matter has no date']


def main(path):
    gold = yaml.safe_load(open(os.path.join(path, 'gold.yaml')))
    ent = gold.get('entities') or {}
    problems = []
    warnings = []
    files = sorted(os.listdir(os.path.join(path, 'articles')))
    for art in gold.get('articles', []):
        f = art['file']
        if f not in files:
            problems.append(f'{f}: no such article')
            continue
        raw = open(os.path.join(path, 'articles', f), encoding='utf-8').read()
        problems += front_matter_problems(f, raw)
        body = fold(raw)
        for q in art.get('quotes', []):
            if q.get('kind') not in ('direct', 'mixed', 'negative', 'optional'):
                problems.append(f"{f}: kind {q.get('kind')!r}")
            if fold(q['text']) not in body:
                problems.append(f"{f}: quote not in article: {q['text'][:70]!r}")
            if q.get('kind') in ('direct', 'mixed'):
                for s in q.get('speaker') or ['(none)']:
                    if s not in ent:
                        problems.append(f'{f}: speaker {s!r} not under entities')
        for words in art.get('outlet_claims') or []:
            for w in words:
                if not isinstance(w, str):
                    problems.append(f'{f}: outlet claim word {w!r} is not a string (quote it)')
                elif fold(w) not in body:
                    problems.append(f'{f}: outlet claim word {w!r} not in article')
        for r in art.get('reported', []):
            for w in r.get('words', []):
                if not isinstance(w, str):
                    problems.append(f'{f}: reported word {w!r} is not a string (quote it)')
                elif cue_word(w):
                    warnings.append(f'{f}: reported word {w!r} reads as a reporting verb (the cue is not in the claim text)')
            r = {**r, 'words': [w for w in r.get('words', []) if isinstance(w, str)]}
            for s in r.get('speaker') or ['(none)']:
                if s not in ent:
                    problems.append(f'{f}: speaker {s!r} not under entities')
            for w in r.get('words', []):
                if fold(w) not in body:
                    problems.append(f'{f}: reported word {w!r} not in article')
            st = r.get('stance')
            for s in st if isinstance(st, list) else [st]:
                if s not in ('assert', 'deny', 'neutral', 'accuse'):
                    problems.append(f'{f}: stance {s!r}')
        for b in art.get('boilerplate', []):
            n = body.count(fold(b))
            if len(fold(b)) < 6 or n != 1:
                problems.append(f'{f}: boilerplate {b!r} occurs {n} times (must be once, >= 6 characters)')
    names = {a['file'] for a in gold.get('articles', [])}
    for f in files:
        if f not in names:
            problems.append(f'{f}: article without gold')
    for x in gold.get('cross', []) or []:
        for side in (x['a'], x['b']):
            if not any(f.startswith(side['article']) for f in files):
                problems.append(f"cross {x.get('note')!r}: no article {side['article']!r}")
            for s in side.get('speaker') or []:
                if s not in ent:
                    problems.append(f"cross {x.get('note')!r}: speaker {s!r} not under entities")
    for n, aliases in ent.items():
        if not aliases:
            problems.append(f'entity {n!r} has no aliases')
    quotes = sum(len(a.get('quotes', [])) for a in gold.get('articles', []))
    print('\n'.join(problems + ['warning: ' + w for w in warnings]))
    print(f"{len(files)} articles, {quotes} quotes, {len(gold.get('cross') or [])} cross relations, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
