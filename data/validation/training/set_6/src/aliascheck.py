import csv, tomllib, re, pathlib, collections
OUT = pathlib.Path('/tmp/train6/out')
rows = list(csv.DictReader(open(OUT / 'blame_train_6.csv', encoding='utf-8')))
for story in ['velmont-zoo', 'vallorin-wine', 'castrell-marathon']:
    act = tomllib.load(open(OUT / story / 'actors.toml', 'rb'))
    pats = []
    for a in act['actors']:
        for al in a['aliases']:
            base = al[4:] if al.startswith('the ') else al
            pats.append((re.compile(r'(?<![\w&])' + re.escape(base) + r"(?:['’]s?)?(?![\w])"), a['group'], al))
    uncovered = collections.Counter()
    print('=====', story)
    for r in rows:
        if r['story'] != story: continue
        spans = []; hits = []
        for pat, g, al in pats:
            for m in pat.finditer(r['text']):
                spans.append(m.span()); hits.append(g)
        caps = [m for m in re.finditer(r'\b[A-Z][a-z]+\b', r['text']) if m.start() > 0]
        for m in caps:
            if not any(s <= m.start() < e for s, e in spans):
                uncovered[m.group()] += 1
        print(r['passage_id'], r['sentence_index'], 'B=' + r['blamed'], 'R=' + r['reported'], 'hits=', sorted(set(hits)))
    print('uncovered capitalised:', dict(uncovered))
