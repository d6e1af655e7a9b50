"""Errors and warnings the services give the user.

Messages are English templates with named parameters, so every front end can show
them: the CLI prints ``str(error)``; the window translates ``error.template`` with
``QCoreApplication.translate("services", template)`` and formats it with ``params``.

Two kinds of parameter are translated too, so that a message has no English piece in it:

* a parameter that is itself a :class:`Message` (a sync file's ``{detail}``: "member x is missing")
  is put in as its own translated sentence, not capitalised;
* a count: a template with ``%n`` and a parameter ``n`` is a plural message; each language picks the
  form for ``n`` ("%n day(s)" → "1 day", "2 days"; Slovenian has four). The catalog script marks such
  a template as a numerus message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reciprocity_desktop.i18n import capitalise, render_message

__all__ = ["Cancelled", "DomainError", "Message", "NotFound", "ValidationError", "Warning_", "capitalise", "file_not_written"]


class Message:
    """A user-facing sentence: a template (to translate) and its parameters."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return capitalise(self.text())

    def text(self) -> str:
        """The English sentence, not capitalised (as it stands inside another message)."""
        from reciprocity_desktop.i18n import Catalog  # the English plural forms

        english = Catalog("en")
        return self.render(lambda text, n: english.translate("services", text, None, -1 if n is None else n))

    def render(
        self, translate: Callable[[str, int | None], str], field: Callable[[str], str] = lambda name: name
    ) -> str:
        """The sentence through ``translate(template, n)`` (``n`` for a template with ``%n``, else None),
        not capitalised; ``field`` names the field. A parameter that is a message, or a tuple of them
        (joined with "; "), is rendered the same way."""
        return render_message(self.template, self.params, translate, field)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


class Warning_(Message):
    """Something the user should know but that does not stop the action (e.g. a gift over the limit)."""

    def __init__(self, code: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.code = code


class DomainError(Exception):
    """An action the user asked for cannot be done; nothing was changed."""

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        if field is not None:
            params.setdefault("field", field)
        self.message = Message(template, **params)
        self.field = field
        super().__init__(str(self.message))

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params


class ValidationError(DomainError):
    """Bad input in one field (``field`` names it)."""


class NotFound(DomainError):
    """No live record with that id."""


class Cancelled(DomainError):
    """The user cancelled a long action; it was rolled back and nothing was changed."""


def file_not_written(path: object, exc: OSError) -> DomainError:
    """The plain sentence for a file that could not be written (full disk, no permission, no folder)."""
    return DomainError(
        "The file {path} cannot be written: {reason}.",
        field="file",
        path=str(path),
        reason=exc.strerror or exc,
    )
