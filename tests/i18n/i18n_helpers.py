"""Helpers of the translation tests: whether Qt's tools are here, and small .ts catalogs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

HAS_QT_TOOLS = (
    shutil.which("pyside6-lupdate") is not None or (Path(sys.executable).parent / "pyside6-lupdate").exists()
)
needs_qt_tools = pytest.mark.skipif(not HAS_QT_TOOLS, reason="pyside6-lupdate is not installed")


def ts_text(lang: str, contexts: dict[str, dict[str, str | tuple[str, ...]]]) -> str:
    """A small .ts catalog: context → source → translation (a tuple: the plural forms)."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}">']
    for context, messages in contexts.items():
        parts.append(f"<context><name>{context}</name>")
        for source, translation in messages.items():
            if isinstance(translation, tuple):
                forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
                parts.append(
                    f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation></message>'
                )
            else:
                parts.append(
                    f"<message><source>{escape(source)}</source><translation>{escape(translation)}</translation></message>"
                )
        parts.append("</context>")
    parts.append("</TS>\n")
    return "\n".join(parts)
