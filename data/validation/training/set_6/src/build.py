"""Assemble blame_train_6.csv and the three actors.toml files from src/*.txt (stdlib only)."""
import csv, re, tomllib, pathlib, collections

OUT = pathlib.Path('/tmp/train6/out')
SRC = OUT / 'src'
STORIES = [('velmont-zoo', 'zo', 'zoo.txt'), ('vallorin-wine', 'wn', 'wine.txt'),
           ('castrell-marathon', 'mr', 'marathon.txt')]
CASES = ('adopted advice characterisation cleft coordination copular counterfactual credit deserves '
         'hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun '
         'question quotation reported scare_quote victim').split()
OPEN = set(' (\u2014[\u201c\u2018')

def smart(t):
    out = []
    for i, ch in enumerate(t):
        prev = t[i - 1] if i else ' '
        if ch == '"':
            out.append('\u201c' if prev in OPEN else '\u201d')
        elif ch == "'":
            out.append('\u2018' if prev in OPEN else '\u2019')
        else:
            out.append(ch)
    return ''.join(out)

rows = []
for story, short, fn in STORIES:
    pid = None
    for line in (SRC / fn).read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.startswith('# '):
            continue
        if line.startswith('## '):
            pid = line[3:].strip(); idx = 0; continue
        parts = [p.strip() for p in line.split('|')]
        assert len(parts) == 6, line
        text, blamed, reported, case, hn, note = parts
        idx += 1
        if pid.split('-')[1] == 'a':
            text = smart(text)
        rows.append(dict(story=story, passage_id=pid, sentence_index=idx, text=text, blamed=blamed,
                         reported=reported, case=case, hard_negative=int(hn), note=note))

# ---------------- actors ----------------
A = {}
A['velmont-zoo'] = dict(
    head='Animals died in the tropical house of Velmont Zoo after a heating failure, a year after the city council cut the zoo\'s grant.',
    groups=dict(
        zoo="Velmont Zoo's management: the zoo as an institution, its director Dr Ilse Marrow and its board",
        council="Velmont City Council, which owns the zoo: its leader Councillor Dev Okafor and 'the town hall'",
        vets="Brightfold Veterinary Services, the zoo's veterinary contractor, and its lead vet Tomas Kell",
        inspectorate="the Animal Welfare Inspectorate, its chief inspector Priya Venn and its inspectors",
        union="the keepers' union UZAK, its general secretary Roy Hadden and the keepers it represents",
        donors="the zoo's donors: the Friends of Velmont Zoo, the Asquill Foundation and Margot Asquill",
        other="everyone else: the press, visitors, other bodies and private persons"),
    labels=dict(zoo='Zoo management', council='City council', vets='Veterinary contractor',
                inspectorate='Welfare inspectorate', union="Keepers' union", donors='Donors'),
    actors=[
        ('velmont-zoo', 'Velmont Zoo', 'zoo', 'institution', ['Velmont Zoo', 'the zoo', "the zoo's management"]),
        ('ilse-marrow', 'Ilse Marrow', 'zoo', 'person', ['Dr Ilse Marrow', 'Ilse Marrow', 'Dr Marrow', 'Marrow', 'the director']),
        ('velmont-city-council', 'Velmont City Council', 'council', 'institution', ['Velmont City Council', 'the council', 'the town hall']),
        ('dev-okafor', 'Dev Okafor', 'council', 'person', ['Councillor Dev Okafor', 'Dev Okafor', 'Okafor']),
        ('brightfold', 'Brightfold Veterinary Services', 'vets', 'institution', ['Brightfold Veterinary Services', 'Brightfold', 'the veterinary contractor', 'the contractor', 'the vets']),
        ('tomas-kell', 'Tomas Kell', 'vets', 'person', ['Tomas Kell', 'Kell', 'lead vet', 'vet']),
        ('welfare-inspectorate', 'Animal Welfare Inspectorate', 'inspectorate', 'institution', ['Animal Welfare Inspectorate', 'the inspectorate', 'inspectorate', 'the inspectors', 'inspectors']),
        ('priya-venn', 'Priya Venn', 'inspectorate', 'person', ['Chief Inspector Priya Venn', 'Priya Venn', 'Venn', 'chief inspector']),
        ('uzak', 'UZAK', 'union', 'institution', ['UZAK', "the keepers' union", "keepers' union", 'the union']),
        ('roy-hadden', 'Roy Hadden', 'union', 'person', ['Roy Hadden', 'Hadden']),
        ('keepers', 'the keepers', 'union', 'collective', ['the keepers', 'keepers']),
        ('friends-of-velmont-zoo', 'Friends of Velmont Zoo', 'donors', 'collective', ['Friends of Velmont Zoo', 'the Friends']),
        ('asquill-foundation', 'Asquill Foundation', 'donors', 'institution', ['the Asquill Foundation', 'Asquill Foundation', 'foundation']),
        ('margot-asquill', 'Margot Asquill', 'donors', 'person', ['Margot Asquill', 'Asquill']),
        ('donors', 'the donors', 'donors', 'collective', ['the donors', 'donors', 'donor']),
        ('press', 'this newspaper', 'other', 'institution', ['this newspaper']),
    ])
