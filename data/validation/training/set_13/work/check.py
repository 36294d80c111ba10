import csv, tomllib, re, collections
OUT='/tmp/train13/out'
rows=list(csv.DictReader(open(f'{OUT}/blame_train_13.csv',encoding='utf-8',newline='')))
print('rows',len(rows))
by=collections.defaultdict(list)
for r in rows: by[r['passage_id']].append(int(r['sentence_index']))
bad=[p for p,ix in by.items() if ix!=list(range(1,len(ix)+1))]
print('bad index passages',bad)
sto=collections.defaultdict(collections.Counter)
for r in rows:
    c=sto[r['story']]; c['sentences']+=1; c['passages']=0
    c['blamed']+=bool(r['blamed']); c['reported']+=bool(r['reported']); c['hard_neg']+=int(r['hard_negative'])
for s,c in sto.items():
    c['passages']=len({r['passage_id'] for r in rows if r['story']==s})
    print(s,dict(c))
tot=collections.Counter()
for c in sto.values(): tot.update(c)
print('total',dict(tot), 'blame share %.2f'%(tot['blamed']/tot['sentences']))
cases=collections.Counter(r['case'] for r in rows)
cb=collections.Counter(r['case'] for r in rows if r['blamed'])
print('cases:'); 
for k in sorted(cases): print(f'  {k:17} {cases[k]:3} blamed {cb[k]:3} hn {sum(1 for r in rows if r["case"]==k and r["hard_negative"]=="1")}')
gc=collections.Counter()
for r in rows:
    for g in r['blamed'].split(';'):
        if g: gc[(r['story'],'blamed',g)]+=1
    for g in r['reported'].split(';'):
        if g: gc[(r['story'],'reported',g)]+=1
for k in sorted(gc): print(k,gc[k])
