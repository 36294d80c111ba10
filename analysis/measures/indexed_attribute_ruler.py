"""spaCy's attribute ruler, indexed: the same token attributes for a fraction of the time.

``en_core_web_sm``'s attribute ruler turns the tagger's fine tags and the parser's labels into
coarse parts of speech, morphology and a few lemmas with 179 Matcher patterns, and spaCy's
Matcher tries every pattern at every token. Timed component by component over the 4,002
sentences of the 80-article benchmark corpus (2 cores): tok2vec 6.81 s, tagger 0.16 s, parser
3.45 s, attribute ruler 3.74 s, lemmatizer 0.78 s, so the ruler was a quarter of the parse.
Almost every pattern fixes its first token's tag, lower-case form or dependency label, so a
token only needs to be checked against the patterns filed under its own values.

``compile_rules`` builds that index from the loaded pipeline's own patterns and refuses (None)
any pattern it cannot reproduce exactly; ``replace_attribute_ruler`` puts the indexed ruler in
the stock one's place, or leaves the stock one alone. The outputs are spaCy's: every match is
found before any attribute is set, matches are applied in pattern order (later patterns win),
each to the token at start + index, and attributes are set with spaCy's own ``set_token_attrs``
(``tests/test_indexed_attribute_ruler.py`` compares every token with the stock pipeline's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, NamedTuple

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

FACTORY = "indexed_attribute_ruler"
# What a pattern may read. The Matcher reads these from the token as Doc.to_array does; an
# unset TAG or DEP is 0, the id of ''. Anything else (POS, MORPH, extensions) is refused.
STRING_READS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "ORTH": ORTH}
FLAG_READS = {"IS_SPACE": IS_SPACE}
# What a rule may set: set_token_attrs writes these on the token only, never on the shared
# lexeme, so one write per token of the merged values ends as spaCy's writes in turn do.
SETTABLE = frozenset({"POS", "MORPH", "LEMMA", "TAG", "DEP"})
# The fields a pattern is filed under, the first one its first token fixes.
INDEX_FIELDS = (TAG, LOWER, DEP)
EQUALS, ONE_OF, NONE_OF, SEARCH = range(4)
# Distinct (tag, word, label, space) rows remembered; bounded so memory stays flat.
ROW_CACHE = 2**15

Check = tuple[int, int, Any]  # (row position, kind, operand)


class Unsupported(Exception):
    """A pattern uses something the index cannot reproduce exactly."""


@dataclass(frozen=True)
class Alternative:
    """One token-pattern list of a rule: the checks of each of its tokens."""

    rule: int
    tokens: tuple[tuple[Check, ...], ...]


@dataclass(frozen=True)
class Rules:
    """The compiled patterns: what each rule sets, on which token of its match, and the
    alternatives filed by a fixed value of their first token (``always``: the others)."""

    columns: tuple[int, ...]  # attribute ids, in the order of a token's row
    attrs: tuple[dict[int, int], ...]
    indices: tuple[int, ...]
    filed: tuple[tuple[int, dict[int, tuple[Alternative, ...]]], ...]  # (row position, table)
    always: tuple[Alternative, ...]

    def merged(self, rules: Iterable[int]) -> dict[int, int]:
        """The attributes rules set, applied in rule order: a later rule overwrites."""
        attrs: dict[int, int] = {}
        for rule in sorted(rules):
            attrs.update(self.attrs[rule])
        return attrs


class Start(NamedTuple):
    """What a token's own values decide: its one-token matches and where longer ones begin."""

    attrs: dict[int, int]  # merged attributes of the one-token rules that match
    rules: tuple[int, ...]  # those rules
    longer: tuple[Alternative, ...]  # longer alternatives whose first token matches


def compile_rules(patterns: Sequence[dict], vocab: Vocab) -> Rules | None:
    """The index of an attribute ruler's ``patterns``, or None if any is unsupported."""
    try:
        return _compile(patterns, vocab)
    except Unsupported:
        return None


