"""Assemble blame_train_11.csv from src/<short>.txt (one sentence a line) and src/<short>.codes,
then check it. Standard library only."""
import csv, re, tomllib, collections, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STORIES = [("hs", "st-aldric-heart-surgery"), ("lf", "greyshaw-landfill-fire"), ("vc", "vesland-vote-count")]
CASES = set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())
rows, problems = [], []

def parse_text(path):
    cols, col, para = {}, None, None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# "):
            col = line[2:].strip(); cols[col] = [[]]
        elif line.strip() == "":
            if cols.get(col) and cols[col][-1]: cols[col].append([])
        else:
            cols[col][-1].append(line.strip())
    return {c: [p for p in ps if p] for c, ps in cols.items()}

for short, story in STORIES:
    actors = tomllib.loads((OUT / story / "actors.toml").read_text(encoding="utf-8"))
    groups = set(actors["groups"])
    for a in actors["actors"]:
        if a["group"] not in groups: problems.append(f"{story}: actor {a['id']} has unknown group")
    cols = parse_text(OUT / "src" / f"{short}.txt")
    codes = [l.split("|") for l in (OUT / "src" / f"{short}.codes").read_text(encoding="utf-8").splitlines() if l.strip()]
    sents = []
    for c in sorted(cols):
        for pi, para in enumerate(cols[c], 1):
            for si, s in enumerate(para, 1):
                sents.append((c, pi, si, s))
    if len(sents) != len(codes):
        problems.append(f"{short}: {len(sents)} sentences vs {len(codes)} codes")
    for (c, pi, si, s), code in zip(sents, codes):
        key, blamed, reported, case, hn, note = code
        if key != f"{c}{pi}.{si}": problems.append(f"{short}: key {key} != {c}{pi}.{si}")
        for g in filter(None, (blamed + ";" + reported).split(";")):
            if g not in groups: problems.append(f"{short} {key}: unknown group {g}")
        if case not in CASES: problems.append(f"{short} {key}: bad case {case}")
        if hn == "1" and blamed: problems.append(f"{short} {key}: hard negative with blame")
        if (blamed or reported) and not note: problems.append(f"{short} {key}: blame without note")
        if c == "a" and re.search(r"[\"']", s): problems.append(f"{short} {key}: straight quote in writer a")
        if c == "b" and re.search(r"[“”‘’]", s): problems.append(f"{short} {key}: typographic quote in writer b")
        rows.append(dict(story=story, passage_id=f"{short}-{c}-p{pi:02d}", sentence_index=si, text=s,
                         blamed=blamed, reported=reported, case=case, hard_negative=int(hn), note=note))

with open(OUT / "blame_train_11.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader(); w.writerows(rows)

# re-read and check
back = list(csv.DictReader(open(OUT / "blame_train_11.csv", encoding="utf-8", newline="")))
assert len(back) == len(rows)
byp = collections.defaultdict(list)
for r in back: byp[r["passage_id"]].append(int(r["sentence_index"]))
for p, idx in byp.items():
    if idx != list(range(1, len(idx) + 1)): problems.append(f"{p}: indexes {idx}")
    if not 3 <= len(idx) <= 5: problems.append(f"{p}: {len(idx)} sentences")
print("problems:", problems or "none")
print("passages:", len(byp), "rows:", len(back))
