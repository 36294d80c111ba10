"""Draft the actor dictionary of a new story from spaCy's named-entity recognition.

``python -m analysis suggest-actors --corpus PATH --out FILE`` proposes, in the format of
``analysis/data/actors.toml``, the people (PERSON), organisations (ORG), states and places
(GPE, LOC) and groups of people (NORP) that NER finds, with aliases merged ("the Kremlin" /
"Kremlin", "Caldwell's" / "Mayor Caldwell" / "Caldwell" / "Ines Caldwell", "Greyhaven" /
"Greyhaven Port Holdings", "U.S." / "US" / "United States"), a kind from the NER label, a
group where one can be inferred (an organisation's or state's own; a nationality's state;
a person's organisation or state named in a title or apposition; else "other"), and
comments: mentions per writer, the NER labels seen, and ``CHECK:`` for guesses to review.
It is a draft for a person to edit: NER sees names only, never "the mayor" or "residents",
and its labels are guesses (it calls "Trump" an organisation on the bundled columns).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from os.path import commonprefix
from pathlib import Path
from typing import TYPE_CHECKING

from .._plumbing.atomic import write_text_atomically
from .._plumbing.optional import MissingDependency
from ..corpus import Corpus, InputError, load_corpus
from .actors import OTHER_GROUP, straight_apostrophes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# NER label -> actor kind (see the header of analysis/data/actors.toml).
NER_KINDS = {"PERSON": "person", "ORG": "institution", "GPE": "state", "LOC": "state", "NORP": "collective"}
# Entities that can be a person's organisation or state in a title or apposition.
AFFILIATION_LABELS = ("ORG", "GPE", "NORP", "LOC")
# Words of a title before a name: "Mayor Ines Caldwell", "Prime Minister X", "Dr. Y".
TITLE_WORDS = frozenset({
    "Mayor", "Councillor", "Councilor", "Cllr", "President", "Vice", "Prime",
    "Minister", "Deputy", "Foreign", "Secretary", "Chancellor", "Senator", "Sen.", "Governor",
    "Gov.", "General", "Gen.", "Admiral", "Colonel", "Col.", "Captain", "Capt.", "Director",
    "Chairman", "Chairwoman", "Chair", "Chief", "Commissioner", "Ambassador", "Envoy", "Speaker",
    "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Lord", "Lady",
    "Sir", "Dame", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Professor",
    "Prof.", "Rep.", "Representative", "Inspector", "Superintendent", "Bishop", "Father"})
# A relative clause that states an affiliation: "Rosa Delgado, who chairs the association".
AFFILIATION_VERBS = frozenset({"chair", "lead", "head", "run", "direct", "represent", "manage",
                               "own", "found", "work", "serve", "govern"})
# Nationality adjectives that do not share a long prefix with their state's name.
IRREGULAR_DEMONYMS = {"French": "France", "Dutch": "Netherlands", "Welsh": "Wales",
    "Scottish": "Scotland", "Scots": "Scotland", "Irish": "Ireland", "Swiss": "Switzerland",
    "Greek": "Greece", "Danish": "Denmark", "Swedish": "Sweden", "Finnish": "Finland",
    "Polish": "Poland", "Turkish": "Turkey", "Spanish": "Spain", "American": "US",
    "Americans": "US", "Filipino": "Philippines", "Thai": "Thailand"}
LABEL_ORDER = tuple(NER_KINDS)
# Small words left out of an acronym: "Federal Bureau of Investigation" -> "FBI".
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "de"})
DEFAULT_MIN_MENTIONS = 2


@dataclass
class Cluster:
    """Everything NER said about one name, and the shorter names merged into it."""

    key: str
    labels: Counter[str] = field(default_factory=Counter)
    writers: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    checks: list[str] = field(default_factory=list)
    # The label of the full name when short forms were merged into it: "Donald Trump" is a
    # person even when NER calls "Trump" an organisation more often.
    name_label: str = ""

    @property
    def total(self) -> int:
        return sum(self.writers.values())

    @property
    def label(self) -> str:
        """The full name's label if short forms were merged into it, else the most frequent."""
        return self.name_label or self.majority_label

    @property
    def majority_label(self) -> str:
        """The most frequent NER label; ties go to PERSON first, because NER's usual mistake
        is to call a person an organisation or a place (then in ``NER_KINDS`` order)."""
        return min(self.labels.items(), key=lambda item: (-item[1], LABEL_ORDER.index(item[0])))[0]

    def absorb(self, other: Cluster) -> None:
        for mine, theirs in ((self.labels, other.labels), (self.writers, other.writers),
                             (self.aliases, other.aliases), (self.affiliations, other.affiliations)):
            mine.update(theirs)
        self.checks.extend(other.checks)


