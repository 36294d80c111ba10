import csv, tomllib, re, collections, sys
STORIES=[('kestrel-park-crush','kp'),('almara-famine','af'),('widows-pension-error','wp')]
CASES="adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split()
rows=[]; errs=[]
for story,short in STORIES:
    act=tomllib.load(open(f'../{story}/actors.toml','rb'))
    groups=set(act['groups'])
    aliases=collections.defaultdict(list)
    for a in act['actors']:
        assert a['group'] in groups, a
        aliases[a['group']]+=a['aliases']
    pid=None; paras=collections.OrderedDict()
    for ln in open(f'_data_{short}.txt',encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        if ln.startswith('## '):
            pid=ln[3:].strip(); paras[pid]=[]; continue
        parts=[p.strip() for p in ln.split('||')]
        assert len(parts)==6,(ln,len(parts))
        paras[pid].append(parts)
    for pid,sents in paras.items():
        assert re.fullmatch(short+r'-[ab]-p\d\d',pid),pid
        w=pid.split('-')[1]
        if not 3<=len(sents)<=5: errs.append(f'{pid}: {len(sents)} sentences')
        for i,(text,bl,rep,case,hn,note) in enumerate(sents,1):
            if w=='a' and re.search(r"[\"']",text): errs.append(f'{pid}.{i} straight quote in a')
            if w=='b' and re.search('[“”‘’]',text): errs.append(f'{pid}.{i} typographic quote in b')
            for g in [x for x in (bl+';'+rep).split(';') if x]:
                if g not in groups: errs.append(f'{pid}.{i} unknown group {g}')
            if case not in CASES: errs.append(f'{pid}.{i} bad case {case}')
            if hn not in ('0','1'): errs.append(f'{pid}.{i} bad hn')
            if hn=='1' and bl: errs.append(f'{pid}.{i} hn with blame')
            if bl and not note: errs.append(f'{pid}.{i} blame without note')
            if rep and not note: errs.append(f'{pid}.{i} reported without note')
            # rough check: an alias of each coded group appears in the paragraph up to this sentence
            upto=' '.join(s[0] for s in sents[:i])
            for g in [x for x in (bl+';'+rep).split(';') if x]:
                if not any(re.search(r'(?<![\w-])'+re.escape(al[4:] if al.startswith('the ') else al)+r'(?![\w-])',upto) for al in aliases[g]):
                    print('WARN no alias in paragraph so far:',pid,i,g,'|',text)
            rows.append(dict(story=story,passage_id=pid,sentence_index=i,text=text,blamed=bl,reported=rep,case=case,hard_negative=int(hn),note=note))
    # alias usage
    alltext=' '.join(r['text'] for r in rows if r['story']==story)
    for g,als in aliases.items():
        for al in als:
            core=al[4:] if al.startswith('the ') else al
            if not re.search(r'(?<![\w-])'+re.escape(core)+r'(?![\w-])',alltext): print('unused alias',story,al)
if errs: print('\n'.join(errs)); sys.exit(1)
with open('../blame_heldout_v6.csv','w',newline='',encoding='utf-8') as f:
    wr=csv.DictWriter(f,fieldnames='story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note'.split(','),lineterminator='\n')
    wr.writeheader(); wr.writerows(rows)
print('rows',len(rows))
