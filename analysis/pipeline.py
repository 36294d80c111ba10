"""Every measure for a corpus, as the tables that ``export`` writes.

Per-article measures are functions of one article's rows, so they can run article by article;
corpus-level steps (comparisons across writers) run after.
"""

from __future__ import annotations

import pandas as pd

from .corpus import Corpus
from .readability import article_readability


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The export tables, by file name (without .csv), in a fixed order."""
    articles = corpus.articles.merge(article_readability(corpus.paragraphs, corpus.sentences),
                                     on="article_id", how="left")
    paragraphs = corpus.paragraphs.drop(columns=["text_original"])
    return {"articles": articles, "paragraphs": paragraphs, "sentences": corpus.sentences}