def _compile(patterns: Sequence[dict], vocab: Vocab) -> Rules:
    attrs, indices, alternatives = [], [], []
    for rule, entry in enumerate(patterns):
        if not isinstance(entry, dict) or set(entry) - {"patterns", "attrs", "index"}:
            raise Unsupported(f"rule {entry!r}")
        index = entry.get("index", 0)
        if not isinstance(entry.get("patterns"), list) or not entry["patterns"]:
            raise Unsupported(f"rule {rule}'s patterns")
        for tokens in entry["patterns"]:
            # spaCy raises on an index outside the match; keeping the stock ruler keeps that.
            if not isinstance(tokens, list) or not tokens or not isinstance(index, int) or not (
                    -len(tokens) <= index < len(tokens)):
                raise Unsupported(f"rule {rule}: {tokens!r} with index {index!r}")
            alternatives.append(Alternative(rule, tuple(_checks(spec, vocab.strings) for spec in tokens)))
        attrs.append(_set_attrs(entry.get("attrs"), vocab))
        indices.append(index)
    return _index(alternatives, tuple(attrs), tuple(indices))


def _checks(spec: Any, strings: StringStore) -> tuple[Check, ...]:
    if not isinstance(spec, dict):
        raise Unsupported(f"token pattern {spec!r}")
    checks: list[Check] = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else key
        name = "ORTH" if name == "TEXT" else name
        if name in FLAG_READS and isinstance(value, bool):
            checks.append((FLAG_READS[name], EQUALS, int(value)))
        elif name in STRING_READS and isinstance(value, str):
            checks.append((STRING_READS[name], EQUALS, get_string_id(value)))
        elif name in STRING_READS and isinstance(value, dict) and value:
            checks.extend(_predicates(STRING_READS[name], value, strings))
        else:  # operators ("OP"), extensions ("_"), other attributes or value types
            raise Unsupported(f"{key!r}: {value!r}")
    return tuple(checks)


def _predicates(attr: int, predicates: dict, strings: StringStore) -> Iterable[Check]:
    for key, operand in predicates.items():
        kind = key.upper() if isinstance(key, str) else key
        if kind in ("IN", "NOT_IN") and isinstance(operand, list) and all(
                isinstance(item, str) for item in operand):
            # The Matcher compares ids, so '' in a list stands for an unset value.
            yield attr, ONE_OF if kind == "IN" else NONE_OF, frozenset(map(get_string_id, operand))
        elif kind == "REGEX" and isinstance(operand, str):
            yield attr, SEARCH, partial(_search, re.compile(operand), strings)
        else:
            raise Unsupported(f"predicate {key!r}: {operand!r}")


def _search(pattern: re.Pattern[str], strings: StringStore, value: int) -> bool:
    # As the Matcher's REGEX: a search in the attribute's string ('' when unset).
    return pattern.search(strings[value]) is not None


def _set_attrs(attrs: Any, vocab: Vocab) -> dict[int, int]:
    if not isinstance(attrs, dict) or not attrs or not all(
            isinstance(key, str) and key.upper() in SETTABLE and isinstance(value, str)
            for key, value in attrs.items()):
        raise Unsupported(f"attributes {attrs!r}")
    return normalize_token_attrs(vocab, attrs)


def _index(alternatives: list[Alternative], attrs: tuple[dict[int, int], ...],
           indices: tuple[int, ...]) -> Rules:
    columns = tuple(sorted({attr for alternative in alternatives for token in alternative.tokens
                            for attr, _, _ in token} | set(INDEX_FIELDS)))
    position = {attr: i for i, attr in enumerate(columns)}
    filed: dict[int, dict[int, list[Alternative]]] = {position[attr]: {} for attr in INDEX_FIELDS}
    always = []
    for alternative in alternatives:
        # Checks read a token's row, so attribute ids become row positions.
        tokens = tuple(tuple((position[attr], kind, operand) for attr, kind, operand in token)
                       for token in alternative.tokens)
        alternative = Alternative(alternative.rule, tokens)
        fixed = next(((column, kind, operand) for column in filed for at, kind, operand in tokens[0]
                      if at == column and kind in (EQUALS, ONE_OF)), None)
        if fixed is None:
            always.append(alternative)
            continue
        column, kind, operand = fixed
        for value in ([operand] if kind == EQUALS else sorted(operand)):
            filed[column].setdefault(value, []).append(alternative)
    return Rules(columns, attrs, indices,
                 tuple((column, {value: tuple(alts) for value, alts in table.items()})
                       for column, table in filed.items() if table),
                 tuple(always))


