"""The strings lupdate cannot see by itself, rewritten into markers it can (for update_catalogs.py).

``pyside6-lupdate`` finds ``self.tr(...)``, ``translate("Ctx", ...)`` and ``QT_TRANSLATE_NOOP("Ctx", ...)``.
Three kinds of translatable text are marked otherwise, outside Qt:

* the **templates of service messages**: the first argument of ``DomainError``, ``ValidationError``,
  ``Message``… (the second of ``Warning_``), of their subclasses and of any function with a parameter
  named ``template`` that forwards it. The window and the CLI translate them in the context
  ``"services"``. A template may be a literal, literals joined with ``+``, a conditional between
  literals, or a local variable assigned such an expression in the same function;
* the **field names** those messages put in ``{field}``: the literal ``field=`` given to such a call or
  to any function with a parameter named ``field`` (and that parameter's literal default), context
  ``"Fields"``;
* **counts through the non-Qt catalog**: ``catalog.translate_n("Ctx", "%n stop(s)", n)``, which lupdate
  would not read as a plural;
* **the command line's texts**: ``cli.tr("Text")`` and ``cli.tr_n("%n gift(s)", n)`` (help texts,
  confirmations; reciprocity_desktop/cli/base.py), context ``"CLI"``.

:func:`marked_copy` returns a file's text with each of these rewritten in place as
``QT_TRANSLATE_NOOP(...)`` (or a four-argument ``translate(...)`` for a count), on the same line, with
every other line as it was: lupdate run over the copies records the real files and lines.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The message classes everything else derives from (services/errors.py).
ROOT_CLASSES = {"Message": 0, "DomainError": 0}
#: ``cli.tr(...)`` / ``cli.tr_n(...)``: the command line's texts, and their context.
CLI_CALLS = {"tr": False, "tr_n": True}  # name → a count
CLI_MODULE = "cli"
CLI_CONTEXT = "CLI"
#: The calls lupdate reads itself.
LUPDATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


@dataclass
class Marker:
    """One rewrite: the source span of an expression and the marker text that replaces it."""

    start: tuple[int, int]  # (line, byte column)
    end: tuple[int, int]
    text: str


@dataclass
class Scan:
    """What the first pass learns about the whole package."""

    template_at: dict[str, int] = field(default_factory=dict)  # callable name → index of its template
    field_at: dict[str, int] = field(default_factory=dict)  # callable name → index of its ``field``
    message_classes: dict[str, str] = field(default_factory=dict)  # class → its first message base


@dataclass
class Found:
    """Per file: the markers, and the templates that could not be read (for a warning)."""

    markers: list[Marker] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def _is_number(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool)


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _params(function: ast.FunctionDef, method: bool) -> list[ast.arg]:
    params = [*function.args.posonlyargs, *function.args.args]
    return params[1:] if method and params and params[0].arg in ("self", "cls") else params


def scan(trees: Iterable[ast.Module]) -> Scan:
    """The message classes, and the callables taking a ``template`` or a ``field``, across the package."""
    result = Scan()
    classes: dict[str, tuple[list[str], ast.FunctionDef | None]] = {}
    forwarders: dict[str, tuple[int, ast.FunctionDef]] = {}  # callables with a ``template`` parameter
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                init = next(
                    (n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None
                )
                classes[node.name] = ([b for b in map(_name, node.bases) if b], init)
                methods = [n for n in node.body if isinstance(n, ast.FunctionDef) and n.name != "__init__"]
                for method in methods:
                    _note_params(result, method.name, method, method=True)
                    _note_forwarder(forwarders, method.name, method, method=True)
            elif isinstance(node, ast.Module):
                for function in node.body:
                    if isinstance(function, ast.FunctionDef):
                        _note_params(result, function.name, function, method=False)
                        _note_forwarder(forwarders, function.name, function, method=False)
    # Message classes: the roots and, to a fixed point, every class with a message class as a base.
    result.template_at.update(ROOT_CLASSES)
    result.field_at["DomainError"] = -1  # keyword only
    changed = True
    while changed:
        changed = False
        for name, (bases, init) in classes.items():
            if name in result.message_classes or name in ROOT_CLASSES:
                continue
            base = next((b for b in bases if b in ROOT_CLASSES or b in result.message_classes), None)
            if base is None:
                continue
            result.message_classes[name] = base
            changed = True
            if init is None:  # inherits its base's signature
                if base in result.template_at:
                    result.template_at[name] = result.template_at[base]
                if base in result.field_at:
                    result.field_at[name] = result.field_at[base]
            else:
                _note_params(result, name, init, method=True)
                _note_forwarder(forwarders, name, init, method=True)
    for name, (index, _init) in forwarders.items():
        if name in result.message_classes:
            result.template_at[name] = index
    # A function with a ``template`` parameter is one more way to write a message when it passes that
    # parameter on as a message's template (``_refuse(template, key, value)``): to a fixed point.
    changed = True
    while changed:
        changed = False
        for name, (index, function) in forwarders.items():
            if name not in result.template_at and _forwards(function, result.template_at):
                result.template_at[name] = index
                changed = True
    return result


def _note_forwarder(
    forwarders: dict[str, tuple[int, ast.FunctionDef]], name: str, function: ast.FunctionDef, *, method: bool
) -> None:
    names = [p.arg for p in _params(function, method)]
    if "template" in names:
        forwarders[name] = (names.index("template"), function)


def _forwards(function: ast.FunctionDef, template_at: dict[str, int]) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _name(node.func) in template_at:
            argument = _argument(node, template_at[_name(node.func)], "template")  # type: ignore[index]
            if isinstance(argument, ast.Name) and argument.id == "template":
                return True
    return False


def _note_params(result: Scan, name: str, function: ast.FunctionDef, *, method: bool) -> None:
    params = _params(function, method)
    names = [p.arg for p in params]
    field_param = "field" in names or any(p.arg == "field" for p in function.args.kwonlyargs)
    if field_param:
        result.field_at[name] = names.index("field") if "field" in names else -1


def _field_default(function: ast.FunctionDef) -> ast.Constant | None:
    """The literal default of a parameter named ``field`` (``field: str = "date"``)."""
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
    for arg, default in pairs:
        if arg.arg == "field" and isinstance(default, ast.Constant) and isinstance(default.value, str):
            return default
    return None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if 0 <= index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
        return call.args[index]
    return None


def _texts(node: ast.expr, assigned: dict[str, list[ast.expr]], depth: int = 0) -> set[str] | None:
    """Every string ``node`` can be (None: not made of literals only)."""
    if depth > 8:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _texts(node.left, assigned, depth + 1), _texts(node.right, assigned, depth + 1)
        if left is None or right is None:
            return None
        return {a + b for a in left for b in right}
    if isinstance(node, ast.IfExp):
        body, orelse = _texts(node.body, assigned, depth + 1), _texts(node.orelse, assigned, depth + 1)
        return None if body is None or orelse is None else body | orelse
    if isinstance(node, ast.Name) and node.id in assigned:
        found: set[str] = set()
        for value in assigned[node.id]:
            texts = _texts(value, assigned, depth + 1)
            if texts is None:
                return None
            found |= texts
        return found
    return None


def literal(text: str) -> str:
    """A Python string literal lupdate reads back as ``text``."""
    return json.dumps(text, ensure_ascii=False)


class _Finder(ast.NodeVisitor):
    def __init__(self, known: Scan, found: Found) -> None:
        self.known = known
        self.found = found
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        default = _field_default(node)
        if default is not None and default.value:
            self._mark(default, "Fields", [default.value])
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _assigned(self) -> dict[str, list[ast.expr]]:
        if not self.functions:
            return {}
        assigned: dict[str, list[ast.expr]] = {}
        for node in ast.walk(self.functions[-1]):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ):
                assigned.setdefault(node.targets[0].id, []).append(node.value)
        return assigned

    def _parameters(self) -> set[str]:
        if not self.functions:
            return set()
        args = self.functions[-1].args
        return {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}

    def _callee(self, call: ast.Call) -> str | None:
        name = _name(call.func)
        if (
            name == "__init__"
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Call)
            and _name(call.func.value.func) == "super"
            and self.classes
        ):
            return self.known.message_classes.get(self.classes[-1])
        return name

    def _mark(self, node: ast.expr, context: str, texts: Iterable[str]) -> None:
        # A template with %n counts its parameter n (services/errors.py): a numerus message.
        markers = " or ".join(
            f"translate({literal(context)}, {literal(t)}, None, 0)"
            if "%n" in t
            else f"QT_TRANSLATE_NOOP({literal(context)}, {literal(t)})"
            for t in sorted(texts)
        )
        self._add(node, markers)

    def _add(self, node: ast.AST, text: str) -> None:
        self.found.markers.append(
            Marker(
                (node.lineno, node.col_offset),
                (node.end_lineno or node.lineno, node.end_col_offset or 0),
                text,
            )
        )

    def visit_Call(self, node: ast.Call) -> None:
        if self._cli_text(node):
            return  # the whole call is replaced
        name = self._callee(node)
        if name == "translate" and len(node.args) == 4 and not _is_number(node.args[3]):
            # a count (QCoreApplication.translate(ctx, "%n …", "", n)): lupdate before PySide6 6.12 takes the
            # message for a plural form only when the count is a number written out, so one is put in
            context, text, disambiguation = node.args[:3]
            if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)) and (
                isinstance(disambiguation, ast.Constant) and isinstance(disambiguation.value, str | None)
            ):
                self._add(
                    node,
                    f"translate({literal(context.value)}, {literal(text.value)}, "  # type: ignore[union-attr]
                    f"{literal(disambiguation.value) if disambiguation.value else None}, 0)",
                )
                return  # the whole call is replaced
        if name == "translate_n" and len(node.args) >= 3:
            context, text = node.args[0], node.args[1]
            if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)):
                self._add(node, f"translate({literal(context.value)}, {literal(text.value)}, None, 0)")  # type: ignore[union-attr]
                return  # the whole call is replaced
        if name in self.known.template_at:
            argument = _argument(node, self.known.template_at[name], "template")
            if argument is not None:
                texts = _texts(argument, self._assigned())
                if texts:
                    self._mark(argument, "services", texts)
                elif not (
                    (isinstance(argument, ast.Name) and argument.id in self._parameters())  # passed on
                    or (isinstance(argument, ast.Call) and _name(argument.func) in LUPDATE_CALLS)
                ):
                    self.found.unreadable.append(f"line {node.lineno}: {ast.unparse(argument)[:60]}")
        if name in self.known.field_at:
            argument = _argument(node, self.known.field_at[name], "field")
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value:
                self._mark(argument, "Fields", [argument.value])
        self.generic_visit(node)

    def _cli_text(self, node: ast.Call) -> bool:
        """``cli.tr("Text")`` → a marker in context "CLI"; ``cli.tr_n("%n gift(s)", n)`` → a count."""
        func = node.func
        if not (
            isinstance(func, ast.Attribute)
            and func.attr in CLI_CALLS
            and isinstance(func.value, ast.Name)
            and func.value.id == CLI_MODULE
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            return False
        text = literal(node.args[0].value)
        if CLI_CALLS[func.attr]:
            self._add(node, f"translate({literal(CLI_CONTEXT)}, {text}, None, 0)")
        else:
            self._add(node, f"QT_TRANSLATE_NOOP({literal(CLI_CONTEXT)}, {text})")
        for argument in node.args[1:]:  # a count's expression may hold more (never a template)
            self.visit(argument)
        return True


def find(tree: ast.Module, known: Scan) -> Found:
    found = Found()
    _Finder(known, found).visit(tree)
    return found


def rewrite(source: bytes, markers: list[Marker]) -> bytes:
    """``source`` with each marker's span replaced by its text, padded so that every line stays put."""
    lines = source.split(b"\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def position(point: tuple[int, int]) -> int:
        return offsets[point[0] - 1] + point[1]

    out = source
    last_start = len(source) + 1
    for marker in sorted(markers, key=lambda m: m.start, reverse=True):
        start, end = position(marker.start), position(marker.end)
        if end > last_start:  # inside a span already replaced (a count's whole call): keep the outer
            continue
        replacement = marker.text.encode("utf-8") + b"\n" * (marker.end[0] - marker.start[0])
        out = out[:start] + replacement + out[end:]
        last_start = start
    return out


def marked_copy(path: Path, known: Scan) -> tuple[bytes, Found]:
    source = path.read_bytes()
    found = find(ast.parse(source, filename=str(path)), known)
    return (rewrite(source, found.markers) if found.markers else source), found
