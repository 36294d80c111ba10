import csv, collections
rows = list(csv.DictReader(open("/tmp/blind24/out/blame_heldout_v24.csv", encoding="utf-8")))
CASES = "adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split()
stories = []
for r in rows:
    if r["story"] not in stories: stories.append(r["story"])
out = []
out.append("| story | short | passages | sentences | with writer's blame | reported only | hard negatives | group codes (blamed) |")
out.append("|---|---|---|---|---|---|---|---|")
for s in stories + ["all"]:
    R = [r for r in rows if s in ("all", r["story"])]
    short = R[0]["passage_id"][:2] if s != "all" else ""
    out.append(f"| {s} | {short} | {len({r['passage_id'] for r in R})} | {len(R)} | {sum(bool(r['blamed']) for r in R)} ({100*sum(bool(r['blamed']) for r in R)/len(R):.0f}%) | {sum(bool(r['reported']) and not r['blamed'] for r in R)} | {sum(r['hard_negative']=='1' for r in R)} | {sum(len([g for g in r['blamed'].split(';') if g]) for r in R)} |")
out.append("")
out.append("| case | " + " | ".join(s for s in stories) + " | all | with writer's blame | hard negatives |")
out.append("|---|" + "---|" * (len(stories) + 3))
for c in CASES:
    per = [sum(1 for r in rows if r["case"] == c and r["story"] == s) for s in stories]
    C = [r for r in rows if r["case"] == c]
    out.append(f"| {c} | " + " | ".join(map(str, per)) + f" | {len(C)} | {sum(bool(r['blamed']) for r in C)} | {sum(r['hard_negative']=='1' for r in C)} |")
out.append("")
out.append("| story | group | blamed (writer) | reported |")
out.append("|---|---|---|---|")
for s in stories:
    gc = collections.Counter(g for r in rows if r["story"] == s for g in r["blamed"].split(";") if g)
    rc = collections.Counter(g for r in rows if r["story"] == s for g in r["reported"].split(";") if g)
    for g in sorted(set(gc) | set(rc), key=lambda g: -gc[g]):
        out.append(f"| {s} | {g} | {gc[g]} | {rc[g]} |")
print("\n".join(out))
