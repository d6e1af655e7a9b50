"""The note the first follow-up after a gift carries, without SQLAlchemy (Today's first page reads it).

The suggested note is stored in English ("Ask how the gift was received: Coffee sample box"), the same
for every rep who shares the store. Each front end shows it in its reader's language:
:func:`feedback_gift` recognises it (the gift's description after the stored sentence), and the window,
the paper and the command line put that description into their own translation of
:data:`FEEDBACK_NOTE` ("Fragen Sie, wie das Geschenk ankam: Coffee sample box").
"""

from __future__ import annotations

#: The stored suggestion; the catalogs translate this very text (contexts "Domain" and "Report").
FEEDBACK_NOTE = "Ask how the gift was received: {gift}"
_PREFIX = FEEDBACK_NOTE.split("{", 1)[0]


def feedback_note(description: str) -> str:
    """The suggested first follow-up after a gift asks about the gift, not for business."""
    return FEEDBACK_NOTE.format(gift=description)


def feedback_gift(note: str | None) -> str | None:
    """The gift's description when ``note`` is the stored suggestion, else None (a note of the rep's)."""
    if note and note.startswith(_PREFIX) and len(note) > len(_PREFIX):
        return note[len(_PREFIX) :]
    return None
