import csv, tomllib, re, collections
OUT='/tmp/train13/out'
rows=list(csv.DictReader(open(f'{OUT}/blame_train_13.csv',encoding='utf-8')))
for story in ['motorway-tolls','airliner-near-miss','library-closures']:
    A=tomllib.load(open(f'{OUT}/{story}/actors.toml','rb'))
    pats=[]
    for a in A['actors']:
        for al in a['aliases']:
            base=al[4:] if al.startswith('the ') else al
            pats.append((a['group'],al,re.compile(r"(?<![\w-])"+re.escape(base)+r"(?:'s|’s)?(?![\w])")))
    sr=[r for r in rows if r['story']==story]
    para=collections.defaultdict(str)
    for r in sr: para[r['passage_id']]+=' '+r['text']
    print('=====',story)
    for r in sr:
        hits={g for g,al,p in pats if p.search(r['text'])}
        need=[g for g in (r['blamed']+';'+r['reported']).split(';') if g]
        miss=[g for g in need if g not in hits]
        if miss:
            phits={g for g,al,p in pats if p.search(para[r['passage_id']])}
            print('  not in sentence:',r['passage_id'],r['sentence_index'],miss,'in para' if all(m in phits for m in miss) else 'NOT IN PARA',r['case'])
    # possessive forms in text of alias bases that are unlisted
    text=' '.join(r['text'] for r in sr)
    for a in A['actors']:
        for al in a['aliases']:
            base=al[4:] if al.startswith('the ') else al
            for m in re.finditer(re.escape(base)+r"('s|’s)",text):
                if base+m.group(1) not in a['aliases'] and 'the '+base+m.group(1) not in a['aliases']:
                    print('  possessive not listed:',base+m.group(1))
    # capitalised word sequences not covered
    caps=collections.Counter(re.findall(r"\b[A-Z][\w’']+(?:\s(?:of\s|for\s)?[A-Z][\w’']+)*",text))
    unc=[c for c in caps if not any(p.search(c) for g,al,p in pats)]
    print('  uncovered caps:',sorted(unc))
