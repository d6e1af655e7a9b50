"""One office's day of commands, run the same on a store file and on a hub, and what each then lists.

:func:`run_scenario` runs :data:`STEPS` through the real entry point on one store (a file or a hub),
each step's ``{name}`` replaced by the id an earlier step printed; :func:`listed` reads back every
``list --json`` (and the other JSON outputs) with each id replaced by the name of the step that made it
and every moment of writing masked, so a store file's and a hub's answers compare as equal.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable

#: A day far enough ahead that nothing in it is "overdue" while the tests run.
DAY = (dt.date.today() + dt.timedelta(days=30)).isoformat()
LATER = (dt.date.today() + dt.timedelta(days=45)).isoformat()

#: ``(name of the id it prints, or None; the command's words)``.
STEPS: list[tuple[str | None, tuple[str, ...]]] = [
    (None, ("settings", "set", "home_postal_code", "10115")),
    (None, ("settings", "set", "home_city", "Berlin")),
    (None, ("settings", "set", "seller_name", "Ana Novak")),
    (None, ("settings", "set", "feedback_delay_days", "5")),
    ("p1", ("prospects", "add", "--name", "Bäckerei Sonne", "--postal-code", "10117", "--city", "Berlin",
            "--country", "DE", "--tags", "bakery,new", "--phone", "+49 30 1234")),  # fmt: skip
    ("p2", ("prospects", "add", "--name", "Apotheke am Markt", "--postal-code", "14467", "--city", "Potsdam",
            "--country", "DE", "--stage", "prospect")),  # fmt: skip
    ("p3", ("prospects", "add", "--name", "Zahnarzt Dr. Weiß", "--postal-code", "10243", "--city", "Berlin")),
    (None, ("prospects", "update", "{p2}", "--email", "info@apotheke.example", "--notes", "opens at 8")),
    (None, ("prospects", "update", "{p1}", "--latitude", "52.52", "--longitude", "13.40")),
    ("c1", ("contacts", "add", "{p1}", "--name", "Jana Brot", "--role", "owner", "--decision-maker")),
    ("c2", ("contacts", "add", "{p1}", "--name", "Max Mehl", "--email", "max@sonne.example")),
    ("c3", ("contacts", "add", "{p2}", "--name", "Eva Salbe", "--phone", "+49 331 99")),
    (None, ("contacts", "update", "{c2}", "--role", "baker", "--no-decision-maker")),
    (None, ("contacts", "delete", "{c3}")),
    ("s1", ("stock", "add", "--name", "Honey jar", "--quantity", "10", "--cost", "4.50", "--kind", "personal")),
    ("s2", ("stock", "add", "--name", "E-book print", "--quantity", "3", "--cost", "2", "--reorder-at", "2")),
    (None, ("stock", "restock", "{s1}", "--quantity", "5", "--note", "from the fair")),
    ("g1", ("gifts", "add", "{p1}", "--kind", "personal", "--description", "Honey", "--stock-item", "{s1}",
            "--contact", "{c1}", "--personal", "--unexpected", "--date", "2026-11-02")),  # fmt: skip
    ("g2", ("gifts", "add", "{p2}", "--kind", "content", "--description", "E-book", "--stock-item", "{s2}",
            "--quantity", "2", "--date", "2026-11-03", "--meaningful")),  # fmt: skip
    ("g3", ("gifts", "add", "{p3}", "--kind", "analysis", "--description", "Tooth-care advice", "--cost", "20",
            "--date", "2026-11-04")),  # fmt: skip
    (None, ("gifts", "react", "{g1}", "--reaction", "liked", "--note", "loved it")),
    ("f1", ("followups", "add", "{p3}", "--kind", "call", "--due", LATER, "--note", "ask about the advice")),
    (None, ("followups", "done", "{f1}", "--note", "called")),
    ("f2", ("followups", "add", "{p2}", "--kind", "send_info", "--due", LATER)),
    ("o1", ("outcomes", "add", "{p1}", "--kind", "order", "--value", "120.50", "--date", "2026-11-20")),
    ("o2", ("outcomes", "add", "{p2}", "--kind", "conversation", "--note", "nice chat", "--date", "2026-11-21")),
    (None, ("visits", "plan", DAY, "{p1}", "{p2}", "{p3}")),
    (None, ("prospects", "delete", "{p3}")),
]


def _printed_id(out: str) -> str:
    return out.strip().splitlines()[-1].strip()


def run_scenario(cli: Callable, db: object, steps=STEPS) -> dict[str, str]:
    """Run ``steps`` on ``db`` (each must succeed); the ids they printed by name."""
    ids: dict[str, str] = {}
    for name, words in steps:
        result = cli(db, *(word.format(**ids) for word in words))
        assert result.code == 0, (words, result.err)
        if name is not None:
            ids[name] = _printed_id(result.out)
    return ids


#: Keys whose values are moments of writing (they differ between two runs) or the seller's id.
_MASKED = re.compile(r"(created_at|updated_at|done_at|at|recorded_at|reacted_at)$")
#: An id the steps did not print (a gift's follow-up, a stock movement): named in the order met.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def masked(value, names: dict[str, str]):
    """``value`` (parsed JSON) with each id replaced by its step's name (another id by the order it is met
    in: ``names`` gains it) and each moment of writing masked."""
    if isinstance(value, dict):
        return {
            key: "<moment>" if _MASKED.match(key) and isinstance(item, str) else masked(item, names)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [masked(item, names) for item in value]
    if isinstance(value, str):
        return _UUID.sub(lambda found: f"<{names.setdefault(found.group(), f'id {len(names)}')}>", value)
    return value


def listed(cli: Callable, db: object, ids: dict[str, str]) -> dict[str, object]:
    """Every list's JSON on ``db`` after :func:`run_scenario` (ids by step name, moments masked)."""
    names = {ident: name for name, ident in ids.items()}
    commands = [
        ("prospects", "list"),
        ("prospects", "list", "--search", "berlin"),
        ("contacts", "list", "{p1}"),
        ("contacts", "list", "{p2}"),
        ("gifts", "list"),
        ("stock", "list"),
        ("stock", "movements", "{s1}"),
        ("stock", "movements", "{s2}"),
        ("followups", "list"),
        *(("followups", "list", "--status", status) for status in ("all", "open", "overdue", "due_today",
                                                                    "upcoming", "done")),  # fmt: skip
        ("outcomes", "list"),
        ("visits", "list", DAY),
        ("visits", "list", DAY, "--all"),
        ("settings", "list"),
        ("gift-register", "--year", "2026"),
        ("conflicts", "--all"),
    ]
    found: dict[str, object] = {}
    for words in commands:
        result = cli(db, *(word.format(**ids) for word in words), "--json")
        assert result.code == 0, (words, result.err)
        found[" ".join(words)] = masked(json.loads(result.out), names)
    exported = cli(db, "contacts", "export", ids["c1"])
    assert exported.code == 0, exported.err
    found["contacts export"] = masked(json.loads(exported.out), names)
    return found


