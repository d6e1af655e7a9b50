"""Build Reciprocity Desktop for this system: the PyInstaller one-folder bundle in dist/, and what goes with it.

    python packaging/build.py                 # dist/reciprocity-desktop/ (+ the .tar.gz on Linux)
    python packaging/build.py --dist DIR      # somewhere else (the slow test builds into a temp folder)

Needs PyInstaller in the running Python, beside the program: ``pip install -e ".[packaging]"``.

- Linux: ``dist/reciprocity-desktop-VERSION-linux-ARCH.tar.gz``: the bundle, the desktop entry, the AppStream
  metainfo, the MIME type, the icons, ``install.sh`` and ``INSTALL.txt``.
- Windows: the bundle; with Inno Setup's ``iscc`` on PATH also the installer
  (``packaging/windows/reciprocity-desktop.iss`` with ``/DAppVersion=VERSION``) in dist/.
- macOS: ``dist/Reciprocity Desktop.app`` (the spec's BUNDLE), its icon made from the PNGs with ``iconutil``.

It prints the bundle's size; on Linux it fails above 200 MiB (the issue's limit).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "reciprocity-desktop.spec"
LINUX = PACKAGING / "linux"
APP_ID = "org.reciprocity.ReciprocityDesktop"
LINUX_LIMIT_MIB = 200

INSTALL_TXT = """\
Reciprocity Desktop {version} for Linux ({arch})
================================================

This folder holds the whole program; it needs no Python and installs nothing system-wide.

Install for your user (a menu entry, the icon, and .rcsync files opening the sync import):

    ./install.sh

It copies the program to ~/.local/opt/reciprocity-desktop, links ~/.local/bin/reciprocity-desktop, and puts
the desktop entry, the AppStream metainfo, the MIME type and the icons under ~/.local/share.
`./install.sh --uninstall` takes all of it away again (your store stays in ~/.local/share/Reciprocity Desktop).

Or run it from here without installing:

    ./reciprocity-desktop/reciprocity-desktop            # the window
    ./reciprocity-desktop/reciprocity-desktop --help     # the commands

The bundle carries Qt and its X11 helper libraries. From the system it needs glibc, OpenGL/EGL and libxcb,
which every desktop has; on a minimal system (Debian/Ubuntu names):

    sudo apt-get install libgl1 libegl1 libxcb1
    sudo apt-get install libwayland-client0 libwayland-cursor0 libwayland-egl1     # on Wayland

The command line (reciprocity-desktop demo, print-day, sync ...) needs none of them.
"""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from reciprocity_desktop import __version__

    return __version__


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    print("build:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def linux_archive(dist: Path, bundle: Path, version_: str) -> Path:
    arch = platform.machine()
    name = f"reciprocity-desktop-{version_}-linux-{arch}"
    archive = dist / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        top = Path(scratch) / name
        top.mkdir()
        shutil.copytree(bundle, top / "reciprocity-desktop", symlinks=True)
        share = top / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
        (share / "metainfo").mkdir()
        shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
        (share / "mime" / "packages").mkdir(parents=True)
        shutil.copy2(LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
        for png in sorted((LINUX / "icons").glob("*.png")):
            target = share / "icons" / "hicolor" / png.stem / "apps"
            target.mkdir(parents=True)
            shutil.copy2(png, target / f"{APP_ID}.png")
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / "reciprocity.svg", scalable / f"{APP_ID}.svg")
        shutil.copy2(LINUX / "install.sh", top / "install.sh")
        (top / "INSTALL.txt").write_text(INSTALL_TXT.format(version=version_, arch=arch), encoding="utf-8")
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(top, arcname=name)
    return archive


def windows_installer(dist: Path, version_: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("build: Inno Setup (iscc) is not on PATH: no installer, only the bundle", flush=True)
        return None
    script = PACKAGING / "windows" / "reciprocity-desktop.iss"
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version_}",
            f"/DSourceDir={dist / 'reciprocity-desktop'}",
            f"/O{dist}",
            str(script),
        ],
        check=True,
    )
    return dist / f"reciprocity-desktop-{version_}-setup.exe"


def macos_icon() -> None:
    """packaging/macos/reciprocity-desktop.icns from the PNGs (the spec uses it when it is there)."""
    icns = PACKAGING / "macos" / "reciprocity-desktop.icns"
    if icns.is_file() or shutil.which("iconutil") is None:
        return
    with tempfile.TemporaryDirectory() as scratch:
        iconset = Path(scratch) / "reciprocity-desktop.iconset"
        iconset.mkdir()
        for size in (16, 32, 128, 256, 512):
            shutil.copy2(LINUX / "icons" / f"{size}x{size}.png", iconset / f"icon_{size}x{size}.png")
            double = LINUX / "icons" / f"{size * 2}x{size * 2}.png"
            if double.is_file():
                shutil.copy2(double, iconset / f"icon_{size}x{size}@2x.png")
        icns.parent.mkdir(exist_ok=True)
        subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(icns)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)"
    )
    parser.add_argument("--work", type=Path, default=None, help="PyInstaller's work folder (default: build/)")
    parser.add_argument(
        "--no-archive", action="store_true", help="only the bundle (no .tar.gz, no installer)"
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    work: Path = (args.work or ROOT / "build" / "pyinstaller").resolve()
    version_ = version()
    if sys.platform == "darwin":
        macos_icon()
    run_pyinstaller(dist, work)
    bundle = dist / "reciprocity-desktop"
    size = folder_size(bundle)
    print(f"build: {bundle} ({mib(size)})", flush=True)
    if sys.platform.startswith("linux"):
        if size > LINUX_LIMIT_MIB * 2**20:
            print(f"build: the bundle is over {LINUX_LIMIT_MIB} MiB", file=sys.stderr)
            return 1
        if not args.no_archive:
            archive = linux_archive(dist, bundle, version_)
            print(f"build: {archive} ({mib(archive.stat().st_size)})", flush=True)
    elif sys.platform == "win32" and not args.no_archive:
        installer = windows_installer(dist, version_)
        if installer:
            print(f"build: {installer}", flush=True)
    elif sys.platform == "darwin":
        print(f"build: {dist / 'Reciprocity Desktop.app'}", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
