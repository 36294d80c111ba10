"""Sourcing and certainty: who is quoted, what is cited, how sure the writer sounds.

Rules (docs/codebooks/sourcing.md is the codebook; this module implements it):

* **Direct quotation**: text between double quotes, curly (“…”) or straight ("…"), of at least
  ``MIN_QUOTE_WORDS`` (4) words. Shorter quoted spans (“mugger”, “security guarantees”) are
  scare quotes or quoted labels, not quotations. Single quotes are not read as quotation
  marks, because ’ is also the apostrophe.
* **Speaker** of a quotation, from the same sentence: after it (“…,” warned X; “…,” X said;
  “…,” X, the minister, said) or before it (X said that “…”; X told reporters: “…”; according
  to X, “…”). A pronoun ("he said") is not resolved, so its speaker is the empty string, as is
  a quotation with no attribution in its sentence.
* **Attributions** (``sources_table``) add reported speech without quotation marks: X said
  (that) …; …, wrote X; according to X. A source is **named** when its phrase holds a proper
  name (a capitalised word that is not merely the sentence's first word): "the Kremlin" and
  "Presidential aide Yuri Ushakov" are named, "one expert" and "sources" are not.
* **Numbers**: figures written in digits (with currency, percent, ranges and scale words
  counted as one figure: "$46 billion", "30,000-35,000", "55%") and spelled-out large
  quantities ("hundreds of billions"). Years (1900–2099 alone), day numbers after a month
  name, dates such as 27/01 and model numbers such as F-16 are not figures.
* **Hedges and boosters**: the lexicon in ``analysis/data/certainty.toml``, outside direct
  quotations (there they are the speaker's stance, not the writer's).
* **Rhetorical questions**: sentences that end with "?" (before any closing bracket) where the
  question mark is not inside a quotation of its paragraph. In an opinion column a question
  in the writer's own voice is rhetorical: nobody answers it but the writer.

Rates are per 1,000 words of the article (``articles.n_words``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .framing import compile_terms
from .lazy_pandas import pd  # imported on first use: see lazy_pandas.py
from .matching import fold_case, grouped_alternation, original
from .paths import DATA_DIR
from .sentences import SENTENCE_OPENERS, count_words

CERTAINTY_PATH = DATA_DIR / "certainty.toml"
MIN_QUOTE_WORDS = 4

QUOTE_COLUMNS = ["article_id", "author", "sentence_id", "speaker", "quote"]
SOURCE_COLUMNS = ["article_id", "author", "sentence_id", "kind", "speaker", "source", "quote"]
NUMBER_COLUMNS = ["article_id", "author", "sentence_id", "number"]
MARKER_COLUMNS = ["article_id", "author", "sentence_id", "kind", "category", "marker"]
QUESTION_COLUMNS = ["article_id", "author", "sentence_id", "text"]
MEASURE_COLUMNS = ["article_id", "numbers_per_1k", "quotes_per_1k", "named_sources",
                   "hedges_per_1k", "boosters_per_1k", "rhetorical_questions"]
# The sentence columns the row functions read.
SENTENCE_KEYS = ["article_id", "author", "sentence_id", "text"]

REPORTING_VERBS = (
    "said says say told tells warned warns wrote writes noted notes added adds argued argues "
    "claimed claims insisted insists explained explains declared declares stated announced "
    "announces admitted admits acknowledged acknowledges conceded confirmed confirms stressed "
    "stresses emphasized emphasised observed remarked replied responded revealed reveals "
    "suggested suggests predicted predicts promised vowed boasted complained countered asked "
    "asks recalled tweeted posted"
).split() + ["pointed out", "points out", "put it", "puts it"]

# Lower-case words that may sit inside a speaker's phrase ("Kremlin spokesman Dmitry Peskov").
ROLE_WORDS = frozenset("""
    spokesman spokeswoman spokesperson envoy minister president prime official officials chief
    executive secretary adviser advisor aide negotiator leader leaders diplomat diplomats
    analyst analysts general commander foreign defense defence special senior former top
    deputy presidential opposition figure expert experts source sources economist historian
    professor researcher commentator journalist editor ambassador senator lawmaker lawmakers
    chairman chairwoman head member new state treasury director mayor governor chancellor
