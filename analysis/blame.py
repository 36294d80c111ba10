"""Blame attribution: whom each sentence holds responsible, and the words that say so.

Transparent rules implementing docs/codebooks/blame.md, with the cue words in
``analysis/data/blame_cues.toml``. For each sentence:

1. **Explicit attribution**: an actor next to an attribution frame ("X is to blame",
   "the impediment ... is X", "thanks to X"); a "not" inside the frame cancels it.
2. **Harmful agency**: the *subject* of a harm verb ("Putin reneged") or the agent of a passive
   ("launched by Russia"). Objects and victims ("destroy Ukraine") are never blamed: an actor
   after a preposition or after the verb is not a subject. A negated harm verb blames nobody.
3. **Culpable inaction**: the subject of an inaction cue ("did nothing", "allowed"), or of a
   negated peace-making verb ("won't stop", "not willing to sign", "Why would Putin stop?").
4. **Harm nouns** owned by an actor: "Putin's treachery", "Kremlin-fed disinformation".

Cues after a distancing marker ("insisting that", "claim ... that") are reported speech the
writer keeps at arm's length and are not counted. A subject pronoun (he, it, they…) resolves to
the latest matching actor in the same paragraph, and a short "It is X." after a negated
attribution ("The impediment is not Russia.") completes it, as the codebook prescribes.

The output (``blame_table``) has one row per sentence and blamed actor with the cue that
carried the blame, so every count can be read back to its sentence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .actors import ActorDictionary, Mention, load_actors, straight_apostrophes
from .lazy_pandas import pd  # imported on first use: see lazy_pandas.py
from .matching import compile_lower, fold_case, original
from .paths import DATA_DIR

CUES_FILE = DATA_DIR / "blame_cues.toml"
BLAME_COLUMNS = ["article_id", "author", "sentence_id", "text", "actor", "group", "cue", "rule"]
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
               "many", "some", "all", "both", "most", "even", "notably", "also", "now", "then"}
SUBJECT_OPENERS = {"and", "but", "or", "while", "because", "if", "when", "whereas", "that", "since",
                   "although", "though", "so", "then", "thus", "therefore", "instead", "however",
                   "why", "would", "should", "how", "as", "yet", "worse", "recently", "shortly",
                   "after", "before", "until", "once"}
QUANTIFIERS = {"many", "some", "most", "all", "none", "several", "few", "of", "each", "one"}
# A clause may open with a short run of modifiers before its subject ("The prestigious X").
MAX_WORDS_BEFORE_SUBJECT = 3
PRONOUN_KINDS = {"he": "person", "she": "person", "it": "thing", "its": "thing", "they": "group",
                 "their": "group", "his": "person", "her": "person"}
_TRAILING_THE = re.compile(r"\bthe\s+$")  # in folded text
_CLAUSE_BREAK = re.compile(r"[;:()]|\s[–—-]\s|,\s")
_WORD = re.compile(r"[\w'-]+")
_TO_OR_FOR = re.compile(r"\b(to|for)\b")


@dataclass(frozen=True)
class Cues:
    explicit_after: list[re.Pattern[str]]
    explicit_before: list[re.Pattern[str]]
    harm: re.Pattern[str]
    inaction: re.Pattern[str]
    help: re.Pattern[str]
    negators: re.Pattern[str]
    denying_question: re.Pattern[str]
    harm_noun_after: re.Pattern[str]
    distancing: re.Pattern[str]
    prepositions: frozenset[str]
    hypotheticals: frozenset[str]
    version: str


@dataclass(frozen=True)
class BlameHit:
    actor: str
    group: str
    cue: str
    rule: str


@dataclass
class ParagraphMemory:
    """Actors seen so far in the paragraph, for pronouns and elliptical follow-ups."""

    last_by_kind: dict[str, Mention] = field(default_factory=dict)
    open_attribution: bool = False


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> Cues:
    """Read and compile the cue file; raise ValueError naming it for a pattern in upper case."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return _compiled_cues(data)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def _compiled_cues(data: dict[str, Any]) -> Cues:
    """Cue patterns compiled for case-folded sentences (``matching.fold_case``)."""

    def words(patterns: list[str]) -> re.Pattern[str]:
        return compile_lower(r"\b(?:" + "|".join(patterns) + r")\b")

    negators = "|".join(re.escape(n) for n in sorted(data["negators"], key=len, reverse=True))
    return Cues(
        explicit_after=[compile_lower(r"^(?:'s)?\s*" + p) if not p.startswith("'") else
                        compile_lower("^" + p) for p in data["explicit_after"]],
        explicit_before=[compile_lower(p) for p in data["explicit_before"]],
        harm=words(data["harm_verbs"]),
        inaction=words(data["inaction"]),
        help=words(data["help_verbs"]),
        negators=compile_lower(r"(?:\b|(?<=\w))(?:" + negators + r")\b"),
        denying_question=compile_lower("|".join(data["denying_questions"])),
        harm_noun_after=compile_lower(r"^(?:'s?)?(?:-\w+)?\s+(?:[a-z-]+\s+)?(?:"
                                      + "|".join(data["harm_nouns"]) + r")\b"),
        distancing=compile_lower("|".join(data["distancing"])),
        prepositions=frozenset(data["prepositions"]),
        hypotheticals=frozenset(data["hypotheticals"]),
        version=str(data.get("version", "")),
    )


