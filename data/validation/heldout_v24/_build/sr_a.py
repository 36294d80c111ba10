# story sr, writer a (Claire Dumesnil), typographic quotes
# (text, blamed, reported, case, hard_negative, note)
P = [
[
("For three months the people of Varenne have brushed their teeth with bottled water.", "", "", "victim", 1, "villagers are victims; no doer"),
("Forty-one wells in the valley have been sucked dry, and the dairy herds below the church now drink from a tanker that grinds up the hill twice a day.", "", "", "passive", 1, "agentless passive ('have been sucked dry'); no actor named"),
("A kilometre above them, Crête Blanche Resorts has spent the same winter pumping that groundwater into its new reservoir and firing it across the pistes as snow.", "resort", "", "plain", 0, "doer Crête Blanche Resorts; pumping the village's groundwater away (harmful agency)"),
("The skiers, to be fair, have had a splendid season.", "", "", "neutral", 0, "ironic aside; skiers are not an actor group"),
("Nobody up there, I am told, has had to queue for a shower.", "", "", "neutral", 0, "no actor ('up there' is a place)"),
],
[
("The dry wells are Odile Ferrand’s doing.", "resort", "", "copular", 0, "doer Ferrand (resort chief executive); copular attribution 'are X's doing'"),
("As chief executive of Crête Blanche, she assured the regional paper in October that the basin would take ‘only surplus meltwater’.", "", "", "quotation", 1, "her own promise quoted neutrally; no fault asserted in this sentence"),
("She then ran the pumps so hard that the borehole on the Gasquet farm fell nine metres in six weeks.", "resort", "", "pronoun", 0, "she -> Ferrand (nearest person); over-pumping. 'the Gasquet farm' is a victim, not the farmers' chair as doer"),
("Either she did not understand her own engineering or she chose not to mention it, and neither option flatters a woman who runs three mountains.", "resort", "", "characterisation", 0, "she -> Ferrand; incompetence or concealment judged as a fault"),
],
[
("The licence came from the Upper Varenne Water Authority, which is run from an office two valleys away.", "", "", "neutral", 1, "names the authority and its location; no fault asserted"),
("Its director, Bastien Coudray, approved an abstraction of 400,000 cubic metres a year without asking what lay beneath the village.", "water", "", "inaction", 0, "doer Coudray (water authority director); approved without checking"),
("The authority’s negligence is written into its own survey: four pages, two of them maps, and not one word about the wells.", "water", "", "possessive", 0, "possessor of fault noun 'negligence' = the water authority"),
("Had Mr Coudray’s office drilled a single test bore below the site, the wells of Varenne would still be full.", "water", "", "counterfactual", 0, "counterfactual past inaction of Coudray's office (water authority)"),
],
[
("Mr Coudray now says the resort ‘exceeded the spirit of its licence’ by pumping through the night.", "", "resort", "reported", 1, "holder Coudray; the writer does not adopt his claim (next sentence turns on him)"),
("That is rich from a man who wrote the licence without a night-time limit in it.", "water", "", "pronoun", 0, "'a man who wrote the licence' -> Coudray (nearest person); failure to limit pumping"),
("The tourism minister, Luc Amarand, for his part, leaned on the authority to have the licence signed before the Christmas holidays.", "minister", "", "insertion", 0, "doer Amarand; insertion 'for his part'; rushing the licence. The authority is the object here, not blamed"),
("Why was the tourism minister deciding how fast a valley’s groundwater could be licensed at all?", "minister", "", "question", 0, "rhetorical question implying improper interference by the minister"),
("His office says the minister ‘has never interfered in a licensing decision and never will’.", "", "", "quotation", 1, "the ministry's denial quoted; no blame in this sentence"),
],
[
("The environment agency, to its credit, sent two inspectors in January and measured what the villagers had been saying for weeks.", "", "", "credit", 1, "credit to the agency"),
("Their report, published last week, showed that Crête Blanche had drawn the water table down by eleven metres under the village.", "resort", "", "adopted", 0, "factive 'showed': writer adopts the finding; doer Crête Blanche"),
("Their hydrologist, Dr Anouk Vial, put it without varnish: ‘The resort took the village’s water, night after night.’", "resort", "", "quotation", 0, "quotation used as evidence for the writer's claim; doer the resort. Vial (other) is the speaker"),
("It is not the agency that drained Varenne, whatever the operator’s lawyers now imply.", "", "envagency", "cleft", 1, "negated cleft clears the agency; reported blame of the agency, holder the resort's lawyers, rejected by the writer"),
("Nor is it the farmers’ association, whose members had complained in writing since the summer.", "", "", "negation", 1, "elliptical negated cleft; farmers' association not blamed"),
],
[
("The village council is another matter.", "", "", "neutral", 1, "names the council but asserts no fault yet"),
("Mayor Josiane Pellet sold the resort the plot for the reservoir in 2023 and never asked for a single hydrological study in return.", "council", "", "inaction", 0, "doer Pellet (mayor, council group); failure to ask. The resort is the buyer, not the doer here"),
("The council’s members, to be fair, are shopkeepers and dairy farmers who meet on Tuesday evenings above the bakery, and not one of them is a hydrologist.", "", "", "hardship", 1, "lack of expertise is hardship, not a fault"),
("If the council sues the resort this spring, as some in the village want, the case could run for years.", "", "", "hypothetical", 1, "future hypothetical; no blame"),
("The council should demand the pumping logs before it signs anything else.", "", "", "advice", 1, "advice only"),
],
[
("Ms Ferrand’s greed and Mr Coudray’s rubber stamp drained this valley, and Mr Amarand cheered them on.", "resort;water;minister", "", "coordination", 0, "coordinated doers: Ferrand's greed (resort), Coudray's rubber stamp (water); Amarand enabling (minister)"),
("The snow will melt by April; the wells will take years to recover, if they recover at all.", "", "", "neutral", 0, "no actor"),
("Crête Blanche should pay for new boreholes, and it should pay before the next season opens.", "", "", "advice", 1, "advice to the resort; no failure asserted"),
("Until it does, every lift pass sold up there is a receipt for water taken from down here.", "resort", "", "pronoun", 0, "it -> Crête Blanche; metaphor: the resort profits from water taken from the village"),
],
]
