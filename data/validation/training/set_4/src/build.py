import csv, re, tomllib, collections, io, sys
OUT = "/tmp/train4/out"
STORIES = [("ch", "rivermend-appeal"), ("sm", "brightwell-smart-meters"), ("st", "national-stadium")]
CASES = set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())

def curly(s):
    out = []
    for i, ch in enumerate(s):
        prev = s[i-1] if i else " "
        if ch == '"':
            out.append("“" if (prev.isspace() or prev in "(—[") else "”")
        elif ch == "'":
            out.append("‘" if (prev.isspace() or prev in "(—[") else "’")
        else:
            out.append(ch)
    return "".join(out)

rows = []
for short, story in STORIES:
    writer = None; para = None
    for ln in open(f"{OUT}/src/{short}.txt", encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        if ln.startswith("## "): para = ln[3:].strip(); idx = 0; continue
        if ln.startswith("# "): writer = ln[2:].strip(); continue
        parts = [p.strip() for p in ln.split("|")]
        assert len(parts) == 6, (ln, len(parts))
        text, blamed, reported, case, hn, note = parts
        idx += 1
        if writer == "a": text = curly(text)
        else: assert not re.search("[“”‘’]", text), text
        rows.append(dict(story=story, passage_id=f"{short}-{writer}-p{para}", sentence_index=idx, text=text,
                         blamed=blamed, reported=reported, case=case, hard_negative=int(hn), note=note))

with open(f"{OUT}/blame_train_4.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader(); w.writerows(rows)
print("rows", len(rows))