# ---------------------------------------------------------------------------------------
# One sentence


def sentence_blame(text: str, memory: ParagraphMemory, actors: ActorDictionary | None = None,
                   cues: Cues | None = None) -> list[BlameHit]:
    """Blame in one sentence, given what the paragraph has said so far (updates ``memory``)."""
    actors = actors or load_actors()
    cues = cues or load_cues()
    plain = straight_apostrophes(text)
    # Cues are matched in the folded sentence; offsets are the same in ``plain``.
    folded = fold_case(plain)
    mentions = actors.find(text)
    if not mentions and not memory.last_by_kind:
        # No actor is named and none is remembered for a pronoun: nobody can be blamed.
        memory.open_attribution = False
        return []
    reported_from = _reported_from(folded, cues)
    first_clause = _first_clause(plain)
    subject = _clause_subject(plain, first_clause, first_clause[1], mentions, memory, cues, nearest=False)
    frames_before = [_frames_before(folded, mention, cues) for mention in mentions]
    hits: list[BlameHit] = []
    hits += _elliptical(plain, mentions, memory)
    hits += _explicit(plain, folded, mentions, frames_before, cues, reported_from)
    hits += _harm_nouns(plain, folded, mentions, cues, reported_from)
    hits += _verb_cues(plain, folded, mentions, memory, cues, reported_from, subject)
    memory.open_attribution = _opens_attribution(frames_before)
    _remember(mentions, memory, subject)
    return _unique(hits)


def _reported_from(folded: str, cues: Cues) -> int:
    found = cues.distancing.search(folded)
    return found.end() if found else len(folded) + 1


def _frames_before(folded: str, mention: Mention, cues: Cues) -> list[re.Match[str] | None]:
    """Each explicit_before frame's match in the (folded) text before ``mention`` (None if none)."""
    before = _without_trailing_article(folded[:mention.start])
    return [pattern.search(before) for pattern in cues.explicit_before]


def _explicit(plain: str, folded: str, mentions: list[Mention],
              frames_before: list[list[re.Match[str] | None]], cues: Cues,
              reported_from: int) -> list[BlameHit]:
    hits = []
    for mention, frames in zip(mentions, frames_before):
        if mention.start >= reported_from:
            continue
        # A possessive mention ends after its 's, which the patterns may begin with.
        suffix = "'s" if mention.possessive else ""
        after, folded_after = suffix + plain[mention.end:], suffix + folded[mention.end:]
        for pattern in cues.explicit_after:
            found = pattern.match(folded_after)
            if found and not _negated_before(found.group(0), cues):
                hits.append(_hit(mention, f"{mention.text}{original(after, found)}", "explicit"))
        for found in frames:
            if found and not found.groupdict().get("neg"):
                hits.append(_hit(mention, f"{original(plain, found).strip()} {mention.text}", "explicit"))
    return hits


