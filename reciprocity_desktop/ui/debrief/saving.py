"""Saving the debrief's stops: the current row (Ctrl+Enter, then the next row) or every edited row of
the day, each one undo step through ``ctx.ops`` (``services.ops.debrief.save_stops``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reciprocity_desktop.services import debrief_check
from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.services.debrief_draft import Feedback, Stop
from reciprocity_desktop.services.ops import debrief as debrief_ops
from reciprocity_desktop.ui.debrief import feedback
from reciprocity_desktop.ui.labels import translate


class DebriefSaving:
    """The saving half of :class:`~reciprocity_desktop.ui.debrief.view.DebriefView` (its ``drafts``,
    ``model``, ``form``, ``table`` and ``save_message``)."""

    def _save(self, stops: list[Stop], text: str) -> list[Feedback] | None:
        """Save ``stops`` as one undo step; each gets its feedback (None: the save failed unexpectedly)."""
        wanted = [(stop, debrief_check.to_save(stop)) for stop in stops]
        for stop, what in wanted:
            if what is None:
                self.drafts.record(stop, feedback.still_planned())
        items = [(stop.visit.id, what) for stop, what in wanted if what is not None]
        if items:
            by_visit = {stop.visit.id: stop for stop in stops}

            def action() -> Op:
                op = debrief_ops.save_stops(self.ctx.store, items)
                for saved in op.value:  # before the views refresh
                    self.drafts.record(by_visit[saved.visit_id], feedback.feedback_of(saved))
                return op

            if self.ctx.ops.run(self, text, action) is None:
                return None
        return [stop.feedback for stop in stops]

    def save_current_and_next(self) -> None:
        number = self.current_row()
        stop = self.model.stop_at(number)
        if stop is None:
            return
        if not self._validate(insist=True):
            QApplication.beep()
            return
        if not stop.draft.edited:
            if number + 1 < self.model.rowCount():
                self.select_row(number + 1)
            return
        name = stop.visit.prospect.name
        following = self.model.stop_at(number + 1)
        next_id = (following or stop).visit.id
        saved = self._save([stop], translate("DebriefView", "Debrief of %1").replace("%1", name))
        if saved is None:
            return
        if saved[0].kind == "error":
            self.model.row_changed(number)
            self.form.show_feedback(stop)
            self.save_message.setText(translate("DebriefView", "%1: not saved — see the row.").replace("%1", name))
            return
        self.save_message.setText(
            translate("DebriefView", "%1: saved with warnings — see the row.").replace("%1", name)
            if saved[0].kind == "warning"
            else translate("DebriefView", "%1: saved.").replace("%1", name)
        )
        target = self.model.row_of(next_id)
        if target >= 0:
            self.select_row(target)
        self.table.setFocus()

    def save_all(self) -> None:
        edited = [stop for stop in self.model.rows() if stop.draft.edited]
        if not edited:
            return
        keep = self.current_visit_id()
        saved = self._save(edited, translate("DebriefView", "Debrief of the day"))
        if saved is None:
            return
        failed = [stop.visit.id for stop, done in zip(edited, saved, strict=True) if done.kind == "error"]
        warned = sum(1 for done in saved if done.kind == "warning")
        message = translate("DebriefView", "Saved: %1.").replace("%1", str(len(saved) - len(failed)))
        if warned:
            message += " " + translate("DebriefView", "With warnings: %1 (see the rows).").replace("%1", str(warned))
        if failed:
            message += " " + translate("DebriefView", "Not saved: %1 — see the red rows; what you typed is kept.").replace(
                "%1", str(len(failed))
            )
        self.save_message.setText(message)
        if len(failed) == len(saved):
            self.refresh()  # nothing changed in the store: show the errors
        target = self.model.row_of(failed[0] if failed else keep or "")
        if target >= 0:
            self.select_row(target)
