#!/usr/bin/env python3
"""Regression gate: runs a scorer, reads its last line (space-separated name=value figures) and fails when a
figure falls below the floor the repository reached before (or, for counts of defects, rises above it).

  python3 .ci/gate.py NAME [--floors FILE] -- COMMAND...

Floors live in .ci/floors.yaml (or FILE) under NAME: one `figure: floor` per line, plus `reported_only:`, a
list of the figures that are printed and not gated. Every figure the scorer prints must be one or the other,
so a new figure cannot slip by unguarded. What fails, each with one line naming the figure:
- a figure below its floor (above it, for the counts of defects in LOWER_IS_BETTER);
- a fraction (`3/4`) whose denominator differs from the floor's (the floor pins what is counted: `1/1`
  does not pass a `4/4` floor) or whose numerator is below it; `0/0`, which measured nothing;
- `n/a`, `nan`, `inf` or anything else that is not a number, where a floor wants one;
- a floored figure the scorer did not print, a printed figure that has no floor and is not reported-only,
  a word on the last line that is not name=value, the same figure twice, a scorer that fails or prints
  nothing.
Floors only rise: raise them when the figures improve; never lower one to pass (the one exception, a gold
file made stricter, is said in floors.yaml and in the commit that does it).
"""
import math
import os
import re
import subprocess
import sys

try:
    import yaml
except ImportError:
    sys.exit('gate.py needs PyYAML (python3 -m pip install pyyaml)')

LOWER_IS_BETTER = {'furniture_leaks', 'wrong_speakers'}
FRACTION = re.compile(r'^(\d+)/(\d+)$')


class Bad(Exception):
    """A figure or a floor that cannot be compared: its message is the one line the gate prints."""


def fraction(text):
    """`3/4` as (3, 4), else None."""
    m = FRACTION.match(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def number(key, text):
    """A finite number, or Bad naming the figure."""
    try:
        v = float(text)
    except ValueError:
        raise Bad(f'{key}={text} is not a number')
    if not math.isfinite(v):
        raise Bad(f'{key}={text} is not a finite number')
    return v


def check(key, got, floor):
    """None when `got` (the printed text) meets `floor` (from floors.yaml), else the line saying why not."""
    try:
        want_frac = fraction(str(floor))
        got_frac = fraction(got)
        if want_frac:
            if not got_frac:
                return f'{key}={got} is not a fraction like its floor {floor}'
            (n, d), (fn, fd) = got_frac, want_frac
            if d == 0:
                return f'{key}={got}: nothing was measured (the floor is {floor})'
            if d != fd:
                return f'{key}={got} counts out of {d}, the floor {floor} out of {fd} (update the floor with the gold)'
            if n < fn:
                return f'{key}={got} below its floor {floor}'
            return None
        if got_frac:
            return f'{key}={got} is a fraction, its floor {floor} is not'
        g, w = number(key, got), number(key, str(floor))
        if key in LOWER_IS_BETTER:
            return f'{key}={got} above its ceiling {floor}' if g > w + 1e-9 else None
        return f'{key}={got} below its floor {floor}' if g < w - 1e-9 else None
    except Bad as e:
        return str(e)


def figures(line):
    """The last line's figures in order, or Bad naming the first word that is not name=value."""
    out = {}
    for word in line.split():
        name, eq, value = word.partition('=')
        if not eq or not name or not value:
            raise Bad(f'the figure line is not name=value: {word!r} in {line!r}')
        if name in out:
            raise Bad(f'{name} printed twice on the figure line')
        out[name] = value
    return out


def gate(name, floors_file, cmd):
    """The lines that fail the gate (empty when it passes), and what the scorer printed last."""
    try:
        with open(floors_file, encoding='utf-8') as f:
            all_floors = yaml.safe_load(f) or {}
    except (OSError, yaml.YAMLError) as e:
        return [f'{name}: cannot read the floors in {floors_file}: {str(e).splitlines()[0]}'], ''
    conf = all_floors.get(name)
    if not isinstance(conf, dict):
        return [f'{name}: no floors for this gate in {floors_file}'], ''
    conf = dict(conf)
    reported = conf.pop('reported_only', None) or []
    if not isinstance(reported, list):
        return [f'{name}: reported_only in {floors_file} is not a list'], ''
    for key, floor in conf.items():
        ok = isinstance(floor, (int, float)) and not isinstance(floor, bool) and math.isfinite(floor)
        frac = fraction(floor) if isinstance(floor, str) else None
        if not ok and not (frac and frac[1] > 0):
            return [f'{name}: the floor of {key} in {floors_file} is neither a number nor a fraction: {floor!r}'], ''
    both = sorted(set(reported) & set(conf))
    if both:
        return [f'{name}: {", ".join(both)} both floored and reported-only in {floors_file}'], ''
    try:
        out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    except OSError as e:
        return [f'{name}: cannot run the scorer {cmd[0]!r}: {e.strerror}'], ''
    if out.returncode != 0:
        return [f'{name}: the scorer failed (exit status {out.returncode})'], ''
    lines = out.stdout.strip().splitlines()
    if not lines:
        return [f'{name}: the scorer printed nothing'], ''
    last = lines[-1]
    try:
        figs = figures(last)
    except Bad as e:
        return [f'{name}: {e}'], last
    bad = []
    for key, floor in conf.items():
        if key not in figs:
            bad.append(f'{name}: {key} missing from the scorer\'s figures (floor {floor})')
            continue
        why = check(key, figs[key], floor)
        if why:
            bad.append(f'{name}: {why}')
    for key in figs:
        if key not in conf and key not in reported:
            bad.append(f'{name}: {key}={figs[key]} has no floor and is not reported_only in {floors_file}')
    for key in reported:
        if key not in figs:
            bad.append(f'{name}: {key} is reported_only but the scorer no longer prints it (drop it from {floors_file})')
    return bad, last


def main(argv):
    if '--' not in argv or argv.index('--') < 2 or argv.index('--') == len(argv) - 1:
        sys.exit('usage: gate.py NAME [--floors FILE] -- COMMAND...')
    split = argv.index('--')
    opts, cmd = argv[1:split], argv[split + 1:]
    name, floors_file = opts[0], os.path.join(os.path.dirname(os.path.abspath(__file__)), 'floors.yaml')
    if len(opts) == 3 and opts[1] == '--floors':
        floors_file = opts[2]
    elif len(opts) != 1:
        sys.exit('usage: gate.py NAME [--floors FILE] -- COMMAND...')
    bad, last = gate(name, floors_file, cmd)
    if last:
        print(f'{name}: {last}')
    if bad:
        for line in bad:
            print(line, file=sys.stderr)
        sys.exit(1)
    print(f'{name}: every figure at or above its floor')


if __name__ == '__main__':
    main(sys.argv)