""".split())
# Titles dropped from the front of a proper name: "President Jane Doe" is the source Jane Doe.
TITLES = frozenset("""
    president mayor governor chancellor senator general minister ambassador envoy king queen
    pope mr mrs ms dr sir lord lady gen col lt sen rep gov
""".split())
DETERMINERS = frozenset("the a an one some many several two three".split())
PRONOUNS = frozenset("he she they we i it who which".split())
# Lower-case words that may join capitalised words inside one name.
CONNECTORS = frozenset("of for and the de da van von al bin".split())
_NOT_NAMES_AT_START = SENTENCE_OPENERS | DETERMINERS | PRONOUNS | ROLE_WORDS | CONNECTORS

# Words of a speaker phrase: initialisms ("U.S."), abbreviated titles before a name ("Gen.",
# "Dr."; the segmenter never ends a sentence there), then ordinary words.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|[^\W_][\w’'\-]*")
_VERB = re.compile(r"(?<![\w’'])(?:"
                   + grouped_alternation((verb[0], re.escape(verb[1:]).replace(r"\ ", r"\s+"))
                                         for verb in sorted(REPORTING_VERBS, key=len, reverse=True))
                   + r")(?![\w’'])")
# The clause after "according to" runs to the next comma, semicolon, colon or quote mark.
_ACCORDING_TO = re.compile(r"\baccording to\s+([^,;:“”\"]+)", re.IGNORECASE)
# After a reporting verb, what may stand before the quotation it introduces: up to three
# words ("told reporters", "stated bluntly"), "that", a comma or colon.
_LEADS_INTO_QUOTE = re.compile(r"(?:\s+[\w’'\-]+){0,3}?(?:\s+that)?\s*[,:]?\s*")
# ", the minister, said": an appositive between a speaker and the verb.
_APPOSITIVE_THEN_VERB = re.compile(r",\s[^“”\"]{1,160}?,\s+(" + _VERB.pattern + ")")
# Matched in folded text (matching.fold_case).
_NUMBER = re.compile(
    r"(?<![\w./\-])(?:[$€£]\s?|-(?=\d))?\d+(?:,\d{3})*(?:\.\d+)?"
    r"(?:\s?(?:-|–|to)\s?\d+(?:,\d{3})*(?:\.\d+)?)?"
    r"(?:\s?(?:%|°[cf]?|percent\b|per\s+cent\b))?"
    r"(?:\s?(?:thousand|million|billion|trillion|bn)\b)?"
    r"(?![\w/])"
    r"|\b(?:(?:hundreds|thousands|millions|billions|trillions)(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|tens\s+of\s+(?:thousands|millions|billions)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
    r"(?:hundred|thousand|million|billion|trillion))\b")
# Every figure _NUMBER finds holds a digit or one of these words (a test checks): a sentence
# with none of them, most sentences, is not searched further.
_DIGIT = re.compile(r"\d")
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")
_MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
_CURLY_QUOTE = re.compile("[“”]")
_STRAIGHT_QUOTE = re.compile('"')


# ---------------------------------------------------------------------------------------
# Quotations and speakers


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Every double-quoted span as (opening mark, closing mark) positions, in text order.

    Curly quotes pair by nesting; straight quotes pair in order. Marks of a kind that do not
    balance are ignored, so one stray mark cannot turn the rest of the text into a quotation.
    """
    if '"' not in text and "“" not in text and "”" not in text:
        return []
    spans: list[tuple[int, int]] = []
    depth, begin = 0, 0
    curly: list[tuple[int, int]] = []
    for mark in _CURLY_QUOTE.finditer(text):
        position = mark.start()
        if mark.group() == "“":
            begin = position if depth == 0 else begin
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                curly.append((begin, position))
    if depth == 0:
        spans += curly
    straight = [mark.start() for mark in _STRAIGHT_QUOTE.finditer(text)]
    if len(straight) % 2 == 0:
        spans += list(zip(straight[::2], straight[1::2]))
    return sorted(spans)


def direct_quotations(text: str) -> list[tuple[int, int]]:
    """Quoted spans long enough to be quotations (``MIN_QUOTE_WORDS`` words or more)."""
    return [(start, end) for start, end in quotation_spans(text)
            if count_words(text[start + 1:end]) >= MIN_QUOTE_WORDS]


