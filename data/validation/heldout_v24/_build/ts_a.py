# story ts, writer a (Nadia Ferraz), typographic quotes
P = [
[
("Jessa Marr ran 1:58.4 at the national trials in June, the fastest 800 metres by a Caldorian woman in nine years.", "", "", "neutral", 0, "no actor group"),
("She will watch the world championships on television.", "", "", "victim", 1, "the athlete as victim; no doer"),
("Her place was given to a Millbrook Harriers runner who finished fourth in the same race, and who happens to train under the national head coach, Dariusz Kell.", "", "", "passive", 1, "agentless passive; Kell is mentioned only as the runner's coach (insinuation, no act asserted)"),
("That is not a coincidence; it is a selection policy.", "", "", "negation", 1, "no listed actor named or resolvable"),
("Her coach, a schoolteacher from the northern town of Ellesby, found out from a journalist.", "", "", "neutral", 1, "'Her coach' is Marr's own coach, not the head coach: the alias 'coach' is a trap; nobody blamed"),
],
[
("Mr Kell picked the squad himself, as the federation’s rules allow the head coach to do for ‘discretionary’ places.", "", "", "scare_quote", 1, "scare quotes on the rule's word; the act described is allowed; no fault asserted"),
("He used that discretion on seven of eleven places, and he gave six of them to athletes from his own club.", "coach", "", "pronoun", 0, "he -> Kell; favouring his own club (the rigging)"),
("Three of those six had not met the qualifying standard that he himself had published in January.", "", "", "neutral", 1, "the athletes are the subject; no act of the coach asserted in this sentence"),
("A coach who rigs a squad for his own club is not a selector; he is a shareholder.", "coach", "", "characterisation", 0, "short reference 'a coach who rigs a squad' -> Kell; characterisation of his conduct"),
],
[
("The federation’s president, Irena Voss, saw the list on 2 July and signed it on 3 July without a single question.", "federation", "", "inaction", 0, "doer Voss (federation president); signed without checking"),
("She says she ‘trusted the technical staff’; a president paid to check the technical staff does not get to plead trust.", "federation", "", "quotation", 0, "her excuse is quoted at a distance; the writer's own clause blames her (she -> Voss) for failing to check"),
("Nor was this the first warning.", "", "", "neutral", 0, "elliptical, no actor"),
("The athletes’ commission had written to her in March about Mr Kell’s habit of favouring Millbrook, and the federation filed the letter under ‘pending’.", "coach;federation", "", "possessive", 0, "possessor of the fault 'habit of favouring' = Kell; the federation shelved the warning. The commission is credited, not blamed"),
],
[
("Then there is Halcyon Mobile, the team’s main sponsor, whose logo will be on every vest in the stadium.", "", "", "neutral", 1, "names the sponsor; no fault"),
("Emails published by the Caldorian Courier show that Halcyon’s marketing director asked the federation in May for ‘at least three of our ambassadors’ in the team.", "sponsor", "", "adopted", 0, "factive 'show': writer adopts; doer Halcyon's director (sponsor group) pressing on selection. The federation is the addressee"),
("All three of Halcyon’s ambassadors are Millbrook athletes.", "", "", "neutral", 1, "fact naming the sponsor; no fault"),
("A sponsor that buys its way onto a start line has not sponsored a team; it has bought one.", "sponsor", "", "characterisation", 0, "short reference 'a sponsor that buys its way' -> Halcyon; characterisation of conduct"),
("Halcyon calls the emails ‘routine commercial dialogue’.", "", "", "quotation", 1, "the sponsor's defence quoted; no blame in the sentence"),
],
[
("The National Olympic Committee ratified the team on 10 July after a meeting that lasted, according to its own minutes, eleven minutes.", "noc", "", "plain", 0, "doer the committee; waved the rigged team through"),
("Had the committee asked for the trial results, which fitted on a single sheet of paper, Jessa Marr would be packing her spikes.", "noc", "", "counterfactual", 0, "past counterfactual inaction of the committee"),
("The sports minister, Hugo Brandt, to his credit, ordered an independent review the day the emails came out.", "", "", "credit", 1, "credit to the minister"),
("Whether the review reports before the championships is another question.", "", "", "neutral", 0, "genuine open question; no actor"),
("Mr Brandt, it should be said, was not told about the emails until the Courier printed them.", "", "", "passive", 1, "the minister is the patient of an agentless passive; no fault"),
],
[
("Mr Kell’s supporters say the real culprit is the athletes’ commission, for ‘stirring up a witch-hunt’ instead of raising its concerns in private.", "", "commission", "reported", 1, "holder Kell's supporters; the writer rejects it in the next sentence"),
("The commission raised them in private in March (see above), and got a filing cabinet for its trouble.", "", "", "credit", 1, "defence of the commission; the shelving was blamed on the federation earlier, not repeated with a doer here"),
("If the review confirms what the emails show, Mr Kell should go, and Ms Voss should go with him.", "", "", "hypothetical", 1, "hypothetical plus advice"),
("And if it does not, somebody should ask who wrote its terms of reference.", "", "", "advice", 1, "hypothetical advice; no actor"),
],
[
("Mr Kell’s favouritism, Ms Voss’s indifference and Halcyon’s chequebook built this team between them.", "coach;federation;sponsor", "", "coordination", 0, "coordinated possessors of faults: Kell (coach), Voss (federation), Halcyon (sponsor)"),
("The athletes did nothing wrong, including the ones who were picked.", "", "", "negation", 1, "negation; athletes are not a group"),
("It was the coach, not the runners, who broke the rules, and he should be the one explaining himself to Jessa Marr.", "coach", "", "cleft", 0, "cleft naming the coach as doer"),
("She ran the time; he took the place.", "coach", "", "pronoun", 0, "he -> the coach (nearest male person in the paragraph); she -> Jessa Marr (victim)"),
],
]
