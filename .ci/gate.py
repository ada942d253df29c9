#!/usr/bin/env python3
"""Regression gate: runs a scorer, reads its last line (name=value figures) and fails when a figure falls
below the floor the repository reached before (or, for counts of defects, rises above it).

  python3 .ci/gate.py NAME -- COMMAND...

Floors live in .ci/floors.yaml under NAME. Raise them when the figures improve; never lower them to pass.
"""
import os, subprocess, sys

try:
    import yaml
except ImportError:
    sys.exit('gate.py needs PyYAML (python3 -m pip install pyyaml)')

LOWER_IS_BETTER = {'furniture_leaks', 'wrong_speakers'}


def value(v):
    if isinstance(v, str) and '/' in v:
        a, b = v.split('/')
        return float(a) / float(b) if float(b) else 1.0
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def main():
    name, cmd = sys.argv[1], sys.argv[sys.argv.index('--') + 1:]
    floors = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), 'floors.yaml')))[name]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit(f'{name}: the scorer failed ({out.returncode})')
    last = out.stdout.strip().splitlines()[-1]
    print(f'{name}: {last}')
    figs = dict(kv.split('=', 1) for kv in last.split())
    bad = []
    for key, floor in floors.items():
        got = value(figs.get(key))
        want = value(floor)
        if got is None:
            bad.append(f'{key} missing')
        elif key in LOWER_IS_BETTER and got > want:
            bad.append(f'{key}={figs[key]} above {floor}')
        elif key not in LOWER_IS_BETTER and got < want - 1e-9:
            bad.append(f'{key}={figs[key]} below {floor}')
    if bad:
        sys.exit(f'{name}: figures fell below the floor: ' + ', '.join(bad))
    print(f'{name}: every figure at or above its floor')


if __name__ == '__main__':
    main()
