"""The CLI's JSON writer gives exactly the text of ``json.dumps(..., ensure_ascii=False, indent=2, default=str)``."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import random
import sys
from collections import OrderedDict

from reciprocity_desktop.cli import base

SCALARS = [None, True, False, 0, -5, 2**70, 1.5, 0.1, 1e300, math.nan, math.inf, -math.inf, "",
           'Grüße "x"\n\t\\ \x00 \u2028 😀', dt.date(2025, 1, 2), (1, "a"), (), [], {}]  # fmt: skip


def _value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth < 4 and roll < 0.2:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 4 and roll < 0.4:
        keys = ["a", "b", "ü\n", 'x"y']
        return {rng.choice(keys) + str(i): _value(rng, depth + 1) for i in range(rng.randrange(5))}
    if depth < 4 and roll < 0.42:
        return {1: _value(rng, depth + 1), None: 2, 1.5: 3, False: _value(rng, depth + 1)}
    if depth < 4 and roll < 0.44:
        return OrderedDict(a=[1, {}], b=_value(rng, depth + 1))
    return rng.choice(SCALARS)


def test_print_json_is_json_dumps_with_an_indent(monkeypatch):
    rng = random.Random(20260323)
    for _ in range(3000):
        value = _value(rng)
        out = io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        base.print_json(value)
        assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n", value


def test_a_streamed_array_is_the_printed_list(monkeypatch):
    rng = random.Random(7)
    for size in [0, 1, 2, *range(3, 200, 17)]:
        items = [_value(rng, 1) for _ in range(size)]
        printed, streamed = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", printed)
        base.print_json(items)
        monkeypatch.setattr(sys, "stdout", streamed)
        base.write_json_array(iter(items))
        assert (
            streamed.getvalue()
            == printed.getvalue()
            == json.dumps(items, ensure_ascii=False, indent=2, default=str) + "\n"
        )


def test_a_streamed_table_is_the_table(monkeypatch):
    rows = [["a", 1, "Grüße"], ["longer cell", 12345, ""], ["", -1, "x"]]
    for shown in (rows, []):
        for right, rule in (((), False), ((1,), True)):
            out = io.StringIO()
            monkeypatch.setattr(sys, "stdout", out)
            base.write_table(
                ["H1", "H2", "HEADER 3"], lambda shown=shown: iter(shown), right=right, rule=rule
            )
            assert (
                out.getvalue() == base.table(["H1", "H2", "HEADER 3"], shown, right=right, rule=rule) + "\n"
            )
