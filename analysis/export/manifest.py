"""``manifest.json``: what made an output folder, and the mark that this tool made it.

Every folder that ``export`` (or ``report --corpus``) writes holds a ``manifest.json``:

* ``tool`` ("oped-compare"), ``package_version``, ``created_by`` (``CREATED_BY``, the marker),
  and ``command``: the arguments as given;
* ``inputs``: every file read, as named from the command line, with its SHA-256;
* ``dictionaries``: each dictionary file in use (``name``, ``path`` relative to the package,
  ``version`` if the file declares one, ``sha256``);
* ``versions``: of vaderSentiment, textstat and spaCy, and ``spacy_pipeline`` (the installed
  English pipeline's name and version), each null when not installed.

It holds no time stamps and nothing that depends on where the project is installed, so the
same command on the same inputs writes the same manifest.

The manifest is also what lets ``--out`` replace a folder: ``check_output_folder`` allows only
a folder holding this tool's manifest, or an empty one, and never one that is, holds or lies
inside an input.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from .._plumbing.paths import DATA_DIR, PROJECT_ROOT
from ..corpus import InputError

MANIFEST_NAME = "manifest.json"
TOOL = "oped-compare"
CREATED_BY = "written by oped-compare; --out may replace this folder"
# A manifest larger than this is not one of ours.
MAX_MANIFEST_BYTES = 16 << 20
HASH_CHUNK_BYTES = 1 << 20


def bundled_dictionaries() -> dict[str, Path]:
    """The dictionary files shipped with the package, by name (file stem)."""
    return {path.stem: path for path in sorted(DATA_DIR.glob("*.toml"))}


def dictionary_entries(paths: Mapping[str, Path]) -> list[dict[str, Any]]:
    """One manifest entry per dictionary file: name, path (relative to the project when it
    lies inside it), version (the file's ``version`` or ``dictionary_version`` key, if any)
    and SHA-256."""
    entries = []
    for name, path in paths.items():
        data = Path(path).read_bytes()
        entries.append({"name": name, "path": _display_path(Path(path)),
                        "version": _declared_version(data), "sha256": hashlib.sha256(data).hexdigest()})
    return entries


def input_entries(files: Iterable[Path]) -> list[dict[str, str]]:
    """One entry per input file: its path as named (relative to the project if it is an
    absolute path inside it, such as the bundled seeds) and its SHA-256."""
    return [{"path": _display_path(path) if path.is_absolute() else str(path),
             "sha256": file_sha256(path)} for path in files]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def library_versions() -> dict[str, Any]:
    """Versions of the libraries whose output the tables depend on (null: not installed)."""
    return {"vaderSentiment": _version("vaderSentiment"), "textstat": _version("textstat"),
            "spacy": _version("spacy"), "spacy_pipeline": _spacy_pipeline()}


def build_manifest(command: Sequence[str], inputs: Iterable[Path],
                   dictionaries: Mapping[str, Path] | None = None) -> dict[str, Any]:
    """The manifest of an output folder (see the module docstring)."""
    return {"tool": TOOL, "package_version": _version(TOOL), "created_by": CREATED_BY,
            "command": list(command), "inputs": input_entries(inputs),
            "dictionaries": dictionary_entries(dictionaries if dictionaries is not None
                                               else bundled_dictionaries()),
            "versions": library_versions()}


def write_manifest(folder: Path, manifest: Mapping[str, Any]) -> Path:
    """Write ``manifest.json`` into ``folder`` (a staging folder: no atomic rename needed)."""
    target = Path(folder) / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return target


def is_tool_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a manifest written by this tool."""
    manifest = Path(folder) / MANIFEST_NAME
    try:
        if manifest.is_symlink() or not manifest.is_file() or manifest.stat().st_size > MAX_MANIFEST_BYTES:
            return False
        content = json.loads(manifest.read_bytes())
    except (OSError, ValueError, RecursionError):
        return False
    # The marker's wording may change between versions; its opening words stay.
    if not isinstance(content, dict):
        return False
    created_by = content.get("created_by")
    return (content.get("tool") == TOOL and isinstance(created_by, str)
            and created_by.startswith(f"written by {TOOL}"))


def check_output_folder(out: Path, inputs: Sequence[Path]) -> None:
    """Raise ``InputError`` unless ``out`` may be written: it does not exist yet, or it is an
    empty folder or one this tool wrote (holding its manifest); and it is not the root, a
    mount point or the current folder, and is not, does not hold and does not lie inside any
    of ``inputs``."""
    try:
        _check_output_folder(Path(out), inputs)
    except OSError as error:
        raise InputError(out, f"cannot be checked ({error.strerror or error}); choose another "
                              "--out") from None


def _check_output_folder(out: Path, inputs: Sequence[Path]) -> None:
    if out.is_symlink():
        raise InputError(out, "is a symbolic link; give --out a real folder path")
    try:
        resolved = out.resolve()
    except (OSError, RuntimeError) as error:
        raise InputError(out, f"cannot be resolved ({error}); choose another --out") from None
    if resolved == Path(resolved.anchor) or os.path.ismount(resolved):
        raise InputError(out, "is the root of a file system or a mount point, which --out never "
                              "replaces; give a folder inside it, e.g. --out "
                              f"{out / 'tables'}")
    if resolved == Path.cwd().resolve():
        raise InputError(out, "is the current folder, which --out never replaces; give a new "
                              "folder, e.g. --out tables")
    for source in inputs:
        _check_apart(out, resolved, Path(source))
    if not out.exists():
        return
    if not out.is_dir():
        raise InputError(out, "exists and is not a folder; choose another --out")
    if not is_tool_folder(out) and _has_entries(out):
        raise InputError(out, f"is a folder this tool did not write (it has no {MANIFEST_NAME} of "
                              "oped-compare), so --out will not replace it; choose a new or "
                              "empty folder, or move it away yourself")


def _check_apart(out: Path, resolved: Path, source: Path) -> None:
    source_resolved = source.resolve()
    if resolved == source_resolved:
        raise InputError(out, f"is the input {source}; --out must be a folder apart from every "
                              "--corpus input")
    if resolved in source_resolved.parents:
        raise InputError(out, f"holds the input {source}; --out must be a folder apart from "
                              "every --corpus input")
    if source_resolved in resolved.parents:
        raise InputError(out, f"lies inside the input {source}; --out must be a folder apart "
                              "from every --corpus input")


def _has_entries(folder: Path) -> bool:
    try:
        return next(os.scandir(folder), None) is not None
    except OSError as error:
        raise InputError(folder, f"cannot be read ({error.strerror}); choose another --out") from None


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


def _declared_version(data: bytes) -> Any:
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return document.get("version", document.get("dictionary_version"))


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _spacy_pipeline() -> dict[str, str] | None:
    """The installed English pipeline (name and version), found without loading spaCy."""
    if _version("spacy") is None:
        return None
    names = sorted(dist.metadata["Name"] for dist in metadata.distributions()
                   if (dist.metadata["Name"] or "").replace("-", "_").startswith("en_core_"))
    if not names:
        return None
    return {"name": names[0].replace("-", "_"), "version": _version(names[0])}
