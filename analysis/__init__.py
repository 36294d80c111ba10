"""Compare how opinion writers cover the same story.

``load_corpus`` reads articles into tidy tables; the measuring modules (tone, readability,
actors, blame, framing) add columns or tables keyed by the same ids, and ``stats`` compares
writers at sentence and paragraph level.
"""

from .corpus import Corpus, CorpusError, InputError, load_corpus

__all__ = ["Corpus", "CorpusError", "InputError", "load_corpus"]
