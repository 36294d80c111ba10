import csv, collections, tomllib, pathlib
OUT = pathlib.Path('/tmp/train6/out')
rows = list(csv.DictReader(open(OUT / 'blame_train_6.csv', encoding='utf-8')))
ST = ['velmont-zoo', 'vallorin-wine', 'castrell-marathon']
CASES = ('adopted advice characterisation cleft coordination copular counterfactual credit deserves '
         'hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun '
         'question quotation reported scare_quote victim').split()
def cnt(rs):
    return (len(rs), sum(1 for r in rs if r['blamed']), sum(1 for r in rs if r['reported']),
            sum(1 for r in rs if r['hard_negative'] == '1'), len({r['passage_id'] for r in rs}))
L = []
L.append('| story | short | passages | sentences | with writer\'s blame | with reported blame | hard negatives |')
L.append('|---|---|---|---|---|---|---|')
for s in ST:
    rs = [r for r in rows if r['story'] == s]; n, b, rp, hn, p = cnt(rs)
    L.append(f'| {s} | {rs[0]["passage_id"][:2]} | {p} | {n} | {b} ({100*b/n:.0f}%) | {rp} | {hn} |')
n, b, rp, hn, p = cnt(rows)
L.append(f'| **total** | | {p} | {n} | {b} ({100*b/n:.0f}%) | {rp} | {hn} |')
story_table = '\n'.join(L)

L = ['| group | ' + ' | '.join(ST) + ' |', '|---|---|---|---|']
groups = {}
for s in ST:
    act = tomllib.load(open(OUT / s / 'actors.toml', 'rb'))
    groups[s] = act['groups']
G = []
for s in ST:
    for g in groups[s]:
        rs = [r for r in rows if r['story'] == s]
        bl = sum(1 for r in rs if g in r['blamed'].split(';'))
        rp = sum(1 for r in rs if g in r['reported'].split(';'))
        G.append(f'| {s} | `{g}` | {groups[s][g]} | {bl} | {rp} |')
group_table = '| story | id | who | blamed (sentences) | reported (sentences) |\n|---|---|---|---|---|\n' + '\n'.join(G)

L = ['| case | ' + ' | '.join(ST) + ' | total | of which blamed | of which hard negative |', '|---|---|---|---|---|---|---|']
for c in CASES:
    rs = [r for r in rows if r['case'] == c]
    per = [sum(1 for r in rs if r['story'] == s) for s in ST]
    L.append(f'| {c} | ' + ' | '.join(map(str, per)) + f' | {len(rs)} | {sum(1 for r in rs if r["blamed"])} | {sum(1 for r in rs if r["hard_negative"] == "1")} |')
case_table = '\n'.join(L)

tmpl = (OUT / 'src' / 'README.template.md').read_text(encoding='utf-8')
(OUT / 'README.md').write_text(tmpl.replace('{{STORY_TABLE}}', story_table).replace('{{GROUP_TABLE}}', group_table)
                               .replace('{{CASE_TABLE}}', case_table), encoding='utf-8')
print(story_table); print(); print(case_table)
