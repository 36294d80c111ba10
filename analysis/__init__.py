"""Compare how opinion writers cover the same story.

``load_corpus`` reads articles into tidy tables; the measures add columns or tables keyed by
the same ids; the comparisons set writers side by side at sentence, paragraph and article
level. Where each thing is (one line per subpackage and public module):

corpus/                     articles in, tidy tables out
  corpus/tables.py          load_corpus, plan_corpus, Corpus: the articles, paragraphs, sentences, removed tables
  corpus/readers.py         .md/.txt files with YAML front matter, CSV and JSONL rows; normalise
  corpus/catalog.py         catalog.toml: listed files, their SHA-256, cleaning rules
  corpus/checks.py          bounded parsing of untrusted input; InputError, CorpusError
  corpus/sentences.py       sentence segmentation and word tokens
  corpus/synthetic.py       generated corpora for tests and benchmarks
measures/                   what each sentence, paragraph or article says, and how
  measures/tone.py          tone: VADER scores per sentence, stock or with the domain lexicon
  measures/readability.py   readability formulas, sentence and word length, lexical diversity
  measures/actors.py        actors and their groups (actors.toml); mentions, tone toward groups
  measures/parsing.py       the spaCy English pipeline, loaded once per process
  measures/indexed_attribute_ruler.py  spaCy's attribute ruler as lookups: same output, a fifteenth of the time
  measures/grammar.py       who does what in a parsed sentence: doers, coordination, clefts
  measures/negation.py      what a clause denies: "not", "nor", "none of", "neither … nor", acts forgone
  measures/modality.py      what a clause asserts: conditions, counterfactuals, advice, modals
  measures/reports.py       reported speech: quotation marks, verbs of saying, "according to", endorsement
  measures/references.py    which actor a word names or stands for (mentions, pronouns, "the minister")
  measures/attribution.py   who does what to whom: blame and quotations read from one parse per sentence
  measures/blame_cues.py    the blame cue lists (blame_cues.toml): load_cues, Cues
  measures/blame_rules.py   the blame rules: where in a parsed sentence blame falls, and on whom
  measures/copular_blame.py the blame a copula names: "X is to blame", "the obstacle is X"
  measures/noun_blame.py    the blame a noun names: "Putin's treachery", "the blame lies with X"
  measures/cause_blame.py   the blame on a cause: "thanks to X, the war drags on"
  measures/delay_blame.py   the blame on time let pass: "took fourteen months to approve the road"
  measures/question_blame.py  the blame a question asks: "Where was the ministry?", "Did nobody notice?"
  measures/omission_blame.py  the blame on a duty left undone: "left the fault unfixed", "chose not to count one"
  measures/deserved_blame.py  blame owed and owned: "deserves a share of it", "has since admitted it",
                              "will go to prison, and he deserves to"
  measures/release_blame.py   releases from blame, denied: "None of this excuses X", "does not escape either"
  measures/continued_blame.py the charge continued: "It filed the report." after the writer blamed "it";
                              and shared along a list: "A wrote the bid, B broke the promise and C believed them"
  measures/gloss_blame.py   the blame on words glossed as a cover: "says ‘monitoring’, which is what … say when …";
                              and on an act given a cover name: "raised the price and called it a ‘correction’"
  measures/forewarned_blame.py  the blame on an act done against one's own warning: "… that its own officers said …"
  measures/finding_blame.py     the blame on an act an inquiry found out: "the review showed that the charity had put …"
  measures/standing_blame.py    the blame in a standing denied: "has no standing to lecture", "cannot plead poverty"
  measures/blame_hits.py    what a blame rule finds (Hit), and the checks the rules share
  measures/blame.py         blame rows in their voice, and the blame tables (matrix, evidence)
  measures/voice.py         in whose voice blame is: the writer's, or reported with its holder
  measures/accusations.py   blame voiced with a verb: "accuses", "holds responsible", "called him a liar"
  measures/speakers.py      quotations and who speaks them
  measures/sourcing.py      sourcing and certainty: quotation rates, figures, hedges and boosters, questions
  measures/framing.py       frames: dictionary indicators per paragraph (frames.toml)
  measures/keyness.py       words each writer uses more than the others (log-odds)
  measures/dictionaries.py  which dictionaries a run uses: the bundled ones or a corpus's own
  measures/suggest_actors.py  a draft actors.toml for a new story, from named entities
comparison/                 writers compared, with uncertainty
  comparison/stats.py       writers compared on sentences or paragraphs: differences, intervals, tests
  comparison/clustered.py   k writers compared, whole articles as the units when writers have several
  comparison/over_time.py   tone, blame and frames per month and writer
  comparison/agreement.py   agreement of a measure with hand coding: precision, recall, Cohen's kappa
  comparison/attribution_agreement.py  blame and quotations against the hand-coded sets (data/validation)
presentation/               what a reader sees
  presentation/plots/       the figures (house style and save helper in plots/__init__.py)
  presentation/findings.py  plain-language findings, built from the tables' numbers
  presentation/display.py   tables as a reader sees them in the write-up
  presentation/annotate.py  one article as a self-contained HTML page with the analysis on its text
  presentation/marks.py     overlapping marks on a sentence's text, rendered as nested HTML
  presentation/article_pages.py  the annotated pages of a corpus; the evidence browser
  presentation/writeup.py   the write-up notebook as one HTML page
  presentation/report.py    runs the numbered notebooks headless and renders the write-up
export/                     python -m analysis: the command line and the exported tables
  export/cli.py             the commands: export, report, provision, suggest-actors
  export/pipeline.py        every measure of one article, and the export loop
  export/engines.py         where articles are analysed: in process, local processes, Dask
  export/sinks.py           CSV and Parquet writers of the exported tables
  export/manifest.py        manifest.json: what an export was made from
_plumbing/                  private helpers: matching, atomic writes, lazy pandas, optional imports, paths,
                            the export processes' allocator setting and BLAS threads
data/                       the bundled dictionaries and the pages' CSS and JS

``from analysis import tone`` (and readability, actors, blame, framing, speakers, sourcing,
keyness, dictionaries, stats, clustered, over_time, findings, agreement, attribution_agreement) gives
the module; each is imported on first use, so ``import analysis`` stays cheap.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .corpus import Corpus, CorpusError, InputError, load_corpus

# Short names for the modules a notebook uses most, imported when first read.
_MODULES = {
    **{name: f"measures.{name}" for name in ("tone", "readability", "actors", "blame", "framing", "speakers",
                                               "sourcing", "keyness", "dictionaries")},
    "stats": "comparison.stats",
    "clustered": "comparison.clustered",
    "over_time": "comparison.over_time",
    "agreement": "comparison.agreement",
    "attribution_agreement": "comparison.attribution_agreement",
    "findings": "presentation.findings",
}

__all__ = ["Corpus", "CorpusError", "InputError", "load_corpus", *_MODULES]


def __getattr__(name: str) -> ModuleType:
    if name in _MODULES:
        module = importlib.import_module(f".{_MODULES[name]}", __name__)
        globals()[name] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
