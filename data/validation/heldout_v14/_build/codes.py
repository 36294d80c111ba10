# Codes per passage, in sentence order: (blamed, reported, case, hard_negative, note)
C = {}
C['rx-a-p01'] = [
 ('', '', 'victim', 1, 'victim of wrong medicine; no doer named'),
 ('', '', 'passive', 1, 'agent of the passive is the robots, not a listed actor; Larkwell Pharmacy only names the place'),
 ('chain', '', 'inaction', 0, 'chain (nobody at Larkwell) failed to notice the errors for seven months'),
 ('', '', 'victim', 0, 'victim only'),
]
C['rx-a-p02'] = [
 ('', '', 'scare_quote', 1, 'Ferrit\'s euphemism quoted at a distance; no act of harm asserted'),
 ('', '', 'negation', 0, 'rejects the euphemism; no actor'),
 ('chain', '', 'plain', 0, 'chain removed the second pharmacist and kept the cuts despite incident reports ("it" = the chain)'),
 ('chain', '', 'possessive', 0, 'chain: Ferrit\'s cost-cutting put the wrong pills in the boxes'),
 ('', '', 'neutral', 1, 'sarcasm with no named doer'),
]
C['rx-a-p03'] = [
 ('supplier', '', 'copular', 0, 'hard call: negated exoneration ("none of which lets X off the hook") asserts the supplier is responsible'),
 ('supplier', '', 'scare_quote', 0, 'supplier misled buyers: sold cabinets as "self-verifying" with no test evidence; the scare quote is the writer\'s, the blame is the writer\'s'),
 ('supplier', '', 'pronoun', 0, 'supplier: "Its engineers" (= the supplier) sat on a known fault for six months'),
 ('', '', 'passive', 1, 'agentless passive'),
]
C['rx-a-p04'] = [
 ('inspectorate', '', 'question', 0, 'rhetorical question implying the inspectorate was absent'),
 ('inspectorate', '', 'pronoun', 0, 'inspectorate ("It") waved the robots through on the supplier\'s own data; Quillon only supplied the data'),
 ('', '', 'quotation', 1, 'Ambler\'s quoted description of procedure; no blame asserted by the writer or reported of a listed actor'),
 ('inspectorate', '', 'characterisation', 0, 'inspectorate as "a watchdog that has decided not to bark" (neglect)'),
]
C['rx-a-p05'] = [
 ('', '', 'neutral', 1, 'blame-like sentence with no listed doer'),
 ('minister', '', 'plain', 0, 'minister Banham scrapped the second-check safeguard'),
 ('chain;minister', '', 'coordination', 0, 'chain lobbied to remove the safeguard and the minister obliged'),
 ('minister', '', 'scare_quote', 0, 'hard call: the writer distances "a review" and characterises it as a stalling tactic by the minister ("She")'),
 ('', '', 'question', 1, 'no doer named in the question'),
]
C['rx-a-p06'] = [
 ('guild', '', 'deserves', 0, 'Guild deserves a share of the blame'),
 ('guild', '', 'pronoun', 0, 'Guild ("Its council") endorsed the robots after a sponsored tour (gave cover)'),
 ('', '', 'credit', 1, 'credit to the Patients\' Alliance'),
 ('chain', '', 'adopted', 0, 'holder Tully (charity) blames the chain; adopted by the writer ("the incident logs bear her out")'),
]
C['rx-a-p07'] = [
 ('chain', '', 'counterfactual', 0, 'chain: had Larkwell kept a pharmacist at every bench, errors would have been caught'),
 ('', '', 'hypothetical', 1, 'future conditional about the chain'),
 ('', '', 'advice', 1, 'advice to Ferrit'),
 ('', '', 'advice', 0, 'implicit advice; no listed actor'),
]
C['rx-b-p01'] = [
 ('', '', 'neutral', 1, 'the target of hatred is a machine; Larkwell only names the place'),
 ('', '', 'scare_quote', 1, 'front-page label for the robots, not a listed actor; no writer\'s blame'),
 ('', '', 'neutral', 0, ''),
]
C['rx-b-p02'] = [
 ('', 'supplier', 'reported', 1, 'holder: the Guild accuses the supplier of a lying machine; rejected in the next sentence'),
 ('', '', 'negation', 1, 'writer rejects the accusation'),
 ('chain', '', 'adopted', 0, 'chain swapped the specified lighting for cheap tubes; presented as fact via the annex ("traced")'),
 ('', '', 'credit', 1, 'credit to the supplier'),
]
C['rx-b-p03'] = [
 ('', '', 'negation', 1, 'negation; machines are not a listed actor'),
 ('chain', '', 'cleft', 0, 'cleft names the chain (not the supplier) as deciding to replace pharmacists with robots'),
 ('chain', '', 'insertion', 0, 'chain\'s board approved the staffing cuts; "for its part" insertion'),
 ('', '', 'neutral', 1, 'sarcasm; no doer named'),
]
C['rx-b-p04'] = [
 ('minister', '', 'negation', 0, 'hard call: "none of this excuses X" presupposes X is at fault; writer\'s blame of the minister'),
 ('minister', '', 'possessive', 0, 'Banham\'s decision to scrap the second-check rule, against advice'),
 ('minister', '', 'pronoun', 0, 'minister ("Her department") froze the inspectorate\'s budget; inspectorate is the patient'),
 ('', '', 'hardship', 1, 'inspectorate stretched: hardship, not fault'),
]
C['rx-b-p05'] = [
 ('', '', 'question', 1, 'genuine question the writer answers in the negative'),
 ('', 'inspectorate', 'reported', 1, 'holders: Ambler\'s critics and the Patients\' Alliance; writer rejects it in the next sentence'),
 ('', '', 'hardship', 1, 'negation plus hardship: starved, not asleep'),
 ('', '', 'hypothetical', 1, 'open counterfactual question; asserts nothing'),
]
C['rx-b-p06'] = [
 ('guild', '', 'characterisation', 0, 'hard call: "in no position to lecture" judges the Guild\'s conduct (hypocrisy), grounded in the next sentence'),
 ('guild', '', 'plain', 0, 'Guild president Okoro voted to scrap the second check'),
 ('', '', 'quotation', 1, 'Okoro blames "accountants", not a listed actor; nothing coded'),
 ('guild', '', 'characterisation', 0, 'someone at the Guild is dishonest about its record'),
]
C['rx-b-p07'] = [
 ('', '', 'neutral', 0, ''),
 ('', '', 'advice', 1, 'advice to the minister'),
 ('', '', 'advice', 1, 'advice to the chain'),
 ('', '', 'hypothetical', 1, 'future conditional; "deserve to win" is about the charity'),
 ('', '', 'victim', 0, ''),
]

