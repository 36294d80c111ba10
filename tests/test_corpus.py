"""Loading: the bundled seeds, user articles in every format, and cleaning."""

import hashlib
import re
import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import CorpusError, load_corpus
from analysis._plumbing.paths import SEEDS_DIR
from analysis.corpus.readers import _has_text, normalise

SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CATALOG = tomllib.loads((SEEDS_DIR / "catalog.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", CATALOG["articles"], ids=lambda e: e["id"])
def test_seed_file_matches_catalog_checksum(entry):
    data = (SEEDS_DIR / entry["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == entry["sha256"]


@pytest.mark.parametrize("entry", CATALOG["articles"], ids=lambda e: e["id"])
def test_seed_file_is_byte_identical_to_the_original(entry):
    original = SHARED_SEEDS / entry["original_name"]
    if not original.exists():
        pytest.skip("shared/seeds is not beside this clone")
    assert (SEEDS_DIR / entry["file"]).read_bytes() == original.read_bytes()


@pytest.fixture(scope="module")
def seeds():
    return load_corpus()


def test_seed_tables_have_documented_columns(seeds):
    assert list(seeds.articles.columns[:8]) == ["article_id", "author", "outlet", "date", "title",
                                                "url", "source_file", "n_paragraphs"]
    assert {"article_id", "author", "paragraph_id", "text", "n_words"} <= set(seeds.paragraphs.columns)
    assert {"article_id", "author", "paragraph_id", "sentence_id", "text", "n_words"} <= set(seeds.sentences.columns)
    assert seeds.authors == ["Marc Champion", "Diane Francis"]
    assert seeds.sentences["sentence_id"].is_unique and seeds.paragraphs["paragraph_id"].is_unique


def test_cleaning_removes_headers_boilerplate_and_biography(seeds):
    text = " ".join(seeds.paragraphs["text"])
    for boilerplate in ("BloombergOpinion", "Thursday, February 12, 2026", "by Marc Champion",
                        "is an expert on Canada", "Editor-at-Large"):
        assert boilerplate not in text
    assert "Opinion" not in set(seeds.paragraphs["text"])
    removed = seeds.removed
    assert set(removed["rule"]) == {"drop_line", "drop_from", "join_continuations"}
    assert removed.loc[removed["rule"] == "drop_from", "text"].str.startswith("Diane Francis is an expert").all()


def test_split_quotation_is_rejoined_into_one_paragraph(seeds):
    francis = seeds.paragraphs[seeds.paragraphs["author"] == "Diane Francis"]
    joined = francis[francis["text"].str.contains("salad of small and middle powers")]
    assert len(joined) == 1
    assert "powers, but a united force" in joined["text"].iloc[0]
    assert not francis["text"].str.match(r"^[a-z]").any()


def test_original_text_is_kept_for_display_and_normalised_for_analysis(seeds):
    first = seeds.paragraphs.iloc[0]
    assert "\u00a0" in first["text_original"] and "\u00a0" not in first["text"]
    assert first["text"] == normalise(first["text_original"])


def test_sentences_are_exact_slices_of_their_paragraphs(seeds):
    paragraphs = seeds.paragraphs.set_index("paragraph_id")["text"]
    for row in seeds.sentences.itertuples():
        assert paragraphs[row.paragraph_id][row.char_start:row.char_end] == row.text


def test_ids_are_stable_across_loads(seeds):
    again = load_corpus()
    assert again.sentences["sentence_id"].tolist() == seeds.sentences["sentence_id"].tolist()
    assert seeds.sentences["sentence_id"].iloc[0] == "champion-2026-02-11:p01:s001"


def test_counts_are_consistent(seeds):
    by_article = seeds.sentences.groupby("article_id").size()
    for row in seeds.articles.itertuples():
        assert row.n_sentences == by_article[row.article_id]
        assert row.n_words == seeds.paragraphs.loc[seeds.paragraphs["article_id"] == row.article_id, "n_words"].sum()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


FRONT = "---\ntitle: Grain and Guns\nauthor: Ada Byrne\ndate: 2026-03-01\noutlet: The Ledger\n---\n\n"


def test_front_matter_article(tmp_path):
    article = write(tmp_path / "byrne.md",
                    FRONT + "First paragraph. It has two sentences.\n\nSecond\nparagraph on two lines.\n")
    corpus = load_corpus([article], root=tmp_path)
    row = corpus.articles.iloc[0]
    assert (row.article_id, row.author, row.outlet, row.date, row.n_paragraphs, row.n_sentences) == (
        "byrne", "Ada Byrne", "The Ledger", "2026-03-01", 2, 3)
    assert corpus.paragraphs["text"].iloc[1] == "Second paragraph on two lines."
    assert row.source_file == "byrne.md"


def test_csv_and_jsonl_articles(tmp_path):
    csv_file = write(tmp_path / "a.csv",
                     'title,author,date,text\nT1,Ann Lee,2026-01-02,"One. Two."\nT2,Bo Park,2026-01-03,Three.\n')
    jsonl_file = write(tmp_path / "b.jsonl",
                       '{"title": "T3", "author": "Cy Ode", "date": "2026-01-04", '
                       '"text": "Four.\\n\\nFive.", "id": "cy-1"}\n')
    corpus = load_corpus([csv_file, jsonl_file], root=tmp_path)
    assert corpus.articles["article_id"].tolist() == ["ann-lee-2026-01-02-t1", "bo-park-2026-01-03-t2", "cy-1"]
    assert corpus.articles["n_paragraphs"].tolist() == [1, 1, 2]
    assert corpus.articles["source_file"].tolist() == ["a.csv:2", "a.csv:3", "b.jsonl:1"]


def test_folder_without_catalog_reads_every_article(tmp_path):
    write(tmp_path / "one.md", FRONT + "Body one.\n")
    write(tmp_path / "two.txt", FRONT.replace("Ada Byrne", "Ben Cole") + "Body two.\n")
    corpus = load_corpus([tmp_path], root=tmp_path)
    assert corpus.authors == ["Ada Byrne", "Ben Cole"]


def test_inputs_are_never_modified(tmp_path):
    article = write(tmp_path / "byrne.md", FRONT + "Body\u00a0text.\n")
    before = article.read_bytes()
    load_corpus([article])
    assert article.read_bytes() == before


def test_catalog_rule_that_matches_nothing_is_an_error(tmp_path):
    write(tmp_path / "a.txt", "Title\n\nBody text here.\n")
    write(tmp_path / "catalog.toml", '[[articles]]\nfile = "a.txt"\ntitle = "T"\nauthor = "A"\ndate = "2026-01-01"\n'
                                     '[[articles.cleaning]]\nrule = "drop_line"\npattern = "Nope"\nreason = "x"\n')
    with pytest.raises(CorpusError, match="matched no line"):
        load_corpus([tmp_path])


def test_catalog_detects_a_changed_raw_file(tmp_path):
    write(tmp_path / "a.txt", "Body text here.\n")
    write(tmp_path / "catalog.toml", '[[articles]]\nfile = "a.txt"\ntitle = "T"\nauthor = "A"\ndate = "2026-01-01"\n'
                                     'sha256 = "' + "0" * 64 + '"\n')
    with pytest.raises(CorpusError, match="SHA-256 differs"):
        load_corpus([tmp_path])


def test_validation_sets_match_the_current_segmentation(seeds):
    import pandas as pd

    from analysis.comparison.attribution_agreement import GOLD_FILE, GOLD_V1_FILE, VALIDATION_DIR

    for gold in (GOLD_FILE, GOLD_V1_FILE):
        assert pd.read_csv(gold)["sentence_id"].tolist() == seeds.sentences["sentence_id"].tolist()
    frame_ids = pd.read_csv(VALIDATION_DIR / "frames_gold.csv")["paragraph_id"]
    assert frame_ids.tolist() == seeds.paragraphs["paragraph_id"].tolist()


@given(st.text(alphabet=st.sampled_from(" \t\n\r\u00a0\u2007\u202f\u3000\u200b\u200d\u2060\ufeffa\u0301é"),
               max_size=12))
def test_blank_paragraph_check_agrees_with_normalise(block):
    # Paragraphs are kept when normalising leaves something; _has_text says so without normalising.
    assert _has_text(block) == bool(normalise(block))


@given(st.text(alphabet=st.sampled_from(" \t\n\r\u00a0\u2007\u202f\u3000\u200b\u2060\x1c\x85ab."), max_size=16))
def test_normalise_folds_every_run_of_white_space_into_one_space(text):
    assert normalise(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace(
        "\u200b", "").replace("\u2060", "")).strip()
