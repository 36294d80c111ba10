import csv, tomllib, re, collections
O='/tmp/blind5/out/'
rows=list(csv.DictReader(open(O+'blame_heldout_v5.csv',encoding='utf-8',newline='')))
print('rows',len(rows))
# indexes 1..n per passage
by=collections.defaultdict(list)
for r in rows: by[r['passage_id']].append(int(r['sentence_index']))
for p,ix in by.items(): assert ix==list(range(1,len(ix)+1)),p
for p,ix in by.items(): assert 3<=len(ix)<=5,(p,len(ix))
print('passages',len(by))
groups={s:set(tomllib.load(open(O+s+'/actors.toml','rb'))['groups']) for s in {r['story'] for r in rows}}
for r in rows:
    for g in filter(None,r['blamed'].split(';')+r['reported'].split(';')): assert g in groups[r['story']]
# quotes style
for r in rows:
    w=r['passage_id'].split('-')[1]
    if w=='a': assert not re.search('[“”‘’]',r['text']),r['text']
    else: assert not re.search('["\']',r['text']),r['text']
# per story
print('\nstory | sentences | blamed | reported-only | hard_neg | none')
tot=collections.Counter()
for s in ['wendle-flood','larkfield-dairy','vellarin-election']:
    R=[r for r in rows if r['story']==s]
    c=(len(R),sum(1 for r in R if r['blamed']),sum(1 for r in R if r['reported'] and not r['blamed']),sum(int(r['hard_negative']) for r in R),sum(1 for r in R if not r['blamed'] and not r['reported']))
    print(s,c)
    # group counts
    gb=collections.Counter(g for r in R for g in r['blamed'].split(';') if g)
    gr=collections.Counter(g for r in R for g in r['reported'].split(';') if g)
    print('  blamed',dict(gb),' reported',dict(gr))
print('\ncase | n | blamed | hn')
cc=collections.Counter(r['case'] for r in rows)
for k in sorted(cc):
    R=[r for r in rows if r['case']==k]
    print(k,cc[k],sum(1 for r in R if r['blamed']),sum(int(r['hard_negative']) for r in R), {s[:2]:sum(1 for r in R if r['story']==s) for s in groups})
print('min case',min(cc.values()),len(cc))
# aliases present in text?
for s in groups:
    T=' '.join(r['text'] for r in rows if r['story']==s)
    A=tomllib.load(open(O+s+'/actors.toml','rb'))
    for a in A['actors']:
        for al in a['aliases']:
            if not re.search(r'(?<!\w)'+re.escape(al)+r'(?!\w)',T): print('alias not in text',s,a['id'],al)
