# story sr, writer b (Tomas Reuther), straight quotes
P = [
[
("It is easy, and in Varenne it is popular, to paint Crête Blanche as a vampire on the mountain.", "", "resort", "reported", 1, "holder: popular opinion in Varenne; the writer keeps his distance"),
("The posters in the square call the operator 'water thieves', and Rémi Gasquet's farmers' association has printed the slogan on tractor banners.", "", "resort", "scare_quote", 1, "scare-quoted accusation; holders the posters and the farmers' association (which is not blamed)"),
("I have walked the dry fields, and I have seen the tanker.", "", "", "neutral", 0, "no actor"),
("The anger is understandable; the verdict is premature.", "", "", "neutral", 0, "no actor"),
],
[
("Crête Blanche did not write its own licence.", "", "", "negation", 1, "negation; the resort is not blamed"),
("It applied for one, paid for the environmental filing and pumped within the volume it was granted, as even the environment agency's report concedes.", "", "", "credit", 1, "defence of the resort; the agency's report is cited, nobody blamed"),
("The question is why the bodies paid to check such filings waved this one through.", "", "", "pronoun", 1, "'the bodies paid to check' is not resolved to one listed actor (authority or agency?): code nothing"),
("Start with the Environment Agency.", "", "", "neutral", 1, "names the agency, no fault yet"),
],
[
("The agency had a statutory right to object to any abstraction above 100,000 cubic metres, and it let a request four times that size pass without comment.", "envagency", "", "inaction", 0, "doer the environment agency; let the request pass"),
("To be fair, the agency has lost a third of its inspectors in five years, and its regional office now covers four valleys with two people.", "", "", "hardship", 1, "shortage of staff is hardship, not a fault"),
("Its own inspectors admitted in January that nobody from the agency had visited the site before the licence was issued.", "envagency", "", "adopted", 0, "factive 'admitted': writer adopts; the agency failed to inspect"),
("Short staff explains a slow answer; it does not explain the agency's silence on the largest abstraction request in the valley's history.", "envagency", "", "possessive", 0, "possessor of the fault 'silence' = the agency"),
("Had it lodged the objection it was entitled to lodge, the licence would have gone to a public hearing and the pumps would never have started.", "envagency", "", "counterfactual", 0, "it -> the agency; past counterfactual inaction"),
],
[
("Then there is the village council, which now marches at the front of the protest.", "", "", "neutral", 1, "names the council; no fault"),
("It was the council, not the resort, that offered up the reservoir site, and Mayor Josiane Pellet called the sale 'the best deal this commune has done in a generation'.", "council", "", "cleft", 0, "cleft naming the council as the doer; the resort is explicitly excluded"),
("The proceeds went into a new roof for the town hall.", "", "", "neutral", 0, "no fault asserted"),
("Nobody in the village asked what a reservoir that size would drink.", "", "", "neutral", 1, "'nobody in the village' is not an actor group; no coded doer"),
("Ms Pellet now says she was 'misled by the resort's consultants', a claim the minutes of the 2023 meeting do not support.", "", "resort", "reported", 1, "holder Pellet; writer rejects the claim"),
],
[
("The farmers' association deserves a share of the blame as well.", "farmers", "", "deserves", 0, "subject of 'deserves a share of the blame'"),
("In 2023 its chair, Rémi Gasquet, signed a letter backing the reservoir because the resort's hotels buy the valley's cheese.", "farmers", "", "pronoun", 0, "its chair -> farmers' association; lent support to the scheme (enabling). The resort's hotels are mentioned neutrally"),
("His own farm has since lost its well, and his herd drinks from the tanker like everyone else's.", "", "", "victim", 1, "Gasquet as victim"),
("The water authority, meanwhile, has hidden behind its licence conditions for three months.", "water", "", "insertion", 0, "doer water authority; insertion 'meanwhile'; evasion"),
],
[
("What of the tourism minister, Luc Amarand, who opened the reservoir with a speech about 'snow security'?", "", "", "question", 1, "open question introducing the minister; implies no failure"),
("The critics say he rushed the licence; the file shows he wrote one letter, and it asked for a decision 'in good time'.", "", "minister", "reported", 1, "holder the critics; writer rejects with the file"),
("That is not pressure; it is the ordinary impatience of a ministry that wants its ski season.", "", "", "negation", 1, "negation; impatience presented as no fault"),
("If the ministry now refuses the valley's request for emergency funds, it will deserve all the anger the valley can muster.", "", "", "hypothetical", 1, "future hypothetical with 'deserve'; no blame asserted"),
("Mr Amarand has since visited the village twice and promised a report by Easter.", "", "", "neutral", 1, "names the minister; no fault"),
],
[
("None of this is a defence of Crête Blanche, whose pumps ran every night of December while the wells below them failed.", "resort", "", "plain", 0, "negated defence, not negated blame; doer the resort (its pumps ran all night while the wells failed)"),
("Odile Ferrand should publish the pumping logs tomorrow and pay for the tanker herself.", "", "", "advice", 1, "advice to the resort's chief executive"),
("But a valley that blames only the company on the hill will get the same licence, from the same agency, next time a company comes calling.", "", "", "hypothetical", 1, "generic future; 'blames' and 'the company on the hill' tempt a measure"),
("The wells went dry on paper long before they went dry in the ground, and the paper carried the water authority's stamp and the agency's silence.", "water;envagency", "", "possessive", 0, "possessors of stamp (water authority) and silence (agency) on the licence"),
("Until that paper changes, Varenne will be living on borrowed water.", "", "", "neutral", 0, "no actor"),
],
]