@dataclass(frozen=True)
class Proposal:
    """One ``[[actors]]`` entry of the draft, with the comments that explain it."""

    id: str
    name: str
    group: str
    kind: str
    aliases: tuple[str, ...]
    cluster: Cluster
    notes: tuple[str, ...]
    checks: tuple[str, ...]


# ---------------------------------------------------------------------------------------
# Reading the entities


def collect(corpus: Corpus) -> dict[str, Cluster]:
    """One cluster per normalised entity name, over every paragraph of the corpus."""
    try:
        from .parsing import PipelineMissing, english
        nlp = english()
    except PipelineMissing as error:
        raise MissingDependency(str(error)) from None
    clusters: dict[str, Cluster] = {}
    paragraphs = corpus.paragraphs
    # The whole pipeline runs: NER needs tok2vec, and affiliations need the parse.
    for doc, author in zip(nlp.pipe(paragraphs["text"]), paragraphs["author"]):
        for span, key, alias in _entities(doc):
            cluster = clusters.setdefault(key, Cluster(key))
            cluster.labels[span.label_] += 1
            cluster.writers[author] += 1
            cluster.aliases[alias] += 1
            cluster.affiliations.update(_affiliations(span))
    return clusters


def _entities(doc: Doc) -> Iterable[tuple[Span, str, str]]:
    """(span, key, alias) for each actor-like entity: key without titles, alias with them."""
    for span in doc.ents:
        if span.label_ not in NER_KINDS:
            continue
        alias = _bare(span.text)
        key = _strip_title(alias) if span.label_ == "PERSON" else alias
        if any(map(str.isalpha, key)):  # NER sometimes returns punctuation or a lone "'s"
            yield span, key, alias


def _bare(text: str) -> str:
    """The name as an alias: no leading "the", no possessive, straight apostrophes, one line."""
    text = " ".join(straight_apostrophes(unicodedata.normalize("NFC", text)).split())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return re.sub(r"'s$", "", text)


def _strip_title(name: str) -> str:
    """ "Mayor Ines Caldwell" -> "Ines Caldwell"; a name that is only a title stays as it is."""
    words = name.split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _affiliations(span: Span) -> list[str]:
    """Keys of the organisations, states and nationalities that a title, apposition, "of"
    phrase or affiliation clause attaches to a person (empty for other entities)."""
    if span.label_ != "PERSON":
        return []
    context = _context_tokens(span)
    return [_bare(ent.text) for ent in span.doc.ents
            if ent.label_ in AFFILIATION_LABELS and ent != span
            and any(token.i in context for token in ent)]


def _says_whose(child: Token) -> bool:
    """An apposition, an "of" phrase or an affiliation clause attached to a name."""
    return (child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of")
            or (child.dep_ == "relcl" and child.lemma_ in AFFILIATION_VERBS))


def _context_tokens(span: Span) -> set[int]:
    """Token indices of the phrases around a name that may say whose it is."""
    root = span.root
    phrases: list[Token] = [token for token in root.lefts if token.i < span.start]
    phrases += [child for child in root.children if _says_whose(child)]
    indices = {token.i for phrase in phrases for token in phrase.subtree}
    if root.dep_ == "appos":  # "the union's leader, Liam Fennessy": the phrase it renames
        own = {token.i for token in root.subtree}
        indices |= {token.i for token in root.head.subtree} - own
    return indices


# ---------------------------------------------------------------------------------------
# Merging names


def merge_short_forms(clusters: dict[str, Cluster]) -> dict[str, Cluster]:
    """Fold a one-word name into the one longer name it ends (a person's surname) or begins
    (an organisation's short name), and a plural nationality into its singular."""
    merged = _merge_spellings(_merge_title_forms(dict(clusters)))
    longer = [key for key in merged if len(key.split()) > 1]
    for key in sorted(key for key in merged if len(key.split()) == 1):
        short = merged[key]
        targets = sorted(_targets(key, short, longer, merged))
        if not targets and key.endswith("s") and key[:-1] in merged and short.label == "NORP":
            targets = [key[:-1]]
        if len(targets) == 1:
            target = merged[targets[0]]
            if short.label != target.label:
                target.checks.append(f'"{key}" merged here although NER mostly called it {short.label}')
            target.name_label = target.name_label or target.label
            target.absorb(merged.pop(key))
        elif len(targets) > 1:
            short.checks.append("may be the same as " + " or ".join(f'"{t}"' for t in targets))
    return merged