def quotes_table(sentences: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per direct quotation.

    Columns: article_id, author, sentence_id, speaker (as written in the attribution, e.g.
    "Presidential aide Yuri Ushakov"; empty when the sentence does not say who, or says only
    "he"), quote (the words inside the marks). ``sources``, if given, is ``sources_table`` of
    the same sentences, so it is not worked out twice.
    """
    sources = sources_table(sentences) if sources is None else sources
    return sources.loc[sources["kind"] == "direct", QUOTE_COLUMNS].reset_index(drop=True)


def sources_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every attribution: direct quotations and reported speech.

    Columns: article_id, author, sentence_id, kind ("direct": a quotation; "reported": X said
    (that) …, …, wrote X; "according_to"), speaker (the phrase as written, "" if not
    identifiable), source (the proper name that identifies a named source, e.g. "Yuri
    Ushakov"; "" when the speaker is unnamed, such as "one expert"), quote (direct only).
    """
    return pd.DataFrame(source_rows(sentences[SENTENCE_KEYS].to_dict("records")),
                        columns=SOURCE_COLUMNS)


def source_rows(sentences: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    """``sources_table`` rows for sentence records (article_id, author, sentence_id, text)."""
    return [{"article_id": sentence["article_id"], "author": sentence["author"],
             "sentence_id": sentence["sentence_id"], "kind": kind, "speaker": speaker.text,
             "source": speaker.source, "quote": quote}
            for sentence in sentences for kind, speaker, quote in attributions(sentence["text"])]


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase as written, and the proper name in it ("" if none)."""

    text: str = ""
    source: str = ""


def attributions(text: str) -> list[tuple[str, Speaker, str]]:
    """(kind, speaker, quote) for every attribution in one sentence, in text order."""
    found: list[tuple[int, str, Speaker, str]] = []
    # Where the attribution of a quotation starts, so it is not listed again as reported speech.
    attributed: set[int] = set()
    for start, end in direct_quotations(text):
        speaker, attribution_at = _quote_speaker(text, start, end)
        if attribution_at is not None:
            attributed.add(attribution_at)
        found.append((start, "direct", speaker, text[start + 1:end].strip().rstrip(",")))
    quoted = _quoted_text(quotation_spans(text))
    for match in _VERB.finditer(text):
        if match.start() in attributed or _covered(match.start(), match.end(), quoted):
            continue
        speaker = _reported_speaker(text, match)
        if speaker.text:
            found.append((match.start(), "reported", speaker, ""))
    # The phrase is rare: most sentences are spared the search (folded, as the pattern's
    # IGNORECASE matches).
    according = _ACCORDING_TO.finditer(text) if "according to" in fold_case(text) else ()
    for match in according:
        if match.start() not in attributed and not _covered(match.start(), match.end(1), quoted):
            found.append((match.start(), "according_to", _according_to_speaker(text, match), ""))
    return [(kind, speaker, quote) for _, kind, speaker, quote in sorted(found, key=lambda f: f[0])]


def named_sources(sources: pd.DataFrame) -> list[str]:
    """Distinct named sources, a short form merged into a longer one it ends
    ("Peskov" into "Dmitry Peskov"), longest first then alphabetical."""
    return distinct_names(sources["source"])


def distinct_names(names: Iterable[str]) -> list[str]:
    """``named_sources`` of the ``source`` values ``names`` ("" for unnamed ones)."""
    distinct: list[str] = []
    for name in sorted(set(names) - {""}, key=lambda n: (-len(n), n)):
        if not any(kept == name or kept.endswith(" " + name) for kept in distinct):
            distinct.append(name)
    return distinct


def _quote_speaker(text: str, start: int, end: int) -> tuple[Speaker, int | None]:
    """The speaker of the quotation whose marks are at ``start`` and ``end``, and where its
    attribution (the verb, or "according to") starts; None when there is none."""
    after = text[end + 1:]
    offset = end + 1 + len(after) - len(after.lstrip(" ,;:"))
    verb = _VERB.match(text, offset)
    if verb:  # “…,” warned X
        return _speaker(text, _phrase_after(text, verb.end())), verb.start()
    subject = _phrase_after(text, offset, allow_pronoun=True)
    if subject:
        verb = (re.compile(r"\s+(" + _VERB.pattern + ")").match(text, subject[-1].end())
                or _APPOSITIVE_THEN_VERB.match(text, subject[-1].end()))
        if verb:  # “…,” X said / “…,” X, the minister, said
            return _speaker(text, subject), verb.start(1)
    prefix = text[:start]
    according = list(_ACCORDING_TO.finditer(prefix))
    if according and not prefix[according[-1].end():].strip(" ,:"):
        return _according_to_speaker(text, according[-1]), according[-1].start()
    for verb in reversed(list(_VERB.finditer(prefix))):
        if _LEADS_INTO_QUOTE.fullmatch(prefix, verb.end()):  # X said that “…”
            return _name_before(text, verb.start()), verb.start()
    return Speaker(), None


def _reported_speaker(text: str, verb: re.Match[str]) -> Speaker:
    """Speaker of reported speech at ``verb``: X said …, or inverted …, wrote X."""
    if text[:verb.start()].rstrip().endswith(","):
        inverted = _phrase_after(text, verb.end())
        if inverted and not text[inverted[-1].end():].strip(" .,;:!?)”\""):
            return _speaker(text, inverted)
    return _name_before(text, verb.start())


def _according_to_speaker(text: str, match: re.Match[str]) -> Speaker:
    """"according to X": X itself, or the name after by/from/of ("a report by the Center…"),
    or for an unnamed source its first words ("the report")."""
    direct = _speaker(text, _phrase_after(text, match.start(1)))
    if direct.source:
        return direct
    clause = match.group(1)
    by = re.search(r"\b(?:by|from|of)\s+", clause)
    runs = _capitalised_runs(text, match.start(1) + by.end(), match.end(1)) if by else []
    if runs:
        name = max(runs, key=len)
        return Speaker(name, _source_name(name))
    return direct if direct.text else Speaker(" ".join(clause.split()[:4]).rstrip("."), "")


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[re.Match[str], ...]:
    # Cached: the speaker rules look at the words of the same sentence several times.
    return tuple(_TOKEN.finditer(text))


def _is_name(token: re.Match[str]) -> bool:
    """A capitalised word, unless it is a common word that merely opens the sentence."""
    word = token.group(0)
    return word[0].isupper() and not (token.start() == 0 and word.lower() in _NOT_NAMES_AT_START)


def _fits_phrase(token: re.Match[str]) -> bool:
    word = token.group(0).lower()
    return _is_name(token) or word in ROLE_WORDS or word in CONNECTORS


def _contiguous(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end():right.start()]
    return bool(gap) and gap.isspace()


def _name_before(text: str, verb_start: int) -> Speaker:
    """The speaker phrase that ends just before ``verb_start``; empty for a pronoun.

    Skips an appositive: "Mikhail Fedorov, the defence minister, said" gives Mikhail Fedorov.
    """
    head = text[:verb_start].rstrip()
    if head.endswith(","):
        first_comma = head.rfind(",", 0, len(head) - 1)
        return _name_before(text, first_comma) if first_comma > 0 else Speaker()
    tokens = [t for t in _tokens(text) if t.end() <= len(head)]
    if not tokens or tokens[-1].end() != len(head):
        return Speaker()
    last = tokens[-1].group(0)
    # "Russia's claims" is a noun phrase, not a speaker and a verb.
    if last.lower() in PRONOUNS or last.endswith(("'s", "’s")) or not _fits_phrase(tokens[-1]):
        return Speaker()
    phrase = [tokens[-1]]
    for token in reversed(tokens[:-1]):
        if not (_contiguous(text, token, phrase[0]) and _fits_phrase(token)):
            break
        phrase.insert(0, token)
    return _speaker(text, phrase)


def _phrase_after(text: str, position: int, allow_pronoun: bool = False) -> list[re.Match[str]]:
    """The words of the speaker phrase starting at ``position`` (after white space)."""
    tokens = [t for t in _tokens(text) if t.start() >= position]
    if not tokens or text[position:tokens[0].start()].strip():
        return []
    if tokens[0].group(0).lower() in PRONOUNS:
        return tokens[:1] if allow_pronoun else []
    phrase: list[re.Match[str]] = []
    for token in tokens:
        if phrase and not _contiguous(text, phrase[-1], token):
            break
        if not (_fits_phrase(token) or (not phrase and token.group(0).lower() in DETERMINERS)):
            break
        phrase.append(token)
    return phrase


def _speaker(text: str, phrase: list[re.Match[str]]) -> Speaker:
    """The speaker a phrase names: trimmed of determiners and connectors at its ends, with
    its proper name (the last run of capitalised words); a lone pronoun names nobody."""
    while phrase and phrase[0].group(0).lower() in DETERMINERS | CONNECTORS and not _is_name(phrase[0]):
        phrase = phrase[1:]
    while phrase and phrase[-1].group(0).lower() in CONNECTORS:
        phrase = phrase[:-1]
    if not phrase or (len(phrase) == 1 and phrase[0].group(0).lower() in PRONOUNS):
        return Speaker()
    runs = _capitalised_runs(text, phrase[0].start(), phrase[-1].end())
    return Speaker(text[phrase[0].start():phrase[-1].end()], _source_name(runs[-1]) if runs else "")


def _capitalised_runs(text: str, start: int, end: int) -> list[str]:
    """Proper names within text[start:end]: runs of capitalised words, which connectors
    may join ("Center for Strategic and International Studies")."""
    runs: list[str] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        while current and not _is_name(current[-1]):
            current.pop()
        if current:
            runs.append(text[current[0].start():current[-1].end()])
        current.clear()

    for token in _tokens(text):
        if token.start() < start or token.end() > end:
            continue
        if current and not _contiguous(text, current[-1], token):
            close()
        if _is_name(token) or (current and token.group(0) in CONNECTORS):
            current.append(token)
        else:
            close()
    close()
    return runs


def _source_name(name: str) -> str:
    """A proper name without leading titles or a possessive ending."""
    words = re.sub(r"['’]s$", "", name).split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _covered(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies within one of ``spans`` (half-open)."""
    return any(low <= start and end <= high for low, high in spans)


def _quoted_text(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text between each pair of quotation marks, as half-open spans."""
    return [(opening + 1, closing) for opening, closing in spans]


# ---------------------------------------------------------------------------------------
# Numbers, certainty markers and questions


def numbers_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per figure (see the module docstring for what counts).

    Columns: article_id, author, sentence_id, number (as written).
    """
    rows = [{"article_id": s["article_id"], "author": s["author"], "sentence_id": s["sentence_id"],
             "number": number}
            for s in sentences[SENTENCE_KEYS].to_dict("records") for number in find_numbers(s["text"])]
    return pd.DataFrame(rows, columns=NUMBER_COLUMNS)


def find_numbers(text: str) -> list[str]:
    """The figures in ``text``, as written, in order."""
    folded = fold_case(text)
    if not has_figure_hint(folded):
        return []
    found = []
    for match in _NUMBER.finditer(folded):
        figure = original(text, match)
        if _YEAR.fullmatch(figure):
            continue
        previous = re.findall(r"[A-Za-z]+", text[:match.start()])
        if previous and previous[-1].lower() in _MONTHS and figure.isdigit() and int(figure) <= 31:
            continue
        found.append(figure)
    return found


def has_figure_hint(folded: str) -> bool:
    """Whether folded text holds a digit or a scale word, as every figure does."""
    # A search for \d alone skips ahead in C; an alternation with words would not.
    return _DIGIT.search(folded) is not None or any(word in folded for word in _SCALE_WORDS)


@dataclass(frozen=True)
class CertaintyLexicon:
    version: str
    categories: dict[str, dict[str, tuple[str, ...]]]
    exclude: tuple[str, ...]


def load_certainty_lexicon(path: Path | str | None = None) -> CertaintyLexicon:
    """Read the hedges and boosters lists (default ``analysis/data/certainty.toml``).

    Raises ``ValueError`` naming the file when a list is missing, empty or malformed.
    """
    path = Path(path) if path is not None else CERTAINTY_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: malformed TOML: {error}") from None
    categories: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind in ("hedges", "boosters"):
        lists = data.get(kind)
        if not isinstance(lists, dict) or not lists:
            raise ValueError(f"{path}: no [{kind}] lists")
        for category, terms in lists.items():
            try:
                compile_terms(terms)
            except ValueError as error:
                raise ValueError(f"{path}: [{kind}] {category}: {error}") from None
        categories[kind] = {category: tuple(terms) for category, terms in lists.items()}
    return CertaintyLexicon(str(data.get("version", "")), categories, tuple(data.get("exclude", ())))


def certainty_markers(sentences: pd.DataFrame, lexicon: CertaintyLexicon | None = None) -> pd.DataFrame:
    """One row per hedge or booster in the writer's own voice.

    Columns: article_id, author, sentence_id, kind ("hedges": less committed; "boosters":
    more certain), category (the list in certainty.toml), marker (the text matched).
    """
    patterns = certainty_patterns(lexicon)
    rows = [{"article_id": sentence["article_id"], "author": sentence["author"],
             "sentence_id": sentence["sentence_id"], "kind": kind, "category": category,
             "marker": marker}
            for sentence in sentences[SENTENCE_KEYS].to_dict("records")
            for kind, category, marker in sentence_markers(sentence["text"], patterns)]
    return pd.DataFrame(rows, columns=MARKER_COLUMNS)


@dataclass(frozen=True)
class CertaintyPatterns:
    """A certainty lexicon compiled: per kind, one pattern for any marker and one per
    category, and the pattern of excluded phrases (None if the lexicon has none)."""

    kinds: dict[str, tuple[re.Pattern[str], dict[str, re.Pattern[str]]]]
    excluded: re.Pattern[str] | None


def certainty_patterns(lexicon: CertaintyLexicon | None = None) -> CertaintyPatterns:
    """``lexicon`` compiled; the default lexicon is compiled once per version of its file."""
    if lexicon is not None:
        return _compile_certainty(lexicon)
    stat = CERTAINTY_PATH.stat()
    return _default_certainty_patterns(stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=2)
def _default_certainty_patterns(mtime_ns: int, size: int) -> CertaintyPatterns:
    return _compile_certainty(load_certainty_lexicon())


def _compile_certainty(lexicon: CertaintyLexicon) -> CertaintyPatterns:
    return CertaintyPatterns(
        kinds={kind: (compile_terms([t for terms in lists.values() for t in terms]),
                      {category: compile_terms(terms) for category, terms in lists.items()})
               for kind, lists in lexicon.categories.items()},
        excluded=compile_terms(lexicon.exclude) if lexicon.exclude else None)


def sentence_markers(text: str, patterns: CertaintyPatterns) -> list[tuple[str, str, str]]:
    """(kind, category, marker) for each hedge or booster of one sentence outside its
    quotations, kinds in lexicon order, markers in text order."""
    folded = fold_case(text)
    matches = [(kind, by_category, match) for kind, (pattern, by_category) in patterns.kinds.items()
               for match in pattern.finditer(folded)]
    if not matches:
        # Most sentences: then quotations and excluded phrases need not be looked for.
        return []
    skip = _quoted_text(direct_quotations(text))
    if patterns.excluded is not None:
        skip += [m.span() for m in patterns.excluded.finditer(folded)]
    found = []
    for kind, by_category, match in matches:
        marker = original(text, match)
        if _covered(*match.span(), skip) or _is_proper_noun(marker, match.start()):
            continue
        category = next(name for name, category_pattern in by_category.items()
                        if category_pattern.fullmatch(match.group(0)))
        found.append((kind, category, marker))
    return found


def _is_proper_noun(marker: str, start: int) -> bool:
    """A capitalised one-word marker that does not open the sentence names something."""
    return " " not in marker and marker[0].isupper() and start > 0


def rhetorical_questions(sentences: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Sentences that end with a question mark outside any quotation of their paragraph.

    Columns: article_id, author, sentence_id, text.
    """
    paragraph_text = dict(zip(paragraphs["paragraph_id"], paragraphs["text"]))
    rows = [{"article_id": sentence["article_id"], "author": sentence["author"],
             "sentence_id": sentence["sentence_id"], "text": sentence["text"]}
            for sentence in sentences[SENTENCE_KEYS + ["paragraph_id", "char_start"]].to_dict("records")
            if is_rhetorical_question(sentence["text"], sentence["char_start"],
                                      paragraph_text[sentence["paragraph_id"]])]
    return pd.DataFrame(rows, columns=QUESTION_COLUMNS)


def is_rhetorical_question(text: str, char_start: int, paragraph: str) -> bool:
    """Whether a sentence (``paragraph[char_start:]`` begins with it) ends with a question
    mark that lies outside any quotation of its paragraph."""
    stripped = text.rstrip().rstrip(")]")
    return stripped.endswith("?") and not _in_quotation(paragraph, char_start + len(stripped) - 1)


def _in_quotation(paragraph: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation, reading the paragraph from its start
    (so a quotation left open for the next paragraph, as typesetters do, still counts)."""
    before = paragraph[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# ---------------------------------------------------------------------------------------
# Per-article measures


def sourcing_measures(articles: pd.DataFrame, paragraphs: pd.DataFrame,
                      sentences: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article, in ``articles`` order.

    Columns: article_id, then the keys of ``article_sourcing``. The evidence is in
    numbers_table, sources_table, certainty_markers and rhetorical_questions; ``sources``, if
    given, is ``sources_table`` of the same sentences.
    """
    sources = sources_table(sentences) if sources is None else sources
    records = sentences[SENTENCE_KEYS + ["paragraph_id", "char_start"]].to_dict("records")
    by_article: dict[str, list[dict]] = {}
    for sentence in records:
        by_article.setdefault(sentence["article_id"], []).append(sentence)
    sources_by_article: dict[str, list[dict]] = {}
    for source in sources.to_dict("records"):
        sources_by_article.setdefault(source["article_id"], []).append(source)
    paragraph_text = dict(zip(paragraphs["paragraph_id"], paragraphs["text"]))
    patterns = certainty_patterns()
    rows = [{"article_id": article_id,
             **article_sourcing(by_article.get(article_id, []), paragraph_text, n_words,
                                sources_by_article.get(article_id, []), patterns)}
            for article_id, n_words in zip(articles["article_id"], articles["n_words"])]
    return pd.DataFrame(rows, columns=MEASURE_COLUMNS)


def article_sourcing(sentences: Sequence[Mapping[str, Any]], paragraph_text: Mapping[str, str],
                     n_words: int, sources: Sequence[Mapping[str, str]],
                     patterns: CertaintyPatterns | None = None) -> dict[str, float | int]:
    """One article's sourcing and certainty, from its sentence records (text, paragraph_id,
    char_start), its paragraphs' text by paragraph_id, its word count and its ``source_rows``.

    Keys: numbers_per_1k (figures per 1,000 words), quotes_per_1k (direct quotations per
    1,000 words), named_sources (distinct named sources quoted, reported or cited with
    "according to"), hedges_per_1k, boosters_per_1k (writer's-voice markers per 1,000 words;
    more hedges = more tentative, more boosters = more categorical), rhetorical_questions
    (count).
    """
    patterns = patterns or certainty_patterns()
    markers = Counter(kind for sentence in sentences
                      for kind, _, _ in sentence_markers(sentence["text"], patterns))
    counts = {
        "numbers_per_1k": sum(len(find_numbers(sentence["text"])) for sentence in sentences),
        "quotes_per_1k": sum(source["kind"] == "direct" for source in sources),
        "hedges_per_1k": markers["hedges"],
        "boosters_per_1k": markers["boosters"],
    }
    rates = {column: round(1000 * hits / n_words, 2) if n_words else 0.0
             for column, hits in counts.items()}
    questions = sum(is_rhetorical_question(sentence["text"], sentence["char_start"],
                                           paragraph_text[sentence["paragraph_id"]])
                    for sentence in sentences)
    return {"numbers_per_1k": rates["numbers_per_1k"], "quotes_per_1k": rates["quotes_per_1k"],
            "named_sources": len(distinct_names(source["source"] for source in sources)),
            "hedges_per_1k": rates["hedges_per_1k"], "boosters_per_1k": rates["boosters_per_1k"],
            "rhetorical_questions": int(questions)}
