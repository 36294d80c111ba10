import csv, re, tomllib, collections, sys
OUT='/tmp/train10/out'
STORIES={'rt':'northway-timetable','sw':'carrow-haven-seawall','ca':'homeward-care'}
CASES=set('adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim'.split())
sents={}
order=[]
for sh in STORIES:
    for w in 'ab':
        paras=open(f'{OUT}/work/{sh}-{w}.txt',encoding='utf-8').read().strip().split('\n\n')
        assert len(paras)==7,(sh,w,len(paras))
        for pi,p in enumerate(paras,1):
            lines=[l for l in p.split('\n') if l.strip()]
            assert 3<=len(lines)<=5,(sh,w,pi,len(lines))
            for si,l in enumerate(lines,1):
                pid=f'{sh}-{w}-p{pi:02d}'
                sents[(pid,si)]=l.strip(); order.append((pid,si))
                if w=='a': assert "'" not in l and '"' not in l,(pid,si,l)
                else: assert not set('‘’“”')&set(l),(pid,si,l)
codes={}
for line in open(f'{OUT}/work/codes.txt',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line: continue
    pid,idx,bl,rep,case,hn,note=line.split('|')
    k=(pid,int(idx)); assert k not in codes,k; codes[k]=(bl,rep,case,int(hn),note)
assert set(codes)==set(sents),(set(codes)^set(sents))
actors={}
for sh,st in STORIES.items():
    d=tomllib.load(open(f'{OUT}/{st}/actors.toml','rb'))
    groups=set(d['groups']); assert 'other' in groups and 6<=len(groups)<=8
    pats=collections.defaultdict(list)
    for a in d['actors']:
        assert a['group'] in groups
        for al in a['aliases']:
            base=al[4:] if al.startswith('the ') else al
            pats[a['group']].append(re.compile(r"(?<![\w'’-])"+re.escape(base)+r"(?:['’]s)?(?![\w-])"))
    actors[sh]=(groups,pats)
def mentions(sh,text):
    return {g for g,ps in actors[sh][1].items() if any(p.search(text) for p in ps)}
rows=[]; warn=[]
for k in order:
    pid,si=k; sh=pid[:2]; st=STORIES[sh]
    bl,rep,case,hn,note=codes[k]; text=sents[k]
    assert case in CASES,(k,case)
    groups=actors[sh][0]
    for g in filter(None,(bl.split(';')+rep.split(';'))): assert g in groups,(k,g)
    if hn: assert bl=='',k
    if bl: assert note,k
    if rep: assert 'holder' in note.lower(),k
    m=mentions(sh,text)
    prev=' '.join(sents[(pid,j)] for j in range(1,si))
    for g in filter(None,bl.split(';')+rep.split(';')):
        if g not in m:
            warn.append(f'{pid}.{si} {g} not named in sentence (in earlier paragraph: {g in mentions(sh,prev)}) case={case}: {text}')
    rows.append([st,pid,si,text,bl,rep,case,hn,note])
with open(f'{OUT}/blame_train_10.csv','w',encoding='utf-8',newline='') as f:
    wr=csv.writer(f,lineterminator='\n'); wr.writerow('story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note'.split(','))
    wr.writerows(rows)
print('\n'.join(warn))