def _targets(key: str, short: Cluster, longer: list[str], clusters: dict[str, Cluster]) -> set[str]:
    """The longer names ``key`` can be short for."""
    targets = set()
    for name in longer:
        words, label = name.split(), clusters[name].label
        if words[-1] == key and "PERSON" in (label, short.label):
            targets.add(name)
        elif words[0] == key and short.label == "ORG" and label != "PERSON":
            targets.add(name)  # "Greyhaven" / "Greyhaven Port Holdings", not "Ukraine" / "Ukraine Group"
    return targets


def _merge_title_forms(clusters: dict[str, Cluster]) -> dict[str, Cluster]:
    """Fold a name NER did not call a person ("Councillor Tarrant" as ORG, kept with its
    title) into the person whose alias it is, so that no alias belongs to two entries."""
    for key in sorted(clusters):
        owner = next((c for c in clusters.values() if c.key != key and key in c.aliases), None)
        if owner is not None:
            owner.absorb(clusters.pop(key))
    return clusters


def _merge_spellings(clusters: dict[str, Cluster]) -> dict[str, Cluster]:
    """Fold "U.S." into "US" (the same letters without dots), and an acronym into the one
    longer name whose initials it spells ("US" / "United States", "EU" / "European Union")."""
    by_letters: dict[str, list[str]] = {}
    for key in clusters:
        by_letters.setdefault(key.replace(".", ""), []).append(key)
    for spellings in by_letters.values():
        if len(spellings) > 1:
            target, *others = sorted(spellings, key=lambda key: (-clusters[key].total, key))
            for other in others:
                clusters[target].absorb(clusters.pop(other))
    initials: dict[str, list[str]] = {}
    for key in clusters:
        words = [word for word in key.split() if word not in ACRONYM_SKIP]
        if len(words) > 1 and all(word[:1].isupper() for word in words):
            initials.setdefault("".join(word[0] for word in words), []).append(key)
    for acronym in sorted(key for key in clusters if key.replace(".", "") in initials):
        longer = initials[acronym.replace(".", "")]
        if len(longer) == 1 and acronym.replace(".", "").isupper():
            clusters[longer[0]].checks.append(f'"{acronym}" merged here as its initials')
            clusters[longer[0]].absorb(clusters.pop(acronym))
    return clusters


# ---------------------------------------------------------------------------------------
# Proposing entries


def propose(clusters: dict[str, Cluster], min_mentions: int) -> list[Proposal]:
    """Draft entries for the clusters with at least ``min_mentions`` mentions, most
    mentioned first (then by name)."""
    kept = sorted((c for c in clusters.values() if c.total >= min_mentions),
                  key=lambda c: (-c.total, c.key))
    ids = _unique_ids(kept)
    by_alias = {alias: cluster.key for cluster in kept for alias in (cluster.key, *cluster.aliases)}
    states = [c for c in kept if c.label in ("GPE", "LOC")]
    groups: dict[str, tuple[str, str]] = {}  # key -> (group, how it was found)
    for cluster in kept:
        if cluster.label in ("ORG", "GPE", "LOC"):
            groups[cluster.key] = (ids[cluster.key], "")
        elif cluster.label == "NORP":
            state = _state_of(cluster.key, states)
            groups[cluster.key] = ((ids[state.key], f'nationality of "{state.key}"') if state
                                   else (ids[cluster.key], ""))
    places = dict(groups)  # a person's group comes from an organisation or state, never a person
    for cluster in kept:
        if cluster.label == "PERSON":
            groups[cluster.key] = _person_group(cluster, by_alias, places, kept)
    # Writers use a surname alone after the first mention even where NER did not see it.
    surnames = Counter(c.key.split()[-1] for c in kept if c.label == "PERSON" and " " in c.key)
    claimed: set[str] = set()
    proposals = [_proposal(cluster, ids[cluster.key], groups[cluster.key], claimed,
                           _surname(cluster, surnames)) for cluster in kept]
    return [proposal for proposal in proposals if proposal.aliases]


def _unique_ids(clusters: Sequence[Cluster]) -> dict[str, str]:
    """A slug per cluster, unique, and never the id of the catch-all group."""
    ids: dict[str, str] = {}
    taken = {OTHER_GROUP}
    for cluster in clusters:
        base = slug(cluster.key)
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        ids[cluster.key] = candidate
    return ids


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by hyphens ("Ardwick Dockworkers' Union" ->
    "ardwick-dockworkers-union")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-") or "actor"


