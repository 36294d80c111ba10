"""Atomic file writes: a temporary file beside the target, renamed into place on success.

A failed run leaves the previous file (or nothing) behind, never half a file. The temporary
file gets ordinary permissions (0644 less the umask) rather than mkstemp's private 0600, so
figures and reports stay readable by whoever could read the folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success, rename it onto ``target``."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o644 & ~umask)
    try:
        yield Path(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, text: str) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding="utf-8")


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary_path)`` and move the result onto ``target``."""
    with atomic_path(target) as temporary:
        write(temporary)


# ---------------------------------------------------------------------------------------
# Whole folders
#
# A folder is built under a staging name beside its target and renamed into place. Staging
# folders are named after the process that made them, and hold a marker file, so that a later
# run can tell the debris of a killed run (its process is gone) from a folder in use by a
# run still going, and from anything else.

STAGING_MARKER = ".oped-compare-staging"
_STAGING_INFIX = ".oped-staging-"


class atomic_directory:
    """Build a folder under a temporary name beside ``target``; rename it into place on success.

    The staging folders of earlier runs that were killed (whose process is gone) are removed
    first. An existing ``target`` is replaced; whether it may be is the caller's to decide
    (``analysis.export.manifest.check_output_folder``).
    """

    def __init__(self, target: Path):
        self.target = Path(target)

    def __enter__(self) -> Path:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(self.target)
        self.staging = _staging_folder(self.target, "new")
        return self.staging

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        try:
            (self.staging / STAGING_MARKER).unlink()
            os.chmod(self.staging, 0o755)
            if self.target.exists():
                _swap(self.staging, self.target)
            else:
                os.replace(self.staging, self.target)
        except BaseException:
            shutil.rmtree(self.staging, ignore_errors=True)
            raise


def _swap(new: Path, target: Path) -> None:
    """Replace the folder ``target`` by ``new``, putting ``target`` back if that fails."""
    retired = _staging_folder(target, "old")
    os.replace(target, retired / "previous")
    try:
        os.replace(new, target)
    except BaseException:
        # If this fails too, the marked folder stays, and the next run puts it back.
        os.replace(retired / "previous", target)
        shutil.rmtree(retired, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _staging_folder(target: Path, kind: str) -> Path:
    prefix = f".{target.name}{_STAGING_INFIX}{os.getpid()}-{kind}-"
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
    (folder / STAGING_MARKER).touch()
    return folder


def remove_stale_staging(target: Path) -> list[Path]:
    """Remove the staging folders beside ``target`` left by runs whose process is gone; only
    folders named and marked as staging folders are touched. Returns those removed."""
    removed = []
    prefix = f".{target.name}{_STAGING_INFIX}"
    try:
        candidates = [path for path in target.parent.iterdir() if path.name.startswith(prefix)]
    except OSError:
        return removed
    for path in candidates:
        pid = path.name[len(prefix):].split("-", 1)[0]
        if (pid.isdigit() and not _process_alive(int(pid)) and not path.is_symlink()
                and path.is_dir() and _is_staging(path)):
            if (path / "previous").is_dir() and not os.path.lexists(target):
                # Killed between the two renames of _swap: the previous folder goes back.
                os.replace(path / "previous", target)
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _is_staging(path: Path) -> bool:
    """Whether ``path`` holds the marker every staging folder is made with."""
    marker = path / STAGING_MARKER
    return marker.is_file() and not marker.is_symlink()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
