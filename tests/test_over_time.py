"""Tone, blame and frames per month, on the invented harbour story (two months, three writers)."""

from pathlib import Path

from analysis import load_corpus
from analysis.comparison import over_time
from analysis.measures.blame import blame_table
from analysis.measures.dictionaries import dictionaries_folder
from analysis.measures.framing import frames_table
from analysis.measures.tone import with_tone

HARBOUR = Path(__file__).parent / "corpora" / "harbour"


def test_monthly_tone_blame_and_frames_on_a_two_month_corpus():
    corpus = load_corpus([HARBOUR / "articles"])
    dictionaries = dictionaries_folder(HARBOUR / "dictionaries")
    tone = over_time.tone_by_month(with_tone(corpus.sentences), corpus.articles, corpus.authors)
    assert sorted(tone["month"].unique()) == ["2026-03", "2026-04"]
    assert set(tone["author"]) == set(corpus.authors)
    blame = blame_table(corpus.sentences, dictionaries.actors(), dictionaries.cues())
    shares = over_time.blame_by_month(blame, corpus.sentences, corpus.articles, corpus.authors)
    # The share is the writer's own blaming sentences over all the month's sentences.
    ilsley = corpus.sentences[corpus.sentences["author"] == "Margaret Ilsley"]
    march = ilsley[ilsley["article_id"].isin(corpus.articles.loc[corpus.articles["date"] < "2026-04", "article_id"])]
    own = set(blame.loc[(blame["stance"] == "writer"), "sentence_id"])
    expected = round(march["sentence_id"].isin(own).mean(), 3)
    row = shares[(shares["author"] == "Margaret Ilsley") & (shares["month"] == "2026-03")].iloc[0]
    assert row["mean"] == expected
    frames = over_time.frames_by_month(frames_table(corpus.paragraphs), corpus.articles, corpus.authors)
    assert set(frames["frame"]) >= {"responsibility", "conflict"} and frames["share"].between(0, 1).all()
    text = over_time.over_time_markdown(tone, shares, corpus.articles)
    assert text.count("\n") == 2 and "Margaret Ilsley" in text and "2026-03" in text


def test_a_single_month_has_no_series():
    corpus = load_corpus()
    assert "single month" in over_time.over_time_markdown(None, None, corpus.articles)
