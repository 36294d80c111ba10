"""Agreement of the blame rules with hand coding (``data/validation/``, codebook
docs/codebooks/blame.md).

The sets, all coded by coders who never saw the rules:

- **development**: the 108 sentences of the bundled columns (``blame_gold.csv``);
- **held-out passages, version 1**: 66 sentences of new text on other conflicts, coded with
  the bundled actor groups (``blame_passages.csv``);
- **held-out stories, version 2**: 247 sentences of four stories far from the bundled one,
  each with its own actors file, with hard cases and hard negatives marked
  (``heldout/blame_heldout.csv``); written and coded before the parse-based rules existed
  and never used to tune them;
- **development columns**: 214 sentences of four stories written as opinion columns, two
  writers each (``dev_columns/blame_dev_columns.csv``, ``DEV_COLUMNS_FILE``), coded blind but
  used to tune the rules;
- **held-out columns, set 3**: 179 sentences of three more stories written as opinion
  columns, two writers each (``heldout_v3/blame_heldout_v3.csv``, ``COLUMNS_FILE``); read with
  the same functions as version 2, given its folder;
- **held-out columns, sets 4 to 27**: about 180 sentences each of three more stories written the
  same way (``heldout_v<n>/``, ``column_set``), each written blind after the rules of an
  earlier session and committed before the measure ran on it; ``COLUMN_SETS`` lists sets 3 to 27;
- **training columns**: 2,588 sentences of forty-two stories in fourteen sets (``training/set_<n>/``,
  ``TRAINING_SETS``), written and coded blind like the held-out columns but development
  material: the rules were tuned on them.

Scores are micro-averaged over groups (``agreement.label_agreement``): a sentence that blames
two groups counts twice. Their 95% intervals (``agreement_interval``, ``heldout_interval``)
resample whole paragraphs or passages. Only blame in the writer's own voice is compared with ``blamed``;
reported blame (``stance == "reported"``) is compared with the held-out ``reported`` column.
"""

from __future__ import annotations

from pathlib import Path

from .._plumbing.lazy_pandas import pd  # imported on first use: see _plumbing/lazy_pandas.py
from .._plumbing.paths import PROJECT_ROOT
from ..measures.actors import ActorDictionary, load_actors
from ..measures.blame import blame_table
from .agreement import bootstrap_interval, label_agreement, share

VALIDATION_DIR = PROJECT_ROOT / "data" / "validation"
GOLD_V1_FILE = VALIDATION_DIR / "blame_gold.csv"
GOLD_FILE = VALIDATION_DIR / "blame_gold_v2.csv"
PASSAGES_FILE = VALIDATION_DIR / "blame_passages.csv"
HELDOUT_DIR = VALIDATION_DIR / "heldout"
HELDOUT_FILE = HELDOUT_DIR / "blame_heldout.csv"
QUOTES_HELDOUT_FILE = HELDOUT_DIR / "quotes_heldout.csv"
# A second development set: stories written as opinion columns, two writers each.
DEV_COLUMNS_DIR = VALIDATION_DIR / "dev_columns"
DEV_COLUMNS_FILE = DEV_COLUMNS_DIR / "blame_dev_columns.csv"
# Held-out set 3: the stories written as opinion columns, two writers each.
COLUMNS_DIR = VALIDATION_DIR / "heldout_v3"
COLUMNS_FILE = COLUMNS_DIR / "blame_heldout_v3.csv"
# Held-out sets 4 to 27: three more stories each, written as opinion columns, in folders
# numbered like set 3's (``column_set``).
LAST_COLUMN_SET = 27


def column_set(number: int) -> tuple[Path, Path]:
    """The folder and the coded file of held-out column set ``number`` (3 to ``LAST_COLUMN_SET``)."""
    folder = VALIDATION_DIR / f"heldout_v{number}"
    return folder, folder / f"blame_heldout_v{number}.csv"


