import csv, tomllib, re, collections, sys
OUT='/tmp/train13/out'
stories=[('tm','motorway-tolls'),('nm','airliner-near-miss'),('lb','library-closures')]
CASES=set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())
rows=[]; errs=[]
for short,story in stories:
    actors=tomllib.load(open(f'{OUT}/{story}/actors.toml','rb'))
    groups=set(actors['groups'])
    for a in actors['actors']:
        if a['group'] not in groups: errs.append(f'{story}: bad group {a}')
    sents=collections.OrderedDict(); cur=None
    for line in open(f'{short}.txt',encoding='utf-8'):
        line=line.rstrip('\n')
        if line.startswith('## '): cur=line[3:]; sents[cur]=[]
        elif line.strip(): sents[cur].append(line)
    codes={}
    for line in open(f'{short}.codes',encoding='utf-8'):
        line=line.rstrip('\n')
        if not line: continue
        f=line.split('\t')
        if len(f)!=7: errs.append(f'bad code line {line!r}'); continue
        k=(f[0],int(f[1]))
        if k in codes: errs.append(f'dup {k}')
        codes[k]=f
    for pid,ss in sents.items():
        for i,s in enumerate(ss,1):
            k=(pid,i)
            if k not in codes: errs.append(f'missing code {k}'); continue
            _,_,bl,rep,case,hn,note=codes.pop(k)
            for g in [x for x in (bl+';'+rep).split(';') if x]:
                if g not in groups: errs.append(f'{k} unknown group {g}')
            if case not in CASES: errs.append(f'{k} bad case {case}')
            if hn=='1' and bl: errs.append(f'{k} hn=1 but blamed')
            if bl and not note: errs.append(f'{k} blame without note')
            if rep and not note: errs.append(f'{k} reported without holder note')
            rows.append(dict(story=story,passage_id=pid,sentence_index=i,text=s,blamed=bl,reported=rep,case=case,hard_negative=int(hn),note=note))
    for k in codes: errs.append(f'code without sentence {k}')
print('\n'.join(errs) or 'no errors')
with open(f'{OUT}/blame_train_13.csv','w',encoding='utf-8',newline='') as fh:
    w=csv.DictWriter(fh,fieldnames=['story','passage_id','sentence_index','text','blamed','reported','case','hard_negative','note'],lineterminator='\n')
    w.writeheader(); w.writerows(rows)
