"""Undoable user actions: one function per action the window offers, each returning an :class:`Op`.

Each module wraps the plain services of one domain (``ops.gifts`` over ``services.gifts`` …):
it runs the action, says what changed and returns how to undo it. The window runs them through
``ui.operations.OpRunner``; nothing here imports Qt.
"""