def _state_of(adjective: str, states: Sequence[Cluster]) -> Cluster | None:
    """The state a nationality adjective belongs to: "Russian" -> Russia, "European" ->
    Europe, "Chinese" -> China; the most mentioned when several fit."""
    irregular = IRREGULAR_DEMONYMS.get(adjective)
    for state in states:  # most mentioned first
        if irregular in (state.key, *state.aliases):
            return state
        common = len(commonprefix([adjective.lower(), state.key.lower()]))
        if common >= 4 and common >= len(state.key) - 3 and " " not in state.key:
            return state
    return None


def _person_group(person: Cluster, by_alias: dict[str, str], groups: dict[str, tuple[str, str]],
                  kept: Sequence[Cluster]) -> tuple[str, str]:
    """The group of the organisation or state a person's titles or appositions name most
    often, else of an organisation whose name a title begins ("Councillor" -> "... Council")."""
    found: Counter[str] = Counter()
    labels = {cluster.key: cluster.labels for cluster in kept}
    for affiliation, count in person.affiliations.items():
        key = by_alias.get(affiliation)
        # A name NER ever called a person is no one's organisation ("Trump — not Putin").
        if key is not None and key != person.key and key in groups and "PERSON" not in labels[key]:
            found[key] += count
    if found:
        key = min(found.items(), key=lambda item: (-item[1], item[0]))[0]
        return groups[key][0], f'named beside "{key}" (title or apposition)'
    titles = {alias.split()[0] for alias in person.aliases if alias.split()[0] in TITLE_WORDS}
    for cluster in kept:
        if cluster.label == "ORG" and any(_title_names(title, cluster.key) for title in titles):
            return groups[cluster.key][0], f'title matches "{cluster.key}"'
    return OTHER_GROUP, ""


def _title_names(title: str, organisation: str) -> bool:
    """Whether a title comes from a word of the organisation's name (Councillor / Council,
    Minister / Ministry)."""
    for word in organisation.split():
        common = len(commonprefix([title.lower(), word.lower()]))
        if len(word) >= 5 and common >= 6 and common >= len(word) - 2:
            return True
    return False


def _surname(person: Cluster, surnames: Counter[str]) -> tuple[str, ...]:
    """A person's last name as an extra alias, unless another person shares it."""
    last = person.key.split()[-1]
    return (last,) if person.label == "PERSON" and " " in person.key and surnames[last] == 1 else ()


def _proposal(cluster: Cluster, actor_id: str, group: tuple[str, str], claimed: set[str],
              extra: tuple[str, ...]) -> Proposal:
    """One entry; aliases already claimed by an earlier (more mentioned) entry are left out,
    because the loader refuses an alias that belongs to two actors (an entry left with no
    alias is dropped)."""
    candidates = sorted({cluster.key, *cluster.aliases, *extra}, key=lambda alias: (-len(alias), alias))
    aliases = tuple(alias for alias in candidates if alias not in claimed)
    claimed.update(aliases)
    checks = list(cluster.checks)
    dropped = [alias for alias in candidates if alias not in aliases]
    if dropped:
        checks.append("aliases left out, already used above: " + ", ".join(dropped))
    if len(cluster.labels) > 1:
        kind = NER_KINDS[cluster.label]
        checks.append(f"NER labels disagree: is it {'an' if kind[0] in 'aeiou' else 'a'} {kind}?")
    group_id, how = group
    if group_id == OTHER_GROUP:
        checks.append("no group found: put it in its story's group")
    elif cluster.label == "NORP" and not how:
        checks.append("no state found for this nationality or group: choose a group")
    notes = (f"group: {how}",) if how else ()
    return Proposal(actor_id, cluster.key, group_id, NER_KINDS[cluster.label], aliases,
                    cluster, notes, tuple(checks))


# ---------------------------------------------------------------------------------------
# Writing the draft


def render(proposals: Sequence[Proposal], writers: Sequence[str], n_articles: int,
           min_mentions: int, pipeline: str) -> str:
    """The draft as TOML text that ``load_actors`` reads as it is."""
    lines = _header(writers, n_articles, min_mentions, pipeline, len(proposals))
    lines += ['version = "0.1.0-draft"', *(["actors = []"] if not proposals else []), "", "[groups]"]
    groups = _groups(proposals)
    lines += [f"{group} = {_toml_string(description)}" for group, (_, description) in groups.items()]
    lines += ["", "# Display labels of the groups (optional)", "[labels]"]
    lines += [f"{group} = {_toml_string(label)}" for group, (label, _) in groups.items()]
    for proposal in proposals:
        lines += ["", *_entry(proposal, writers)]
    return "\n".join(lines) + "\n"


