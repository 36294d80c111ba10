# story pf, writer a (Gwen Harrow), typographic quotes
P = [
[
("Biscuit was a nine-year-old beagle who liked the sofa and disliked the postman, and on the fourth of March he stopped eating.", "", "", "victim", 0, "victim narrative; no actor"),
("By the seventh his kidneys had failed, and by the eighth his owner, a retired postwoman named Carol Penney, was digging a hole at the bottom of her garden.", "", "", "victim", 1, "'failed' concerns the victim's kidneys; no doer"),
("Biscuit was one of at least 340 dogs killed by a single batch of Brightbowl Adult Complete, lot BB-0419.", "", "", "passive", 1, "the passive's agent is the product (a batch), not the firm; the brand name tempts a measure"),
("Carol Penney has kept his lead on the hook by the door.", "", "", "victim", 0, "victim; Penney is other"),
("Every one of those deaths traces back to a decision Brightbowl Pet Nutrition took last autumn to save eleven pounds a tonne on maize.", "maker", "", "plain", 0, "doer Brightbowl Pet Nutrition; cost-cutting decision behind the deaths"),
],
[
("Brightbowl dropped its supplier of twelve years in October for Halden Grain Traders.", "", "", "neutral", 1, "changing supplier is no fault in itself; 'its supplier of twelve years' is the former supplier, not Halden"),
("Halden’s maize had been stored damp through a wet harvest, and aflatoxin had bloomed in it like rust in a gutter.", "", "", "passive", 1, "agentless passive; 'Halden’s maize' is a possessive of an object, not of a fault noun"),
("The supplier sold it anyway, with a certificate of quality that its own laboratory had never signed.", "supplier", "", "plain", 0, "'the supplier' -> Halden; sold contaminated grain with a false certificate"),
("Conrad Veale’s cost-cutting did the rest.", "maker", "", "possessive", 0, "possessor of the fault 'cost-cutting' = Veale (chief executive, maker group)"),
],
[
("Brightbowl issued a recall on 11 March.", "", "", "neutral", 1, "names the maker; a recall is not a fault"),
("Shelfwise, the online retailer that sells a third of the country’s dog food, kept the lot on its virtual shelves for nine more days.", "retailer", "", "inaction", 0, "doer Shelfwise; kept selling a recalled lot"),
("Its algorithm, the company explained, ‘did not recognise the lot number as a recall trigger’.", "", "", "quotation", 1, "the company (-> Shelfwise) blames its algorithm, which is not an actor; no writer's blame in this sentence"),
("It was not an algorithm that took the money for 2,100 bags of poisoned food; it was Shelfwise.", "retailer", "", "cleft", 0, "cleft naming Shelfwise as doer"),
("Will anyone at the company read the next recall notice before the vets do?", "", "", "question", 1, "genuine (future) question; the company -> Shelfwise, no failure asserted"),
],
[
("Mr Veale has since blamed Halden for ‘a breach of contract and of trust’.", "", "supplier", "reported", 1, "holder Veale"),
("He is not wrong about Halden, and he is not the man to say it.", "supplier", "", "adopted", 0, "endorsement 'he is not wrong': the writer adopts Veale's blame of Halden"),
("A chief executive who scraps the toxin tests to save money does not get to act surprised when the toxin turns up.", "maker", "", "pronoun", 0, "short reference 'a chief executive who scraps the tests' -> Veale; scrapping the tests"),
("His bonus for the year, in case anyone was wondering, was £1.4 million.", "", "", "neutral", 1, "his -> Veale; a fact about pay, no harm or fault asserted"),
("He told shareholders in April that Brightbowl had been ‘let down by a partner’, a phrase that is doing a great deal of work.", "", "supplier", "scare_quote", 1, "holder Veale; the writer keeps the phrase at a distance ('a partner' = Halden)"),
],
[
("The Food Standards Agency, to be fair, traced the batch within a week of the first post-mortem.", "", "", "credit", 1, "credit to the agency"),
("Its scientists, not the company’s, found the aflatoxin.", "", "", "credit", 1, "credit; 'the company’s' has no compatible antecedent company in this paragraph, and finding is no fault"),
("But the agency had cut routine mycotoxin sampling of grain by two-thirds since 2022, on the orders of the agriculture ministry and its creed of ‘lighter-touch regulation’.", "fsa;minister", "", "plain", 0, "doer the agency (cut sampling) and the ministry (ordered it); the scare-quoted slogan is the ministry's"),
("If the agriculture minister, Priya Mallory, restores that sampling budget next month, she will deserve some credit.", "", "", "hypothetical", 1, "future hypothetical; credit"),
("If she does not, the next batch is on her.", "", "", "hypothetical", 1, "future conditional attribution; asserts nothing yet"),
],
[
("The vets’ association raised the alarm on 6 March, after three clinics in the Wenmoor district reported the same kidney failures on the same weekend.", "", "", "credit", 1, "credit to the vets' association; 'failures' are clinical"),
("Its president, Dr Helen Achterberg, said on the radio that ‘someone in the supply chain decided dogs were a rounding error’.", "", "", "quotation", 1, "quoted blame of an unnamed 'someone', not a listed actor"),
("She was right, and the someone has a name: Brightbowl’s procurement department.", "maker", "", "adopted", 0, "endorsement 'she was right' + naming Brightbowl's department as the doer"),
("Brightbowl should pay every vet’s bill in full, and it should do so before the lawyers arrive.", "", "", "advice", 1, "advice only"),
("Owners who still have a bag of lot BB-0419 should take it to a vet, not to the bin.", "", "", "advice", 0, "advice to owners; no actor group"),
],
[
("Cheap grain, a blind retailer and a regulator on a diet: Brightbowl, Shelfwise and the agency each had a hand in this.", "maker;retailer;fsa", "", "coordination", 0, "three coordinated doers 'each had a hand in this'"),
("But the hand that signed the contract with Halden was Conrad Veale’s.", "maker", "", "copular", 0, "copular attribution to Veale; Halden is the contract partner here, not blamed"),
("He is the reason Carol Penney dug that hole.", "maker", "", "pronoun", 0, "he -> Veale (nearest person); 'is the reason' attribution"),
("Three hundred and forty dogs are dead, and a company’s quarterly margin is up by half a point.", "", "", "victim", 1, "victims; 'a company’s' is indefinite and a margin is no fault"),
],
]
