import csv, collections, tomllib
O='/tmp/blind5/out/'
rows=list(csv.DictReader(open(O+'blame_heldout_v5.csv',encoding='utf-8',newline='')))
S=['wendle-flood','larkfield-dairy','vellarin-election']
def tab_story():
    L=['| story | passages | sentences | with writer\'s blame | reported only | no blame | hard negatives |','|---|---|---|---|---|---|---|']
    T=[0]*6
    for s in S:
        R=[r for r in rows if r['story']==s]
        v=[len({r['passage_id'] for r in R}),len(R),sum(1 for r in R if r['blamed']),sum(1 for r in R if r['reported'] and not r['blamed']),sum(1 for r in R if not r['blamed'] and not r['reported']),sum(int(r['hard_negative']) for r in R)]
        T=[a+b for a,b in zip(T,v)]
        L.append(f'| `{s}` | '+' | '.join(map(str,v))+' |')
    L.append('| **total** | '+' | '.join(f'**{x}**' for x in T)+' |')
    return '\n'.join(L), T
def tab_case():
    L=['| case | wendle-flood | larkfield-dairy | vellarin-election | total | with writer\'s blame | hard negatives |','|---|---|---|---|---|---|---|']
    for c in sorted({r['case'] for r in rows}):
        R=[r for r in rows if r['case']==c]
        L.append(f'| {c} | '+' | '.join(str(sum(1 for r in R if r['story']==s)) for s in S)+f' | {len(R)} | {sum(1 for r in R if r["blamed"])} | {sum(int(r["hard_negative"]) for r in R)} |')
    return '\n'.join(L)
def tab_groups():
    out=[]
    for s in S:
        A=tomllib.load(open(O+s+'/actors.toml','rb'))
        R=[r for r in rows if r['story']==s]
        gb=collections.Counter(g for r in R for g in r['blamed'].split(';') if g)
        gr=collections.Counter(g for r in R for g in r['reported'].split(';') if g)
        L=[f'**`{s}`**','','| id | who | blamed (sentences) | reported (sentences) |','|---|---|---|---|']
        for g,d in A['groups'].items(): L.append(f'| `{g}` | {d} | {gb[g]} | {gr[g]} |')
        out.append('\n'.join(L))
    return '\n\n'.join(out)
ts,T=tab_story()
readme=open(O+'work/README.template.md',encoding='utf-8').read()
readme=readme.replace('{{STORY}}',ts).replace('{{CASE}}',tab_case()).replace('{{GROUPS}}',tab_groups()).replace('{{PCT}}',f'{100*T[2]/T[1]:.0f}')
open(O+'README.md','w',encoding='utf-8').write(readme)
print(ts); print(tab_case())