C['gx-a-p01'] = [
 ('', '', 'victim', 0, ''),
 ('', '', 'victim', 1, 'deaths; no doer'),
 ('', '', 'passive', 1, 'agentless passive'),
 ('', '', 'passive', 1, 'agentless passive; duty without a named doer'),
]
C['gx-a-p02'] = [
 ('gasco', '', 'copular', 0, 'inspections were Northvale\'s responsibility, which it sold on'),
 ('', '', 'neutral', 1, '"the company" = Northvale; outsourcing itself is not presented as a wrong'),
 ('subcon', '', 'plain', 0, 'Corran\'s inspectors logged visits they never made (falsified records)'),
 ('gasco', '', 'question', 0, 'rhetorical question implying Northvale\'s managers never queried the logs'),
 ('gasco', '', 'inaction', 0, 'elliptical answer: Northvale queried none of the logs; source is the company\'s own submission'),
]
C['gx-a-p03'] = [
 ('', '', 'quotation', 1, 'Oduya\'s self-excusing words kept at a distance; no blame of a listed actor'),
 ('subcon', '', 'characterisation', 0, 'Corran\'s "shortcut" was a fraud'),
 ('subcon;gasco', '', 'coordination', 0, 'Oduya ("He") and Pyne signed the contract that made the pressure impossible'),
 ('subcon;gasco', '', 'pronoun', 0, 'short reference "the two firms" = Corran and Northvale, selling the paperwork of safety (deceit)'),
]
C['gx-a-p04'] = [
 ('', '', 'neutral', 0, 'role description'),
 ('regulator', '', 'pronoun', 0, '"It" = the Energy Standards Authority: did not look (inaction)'),
 ('regulator', '', 'insertion', 0, 'regulator accepted the figures without audit and renewed the safety case; insertion "for five years running"'),
 ('', '', 'quotation', 1, 'Rusk\'s defence quoted; no blame'),
 ('', '', 'passive', 1, 'agentless passive "was designed"'),
]
C['gx-a-p05'] = [
 ('landlord', '', 'deserves', 0, 'the landlord (Brookhollow) deserves a share of the blame'),
 ('', '', 'neutral', 1, 'Brookhollow only receives complaints here'),
 ('landlord', '', 'pronoun', 0, '"It" = Brookhollow: sat on seven of nine warnings'),
 ('landlord', '', 'counterfactual', 0, 'had Brookhollow passed on all nine, the crack would have been found'),
]
C['gx-a-p06'] = [
 ('', '', 'credit', 0, 'praise of the fire service'),
 ('', '', 'credit', 1, '"deserve" used for praise, not blame'),
 ('', '', 'credit', 0, 'residents\' association warned; credit'),
 ('', '', 'pronoun', 1, '"She" = Ibarra, not blamed; the implied failure has no named doer'),
]
C['gx-a-p07'] = [
 ('', '', 'neutral', 0, ''),
 ('', '', 'hypothetical', 1, 'future conditional'),
 ('', '', 'victim', 1, 'victims; no doer'),
 ('', '', 'advice', 0, 'no named actor'),
]
C['gx-b-p01'] = [
 ('', '', 'neutral', 0, ''),
 ('', 'subcon', 'reported', 1, 'holder: the tabloids'),
 ('subcon', '', 'plain', 0, 'Corran\'s inspectors faked their logs (writer\'s own statement)'),
 ('', '', 'negation', 1, 'no new fault asserted; "one firm\'s paperwork" is not a fault noun here'),
]
C['gx-b-p02'] = [
 ('', '', 'neutral', 0, ''),
 ('landlord', '', 'plain', 0, 'Brookhollow had a heavy roller driven over the main (causative; doer Brookhollow)'),
 ('landlord', '', 'possessive', 0, 'the association\'s estates manager knew where the pipe ran and signed off the works'),
 ('', '', 'scare_quote', 1, 'Lomax\'s phrase kept at a distance; no new act'),
]
C['gx-b-p03'] = [
 ('', '', 'neutral', 0, ''),
 ('', '', 'passive', 1, 'agentless "were passed on"; Brookhollow is only the recipient'),
 ('landlord', '', 'cleft', 0, 'cleft names the landlord, not the gas company, as sitting on the warnings'),
 ('', '', 'credit', 1, 'credit to Northvale\'s emergency line, with insertion'),
]
C['gx-b-p04'] = [
 ('gasco', '', 'negation', 0, 'hard call: negated exoneration ("none of which makes X innocent") asserts Northvale\'s fault'),
 ('gasco', '', 'possessive', 0, 'Northvale\'s ("its") replacement programme has slipped every year'),
 ('regulator', '', 'plain', 0, 'ESA wrote self-certification rules and cut its audit team'),
 ('regulator', '', 'characterisation', 0, '"This regulator" = ESA: will not leave its office, is taking dictation'),
]
C['gx-b-p05'] = [
 ('', 'fire', 'reported', 1, 'holder: the Residents\' Association; writer rejects it'),
 ('', '', 'negation', 1, 'writer rejects the reported conclusion'),
 ('', '', 'hypothetical', 1, 'generic conditional'),
 ('', '', 'credit', 1, 'credit to the fire service'),
]
C['gx-b-p06'] = [
 ('', '', 'hardship', 1, 'inspectors\' low pay: hardship'),
 ('gasco;subcon', '', 'coordination', 0, 'Northvale drafted and Corran\'s directors signed the impossible contract'),
 ('', '', 'neutral', 1, 'generic; no listed doer'),
 ('gasco;subcon', '', 'copular', 0, 'the answer to "who designed the job" is Pyne (Northvale) and Oduya (Corran)'),
]
C['gx-b-p07'] = [
 ('', '', 'neutral', 0, ''),
 ('', '', 'advice', 0, 'advice to the inquiry, not a listed actor'),
 ('landlord;subcon;regulator', '', 'possessive', 0, 'hard call: inside an if-frame about the inquiry chair, the writer asserts the landlord\'s roller, the subcontractor\'s fake logbook and the regulator\'s empty audit office as faults'),
 ('', '', 'victim', 1, 'victims; "forged by somebody" names no doer'),
]

