"""Every measure for a corpus, as the tables that ``export`` writes.

Per-article measures are functions of one article's rows, so they can run article by article;
corpus-level steps (comparisons across writers) run after.
"""

from __future__ import annotations

import pandas as pd

from .blame import blame_table
from .corpus import Corpus
from .framing import frames_table
from .keyness import keyness_table
from .readability import article_readability
from .sourcing import quotes_table, sourcing_measures
from .tone import article_tone, with_tone


def export_tables(corpus: Corpus, domain_tone: bool = False) -> dict[str, pd.DataFrame]:
    """The export tables, by file name (without .csv), in a fixed order.

    ``domain_tone`` adds the domain-lexicon tone columns (prefixed ``domain_``) beside the
    stock VADER ones; it never replaces them.
    """
    sentences = with_tone(corpus.sentences, domain=domain_tone)
    articles = corpus.articles.merge(article_tone(sentences), on="article_id", how="left")
    if domain_tone:
        articles = articles.merge(article_tone(sentences, prefix="domain_"), on="article_id", how="left")
    articles = articles.merge(article_readability(corpus.paragraphs, corpus.sentences),
                              on="article_id", how="left")
    articles = articles.merge(sourcing_measures(corpus.articles, corpus.paragraphs, corpus.sentences),
                              on="article_id", how="left")
    paragraphs = corpus.paragraphs.drop(columns=["text_original"])
    return {"articles": articles, "paragraphs": paragraphs, "sentences": sentences,
            "blame": blame_table(corpus.sentences), "frames": frames_table(corpus.paragraphs),
            "quotes": quotes_table(corpus.sentences), "keyness": keyness_table(corpus.sentences)}
