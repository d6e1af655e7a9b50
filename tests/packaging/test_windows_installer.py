"""packaging/windows/reciprocity-desktop.iss: the Inno Setup script cannot be compiled here; its key entries are read.

What matters: a per-user install, the version from the build, the Start-menu entry and the uninstaller, and
``.rcsync`` files opening ``"{app}\\reciprocity-desktop.exe" "%1"`` (the window with that file's sync import).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "reciprocity-desktop.iss"


def sections() -> dict[str, list[str]]:
    """The script's sections and their lines, comments and blank lines left out, preprocessor lines under ''."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            found.setdefault(current, [])
        else:
            found[current if not line.startswith("#") else ""].append(line)
    return found


def entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"; Flags: z`` lines as dicts, Inno's doubled quotes undone."""
    parsed = []
    for line in lines:
        pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        parsed.append({key: value.strip()[1:-1].replace('""', '"') if value.startswith('"') else value.strip()
                       for key, value in pairs})  # fmt: skip
    return parsed


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def test_per_user_install_with_the_version_from_the_build():
    options = setup()
    assert options["PrivilegesRequired"] == "lowest"
    assert options["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when not admin
    assert options["AppVersion"] == "{#AppVersion}"
    assert "#ifndef AppVersion" in sections()[""]  # iscc stops without /DAppVersion=
    assert (WINDOWS / options["SetupIconFile"]).is_file()
    assert options["ChangesAssociations"] == "yes"
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert 'f"/DAppVersion={version_}"' in build


def test_start_menu_entry_and_uninstaller():
    icons = entries(sections()["Icons"])
    assert {"Name": "{group}\\{#AppName}", "Filename": "{app}\\{#AppExe}"} in icons
    assert any(icon["Filename"] == "{uninstallexe}" for icon in icons)
    [files] = entries(sections()["Files"])
    assert files["Source"] == "{#SourceDir}\\*" and "recursesubdirs" in files["Flags"]


def test_rcsync_files_open_the_program_with_the_file():
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', "\n".join(sections()[""])))
    assert defines["AppExe"] == "reciprocity-desktop.exe"  # the spec's EXE name on Windows
    registry = entries(sections()["Registry"])
    extension = next(
        e for e in registry if e["Subkey"] == "Software\\Classes\\.rcsync" and e["ValueName"] == ""
    )
    prog_id = extension["ValueData"].replace("{#ProgId}", defines["ProgId"])
    assert prog_id == defines["ProgId"]
    [command] = [e for e in registry if e["Subkey"].endswith("\\shell\\open\\command")]
    assert command["Subkey"] == "Software\\Classes\\{#ProgId}\\shell\\open\\command"
    assert command["ValueData"] == '"{app}\\{#AppExe}" "%1"'
    assert all(e["Root"] == "HKA" for e in registry)  # per user when not installed as administrator


def test_the_console_hook_is_windows_only_and_harmless_elsewhere():
    hook = WINDOWS / "rthook_console.py"
    code = compile(hook.read_text(encoding="utf-8"), str(hook), "exec")
    if sys.platform != "win32":  # on Windows it would hide the test run's console
        exec(code, {})  # a no-op elsewhere
    spec = (ROOT / "packaging" / "reciprocity-desktop.spec").read_text(encoding="utf-8")
    assert (
        'runtime_hooks = [str(PACKAGING / "windows" / "rthook_console.py")] if sys.platform == "win32"'
        in spec
    )
