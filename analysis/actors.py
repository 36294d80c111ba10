"""Actor mentions: which actors and actor groups each sentence names.

The dictionary is data (``analysis/data/actors.toml``, user-editable). Matching is
case-sensitive on whole words, longest alias first and without overlaps, so "Ukraine's allies"
is one mention of the allies, not of Ukraine. Possessives ('s, ’s) are part of the mention and
flagged. Curly apostrophes are matched as straight ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .lazy_pandas import pd  # imported on first use: see lazy_pandas.py
from .matching import grouped_alternation
from .paths import DATA_DIR

ACTORS_FILE = DATA_DIR / "actors.toml"
MENTION_COLUMNS = ["article_id", "author", "sentence_id", "actor", "group", "kind", "mention",
                   "start", "end", "possessive"]


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    group: str
    kind: str


class Mention(NamedTuple):
    """One actor named in a sentence (a named tuple, quicker to make than a frozen dataclass:
    an article has a hundred or more)."""

    actor: Actor
    text: str
    start: int
    end: int
    possessive: bool


@dataclass(frozen=True)
class ActorDictionary:
    groups: dict[str, str]
    actors: dict[str, Actor]
    pattern: re.Pattern[str]
    alias_to_actor: dict[str, str]
    version: str

    def find(self, text: str) -> list[Mention]:
        """Every actor mention in ``text``, left to right."""
        plain = straight_apostrophes(text)
        mentions = []
        for match in self.pattern.finditer(plain):
            actor = self.actors[self.alias_to_actor[match.group("alias")]]
            mentions.append(Mention(actor, text[match.start():match.end()], match.start(), match.end(),
                                    possessive=bool(match.group("possessive"))))
        return mentions


def straight_apostrophes(text: str) -> str:
    """Same length as ``text``, so offsets stay valid."""
    return text.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=8)
def load_actors(path: Path = ACTORS_FILE) -> ActorDictionary:
    """Read and compile the actor dictionary; raise ValueError naming the file on bad data."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    groups = dict(data["groups"])
    actors: dict[str, Actor] = {}
    alias_to_actor: dict[str, str] = {}
    for entry in data["actors"]:
        if entry["group"] not in groups:
            raise ValueError(f"{path}: actor '{entry['id']}' has unknown group '{entry['group']}'")
        if entry["id"] in actors:
            raise ValueError(f"{path}: duplicate actor id '{entry['id']}'")
        actors[entry["id"]] = Actor(entry["id"], entry["name"], entry["group"], entry.get("kind", "collective"))
        for alias in entry["aliases"]:
            bare = straight_apostrophes(alias.removeprefix("the "))
            if alias_to_actor.setdefault(bare, entry["id"]) != entry["id"]:
                raise ValueError(f"{path}: alias '{alias}' belongs to two actors")
    return ActorDictionary(groups, actors, _alias_pattern(alias_to_actor), alias_to_actor,
                           str(data.get("version", "")))


def _alias_pattern(aliases: Iterable[str]) -> re.Pattern[str]:
    """Any alias as a whole word, longest first, with an optional possessive.

    Aliases are grouped by their first character (keeping longest first within a group) and
    a lookahead admits only positions where some alias could begin: the engine then tries
    one group at the start of a capitalised word instead of every alias at every word. The
    matches are the same, because aliases that begin with different characters never match
    at the same place (matching is case-sensitive).
    """
    longest_first = sorted(aliases, key=len, reverse=True)
    first_characters = re.escape("".join(dict.fromkeys(alias[0] for alias in longest_first)))
    groups = grouped_alternation((alias[0], re.escape(alias[1:])) for alias in longest_first)
    return re.compile(rf"(?<![\w.])(?=[{first_characters}])(?P<alias>{groups})(?P<possessive>'s?)?(?![\w])")


def mentions_table(sentences: pd.DataFrame, dictionary: ActorDictionary | None = None) -> pd.DataFrame:
    """One row per actor mention; columns ``MENTION_COLUMNS``."""
    dictionary = dictionary or load_actors()
    rows = []
    for sentence in sentences.itertuples(index=False):
        for mention in dictionary.find(sentence.text):
            rows.append({"article_id": sentence.article_id, "author": sentence.author,
                         "sentence_id": sentence.sentence_id, "actor": mention.actor.id,
                         "group": mention.actor.group, "kind": mention.actor.kind, "mention": mention.text,
                         "start": mention.start, "end": mention.end, "possessive": mention.possessive})
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def tone_toward_groups(scored_sentences: pd.DataFrame, mentions: pd.DataFrame, groups: list[str],
                       writers: list[str]) -> pd.DataFrame:
    """Mean VADER compound of the sentences that mention each group, per writer, with a
    bootstrap 95% interval. A sentence mentioning two groups counts for both: this is the tone
    of the company a group keeps, not a measure of stance toward it.

    Columns: author, group, n (sentences), mean, ci_low, ci_high.
    """
    from .stats import writer_means

    pairs = mentions.drop_duplicates(["sentence_id", "group"])[["sentence_id", "group"]]
    joined = pairs.merge(scored_sentences[["sentence_id", "author", "compound"]], on="sentence_id")
    frames = []
    for group in groups:
        rows = joined[joined["group"] == group]
        if rows.empty:
            continue
        means = writer_means(rows, ["compound"], writers).drop(columns="measure")
        frames.append(means.assign(group=group))
    if not frames:
        return pd.DataFrame(columns=["author", "group", "n", "mean", "ci_low", "ci_high"])
    return pd.concat(frames, ignore_index=True)[["author", "group", "n", "mean", "ci_low", "ci_high"]]
