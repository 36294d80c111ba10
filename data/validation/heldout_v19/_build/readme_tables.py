import csv, collections
rows = list(csv.DictReader(open("/tmp/blind19/out/blame_heldout_v19.csv", encoding="utf-8")))
S = ["metro-tunnel-flood", "youth-academies", "nursery-collapse"]
out = []
out.append("| story | writer | passages | sentences | writer's blame | reported | hard negatives |")
out.append("|---|---|---|---|---|---|---|")
T = collections.Counter()
for s in S:
    for w in "ab":
        rr = [r for r in rows if r["story"] == s and r["passage_id"][3] == w]
        p = len({r["passage_id"] for r in rr}); b = sum(bool(r["blamed"]) for r in rr)
        rp = sum(bool(r["reported"]) for r in rr); h = sum(int(r["hard_negative"]) for r in rr)
        out.append(f"| {s} | {w} | {p} | {len(rr)} | {b} | {rp} | {h} |")
        T.update(p=p, n=len(rr), b=b, r=rp, h=h)
out.append(f"| **total** | | {T['p']} | {T['n']} | {T['b']} ({100*T['b']/T['n']:.0f}%) | {T['r']} | {T['h']} |")
out.append("")
out.append("| case | mt | ya | nc | total | of which with writer's blame | hard negatives |")
out.append("|---|---|---|---|---|---|---|")
for c in sorted({r["case"] for r in rows}):
    cc = [r for r in rows if r["case"] == c]
    per = [sum(1 for r in cc if r["story"] == s) for s in S]
    out.append(f"| {c} | {per[0]} | {per[1]} | {per[2]} | {len(cc)} | {sum(bool(r['blamed']) for r in cc)} | {sum(int(r['hard_negative']) for r in cc)} |")
out.append("")
out.append("| story | group | writer's blame (sentences) | reported (sentences) |")
out.append("|---|---|---|---|")
import tomllib
for s in S:
    g = tomllib.load(open(f"/tmp/blind19/out/{s}/actors.toml", "rb"))["groups"]
    for k in g:
        b = sum(k in r["blamed"].split(";") for r in rows if r["story"] == s)
        rp = sum(k in r["reported"].split(";") for r in rows if r["story"] == s)
        out.append(f"| {s} | {k} | {b} | {rp} |")
print("\n".join(out))