def _without_trailing_article(text: str) -> str:
    """Aliases are matched without their "the", so "is the Kremlin" must end in "is "."""
    # "the" can only end where the trailing white space begins: search from there, not from
    # the start of the sentence (which made this quadratic in the number of mentions).
    space_from = len(text.rstrip())
    if space_from == len(text):
        return text
    found = _TRAILING_THE.search(text, max(0, space_from - 3))
    return text[:found.start()] if found else text


def _negated_before(folded_phrase: str, cues: Cues) -> bool:
    return bool(cues.negators.search(folded_phrase))


def _harm_nouns(plain: str, folded: str, mentions: list[Mention], cues: Cues,
                reported_from: int) -> list[BlameHit]:
    hits = []
    for mention in mentions:
        if mention.start >= reported_from:
            continue
        suffix = "'s" if mention.possessive else ""
        found = cues.harm_noun_after.match(suffix + folded[mention.end:])
        if found and (mention.possessive or found.group(0).startswith("-")):
            phrase = original(suffix + plain[mention.end:], found)
            hits.append(_hit(mention, mention.text + phrase[len(suffix):], "harm noun"))
    return hits


def _verb_cues(plain: str, folded: str, mentions: list[Mention], memory: ParagraphMemory,
               cues: Cues, reported_from: int, main_subject: Mention | None) -> list[BlameHit]:
    """Harm, inaction and negated-help verbs and whom they blame; ``main_subject`` is the
    subject of the sentence's first clause."""
    # The sentence's clauses, and whether it is a denying question, are worked out at the
    # first cue that needs them: most sentences have none.
    clauses: list[tuple[int, int]] | None = None
    denied: bool | None = None
    hits = []
    for rule, pattern in (("harm", cues.harm), ("inaction", cues.inaction), ("negated help", cues.help)):
        for found in pattern.finditer(folded):
            if found.start() >= reported_from:
                continue
            negated = _is_negated(folded, found.start(), cues)
            if rule == "negated help":
                # A peace-making verb blames only when negated or denied ("won't stop").
                if denied is None:
                    denied = bool(cues.denying_question.search(folded))
                if not (negated or denied):
                    continue
            elif negated:
                # "Russia did not attack" blames nobody.
                continue
            if clauses is None:
                clauses = _clauses(plain)
            clause = next(c for c in clauses if c[0] <= found.start() < c[1])
            if _is_hypothetical(plain, clause, found.start(), cues):
                continue
            agent = _passive_agent(plain, found, mentions)
            if agent is not None:
                hits.append(_hit(agent, f"{original(plain, found)} … by {agent.text}", rule))
                continue
            if _is_passive(plain, found.start()) and rule != "inaction":
                continue
            subject = _clause_subject(plain, clause, found.start(), mentions, memory, cues)
            if subject is None and _continues_main_clause(plain, clause, found.start()):
                subject = main_subject
            for actor in _with_coordinated(plain, subject, mentions):
                hits.append(_hit(actor, _cue_text(plain, found, actor), rule))
    return hits


def _is_hypothetical(plain: str, clause: tuple[int, int], position: int, cues: Cues) -> bool:
    return any(word in cues.hypotheticals for word in _WORD.findall(plain[clause[0]:position].lower()))


def _with_coordinated(plain: str, subject: Mention | None, mentions: list[Mention]) -> list[Mention]:
    """The subject and the actors coordinated with it ("Washington and Brussels do nothing")."""
    if subject is None:
        return []
    group = [subject]
    for mention in reversed([m for m in mentions if m.end <= subject.start]):
        if re.fullmatch(r"\s*(,|and|or|,\s*and)\s*(the\s+)?", plain[mention.end:group[-1].start]):
            group.append(mention)
        else:
            break
    return list(reversed(group))


def _cue_text(plain: str, found: re.Match[str], subject: Mention) -> str:
    start = subject.start if subject.end <= found.start() else found.start()
    phrase = plain[start:found.end()]
    return phrase if len(phrase) <= 80 else f"{subject.text} … {original(plain, found)}"


def _is_negated(folded: str, position: int, cues: Cues) -> bool:
    window = " ".join(_WORD.findall(folded[max(0, position - 40):position])[-4:])
    return bool(cues.negators.search(window))