# Every held-out set written as opinion columns: (folder, coded file).
COLUMN_SETS = tuple(column_set(number) for number in range(3, LAST_COLUMN_SET + 1))
# A second, independent coding of held-out sets 9 and 10, by coders who saw only the
# codebook, the sentences and the actors files (not the first coding): (folder, first
# coding, second coding).
SECOND_CODING_DIR = VALIDATION_DIR / "second_coding"
SECOND_CODINGS = ((*column_set(9), SECOND_CODING_DIR / "recode_heldout_v9.csv"),
                  (*column_set(10), SECOND_CODING_DIR / "recode_heldout_v10.csv"))
# The training columns: development material written like the held-out column sets.
TRAINING_DIR = VALIDATION_DIR / "training"
TRAINING_SETS = tuple((TRAINING_DIR / f"set_{n}", TRAINING_DIR / f"set_{n}" / f"blame_train_{n}.csv")
                      for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))


def load_gold(path: Path = GOLD_FILE, groups: list[str] | None = None) -> pd.DataFrame:
    """Hand coding (``sentence_id, blamed, note``) as one boolean column per group."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    return group_flags(gold["blamed"], gold["sentence_id"], groups or list(load_actors().groups))


def load_passages(path: Path = PASSAGES_FILE, groups: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Held-out passages (``passage_id, text, sentence_index, blamed``) as a sentences
    table (one paragraph per passage) and its gold flags."""
    passages = pd.read_csv(path, dtype=str, keep_default_na=False)
    sentences = passage_sentences(passages)
    return sentences, group_flags(passages["blamed"], sentences["sentence_id"],
                                  groups or list(load_actors().groups))


def passage_sentences(passages: pd.DataFrame) -> pd.DataFrame:
    """A sentences table (article_id, author, paragraph_id, sentence_id, text) for coded
    passages, one paragraph per passage, as the coder split them."""
    sentence_ids = passages["passage_id"] + ":s" + passages["sentence_index"].str.zfill(2)
    return pd.DataFrame({"article_id": passages["passage_id"], "author": "test passage",
                         "paragraph_id": passages["passage_id"], "sentence_id": sentence_ids,
                         "text": passages["text"]})


def load_heldout(path: Path = HELDOUT_FILE) -> pd.DataFrame:
    """The held-out stories, one row per sentence: story, passage_id, sentence_index, text,
    blamed, reported, case, hard_negative (bool), note, sentence_id."""
    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    coded["hard_negative"] = coded["hard_negative"] == "1"
    coded["sentence_id"] = passage_sentences(coded)["sentence_id"]
    return coded


def story_actors(story: str, folder: Path = HELDOUT_DIR) -> ActorDictionary:
    """The actors file of one held-out story."""
    return load_actors(folder / story / "actors.toml")


def heldout_predictions(coded: pd.DataFrame, folder: Path = HELDOUT_DIR) -> pd.DataFrame:
    """The rules' blame rows for every held-out story, each read with its own actors file
    (``blame.BLAME_COLUMNS`` plus ``story``)."""
    frames = []
    for story, rows in coded.groupby("story", sort=True):
        table = blame_table(passage_sentences(rows), story_actors(story, folder))
        frames.append(table.assign(story=story))
    return pd.concat(frames, ignore_index=True)


def heldout_columns() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The held-out sets written as opinion columns (``COLUMN_SETS``), pooled: the coded
    sentences and the rules' blame rows (``heldout_predictions``), for ``heldout_by_story``."""
    return pooled_sets(COLUMN_SETS)


def training_columns() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The training columns (``TRAINING_SETS``, development material), pooled like
    ``heldout_columns``."""
    return pooled_sets(TRAINING_SETS)


def pooled_sets(sets: tuple[tuple[Path, Path], ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Coded sets in the held-out format, each read with its own folder's actors files, pooled:
    the coded sentences and the rules' blame rows. Story names must differ between sets;
    passage and sentence ids are prefixed with the set's folder name ("heldout_v7/kp-a-p01"),
    since two coders may have chosen the same ones."""
    coded, predictions = [], []
    for folder, file in sets:
        rows = load_heldout(file)
        found = heldout_predictions(rows, folder)
        for table, columns in ((rows, ["passage_id", "sentence_id"]), (found, ["sentence_id"])):
            for column in columns:
                table[column] = f"{folder.name}/" + table[column]
        coded.append(rows)
        predictions.append(found)
    return pd.concat(coded, ignore_index=True), pd.concat(predictions, ignore_index=True)


