"""Bounded, checked parsing of untrusted input: YAML front matter, JSON lines, field values.

Every function here raises ``Problem`` (a one-line description, without the file name, which
the caller adds) instead of letting a parser's own exception, a recursion limit or a memory
blow-up through:

* front matter is at most ``MAX_FRONT_MATTER_BYTES``, nests at most ``MAX_DEPTH`` levels, and
  may not use YAML aliases (``*name``: a few hundred bytes of them expand to gigabytes) or
  repeat a key; dates stay text, checked by the caller, so an impossible date is one line;
* a JSON line nests at most ``MAX_DEPTH`` levels and its numbers are finite and at most
  ``MAX_NUMBER_DIGITS`` digits (no ``NaN``);
* field values are text (or a plain number), without control characters or lone surrogates.

The readers turn a ``Problem`` into an ``InputError`` (``path: problem``, one line); loading
a corpus collects them into one ``CorpusError``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_DEPTH = 32
MAX_NUMBER_DIGITS = 100
# Shown of a bad value in an error line.
SHOWN_CHARS = 40
# C0 and C1 control characters other than white space (tab, line ends, form feed, NEL), and
# lone surrogates (which only escapes such as JSON's "\ud800" can produce).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
# What pandas reads back from a CSV as a missing value: a writer or title spelled so would
# vanish from the exported tables.
MISSING_SPELLINGS = frozenset({"#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
                               "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None",
                               "n/a", "nan", "null"})


class Problem(ValueError):
    """One problem with an input, worded for the user, without the file name."""


class InputError(Exception):
    """A problem with one input file, reported as ``path: problem`` on one line."""

    def __init__(self, path: Path | str, problem: str):
        # A file name that is not UTF-8 reaches Python with surrogates; show its bytes instead.
        self.path = os.fsencode(path).decode("utf-8", "backslashreplace")
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CorpusError(Exception):
    """Every problem found while loading, one ``InputError`` per bad file or row."""

    def __init__(self, errors: Sequence[InputError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


# libyaml's parser when PyYAML was built with it: the same values, seven times faster.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader, with timestamps left as text (an impossible date would raise)."""


def _bounded_yaml_int(loader: Any, node: Any) -> int:
    if len(node.value) > MAX_NUMBER_DIGITS:
        raise Problem(f"front matter holds a number of {len(node.value)} digits; at most "
                      f"{MAX_NUMBER_DIGITS} (put text in quotes)")
    return loader.construct_yaml_int(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp",
                                   lambda loader, node: loader.construct_scalar(node))
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _bounded_yaml_int)


def load_front_matter(text: str) -> Any:
    """The value of a YAML front-matter block; ``Problem`` if it is malformed or hostile."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise Problem(f"front matter is larger than {MAX_FRONT_MATTER_BYTES // 1024} KB")
    try:
        _check_yaml_events(yaml.parse(text, Loader=_FrontMatterLoader))
        return yaml.load(text, Loader=_FrontMatterLoader)
    except Problem:
        raise
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "cannot be parsed"
        raise Problem(f"malformed YAML front matter{where}: {problem}") from None
    except (ValueError, OverflowError, RecursionError) as error:
        raise Problem(f"malformed YAML front matter: {_short(str(error), 80)}") from None


def _check_yaml_events(events: Any) -> None:
    """Refuse aliases, repeated keys and deep nesting, from the parser's events (which
    neither expand aliases nor build values)."""
    # One entry per open collection: for a mapping, [keys seen, whether a key comes next];
    # None for a sequence.
    open_collections: list[list | None] = []
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise Problem(f"front matter uses a YAML alias (*{event.anchor}); write the value out")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            open_collections.pop()
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            continue
        mapping = open_collections[-1] if open_collections else None
        if mapping is not None:
            keys, is_key = mapping
            if is_key and isinstance(event, yaml.ScalarEvent):
                if event.value in keys:
                    raise Problem(f"front matter gives '{_short(event.value)}' twice "
                                  f"(line {event.start_mark.line + 2})")
                keys.add(event.value)
            mapping[1] = not is_key
        if isinstance(event, yaml.MappingStartEvent):
            open_collections.append([set(), True])
        elif isinstance(event, yaml.SequenceStartEvent):
            open_collections.append(None)
        if len(open_collections) > MAX_DEPTH:
            raise Problem(f"front matter nests more than {MAX_DEPTH} levels deep")


def load_json_line(line: str) -> Any:
    """The value of one JSON line; ``Problem`` if it is malformed, too deep, or holds a number
    that is not finite or is too long."""
    try:
        return json.loads(line, parse_int=_bounded_int, parse_float=_finite_float,
                          parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise Problem(f"malformed JSON ({error.msg})") from None
    except RecursionError:
        raise Problem("malformed JSON (nested too deeply)") from None
    except ValueError as error:
        raise Problem(f"malformed JSON ({error})") from None


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise ValueError(f"a number of {len(text)} digits; at most {MAX_NUMBER_DIGITS}")
    return int(text)


def _finite_float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS:
        raise ValueError(f"a number of {len(text)} characters; at most {MAX_NUMBER_DIGITS}")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text} is too large")
    return value


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def text_field(value: object, name: str) -> str:
    """A field's value as stripped text: text as is, a whole or finite number as written,
    nothing as ""; ``Problem`` for anything else (a list, a mapping, true/false, NaN) and for
    text holding a control character."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Problem(f"'{name}' must be text, not {_kind(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise Problem(f"'{name}' must be text, not {value}")
    text = value.strip() if isinstance(value, str) else str(value)
    check_characters(text, name)
    return text


def check_characters(text: str, name: str) -> None:
    """``Problem`` if ``text`` holds a control character or a lone surrogate."""
    found = CONTROL_CHARACTERS.search(text)
    if found:
        what = "a lone surrogate" if "\ud800" <= found.group() <= "\udfff" else "a control character"
        raise Problem(f"'{name}' holds {what} (U+{ord(found.group()):04X}) at character "
                      f"{found.start() + 1}")


def check_not_missing(text: str, name: str) -> None:
    """``Problem`` if pandas would read ``text`` back from a CSV file as a missing value."""
    if text in MISSING_SPELLINGS:
        raise Problem(f"'{name}' is '{text}', which reads back from a table as a missing value")


def _kind(value: object) -> str:
    kinds = {bool: "true/false", list: "a list", dict: "a mapping"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _short(text: str, limit: int = SHOWN_CHARS) -> str:
    text = CONTROL_CHARACTERS.sub("\ufffd", text)
    return text if len(text) <= limit else text[:limit] + "…"


def shown(value: object) -> str:
    """A value as it may appear in an error line: short, one line, no control characters."""
    return _short(" ".join(str(value).split()))
