"""Marks on a sentence's text, rendered as properly nested HTML.

A ``Mark`` is a span of character offsets with a tag's attributes. Marks may overlap in any
way (an actor inside a quotation, a cue that starts inside an actor and ends after it), but
HTML elements must nest, so a mark that crosses another's boundary is split into fragments.
Only the first fragment carries the mark's ``first`` attributes (such as ``data-speaker``),
so counting elements with that attribute counts marks; every fragment carries ``data-row``,
which joins the fragments of one mark. An empty or out-of-range span still yields one
(empty) element, so no row is ever lost from the page.

All text and attribute values are escaped here: the texts are articles from anywhere.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

Attributes = Mapping[str, str]


@dataclass(frozen=True)
class Mark:
    """One annotation: ``text[start:end]`` wrapped in ``<span>``.

    ``row`` is unique among a sentence's marks and becomes every fragment's ``data-row``
    unless ``common`` gives one (so two marks of one table row can share it); ``first``
    attributes go on the first fragment only, ``common`` ones (class, title...) on all.
    """

    start: int
    end: int
    row: str
    common: Attributes = field(default_factory=dict)
    first: Attributes = field(default_factory=dict)


def attributes(values: Attributes) -> str:
    """``values`` as escaped HTML attributes, with a leading space when not empty."""
    return "".join(f' {name}="{html.escape(str(value), quote=True)}"'
                   for name, value in values.items())


def render_marked(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with every mark as nested ``<span>`` elements (see the module)."""
    clipped = [_clip(mark, len(text)) for mark in marks]
    spans = [mark for mark in clipped if mark.end > mark.start]
    points = [mark for mark in clipped if mark.end <= mark.start]
    boundaries = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans),
                         *(m.start for m in points)})
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[str] = set()
    for left, right in zip(boundaries, boundaries[1:] + [len(text)]):
        wanted = _opening_order(mark for mark in spans if mark.start <= left < mark.end)
        _close_to_common_prefix(stack, wanted, out)
        for mark in wanted[len(stack):]:
            out.append(_open(mark, mark.row not in opened))
            opened.add(mark.row)
            stack.append(mark)
        for mark in points:
            if mark.start == left and mark.row not in opened:
                out.append(_open(mark, True) + "</span>")
                opened.add(mark.row)
        out.append(html.escape(text[left:right], quote=False))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _clip(mark: Mark, length: int) -> Mark:
    start = min(max(mark.start, 0), length)
    end = min(max(mark.end, start), length)
    return Mark(start, end, mark.row, mark.common, mark.first)


def _opening_order(active: Iterable[Mark]) -> list[Mark]:
    # Longer marks open first so that shorter ones nest inside and split less often.
    return sorted(active, key=lambda mark: (mark.start, -mark.end, mark.row))


def _close_to_common_prefix(stack: list[Mark], wanted: list[Mark], out: list[str]) -> None:
    common = 0
    while common < min(len(stack), len(wanted)) and stack[common] is wanted[common]:
        common += 1
    while len(stack) > common:
        stack.pop()
        out.append("</span>")


def _open(mark: Mark, is_first: bool) -> str:
    values = {"data-row": mark.row, **mark.common, **(mark.first if is_first else {})}
    return f"<span{attributes(values)}>"