A['vallorin-wine'] = dict(
    head='For nine years the auction house Halberd & Crane sold counterfeit Vallorin wine forged by Lucien Dray.',
    groups=dict(
        auction="the auction house Halberd & Crane ('the house', its saleroom) and its chairman Rupert Vane",
        experts="Halberd & Crane's wine experts: the wine department, its head Julian Fosse and his deputy Marguerite Lind",
        police="the Fraud Unit of Caundon Police, its detectives and Detective Inspector Sam Oduya",
        growers="the Vallorin Growers' Association, its president Henri Castel and its member growers",
        forger="the counterfeiter Lucien Dray",
        collectors="the collectors and buyers of the bottles, among them Gerald Pike",
        other="everyone else: laboratories, the trade press, other auction houses and merchants"),
    labels=dict(auction='Auction house', experts='Wine experts', police='Police fraud unit',
                growers="Growers' association", forger='Counterfeiter', collectors='Collectors'),
    actors=[
        ('halberd-crane', 'Halberd & Crane', 'auction', 'institution', ['Halberd & Crane', 'Halberd', 'the house', 'the auction house', 'the saleroom', 'saleroom']),
        ('rupert-vane', 'Rupert Vane', 'auction', 'person', ['Rupert Vane', 'Vane', "Halberd's chairman"]),
        ('wine-department', 'wine department of Halberd & Crane', 'experts', 'collective', ["Halberd & Crane's wine department", 'the wine department', 'wine department', "Halberd's experts", 'experts']),
        ('julian-fosse', 'Julian Fosse', 'experts', 'person', ['Julian Fosse', 'Fosse', "Halberd's head of wine", 'head of wine']),
        ('marguerite-lind', 'Marguerite Lind', 'experts', 'person', ['Marguerite Lind', 'Lind', "Fosse's deputy"]),
        ('fraud-unit', 'Fraud Unit, Caundon Police', 'police', 'institution', ['the Fraud Unit of Caundon Police', 'Fraud Unit', 'fraud unit', 'Caundon Police', 'the police', 'the unit', 'detectives']),
        ('sam-oduya', 'Sam Oduya', 'police', 'person', ['Detective Inspector Sam Oduya', 'Sam Oduya', 'Oduya']),
        ('vga', "Vallorin Growers' Association", 'growers', 'institution', ["Vallorin Growers' Association", "the Vallorin Growers' Association", 'the association']),
        ('henri-castel', 'Henri Castel', 'growers', 'person', ['Henri Castel', 'Castel']),
        ('growers', 'the Vallorin growers', 'growers', 'collective', ['the growers', 'a grower from the Vallorin', 'a Vallorin grower', 'Domaine Ferrandis', 'Ferrandis']),
        ('lucien-dray', 'Lucien Dray', 'forger', 'person', ['Lucien Dray', 'Dray', 'the forger', 'forger', 'the counterfeiter']),
        ('collectors', 'the collectors', 'collectors', 'collective', ['the collectors', 'collectors', 'Collectors', 'a collector', 'buyer', 'buyers', 'complainant']),
        ('gerald-pike', 'Gerald Pike', 'collectors', 'person', ['Gerald Pike', 'Pike']),
        ('laboratory', 'the independent laboratory', 'other', 'institution', ['the independent laboratory', 'independent laboratory']),
        ('trade-paper', 'a French trade paper', 'other', 'institution', ['a French trade paper', 'trade paper']),
    ])
