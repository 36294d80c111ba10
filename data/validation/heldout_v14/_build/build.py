import csv, io, re, tomllib, collections, os
OUT = '/tmp/blind14/out'
STORIES = [('rx', 'larkwell-robots'), ('gx', 'calder-court-explosion'), ('cn', 'census-crash')]
exec(open(os.path.join(OUT, '_build', 'codes.py'), encoding='utf-8').read())
CASES = set('adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim'.split())
HEAD = ['story', 'passage_id', 'sentence_index', 'text', 'blamed', 'reported', 'case', 'hard_negative', 'note']
rows = []
errors = []
for short, story in STORIES:
    actors = tomllib.load(open(f'{OUT}/{story}/actors.toml', 'rb'))
    groups = set(actors['groups'])
    aliases = collections.defaultdict(list)
    for a in actors['actors']:
        if a['group'] not in groups: errors.append(('bad group', a['id']))
        aliases[a['group']] += a['aliases']
    paras = collections.OrderedDict(); cur = None
    for line in open(f'{OUT}/_build/{short}.txt', encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('## '): cur = line[3:]; paras[cur] = []; continue
        if line: paras[cur].append(line)
    for pid, sents in paras.items():
        codes = C[pid]
        if len(codes) != len(sents): errors.append(('len', pid, len(sents), len(codes)))
        if not 3 <= len(sents) <= 5: errors.append(('para size', pid, len(sents)))
        for i, (s, (b, r, case, hn, note)) in enumerate(zip(sents, codes), 1):
            for g in [x for x in (b.split(';') + r.split(';')) if x]:
                if g not in groups: errors.append(('unknown group', pid, i, g))
            if case not in CASES: errors.append(('case', pid, i, case))
            if hn and b: errors.append(('hn with blame', pid, i))
            if b and not note: errors.append(('no note', pid, i))
            rows.append(dict(story=story, passage_id=pid, sentence_index=i, text=s, blamed=b, reported=r,
                             case=case, hard_negative=hn, note=note))
if errors:
    for e in errors: print('ERROR', e)
def write(path, rs):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=HEAD, lineterminator='\n'); w.writeheader(); w.writerows(rs)
write(f'{OUT}/blame_heldout_v14.csv', rows)
for short, story in STORIES:
    write(f'{OUT}/{story}/blame_heldout_v14.csv', [r for r in rows if r['story'] == story])
# re-read and check
back = list(csv.DictReader(open(f'{OUT}/blame_heldout_v14.csv', encoding='utf-8', newline='')))
assert len(back) == len(rows)
idx = collections.defaultdict(list)
for r in back: idx[r['passage_id']].append(int(r['sentence_index']))
for pid, ix in idx.items(): assert ix == list(range(1, len(ix) + 1)), pid
print('rows', len(back), 'passages', len(idx))
