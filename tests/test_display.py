"""The write-up's prose and tables: lead paragraph, display labels, index-free tables and the
links from each finding to its annotated sentences."""

from __future__ import annotations

import re

import pandas as pd

from analysis import findings
from analysis.presentation.display import (
    agreement_display_table,
    blame_evidence_table,
    display_table,
)

WRITERS = ["Ann", "Bo"]


def cells(html: str) -> list[str]:
    """The contents of a table's cells, in order."""
    return re.findall(r"<td[^>]*>(.*?)</td>", html)


ARTICLES = pd.DataFrame({"article_id": ["a1", "b1"], "author": WRITERS})
MATRIX = pd.DataFrame({"author": ["Ann", "Ann", "Bo", "Bo"], "group": ["us", "russia", "us", "russia"],
                       "sentences": [3, 1, 2, 0], "per_1k_words": [3.0, 1.0, 2.0, 0.0]})


def test_tables_have_no_index_readable_headings_formatted_numbers_and_escaped_cells() -> None:
    frame = pd.DataFrame({"n": [1234, 5], "score": [0.12345, 2.0], "text": ["<b>x</b>", "y"]},
                         index=[7, 8])
    html = display_table(frame, {"text": "Sentence", "n": "Count", "score": "Score"}).html
    assert "<th>Sentence</th><th>Count</th><th>Score</th>" in html
    assert cells(html) == ["&lt;b&gt;x&lt;/b&gt;", "1,234", "0.123", "y", "5", "2"]
    assert '<td data-label="Count">1,234</td>' in html


def test_evidence_rows_link_to_their_sentence_and_show_labels() -> None:
    evidence = pd.DataFrame([{"author": "Ann", "group": "us", "cue": "c", "article_id": "a1",
                              "sentence_id": "a1:p01:s002", "text": "t"}])
    html = blame_evidence_table(evidence, {"us": "the US"}).html
    assert 'href="articles/a1.html#a1:p01:s002"' in html and cells(html)[1] == "the US"


def test_agreement_table_rounds_scores() -> None:
    agreement = pd.DataFrame([{"label": "human_interest", "n_gold": 6, "n_predicted": 11,
                               "precision": 0.54545, "recall": 1.0, "f1": 0.70588, "kappa": 0.59}])
    html = agreement_display_table(agreement).html
    assert cells(html) == ["human interest", "6", "11", "0.55", "1.00", "0.71", "0.59"]


def test_blame_summary_uses_labels_and_links_each_count_to_its_sentences() -> None:
    text = findings.blame_summary(MATRIX, WRITERS, labels={"us": "the US"}, articles=ARTICLES)
    assert "**Ann** blames the US in 3 sentences" in text
    assert "(articles/a1.html?group=us)" in text and "Bo** blames the US in 2 sentences" in text
    assert " us " not in text


def test_lead_paragraph_states_the_findings_in_words() -> None:
    scored = pd.DataFrame({"author": ["Ann", "Ann", "Bo", "Bo"],
                           "tone": ["negative", "neutral", "negative", "negative"]})
    paragraphs = pd.DataFrame({"author": ["Ann", "Bo"], "flesch_reading_ease": [30.0, 60.0]})
    profile = pd.DataFrame({"author": ["Ann", "Bo", "Ann", "Bo"],
                            "frame": ["conflict", "conflict", "economic", "economic"],
                            "share_of_paragraphs": [0.5, 0.4, 0.1, 0.9]})
    lead = findings.main_findings(MATRIX, scored, paragraphs, profile, WRITERS, {"us": "the US"})
    assert lead.startswith("Both writers blame the US most often (Ann in 3 sentences and Bo in 2 sentences).")
    assert "50% of Ann's sentences and 100% of Bo's sentences are negative" in lead
    assert "Ann is the harder read (Flesch reading ease 30" in lead
    assert "differs most on economic" in lead


def test_write_up_figures_keep_text_at_least_9_points_at_page_width() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import blame, framing, load_corpus, readability, tone
    from analysis.measures.actors import load_actors
    from analysis.presentation.plots import MIN_TEXT_POINTS, smallest_text_points
    from analysis.presentation.plots.blame import plot_blame_matrix
    from analysis.presentation.plots.framing import plot_frame_profile
    from analysis.presentation.plots.readability import plot_readability_intervals
    from analysis.presentation.plots.tone import plot_tone_distributions

    corpus = load_corpus()
    matrix = blame.blame_matrix(blame.blame_table(corpus.sentences), corpus.sentences,
                                list(load_actors().groups), corpus.authors)
    scores = readability.paragraph_readability(corpus.paragraphs, corpus.sentences)
    profile = framing.frame_profile(framing.frames_table(corpus.paragraphs), corpus.paragraphs)
    figures = {"blame matrix": plot_blame_matrix(matrix, corpus),
               "tone": plot_tone_distributions(tone.with_tone(corpus.sentences), corpus),
               "readability": plot_readability_intervals(
                   scores, corpus, ["flesch_reading_ease", "flesch_kincaid_grade", "mean_sentence_words", "mattr"]),
               "frames": plot_frame_profile(profile, corpus)}
    smallest = {name: smallest_text_points(figure) for name, figure in figures.items()}
    for figure in figures.values():
        plt.close(figure)
    assert {name: text for name, (points, text) in smallest.items() if points < MIN_TEXT_POINTS} == {}


def test_lead_links_each_blame_count_to_its_sentences() -> None:
    scored = pd.DataFrame({"author": WRITERS, "tone": ["negative", "neutral"]})
    paragraphs = pd.DataFrame({"author": WRITERS, "flesch_reading_ease": [30.0, 60.0]})
    profile = pd.DataFrame(columns=["author", "frame", "share_of_paragraphs"])
    lead = findings.main_findings(MATRIX, scored, paragraphs, profile, WRITERS, articles=ARTICLES)
    assert "Ann in [3 sentences](articles/a1.html?group=us)" in lead


def test_evidence_examples_leave_out_reported_blame() -> None:
    blame = pd.DataFrame([
        {"author": "Ann", "group": "us", "cue": "c1", "article_id": "a1", "sentence_id": "s1", "text": "t1",
         "stance": "reported"},
        {"author": "Ann", "group": "us", "cue": "c2", "article_id": "a1", "sentence_id": "s2", "text": "t2",
         "stance": "writer"}])
    assert findings.evidence_examples(blame, MATRIX, ["Ann"])["sentence_id"].tolist() == ["s2"]


def test_blame_positions_plot_the_writers_own_blame_only() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import blame, load_corpus
    from analysis.presentation.plots.blame import plot_blame_positions

    corpus = load_corpus()
    rows = blame.blame_table(corpus.sentences)
    assert (rows["stance"] == "reported").any()  # the bundled columns report some blame
    figure = plot_blame_positions(rows, corpus.sentences, corpus)
    plotted = figure.plotted_numbers
    plt.close(figure)
    own = blame.writer_blame(rows).drop_duplicates(["sentence_id", "group"])
    assert sorted(zip(plotted["sentence_id"], plotted["group"])) == sorted(zip(own["sentence_id"], own["group"]))
