import csv, tomllib, importlib.util, collections, sys, re, io
OUT = "/tmp/blind24/out"
STORIES = [("sr", "varenne-wells"), ("pf", "brightbowl-pet-food"), ("ts", "caldoria-athletics-selection")]
CASES = "adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split()
def load(name):
    spec = importlib.util.spec_from_file_location(name, f"{OUT}/_build/{name}.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.P
rows = []
errors = []
for short, story in STORIES:
    with open(f"{OUT}/{story}/actors.toml", "rb") as f:
        actors = tomllib.load(f)
    groups = set(actors["groups"])
    for a in actors["actors"]:
        if a["group"] not in groups: errors.append(f"{story}: actor {a['id']} bad group")
    for w in "ab":
        P = load(f"{short}_{w}")
        for pi, para in enumerate(P, 1):
            if not 3 <= len(para) <= 5: errors.append(f"{short}-{w}-p{pi:02d}: {len(para)} sentences")
            for si, (text, blamed, reported, case, hn, note) in enumerate(para, 1):
                pid = f"{short}-{w}-p{pi:02d}"
                for g in filter(None, (blamed + ";" + reported).split(";")):
                    if g not in groups: errors.append(f"{pid}.{si}: unknown group {g}")
                if case not in CASES: errors.append(f"{pid}.{si}: bad case {case}")
                if hn and blamed: errors.append(f"{pid}.{si}: hn with blame")
                if (blamed or reported) and not note: errors.append(f"{pid}.{si}: missing note")
                if w == "a" and re.search(r"['\"]", text): errors.append(f"{pid}.{si}: straight quote in a")
                if w == "b" and re.search(r"[‘’“”]", text): errors.append(f"{pid}.{si}: curly quote in b")
                if text != text.strip() or "  " in text: errors.append(f"{pid}.{si}: whitespace")
                rows.append(dict(story=story, passage_id=pid, sentence_index=si, text=text, blamed=blamed,
                                 reported=reported, case=case, hard_negative=hn, note=note))
print("\n".join(errors) or "no errors")
fields = "story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note".split(",")
with open(f"{OUT}/blame_heldout_v24.csv", "w", newline="", encoding="utf-8") as f:
    wr = csv.DictWriter(f, fieldnames=fields, lineterminator="\n"); wr.writeheader(); wr.writerows(rows)
