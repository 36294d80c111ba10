# story ts, writer b (Ollie Strand), straight quotes
P = [
[
("Dariusz Kell has become the easiest villain in Caldorian sport, and the papers have cast him in the role with relish.", "", "coach", "reported", 1, "holder the papers; the writer describes the casting, not yet his own verdict"),
("He deserves most of what is coming to him.", "coach", "", "deserves", 0, "he -> Kell; 'deserves' what is coming (punishment), i.e. held responsible"),
("A head coach who hands six of seven discretionary places to his own club's athletes has abused his office, and no amount of talk about 'form' and 'training data' changes that.", "coach", "", "plain", 0, "short reference -> Kell; abuse of office. The scare-quoted excuses are not adopted"),
("But a rigged team needs more than one crooked hand.", "", "", "neutral", 0, "no actor"),
],
[
("The Caldorian Athletics Federation gave its head coach sole power over discretionary places in 2021, against the advice of its own ethics panel.", "federation", "", "plain", 0, "doer the federation; enabling rule adopted against advice. The coach is the recipient here"),
("Irena Voss, who was elected on a promise to 'clean up selection', chaired that vote.", "federation", "", "insertion", 0, "doer Voss (federation president); relative-clause insertion; chairing the enabling vote despite her promise"),
("Her federation has since been short of money and staff, with a selection office of one part-time clerk.", "", "", "hardship", 1, "shortage is hardship, not a fault"),
("Poverty explains the clerk; it does not explain the rule.", "", "", "hardship", 1, "no actor named; hardship contrasted with the rule"),
("The ethics panel, for what it is worth, still meets twice a year.", "", "", "insertion", 0, "insertion in a neutral sentence; the ethics panel is not a listed actor"),
],
[
("The National Olympic Committee is the body with the last word on any team that wears the national colours.", "", "", "neutral", 1, "names the committee and its role; no fault"),
("Its secretary-general, Olu Danso, told me the committee 'does not second-guess national federations on technical matters'.", "", "", "quotation", 1, "Danso's stated policy quoted; no fault asserted in this sentence"),
("That is a policy of looking away, written down and given a letterhead.", "noc", "", "characterisation", 0, "'That' = the committee's stated policy (same paragraph); characterised as looking away"),
("Why did a committee that audits every expense claim down to the taxi receipt not spend more than eleven minutes on a selection list?", "noc", "", "question", 0, "rhetorical question; 'a committee that audits...' -> the NOC"),
],
[
("The athletes' commission has had a good month in the headlines.", "", "", "neutral", 1, "names the commission; no fault"),
("Its letter of March is being waved about as proof that it sounded the alarm.", "", "", "passive", 1, "agentless passive; no fault asserted"),
("Read the letter, though, and it asks only for 'more transparency in future cycles'; it names no coach, no club and no athlete.", "", "", "pronoun", 1, "it -> the letter, not an actor; the omission is attributed to the commission only in the next sentence"),
("The commission knew what Mr Kell was doing and chose a whisper over a shout.", "commission", "", "inaction", 0, "doer the commission; failed to speak out. Kell is mentioned, no act of his asserted here"),
("And Halcyon Mobile, whose emails asked for its 'ambassadors' on the team, has not yet been shown to have asked for anything improper.", "", "", "negation", 1, "negation; the sponsor is not blamed"),
],
[
("Critics say the sponsor bought the team.", "", "sponsor", "reported", 1, "holder the critics"),
("Perhaps; but the emails show only a request, and the federation granted it when it could have refused.", "federation", "", "inaction", 0, "doer the federation: granted the request instead of refusing; the sponsor's request is not blamed"),
("Ms Voss admitted to parliament last week that she had forwarded the Halcyon email to Mr Kell with the note 'see what you can do'.", "federation", "", "adopted", 0, "factive 'admitted'; Voss passed the sponsor's request to the coach (enabling)"),
("With that note, Ms Voss did more damage than any email Halcyon ever sent.", "federation", "", "plain", 0, "doer Voss; the comparison with Halcyon does not blame the sponsor"),
("Halcyon, for its part, has paused its advertising campaign until the review reports.", "", "", "insertion", 1, "insertion 'for its part' in a sentence with no fault"),
],
[
("The sports minister, Hugo Brandt, has ordered a review, and he deserves credit for moving quickly.", "", "", "credit", 1, "credit, with 'deserves'"),
("He also approved Mr Kell's appointment in 2020 over the objections of the athletes' commission, which he has somehow forgotten to mention.", "minister", "", "pronoun", 0, "he -> Brandt; approved the appointment over objections and conceals it. Kell and the commission are objects"),
("If the review finds fault with the minister's own decision, will he publish it?", "", "", "hypothetical", 1, "open hypothetical question; nothing asserted"),
("He should commit to doing so today.", "", "", "advice", 1, "advice"),
],
[
("So yes, sack Mr Kell.", "", "", "advice", 1, "advice"),
("But if the federation keeps its rule, the committee keeps its letterhead and the commission keeps its whisper, the next head coach will simply be more discreet.", "", "", "hypothetical", 1, "future hypothetical"),
("The rot in Caldorian selection is not one man's; it is a system's, and the system has owners.", "", "", "negation", 1, "negated possessive; no listed actor"),
("Their names are Voss, Danso and Brandt.", "federation;noc;minister", "", "copular", 0, "copular naming of the owners of the rot: Voss (federation), Danso (NOC), Brandt (minister)"),
],
]
