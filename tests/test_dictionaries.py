"""Per-corpus dictionaries: a story the bundled dictionaries know nothing about."""

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.export.cli import main
from analysis.measures.actors import default_label, load_actors
from analysis.measures.dictionaries import DICTIONARY_NAMES, Dictionaries, DictionaryError, dictionaries_folder

HARBOUR = Path(__file__).parent / "corpora" / "harbour"
ARTICLES = HARBOUR / "articles"
DICTIONARIES = HARBOUR / "dictionaries"


def test_a_folder_replaces_only_the_dictionaries_it_holds():
    dictionaries = dictionaries_folder(DICTIONARIES)
    assert dictionaries.own() == ["actors"]
    assert dictionaries.path("actors") == DICTIONARIES / "actors.toml"
    assert dictionaries.path("frames") == Dictionaries().path("frames")
    assert set(dictionaries.paths()) == set(DICTIONARY_NAMES)


def test_labels_come_from_the_file_or_readable_defaults(tmp_path):
    assert load_actors(DICTIONARIES / "actors.toml").labels["company"] == "Greyhaven"
    assert load_actors().labels["us"] == "the US"
    assert (default_label("us"), default_label("west"), default_label("port_company")) == (
        "US", "West", "Port company")


def test_export_with_the_story_s_own_actors_finds_its_blame(tmp_path):
    out = tmp_path / "out"
    assert main(["export", "--corpus", str(ARTICLES), "--dictionaries", str(DICTIONARIES),
                 "--out", str(out), "--jobs", "1"]) == 0
    blame = pd.read_csv(out / "blame.csv", keep_default_na=False)
    own = blame[blame["stance"] == "writer"]
    assert {"council", "company", "mayor"} <= set(own["group"])
    assert set(blame["group"]) <= set(load_actors(DICTIONARIES / "actors.toml").groups)
    quotes = pd.read_csv(out / "quotes.csv", keep_default_na=False)
    assert (quotes.loc[quotes["kind"] == "direct", "speaker"] != "").mean() > 0.8
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    used = {entry["name"]: entry["path"] for entry in manifest["dictionaries"]}
    assert used["actors"].endswith("tests/corpora/harbour/dictionaries/actors.toml")
    assert used["frames"].endswith("analysis/data/frames.toml")


def test_without_them_the_bundled_actors_find_no_blame_in_the_story(tmp_path):
    out = tmp_path / "out"
    assert main(["export", "--corpus", str(ARTICLES), "--out", str(out), "--jobs", "1"]) == 0
    assert pd.read_csv(out / "blame.csv").empty


def test_a_catalog_may_name_its_dictionaries_folder(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "dicts").mkdir(parents=True)
    (corpus / "dicts" / "actors.toml").write_bytes((DICTIONARIES / "actors.toml").read_bytes())
    body = "Ardwick Borough Council scrapped the ferry subsidy without a debate.\n"
    (corpus / "column.txt").write_text(body, encoding="utf-8")
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    (corpus / "catalog.toml").write_text(
        'dictionaries = "dicts"\n\n[[articles]]\nfile = "column.txt"\n'
        f'sha256 = "{digest}"\nauthor = "A. Writer"\ndate = "2026-03-01"\ntitle = "Ferry"\n',
        encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", "--corpus", str(corpus), "--out", str(out), "--jobs", "1"]) == 0
    assert pd.read_csv(out / "blame.csv")["group"].tolist() == ["council"]


def test_a_catalog_s_dictionaries_must_stay_in_its_folder(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "catalog.toml").write_text('dictionaries = "../elsewhere"\n', encoding="utf-8")
    assert main(["export", "--corpus", str(corpus), "--out", str(tmp_path / "out")]) == 2
    assert "lies outside the catalog's folder" in capsys.readouterr().err


ACTOR_HEADER = 'version = "1"\n[groups]\ncouncil = "the council"\n'
ACTOR = '[[actors]]\nid = "{id}"\nname = "N"\ngroup = "{group}"\naliases = ["{alias}"]\n'


@pytest.mark.parametrize("name, text, problem", [
    ("actors", ACTOR_HEADER + "[[actors]\n", "not valid TOML"),
    ("actors", ACTOR_HEADER + ACTOR.format(id="a", group="mayor", alias="A"), "unknown group 'mayor'"),
    ("actors", ACTOR_HEADER + ACTOR.format(id="a", group="council", alias="A")
     + ACTOR.format(id="a", group="council", alias="B"), "duplicate actor id 'a'"),
    ("actors", ACTOR_HEADER + ACTOR.format(id="a", group="council", alias="Same")
     + ACTOR.format(id="b", group="council", alias="Same"), "alias 'Same' belongs to two actors"),
    ("frames", '[frames.x]\nlabel = "X"\n[[frames.x.indicators]]\nterms = ["(broken"]\n', "malformed term"),
    ("blame_cues", 'version = "1"\nexplicit_after = ["is to blame"]\n', "version 1 cue file"),
    ("tone_domain", '[[terms]]\nterm = "x"\nvaluation = 2\n', "numeric valence"),
])
def test_a_bad_dictionary_is_one_line_naming_the_file_and_nothing_is_written(tmp_path, capsys, name,
                                                                             text, problem):
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    status = main(["export", "--corpus", str(ARTICLES / "hale-2026-03-16.md"), "--dictionaries",
                   str(folder), "--out", str(tmp_path / "out"), "--jobs", "1"])
    error = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(error) == 1
    assert error[0].startswith(f"error: {folder / f'{name}.toml'}: ") and problem in error[0]
    assert not (tmp_path / "out").exists()


def test_a_folder_without_dictionaries_is_refused(tmp_path):
    with pytest.raises(DictionaryError, match="holds none of"):
        dictionaries_folder(tmp_path)
