"""packaging/linux: the desktop entry, the AppStream metainfo, the MIME type and the icons.

The validators (desktop-file-validate from desktop-file-utils, appstreamcli from appstream) run when they are
installed (``.ci/run`` installs them as root); the rest is read here.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.reciprocity.ReciprocityDesktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-reciprocity-sync"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_sync_files_with_the_program():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"] == "reciprocity-desktop %f"  # the file manager hands one .rcsync file over
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    for lang in ("de", "nl", "sl"):
        assert entry[f"Comment[{lang}]"] and entry[f"GenericName[{lang}]"]


def test_metainfo_names_the_desktop_entry_the_binary_and_the_mime_type():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "reciprocity-desktop"
    assert component.findtext("provides/mediatype") == MIME_TYPE


def test_metainfo_lists_this_version_as_its_newest_release():
    from reciprocity_desktop import __version__

    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest.get("version") == __version__  # add a <release> when the version changes


def test_mime_type_matches_rcsync_by_name_and_the_encrypted_file_by_its_magic():
    from reciprocity_desktop.sync.crypto import MAGIC
    from reciprocity_desktop.ui.sync.shared import SYNC_SUFFIX

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [mime_type] = ET.parse(MIME).getroot().findall("m:mime-type", ns)
    assert mime_type.get("type") == MIME_TYPE
    assert mime_type.find("m:glob", ns).get("pattern") == f"*{SYNC_SUFFIX}"
    magic = mime_type.find("m:magic/m:match", ns).get("value")
    assert magic.encode().decode("unicode_escape").encode() == MAGIC


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_mime_database_takes_the_type(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy2(MIME, packages / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True)
    assert f"{MIME_TYPE}:*.rcsync" in (tmp_path / "mime" / "globs2").read_text()


def test_icons_from_16_to_512_pixels():
    sizes = {}
    for png in (LINUX / "icons").glob("*.png"):
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        sizes[png.stem] = struct.unpack(">II", head[16:24])
    expected = (16, 22, 24, 32, 48, 64, 128, 256, 512)
    assert sizes == {f"{n}x{n}": (n, n) for n in expected}


def test_the_window_names_the_desktop_entry_it_is_installed_as():
    """Wayland finds the window's icon and name through the desktop file name the application gives."""
    from reciprocity_desktop.ui import app

    assert (LINUX / f"{app.DESKTOP_FILE_NAME}.desktop").is_file()
