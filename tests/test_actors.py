"""Finding actor mentions: whole words, longest alias first, as printed in the text."""

from pathlib import Path

from analysis.measures.actors import load_actors

ACTORS = """
version = "1.0.0"

[groups]
media = "the media"
members = "the members"

[[actors]]
id = "think-tanks"
name = "think tanks"
group = "media"
kind = "collective"
aliases = ["think tanks"]

[[actors]]
id = "action-group"
name = "Pensioners' Action Group"
group = "members"
kind = "collective"
aliases = ["Pensioners' Action Group"]
"""


def found(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "actors.toml"
    path.write_text(ACTORS, encoding="utf-8")
    return [(mention.actor.id, mention.text) for mention in load_actors(path).find(text)]


def test_a_scare_quote_inside_a_name_does_not_hide_it(tmp_path):
    text = "Many “think” tanks took the money, and some \"think\" tanks did too."
    assert found(text, tmp_path) == [("think-tanks", "think” tanks"), ("think-tanks", "think\" tanks")]


def test_a_line_break_inside_a_name_does_not_hide_it(tmp_path):
    assert found("Most think\ntanks said nothing.", tmp_path) == [("think-tanks", "think\ntanks")]


def test_an_apostrophe_before_a_space_stays_part_of_the_name(tmp_path):
    # a plural possessive, not a quotation mark
    assert found("The Pensioners’ Action Group wrote first.", tmp_path) == [
        ("action-group", "Pensioners’ Action Group")]
    assert found("The Pensioners Action Group wrote first.", tmp_path) == []