def _is_passive(plain: str, position: int) -> bool:
    before = _WORD.findall(plain[max(0, position - 30):position].lower())
    return bool(before) and before[-1] in {"was", "were", "been", "being", "is", "are", "be", "got"}


def _passive_agent(plain: str, verb: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """The agent of a passive participle: "(was) launched by Russia", "infiltrated for decades by X"."""
    if not re.search(r"(ed|en|hit|cut|let)$", verb.group(0)):
        return None
    by = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+by\s+(?:the\s+)?$")
    return next((m for m in mentions if verb.end() <= m.start and by.match(plain[verb.end():m.start])), None)


def _first_clause(plain: str) -> tuple[int, int]:
    """``_clauses(plain)[0]``, without finding the others."""
    found = _CLAUSE_BREAK.search(plain)
    return 0, found.start() if found else len(plain)


def _clauses(plain: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for found in _CLAUSE_BREAK.finditer(plain):
        bounds.append((start, found.start()))
        start = found.end()
    bounds.append((start, len(plain)))
    return bounds


def _continues_main_clause(plain: str, clause: tuple[int, int], position: int) -> bool:
    """A participle or relative clause ("…, unleashing strikes", "…, allowing X to…")."""
    lead = plain[clause[0]:position].strip().lower()
    return lead == "" or lead in {"and", "then", "and then", "thus", "while", "so"}


def _clause_subject(plain: str, clause: tuple[int, int], position: int, mentions: list[Mention],
                    memory: ParagraphMemory, cues: Cues, nearest: bool = True) -> Mention | None:
    """The actor before ``position`` in the clause that stands as a subject (the nearest, or the
    first with ``nearest=False``), or a subject pronoun resolved through the paragraph memory,
    or the antecedent of a relative "who". A possessor whose noun takes an infinitive ("Putin's
    desire to hurt") is the agent of that infinitive."""
    in_clause = [m for m in mentions if clause[0] <= m.start and m.end <= position]
    # The first subject from the nearest end: the tests below are the costly part.
    for mention in reversed(in_clause) if nearest else in_clause:
        if (_is_subject_position(plain, clause[0], mention, cues)
                or mention.possessive and _TO_OR_FOR.search(plain, mention.end, position)):
            return mention
    lead_words = _WORD.findall(plain[clause[0]:position].lower())
    for word in lead_words[:4]:
        if word in PRONOUN_KINDS:
            return _resolve_pronoun(word, memory)
        if word in {"who", "which"}:
            earlier = [m for m in mentions if m.end <= clause[0]]
            return earlier[-1] if earlier else None
        if word not in SUBJECT_OPENERS and word not in DETERMINERS and word not in QUANTIFIERS:
            break
    return None


def _is_subject_position(plain: str, clause_start: int, mention: Mention, cues: Cues) -> bool:
    words_before = _WORD.findall(plain[clause_start:mention.start].lower())
    while words_before and words_before[-1] in DETERMINERS:
        words_before.pop()
    if not words_before:
        return True
    previous = words_before[-1]
    if previous in cues.prepositions:
        return False
    if previous in SUBJECT_OPENERS or mention.possessive:
        return True
    # "The prestigious Munich Security Conference …": a few modifiers, no preposition, no opener.
    return len(words_before) <= MAX_WORDS_BEFORE_SUBJECT and not any(
        word in cues.prepositions or word in SUBJECT_OPENERS for word in words_before)


def _resolve_pronoun(pronoun: str, memory: ParagraphMemory) -> Mention | None:
    kind = PRONOUN_KINDS[pronoun]
    return memory.last_by_kind.get(kind)


def _elliptical(plain: str, mentions: list[Mention], memory: ParagraphMemory) -> list[BlameHit]:
    """"It is Europe." right after "The impediment ... is not Russia." completes the claim."""
    if not memory.open_attribution or not mentions:
        return []
    if re.match(r"^\s*(it|that|this)\s+(is|was|'s)\s+(?:the\s+)?$", plain[:mentions[0].start], re.IGNORECASE) \
            and len(_WORD.findall(plain)) <= 8:
        return [_hit(mentions[0], plain.strip(), "explicit (ellipsis)")]
    return []


def _opens_attribution(frames_before: list[list[re.Match[str] | None]]) -> bool:
    """Whether a negated attribution ("The impediment is not Russia.") awaits its completion."""
    return any(found and found.groupdict().get("neg") for frames in frames_before for found in frames)


def _remember(mentions: list[Mention], memory: ParagraphMemory, subject: Mention | None) -> None:
    """Update the paragraph memory so the next sentence's pronouns find the right actor.

    Every mention is remembered for its pronoun kind, then the sentence's ``subject`` (a
    subject mention, or the referent of a subject pronoun, in its first clause) is remembered
    again, so it wins: a writer who continues with "He …" usually continues the subject, not
    an object.
    """
    for mention in mentions:
        memory.last_by_kind[_pronoun_kind(mention)] = mention
    if subject is not None:
        memory.last_by_kind[_pronoun_kind(subject)] = subject
        if subject.actor.kind != "person":
            memory.last_by_kind["group"] = subject
            memory.last_by_kind["thing"] = subject


def _pronoun_kind(mention: Mention) -> str:
    return {"person": "person", "collective": "group"}.get(mention.actor.kind, "thing")


def _hit(mention: Mention, cue: str, rule: str) -> BlameHit:
    return BlameHit(mention.actor.id, mention.actor.group, " ".join(cue.split()), rule)


def _unique(hits: list[BlameHit]) -> list[BlameHit]:
    seen, unique = set(), []
    for hit in hits:
        if hit.actor not in seen:
            seen.add(hit.actor)
            unique.append(hit)
    return unique


# ---------------------------------------------------------------------------------------
# Tables


def blame_table(sentences: pd.DataFrame, actors: ActorDictionary | None = None,
                cues: Cues | None = None) -> pd.DataFrame:
    """One row per sentence and blamed actor; columns ``BLAME_COLUMNS``.

    Sentences must be in article order; pronoun memory resets at each paragraph.
    """
    records = sentences[["article_id", "author", "paragraph_id", "sentence_id", "text"]].to_dict("records")
    return pd.DataFrame(blame_rows(records, actors, cues), columns=BLAME_COLUMNS)


def blame_rows(sentences: Iterable[Mapping[str, Any]], actors: ActorDictionary | None = None,
               cues: Cues | None = None) -> list[dict[str, str]]:
    """``blame_table`` rows for sentence records (article_id, author, paragraph_id,
    sentence_id, text), in article order."""
    actors = actors or load_actors()
    cues = cues or load_cues()
    rows = []
    memory, current_paragraph = ParagraphMemory(), None
    for sentence in sentences:
        if sentence["paragraph_id"] != current_paragraph:
            memory, current_paragraph = ParagraphMemory(), sentence["paragraph_id"]
        for hit in sentence_blame(sentence["text"], memory, actors, cues):
            rows.append({"article_id": sentence["article_id"], "author": sentence["author"],
                         "sentence_id": sentence["sentence_id"], "text": sentence["text"],
                         "actor": hit.actor, "group": hit.group, "cue": hit.cue, "rule": hit.rule})
    return rows


def blamed_groups(blame: pd.DataFrame) -> pd.Series:
    """Per sentence_id, the set of blamed groups."""
    return blame.groupby("sentence_id")["group"].agg(lambda groups: set(groups))


def blame_matrix(blame: pd.DataFrame, sentences: pd.DataFrame, groups: list[str],
                 writers: list[str]) -> pd.DataFrame:
    """Writer × group: blame sentences, their share of all sentences, and per 1,000 words.

    Columns: author, group, sentences, share_of_sentences, per_1k_words. A sentence that blames
    two actors of one group counts once for that group.
    """
    per_group = blame.drop_duplicates(["sentence_id", "group"]).groupby(["author", "group"]).size()
    n_sentences = sentences.groupby("author").size()
    n_words = sentences.groupby("author")["n_words"].sum()
    rows = []
    for writer in writers:
        for group in groups:
            count = int(per_group.get((writer, group), 0))
            rows.append({"author": writer, "group": group, "sentences": count,
                         "share_of_sentences": round(count / n_sentences[writer], 4),
                         "per_1k_words": round(1000 * count / n_words[writer], 2)})
    return pd.DataFrame(rows)


def evidence(blame: pd.DataFrame, author: str | None = None, group: str | None = None) -> pd.DataFrame:
    """The evidence sentences behind a cell of the matrix (all cells when no filter is given)."""
    rows = blame
    if author:
        rows = rows[rows["author"] == author]
    if group:
        rows = rows[rows["group"] == group]
    return rows[["author", "group", "actor", "cue", "rule", "sentence_id", "text"]].reset_index(drop=True)


def load_gold(path: Path, groups: list[str] | None = None) -> pd.DataFrame:
    """Hand coding (``sentence_id, blamed, note``) as one boolean column per group."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    return _group_flags(gold["blamed"], gold["sentence_id"], groups or list(load_actors().groups))


def load_passages(path: Path, groups: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Held-out test passages (``passage_id, text, sentence_index, blamed``) as a sentences
    table (one paragraph per passage) and its gold flags."""
    passages = pd.read_csv(path, dtype=str, keep_default_na=False)
    sentence_ids = passages["passage_id"] + ":s" + passages["sentence_index"].str.zfill(2)
    sentences = pd.DataFrame({"article_id": passages["passage_id"], "author": "test passage",
                              "paragraph_id": passages["passage_id"], "sentence_id": sentence_ids,
                              "text": passages["text"]})
    return sentences, _group_flags(passages["blamed"], sentence_ids, groups or list(load_actors().groups))


def _group_flags(blamed: pd.Series, sentence_ids: pd.Series, groups: list[str]) -> pd.DataFrame:
    table = pd.DataFrame({group: blamed.map(lambda value, g=group: g in value.split(";")).tolist()
                          for group in groups})
    table.index = pd.Index(sentence_ids.tolist(), name="sentence_id")
    return table


def predicted_groups(blame: pd.DataFrame, sentence_ids: list[str], groups: list[str]) -> pd.DataFrame:
    """The rules' output in the same shape as ``load_gold``."""
    sets = blamed_groups(blame)
    return pd.DataFrame({group: [group in sets.get(sid, set()) for sid in sentence_ids] for group in groups},
                        index=pd.Index(sentence_ids, name="sentence_id"))


def validate(sentences: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per-group and micro-averaged agreement of the rules with hand coding on ``sentences``."""
    from .validation import label_agreement

    groups = list(gold.columns)
    predicted = predicted_groups(blame_table(sentences), list(gold.index), groups)
    return label_agreement(gold, predicted, groups)


def disagreements(sentences: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Sentences where the rules and the coder differ: sentence_id, gold, predicted, text."""
    groups = list(gold.columns)
    predicted = predicted_groups(blame_table(sentences), list(gold.index), groups)
    texts = sentences.set_index("sentence_id")["text"]
    rows = []
    for sentence_id in gold.index:
        coded = [g for g in groups if gold.loc[sentence_id, g]]
        found = [g for g in groups if predicted.loc[sentence_id, g]]
        if coded != found:
            rows.append({"sentence_id": sentence_id, "gold": ";".join(coded), "predicted": ";".join(found),
                         "text": texts[sentence_id]})
    return pd.DataFrame(rows, columns=["sentence_id", "gold", "predicted", "text"])


def evidence_browser(blame: pd.DataFrame):
    """An interactive filter for JupyterLab: pick a writer and a group, read the sentences."""
    import ipywidgets as widgets
    from IPython.display import display

    writers = ["(all)"] + list(dict.fromkeys(blame["author"]))
    groups = ["(all)"] + list(dict.fromkeys(blame["group"]))

    def show(writer: str, group: str) -> None:
        rows = evidence(blame, None if writer == "(all)" else writer, None if group == "(all)" else group)
        display(rows.style.hide(axis="index").set_properties(subset=["text"], **{"white-space": "normal"}))

    return widgets.interactive(show, writer=widgets.Dropdown(options=writers, description="Writer"),
                               group=widgets.Dropdown(options=groups, description="Group"))
