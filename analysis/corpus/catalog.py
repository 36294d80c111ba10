"""Catalogs (``catalog.toml``): the files a folder lists, checked against their SHA-256, and the
cleaning rules an entry declares (``drop_line``, ``drop_from``, ``join_continuations``)."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .checks import (
    InputError,
    shown,
)
from .readers import (
    RawArticle,
    RemovedLine,
    Unit,
    _id_from_file_name,
    _paragraphs,
    _sha256,
    _validated_fields,
    normalise,
    read_text,
)

CATALOG_NAME = "catalog.toml"

CLEANING_RULES = ("drop_line", "drop_from", "join_continuations")


def _catalog_units(catalog_path: Path) -> Iterator[Unit | InputError]:
    """One unit per catalog entry, so a bad entry does not stop the others."""
    try:
        catalog = tomllib.loads(read_text(catalog_path))
    except (ValueError, RecursionError) as error:  # TOMLDecodeError is a ValueError
        yield InputError(catalog_path, f"malformed TOML: {shown(error) if str(error) else 'nested too deeply'}")
        return
    except InputError as error:
        yield error
        return
    entries = catalog.get("articles")
    if not isinstance(entries, list) or not entries:
        yield InputError(catalog_path, "no [[articles]] entries")
        return
    for number, entry in enumerate(entries, start=1):
        yield _catalog_entry_articles(catalog_path, number, entry)


def _catalog_entry_articles(catalog_path: Path, number: int, entry: object) -> Unit:
    yield _read_catalog_entry(catalog_path, number, entry)


def _read_catalog_entry(catalog_path: Path, number: int, entry: object) -> RawArticle:
    where = f"article {number}: "
    _check_catalog_entry(catalog_path, entry, where)
    assert isinstance(entry, dict)
    fields = _validated_fields(catalog_path, entry, prefix=where)
    path = _catalog_file(catalog_path, entry["file"], where)
    if not os.path.lexists(path):
        raise InputError(path, f"listed in {catalog_path.name} but no such file")
    text = read_text(path)
    expected = entry.get("sha256")
    if expected and _sha256(path) != expected:
        raise InputError(path, f"SHA-256 differs from {catalog_path.name}: the raw file was changed")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept, removed = apply_line_rules(path, lines, entry.get("cleaning", []))
    paragraphs = _paragraphs("\n".join(line or "" for line in kept))
    if any(rule.get("rule") == "join_continuations" for rule in entry.get("cleaning", [])):
        paragraphs, joins = join_continuations(paragraphs, _rule_reason(entry, "join_continuations"))
        if not joins:
            raise InputError(path, "cleaning rule join_continuations matched no paragraph")
        removed += joins
    if not paragraphs:
        raise InputError(path, "no body text left after cleaning")
    return RawArticle(article_id=fields["id"] or _id_from_file_name(path), author=fields["author"],
                      date=fields["date"], title=fields["title"], source_path=path,
                      paragraphs=paragraphs, outlet=fields["outlet"], url=fields["url"],
                      removed=removed)


def _check_catalog_entry(catalog_path: Path, entry: object, where: str) -> None:
    """The types a catalog entry's fields must have (beyond the article fields)."""
    if not isinstance(entry, dict):
        raise InputError(catalog_path, f"{where}must be a table ([[articles]] with fields)")
    file = entry.get("file")
    if not isinstance(file, str) or not file.strip():
        raise InputError(catalog_path, f"{where}missing required field: file (the file's name, "
                                       "relative to the catalog)")
    if not isinstance(entry.get("sha256", ""), str):
        raise InputError(catalog_path, f"{where}sha256 must be text")
    rules = entry.get("cleaning", [])
    if not isinstance(rules, list) or not all(isinstance(rule, dict) for rule in rules):
        raise InputError(catalog_path, f"{where}cleaning must be a list of [[articles.cleaning]] tables")
    for number, rule in enumerate(rules, start=1):
        for key in ("rule", "pattern", "reason"):
            if not isinstance(rule.get(key, ""), str):
                raise InputError(catalog_path, f"{where}cleaning rule {number}: {key} must be text")


def _catalog_file(catalog_path: Path, name: str, where: str) -> Path:
    """The file a catalog entry names, which must lie in the catalog's folder (or below)."""
    folder = catalog_path.parent
    path = folder / name
    try:
        inside = Path(name).is_absolute() is False and path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        inside = False
    if not inside:
        raise InputError(catalog_path, f"{where}file '{shown(name)}' lies outside the catalog's "
                                       "folder; catalogs may list only files beside or below them")
    return path


def _catalog_files(catalog_path: Path) -> list[Path]:
    try:
        entries = tomllib.loads(read_text(catalog_path)).get("articles", [])
    except (InputError, ValueError, RecursionError):
        return [catalog_path]
    files = [catalog_path]
    for entry in entries if isinstance(entries, list) else []:
        try:
            _check_catalog_entry(catalog_path, entry, "")
            files.append(_catalog_file(catalog_path, entry["file"], ""))
        except InputError:
            continue
    return files


def apply_line_rules(path: Path, lines: list[str], rules: Iterable[dict]
                     ) -> tuple[list[str | None], list[RemovedLine]]:
    """Apply drop_line and drop_from rules; removed lines become ``None`` (a paragraph break)."""
    kept: list[str | None] = list(lines)
    removed: list[RemovedLine] = []
    for number, rule in enumerate(rules, start=1):
        name = rule.get("rule")
        if name not in CLEANING_RULES:
            raise InputError(path, f"cleaning rule {number}: unknown rule '{name}' "
                                   f"(use one of {', '.join(CLEANING_RULES)})")
        if name == "join_continuations":
            continue
        try:
            pattern = re.compile(rule["pattern"])
        except (KeyError, re.error) as error:
            raise InputError(path, f"cleaning rule {number}: bad or missing pattern ({error})") from None
        hits = [i for i, line in enumerate(kept)
                if line is not None and pattern.fullmatch(normalise(line))]
        if not hits:
            raise InputError(path, f"cleaning rule {number} ({name} '{shown(rule['pattern'])}') "
                                   "matched no line")
        if name == "drop_from":
            hits = [i for i in range(hits[0], len(kept)) if kept[i] is not None]
        for i in hits:
            if normalise(kept[i]):
                removed.append(RemovedLine(i + 1, name, rule.get("reason", ""), kept[i]))
            kept[i] = None
    removed.sort(key=lambda line: line.line_no)
    return kept, removed


def join_continuations(paragraphs: list[str], reason: str) -> tuple[list[str], list[RemovedLine]]:
    """Join every paragraph that begins in lower case to the one before it."""
    joined: list[str] = []
    joins: list[RemovedLine] = []
    for paragraph in paragraphs:
        starts_lower = normalise(paragraph)[:1].islower()
        if joined and starts_lower:
            joined[-1] = f"{joined[-1]} {paragraph}"
            joins.append(RemovedLine(0, "join_continuations", reason,
                                     f"paragraph break before: {paragraph[:60]}…"))
        else:
            joined.append(paragraph)
    return joined, joins


def _rule_reason(entry: dict, name: str) -> str:
    return next((rule.get("reason", "") for rule in entry.get("cleaning", [])
                 if rule.get("rule") == name), "")
