# Assemble blame_train_8.csv from the column texts (texts/*.txt) and the codes (codes.tsv), then check.
import csv, os, re, tomllib, collections, io
OUT = '/tmp/train8/out'
W = os.path.join(OUT, '_work')
STORIES = {'lw': 'brennock-lead', 'qs': 'kellsmoor-landslide', 'pe': 'wrenford-escape'}
CASES = set('adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim'.split())

texts = {}  # pid -> list of sentences
paras = {}
for short in STORIES:
    for w in 'ab':
        raw = open(os.path.join(W, 'texts', f'{short}-{w}.txt'), encoding='utf-8').read().strip()
        for i, block in enumerate(raw.split('\n\n'), 1):
            pid = f'{short}-{w}-p{i:02d}'
            sents = block.split('\n')
            texts[pid] = sents
            paras[pid] = ' '.join(sents)

codes = list(csv.DictReader(open(os.path.join(W, 'codes.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
groups = {}
for short, story in STORIES.items():
    groups[short] = tomllib.load(open(os.path.join(OUT, story, 'actors.toml'), 'rb'))
rows = []
seen = set()
for c in codes:
    pid, idx = c['pid'], int(c['idx'])
    short = pid[:2]
    assert pid in texts, pid
    assert (pid, idx) not in seen, (pid, idx); seen.add((pid, idx))
    text = texts[pid][idx - 1]
    g = groups[short]['groups']
    for col in ('blamed', 'reported'):
        for gid in filter(None, c[col].split(';')):
            assert gid in g, (pid, idx, gid)
    assert c['case'] in CASES, c
    assert c['hn'] in ('0', '1')
    if c['hn'] == '1':
        assert c['blamed'] == '', ('hard negative with blame', pid, idx)
    if c['blamed']:
        assert c['note'], (pid, idx)
    if c['reported']:
        assert 'holder' in c['note'], ('reported without holder', pid, idx)
    rows.append([STORIES[short], pid, idx, text, c['blamed'], c['reported'], c['case'], c['hn'], c['note']])
assert seen == {(p, i) for p, s in texts.items() for i in range(1, len(s) + 1)}, 'codes do not cover all sentences'

order = {k: n for n, k in enumerate(texts)}
rows.sort(key=lambda r: (order[r[1]], r[2]))
with open(os.path.join(OUT, 'blame_train_8.csv'), 'w', encoding='utf-8', newline='') as f:
    wr = csv.writer(f, lineterminator='\n')
    wr.writerow(['story', 'passage_id', 'sentence_index', 'text', 'blamed', 'reported', 'case', 'hard_negative', 'note'])
    wr.writerows(rows)

# ---- checks on the written file
back = list(csv.DictReader(open(os.path.join(OUT, 'blame_train_8.csv'), encoding='utf-8', newline='')))
assert len(back) == len(rows)
bypid = collections.defaultdict(list)
for r in back:
    bypid[r['passage_id']].append(r)
for pid, rs in bypid.items():
    idxs = [int(r['sentence_index']) for r in rs]
    assert idxs == list(range(1, len(rs) + 1)), pid
    assert ' '.join(r['text'] for r in rs) == paras[pid], pid
    assert 3 <= len(rs) <= 5, (pid, len(rs))
    w = pid.split('-')[1]
    for r in rs:
        t = r['text']
        if w == 'a':
            assert '"' not in t and "'" not in t, (pid, t)
        else:
            assert not any(ch in t for ch in '“”‘’'), (pid, t)
        assert re.match(r'^[^a-z]', t), ('sentence starts lower-case', pid, t)
        assert t.rstrip()[-1] in '.?!”"', ('sentence end', pid, t)
assert re.match(r'^[a-z]{2}-[ab]-p\d\d$', back[0]['passage_id'])
raw = open(os.path.join(OUT, 'blame_train_8.csv'), 'rb').read()
assert b'\r\n' not in raw

# ---- alias check: which aliases never occur in the story text (info only)
for short, story in STORIES.items():
    alltext = ' '.join(' '.join(s) for p, s in texts.items() if p.startswith(short))
    for a in groups[short]['actors']:
        assert a['group'] in groups[short]['groups']
        for al in a['aliases']:
            core = al[4:] if al.startswith('the ') else al
            if not re.search(r'(?<!\w)' + re.escape(core) + r'(?!\w)', alltext):
                print('  alias not in text:', story, a['id'], repr(al))

# ---- counts
def tally(rs):
    n = len(rs); b = sum(1 for r in rs if r['blamed']); rep = sum(1 for r in rs if r['reported'])
    hn = sum(1 for r in rs if r['hard_negative'] == '1')
    return n, b, rep, hn
print('story | writer | passages | sentences | blamed | reported | hard_neg')
for short, story in STORIES.items():
    for w in 'ab':
        rs = [r for r in back if r['passage_id'].startswith(f'{short}-{w}-')]
        print(story, w, len({r["passage_id"] for r in rs}), *tally(rs))
    rs = [r for r in back if r['story'] == story]
    print(story, 'all', len({r["passage_id"] for r in rs}), *tally(rs))
print('TOTAL', len(bypid), *tally(back))
print()
cc = collections.Counter(r['case'] for r in back)
print('case | n | blamed | reported | hard_neg | per story (lw/qs/pe)')
for k in sorted(CASES):
    rs = [r for r in back if r['case'] == k]
    per = '/'.join(str(sum(1 for r in rs if r['story'] == s)) for s in STORIES.values())
    print(k, len(rs), sum(1 for r in rs if r['blamed']), sum(1 for r in rs if r['reported']), sum(1 for r in rs if r['hard_negative'] == '1'), per)
    assert len(rs) >= 2, k
print()
gc = collections.Counter()
for r in back:
    for g in filter(None, r['blamed'].split(';')):
        gc[(r['story'], g, 'blamed')] += 1
    for g in filter(None, r['reported'].split(';')):
        gc[(r['story'], g, 'reported')] += 1
for k in sorted(gc):
    print(*k, gc[k])