def group_flags(blamed: pd.Series, sentence_ids: pd.Series, groups: list[str]) -> pd.DataFrame:
    """One boolean column per group: whether the ``;``-separated list names it."""
    table = pd.DataFrame({group: blamed.map(lambda value, g=group: g in value.split(";")).tolist()
                          for group in groups})
    table.index = pd.Index(sentence_ids.tolist(), name="sentence_id")
    return table


def predicted_flags(blame: pd.DataFrame, sentence_ids: list[str], groups: list[str],
                    stance: str = "writer") -> pd.DataFrame:
    """The rules' output in the shape of ``group_flags``, for one stance."""
    rows = blame[blame["stance"] == stance]
    sets = rows.groupby("sentence_id")["group"].agg(set)
    return pd.DataFrame({group: [group in sets.get(sid, set()) for sid in sentence_ids] for group in groups},
                        index=pd.Index(sentence_ids, name="sentence_id"))


def agreement(sentences: pd.DataFrame, gold: pd.DataFrame,
              actors: ActorDictionary | None = None) -> pd.DataFrame:
    """Per-group and micro-averaged agreement of the writer's-voice blame with hand coding
    (``agreement.label_agreement`` columns)."""
    groups = list(gold.columns)
    predicted = predicted_flags(blame_table(sentences, actors), list(gold.index), groups)
    return label_agreement(gold, predicted, groups)


def agreement_interval(sentences: pd.DataFrame, gold: pd.DataFrame,
                       actors: ActorDictionary | None = None) -> dict[str, float]:
    """95% bootstrap interval of ``agreement``'s micro precision, recall and F1, resampling
    the sentences' paragraphs (``agreement.bootstrap_interval``)."""
    groups = list(gold.columns)
    predicted = predicted_flags(blame_table(sentences, actors), list(gold.index), groups)
    paragraphs = sentences.set_index("sentence_id")["paragraph_id"].reindex(gold.index)
    return bootstrap_interval(gold, predicted, paragraphs.tolist())


def heldout_agreement(coded: pd.DataFrame, predictions: pd.DataFrame, column: str = "blamed",
                      stance: str = "writer") -> pd.DataFrame:
    """Agreement on the held-out stories, pooled over stories (groups are story-specific, so
    a label is story:group), for the writer's blame (``blamed``) or reported blame
    (``reported``, stance "reported")."""
    gold, predicted = _heldout_flags(coded, predictions, column, stance)
    return label_agreement(gold, predicted, list(gold.columns))


def heldout_interval(coded: pd.DataFrame, predictions: pd.DataFrame, column: str = "blamed",
                     stance: str = "writer") -> dict[str, float]:
    """95% bootstrap interval of ``heldout_agreement``'s micro precision, recall and F1,
    resampling passages (``agreement.bootstrap_interval``)."""
    gold, predicted = _heldout_flags(coded, predictions, column, stance)
    return bootstrap_interval(gold, predicted, coded["passage_id"].tolist())


