import csv, re, tomllib, collections
OUT = "/tmp/train4/out"
CASES = set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())
rows = list(csv.DictReader(open(f"{OUT}/blame_train_4.csv", encoding="utf-8", newline="")))
actors = {s: tomllib.load(open(f"{OUT}/{s}/actors.toml", "rb")) for s in {r["story"] for r in rows}}
def alias_re(a):
    a = re.sub(r"^the ", "", a)
    a = re.sub(r"('s|’s)$", "", a)
    return re.compile(r"(?<![\w-])(?:[Tt]he )?" + re.escape(a) + r"(?:'s|’s)?(?![\w-])")
errs = []
for s, d in actors.items():
    gs = set(d["groups"])
    assert "other" in gs and 6 <= len(gs) <= 8, (s, len(gs))
    for a in d["actors"]: assert a["group"] in gs, a
    ids = [a["id"] for a in d["actors"]]; assert len(ids) == len(set(ids))
# passages
bypass = collections.defaultdict(list)
for r in rows:
    bypass[(r["story"], r["passage_id"])].append(r)
    gs = set(actors[r["story"]]["groups"])
    for col in ("blamed", "reported"):
        for g in filter(None, r[col].split(";")):
            if g not in gs: errs.append(("bad group", r["passage_id"], r["sentence_index"], g))
    if r["case"] not in CASES: errs.append(("bad case", r["passage_id"], r["case"]))
    if r["hard_negative"] == "1" and r["blamed"]: errs.append(("hn with blame", r["passage_id"], r["sentence_index"]))
    if r["blamed"] and not r["note"]: errs.append(("no note", r["passage_id"], r["sentence_index"]))
    if r["reported"] and not r["note"]: errs.append(("no holder note", r["passage_id"], r["sentence_index"]))
    w = r["passage_id"].split("-")[1]
    if w == "a" and re.search("[\"']", r["text"]): errs.append(("straight quote in a", r["passage_id"], r["sentence_index"]))
    if w == "b" and re.search("[“”‘’]", r["text"]): errs.append(("curly in b", r["passage_id"], r["sentence_index"]))
for k, rs in bypass.items():
    idx = [int(r["sentence_index"]) for r in rs]
    if idx != list(range(1, len(idx)+1)): errs.append(("index", k))
    if not 3 <= len(idx) <= 5: errs.append(("para length", k, len(idx)))
for s in actors:
    for w in "ab":
        n = len({p for (st, p) in bypass if st == s and p.split("-")[1] == w})
        if n != 7: errs.append(("paragraphs", s, w, n))
print("errors:", errs)
# alias presence check
print("\n-- blamed/reported groups without an alias in the sentence (need pronoun/short reference):")
for r in rows:
    d = actors[r["story"]]
    for col in ("blamed", "reported"):
        for g in filter(None, r[col].split(";")):
            als = [a for act in d["actors"] if act["group"] == g for a in act["aliases"]]
            if not any(alias_re(a).search(r["text"]) for a in als):
                print(f'  {r["passage_id"]}/{r["sentence_index"]} {col}={g} [{r["case"]}] {r["text"][:90]}')
# alias hits in unblamed sentences per group (trap overview)
# counts
print("\n-- counts")
for s in sorted(actors):
    rs = [r for r in rows if r["story"] == s]
    print(s, "sent", len(rs), "blamed", sum(1 for r in rs if r["blamed"]), "reported", sum(1 for r in rs if r["reported"]),
          "hn", sum(1 for r in rs if r["hard_negative"] == "1"),
          "groups", dict(collections.Counter(g for r in rs for g in r["blamed"].split(";") if g)))
c = collections.Counter(r["case"] for r in rows)
print(sorted(c.items()))
print("missing/under2:", [k for k in CASES if c[k] < 2])
