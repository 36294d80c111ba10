import csv, tomllib, collections
OUT = "/tmp/blind24/out"
rows = list(csv.DictReader(open(f"{OUT}/blame_heldout_v24.csv", encoding="utf-8", newline="")))
CASES = "adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split()
groups = {}
for s in sorted({r["story"] for r in rows}):
    groups[s] = set(tomllib.load(open(f"{OUT}/{s}/actors.toml", "rb"))["groups"])
byp = collections.defaultdict(list)
for r in rows:
    byp[r["passage_id"]].append(int(r["sentence_index"]))
    for g in filter(None, (r["blamed"] + ";" + r["reported"]).split(";")):
        assert g in groups[r["story"]], r
    assert r["case"] in CASES
    assert r["hard_negative"] in ("0", "1")
for p, idx in byp.items():
    assert idx == list(range(1, len(idx) + 1)), p
print("rows", len(rows), "passages", len(byp))
stories = sorted({r["story"] for r in rows}, key=lambda s: [r["story"] for r in rows].index(s))
print("story | passages | sentences | writer-blame sentences | reported-only | hard negatives | blame codes")
for s in stories + ["ALL"]:
    R = [r for r in rows if s in ("ALL", r["story"])]
    print(s, len({r["passage_id"] for r in R}), len(R), sum(bool(r["blamed"]) for r in R),
          sum(bool(r["reported"]) and not r["blamed"] for r in R), sum(r["hard_negative"] == "1" for r in R),
          sum(len([g for g in r["blamed"].split(";") if g]) for r in R))
cc = collections.Counter(r["case"] for r in rows)
print()
print("case | " + " | ".join(s[:2] for s in stories) + " | all | with blame | hn")
for c in CASES:
    per = [sum(1 for r in rows if r["case"] == c and r["story"] == s) for s in stories]
    print(c, per, cc[c], sum(1 for r in rows if r["case"] == c and r["blamed"]), sum(1 for r in rows if r["case"] == c and r["hard_negative"] == "1"))
print("min case", min(cc[c] for c in CASES))
print()
for s in stories:
    gc = collections.Counter(g for r in rows if r["story"] == s for g in r["blamed"].split(";") if g)
    rc = collections.Counter(g for r in rows if r["story"] == s for g in r["reported"].split(";") if g)
    print(s, "blamed", dict(gc), "reported", dict(rc))
