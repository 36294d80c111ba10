"""Figures about the corpus itself."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from . import corpus_label, finish, new_figure, points_and_box, source_line, writer_colours


def plot_lengths(corpus) -> Figure:
    """Sentence and paragraph length per writer, every sentence and paragraph shown."""
    colours = writer_colours(corpus.authors)
    fig, (left, right) = new_figure(10, 4.2, ncols=2)
    sentences = {a: corpus.sentences.loc[corpus.sentences["author"] == a, "n_words"] for a in corpus.authors}
    paragraphs = {a: corpus.paragraphs.loc[corpus.paragraphs["author"] == a, "n_words"] for a in corpus.authors}
    points_and_box(left, sentences, colours, "words per sentence")
    points_and_box(right, paragraphs, colours, "words per paragraph")
    right.set_yticklabels([])
    left.set_title("Sentences")
    right.set_title("Paragraphs")
    medians = {a: float(s.median()) for a, s in sentences.items()}
    longest = max(medians, key=medians.get)
    others = ", ".join(f"{a} {m:g}" for a, m in medians.items() if a != longest)
    title = f"{longest} writes the longest sentences (median {medians[longest]:g} words; {others})"
    return finish(fig, title, source_line(len(corpus.articles), corpus_label(corpus)),
                  subtitle="Each dot is one sentence or paragraph; boxes show the middle half and the median.",
                  numbers=_lengths(corpus))


def _lengths(corpus) -> pd.DataFrame:
    """The plotted lengths: unit ("sentence" or "paragraph"), author, id, n_words."""
    sentences = corpus.sentences[["author", "sentence_id", "n_words"]].rename(columns={"sentence_id": "id"})
    paragraphs = corpus.paragraphs[["author", "paragraph_id", "n_words"]].rename(columns={"paragraph_id": "id"})
    return pd.concat([sentences.assign(unit="sentence"), paragraphs.assign(unit="paragraph")],
                     ignore_index=True)[["unit", "author", "id", "n_words"]]
