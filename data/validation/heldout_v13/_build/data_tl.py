def S(text, blamed="", reported="", case="neutral", hn=0, note=""):
    return dict(text=text, blamed=blamed, reported=reported, case=case, hn=hn, note=note)

STORY = "stacker-lead-paint"
SHORT = "tl"
A = [
 [
  S("The Rainbow Stacker is a lovely object: five wooden rings, each a different colour, on a peg shaped like a smiling tree.", case="neutral"),
  S("For eight months last year it was also a small dose of lead, sold at £12.99 a box to the parents of toddlers.", case="victim", hn=1, note="victims; agentless 'sold'"),
  S("Tests ordered after the recall in November found paint on the rings carrying forty times the legal limit.", case="neutral"),
  S("Around 31,000 were sold before anyone said stop.", case="passive", hn=1, note="agentless passive"),
 ],
 [
  S("Brightwood Imports brought the rings into the country on the strength of a test certificate it never checked.", "importer", case="inaction", note="doer: Brightwood; never checked the certificate"),
  S("The certificate, issued by a laboratory called Certex, described a batch of plastic rattles, not wooden rings.", case="neutral", hn=1, note="mention of Certex; no act of fault asserted"),
  S("Carl Dunmore, Brightwood’s managing director, calls this ‘a clerical mix-up at the factory end’.", case="scare_quote", hn=1, note="Dunmore blames an unlisted factory: nothing coded; his words held at a distance"),
  S("A mix-up that earned his company £380,000 in one season is what most of us would call a business model.", "importer", case="characterisation", note="'his company' = Dunmore's Brightwood; sarcasm: profiting from the 'mix-up'"),
 ],
 [
  S("How did a wooden toy with the wrong paperwork get past the border?", case="question", hn=1, note="question with no actor"),
  S("Because since last January it has not had to be inspected at all.", case="passive", hn=1, note="agentless passive; 'it' = the toy"),
  S("Alan Petrescu, the trade minister, put importers like Brightwood on a ‘trusted trader’ fast lane that waves their containers through on paperwork alone.", "minister", case="scare_quote", note="doer: Petrescu; created a lane that waves unchecked goods through; Brightwood is an object here"),
  S("The Customs Service, for its part, dropped even the random spot checks the fast lane still allowed, so that it could move officers to the airport.", "customs", case="insertion", note="doer: the Customs Service; dropped spot checks"),
  S("Trusted by whom, one wonders, and on what evidence?", case="question", hn=1, note="rhetorical but no actor named"),
 ],
 [
  S("Then there is Pennywhistle Toys, which sold the rings in 230 shops.", case="neutral", hn=1, note="mention only"),
  S("In September, the chain received an email from the Consumer Safety Agency asking whether it had ‘any concerns’ about a supplier called Brightwood.", case="neutral", hn=1, note="three actors named; no fault"),
  S("The chain replied that it had none, and moved the rings into its half-term promotion.", "chain", case="plain", note="doer: the chain; pushed the toy after a safety query"),
  S("I am told the promotion shifted 6,000 boxes.", case="neutral"),
 ],
 [
  S("The Consumer Safety Agency is where my sympathy runs out slowest, and I mean that as faint praise.", case="credit", hn=1, note="faint praise"),
  S("Its inspectors have halved in a decade, and its laboratory is booked until spring.", case="hardship", hn=1, note="hardship, not a fault"),
  S("But the agency had a paediatrician’s report of a poisoned two-year-old in May, and it took until November to order a recall.", "agency", case="inaction", note="doer: the agency; six-month delay"),
  S("Six months is not caution; it is the agency’s abdication.", "agency", case="possessive", note="doer: the agency (possessor of 'abdication')"),
 ],
 [
  S("The parents’ groups have been accused of hysteria, which is what people say about mothers who turn out to be right.", reported="parents", case="reported", hn=1, note="holders unnamed (accusers); writer rejects"),
  S("Parents Against Lead published the batch numbers, the shop list and the blood-test clinics weeks before the agency did.", case="credit", hn=1, note="credit to the group; the agency's later action is not a fault asserted"),
  S("Kemi Adeyinka, its founder, says — rightly — that Brightwood ‘gambled with children’s brains to save a testing fee’.", "importer", case="adopted", note="endorsed ('rightly'): Brightwood gambled with children's health"),
  S("The testing fee, for the record, was £240 a batch.", case="neutral"),
 ],
 [
  S("The minister has promised ‘a review of the fast lane’, which is what ministers promise when they mean ‘not yet’.", case="scare_quote", hn=1, note="promise mocked; generic 'ministers'; no harm asserted"),
  S("If he had kept the spot checks he inherited, the rings would have been stopped at the dock in March.", "minister", case="counterfactual", note="'he' = the minister; past counterfactual"),
  S("Brightwood and Pennywhistle both made money from a toy that neither of them bothered to test.", "importer;chain", case="coordination", note="coordinated doers: Brightwood and Pennywhistle; failed to test"),
  S("Brightwood should lose its import licence; Pennywhistle should pay for every blood test; and the agency should get the inspectors it has been begging for.", case="advice", hn=1, note="advice"),
  S("None of that will take the lead out of a single child’s blood.", case="victim", note="victims; no actor"),
 ],
]
B = [
 [
  S("Every scandal needs a face, and this one has been given Alan Petrescu's.", reported="minister", case="reported", hn=1, note="holders unnamed (press, public); writer rejects"),
  S("The trade minister's 'trusted trader' scheme, we are told, is the reason lead-painted rings reached Pennywhistle's shelves.", reported="minister", case="scare_quote", hn=1, note="holder: 'we are told' (unnamed); scheme in scare quotes"),
  S("It is a tidy theory, and it is wrong in the ways that matter.", case="neutral"),
  S("I have read the paperwork, which is more than some of the theory's authors have done.", case="neutral"),
 ],
 [
  S("The fast lane did not forge the certificate.", case="negation", hn=1, note="negation; the scheme is not an actor"),
  S("Brightwood Imports presented it, and a firm that offers a certificate for plastic rattles as proof that wooden rings are safe has either not read it or hoped nobody else would.", "importer", case="plain", note="doer: Brightwood; negligence or deceit"),
  S("Either way, the fault is Brightwood's.", "importer", case="copular", note="copular: the fault is Brightwood's"),
  S("Certex, the laboratory whose stamp is on that certificate, has refused to say how many other importers used the same document.", "other", case="plain", note="doer: Certex (other); refuses to disclose (cover-up)"),
 ],
 [
  S("It has not answered a single letter from the agency since.", case="pronoun", hn=1, note="'It' refers to Certex in the previous paragraph: not resolved"),
  S("Customs officers, meanwhile, cannot open every box.", case="hardship", hn=1, note="limitation, not a fault"),
  S("Roughly one container in four hundred was ever physically inspected, fast lane or no fast lane, and a wooden toy looks like a wooden toy until a laboratory says otherwise.", case="passive", hn=1, note="agentless passive"),
  S("Blaming the Customs Service for failing to spot lead with the naked eye is like blaming a lifeguard for the weather.", reported="customs", case="reported", hn=1, note="holders unnamed (critics); writer rejects"),
  S("Nor was the minister wrong to want fewer delays at the docks, where small importers were waiting three weeks for clearance.", case="negation", hn=1, note="negation; importers' hardship"),
 ],
 [
  S("It was the safety agency, not the dockside, that let this run for a whole season.", "agency", case="cleft", note="cleft naming the agency; allowed the harm"),
  S("On 14 May a paediatrician in Hallbury sent the Consumer Safety Agency a report of a two-year-old with a blood-lead level four times the action threshold, and named the toy.", case="victim", hn=1, note="victim; the agency is the addressee"),
  S("The agency logged the report, gave it a reference number and, as far as anyone can tell, did nothing with it until October.", "agency", case="inaction", note="doer: the agency; did nothing"),
  S("Its director, Neil Haskins, told a parliamentary committee that the case was 'prioritised appropriately given resources'.", case="quotation", hn=1, note="self-defence quoted at a distance"),
  S("Five months of 'appropriate' priority meant, by the agency's own later estimate, another 19,000 rings sold.", case="scare_quote", hn=1, note="the agency owns only the estimate; no doer of the delay named in this sentence"),
 ],
 [
  S("Pennywhistle deserves more of the blame than anyone has yet given it.", "chain", case="deserves", note="doer: Pennywhistle; deserves blame"),
  S("The chain, the country's biggest toy retailer, was asked by the agency in September whether it had concerns about Brightwood.", case="neutral", hn=1, note="passive with agent; asking is no fault"),
  S("Lorna Quist, its chief executive, has since admitted that her buying team had already logged two customer complaints about flaking paint and passed neither to the agency.", "chain", case="adopted", note="factive 'admitted': the chain's buyers withheld complaints"),
  S("Instead, the chain answered 'no concerns' and put the rings in its half-term sale.", "chain", case="plain", note="doer: the chain; false answer and kept selling"),
  S("Pennywhistle was not unlucky; it was reckless.", "chain", case="characterisation", note="characterisation: reckless"),
 ],
 [
  S("The parents' groups have done heroic work, and I will not hear a word against them.", case="credit", hn=1, note="praise"),
  S("But the Safe Play Network wrongly named Tumbledown, a small toy-maker in the north that had nothing to do with Brightwood, on its first 'danger list' in October.", "parents", case="plain", note="doer: Safe Play Network; wrongly named an innocent firm"),
  S("Tumbledown lost its Christmas orders and laid off nine people.", case="victim", hn=1, note="Tumbledown is the victim"),
  S("The network has apologised and paid for an advertisement clearing Tumbledown's name.", case="credit", hn=1, note="credit"),
 ],
 [
  S("So by all means review the fast lane.", case="advice", note="advice; no actor"),
  S("But if the agency had acted on the Hallbury report in May, two-thirds of those rings would never have been sold.", "agency", case="counterfactual", note="doer: the agency; past counterfactual"),
  S("And if Pennywhistle had passed on its own complaints, the agency might have moved sooner still.", "chain", case="counterfactual", note="doer: Pennywhistle; past counterfactual"),
  S("If the review finds that the fast lane let other dangerous goods through, the minister will have to answer for it.", case="hypothetical", hn=1, note="future conditional"),
  S("Will anyone at the agency or the chain lose their job?", case="question", hn=1, note="open question about consequences; implies no failure"),
 ],
]
