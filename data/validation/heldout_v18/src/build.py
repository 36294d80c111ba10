import csv, tomllib, collections, re, sys
OUT = '/tmp/blind18/out'
STORIES = [('dh', 'vallby-heating'), ('co', 'tellin-offsets'), ('cs', 'screening-letters')]
CASES = set('adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim'.split())
rows = []
for short, story in STORIES:
    groups = set(tomllib.load(open(f'{OUT}/{story}/actors.toml', 'rb'))['groups'])
    for w in 'ab':
        paras = [p.split('\n') for p in open(f'{OUT}/src/{short}-{w}.txt', encoding='utf-8').read().strip().split('\n\n')]
        codes = [p.split('\n') for p in open(f'{OUT}/src/{short}-{w}.codes', encoding='utf-8').read().strip().split('\n\n')]
        assert len(paras) == len(codes) == 7, (short, w, len(paras), len(codes))
        for pi, (ps, cs) in enumerate(zip(paras, codes), 1):
            assert len(ps) == len(cs), (short, w, pi, len(ps), len(cs))
            assert 3 <= len(ps) <= 5, (short, w, pi)
            for si, (s, c) in enumerate(zip(ps, cs), 1):
                blamed, reported, case, hn, note = c.split('|', 4)
                for g in filter(None, blamed.split(';') + reported.split(';')):
                    assert g in groups, (short, w, pi, si, g)
                assert case in CASES, case
                assert hn in '01'
                if hn == '1': assert blamed == '', (short, w, pi, si)
                if blamed: assert note
                rows.append(dict(story=story, passage_id=f'{short}-{w}-p{pi:02d}', sentence_index=si, text=s,
                                 blamed=blamed, reported=reported, case=case, hard_negative=int(hn), note=note))
with open(f'{OUT}/blame_heldout_v18.csv', 'w', encoding='utf-8', newline='') as f:
    wr = csv.DictWriter(f, fieldnames=['story','passage_id','sentence_index','text','blamed','reported','case','hard_negative','note'], lineterminator='\n')
    wr.writeheader(); wr.writerows(rows)
print(len(rows), 'rows')
