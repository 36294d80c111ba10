"""Blame on whoever said words the writer glosses as a cover: "The department says it is
‘monitoring the situation’, which is what departments say when they intend to do nothing",
"Its director says the other seven were ‘consolidated for efficiency’ — a phrase that, in plain
English, means ‘removed’".

The writer quotes an actor's words and, right after the closing quotation mark, says what
they really mean: a relative "which …" or a "phrase", "word" or "way of saying" set off by a
dash or a comma. The quotation is held up as a euphemism, and the one who said it is blamed:
the writer characterises the speaker's conduct as a cover-up (docs/codebooks/blame.md,
negative characterisation; the blind coders of the training columns code it so, under the
case they call scare_quote). A gloss that grants the words ("…, which is true") blames
nobody.

``relabelled_acts`` blames whoever did an act and then named it: "raised the price to £41.80
and called the increase a “correction”", "moved the market and called it urban renewal".
The naming is the doer's own gloss on the act, and the writer, by telling the act beside it,
holds the name up as a cover. Part of the rules of ``blame_rules``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import grammar
from .blame_cues import Cues
from .blame_hits import Hit, hits_on
from .continued_blame import past_act
from .parsing import sentence_text, tokens
from .references import SentenceActors
from .reports import NAMING_VERBS, quoted_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns that name words as words: "— a phrase that means ‘removed’", ", a polite way of saying".
GLOSS_NOUNS = frozenset({"phrase", "word", "way", "euphemism", "term", "expression", "code"})
# Words that grant what was said instead of unmasking it: "…, which is true".
GRANTING_WORDS = frozenset({"true", "right", "fair", "correct", "accurate", "reasonable", "so"})
# Words in single quotation marks: an opening mark before a word, a closing one after it and
# before no letter (so "it’s" and "the councils’ budgets" are not quotations).
SINGLE_QUOTED = re.compile(r"(?<!\w)[‘'](?=\w)([^‘’'\n]{1,80}?[\w.,!?])[’'](?!\w)")
# Punctuation between a closing quotation mark and the gloss.
GLOSS_PUNCTUATION = frozenset({",", "—", "–", "-", "--"})
# How far from the quotation to look for the verb that said it.
MAX_STEPS = 4
# Words that stand for the act just told: "… and called it urban renewal".
ACT_OBJECTS = frozenset({"it", "this", "that", "them"})
# Dependencies of what a naming verb calls its object: "called it a correction", "described it as".
NAME_DEPS = frozenset({"oprd", "xcomp", "attr", "dobj"})


def glossed_quotes(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """The speakers of quoted words the writer glosses as a cover."""
    text = sentence_text(doc)
    single = [(match.start(1), match.end(1)) for match in SINGLE_QUOTED.finditer(text)]
    for start, end in sorted(set(quoted_spans(text) + single)):
        inner = doc.char_span(start, end, alignment_mode="expand")
        if inner is None or len(inner) == 0 or not _glossed(doc, inner.end):
            continue
        verb = _saying_verb(inner[0], cues)
        if verb is None or grammar.is_negated(verb):
            continue
        speakers = [r for doer in grammar.doers(verb) for r in actors.of_phrase(doer)]
        yield from hits_on(speakers, verb, verb, "characterisation")


def _glossed(doc: Doc, after: int) -> bool:
    """Whether the words after the quotation (from token ``after``: the closing mark, then
    punctuation) open a gloss that unmasks it."""
    position = after
    while position < len(doc) and (doc[position].is_quote or doc[position].text in GLOSS_PUNCTUATION):
        position += 1
    if position >= len(doc) or position == after:
        return False
    first = doc[position]
    if first.lower_ == "which":
        if first.dep_ not in {"nsubj", "nsubjpass"}:
            return False  # "…, which the board denies", "…, which they were": no gloss
        following = [token for token in doc[position + 1:position + 4] if token.lemma_ != "be"]
        return not (following and following[0].lower_ in GRANTING_WORDS)
    if first.lower_ in {"a", "an", "the"}:
        return any(token.lemma_.lower() in GLOSS_NOUNS for token in doc[position + 1:position + 4])
    return False


def _saying_verb(word: Token, cues: Cues) -> Token | None:
    """The verb of saying or naming whose words hold ``word`` (a few steps up the parse)."""
    node = word
    for _ in range(MAX_STEPS):
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "VERB" and (cues.says(node) or lemma in NAMING_VERBS):
            return node
    return None


def relabelled_acts(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """The doers of an act told with a name its doers then gave it (see the module's
    docstring): a naming verb that continues the act ("… and called it …", "…, calling it …"),
    with no subject of its own, whose object is the act (a pronoun or a noun that names no
    actor) and whose name for it is a common word, not a proper name ("called it Hope
    House"); the act asserted and past, and not reading positive (``continued_blame.past_act``)."""
    for naming in tokens(doc):
        act = naming.head
        if (naming.lemma_.lower() not in NAMING_VERBS or act.i >= naming.i or act.pos_ != "VERB"
                or not (naming.dep_ == "conj" or (naming.dep_ == "advcl" and naming.tag_ == "VBG"))
                or any(child.dep_ in grammar.SUBJECT_DEPS for child in naming.children)):
            continue
        objects = [child for child in naming.children if child.dep_ == "dobj"]
        if (not objects or not _names_an_act(objects[0], actors) or not _common_name(naming, objects[0])
                or not past_act(act, cues)):
            continue
        doers = [referent for doer in grammar.doers(act) for referent in actors.of_phrase(doer)]
        yield from hits_on(doers, act, act, "relabelled")


def _names_an_act(word: Token, actors: SentenceActors) -> bool:
    """A pronoun for the act just told, or a noun that names no actor ("the increase")."""
    if word.pos_ == "PRON":
        return word.lower_ in ACT_OBJECTS
    return word.pos_ == "NOUN" and not actors.of_phrase(word)


def _common_name(naming: Token, named: Token) -> bool:
    """The name the naming verb gives its object is a common noun or adjective: "called it urban
    renewal", "described the cut as ‘efficiency’" (the parse may read the name as a second
    object: "calling it ‘urban renewal’")."""
    names = [child for child in naming.children if child.dep_ in NAME_DEPS and child is not named]
    names += [pobj for prep in naming.children if prep.dep_ == "prep" and prep.lower_ == "as"
              for pobj in prep.children if pobj.dep_ == "pobj"]
    return any(name.pos_ in {"NOUN", "ADJ"} for name in names)
