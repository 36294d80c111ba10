import csv, tomllib, collections, re
OUT='/tmp/blind18/out'
rows=list(csv.DictReader(open(f'{OUT}/blame_heldout_v18.csv',encoding='utf-8')))
# indexes run 1..n
byp=collections.defaultdict(list)
for r in rows: byp[r['passage_id']].append(int(r['sentence_index']))
assert all(v==list(range(1,len(v)+1)) for v in byp.values())
print('passages',len(byp))
C=collections.Counter; 
for st in sorted(set(r['story'] for r in rows)):
    rs=[r for r in rows if r['story']==st]
    print(st, 'sent',len(rs),'blamed',sum(1 for r in rs if r['blamed']),'reported',sum(1 for r in rs if r['reported']),'hn',sum(int(r['hard_negative']) for r in rs))
    gb=C(g for r in rs for g in r['blamed'].split(';') if g); gr=C(g for r in rs for g in r['reported'].split(';') if g)
    print('  blamed by group',dict(gb)); print('  reported by group',dict(gr))
print('total', len(rows), sum(1 for r in rows if r['blamed']), sum(1 for r in rows if r['reported']), sum(int(r['hard_negative']) for r in rows))
cc=C(r['case'] for r in rows)
for k in sorted(cc):
    b=sum(1 for r in rows if r['case']==k and r['blamed']); h=sum(1 for r in rows if r['case']==k and r['hard_negative']=='1')
    per={s:sum(1 for r in rows if r['case']==k and r['story']==s) for s in ['vallby-heating','tellin-offsets','screening-letters']}
    print(f'{k:16s} {cc[k]:3d} blamed {b:2d} hn {h:2d}', per)
