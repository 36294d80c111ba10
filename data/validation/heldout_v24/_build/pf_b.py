# story pf, writer b (Declan Ostby), straight quotes
P = [
[
("Every few years a scandal arrives that lets us shout at a single company and go home feeling cleansed.", "", "", "neutral", 0, "generic; no listed actor"),
("The Brightbowl affair is shaping up to be one of those.", "", "", "neutral", 1, "names the maker; 'affair' is not an attribution"),
("Brightbowl made a bad decision, Halden sold a bad product and Shelfwise was slow; none of that is in dispute.", "maker;supplier;retailer", "", "coordination", 0, "three coordinated doers and their failures"),
("What is in dispute is why nobody caught the poison before the dogs did.", "", "", "question", 1, "embedded question; 'nobody' is not an actor"),
("I have no wish to defend any of the three.", "", "", "neutral", 1, "refers to the three firms; neither blame nor defence"),
],
[
("The Food Standards Agency used to test grain for aflatoxin at every major mill in the country.", "", "", "neutral", 1, "names the agency; past practice, no fault"),
("That stopped in 2022, when the agriculture ministry cut the agency's budget by a fifth and told it to 'target risk'.", "minister", "", "plain", 0, "doer the ministry: cut off the agency's funding; the agency is the object"),
("The agency, stripped of a fifth of its staff, now samples one consignment in fifty.", "", "", "hardship", 1, "weakness imposed from outside, not a fault"),
("A regulator that cannot afford to look is not negligent so much as blindfolded.", "", "", "negation", 1, "'not negligent': negation; 'blindfolded' is hardship"),
("And the hand that tied the blindfold belongs to Priya Mallory.", "minister", "", "copular", 0, "copular attribution to Mallory (agriculture minister)"),
],
[
("Ms Mallory was warned.", "", "", "passive", 1, "she is the patient of an agentless passive; no failure asserted in this sentence"),
("The vets' association wrote to her in 2023 that cutting mycotoxin checks would 'sooner or later kill animals', and she filed the letter without reply.", "minister", "", "inaction", 0, "she -> Mallory; ignored the warning. The vets are the warners, not blamed"),
("Her department's answer to a written question last spring called the risk 'negligible'.", "", "", "scare_quote", 1, "quoted term kept at a distance; 'negligible' tempts a measure; no act of harm asserted"),
("Three hundred and forty dead dogs are not negligible.", "", "", "victim", 1, "victims; no actor"),
("Had the ministry kept the old sampling regime, lot BB-0419 would almost certainly have been stopped at the mill.", "minister", "", "counterfactual", 0, "past counterfactual; the ministry failed to keep the sampling"),
],
[
("None of this excuses Brightbowl, which chose the cheapest maize on the market and dropped its own toxin checks to pay for the discount.", "maker", "", "negation", 0, "negated excuse, not negated blame; doer Brightbowl (dropped its checks)"),
("To its credit, the company recalled the lot within forty-eight hours of the first lab result and has paid 600 vet bills so far.", "", "", "credit", 1, "the company -> Brightbowl; credit"),
("Conrad Veale, its chief executive, fronted every press conference himself, which is more than Ms Mallory has done.", "minister", "", "credit", 0, "credit to Veale; the comparison asserts Mallory failed to face the public (inaction); maker not blamed"),
("The bigger scandal is not the company that made one bad deal; it is the ministry that dismantled the net meant to catch it.", "minister", "", "cleft", 0, "cleft-like contrast: not the company (maker, negated) but the ministry (blamed)"),
],
[
("Owners' groups accuse Shelfwise of putting profit before pets by selling the lot for nine days after the recall.", "", "retailer", "reported", 1, "holder owners' groups"),
("The truth is duller: the recall notice went to an unmonitored inbox, and nobody at the retailer opened it until a customer rang.", "retailer", "", "inaction", 0, "writer rejects the greed motive but states the retailer's failure to act"),
("That is incompetence, not greed, and the difference matters to anyone designing a fix.", "retailer", "", "characterisation", 0, "'That' = the retailer's conduct in the previous sentence; incompetence judges conduct"),
("Shelfwise says it has since hired a full-time recall officer.", "", "", "neutral", 1, "names the retailer; no fault"),
("Retailers should be legally bound to pull recalled lots within an hour, as they already must for baby food.", "", "", "advice", 1, "generic advice"),
],
[
("The vets' association, for its part, has done the country a service by publishing every case it could confirm.", "", "", "insertion", 1, "insertion 'for its part' in a sentence of credit"),
("Its figures are the ones to trust, because it collected them clinic by clinic.", "", "", "credit", 1, "credit to the vets"),
("Halden Grain Traders, meanwhile, forged a quality certificate and has since said only that its paperwork was 'issued in good faith'.", "supplier", "", "insertion", 0, "doer Halden; insertion 'meanwhile'; the scare-quoted excuse is not adopted"),
("Forgery is a crime, and the police should treat it as one.", "", "", "advice", 1, "advice; no listed actor"),
],
[
("So by all means, fine Brightbowl and sue Halden.", "", "", "advice", 1, "advice"),
("But if we stop there, Ms Mallory will cut another budget, another agency will stop looking and another batch will go out.", "", "", "hypothetical", 1, "future hypothetical"),
("The minister deserves most of the blame for this, and she has so far accepted none of it.", "minister", "", "deserves", 0, "the minister -> Mallory; subject of 'deserves most of the blame'"),
("Where, in all of this, has she been?", "minister", "", "question", 0, "she -> the minister; rhetorical question implying absence"),
],
]
