"""PyInstaller runtime hook (Windows only): hide the console window of a start from the desktop.

``reciprocity-desktop.exe`` is built as a console program so that the command line works in a terminal
(output, exit codes, ``cmd`` waiting for it). Started from the Start menu, Explorer or a double-clicked
``.rcsync`` file, Windows gives it a console of its own; then this process is the only one attached to
that console, and the hook hides it before the window opens. In a terminal the console is shared with
the shell and stays.
"""

import sys

if sys.platform == "win32":
    import ctypes

    _kernel32 = ctypes.windll.kernel32
    _processes = (ctypes.c_uint32 * 2)()
    if _kernel32.GetConsoleProcessList(_processes, 2) == 1:
        _console = _kernel32.GetConsoleWindow()
        if _console:
            ctypes.windll.user32.ShowWindow(_console, 0)  # SW_HIDE