TODAY = dt.date.today().isoformat()


def run_visit_steps(cli: Callable, db: object, ids: dict[str, str], folder) -> list[object]:
    """After :func:`run_scenario`: today's route planned, timed, ordered, debriefed, printed and cut on
    ``db``; what each step printed, its warnings too (ids by name, moments masked; the files' folder as
    ``<folder>``)."""
    names = {ident: name for name, ident in ids.items()}
    printed: list[object] = []

    def run(*words: str) -> str:
        result = cli(db, *words)
        assert result.code == 0, (words, result.err)
        text = result.out.replace(str(folder), "<folder>")
        printed.append(masked(json.loads(text) if "--json" in words else text, names))
        if result.err:  # the warnings
            printed.append(masked(result.err, names))
        return result.out

    run("visits", "plan", TODAY, ids["p1"], ids["p2"])
    today = json.loads(cli(db, "visits", "list", TODAY, "--json").out)
    first, second = (visit["id"] for visit in today)
    run("visits", "update", first, "--time", "10:30")
    run("visits", "update", second, "--minutes", "30")
    run("visits", "auto-order", TODAY, "--json")
    run("visits", "debrief", first, "--status", "done", "--gift-handed", "--gift-item", ids["s1"],
        "--reaction", "liked", "--outcome", "order", "--value", "99", "--followup", "call", "--due", LATER)  # fmt: skip
    run("visits", "debrief", second, "--status", "nobody_there", "--note", "closed")
    run("print-day", TODAY, "-o", str(folder / "day.pdf"))
    run("visits", "remove", json.loads(cli(db, "visits", "list", DAY, "--json").out)[0]["id"])
    run("gifts", "add", ids["p2"], "--kind", "event", "--description", "Fair ticket", "--cost", "60",
        "--date", "2026-11-05")  # fmt: skip  (over the gift limit: its warning)
    run("followups", "add", ids["p2"], "--kind", "ask_order", "--due", "2026-11-11")  # the cool-down's warning
    run("gift-register", "--year", "2026", "-o", str(folder / "register.csv"))
    run("gift-register", "--year", "2026")
    run("report", "--json")
    run("visits", "list", TODAY, "--json")
    return printed
