#!/usr/bin/env python3
"""Guards the regression gate itself (.ci/gate.py): each way a scorer's figure line can be wrong (0/0, a
denominator that moved, a numerator below, n/a, nan, inf, a missing figure, a figure nobody floored, a word
that is not name=value, a figure twice, a failing or silent scorer) must fail the gate with one line that
names the figure and no traceback; a good line must pass. Also checks that .ci/floors.yaml itself reads,
gives every gate .ci/run uses, and states that floors only rise.

  python3 .ci/test_gate.py        (plain unittest; .ci/run runs it before the gates)
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GATE = os.path.join(HERE, 'gate.py')

FLOORS = """\
fake:
  quote_f1: 1.0
  reported_recall: 0.9
  relations_required: 4/4
  furniture_leaks: 0
  reported_only: [claims]
"""

GOOD = 'quote_f1=1.0 reported_recall=0.95 relations_required=4/4 furniture_leaks=0 claims=12'


class Gate(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.floors = os.path.join(self.tmp.name, 'floors.yaml')
        self.write_floors(FLOORS)

    def tearDown(self):
        self.tmp.cleanup()

    def write_floors(self, text):
        with open(self.floors, 'w', encoding='utf-8') as f:
            f.write(text)

    def run_gate(self, line=None, script=None, name='fake'):
        """Runs the gate on a fake scorer that prints `line` last (or runs `script`)."""
        code = script if script is not None else f'print("some progress"); print({line!r})'
        return subprocess.run(
            [sys.executable, GATE, name, '--floors', self.floors, '--', sys.executable, '-c', code],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def fails(self, line, *words, **kw):
        """The gate exits 1 and its complaint holds each of `words`, in one line per failure."""
        r = self.run_gate(line, **kw)
        self.assertEqual(r.returncode, 1, f'passed on {line!r}: {r.stdout}{r.stderr}')
        self.assertNotIn('Traceback', r.stderr)
        err = r.stderr.strip()
        self.assertTrue(err, 'no message')
        for w in words:
            self.assertIn(w, err)
        for l in err.splitlines():
            self.assertTrue(l.startswith('fake: '), f'a message line that does not name the gate: {l!r}')
        return err

    def test_a_good_line_passes(self):
        r = self.run_gate(GOOD)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, '')
        self.assertIn('every figure at or above its floor', r.stdout)

    def test_figures_above_their_floors_pass(self):
        r = self.run_gate('quote_f1=1.0 reported_recall=1.0 relations_required=4/4 furniture_leaks=0 claims=0')
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_zero_over_zero_fails(self):
        err = self.fails(GOOD.replace('relations_required=4/4', 'relations_required=0/0'), 'relations_required=0/0')
        self.assertIn('nothing was measured', err)

    def test_the_denominator_is_pinned(self):
        err = self.fails(GOOD.replace('relations_required=4/4', 'relations_required=1/1'), 'relations_required=1/1')
        self.assertIn('out of 1', err)
        self.fails(GOOD.replace('relations_required=4/4', 'relations_required=5/5'), 'relations_required=5/5')

    def test_a_numerator_below_fails(self):
        self.fails(GOOD.replace('relations_required=4/4', 'relations_required=3/4'), 'relations_required=3/4 below')

    def test_n_a_fails(self):
        self.fails(GOOD.replace('reported_recall=0.95', 'reported_recall=n/a'), 'reported_recall=n/a')
        self.fails(GOOD.replace('relations_required=4/4', 'relations_required=n/a'), 'relations_required=n/a')

    def test_nan_and_inf_fail(self):
        self.fails(GOOD.replace('reported_recall=0.95', 'reported_recall=nan'), 'reported_recall=nan')
        self.fails(GOOD.replace('quote_f1=1.0', 'quote_f1=inf'), 'quote_f1=inf')
        # A count of defects at -inf would pass a plain `>` test.
        self.fails(GOOD.replace('furniture_leaks=0', 'furniture_leaks=-inf'), 'furniture_leaks=-inf')

    def test_a_missing_figure_fails(self):
        self.fails(GOOD.replace('reported_recall=0.95 ', ''), 'reported_recall missing')

    def test_an_unknown_figure_fails(self):
        err = self.fails(GOOD + ' contradiction_recall=0.5', 'contradiction_recall=0.5')
        self.assertIn('no floor and is not reported_only', err)

    def test_a_reported_only_figure_may_be_anything(self):
        r = self.run_gate(GOOD.replace('claims=12', 'claims=n/a'))
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_a_reported_only_figure_no_longer_printed_fails(self):
        self.fails(GOOD.replace(' claims=12', ''), 'claims is reported_only')

    def test_a_line_that_is_not_name_value_fails(self):
        self.fails('quote_f1=1.0 oops relations_required=4/4', "'oops'", 'not name=value')
        self.fails('scorer error: no articles', "'scorer'", 'not name=value')
        self.fails(GOOD + ' empty=', "'empty='")

    def test_a_figure_printed_twice_fails(self):
        self.fails(GOOD + ' quote_f1=0.2', 'quote_f1 printed twice')

    def test_lower_is_better_counts_fail_when_they_rise(self):
        self.fails(GOOD.replace('furniture_leaks=0', 'furniture_leaks=1'), 'furniture_leaks=1 above')

    def test_a_figure_below_its_floor_fails(self):
        self.fails(GOOD.replace('reported_recall=0.95', 'reported_recall=0.899'), 'reported_recall=0.899 below its floor 0.9')

    def test_a_fraction_where_a_number_is_floored_fails(self):
        self.fails(GOOD.replace('quote_f1=1.0', 'quote_f1=1/1'), 'quote_f1=1/1')

    def test_a_failing_or_silent_scorer_fails(self):
        self.fails(None, 'the scorer failed (exit status 3)', script='import sys; print("x=1"); sys.exit(3)')
        self.fails(None, 'the scorer printed nothing', script='pass')

    def test_a_gate_without_floors_fails(self):
        r = self.run_gate(GOOD, name='other')
        self.assertEqual(r.returncode, 1)
        self.assertIn('other: no floors for this gate', r.stderr)
        self.assertNotIn('Traceback', r.stderr)

    def test_a_bad_floor_fails(self):
        self.write_floors(FLOORS.replace('quote_f1: 1.0', 'quote_f1: .nan'))
        self.fails(GOOD, 'the floor of quote_f1')
        self.write_floors(FLOORS.replace('relations_required: 4/4', 'relations_required: 0/0'))
        self.fails(GOOD, 'the floor of relations_required')
        self.write_floors(FLOORS.replace('reported_only: [claims]', 'reported_only: [claims, quote_f1]'))
        self.fails(GOOD, 'quote_f1 both floored and reported-only')

    def test_every_bad_figure_is_named(self):
        err = self.fails('quote_f1=0.5 reported_recall=nan relations_required=0/0 furniture_leaks=2 claims=1',
                         'quote_f1=0.5', 'reported_recall=nan', 'relations_required=0/0', 'furniture_leaks=2')
        self.assertEqual(len(err.splitlines()), 4)


class Floors(unittest.TestCase):
    """The repository's own floors file."""

    def setUp(self):
        import yaml
        path = os.path.join(HERE, 'floors.yaml')
        with open(path, encoding='utf-8') as f:
            self.text = f.read()
        self.floors = yaml.safe_load(self.text)

    def test_every_gate_of_ci_run_has_floors(self):
        with open(os.path.join(HERE, 'run'), encoding='utf-8') as f:
            run = f.read()
        used = set(re.findall(r'gate\.py (\w+)', run))
        self.assertTrue(used)
        self.assertEqual(used - set(self.floors), set())

    def test_floors_only_rise_is_said(self):
        self.assertIn('only rise', self.text)


if __name__ == '__main__':
    unittest.main()
