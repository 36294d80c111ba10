import csv, tomllib, re, collections, io
W='/tmp/blind5/out/work/'; O='/tmp/blind5/out/'
stories=[('wendle-flood','wf'),('larkfield-dairy','ld'),('vellarin-election','ve')]
CASES=set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())
rows=[]
for story,sh in stories:
    groups=set(tomllib.load(open(O+story+'/actors.toml','rb'))['groups'])
    text={}
    for w in 'ab':
        paras=open(W+f'{sh}-{w}.txt',encoding='utf-8').read().strip().split('\n\n')
        for i,p in enumerate(paras,1):
            for j,s in enumerate(p.split('\n'),1):
                text[(f'{sh}-{w}-p{i:02d}',j)]=s
    codes={}
    for line in open(W+f'code-{sh}.txt',encoding='utf-8'):
        line=line.rstrip('\n')
        if not line: continue
        pid,idx,bl,rep,case,hn,note=line.split('|')
        k=(pid,int(idx)); assert k not in codes,k; codes[k]=(bl,rep,case,hn,note)
    assert set(codes)==set(text),(set(codes)^set(text))
    for k in sorted(text):
        bl,rep,case,hn,note=codes[k]
        for g in filter(None,bl.split(';')+rep.split(';')): assert g in groups,(k,g)
        assert case in CASES,(k,case)
        assert hn in '01'
        if hn=='1': assert bl=='',k
        if bl: assert note,k
        rows.append([story,k[0],k[1],text[k],bl,rep,case,int(hn),note])
with open(O+'blame_heldout_v5.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow('story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note'.split(',')); w.writerows(rows)
print(len(rows))
