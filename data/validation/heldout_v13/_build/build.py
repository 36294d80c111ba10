import csv, tomllib, collections, re, io, sys
sys.path.insert(0, '.')
import data_pr, data_al, data_tl
OUT = '/tmp/blind13/out'
CASES = "adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim".split()
rows = []
errs = []
for mod in (data_pr, data_al, data_tl):
    actors = tomllib.load(open(f'{OUT}/{mod.STORY}/actors.toml', 'rb'))
    groups = set(actors['groups'])
    aliases = [(a, act['group']) for act in actors['actors'] for a in act['aliases']]
    for w, col in (('a', mod.A), ('b', mod.B)):
        if len(col) != 7: errs.append(f'{mod.SHORT}-{w}: {len(col)} paragraphs')
        for pi, para in enumerate(col, 1):
            pid = f'{mod.SHORT}-{w}-p{pi:02d}'
            if not 3 <= len(para) <= 5: errs.append(f'{pid}: {len(para)} sentences')
            for si, s in enumerate(para, 1):
                t = s['text']
                if w == 'a' and re.search(r"['\"]", t): errs.append(f'{pid}.{si}: straight quote in writer a')
                if w == 'b' and re.search(r"[‘’“”]", t): errs.append(f'{pid}.{si}: typographic quote in writer b')
                for fld in ('blamed', 'reported'):
                    for g in filter(None, s[fld].split(';')):
                        if g not in groups: errs.append(f'{pid}.{si}: unknown group {g}')
                if s['case'] not in CASES: errs.append(f'{pid}.{si}: bad case {s["case"]}')
                if s['hn'] and s['blamed']: errs.append(f'{pid}.{si}: hn with blame')
                if (s['blamed'] or s['reported']) and not s['note']: errs.append(f'{pid}.{si}: missing note')
                if s['case'] == 'reported' and not (s['reported'] or 'not an actor' in s['note']): errs.append(f'{pid}.{si}: reported case without target')
                rows.append(dict(story=mod.STORY, passage_id=pid, sentence_index=si, text=t,
                                 blamed=s['blamed'], reported=s['reported'], case=s['case'],
                                 hard_negative=s['hn'], note=s['note']))
fields = 'story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note'.split(',')
with open(f'{OUT}/blame_heldout_v13.csv', 'w', encoding='utf-8', newline='') as f:
    wr = csv.DictWriter(f, fieldnames=fields, lineterminator='\n')
    wr.writeheader(); wr.writerows(rows)
# re-read and check
back = list(csv.DictReader(open(f'{OUT}/blame_heldout_v13.csv', encoding='utf-8', newline='')))
assert len(back) == len(rows)
idx = collections.defaultdict(list)
for r in back: idx[r['passage_id']].append(int(r['sentence_index']))
for p, l in idx.items():
    if l != list(range(1, len(l) + 1)): errs.append(f'{p}: bad indexes {l}')
print('ERRORS:', errs or 'none')
# counts
print('\nper story')
by = collections.defaultdict(collections.Counter)
for r in back:
    c = by[r['story']]; c['sentences'] += 1; c['passages_set'] = 0
    c['blamed'] += bool(r['blamed']); c['reported'] += bool(r['reported']); c['hn'] += r['hard_negative'] == '1'
    for g in filter(None, r['blamed'].split(';')): by[r['story'] + ' groups'][g] += 1
for k, v in by.items(): print(k, dict(v))
tot = collections.Counter()
for r in back:
    tot['sentences'] += 1; tot['blamed'] += bool(r['blamed']); tot['reported'] += bool(r['reported']); tot['hn'] += r['hard_negative'] == '1'
print('total', dict(tot))
print('\nper case')
cc = collections.defaultdict(collections.Counter)
for r in back:
    cc[r['case']]['n'] += 1; cc[r['case']]['blamed'] += bool(r['blamed']); cc[r['case']]['hn'] += r['hard_negative'] == '1'; cc[r['case']][r['story']] += 1
for c in CASES: print(c, dict(cc[c]))
