import csv, tomllib, re, collections, io, sys
OUT = "/tmp/blind19/out"
STORIES = [("metro-tunnel-flood", "mt"), ("youth-academies", "ya"), ("nursery-collapse", "nc")]
CASES = set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())
rows = []
problems = []
for story, short in STORIES:
    actors = tomllib.load(open(f"{OUT}/{story}/actors.toml", "rb"))
    groups = set(actors["groups"])
    for a in actors["actors"]:
        if a["group"] not in groups: problems.append(f"{story}: actor {a['id']} bad group")
    for w in "ab":
        pno = 0; idx = 0
        for line in open(f"{short}-{w}.txt", encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("# writer"): continue
            if line.startswith("# p"):
                pno += 1; idx = 0
                assert line == f"# p{pno:02d}", line
                continue
            f = [x.strip() for x in line.split(" | ")]
            if len(f) != 6: problems.append(f"bad fields: {line[:60]}"); continue
            text, blamed, reported, case, hn, note = f
            idx += 1
            pid = f"{short}-{w}-p{pno:02d}"
            for g in filter(None, blamed.split(";") + reported.split(";")):
                if g not in groups: problems.append(f"{pid}.{idx}: unknown group {g}")
            if case not in CASES: problems.append(f"{pid}.{idx}: bad case {case}")
            if hn == "1" and blamed: problems.append(f"{pid}.{idx}: hn with blame")
            if blamed and not note: problems.append(f"{pid}.{idx}: blame without note")
            if reported and "holder" not in note: problems.append(f"{pid}.{idx}: reported without holder")
            if w == "a" and re.search(r"[\"']", text): problems.append(f"{pid}.{idx}: straight quote in a")
            if w == "b" and re.search(r"[“”‘’]", text): problems.append(f"{pid}.{idx}: curly quote in b")
            if "|" in text: problems.append(f"{pid}.{idx}: pipe")
            rows.append(dict(story=story, passage_id=pid, sentence_index=idx, text=text, blamed=blamed,
                             reported=reported, case=case, hard_negative=int(hn), note=note))
fields = "story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note".split(",")
with open(f"{OUT}/blame_heldout_v19.csv", "w", encoding="utf-8", newline="") as fh:
    wr = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
    wr.writeheader(); wr.writerows(rows)
print("\n".join(problems) or "no problems")
