"""The English pipeline: loaded offline, version checked, a clear line when it is missing."""

import subprocess
import sys
import textwrap

import pytest

from analysis.export.cli import main
from analysis.measures import parsing

NO_NETWORK_SCRIPT = textwrap.dedent("""
    import socket
    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    from analysis.measures.parsing import parse, pipeline_description
    doc = next(parse(["The council scrapped the ferry subsidy."]))
    print(pipeline_description()["version"], [t.dep_ for t in doc][:3])
""")


def test_the_pipeline_loads_and_parses_with_no_network_and_an_empty_home(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", NO_NETWORK_SCRIPT], capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3.8.")
    assert "'det', 'nsubj', 'ROOT'" in result.stdout


def test_the_loaded_pipeline_is_english_3_8():
    description = parsing.pipeline_description()
    assert description["version"].startswith("3.8.")
    assert description["package"] in parsing.PIPELINE_PACKAGES


@pytest.fixture
def no_pipeline(monkeypatch):
    monkeypatch.setattr(parsing, "PIPELINE_PACKAGES", ("no_such_pipeline_package",))
    parsing.english.cache_clear()
    yield
    parsing.english.cache_clear()


def test_without_a_pipeline_the_export_says_how_to_install_one(tmp_path, capsys, no_pipeline):
    from analysis.export.pipeline import prepare_process

    prepare_process.cache_clear()
    try:
        status = main(["export", "--out", str(tmp_path / "out"), "--jobs", "1"])
    finally:
        prepare_process.cache_clear()
    error = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(error) == 1 and error[0].startswith("error: ")
    assert "en_core_web_sm" in error[0] and "make install" in error[0]
    assert not (tmp_path / "out").exists()


def test_typographic_apostrophes_parse_as_straight_ones_and_keep_their_text():
    printed, straight = parsing.parse(["He isn’t to blame; it’s Brussels’s fault.",
                                       "He isn't to blame; it's Brussels's fault."])
    assert printed.text == "He isn’t to blame; it’s Brussels’s fault."
    assert [t.text for t in printed][1:3] == ["is", "n’t"]
    assert [(t.dep_, t.pos_, t.lemma_, t.head.i) for t in printed] == \
        [(t.dep_, t.pos_, t.lemma_, t.head.i) for t in straight]
    negation = printed[2]
    assert negation.dep_ == "neg" and negation.idx == 5


def test_a_hyphen_after_a_verbal_prefix_stays_inside_the_verb():
    doc = next(parsing.parse(["Why should Putin de-escalate when Europe continues to re-export oil?"]))
    words = {token.text: token.pos_ for token in doc}
    assert words["de-escalate"] == "VERB" and words["re-export"] == "VERB"
    # other hyphenated words are split as the stock tokenizer splits them
    assert [token.text for token in next(parsing.parse(["a long-term anti-war plan"]))] == [
        "a", "long", "-", "term", "anti", "-", "war", "plan"]


def test_a_parsed_sentence_keeps_its_text_as_given():
    text = "He’s to blame,  and “they” know it."
    doc = next(parsing.parse([text]))
    assert parsing.sentence_text(doc) == text == doc.text
    made_elsewhere = parsing.english()("The council met.")
    assert parsing.sentence_text(made_elsewhere) == "The council met."


def test_the_models_multiply_with_numpy_and_parse_as_with_blis():
    # Same tags, heads, labels and lemmas as the stock pipeline (BLIS) on the bundled columns
    # and the first held-out stories: the choice of matrix library changes only speed.
    import importlib

    from analysis import attribution_agreement, load_corpus

    nlp = parsing.english()
    assert {pipe.model.ops.use_blis for _, pipe in nlp.pipeline if getattr(pipe, "model", None)} == {False}
    stock = importlib.import_module(parsing.pipeline_package()).load(disable=["ner"])
    parsing.keep_prefixed_hyphens(stock)
    assert stock.get_pipe("parser").model.ops.use_blis is True
    texts = (load_corpus().sentences["text"].tolist()
             + attribution_agreement.load_heldout()["text"].tolist())

    def analyses(docs):
        return [[(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in docs]

    assert len(texts) > 300
    straight = [text.replace(parsing.TYPOGRAPHIC_APOSTROPHE, "'") for text in texts]
    assert analyses(parsing.parse(texts)) == analyses(stock.pipe(straight))


BLAS_THREADS_SCRIPT = textwrap.dedent("""
    from threadpoolctl import threadpool_info
    from analysis.measures.parsing import english
    from analysis._plumbing.blas_threads import one_blas_thread
    english()
    one_blas_thread()
    print(sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}))
""")


def test_an_export_process_gives_blas_one_thread():
    result = subprocess.run([sys.executable, "-c", BLAS_THREADS_SCRIPT], capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[1]"