def _header(writers: Sequence[str], n_articles: int, min_mentions: int, pipeline: str,
            n_actors: int) -> list[str]:
    text = f"""\
DRAFT actor dictionary, written by `python -m analysis suggest-actors` from automatic
named-entity recognition ({pipeline}) on {n_articles} articles by {len(writers)} writers:
{", ".join(writers)}. {n_actors} names with at least {min_mentions} mentions.

Entity recognition makes mistakes (on the bundled columns it calls "Trump" an organisation
14 times in 19), so a person must edit this file before it is used:
- each entry shows the NER labels seen ("NER: ORG 14, PERSON 5") and the mentions per writer;
  the kind comes from the full name's label, else from the most frequent;
- "CHECK:" marks a guess to review: a kind, a group, a merge of names;
- groups are one per organisation or state, a person's organisation when a title or
  apposition names it, otherwise "other": merge them into the sides of your story;
- NER sees names only: add the common nouns writers use ("the mayor", "the council",
  "residents") as aliases, and delete entries that are not actors;
- counts are NER mentions, not what this dictionary will match.

Format: analysis/data/actors.toml. Each [[actors]] entry: id (unique), name (display),
group (one of [groups]), kind ("person" answers to he/she/his/her; "state", "institution"
and "collective" to it/its or they/their), and aliases, matched as whole words,
case-sensitively, with an optional possessive and an optional leading "the"."""
    return [f"# {line}".rstrip() for line in text.splitlines()] + [""]


def _groups(proposals: Sequence[Proposal]) -> dict[str, tuple[str, str]]:
    """group id -> (display label, description), in order of first use; "other" last."""
    names = {p.id: p.name for p in proposals}
    members: dict[str, list[str]] = {}
    for proposal in proposals:
        members.setdefault(proposal.group, []).append(proposal.name)
    groups = {}
    for group, people in members.items():
        if group != OTHER_GROUP:
            groups[group] = (names.get(group, group), "draft: " + ", ".join(people))
    if OTHER_GROUP in members:
        groups[OTHER_GROUP] = ("others", "draft, no group found: " + ", ".join(members[OTHER_GROUP]))
    return groups


def _entry(proposal: Proposal, writers: Sequence[str]) -> list[str]:
    cluster = proposal.cluster
    counts = ", ".join(f"{writer} {cluster.writers[writer]}" for writer in writers)
    labels = ", ".join(f"{label} {count}" for label, count
                       in sorted(cluster.labels.items(), key=lambda item: (-item[1], item[0])))
    comments = [f"{cluster.total} mentions: {counts}", f"NER: {labels}", *proposal.notes,
                *(f"CHECK: {check}" for check in proposal.checks)]
    aliases = ", ".join(_toml_string(alias) for alias in proposal.aliases)
    # Names come from the articles: each comment is kept on one line.
    return [*("# " + " ".join(text.split()) for text in comments), "[[actors]]",
            f"id = {_toml_string(proposal.id)}", f"name = {_toml_string(proposal.name)}",
            f"group = {_toml_string(proposal.group)}", f"kind = {_toml_string(proposal.kind)}",
            f"aliases = [{aliases}]"]


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are a subset of TOML's)."""
    return json.dumps(text, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# Entry point


def suggest(corpus: Corpus, min_mentions: int = DEFAULT_MIN_MENTIONS) -> tuple[str, int]:
    """The draft for ``corpus`` and how many actors it proposes."""
    from .parsing import pipeline_description

    proposals = propose(merge_short_forms(collect(corpus)), min_mentions)
    pipeline = pipeline_description()
    text = render(proposals, corpus.authors, len(corpus.articles), min_mentions,
                  f"spaCy {pipeline['name']} {pipeline['version']}")
    return text, len(proposals)


def write_draft(paths: Sequence[Path], out: Path, *, force: bool = False,
                min_mentions: int = DEFAULT_MIN_MENTIONS, skip_invalid: bool = False) -> int:
    """Write the draft for the articles at ``paths`` to ``out`` atomically; return how many
    actors it proposes. An existing ``out`` is replaced only with ``force``."""
    if out.is_dir():
        raise InputError(out, "is a folder; --out takes a file name, e.g. actors.toml")
    if out.exists() and not force:
        raise InputError(out, "already exists; use --force to replace it")
    text, count = suggest(load_corpus(paths, skip_invalid=skip_invalid), min_mentions)
    write_text_atomically(out, text)
    return count
