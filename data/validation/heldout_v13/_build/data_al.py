def S(text, blamed="", reported="", case="neutral", hn=0, note=""):
    return dict(text=text, blamed=blamed, reported=reported, case=case, hn=hn, note=note)

STORY = "tarrow-bloom"
SHORT = "al"
A = [
 [
  S("Lake Tarrow smelled of cut grass and something worse by the second week of August.", case="neutral"),
  S("By the third, the water had turned the colour of pea soup, the swimming pontoons were chained shut and nine tonnes of roach, perch and pike lay belly-up along the eastern shore.", case="victim", hn=1, note="harm without a doer"),
  S("Kelverton, a town that lives off its lake, lost its summer in a fortnight.", case="hardship", hn=1, note="the town (not its council) suffers"),
  S("Algae did this, say the people who would rather not talk about what fed the algae.", case="reported", hn=1, note="unnamed holders blame the algae, not an actor; nothing coded"),
 ],
 [
  S("What fed the algae was phosphate, and what carried the phosphate into the lake was a decision taken in the agriculture ministry eighteen months ago.", "agriculture", case="copular", note="doer: the agriculture ministry; copular attribution of the cause"),
  S("The Nutrient Flexibility Order — a title only a civil servant could love — allowed farms to spread slurry within ten metres of a watercourse and through the wet months of autumn.", case="neutral", hn=1, note="doer of 'allowed' is the Order, not an actor"),
  S("Tom Reddaway, the agriculture minister, sold it to Parliament as ‘cutting red tape for family farms’.", case="scare_quote", hn=1, note="slogan mocked in quotes; no harm asserted"),
  S("What he cut was the lake’s last line of defence.", "agriculture", case="pronoun", note="'he' = Reddaway; cut the lake's defence"),
 ],
 [
  S("The Environment Agency then did what the order invited and what its own scientists had warned against: it issued Tarrow Valley Growers a permit to spread on 1,400 more hectares of the catchment.", "agency", case="plain", note="doer: the agency; issued the permit against its scientists' warning; the cooperative is the recipient"),
  S("The cooperative applied for that permit, as it was entitled to do.", case="neutral", hn=1, note="lawful act; no fault"),
  S("The agency’s job was to say no, and it said yes in eleven days.", "agency", case="inaction", note="doer: the agency; failed its job"),
  S("Its hydrologist had warned in writing that the lake had ‘no remaining capacity’ for phosphate.", case="quotation", hn=1, note="a warning quoted; no blame"),
  S("Ms Garrick, the agency’s regional director, signed the permit over his objection.", "agency", case="plain", note="doer: Garrick (agency); overrode the hydrologist's warning"),
 ],
 [
  S("Nor did the agency watch what happened next.", "agency", case="inaction", note="doer: the agency; failed to monitor"),
  S("Monitoring of Lake Tarrow was cut from monthly to twice a year last spring, as part of a savings plan.", case="passive", hn=1, note="agentless passive"),
  S("The agency, to be fair, is short of staff after four years of budget cuts.", case="hardship", hn=1, note="hardship, not a fault"),
  S("But a regulator that cannot afford to look should not be handing out permits it cannot police.", case="advice", hn=1, note="generic 'a regulator'; advice form"),
 ],
 [
  S("The Kelverton Anglers’ Club noticed first.", case="credit", hn=1, note="credit to the club"),
  S("In June its secretary, Joe Pask, sent the agency photographs of green scum in the reed beds and a dead pike the length of his arm.", case="neutral", hn=1, note="a report to the agency; no blame"),
  S("He received an automated reply.", case="victim", hn=1, note="'He' = Pask; neglect implied but no doer named"),
  S("Had anyone at the agency opened that email, the lake could have been closed, and the fish netted out, a month before the bloom peaked.", "agency", case="counterfactual", note="doer: the agency; past counterfactual inaction"),
  S("The club has since restocked the shallows twice at its own expense, and twice the fish have died.", case="credit", hn=1, note="credit to the club; the fish are victims"),
 ],
 [
  S("There is a fashionable view in Kelverton that the town council is to blame for keeping the beaches open too long.", reported="council", case="reported", hn=1, note="holder: a fashionable view in Kelverton; writer concedes only part"),
  S("The council did dither for four days, and Mayor Anita Cole’s ‘let’s not panic the visitors’ has earned a small place in local infamy.", "council", case="scare_quote", note="doer: the council (dithered) and its mayor; remark held at a distance and mocked"),
  S("But it was not the council that loosened the permits or stopped the monitoring.", case="cleft", hn=1, note="negative cleft"),
  S("Four days of dithering is a footnote; eighteen months of deregulation is the story.", case="neutral", note="no actor named"),
 ],
 [
  S("The minister says the bloom was ‘an act of nature in an exceptionally warm summer’.", case="quotation", hn=1, note="the minister blames nature (not an actor)"),
  S("Nature did not sign the order.", case="negation", hn=1, note="negation; no listed actor"),
  S("He did, and he should repeal it before next summer rather than after the next inquiry.", "agriculture", case="pronoun", note="'He' = the minister; elliptical: he signed the order that fed the bloom; plus advice"),
  S("If he does, the roach will come back; fish are more forgiving than voters.", case="hypothetical", hn=1, note="open conditional"),
 ],
]
B = [
 [
  S("It has taken Kelverton roughly a week to find its villain, and the villain, apparently, is Tarrow Valley Growers.", reported="coop", case="reported", hn=1, note="holder: the town; 'apparently' distances"),
  S("The cooperative's 140 member farms have been called polluters on posters, in the council chamber and, once, on the side of a milk tanker.", reported="coop", case="passive", hn=1, note="reported blame in a passive; holders unnamed (posters, speakers in the council chamber)"),
  S("I understand the anger.", case="neutral"),
  S("But anger has a way of landing on whoever happens to be standing nearest the water.", case="neutral"),
 ],
 [
  S("The growers did not write the rules they farmed under.", case="negation", hn=1, note="negation"),
  S("The agriculture ministry wrote them, and the Environment Agency signed the permit that applied them to this valley.", "agriculture;agency", case="coordination", note="doers: the ministry (the rules) and the agency (the permit); elliptical shift of responsibility"),
  S("Every litre of slurry spread on the Tarrow slopes last autumn was spread legally, at the distances and on the dates the permit allowed.", case="passive", hn=1, note="agentless passive; legal"),
  S("Nobody in the ministry asked what ten metres of grass would do on a slope of one in six.", "agriculture", case="inaction", note="doer: the ministry; failed to consider"),
  S("You may call that a loophole; the farmers called it Tuesday.", case="neutral", note="'the farmers' not a listed actor"),
 ],
 [
  S("That is not to say that Bill Osterley, the cooperative's chairman, has covered himself in glory.", case="negation", hn=1, note="litotes; no act named here"),
  S("When the anglers first reported green water in June, he told the local paper it was 'pollen, most likely' and refused to let the agency sample the drainage ditches on member farms.", "coop", case="pronoun", note="'he' = Osterley; refused sampling"),
  S("His refusal cost the agency three weeks it did not have.", "coop", case="pronoun", note="'His' = Osterley; possessor of the harmful refusal"),
  S("It was a mistake, and he should say so.", "coop", case="advice", note="'It' = the refusal, 'he' = Osterley; fault plus advice"),
 ],
 [
  S("Now to the people nobody in Kelverton wants to talk about.", case="neutral"),
  S("The Lakeside Tourism Association, which runs the boat hire, the floating café and the summer swim, lobbied the town council in July to keep the lake open through the August bank holiday, with the agency's warning signs already up on the shore.", "tourism", case="plain", note="doer: the association; lobbied against closure despite warnings"),
  S("And the council, eager for the parking money, obliged.", "council", case="insertion", note="doer: the council; insertion does not change the doer"),
  S("Forty-one swimmers were treated for rashes and vomiting that week, and two dogs died after drinking from the shallows.", case="victim", hn=1, note="victims; no doer"),
 ],
 [
  S("Sally Venn, who chairs the association, insists the operators 'followed official advice at every stage'.", case="quotation", hn=1, note="self-defence quoted at a distance; nobody blamed"),
  S("Official advice, at that point, was a laminated sign that her own staff had taken down from the jetty so it would not spoil the holiday photographs.", "tourism", case="pronoun", note="'her' = Venn; her staff removed the warning sign"),
  S("Did the association really think nobody would notice?", "tourism", case="question", note="doer: the association; rhetorical question implying deceit"),
  S("The anglers' club, to its credit, put up its own hand-painted warnings the same week.", case="credit", hn=1, note="credit"),
 ],
 [
  S("The Environment Agency deserves its share of the blame as well.", "agency", case="deserves", note="doer: the agency; deserves a share"),
  S("It cut lake monitoring to twice a year to save roughly the salary of one scientist.", "agency", case="pronoun", note="'It' = the agency; cut monitoring"),
  S("Fiona Garrick, its regional director, admitted to the council last week that a spring sample 'would have flagged rising phosphate, had it been taken'.", "agency", case="adopted", note="factive 'admitted': the agency's skipped sample would have caught the bloom"),
  S("She did not explain why it was not taken.", case="passive", hn=1, note="agentless 'was not taken'; failing to explain is not the harm"),
  S("Its defenders say the Treasury starved it of money.", reported="other", case="reported", hn=1, note="holder: the agency's defenders; target: the Treasury (other)"),
 ],
 [
  S("So here is my modest list of the responsible: a ministry that loosened the rules, an agency that stopped looking, a council that wanted the parking money, and an association that took down the signs.", "agriculture;agency;council;tourism", case="coordination", note="list of coordinated doers"),
  S("The cooperative's refusal in June belongs at the bottom of that list, not the top.", "coop", case="possessive", note="doer: the cooperative (possessor of the refusal)"),
  S("If Kelverton wants its lake back, it should stop hunting for a single villain.", case="advice", note="advice to the town"),
  S("Blooms, unlike headlines, rarely have only one cause.", case="neutral"),
 ],
]
