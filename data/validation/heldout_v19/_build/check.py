import csv, tomllib, re, collections
OUT = "/tmp/blind19/out"
rows = list(csv.DictReader(open(f"{OUT}/blame_heldout_v19.csv", encoding="utf-8", newline="")))
print("rows", len(rows))
byp = collections.defaultdict(list)
for r in rows: byp[(r["story"], r["passage_id"])].append(int(r["sentence_index"]))
for k, v in byp.items():
    assert v == list(range(1, len(v)+1)), k
    if not 3 <= len(v) <= 5: print("passage length", k, len(v))
print("passages", len(byp))
acts = {}
for s in {r["story"] for r in rows}:
    acts[s] = tomllib.load(open(f"{OUT}/{s}/actors.toml", "rb"))
for r in rows:
    g = set(acts[r["story"]]["groups"])
    for x in filter(None, (r["blamed"]+";"+r["reported"]).split(";")): assert x in g
# counts per story / writer
st = collections.Counter(); bl = collections.Counter(); rp = collections.Counter(); hn = collections.Counter()
for r in rows:
    k = (r["story"], r["passage_id"][3])
    st[k]+=1; bl[k]+= bool(r["blamed"]); rp[k]+= bool(r["reported"]); hn[k]+= int(r["hard_negative"])
for k in sorted(st): print(k, "sent", st[k], "blamed", bl[k], "reported", rp[k], "hn", hn[k])
print("total blamed", sum(bl.values()), "of", len(rows), round(sum(bl.values())/len(rows),3))
cc = collections.Counter(r["case"] for r in rows)
for c in sorted(cc): print(f"{c:18s}{cc[c]:3d}", {s[:2]: sum(1 for r in rows if r['case']==c and r['story']==s) for s in sorted(acts)})
gc = collections.Counter()
for r in rows:
    for x in filter(None, r["blamed"].split(";")): gc[(r["story"], x, "blamed")]+=1
    for x in filter(None, r["reported"].split(";")): gc[(r["story"], x, "reported")]+=1
for k in sorted(gc): print(k, gc[k])
# alias coverage and possessive forms
for s, a in acts.items():
    txt = " ".join(r["text"] for r in rows if r["story"] == s)
    for act in a["actors"]:
        n = 0
        for al in act["aliases"]:
            base = al[4:] if al.startswith("the ") else al
            n += len(re.findall(r"(?<![\w-])" + re.escape(base) + r"(?![\w-])", txt))
        if n == 0: print("unused actor", s, act["id"])
    # possessives used in text
    for m in re.finditer(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)*)(['’]s)\b", txt):
        form = m.group(0)
        known = any(form.endswith(al[4:] if al.startswith("the ") else al) or m.group(1).endswith(al.replace("the ","")) for act in a["actors"] for al in act["aliases"])
        if not known: print("possessive not aliased:", s, form)
# splitting sanity
for r in rows:
    t = r["text"]
    if not re.search(r"[.?!][”’\"']?$", t): print("end?", r["passage_id"], t[-20:])
    if re.search(r"[.?!][”\"]? [A-Z]", t[:-1]): print("internal split?", r["passage_id"], r["sentence_index"], t[:70])
