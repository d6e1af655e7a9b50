"""Killing the process in the middle of an import leaves the store intact and as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sync_helpers import add_prospect, dump_everything, fill_bulk, integrity_ok, new_store

from reciprocity_desktop.sync import export_file

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

_IMPORT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync import import_file

    store = open_store(sys.argv[1])
    written_enough = int(sys.argv[3])

    def progress(done, total):
        # The second half of the progress is the writing pass; stop well inside it.
        if done >= total // 2 + written_enough:
            print(f"MID {done} {total}", flush=True)
            time.sleep(120)
        return True

    import_file(store, sys.argv[2], progress=progress)
    print("DONE", flush=True)
    """
)


@pytest.fixture
def big_file(tmp_path):
    source = new_store(tmp_path / "source", "anna")
    fill_bulk(source, prospects=6000, gifts=9000, contacts_per_prospect=1)
    path = tmp_path / "big.rcsync"
    export_file(source, path)
    source.close()
    return path


def _target(tmp_path) -> Path:
    target = new_store(tmp_path / "target", "bob")
    add_prospect(target, "Bob's own prospect")
    path = target.path
    target.close()
    return path


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_sigkill_in_the_middle_of_writing_leaves_the_store_as_it_was(tmp_path, big_file):
    target = _target(tmp_path)
    before = dump_everything(target)
    script = tmp_path / "import_slowly.py"
    script.write_text(_IMPORT_SCRIPT)
    with subprocess.Popen(
        [sys.executable, str(script), str(target), str(big_file), "8000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
    ) as process:
        try:
            line = process.stdout.readline()
            assert line.startswith("MID"), (line, process.stderr.read() if process.poll() is not None else "")
            done, total = map(int, line.split()[1:])
            assert done >= total // 2 + 8000  # several batches were written inside the transaction
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == -signal.SIGKILL
    assert integrity_ok(target)
    assert dump_everything(target) == before


def test_sigkill_of_the_command_line_import_leaves_the_store_as_it_was(tmp_path, big_file):
    target = _target(tmp_path)
    before = dump_everything(target)
    backups = target.parent / "backups"
    with subprocess.Popen(
        [sys.executable, "-m", "reciprocity_desktop", "--db", str(target), "import", str(big_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
    ) as process:
        try:
            # The backup is taken right before the writing pass starts: kill shortly after it appears.
            deadline = time.monotonic() + 120
            while not (backups.exists() and any(backups.glob("*before-import*"))):
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline
                time.sleep(0.01)
            time.sleep(0.3)
            assert process.poll() is None, "the import finished before it could be killed; use a bigger file"
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == -signal.SIGKILL
    assert integrity_ok(target)
    assert dump_everything(target) == before
