"""Synthetic corpora for tests and benchmarks: new articles built from the bundled paragraphs.

Each article is a front-matter Markdown file whose paragraphs are drawn, with replacement,
from the paragraphs of the bundled seeds (as received, ``text_original``), so the text is real
opinion prose with its odd spaces and quotation marks. The same ``seed`` always gives the same
files, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import load_corpus

WRITERS = ("Ada Byrne", "Ben Cole", "Cy Ode", "Dee Park")
MIN_PARAGRAPHS = 8
MAX_PARAGRAPHS = 20
FIRST_DATE = dt.date(2026, 1, 1)


def seed_paragraphs() -> list[str]:
    """The paragraphs of the bundled seeds as received, in corpus order."""
    return load_corpus().paragraphs["text_original"].tolist()


def synthetic_articles(n_articles: int, seed: int = 0,
                       paragraphs: Sequence[str] | None = None) -> Iterator[tuple[str, str]]:
    """``(file name, file text)`` for ``n_articles`` front-matter articles.

    Writers rotate through ``WRITERS``; each article has ``MIN_PARAGRAPHS`` to
    ``MAX_PARAGRAPHS`` paragraphs drawn from ``paragraphs`` (default: the seeds').
    """
    pool = list(paragraphs) if paragraphs is not None else seed_paragraphs()
    draw = random.Random(seed)
    for number in range(1, n_articles + 1):
        body = draw.choices(pool, k=draw.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS))
        date = FIRST_DATE + dt.timedelta(days=number % 365)
        front = (f"---\ntitle: Synthetic column {number}\nauthor: {WRITERS[number % len(WRITERS)]}\n"
                 f"date: {date.isoformat()}\nid: synthetic-{number:06d}\n---\n\n")
        yield f"synthetic-{number:06d}.md", front + "\n\n".join(body) + "\n"


def write_synthetic_corpus(folder: Path, n_articles: int, seed: int = 0) -> list[Path]:
    """Write ``n_articles`` synthetic articles into ``folder`` (created if needed); return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in synthetic_articles(n_articles, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
