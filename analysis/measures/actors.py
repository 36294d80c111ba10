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
from typing import Any, NamedTuple

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.matching import grouped_alternation
from .._plumbing.paths import DATA_DIR

ACTORS_FILE = DATA_DIR / "actors.toml"
KINDS = ("person", "state", "institution", "collective")
# The group of everyone the story's sides leave out, by the actors files' convention.
OTHER_GROUP = "other"
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
    labels: dict[str, str]

    def find(self, text: str) -> list[Mention]:
        """Every actor mention in ``text``, left to right."""
        plain = straight_apostrophes(text)
        mentions = []
        for match in self.pattern.finditer(plain):
            alias = _ALIAS_WORD_GAP.sub(" ", match.group("alias"))
            actor = self.actors[self.alias_to_actor[alias]]
            mentions.append(Mention(actor, text[match.start():match.end()], match.start(), match.end(),
                                    possessive=bool(match.group("possessive"))))
        return mentions


# Between the words of a mention: any run of white space, and the double quotation marks that
# a scare quote puts there ("many “think” tanks"; a single one may be a plural possessive, as
# in "the Pensioners' Action Group"). The mention keeps the words as printed.
_ALIAS_WORD_GAP = re.compile(r"""["“”]?\s+["“”]?""")


def straight_apostrophes(text: str) -> str:
    """Same length as ``text``, so offsets stay valid."""
    return text.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=8)
def load_actors(path: Path = ACTORS_FILE) -> ActorDictionary:
    """Read and compile an actor dictionary; raise ValueError naming the file and the problem
    (TOML syntax with its line, a missing or mistyped field, an unknown group or kind, a
    duplicate id, an alias claimed by two actors)."""
    data = read_toml(path)
    groups = data.get("groups")
    if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
        raise ValueError(f"{path}: [groups] must map each group id to a description")
    labels = data.get("labels", {})
    if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
        raise ValueError(f"{path}: [labels] must map group ids to display labels")
    unknown = sorted(set(labels) - set(groups))
    if unknown:
        raise ValueError(f"{path}: [labels] names unknown group '{unknown[0]}'")
    entries = data.get("actors")
    if not isinstance(entries, list):
        raise ValueError(f"{path}: no [[actors]] entries")
    actors: dict[str, Actor] = {}
    alias_to_actor: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        actor = _actor(path, number, entry, groups)
        if actor.id in actors:
            raise ValueError(f"{path}: duplicate actor id '{actor.id}'")
        actors[actor.id] = actor
        for alias in entry["aliases"]:
            bare = straight_apostrophes(alias.removeprefix("the "))
            if alias_to_actor.setdefault(bare, actor.id) != actor.id:
                raise ValueError(f"{path}: alias '{alias}' belongs to two actors "
                                 f"('{alias_to_actor[bare]}' and '{actor.id}')")
    full_labels = {group: labels.get(group) or default_label(group) for group in groups}
    return ActorDictionary(dict(groups), actors, _alias_pattern(alias_to_actor), alias_to_actor,
                           str(data.get("version", "")), full_labels)


def _actor(path: Path, number: int, entry: Any, groups: dict[str, str]) -> Actor:
    where = f"{path}: actor {number}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where} is not a table")
    for key in ("id", "name", "group"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ValueError(f"{where} has no {key}")
    where = f"{path}: actor '{entry['id']}'"
    if entry["group"] not in groups:
        raise ValueError(f"{where} has unknown group '{entry['group']}'")
    kind = entry.get("kind", "collective")
    if kind not in KINDS:
        raise ValueError(f"{where} has kind '{kind}'; use one of {', '.join(KINDS)}")
    aliases = entry.get("aliases")
    if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ValueError(f"{where} needs a list of aliases, none of them empty")
    return Actor(entry["id"], entry["name"], entry["group"], kind)


def default_label(group: str) -> str:
    """A readable label for a group without one: "US" for "us", "West" for "west"."""
    words = group.replace("_", " ").replace("-", " ")
    return words.upper() if len(words) <= 3 else words[:1].upper() + words[1:]


def read_toml(path: Path) -> dict[str, Any]:
    """A dictionary file's data; ValueError naming the file (and the line) when unreadable."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 (byte {error.object[error.start]:#04x} at offset "
                         f"{error.start})") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: not valid TOML: {error}") from None
    except RecursionError:
        raise ValueError(f"{path}: not valid TOML: nested too deeply") from None
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror})") from None


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
    groups = grouped_alternation((alias[0], re.escape(alias[1:]).replace(r"\ ", _ALIAS_WORD_GAP.pattern))
                                 for alias in longest_first)
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
    from ..comparison.stats import writer_means

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
