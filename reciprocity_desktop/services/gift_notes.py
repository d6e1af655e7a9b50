"""The note the first follow-up after a gift carries, without SQLAlchemy (Today's first page reads it)."""

from __future__ import annotations


def feedback_note(description: str) -> str:
    """The suggested first follow-up after a gift asks about the gift, not for business."""
    return f"Ask how the gift was received: {description}"