def _heldout_flags(coded: pd.DataFrame, predictions: pd.DataFrame, column: str,
                   stance: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Coded and predicted story:group flags, one row per coded sentence."""
    labels = sorted({f"{story}:{group}" for story, value in zip(coded["story"], coded[column])
                     for group in value.split(";") if group}
                    | {f"{story}:{group}" for story, group, row_stance in
                       zip(predictions["story"], predictions["group"], predictions["stance"])
                       if row_stance == stance})
    gold_sets = [{f"{story}:{g}" for g in value.split(";") if g}
                 for story, value in zip(coded["story"], coded[column])]
    ids = list(coded["sentence_id"])
    found = predictions[predictions["stance"] == stance]
    predicted_sets = (found["story"] + ":" + found["group"]).groupby(found["sentence_id"]).agg(set)
    gold = pd.DataFrame({label: [label in s for s in gold_sets] for label in labels},
                        index=pd.Index(ids, name="sentence_id"))
    predicted = pd.DataFrame({label: [label in predicted_sets.get(sid, set()) for sid in ids]
                              for label in labels}, index=gold.index)
    return gold, predicted


def heldout_by_story(coded: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """Writer's-blame agreement per held-out story and over all of them: story, sentences,
    gold (story:group labels coded), precision, recall, f1, f1_low and f1_high (the 95%
    interval of ``heldout_interval``), hard_negatives, falsely_blamed."""
    rows = []
    for story in [*sorted(coded["story"].unique()), "all"]:
        subset = coded if story == "all" else coded[coded["story"] == story]
        found = predictions[predictions["sentence_id"].isin(subset["sentence_id"])]
        micro = heldout_agreement(subset, found).set_index("label").loc["all (micro)"]
        interval = heldout_interval(subset, found)
        hard = false_blame_on_hard_negatives(subset, found)
        rows.append({"story": story, "sentences": len(subset), "gold": int(micro["n_gold"]),
                     "precision": micro["precision"], "recall": micro["recall"], "f1": micro["f1"],
                     "f1_low": interval["f1_low"], "f1_high": interval["f1_high"],
                     "hard_negatives": hard["n"], "falsely_blamed": hard["blamed"]})
    return pd.DataFrame(rows)


def column_set_scores(number: int) -> pd.DataFrame:
    """``heldout_by_story`` for held-out column set ``number``, read with its own actors files."""
    folder, file = column_set(number)
    coded = load_heldout(file)
    return heldout_by_story(coded, heldout_predictions(coded, folder))


def false_blame_on_hard_negatives(coded: pd.DataFrame, predictions: pd.DataFrame) -> dict[str, float]:
    """Among hard negatives (sentences built to tempt a rule, in which the writer blames
    nobody), how many the rules make the writer blame someone in: n, blamed, rate."""
    hard = coded[coded["hard_negative"]]
    blamed_ids = set(predictions.loc[predictions["stance"] == "writer", "sentence_id"])
    blamed = int(hard["sentence_id"].isin(blamed_ids).sum())
    return {"n": len(hard), "blamed": blamed, "rate": round(blamed / len(hard), 3) if len(hard) else 0.0}


def precision_by_rule(coded: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """How often each rule's writer's blame is the coders' too: rule, pairs (the distinct
    (sentence, group) pairs the rule blames), right (those the coders coded blamed) and
    precision, most pairs first; a pair two rules blame counts for each. It says how far to
    trust a rule's rows, not which rules to keep: a rule kept or dropped on a held-out set's
    numbers would be tuned on that set."""
    gold = {(sentence, group) for sentence, value in zip(coded["sentence_id"], coded["blamed"])
            for group in value.split(";") if group}
    found = predictions.loc[predictions["stance"] == "writer", ["rule", "sentence_id", "group"]].drop_duplicates()
    found = found.assign(right=[pair in gold for pair in zip(found["sentence_id"], found["group"])])
    table = found.groupby("rule").agg(pairs=("right", "size"), right=("right", "sum")).reset_index()
    table["precision"] = (table["right"] / table["pairs"]).round(2)
    return table.sort_values(["pairs", "rule"], ascending=[False, True]).reset_index(drop=True)


def heldout_disagreements(coded: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """Held-out sentences where the rules' writer's blame differs from the coder's:
    story, sentence_id, case, gold, predicted, text."""
    found = _writer_groups(predictions)
    rows = []
    for row in coded.itertuples(index=False):
        gold = ";".join(sorted(g for g in row.blamed.split(";") if g))
        predicted = found.get(row.sentence_id, "")
        if gold != predicted:
            rows.append({"story": row.story, "sentence_id": row.sentence_id, "case": row.case,
                         "gold": gold, "predicted": predicted, "text": row.text})
    return pd.DataFrame(rows, columns=["story", "sentence_id", "case", "gold", "predicted", "text"])


def disagreements(sentences: pd.DataFrame, gold: pd.DataFrame,
                  actors: ActorDictionary | None = None) -> pd.DataFrame:
    """Sentences where the rules and the coder differ: sentence_id, gold, predicted, text."""
    groups = list(gold.columns)
    predicted = predicted_flags(blame_table(sentences, actors), list(gold.index), groups)
    texts = sentences.set_index("sentence_id")["text"]
    rows = []
    for sentence_id in gold.index:
        coded = [g for g in groups if gold.loc[sentence_id, g]]
        found = [g for g in groups if predicted.loc[sentence_id, g]]
        if coded != found:
            rows.append({"sentence_id": sentence_id, "gold": ";".join(coded), "predicted": ";".join(found),
                         "text": texts[sentence_id]})
    return pd.DataFrame(rows, columns=["sentence_id", "gold", "predicted", "text"])


def load_heldout_quotes(path: Path = QUOTES_HELDOUT_FILE) -> pd.DataFrame:
    """The coder's quotations in the held-out stories: story, passage_id, sentence_index,
    kind, speaker, speaker_group, note, sentence_id."""
    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    coded["sentence_id"] = passage_sentences(coded.assign(text=""))["sentence_id"]
    return coded


def heldout_quote_predictions(coded_sentences: pd.DataFrame, folder: Path = HELDOUT_DIR) -> pd.DataFrame:
    """The speakers module's quotation rows for every held-out story (``QUOTE_COLUMNS`` plus
    ``story``), each story read with its own actors file."""
    from ..measures.speakers import quotes_table

    frames = []
    for story, rows in coded_sentences.groupby("story", sort=True):
        frames.append(quotes_table(passage_sentences(rows), story_actors(story, folder)).assign(story=story))
    return pd.concat(frames, ignore_index=True)


def quote_agreement(coded: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """How well quotations and their speakers are found, per kind (direct, indirect, all).

    A coded quotation is *found* when the same sentence has a predicted row of the same kind
    (each predicted row matched once); its speaker is *right* when the predicted speaker
    names the coded one (the coder's last word, usually a surname, is among the predicted
    speaker's words; both empty counts as right) and *group right* when the actor groups are
    equal. Columns: kind, coded, predicted, found, precision, recall, speaker_right,
    group_right (shares of the found quotations).
    """
    rows = []
    for kind in ("direct", "indirect", "all"):
        gold = coded if kind == "all" else coded[coded["kind"] == kind]
        found = predicted if kind == "all" else predicted[predicted["kind"] == kind]
        pool = {key: list(group.itertuples(index=False)) for key, group in
                found.groupby(["sentence_id", "kind"])}
        matched = []
        for quote in gold.itertuples(index=False):
            candidates = pool.get((quote.sentence_id, quote.kind), [])
            if candidates:
                matched.append((quote, candidates.pop(0)))
        n_found = len(matched)
        rows.append({
            "kind": kind, "coded": len(gold), "predicted": len(found), "found": n_found,
            "precision": round(n_found / len(found), 4) if len(found) else float("nan"),
            "recall": round(n_found / len(gold), 4) if len(gold) else float("nan"),
            "speaker_right": share(sum(_names_speaker(q.speaker, p.speaker) for q, p in matched), n_found),
            "group_right": share(sum(q.speaker_group == p.speaker_group for q, p in matched), n_found),
        })
    return pd.DataFrame(rows)


def _names_speaker(coded: str, predicted: str) -> bool:
    if not coded:
        return not predicted
    return coded.split()[-1].lower() in predicted.lower().replace("’s", "").split()


def coder_agreement(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """How far two codings of the same sentences agree (``load_gold`` tables), per group and
    overall, with the first coding as reference (``agreement.label_agreement`` columns)."""
    groups = [group for group in first.columns if group in second.columns]
    return label_agreement(first[groups], second.loc[first.index, groups], groups)


def recoded_rows(coded: pd.DataFrame, path: Path) -> pd.DataFrame:
    """A second coding of ``coded``'s sentences (``story, passage_id, sentence_index, text,
    blamed, reported, note``) as blame rows (story, sentence_id, group, stance), to be scored
    against the first coding as the rules' rows are. The two must code the same sentences."""
    second = pd.read_csv(path, dtype=str, keep_default_na=False)
    keys = ["story", "passage_id", "sentence_index", "text"]
    if second[keys].values.tolist() != coded[keys].values.tolist():
        raise ValueError(f"{path.name}: its sentences differ from the first coding's")
    rows = [{"story": story, "sentence_id": sentence_id, "group": group, "stance": stance}
            for story, sentence_id, blamed, reported in zip(second["story"], coded["sentence_id"],
                                                            second["blamed"], second["reported"])
            for value, stance in ((blamed, "writer"), (reported, "reported"))
            for group in value.split(";") if group]
    return pd.DataFrame(rows, columns=["story", "sentence_id", "group", "stance"])


