"""spaCy's lemmatizer, memoized: the same lemmas for a fraction of the time.

``en_core_web_sm``'s lemmatizer visits every token in Python, and for every word its own cache
leaves out (all base forms: singular nouns, infinitives, plain adjectives, a quarter of the
words of the bundled columns) reads the token's morphology into a dictionary anew. Over the
160-article benchmark corpus it was a ninth of the parse (``benchmarks/RESULTS.md``).

What a token's lemma comes out as depends on nothing but its word, its coarse part of speech
and its morphology (with the lemmatizer's own tables): the rule mode reads those three, the
lookup mode the word alone. So ``MemoizedLemmatizer`` reads them for the whole document at once
(``Doc.to_array``), asks the stock lemmatizer once for each new (word, part of speech,
morphology), remembers its answer, and writes the document's lemmas back at once. Tokens that
already have a lemma (the attribute ruler sets a few) keep it unless the stock lemmatizer
overwrites, as spaCy's does. ``tests/test_memoized_lemmatizer.py`` compares every lemma with
the stock pipeline's.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "memoized_lemmatizer"
# Modes whose lemma is a function of (word, part of speech, morphology) alone.
MEMOIZABLE_MODES = {"rule", "lookup"}
# Distinct (word, part of speech, morphology) remembered; bounded so memory stays flat.
MEMORY = 2**16

Key = tuple[int, int, int]


class MemoizedLemmatizer:
    """Sets the lemmas the stock lemmatizer ``stock`` would."""

    def __init__(self, stock: Lemmatizer | None = None):
        self.stock = stock
        self._lemmas: dict[Key, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.stock is None or not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        remembered, keep_set = self._lemmas, not self.stock.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if not (lemma and keep_set):
                lemma = remembered.get((orth, pos, morph)) or self._new_lemma(doc, i, (orth, pos, morph))
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def _new_lemma(self, doc: Doc, i: int, key: Key) -> int:
        """The id of the stock lemma of the token ``i``, whose (word, part of speech,
        morphology) is ``key``, now remembered."""
        if len(self._lemmas) >= MEMORY:
            self._lemmas.clear()
        lemma = doc.vocab.strings.add(self.stock.lemmatize(doc[i])[0])
        self._lemmas[key] = lemma
        return lemma


@Language.factory(FACTORY)
def make_memoized_lemmatizer(nlp: Language, name: str) -> MemoizedLemmatizer:
    """A lemmatizer without a stock one to ask; ``replace_lemmatizer`` gives it one."""
    return MemoizedLemmatizer()


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put the memoized lemmatizer, asking the lemmatizer called ``name``, in its place; False
    (the stock one kept) when that one is not spaCy's or works in another mode."""
    stock = nlp.get_pipe(name)
    if not isinstance(stock, Lemmatizer) or stock.mode not in MEMOIZABLE_MODES:
        return False
    memoized = nlp.add_pipe(FACTORY, before=name)
    memoized.stock = stock
    nlp.remove_pipe(name)
    return True
