"""Tone: VADER per sentence, article summaries, and the opt-in domain lexicon."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import load_corpus, tone


def sentences(*texts, author="A. Writer", article="a1"):
    return pd.DataFrame({"article_id": article, "author": author, "paragraph_id": f"{article}:p01",
                         "paragraph_no": 1,
                         "sentence_id": [f"{article}:p01:s{i:03d}" for i in range(1, len(texts) + 1)],
                         "text": list(texts)})


def test_curly_apostrophes_do_not_break_negation():
    assert tone.polarity("The plan won’t help.") == tone.polarity("The plan won't help.")
    assert tone.polarity("The plan won’t help.")["compound"] < 0


def test_labels_follow_vader_thresholds():
    assert [tone.tone_label(x) for x in (-0.05, -0.049, 0.0, 0.049, 0.05)] == [
        "negative", "neutral", "neutral", "neutral", "positive"]


def test_domain_lexicon_neutralises_topic_words_and_adds_genre_words():
    stock = tone.polarity("The envoys discussed peace.")["compound"]
    domain = tone.polarity("The envoys discussed peace.", "domain")["compound"]
    assert stock > 0.3 and domain == 0
    assert tone.polarity("The regime reneged.")["compound"] == 0
    assert tone.polarity("The regime reneged.", "domain")["compound"] < -0.3


def test_domain_scores_sit_beside_stock_scores_never_replacing_them():
    table = sentences("Talks about peace resumed.", "Moscow reneged on the truce.")
    stock_only = tone.with_tone(table)
    both = tone.with_tone(table, domain=True)
    assert "domain_compound" not in stock_only.columns
    assert both["compound"].tolist() == stock_only["compound"].tolist()
    assert both["domain_compound"].tolist() != both["compound"].tolist()


def test_article_tone_is_the_distribution_of_sentence_scores():
    table = tone.with_tone(sentences("A wonderful, generous gift.", "A cruel, horrible betrayal.",
                                     "The meeting is on Tuesday."))
    summary = tone.article_tone(table).iloc[0]
    assert (summary[["share_negative", "share_neutral", "share_positive"]].tolist()
            == pytest.approx([1 / 3] * 3, abs=1e-4))
    assert summary["tone_median"] == 0


def test_whole_text_scoring_saturates_where_sentences_do_not():
    texts = ["The shelling damaged a school."] * 12 + ["Aid workers helped families rebuild."] * 8
    table = sentences(*texts)
    paragraphs = pd.DataFrame({"article_id": "a1", "author": "A. Writer", "text": [" ".join(texts)]})
    whole = tone.whole_text_compound(paragraphs)["whole_text_compound"].iloc[0]
    by_sentence = tone.article_tone(tone.with_tone(table))["tone_mean"].iloc[0]
    assert abs(whole) > 0.95 and abs(by_sentence) < 0.3


def test_lexicon_shift_names_the_words_that_moved_a_sentence():
    table = tone.with_tone(sentences("The army sabotages the peace process.", "Bread costs more."), domain=True)
    shift = tone.lexicon_shift(table, top=1).iloc[0]
    assert shift["changed_terms"] == "peace, sabotages" and shift["shift"] < -0.5


def test_domain_lexicon_file_is_documented_and_versioned():
    lexicon = tone.load_domain_lexicon()
    assert lexicon.attrs["version"] and lexicon["term"].is_unique
    assert set(lexicon["kind"]) == {"topic", "missing"}
    assert lexicon["valence"].between(-4, 4).all()
    assert (lexicon.loc[lexicon["kind"] == "topic", "valence"] == 0).all()
    assert lexicon["rationale"].str.len().gt(0).all()


# Words that exercise VADER's rules: lexicon words, boosters, negations, "but", "kind of",
# "least", idioms, capitals, emoticons, punctuation and emoji (which take VADER's own path).
VADER_WORDS = ["good", "GOOD", "bad", "not", "isn't", "never", "so", "this", "very", "extremely",
               "kind", "of", "kind of", "sort", "but", "BUT", "least", "at", "without", "doubt", "no", "nor",
               "cut", "the", "mustard", "bomb", "yeah", "right", "love", "hate", "war", "peace",
               "Putin", "reneged", ":)", ":-(", "!", "?", "!!!", "...", "won't", "won’t", "😀", "💔",
               "—", "“great”", "lol", "kinda", "barely", "utterly", "failed"]


@pytest.mark.slow
@given(st.lists(st.sampled_from(VADER_WORDS), max_size=25),
       st.sampled_from([" ", "  ", "\n", ", ", "! "]), st.sampled_from(["", " ", "\t"]), st.booleans())
@settings(max_examples=400, deadline=None)
def test_sentence_vader_scores_every_text_as_stock_vader_does(words, separator, edge, edited_lexicon):
    text = edge + separator.join(words) + edge
    ours, stock = tone.SentenceVader(), SentimentIntensityAnalyzer()
    if edited_lexicon:
        # A lexicon (such as a user's domain extension) may give a booster word a valence, or
        # a word a valence of 0, which VADER's boosters and negations still act on.
        for vader in (ours, stock):
            vader.lexicon.update({"very": 1.5, "barely": -1.0, "peace": 0.0, "war": 0.0})
    assert ours.polarity_scores(text) == stock.polarity_scores(text)


def test_sentence_vader_agrees_with_stock_vader_on_every_seed_sentence_and_paragraph():
    corpus = load_corpus()
    ours, stock = tone.SentenceVader(), SentimentIntensityAnalyzer()
    for text in corpus.sentences["text"].tolist() + corpus.paragraphs["text"].tolist():
        assert ours.polarity_scores(tone.vader_text(text)) == stock.polarity_scores(tone.vader_text(text))