def between_coders(codings: tuple[tuple[Path, Path, Path], ...] = SECOND_CODINGS) -> pd.DataFrame:
    """How far two coders agree, per set and pooled, with the first coding as reference:
    set, sentences, gold (story:group labels the first coder coded), precision, recall, f1,
    f1_low and f1_high (writer's blame, as ``heldout_by_story``), reported_f1, and the
    rules' writer's-blame F1 scored against each coder (rules_f1_first, rules_f1_second)."""
    pooled: list[tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]] = []
    for folder, first_file, second_file in codings:
        coded = load_heldout(first_file)
        second = recoded_rows(coded, second_file)
        rules = heldout_predictions(coded, folder)
        for table in (coded, second, rules):
            table["sentence_id"] = f"{folder.name}/" + table["sentence_id"]
        coded["passage_id"] = f"{folder.name}/" + coded["passage_id"]
        pooled.append((coded, second, rules))
    named = [(folder.name, *tables) for (folder, _, _), tables in zip(codings, pooled)]
    if len(pooled) > 1:
        named.append(("all", *(pd.concat(parts, ignore_index=True) for parts in zip(*pooled))))
    return pd.DataFrame([_coders_row(name, *tables) for name, *tables in named])


def _coders_row(name: str, coded: pd.DataFrame, second: pd.DataFrame, rules: pd.DataFrame) -> dict:
    scores = heldout_by_story(coded, second).iloc[-1]
    reported = heldout_agreement(coded, second, column="reported", stance="reported").iloc[-1]
    as_second = coded.assign(blamed=_writer_column(coded, second))
    return {"set": name, "sentences": len(coded), "gold": scores["gold"],
            "precision": scores["precision"], "recall": scores["recall"], "f1": scores["f1"],
            "f1_low": scores["f1_low"], "f1_high": scores["f1_high"], "reported_f1": reported["f1"],
            "rules_f1_first": heldout_by_story(coded, rules).iloc[-1]["f1"],
            "rules_f1_second": heldout_by_story(as_second, rules).iloc[-1]["f1"]}


def _writer_column(coded: pd.DataFrame, rows: pd.DataFrame) -> list[str]:
    """The writer's-blame groups of ``rows`` as a ``blamed`` column for ``coded``'s sentences."""
    own = _writer_groups(rows)
    return [own.get(sentence_id, "") for sentence_id in coded["sentence_id"]]


def _writer_groups(rows: pd.DataFrame) -> pd.Series:
    """The groups blamed in the writer's voice in blame rows, ``;``-joined per sentence id."""
    own = rows[rows["stance"] == "writer"]
    return own.groupby("sentence_id")["group"].agg(lambda groups: ";".join(sorted(set(groups))))
