import csv, tomllib, re, collections, io
OUT='/tmp/blind20/out'
STORIES={'sf':'halsfjord-salmon-escape','ph':'kettleby-parcel-hub','dt':'driving-test-backlog'}
CASES=set("adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split())
rows=[]
for sh,story in STORIES.items():
    groups=set(tomllib.load(open(f'{OUT}/{story}/actors.toml','rb'))['groups'])
    for w in 'ab':
        c=f'{sh}-{w}'
        T=[p.split('\n') for p in open(f'{OUT}/work_text/{c}.txt',encoding='utf-8').read().strip().split('\n\n')]
        K=[[l for l in p.split('\n') if l.strip()] for p in open(f'{OUT}/work_text/{c}.code',encoding='utf-8').read().strip().split('\n\n')]
        assert len(T)==7==len(K),c
        for pi,(tp,kp) in enumerate(zip(T,K),1):
            assert len(tp)==len(kp) and 3<=len(tp)<=5,(c,pi)
            for si,(s,k) in enumerate(zip(tp,kp),1):
                f=[x.strip() for x in k.split('|',5)]
                assert int(f[0])==si,(c,pi,si,k)
                bl,rep,case,hn,note=f[1],f[2],f[3],int(f[4]),f[5]
                for g in filter(None,(bl+';'+rep).split(';')): assert g in groups,(c,pi,si,g)
                assert case in CASES,(c,case)
                if hn: assert not bl,(c,pi,si)
                if bl: assert note,(c,pi,si)
                if rep: assert 'holder' in note,(c,pi,si)
                if w=='a': assert not re.search("[\"']",s),(c,pi,si,s)
                else: assert not re.search("[“”‘’]",s),(c,pi,si,s)
                assert s==s.strip() and '  ' not in s
                rows.append(dict(story=story,passage_id=f'{c}-p{pi:02d}',sentence_index=si,text=s,blamed=bl,reported=rep,case=case,hard_negative=hn,note=note))
with open(f'{OUT}/blame_heldout_v20.csv','w',encoding='utf-8',newline='') as fh:
    wr=csv.DictWriter(fh,fieldnames=list(rows[0]),lineterminator='\n'); wr.writeheader(); wr.writerows(rows)
print(len(rows))
