"""Which dictionaries a run uses: the bundled ones, or a corpus's own.

A dictionaries folder (``--dictionaries DIR``, or ``dictionaries = "DIR"`` in a corpus
folder's ``catalog.toml``) holds any of ``actors.toml``, ``blame_cues.toml``, ``frames.toml``,
``certainty.toml`` and ``tone_domain.toml``; each file there replaces the bundled file of the
same name, and the others stay bundled. The formats are the bundled files' (documented in
each file's header and in docs/dictionaries.md).

``Dictionaries`` names the file each dictionary comes from and loads it with the measure's own
loader (each caches per file); ``check`` loads them all up front, so that a bad dictionary is
one ``error:`` line naming the file before anything is read or written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .._plumbing.paths import DATA_DIR

if TYPE_CHECKING:
    from .._plumbing.matching import PatternSet
    from .actors import ActorDictionary
    from .blame_cues import Cues
    from .sourcing import CertaintyPatterns

DICTIONARY_NAMES = ("actors", "blame_cues", "frames", "certainty", "tone_domain")


class DictionaryError(Exception):
    """A dictionaries folder or file that cannot be used; the message names it."""


@dataclass(frozen=True)
class Dictionaries:
    """The dictionaries of a run: ``folder``'s files where it has them, else the bundled."""

    folder: Path | None = None

    def path(self, name: str) -> Path:
        """The file dictionary ``name`` is read from."""
        if name not in DICTIONARY_NAMES:
            raise ValueError(f"unknown dictionary '{name}'")
        if self.folder is not None and (self.folder / f"{name}.toml").is_file():
            return self.folder / f"{name}.toml"
        return DATA_DIR / f"{name}.toml"

    def paths(self) -> dict[str, Path]:
        return {name: self.path(name) for name in DICTIONARY_NAMES}

    def own(self) -> list[str]:
        """The dictionaries the folder replaces."""
        return [name for name in DICTIONARY_NAMES if self.path(name).parent != DATA_DIR]

    def actors(self) -> ActorDictionary:
        from .actors import load_actors

        return load_actors(self.path("actors"))

    def cues(self) -> Cues:
        from .blame_cues import load_cues

        return load_cues(self.path("blame_cues"))

    def frame_patterns(self) -> PatternSet:
        from .framing import frame_patterns

        if self.path("frames").parent == DATA_DIR:
            return frame_patterns()
        return _frame_patterns(self.path("frames"))

    def certainty_patterns(self) -> CertaintyPatterns:
        from .sourcing import certainty_patterns

        if self.path("certainty").parent == DATA_DIR:
            return certainty_patterns()
        return _certainty_patterns(self.path("certainty"))

    def tone_lexicon(self) -> Path:
        return self.path("tone_domain")


@lru_cache(maxsize=4)
def _frame_patterns(path: Path) -> PatternSet:
    from .framing import frame_patterns, load_frame_dictionary

    return frame_patterns(load_frame_dictionary(path))


@lru_cache(maxsize=4)
def _certainty_patterns(path: Path) -> CertaintyPatterns:
    from .sourcing import certainty_patterns, load_certainty_lexicon

    return certainty_patterns(load_certainty_lexicon(path))


def dictionaries_folder(folder: Path | None) -> Dictionaries:
    """``Dictionaries`` for a folder given by a user, checked: it must exist, be a folder and
    hold at least one dictionary file; every file in it is loaded once (``check``)."""
    if folder is None:
        return Dictionaries()
    folder = Path(folder)
    if not folder.is_dir():
        raise DictionaryError(f"{folder}: no such dictionaries folder")
    found = [name for name in DICTIONARY_NAMES if (folder / f"{name}.toml").is_file()]
    if not found:
        raise DictionaryError(f"{folder}: holds none of "
                              + ", ".join(f"{name}.toml" for name in DICTIONARY_NAMES))
    dictionaries = Dictionaries(folder)
    check(dictionaries)
    return dictionaries


def catalog_dictionaries(sources: Sequence[Path]) -> Path | None:
    """The dictionaries folder that a corpus folder's ``catalog.toml`` names
    (``dictionaries = "dictionaries"``, relative to the catalog and inside its folder), or
    None when no catalog names one. Catalogs naming different folders are an error."""
    from .actors import read_toml

    named: set[Path] = set()
    for source in map(Path, sources):
        catalog = source / "catalog.toml"
        if not catalog.is_file():
            continue
        try:
            value = read_toml(catalog).get("dictionaries")
        except ValueError:
            continue  # the corpus reader reports a broken catalog, with its line
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise DictionaryError(f"{catalog}: dictionaries must be a folder name")
        folder = (source / value).resolve()
        if not folder.is_relative_to(source.resolve()):
            raise DictionaryError(f"{catalog}: dictionaries folder '{value}' lies outside the "
                                  "catalog's folder")
        named.add(folder)
    if len(named) > 1:
        raise DictionaryError("the catalogs name different dictionaries folders: "
                              + ", ".join(sorted(map(str, named))) + "; choose one with --dictionaries")
    return named.pop() if named else None


def check(dictionaries: Dictionaries) -> None:
    """Load every dictionary; ``DictionaryError`` naming the first bad file and its problem."""
    from .tone import load_domain_lexicon

    loaders = {"actors": dictionaries.actors, "blame_cues": dictionaries.cues,
               "frames": dictionaries.frame_patterns, "certainty": dictionaries.certainty_patterns,
               "tone_domain": lambda: load_domain_lexicon(dictionaries.tone_lexicon())}
    for name, load in loaders.items():
        path = dictionaries.path(name)
        try:
            load()
        except (ValueError, KeyError, TypeError, re.error) as error:
            message = str(error.args[0]) if error.args else type(error).__name__
            raise DictionaryError(message if message.startswith(str(path)) else f"{path}: {message}") from None