C['cn-a-p01'] = [
 ('', '', 'possessive', 1, 'hard call: the office owns the website, but no fault noun is attributed to it; "nobody has planned" names no doer'),
 ('', '', 'neutral', 0, ''),
 ('', '', 'victim', 1, 'towns vanish; no doer'),
 ('', '', 'victim', 0, 'towns, not listed actors'),
]
C['cn-a-p02'] = [
 ('', '', 'passive', 1, 'the office is the patient of "warned"'),
 ('nso', '', 'plain', 0, 'national statistician Varga signed off the launch despite the failed pilot'),
 ('', '', 'scare_quote', 1, 'slogan quoted; no doer'),
 ('nso', '', 'possessive', 0, 'the office\'s decision to pulp the paper forms'),
]
C['cn-a-p03'] = [
 ('', '', 'negation', 1, 'negation'),
 ('', '', 'passive', 1, 'agentless passive "was quietly cancelled"; Tessellate\'s only possesses the test'),
 ('', '', 'question', 1, 'genuine question, answered next'),
 ('contractor', '', 'pronoun', 0, 'elliptical answer: the contractor\'s project board cancelled the load test; evidence from published minutes'),
 ('contractor', '', 'characterisation', 0, 'Tessellate a liability with a logo'),
]
C['cn-a-p04'] = [
 ('minister', '', 'inaction', 0, 'minister Praed unreachable on census night while officials sought permission'),
 ('', '', 'scare_quote', 1, 'his phrase mocked at a distance; no act of harm asserted'),
 ('', '', 'victim', 1, 'victims; no doer'),
 ('minister', '', 'cleft', 0, 'cleft: Praed cut the enumerator field force against advice'),
]
C['cn-a-p05'] = [
 ('', '', 'credit', 1, 'credit to the committee'),
 ('', '', 'quotation', 1, 'a warning and a prediction; no blame'),
 ('nso', '', 'adopted', 0, 'holder Kell (committee) blames the statistics office; adopted ("she is plainly right")'),
 ('', '', 'neutral', 1, 'names three actors; no blame'),
]
C['cn-a-p06'] = [
 ('', '', 'credit', 1, 'credit to the union'),
 ('', '', 'negation', 1, 'negated fault; "nobody listened" names no doer'),
 ('', '', 'cleft', 1, 'negative cleft: not the councils'),
 ('', '', 'hardship', 1, 'councils lose funding: hardship'),
 ('', '', 'negation', 1, '"did nothing to earn that" = blameless, not inaction'),
]
C['cn-a-p07'] = [
 ('nso', '', 'counterfactual', 0, 'had the office kept paper forms in reserve, Fennick would have been counted'),
 ('', '', 'hypothetical', 1, 'future conditional'),
 ('', '', 'advice', 1, 'advice to Varga and Praed'),
 ('', '', 'neutral', 0, ''),
]
C['cn-b-p01'] = [
 ('', '', 'neutral', 1, 'generic government website; no listed actor'),
 ('', '', 'question', 1, 'question with no doer, answered next'),
 ('', '', 'negation', 1, 'not the contractor'),
 ('', '', 'passive', 1, 'contractor defended; agentless passives'),
]
C['cn-b-p02'] = [
 ('minister', '', 'copular', 0, '"the trouble starts with X" attributes responsibility to the minister'),
 ('minister', '', 'possessive', 0, 'Praed\'s decision to cut the enumerators, a disguised saving'),
 ('minister', '', 'pronoun', 0, '"He" = Praed overruled the office twice; the office is the patient'),
 ('', '', 'hardship', 1, 'agentless "was left"; hardship'),
]
C['cn-b-p03'] = [
 ('', '', 'neutral', 0, ''),
 ('', '', 'pronoun', 1, '"It" = the committee; says it should not be shocked, no fault asserted in this sentence'),
 ('committee', '', 'plain', 0, 'committee chair voted for the cut and its report praised the plan without scrutiny'),
 ('committee', '', 'characterisation', 0, 'committee waved the cut through, now plays surprised bystander'),
]
C['cn-b-p04'] = [
 ('', '', 'neutral', 1, 'announces blame without a doer'),
 ('', '', 'scare_quote', 1, 'the union\'s own label quoted; campaigning is not presented as a harm here'),
 ('', '', 'credit', 1, 'credit to the union'),
 ('civlib', '', 'pronoun', 0, '"it" = the union helped kill the field force'),
]
C['cn-b-p05'] = [
 ('', '', 'deserves', 1, '"deserve sympathy", not blame'),
 ('', '', 'insertion', 1, 'credit with insertion "to be fair"'),
 ('councils', '', 'inaction', 0, 'Dunmore Town Council ignored three letters about its address register'),
 ('', '', 'negation', 1, 'homes, not actors; negation'),
]
C['cn-b-p06'] = [
 ('', '', 'neutral', 1, 'names Varga; no fault asserted'),
 ('nso', '', 'inaction', 0, 'national statistician kept quiet about the failed pilot'),
 ('', '', 'question', 1, 'open counterfactual question'),
 ('', '', 'hypothetical', 1, 'elliptical answer; no doer'),
]
C['cn-b-p07'] = [
 ('', 'contractor', 'reported', 1, 'holder: the committee wants to blame Tessellate\'s chief executive; writer does not adopt'),
 ('', '', 'hypothetical', 1, 'hypothetical'),
 ('', '', 'advice', 1, 'advice to Parliament (other)'),
 ('', '', 'neutral', 0, ''),
]
