import pathlib
def rep(fn, old_prefix, new_line=None, after=None):
    p = pathlib.Path(fn); lines = p.read_text(encoding='utf-8').split('\n')
    hits = [i for i, l in enumerate(lines) if l.startswith(old_prefix)]
    assert len(hits) == 1, (fn, old_prefix, hits)
    i = hits[0]
    if after is not None:
        lines.insert(i + 1, after)
    else:
        lines[i] = new_line
    p.write_text('\n'.join(lines), encoding='utf-8')
Z, W, M = 'zoo.txt', 'wine.txt', 'marathon.txt'
# --- conversions (blame -> hard negative)
rep(Z, 'Stretched is an explanation', 'The inspectorate should now visit every tropical house in the country before the next frost. | | | advice | 1 | advice about the future; no failure asserted in this sentence')
rep(Z, 'The October letter warning', 'The October letter warning of dead animals was prescient, and the union is entitled to remind us of it. | | | credit | 1 | credit to the union for its warning')
rep(Z, 'If the inspectors had taken', 'If the inspectors take their own reports seriously next winter, the next tropical house may be heated or closed in time. | | | hypothetical | 1 | open future conditional about the inspectors')
rep(Z, 'It had £4.6 million', 'It had £4.6 million to spend, about as much as in the year before the festival began. | | | pronoun | 1 | It = the zoo\'s management; a neutral figure, no fault')
rep(W, 'Its catalogues described', "Its catalogues described each bottle as 'impeccable provenance, from a private European cellar'. | | | scare_quote | 1 | Its = Halberd & Crane; the catalogue phrase is held at a distance but no act or fault is asserted")
rep(W, "Dray's bottles fooled", 'Two other auction houses, a Geneva merchant and a sommelier who had tasted the genuine 1959 twice were fooled by the same bottles. | | | passive | 1 | passive whose agent is the bottles, not a listed actor; the fooled parties are victims')
rep(W, 'He then sold the results', 'He is now sixty-one, on bail, and by all accounts still charming. | | | pronoun | 1 | He = Dray; no fault stated in this sentence')
rep(W, 'Collectors at this level did not', 'Collectors at this level buy through agents, rarely see a cellar and almost never open what they buy. | | | neutral | 1 | description of how collectors buy; no fault word')
rep(W, "Their 'discretion' bought", "The word 'discretion' appears four times in the association's statement. | | | scare_quote | 1 | the association's word kept at a distance; no act or fault stated")
rep(W, 'The house, for its part, deserves', 'The house, for its part, has offered refunds to forty buyers, which is a start. | | | insertion | 1 | insertion with credit; the buyers are beneficiaries')
rep(M, "Ferro's company also ignored", "Ferro's company had run the race in cool Aprils before; this was its first June. | | | possessive | 1 | 'Ferro's company' = Stridewell; possessor of a company, not of a fault; circumstance only")
rep(M, 'Of the 214 who collapsed, 61', 'Of the 214 who collapsed, more than half were running their first marathon. | | | victim | 1 | the runners who collapsed are victims; inexperience stated, not judged')
rep(M, 'The thermometer read 30.4', 'The thermometer at the finish read 30.4 at ten o\'clock. | | | neutral | 1 | a fact; the federation\'s failure is asserted in the next sentence')
rep(M, 'A water company that rations', 'A water company running short of water at a marathon in a heatwave is the kind of irony that writes its own headline. | | | characterisation | 1 | irony about the situation, not a judgment of the company\'s conduct; no act stated')
# --- additions (hard negatives)
rep(Z, 'And not the cold, which arrives', after='Bramble, for the record, was nineteen years old and liked to sleep in the warmest corner of the house. | | | victim | 1 | the sloth as victim; no doer')
rep(Z, 'The council should fund its zoo', after='If it does not, the lantern festival should be the first thing to go. | | | hypothetical | 1 | future conditional and advice; it = the council; nothing asserted about the past')
rep(W, 'The house took a 25 per cent', after="(The house insists that its fees were 'industry standard', which they were.) | | | scare_quote | 1 | the house's phrase is quoted and then accepted; no fault")
rep(M, 'By noon 214 of them', after='Some of them were running for charity; one was running in memory of her father. | | | victim | 1 | runners as victims; them = the runners')
rep(M, 'They did; and the conditions were made', after='Nobody who watched them work that morning would call them slow. | | | negation | 1 | them = the crews; negation clears the ambulance crews')
