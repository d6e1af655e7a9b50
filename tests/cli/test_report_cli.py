"""``reciprocity-desktop report`` end to end through cli.main (the records are added through the CLI too)."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from reciprocity_desktop import cli


@pytest.fixture
def db(db, run, add) -> str:
    def ok(*args: str) -> None:
        result = run(*args)
        assert result.code == 0, result

    def gift(prospect: str, date: str, kind: str, cost: str, *flags: str) -> None:
        options = ("--kind", kind, "--description", "a gift", "--date", date, "--cost", cost, *flags)
        ok("gifts", "add", prospect, *options)

    a = add("Alpha GmbH")
    b = add("Beta AG")
    add("Gamma KG")
    gift(a, "2024-01-10", "sample", "12.50", "--personal")
    gift(a, "2024-02-01", "sample", "5")
    ok("outcomes", "add", a, "--date", "2024-03-01", "--kind", "order", "--value", "1000.50")
    gift(b, "2024-05-01", "analysis", "40", "--meaningful")
    ok(
        "outcomes", "add", b, "--date", "2024-08-01", "--kind", "meeting"
    )  # 92 days: too late for 90, not for 92
    return str(db)


def run_json(capsys, *argv):
    assert cli.main(["--db", *argv[:1], "report", "--json", *argv[1:]]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_report_json_end_to_end(db, capsys):
    data = run_json(capsys, db)
    assert list(data) == [
        "window_days",
        "from",
        "to",
        "by_kind",
        "gifted",
        "not_gifted",
        "by_quality",
        "by_outcome_kind",
        "balance",
    ]
    assert data["window_days"] == 90
    assert data["by_kind"] == [
        {
            "kind": "sample",
            "gifts": 2,
            "prospects": 1,
            "reciprocated": 2,
            "rate": 1.0,
            "median_days": 40,
            "cost": 17.5,
            "order_value": 1000.5,
        },
        {
            "kind": "analysis",
            "gifts": 1,
            "prospects": 1,
            "reciprocated": 0,
            "rate": 0.0,
            "median_days": None,
            "cost": 40,
            "order_value": 0,
        },
    ]
    assert data["gifted"] == {"prospects": 2, "reciprocated": 1, "rate": 0.5}
    assert data["not_gifted"] == {"prospects": 1, "reciprocated": 0, "rate": 0.0}
    assert [(b["name"], b["net"]) for b in data["balance"]] == [("Alpha GmbH", 983), ("Beta AG", -40)]


def test_report_json_window_and_range(db, capsys):
    data = run_json(capsys, db, "--window-days", "92", "--from", "2024-04-01", "--to", "2024-12-31")
    assert (data["window_days"], data["from"], data["to"]) == (92, "2024-04-01", "2024-12-31")
    assert [(k["kind"], k["reciprocated"], k["median_days"]) for k in data["by_kind"]] == [
        ("analysis", 1, 92)
    ]


def test_report_text_tables(db, capsys):
    assert cli.main(["--db", db, "report"]) == 0
    out = capsys.readouterr().out
    assert "By gift kind" in out and "Gifted vs not gifted" in out and "Balance per prospect" in out
    sample_line = next(line for line in out.splitlines() if line.startswith("sample"))
    assert sample_line.split() == ["sample", "2", "1", "2", "100%", "40", "17.50", "1,000.50"]
    assert any(
        line.split()[:2] == ["Beta", "AG"] and line.split()[-1] == "-40.00" for line in out.splitlines()
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--window-days", "-1"], "--window-days must be 0 or more"),
        (["--window-days", "ten"], "--window-days 'ten' is not a whole number"),
        (["--from", "2024-02-30"], "--from '2024-02-30' is not a date"),
        (["--to", "31.12.2024"], "--to '31.12.2024' is not a date"),
        (["--from", "2024-05-01", "--to", "2024-01-01"], "2024-05-01 is after the end date 2024-01-01"),
    ],
)
def test_report_bad_input_one_line_exit_2(db, capsys, args, fragment):
    assert cli.main(["--db", db, "report", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], captured.err
    assert "Traceback" not in captured.err


def test_report_figures_line_up_right_under_their_headers(db, capsys):
    assert cli.main(["--db", db, "report"]) == 0
    lines = capsys.readouterr().out.splitlines()
    start = lines.index("By gift kind") + 1
    header, rule, *rows = lines[start : start + 4]
    columns = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    assert len(columns) == 8 and rule == rule.strip()
    assert all(b - a == 2 for (_, a), (b, _) in itertools.pairwise(columns))  # two spaces between columns
    widths = [b - a for a, b in columns]
    cells = [[line[a:b] for a, b in columns] for line in (header, *rows)]
    assert [row[0] for row in cells] == [name.ljust(widths[0]) for name in ("kind", "sample", "analysis")]
    figures = [
        ["gifts", "prospects", "reciprocated", "rate", "median days", "cost", "order value"],
        ["2", "1", "2", "100%", "40", "17.50", "1,000.50"],
        ["1", "1", "0", "0%", "–", "40.00", "0.00"],
    ]
    assert [row[1:] for row in cells] == [
        [figure.rjust(width) for figure, width in zip(row, widths[1:], strict=True)] for row in figures
    ]
    assert all(len(line) == columns[-1][1] for line in (header, *rows))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_report_balance_streamed_as_the_table_of_its_rows(db, capsys, monkeypatch, lang):
    """The balance table, written a chunk at a time from its columns, is exactly what cli.table makes of its
    rows (widths, alignment, no trailing spaces), in English and in German money; with a chunk of one line
    the two prospects take two chunks."""
    from reciprocity_desktop.cli import report as report_cli
    from reciprocity_desktop.services import insights
    from reciprocity_desktop.store import open_store

    monkeypatch.setenv("RECIPROCITY_LANG", lang)
    monkeypatch.setattr(report_cli, "_CHUNK", 1)
    assert cli.main(["--db", db, "report"]) == 0
    out = capsys.readouterr().out
    store = open_store(db)
    try:
        balance = insights.compute(store).balance
    finally:
        store.close()
    headers = [cli.base.tr(h) for h in ("prospect", "gifts", "gift cost", "outcomes", "order value", "net")]
    rows = [
        (b.name, b.gifts, report_cli._money(b.gift_cost_cents), b.outcomes, report_cli._money(b.order_value_cents),
         report_cli._money(b.net_cents))
        for b in balance
    ]  # fmt: skip
    expected = cli.base.table(headers, rows, right=range(1, 6), rule=True)
    assert len(balance) == 2 and out.endswith("\n" + expected + "\n")
    assert ("1.000,50\xa0€" if lang == "de" else "1,000.50") in expected