A['castrell-marathon'] = dict(
    head='Runners collapsed in a heatwave at the Castrell City Marathon, run with nine water stations instead of sixteen.',
    groups=dict(
        organiser="the race organiser Stridewell Events and its director Nadia Ferro",
        sponsor="the main sponsor Glacea, a bottled-water company, and its chief executive Paul Denner",
        events="the Castrell City Events Office, which licenses the race, and its head Marcus Lyle",
        ambulance="the Castrell ambulance service, its crews and its chief executive Dr Amara Quist",
        federation="the National Athletics Federation, its technical delegate and its president Olav Brenner",
        runners="the runners in the race, among them Tom Reale",
        other="everyone else: marshals, the council's scrutiny committee, the local press, the public"),
    labels=dict(organiser='Race organiser', sponsor='Main sponsor', events='City events office',
                ambulance='Ambulance service', federation='Athletics federation', runners='Runners'),
    actors=[
        ('stridewell', 'Stridewell Events', 'organiser', 'institution', ['Stridewell Events', 'Stridewell', 'the organiser', 'organisers', 'the company', "Ferro's company"]),
        ('nadia-ferro', 'Nadia Ferro', 'organiser', 'person', ['Nadia Ferro', 'Ferro']),
        ('glacea', 'Glacea', 'sponsor', 'institution', ['Glacea', 'the sponsor', 'the bottled-water company', 'bottled-water brand', 'water company']),
        ('paul-denner', 'Paul Denner', 'sponsor', 'person', ['Paul Denner', 'Denner']),
        ('events-office', 'Castrell City Events Office', 'events', 'institution', ['Castrell City Events Office', 'the events office', 'events office', 'Events Office', 'the office', 'licensing office']),
        ('marcus-lyle', 'Marcus Lyle', 'events', 'person', ['Marcus Lyle', 'Lyle']),
        ('ambulance-service', 'Castrell ambulance service', 'ambulance', 'institution', ['the ambulance service', 'ambulance service', 'the service', 'crews']),
        ('amara-quist', 'Amara Quist', 'ambulance', 'person', ['Dr Amara Quist', 'Amara Quist', 'Quist']),
        ('naf', 'National Athletics Federation', 'federation', 'institution', ['National Athletics Federation', 'the federation', 'technical delegate', 'delegate']),
        ('olav-brenner', 'Olav Brenner', 'federation', 'person', ['Olav Brenner', 'Brenner']),
        ('runners', 'the runners', 'runners', 'collective', ['the runners', 'runners', 'Runners', 'runner']),
        ('tom-reale', 'Tom Reale', 'runners', 'person', ['Tom Reale', 'Reale']),
        ('marshal', 'a volunteer marshal', 'other', 'person', ['volunteer marshal']),
        ('scrutiny-committee', 'council scrutiny committee', 'other', 'institution', ['council scrutiny committee', 'scrutiny committee']),
        ('local-press', 'the local press', 'other', 'institution', ['the local press']),
    ])

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def variants(alias):
    vs = [alias]
    if "'" in alias:
        vs.append(alias.replace("'", '\u2019'))
    return vs

for story, short, fn in STORIES:
    d = A[story]
    text = ' '.join(r['text'] for r in rows if r['story'] == story)
    lines = [f'# Actor dictionary for the story "{story}". Codebook: blame, version 2.', '#',
             '# ' + d['head'], '# Each [[actors]] entry: id, name, group, kind, aliases (whole words, case-sensitive;',
             '# a leading "the " is optional; possessives \'s / \u2019s are optional but listed where the text uses them).',
             '', 'version = "1.0.0"', '', '[groups]']
    lines += [f'{k} = {q(v)}' for k, v in d['groups'].items()]
    lines += ['', '[labels]'] + [f'{k} = {q(v)}' for k, v in d['labels'].items()]
    for aid, name, group, kind, aliases in d['actors']:
        al = []
        for a in aliases:
            for v in variants(a):
                if v not in al:
                    al.append(v)
        # add possessive forms used in the text, in both apostrophe styles
        for a in list(al):
            base = a[4:] if a.startswith('the ') else a
            for ap in ("'", '\u2019'):
                ends = [ap + 's'] + ([ap] if base.endswith('s') and not base.endswith("'s") else [])
                for e in ends:  # singular and plural possessives used in the text
                    if re.search(r'(?<!\w)' + re.escape(base + e) + r'(?!\w)', text) and a + e not in al:
                        al.append(a + e)
        lines += ['', '[[actors]]', f'id = {q(aid)}', f'name = {q(name)}', f'group = {q(group)}',
                  f'kind = {q(kind)}', 'aliases = [' + ', '.join(q(a) for a in al) + ']']
    (OUT / story / 'actors.toml').write_text('\n'.join(lines) + '\n', encoding='utf-8')

with open(OUT / 'blame_train_6.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['story', 'passage_id', 'sentence_index', 'text', 'blamed', 'reported',
                                      'case', 'hard_negative', 'note'], lineterminator='\n')
    w.writeheader(); w.writerows(rows)
print('rows', len(rows))