def _holds(checks: tuple[Check, ...], row: Sequence[int]) -> bool:
    for column, kind, operand in checks:
        value = row[column]
        if kind == EQUALS:
            if value != operand:
                return False
        elif kind == ONE_OF:
            if value not in operand:
                return False
        elif kind == NONE_OF:
            if value in operand:
                return False
        elif not operand(value):
            return False
    return True


def token_start(rules: Rules, row: tuple[int, ...]) -> Start:
    """The candidates filed under a token's values, and the ``always`` ones, checked."""
    candidates = [alternative for column, table in rules.filed
                  for alternative in table.get(row[column], ())] + list(rules.always)
    starting = [alternative for alternative in candidates if _holds(alternative.tokens[0], row)]
    one = {alternative.rule for alternative in starting if len(alternative.tokens) == 1}
    return Start(rules.merged(one), tuple(sorted(one)),
                 tuple(alternative for alternative in starting if len(alternative.tokens) > 1))


class IndexedAttributeRuler:
    """Sets POS, MORPH, LEMMA, TAG and DEP as the stock attribute ruler would."""

    def __init__(self, vocab: Vocab, rules: Rules | None = None):
        self.vocab = vocab
        self.rules = rules

    @property
    def rules(self) -> Rules | None:
        return self._rules

    @rules.setter
    def rules(self, rules: Rules | None) -> None:
        self._rules = rules
        # A token's start depends on its own row only, and rows recur throughout a corpus.
        self._start: Callable[[tuple[int, ...]], Start] = lru_cache(maxsize=ROW_CACHE)(
            partial(token_start, rules))

    def __call__(self, doc: Doc) -> Doc:
        rules = self._rules
        if rules is None or not len(doc):
            return doc
        # Everything is matched on the document as it arrives, before anything is set: rules
        # read TAG and DEP that other rules set.
        rows = doc.to_array(list(rules.columns)).tolist()
        starts = [self._start(tuple(row)) for row in rows]
        longer: dict[int, list[int]] = {}
        for start, found in enumerate(starts):
            for alternative in found.longer:
                end = start + len(alternative.tokens)
                if end <= len(rows) and all(_holds(checks, rows[at]) for at, checks in
                                            zip(range(start + 1, end), alternative.tokens[1:])):
                    index = rules.indices[alternative.rule]
                    target = start + index if index >= 0 else end + index
                    longer.setdefault(target, []).append(alternative.rule)
        # The stock ruler applies every match in rule order; per token that leaves each
        # attribute with the value of the last rule that sets it.
        for target, found in enumerate(starts):
            attrs = found.attrs if target not in longer else rules.merged({*found.rules, *longer[target]})
            if attrs:
                set_token_attrs(doc[target], attrs)
        return doc


@Language.factory(FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """A ruler without rules; ``replace_attribute_ruler`` gives it the stock ruler's."""
    return IndexedAttributeRuler(nlp.vocab)


def replace_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put the indexed ruler, with the patterns of the ruler called ``name``, in its place;
    False (the stock ruler kept) when a pattern is unsupported."""
    rules = compile_rules(nlp.get_pipe(name).patterns, nlp.vocab)
    if rules is None:
        return False
    indexed = nlp.add_pipe(FACTORY, before=name)
    indexed.rules = rules
    nlp.remove_pipe(name)
    return True
