"""The shape of the package: Qt only in ui/, no import circles between files, modules of a readable size.

These read the source (and import the non-Qt layers in a fresh interpreter); they fail when a change
breaks a rule of docs/architecture.md, with the offending files named.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import reciprocity_desktop

PACKAGE = Path(reciprocity_desktop.__file__).parent
ROOT = PACKAGE.parent
MIGRATIONS = PACKAGE / "store" / "migrations" / "versions"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(module: str, path: Path) -> set[str]:
    """The project modules ``module`` imports anywhere in its code (not under ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {t for t in targets if t in MODULES and t != module}


def test_no_import_circles_between_files():
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    # Tarjan's strongly connected components: any component of two or more files is a circle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def connect(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for name in graph:
        if name not in index:
            connect(name)
    assert circles == [], "import circles: " + "; ".join(" ↔ ".join(c) for c in circles)


def test_the_import_reader_sees_every_kind_of_import(tmp_path):
    """The check itself: module-level, function-level and relative imports count; TYPE_CHECKING ones do not."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from reciprocity_desktop.services import errors\n"
        "from . import changes\n"
        "if TYPE_CHECKING:\n"
        "    from reciprocity_desktop.store import models\n"
        "def later():\n"
        "    import reciprocity_desktop.textutil\n",
        encoding="utf-8",
    )
    assert _imports("reciprocity_desktop.services.probe", source) == {
        "reciprocity_desktop.services.errors",
        "reciprocity_desktop.services.changes",
        "reciprocity_desktop.textutil",
    }


def test_only_ui_imports_qt_in_its_source():
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("reciprocity_desktop.ui"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_importing_every_module_outside_ui_loads_no_qt():
    """Import every module of store/, services/, reports/, sync/, cli/ … in a fresh interpreter."""
    names = [
        n
        for n in MODULES
        if not n.startswith("reciprocity_desktop.ui") and ".migrations." not in n and not n.endswith("__main__")
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(len(sys.modules), loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(names) > 40  # the walk found the package, not an empty folder


def test_modules_stay_readable_in_size():
    """No module over 600 lines, at most one in ten over 400 (released migrations aside)."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in MODULES.values()
        if MIGRATIONS not in path.parents
    }
    too_long = {name: lines for name, lines in sizes.items() if lines > 600}
    long = sorted((lines, name) for name, lines in sizes.items() if lines > 400)
    assert too_long == {}
    assert len(long) * 10 <= len(sizes), f"{len(long)} of {len(sizes)} modules over 400 lines: {long}"
