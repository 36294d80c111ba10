import csv, tomllib, collections, re
OUT='/tmp/blind20/out'
rows=list(csv.DictReader(open(f'{OUT}/blame_heldout_v20.csv',encoding='utf-8',newline='')))
acts={s:tomllib.load(open(f'{OUT}/{s}/actors.toml','rb')) for s in {r['story'] for r in rows}}
# indexes
byp=collections.defaultdict(list)
for r in rows: byp[r['passage_id']].append(int(r['sentence_index']))
assert all(v==list(range(1,len(v)+1)) for v in byp.values())
print('passages',len(byp),'sentences',len(rows))
order=['halsfjord-salmon-escape','kettleby-parcel-hub','driving-test-backlog']
print('| story | sentences | with writer\'s blame | with reported blame | hard negatives |')
tot=[0,0,0,0]
for s in order+['all']:
    R=[r for r in rows if s=='all' or r['story']==s]
    v=[len(R),sum(bool(r['blamed']) for r in R),sum(bool(r['reported']) for r in R),sum(r['hard_negative']=='1' for r in R)]
    print(f'| {s} | '+' | '.join(map(str,v))+' |')
print()
cases=sorted({r['case'] for r in rows})
print('| case | sf | ph | dt | total | with blame | hard negatives |')
sh={'halsfjord-salmon-escape':'sf','kettleby-parcel-hub':'ph','driving-test-backlog':'dt'}
for c in cases:
    R=[r for r in rows if r['case']==c]
    n={k:sum(sh[r['story']]==k for r in R) for k in ['sf','ph','dt']}
    print(f"| {c} | {n['sf']} | {n['ph']} | {n['dt']} | {len(R)} | {sum(bool(r['blamed']) for r in R)} | {sum(r['hard_negative']=='1' for r in R)} |")
print()
for s in order:
    g=collections.Counter(); rp=collections.Counter()
    for r in rows:
        if r['story']!=s: continue
        for x in filter(None,r['blamed'].split(';')): g[x]+=1
        for x in filter(None,r['reported'].split(';')): rp[x]+=1
    print(s,'blamed',dict(g),'reported',dict(rp))
# alias presence per blamed sentence (info)
print()
for r in rows:
    A=acts[r['story']]
    for grp in filter(None,(r['blamed']+';'+r['reported']).split(';')):
        al=[a for x in A['actors'] if x['group']==grp for a in x['aliases']]
        if not any(re.search(r'(?<!\w)'+re.escape(a)+r'(?!\w)',r['text']) for a in al):
            print('no alias:',r['passage_id'],r['sentence_index'],grp,'|',r['text'][:90])
