"""Assemble blame_heldout_v23.csv from src/<short>-<a|b>.txt and check it (stdlib only)."""
import csv, re, tomllib, collections, pathlib
OUT = pathlib.Path('/tmp/blind23/out')
STORIES = [('bs', 'bike-share-brakes'), ('hc', 'hospital-superbug'), ('cp', 'cemetery-plots')]
CASES = set('adopted advice characterisation cleft coordination copular counterfactual credit deserves hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun question quotation reported scare_quote victim'.split())
rows, errors = [], []

def alias_re(alias):
    a = alias[4:] if alias.startswith('the ') else alias
    return re.compile(r'(?<![\w])' + re.escape(a) + r"(?:['’]s)?(?![\w])")

for short, story in STORIES:
    actors = tomllib.load(open(OUT / story / 'actors.toml', 'rb'))
    groups = set(actors['groups'])
    galias = collections.defaultdict(list)
    for act in actors['actors']:
        assert act['group'] in groups, act
        galias[act['group']] += [alias_re(x) for x in act['aliases']]
    for w in 'ab':
        paras = collections.OrderedDict()
        for line in open(OUT / 'src' / f'{short}-{w}.txt', encoding='utf-8'):
            if not line.strip() or line.startswith('#'):
                continue
            f = [x.strip() for x in line.rstrip('\n').split(' | ')]
            if len(f) != 7:
                errors.append(('fields', line)); continue
            paras.setdefault(f[0], []).append(f[1:])
        assert list(paras) == [f'{i:02d}' for i in range(1, len(paras) + 1)], (short, w)
        for p, sents in paras.items():
            pid = f'{short}-{w}-p{p}'
            if not 3 <= len(sents) <= 5:
                errors.append(('length', pid, len(sents)))
            ptext = ' '.join(s[0] for s in sents)
            for i, (text, blamed, reported, case, hn, note) in enumerate(sents, 1):
                for g in [x for x in (blamed + ';' + reported).split(';') if x]:
                    if g not in groups: errors.append(('group', pid, i, g))
                    elif g != 'other' and not any(r.search(ptext) for r in galias[g]):
                        errors.append(('no alias of group in paragraph', pid, i, g))
                if case not in CASES: errors.append(('case', pid, i, case))
                if hn not in ('0', '1') or (hn == '1' and blamed): errors.append(('hn', pid, i))
                if (blamed or reported) and not note: errors.append(('note', pid, i))
                if reported and 'holder' not in note.lower(): errors.append(('holder', pid, i))
                if w == 'a' and re.search(r"[\"']", text): errors.append(('straight quote in a', pid, i))
                if w == 'b' and re.search(r'[“”‘’]', text): errors.append(('curly quote in b', pid, i))
                if not re.search(r'[.?!]["”’]?$', text) and not text.endswith(('’.', "'.")):
                    errors.append(('end', pid, i, text[-10:]))
                rows.append(dict(story=story, passage_id=pid, sentence_index=i, text=text,
                                 blamed=blamed, reported=reported, case=case,
                                 hard_negative=int(hn), note=note))

with open(OUT / 'blame_heldout_v23.csv', 'w', newline='', encoding='utf-8') as fh:
    wr = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator='\n')
    wr.writeheader(); wr.writerows(rows)
print('errors:', *errors, sep='\n  ') if errors else print('errors: none')
