"""Counts and alias checks for blame_train_11.csv. Standard library only."""
import csv, re, tomllib, collections
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
rows = list(csv.DictReader(open(OUT / "blame_train_11.csv", encoding="utf-8", newline="")))

def alias_re(al):
    core = al[4:] if al.startswith("the ") else al
    core = re.sub(r"[’']s$", "", core)
    return re.compile(r"(?<![\w])" + re.escape(core).replace("’", "[’']").replace("'", "[’']") + r"(?:[’']s)?(?![\w])")

actors = {}
for story in sorted({r["story"] for r in rows}):
    d = tomllib.loads((OUT / story / "actors.toml").read_text(encoding="utf-8"))
    actors[story] = [(a["group"], al, alias_re(al)) for a in d["actors"] for al in a["aliases"]]

print("== sentences whose coded groups have no alias in the sentence (resolved by reference):")
for r in rows:
    found = {g for g, al, rx in actors[r["story"]] if rx.search(r["text"])}
    for g in filter(None, (r["blamed"] + ";" + r["reported"]).split(";")):
        if g not in found: print(f"  {r['passage_id']}.{r['sentence_index']} {g} [{r['case']}]: {r['text'][:90]}")

print("== possessive forms in text not listed as aliases:")
for story, acts in actors.items():
    text = " ".join(r["text"] for r in rows if r["story"] == story)
    listed = {al for g, al, rx in acts}
    for g, al, rx in acts:
        base = al[4:] if al.startswith("the ") else al
        for m in re.finditer(r"(?<![\w])" + re.escape(base) + r"([’']s)(?![\w])", text):
            form = base + m.group(1)
            if form not in listed and ("the " + form) not in listed:
                print(f"  {story}: {form}"); listed.add(form)

print("== counts per story")
tot = collections.Counter()
hdr = ["story", "sentences", "writer_blame", "reported", "hard_neg", "no_blame_no_hn"]
print(" | ".join(hdr))
for story in sorted({r["story"] for r in rows}):
    rs = [r for r in rows if r["story"] == story]
    c = [len(rs), sum(bool(r["blamed"]) for r in rs), sum(bool(r["reported"]) for r in rs),
         sum(r["hard_negative"] == "1" for r in rs), sum(not r["blamed"] and r["hard_negative"] == "0" for r in rs)]
    tot.update(dict(zip(hdr[1:], c)))
    print(story, *c, sep=" | ")
print("total", *[tot[h] for h in hdr[1:]], sep=" | ")
print("== counts per case (rows, blamed, hard_neg, by story hs/lf/vc)")
for case in sorted({r["case"] for r in rows}):
    rs = [r for r in rows if r["case"] == case]
    per = collections.Counter(r["story"][:2] for r in rs)
    print(case, len(rs), sum(bool(r["blamed"]) for r in rs), sum(r["hard_negative"] == "1" for r in rs), dict(per), sep=" | ")
print("== groups blamed / reported")
gb, gr = collections.Counter(), collections.Counter()
for r in rows:
    for g in filter(None, r["blamed"].split(";")): gb[(r["story"], g)] += 1
    for g in filter(None, r["reported"].split(";")): gr[(r["story"], g)] += 1
for k in sorted(set(gb) | set(gr)): print(k, gb[k], gr[k])
