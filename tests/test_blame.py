"""Blame on the parse: codebook cases written for these tests, stance, offsets and floors."""

import pandas as pd
import pytest

from analysis import attribution_agreement, load_corpus
from analysis.measures.actors import load_actors
from analysis.measures.blame import blame_matrix, blame_table, reported_blame
from analysis.measures.blame_cues import CUES_FILE, CueFileError, load_cues


def paragraph(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": "a", "author": "W", "paragraph_id": "a:p01",
                         "sentence_id": [f"a:p01:s{i:03d}" for i in range(1, len(texts) + 1)],
                         "text": list(texts)})


def blamed(*texts: str, stance: str = "writer") -> list[set[str]]:
    """Groups blamed per sentence of one paragraph, in one stance."""
    table = blame_table(paragraph(*texts))
    table = table[table["stance"] == stance]
    return [set(table.loc[table["sentence_id"] == f"a:p01:s{i:03d}", "group"])
            for i in range(1, len(texts) + 1)]


@pytest.mark.parametrize("sentence, groups", [
    # explicit attribution
    ("Brussels is to blame for the stalemate.", {"europe"}),
    ("Washington is why the grain deal collapsed.", {"us"}),
    ("The real obstacle to a settlement is the Kremlin.", {"russia"}),
    ("The obstacle to a settlement is not the Kremlin.", set()),
    ("The White House deserves much of the blame.", {"us"}),
    ("Washington and Brussels deserve the largest share.", {"us", "europe"}),
    ("Brussels deserves a share of the profits.", set()),
    ("Brussels deserves a share of the credit.", set()),
    ("The blame lies with Moscow.", {"russia"}),
    # harmful agency: doer, never victim
    ("Moscow reneged on the prisoner swap.", {"russia"}),
    ("The drones were launched by Russia at dawn.", {"russia"}),
    ("The Kremlin ordered new raids on the port.", {"russia"}),
    ("The Kremlin wants to destroy Ukraine, then Europe.", {"russia"}),
    ("The port was shelled overnight.", set()),
    ("Washington and Brussels do nothing.", {"us", "europe"}),
    # fault adjectives and fault passives; a passive with an agent has a victim
    ("The White House is complacent.", {"us"}),
    ("A toothless Brussels watched.", {"europe"}),
    ("The European Union is splintered.", {"europe"}),
    ("Ukraine was paralysed by the blackout.", set()),
    ("The Kremlin's decision to close the port was a mistake.", {"russia"}),
    ("Brussels made a costly blunder.", {"europe"}),
    ("Brussels made no mistake.", set()),
    # an apology owed, in either voice; the one owed it is the victim
    ("Brussels owes Kyiv an apology.", {"europe"}),
    ("Kyiv is owed an apology by Brussels and Washington alike.", {"europe", "us"}),
    ("Kyiv deserves an apology.", set()),
    ("Congress, for its part, let the aid package lapse.", {"us"}),
    ("Putin’s treachery surprised nobody.", {"russia"}),
    # inaction
    ("Congress refused to fund the air defences.", {"us"}),
    ("Washington has not sent the promised weapons.", {"us"}),
    ("Washington has not received the weapons.", set()),
    ("Putin knows that playing for time puts him ahead.", {"russia"}),
    ("Putin will not sign any ceasefire.", {"russia"}),
    ("Putin is not willing to sign a ceasefire.", {"russia"}),
    ("If the allies had sent the shells in time, the town would not have fallen.", {"west"}),
    ("Had NATO intervened, the siege would have ended.", {"west"}),
    ("Washington should have acted long ago.", {"us"}),
    # characterisation
    ("Putin is a sociopath.", {"russia"}),
    ("The Kremlin behaves like a gangster at the table.", {"russia"}),
    ("Brussels is not like a thief in the night.", set()),
    ("Nobody can rely on an impotent Europe.", {"europe"}),
    # questions
    ("Why would the Kremlin stop now?", {"russia"}),
    ("Where was Brussels all summer?", {"europe"}),
    ("Will Brussels vote on Tuesday?", set()),
    # what never counts
    ("Critics insist that Zelensky is the problem.", set()),
    ("Zelensky deserves credit for holding the coalition together.", set()),
    ("To his credit, Zelensky stayed in Kyiv.", set()),
    ("If Washington fails to act, the front may break.", set()),
    ("Russia did not attack the convoy.", set()),
    ("It is not Ukraine that walked out of the talks.", set()),
    ("Talks took place in Abu Dhabi with Russian and US envoys.", set()),
    # typographic apostrophes read as straight ones
    ("Brussels’s envoy isn’t to blame.", set()),
    # a scare-quoted word is the writer's own, not a quotation
    ("Putin is like the “mugger” in the alley.", {"russia"}),
    # the cause of a bad outcome; a comparative correlative is a condition
    ("Thanks to the Kremlin, the war drags on.", {"russia"}),
    ("Thanks to Washington, Ukraine survived the winter.", set()),
    ("Thanks to Brussels, the farmers have not been paid for six weeks.", {"europe"}),
    ("Because of Washington, nobody helped the farmers.", {"us"}),
    ("Thanks to Brussels, the war did not spread.", set()),
    # a present counterfactual of a helpful act implies it is not done; an open condition does not
    ("The war could end if Washington acted.", {"us"}),
    ("If Moscow attacked, NATO would respond.", set()),
    ("If Washington acts, the war will end.", set()),
    ("Brussels has not got its act together.", {"europe"}),
    # a hyphenated verb is one verb: "Why should X de-escalate?" asks, and blames
    ("Why should Putin de-escalate?", {"russia"}),
    ("The longer Moscow holds out, the more likely the alliance will collapse.", set()),
    # possessor of a war; a finite verb after a passive; missed chances
    ("Putin’s war drags on.", {"russia"}),
    ("Brussels was warned in March but failed to act.", {"europe"}),
    ("The aid bill was drafted and then scrapped.", set()),
    ("Washington could have stopped the massacre.", {"us"}),
    ("Washington could not have stopped the massacre.", set()),
    ("Washington stopped sending weapons.", {"us"}),
    ("Brussels’s handling of the crisis was a disgrace.", {"europe"}),
    # general harms and idioms of fault
    ("The blame falls squarely on Moscow.", {"russia"}),
    ("Moscow caused the blackout.", {"russia"}),
    ("The frost caused the blackout.", set()),
    ("Washington looked the other way.", {"us"}),
    ("Putin has broken his word.", {"russia"}),
    ("The Kremlin kept the casualty figures secret.", {"russia"}),
    ("Brussels’s refusal to act is indefensible.", {"europe"}),
    ("Brussels gave Moscow a free pass.", {"europe"}),
    # a cleft puts the doer forward; a denied cleft blames nobody; two-word harm nouns
    ("It was Moscow that shelled the port, not Kyiv.", {"russia"}),
    ("It was not Kyiv that shelled the port.", set()),
    # a denied excuse blames the one it would release; a denied kind of innocence blames
    ("None of which excuses what Moscow did next.", {"russia"}),
    ("Nothing excuses the Kremlin's conduct.", {"russia"}),
    ("This excuses Brussels.", set()),
    ("Brussels is not an innocent bystander either.", {"europe"}),
    ("The Kremlin is no innocent party.", {"russia"}),
    ("Brussels is an innocent bystander.", set()),
    # a cleft that puts one doer forward against a denied other says who is answerable,
    # whatever the act, unless the act reads as credit
    ("It was Moscow, not the farmers, that made those children ill.", {"russia"}),
    ("It was Moscow, not Kyiv's government, that moved its guns to the ridge first.", {"russia"}),
    ("It is not Kyiv that set the price below cost; it is Brussels.", {"europe"}),
    ("It was Kyiv, not Moscow, that saved the talks.", set()),
    ("It was Kyiv, not Moscow, that kept the talks alive.", set()),
    # ... also when the parse hangs the copula under the clause, or the clause on the denied other
    ("It is the Kremlin, not Kyiv, that had the power to stop the war and chose not to use it.", {"russia"}),
    ("It was Brussels, not Washington, who chose a summit over sanctions.", {"europe"}),
    ("It was Brussels, not Washington, that decided an envoy a month was good enough.", {"europe"}),
    ("It is not Kyiv that saved the talks; it is Brussels.", set()),
    ("It was Moscow that set the deadline.", set()),
    ("It is not Kyiv that set the price, and it is not Brussels.", set()),
    ("Putin's broken promises cost lives.", {"russia"}),
    # "instead of" and "rather than" name an act forgone
    ("Instead of sending the shells, Washington held another summit.", {"us"}),
    ("Brussels held another summit rather than help Kyiv.", {"europe"}),
    ("Instead of attacking the port, Moscow negotiated.", set()),
    ("Instead of attacking and shelling the port, Moscow negotiated.", set()),
    # a harm that would have happened did not; a help that would have happened but for X blames X
    ("Without NATO, Russia would have invaded the Baltics.", set()),
    ("Without Trump in the White House, the sanctions would surely have been imposed.", {"us"}),
    ("But for Brussels, the deal would have been signed in May.", {"europe"}),
    ("Without Brussels, the deal would not have been signed.", set()),
    # a pseudo-cleft that calls what was done a harm; doing "this" to someone
    ("What Moscow has delivered is a siege.", {"russia"}),
    ("What Brussels delivered was aid.", set()),
    ("What Brussels delivered was not a siege.", set()),
    ("The Kremlin did this to them.", {"russia"}),
    ("Brussels did that to help Kyiv.", set()),
    ("Brussels did not do this to them.", set()),
    # conduct faults and deceit of any story (cue lexicon 2.3.0)
    ("Brussels has been careless.", {"europe"}),
    ("The Kremlin's response was shameful.", {"russia"}),
    ("The White House is an apologist for Moscow.", {"us"}),
    ("The Kremlin stoked tensions along the border.", {"russia"}),
    ("It was a cruel winter for Kyiv.", set()),
    ("Moscow leaked the draft to a newspaper.", {"russia"}),
    ("The Kremlin's contempt for its own promises is a matter of record.", {"russia"}),
    ("Brussels did not check the figures.", {"europe"}),
    ("Brussels checked the figures twice.", set()),
    ("The cuts were made by Brussels, not by the Kremlin.", {"europe"}),
    ("The Kremlin deserves every bit of the ridicule it has received.", {"russia"}),
    ("That said, the Kremlin deserves every bit of the ridicule it has received.", {"russia"}),
    ("Washington cut the intelligence unit to three officers.", {"us"}),
    # "nor" negates; advice and predictions on an open condition assert nothing
    ("Nor is Brussels the villain of this story.", set()),
    ("Brussels failed Kyiv, and nor did Washington help.", {"europe", "us"}),
    ("Brussels must block the loan.", set()),
    ("If the inquiry does its job, it will find that Moscow sabotaged the pipeline.", set()),
    # "deserve better from", "owe an apology", "X's doing", "the scandal is X's"
    ("Ukrainians deserve better from Brussels and Washington alike.", {"europe", "us"}),
    ("Ukrainians deserve better.", set()),
    ("Ukrainians are owed an apology by Washington.", {"us"}),
    ("That stalemate is the Kremlin's doing.", {"russia"}),
    ("The real scandal is Brussels's.", {"europe"}),
    # a denied release, a help act done with nothing, a past unreal condition, removed support
    ("None of this lets Brussels off the hook.", {"europe"}),
    ("The court let Brussels off the hook.", set()),
    ("Moscow paid precisely nothing into the fund.", {"russia"}),
    ("If the Kremlin had a shred of decency, none of this would have happened.", {"russia"}),
    ("If Putin attacked, NATO would have responded.", set()),
    ("Brussels removed the state guarantee.", {"europe"}),
    ("Nor is the Kremlin, the villain of the story, alone.", set()),
    # a question word of the verb's own clause, after an opening condition
    ("If it is merely a matter for Kyiv, why did Brussels tear up the guarantee?", {"europe"}),
    ("Brussels made a mess of the sanctions.", {"europe"}),
    ("Washington has kept a studied silence.", {"us"}),
    ("The Kremlin should be ashamed.", {"russia"}),
    # "did nothing wrong" clears; "did nothing useful" does not
    ("Brussels has done nothing wrong.", set()),
    ("Brussels did nothing useful.", {"europe"}),
    # conditions made by inversion assert nothing
    ("Should Washington fail to act, the front may break.", set()),
    ("Were Brussels to walk out, the talks would collapse.", set()),
    # "did nothing wrong" with "wrong" hung on the verb
    ("Zelensky did nothing wrong.", set()),
    # an act forgone with "without": a help act left undone
    ("Brussels closed the file without fixing anything.", {"europe"}),
    ("Brussels signed the deal without consulting Kyiv.", set()),
    ("Brussels closed the file without harming anyone.", set()),
    # "would do better to" is advice
    ("Brussels would do better to tear up the guarantee.", set()),
    # a cleft the parse hangs on the actor, denied by "nor"
    ("Nor was it Brussels that tore up the guarantee.", set()),
    ("It was Brussels that tore up the guarantee.", {"europe"}),
    # a denied word of innocence blames; a denied fault word clears
    ("Brussels is not blameless.", {"europe"}),
    ("The Kremlin is hardly innocent.", {"russia"}),
    ("Brussels is blameless.", set()),
    ("If Brussels is not blameless, it should say so.", set()),
    ("Brussels is a club of cautious bureaucrats, not villains.", set()),
    # deserving the anger a fault earns
    ("The Kremlin deserves every ounce of the world's fury.", {"russia"}),
    ("The Kremlin deserves a hearing.", set()),
    # an act done in spite of what the doer knew or was told
    ("The Kremlin knew the hospital was full, and shelled the district anyway.", {"russia"}),
    ("Brussels was warned about the loophole and signed the deal anyway.", {"europe"}),
    ("Brussels signed the deal anyway.", set()),
    # a possessed harm noun in the subject is presupposed whatever the verb says
    ("The Kremlin's recklessness did not begin in March.", {"russia"}),
    ("None of this is the Kremlin's fault.", set()),
    ("Nor is the Kremlin the villain of this story.", set()),
    # a harm made, created or provoked
    ("The shortage was made by the Kremlin, years before anyone ran out.", {"russia"}),
    ("Brussels provoked the crisis.", {"europe"}),
    # where a fault lies; a question after the one who was absent, however the parse reads it
    ("But the failure that made the blackout possible belongs to Brussels and Washington.", {"europe", "us"}),
    ("The real scandal is in Brussels.", {"europe"}),
    ("The problem is in Brussels's favour.", set()),
    ("The attack was in Kyiv.", set()),
    ("The war is in Ukraine, and it is in its fourth year.", set()),
    ("The fault lies in Brussels.", {"europe"}),
    ("Where, meanwhile, was the Kremlin?", {"russia"}),
    # harm with artillery and fire
    ("The Russian army fired mortars across the pass.", {"russia"}),
    ("The Kremlin's soldiers burned two villages.", {"russia"}),
    # a denied ability is no choice; a refusal is
    ("Shoppers did not start this war, and Brussels cannot end it.", set()),
    ("Brussels will not end it.", {"europe"}),
    ("Why can't Brussels end it?", {"europe"}),
    # a warning filed away, a wake-up call slept through, a regime propped up, silence kept
    ("The Kremlin filed the warning and commissioned a consultation.", {"russia"}),
    ("The Kremlin filed a complaint.", set()),
    ("Brussels has slept through all of them.", {"europe"}),
    ("For thirty years Washington propped up the regime.", {"us"}),
    ("Brussels kept quiet.", {"europe"}),
    # an object "neither X nor Y" negates its verb
    ("Brussels informed neither the organisers nor the parents.", {"europe"}),
    ("Brussels informed the parents.", set()),
    ("Brussels shelled neither the port nor the town.", set()),
    # doing or showing a harm, making a decision a fault adjective qualifies
    ("Brussels committed a blunder.", {"europe"}),
    ("Putin showed staggering incompetence.", {"russia"}),
    ("Putin made a reckless decision.", {"russia"}),
    ("Brussels showed restraint.", set()),
    ("Brussels fired a negligent officer.", set()),
    ("Brussels did not make a blunder.", set()),
    ("The cuts were pushed through by Brussels at an emergency meeting.", {"europe"}),
    ("Moscow imposed a blockade on the port.", {"russia"}),
    ("The sanctions imposed on Moscow bite.", set()),
    ("Brussels made a fiasco of the talks.", {"europe"}),
    ("Washington has been a disappointment.", {"us"}),
    # rules broken, warnings overruled
    ("Russia broke the ceasefire twice.", {"russia"}),
    ("Kyiv broke the deadlock.", set()),
    ("Brussels was warned, and Brussels overrode the warning.", {"europe"}),
    ("Washington brushed aside the objections.", {"us"}),
    # a report left unread
    ("Brussels never reads its own reports.", {"europe"}),
    ("Brussels reads its own reports.", set()),
    # whose effort or plan it is: the possessor, or the word naming it before an infinitive
    ("The Russian effort to destroy the grid goes on.", {"russia"}),
    ("The Ukrainian cities bombed overnight are in ruins.", set()),
    # a reply nobody wrote
    ("Nobody at the Kremlin wrote back.", {"russia"}),
    # an act on someone's orders is the one who ordered it
    ("Washington ordered Kyiv to scrap the strike.", {"us"}),
    ("Washington persuaded Kyiv to scrap the strike.", {"ukraine"}),
    # a will or effort denied denies the act it takes, which its holder then failed to do
    ("Putin has no intention of stopping the war.", {"russia"}),
    ("The Kremlin made no effort to stop the shelling.", {"russia"}),
    ("Brussels did not make any effort to help.", {"europe"}),
    ("Putin has shown no willingness to compromise.", {"russia"}),
    ("Brussels made every effort to help.", set()),
    ("Brussels has no intention of attacking anyone.", set()),
    # a claim its maker knew to be false
    ("That is untrue, and Putin knows it is untrue.", {"russia"}),
    ("Putin knew it was a lie.", {"russia"}),
    ("Putin did not know it was false.", set()),
    ("Putin knew it was true.", set()),
    ("Brussels knows the claim is false.", set()),
    # a kind or a measure of a harm
    ("Putin showed a degree of contempt.", {"russia"}),
    ("Putin showed a kind of courage.", set()),
    # owning up to a fault, denied
    ("Putin has never apologised.", {"russia"}),
    ("Putin apologised.", set()),
    ("Nor has the Kremlin withdrawn a word of it.", {"russia"}),
    ("Brussels has not admitted any mistake.", {"europe"}),
    # a question that means nobody did; silence; a matter let drop; a blockade
    ("Did anyone in the Kremlin ask what Kyiv might do with that?", {"russia"}),
    ("Did anyone in Brussels cancel the talks?", set()),
    ("The Kremlin has not said a word about it.", {"russia"}),
    ("The Kremlin said a word about it.", set()),
    ("Brussels let the matter drop.", {"europe"}),
    ("Moscow blockaded the port for two days.", {"russia"}),
    # "neither … nor" in the subject negates the clause
    ("Neither Brussels nor Washington could have prevented that.", set()),
    ("Neither Brussels nor Washington has ever apologised.", {"europe", "us"}),
    # the manner of an act judged a wrong
    ("In March the Kremlin wrongly reduced the risk.", {"russia"}),
    ("Brussels has cynically turned the talks into a campaign.", {"europe"}),
    ("Kyiv acted quickly.", set()),
    ("If Brussels recklessly cuts the grant, farmers will suffer.", set()),
    # a share of the blame, and an owner denied beside the one named
    ("Whatever else this column says, the largest share of the blame is Moscow's.", {"russia"}),
    ("The largest share of the profits is Moscow's.", set()),
    ("The responsibility for that memo is Kyiv's, not Moscow's.", {"ukraine"}),
    # asked after a clause that sets the time
    ("And when the first tests came back, where was the Kremlin?", {"russia"}),
    # a two-word cue's second word is not looked for in a phrase of its own
    ("Trump said nothing.", {"us"}),
    ("Trump said he was sorry, a sentence that costs nothing and changes nothing.", set()),
    # owning up to a fault, told as fact
    ("Brussels has since admitted that the sanctions plan was a mistake.", {"europe"}),
    ("The Kremlin conceded as much to reporters last week.", {"russia"}),
    ("Washington admitted receiving the letter and not answering it.", {"us"}),
    ("The White House is in a harder position than its critics admit.", set()),
    ("Kyiv admits ten thousand students a year.", set()),
    ("If Brussels admits it, the talks will resume.", set()),
    # asked, after the event, of the one who should have seen it coming
    ("What did Brussels expect would happen?", {"europe"}),
    ("What did Brussels expect?", {"europe"}),
    ("What does Brussels expect from the talks?", set()),
    ("What did Brussels expect from the talks?", set()),
    # a denied whole is no blame of the part
    ("Not everything is Brussels's fault.", set()),
    ("Everything is Brussels's fault.", {"europe"}),
    # whose a harm was
    ("The delay was the Kremlin's.", {"russia"}),
    ("The delay was not the Kremlin's.", set()),
    ("The delay was Brussels's choice, not Moscow's.", {"europe"}),
    ("It is the fault of Brussels and of Washington.", {"europe", "us"}),
    ("It is not the fault of Brussels.", set()),
    # an open question about who is to blame, answered
    ("If anyone in Europe deserves a share of the blame, it is Brussels.", {"europe"}),
    ("If anyone is responsible, it is the Kremlin.", {"russia"}),
    ("If anyone can help, it is Brussels.", set()),
    # time let pass before acting
    ("Brussels, meanwhile, took fourteen months to approve the aid.", {"europe"}),
    ("It took Brussels three years to publish the figures.", {"europe"}),
    ("The Kremlin knew by October and waited until March to open a case.", {"russia"}),
    ("Brussels took only a week to act.", set()),
    ("If Brussels takes six months to decide, the plant will close.", set()),
    # an act kept from happening, and a part others cast someone in
    ("The treaty forbids the Kremlin from annexing the port.", set()),
    ("Putin is a convenient villain.", set()),
    ("Putin is a villain.", {"russia"}),
    # making things worse; withdrawing or closing what others depend on
    ("The Kremlin then made everything worse.", {"russia"}),
    ("The storm made everything worse.", set()),
    ("Brussels withdrew fourteen rural routes.", {"europe"}),
    ("Brussels closed the station in 2022.", {"europe"}),
    # a release denied after a subject that names nothing
    ("None of which makes Brussels blameless.", {"europe"}),
    ("That does not make Brussels innocent.", set()),
    # a question a duty required, not asked
    ("Brussels never once asked how many students were in the country.", {"europe"}),
    ("Nobody in Brussels asked where the money was coming from.", {"europe"}),
    ("Brussels asked where the money went.", set()),
    ("Brussels did not ask for this war.", set()),
    # selling what is at fault, not selling alone
    ("Brussels fitted faulty meters in every home.", {"europe"}),
    ("Brussels sold missiles to Kyiv.", set()),
    ("The Kremlin used a map it knew to be false.", {"russia"}),
    # punishment deserved; a question that says nobody did it; telling nobody
    ("Brussels deserves to be struck off every register.", {"europe"}),
    ("Brussels deserves prosecution.", {"europe"}),
    ("Brussels does not deserve to be sacked.", set()),
    ("Did nobody in Brussels notice that the invoices rose?", {"europe"}),
    ("Did Brussels notice?", set()),
    ("The Kremlin told neither the organisers nor the parents.", {"russia"}),
    # the act a light verb's object names is its subject's
    ("Brussels has managed the rare feat of doing nothing.", {"europe"}),
    ("Brussels criticised the plan to close the port.", set()),
    # an inverted past condition the parse makes the root; a counterfactual inaction
    ("Had the Kremlin opened an inquiry that spring, the money would still have been in the bank.",
     {"russia"}),
    ("Had the Kremlin refused to go in, it would have been punished.", set()),
    ("Brussels has not covered itself in glory either.", {"europe"}),
    # an account the writer sets up to knock down
    ("The easy version goes like this: a greedy Kremlin.", set()),
    ("The real story is this: the Kremlin ignored every warning.", {"russia"}),
    # "it is easy to …" has no doer; a cleft's clause the parse hangs on the copula
    ("It is easy to blame Brussels.", set()),
    ("As for Brussels, it is easy to mock a union that closed the file.", set()),
    ("It is Brussels that is to blame.", {"europe"}),
    ("It is not Brussels that is to blame.", set()),
    # a "not" that denies the manner, and an act declined
    ("The Kremlin did not merely lie; it cheated.", {"russia"}),
    ("Brussels declines to help the Kremlin undercut its members.", set()),
    # a bare "do" not asserted
    ("The Kremlin did not write the wage sheet, and I will not pretend it did.", set()),
    ("Brussels will have lost its dignity by the time the Kremlin does.", set()),
    ("Putin is playing for time.", {"russia"}),
    # overriding advice; an inquiry given up; a question nobody answered
    ("The road had been closed by the Kremlin against the ambulance service's written advice.", {"russia"}),
    ("The freeze was imposed by Brussels over the objections of every housing body.", {"europe"}),
    ("Brussels acted despite no warning.", set()),
    ("The Kremlin closed the case after six weeks.", {"russia"}),
    ("Why did nobody in Brussels pick up the phone?", {"europe"}),
    ("If anyone in this story deserves the word criminal, it is the Kremlin.", {"russia"}),
    ("Had Brussels opened an inquiry that spring, most of the money would still be in the bank.", {"europe"}),
    ("As for Brussels, it is easy to mock a union that the Kremlin bribed.", set()),
])
def test_codebook_cases(sentence, groups):
    assert blamed(sentence) == [groups]


def test_pronoun_continues_the_previous_subject_not_its_object():
    assert blamed("Putin spoke with Trump on Friday.", "He then reneged on the truce.") == [set(), {"russia"}]


def test_a_pronoun_the_paragraph_cannot_resolve_stands_for_an_actor_named_earlier_in_its_sentence():
    text = "The White House must stop offering Putin favours that encourage him to continue the war."
    assert blamed(text) == [{"russia"}]
    # the paragraph's subject still comes first
    assert blamed("Trump spoke on Friday.", "After meeting Putin, he reneged on the truce.") == [set(), {"us"}]


def test_both_stands_for_each_of_a_coordinated_subject_and_for_no_single_actor():
    assert blamed("Brussels and Washington could settle it tomorrow, and both have refused to talk.") == \
        [{"europe", "us"}]
    assert blamed("Brussels and Washington met.", "Both ignored the threat.") == [set(), {"europe", "us"}]
    assert blamed("Putin spoke.", "Both ignored the threat.") == [set(), set()]


def test_a_typographic_contraction_is_a_copula():
    assert blamed("Putin spoke.", "He’s a liar and a coward.") == [set(), {"russia"}]


def test_a_plural_pronoun_stands_for_each_of_a_coordinated_subject():
    assert blamed("Brussels and Washington met.", "They did nothing to stop the war.") == \
        [set(), {"europe", "us"}]
    assert blamed("Brussels and Washington met.", "Putin spoke.", "He did nothing to stop the war.") == \
        [set(), set(), {"russia"}]


def test_a_short_reference_stands_for_the_actor_the_paragraph_gave_that_role():
    assert blamed("Mikhail Fedorov, the defense minister, spoke on Monday.",
                  "The minister then reneged on the truce.") == [set(), {"ukraine"}]
    assert blamed("Kremlin fixer Kirill Dmitriev flew to Miami.", "The fixer lied to everyone.") == \
        [set(), {"russia"}]
    # no actor was given the role, or the reference is indefinite: nobody
    assert blamed("Putin spoke on Monday.", "The minister then reneged on the truce.") == [set(), set()]
    assert blamed("Mikhail Fedorov, the defense minister, spoke.", "A minister then reneged on the truce.") == \
        [set(), set()]


def test_a_bare_do_takes_over_the_act_of_an_earlier_verb():
    assert blamed("Zelensky did not cancel the talks; Moscow did.") == [{"russia"}]
    assert blamed("Who cut the aid?", "Brussels did.") == [set(), {"europe"}]
    assert blamed("Who helped Kyiv?", "Brussels did.") == [set(), set()]
    assert blamed("Putin did not attack.", "Nor did Moscow.") == [set(), set()]
    # a phrase of time may go with it; with an auxiliary it is no ellipsis but a missed duty
    assert blamed("Who cut the aid?", "Brussels did, in the end.") == [set(), {"europe"}]
    assert blamed("Brussels should act, and it should have done so in October.") == [{"europe"}]


def test_they_after_a_coordinated_subject_in_the_sentence_stands_for_each():
    assert blamed("Brussels and Washington signed the deal, and together they waved through a plan that failed.") \
        == [{"europe", "us"}]


def test_doing_that_to_someone_in_an_infinitive_has_no_doer_to_blame():
    assert blamed("Kyiv lost the vote.", "It takes a particular talent to do that to Kyiv.") == [set(), set()]


def test_do_with_a_pronoun_object_takes_over_the_act_named_before():
    assert blamed("The Kremlin shelled the port in May.", "Then it did it again in June.") == [{"russia"}, {"russia"}]
    assert blamed("Zelensky did not cancel the talks; Moscow did that.") == [{"russia"}]
    assert blamed("Zelensky praised the talks.", "Then he did it again.") == [set(), set()]


def test_the_writer_adopts_reported_blame_by_saying_its_holder_is_right_about_the_target():
    assert blamed("Zelensky blames Brussels and Washington for the delay.", "He is right about Brussels.") \
        == [set(), {"europe"}]
    assert blamed("Zelensky blames Brussels and Washington for the delay.", "He is not right about Brussels.") \
        == [set(), set()]
    assert blamed("Zelensky praised Brussels.", "He is right about Brussels.") == [set(), set()]
    table = blame_table(paragraph("Zelensky blames Brussels for the delay.", "He is right about Brussels."))
    row = table[table["stance"] == "writer"].iloc[0]
    named = row["text"][row["actor_start"]:row["actor_end"]]
    assert (row["rule"], named, row["cue"]) == ("endorsed", "Brussels", "right")


def test_a_short_answer_completes_a_denied_cleft_of_a_harm():
    assert blamed("And it was not Washington that shelled the port.", "It was the Kremlin.") == [set(), {"russia"}]
    assert blamed("It was not Washington that brokered the truce.", "It was Brussels.") == [set(), set()]


def test_elliptical_follow_up_completes_a_negated_attribution():
    assert blamed("The impediment to peace is not Moscow.", "It is Brussels.") == [set(), {"europe"}]


def test_possessive_with_curly_and_straight_apostrophes():
    curly, straight = "The Kremlin’s propaganda poisoned the debate.", "The Kremlin's propaganda poisoned the debate."
    assert blamed(curly) == blamed(straight) == [{"russia"}]


def test_reported_blame_is_a_row_of_its_own_with_its_holder():
    text = "The Kremlin accuses Kyiv of sabotaging the talks, but the record says otherwise."
    table = blame_table(paragraph(text))
    assert table[["group", "stance", "holder", "holder_group"]].values.tolist() == [
        ["ukraine", "reported", "Kremlin", "russia"]]
    assert blamed(text) == [set()]


def test_claims_in_a_complement_are_the_holders():
    assert blamed("Putin now claims that Zelensky misled him.", stance="reported") == [{"ukraine"}]
    assert blamed("Putin now claims that Zelensky misled him.") == [set()]


def holders(text: str) -> list[list[str]]:
    table = blame_table(paragraph(text))
    return table[["group", "stance", "holder"]].values.tolist()


def holders_of(*texts: str) -> list[list[list[str]]]:
    """(group, stance, holder) rows per sentence of one paragraph."""
    table = blame_table(paragraph(*texts))
    return [table.loc[table["sentence_id"] == f"a:p01:s{i:03d}", ["group", "stance", "holder"]].values.tolist()
            for i in range(1, len(texts) + 1)]


@pytest.mark.parametrize("sentence, rows", [
    # a parenthetical verb of saying reports its clause
    ("Moscow, critics say, mishandled the talks.", [["russia", "reported", "critics"]]),
    ("Brussels, Putin said, has abandoned the talks.", [["europe", "reported", "Putin"]]),
    # a denial voices no blame; a denial denied does
    ("Putin denied that Moscow had shelled the port.", []),
    ("Putin did not deny that Moscow had shelled the port.", [["russia", "reported", "Putin"]]),
    # holding responsible, naming with a fault word
    ("Zelensky holds Moscow responsible for the blackout.", [["russia", "reported", "Zelensky"]]),
    ("Zelensky called Putin a liar.", [["russia", "reported", "Zelensky"]]),
    ("Zelensky called Putin on Tuesday.", []),
    ("Zelensky described the Kremlin's conduct as reckless.", [["russia", "reported", "Zelensky"]]),
    # a verb of worry reports; a negated subject voices no blame
    ("Zelensky worries that Washington will abandon Kyiv.", [["us", "reported", "Zelensky"]]),
    ("Nobody blames Kyiv for the blackout.", []),
    ("Nothing in the record suggests that Brussels lied.", []),
    ("Putin did not say that Brussels lied.", []),
    # a denied apposition is not the holder's target
    ("Critics insist that Trump — not Putin or Brussels — is the problem.", [["us", "reported", "Critics"]]),
    # blame inside a quotation is its speaker's
    ("“Brussels betrayed us,” said Zelensky.", [["europe", "reported", "Zelensky"]]),
    # a harm done to nobody, or by nobody; a help nobody gave is the group's failure
    ("Brussels, to be fair, has abandoned nobody.", []),
    ("Nobody in Washington misled Kyiv.", []),
    ("None of the Kremlin's generals is to blame.", []),
    ("No NATO army on earth stops a drone swarm.", []),
    ("Nobody in Brussels intervened.", [["europe", "writer", ""]]),
    ("Nobody at the Kremlin or in the White House intervened.", [["russia", "writer", ""], ["us", "writer", ""]]),
    ("The aid was blocked by the Kremlin and by the White House.", [["russia", "writer", ""], ["us", "writer", ""]]),
    ("No one at the White House warned Kyiv.", [["us", "writer", ""]]),
    # a report the writer endorses is the writer's own blame
    ("Zelensky blames Brussels, and he is right to.", [["europe", "writer", ""]]),
    ("Zelensky blames Brussels, but he is wrong.", [["europe", "reported", "Zelensky"]]),
    ("Zelensky blames Brussels, and he is not right.", [["europe", "reported", "Zelensky"]]),
    ("Critics rightly say that the Kremlin misled Washington.", [["russia", "writer", ""]]),
    ("Critics say that the Kremlin misled Washington, and for once they have a point.", [["russia", "writer", ""]]),
    ("Critics say that the Kremlin misled Washington, and on that point the critics are right.",
     [["russia", "writer", ""]]),
    # accused or named in the passive: the agent holds the blame
    ("The Kremlin has been accused of sabotage by Kyiv.", [["russia", "reported", "Kyiv"]]),
    ("The Kremlin has been called vultures by the opposition.", [["russia", "reported", "the opposition"]]),
    ("The Kremlin has been called on by the opposition.", []),
    # demanding a punishment; taking the blame oneself
    ("Zelensky wants the Kremlin's head.", [["russia", "reported", "Zelensky"]]),
    ("Campaigners want the Kremlin stripped of its licence.", [["russia", "reported", "Campaigners"]]),
    ("Brussels wants Kyiv to join the union.", []),
    ("Putin says he takes full responsibility.", [["russia", "reported", "Putin"]]),
    ("Putin did not take responsibility.", []),
    # blaming weighed as a subject is nobody's blame
    ("Blaming Brussels for the war is like blaming the smoke alarm for the fire.", []),
    # a report that spells out an admission is presented as fact
    ("Putin has even admitted as much, telling delegates that Brussels let the dispute drift.",
     [["europe", "writer", ""]]),
    # a report's place is not what it says
    ("The audit revealed that officials had warned Putin about this in a memo he never answered.",
     [["russia", "writer", ""]]),
    ("Putin takes the credit.", []),
    # telling the reader whom to blame is the writer's blame; a passive without agent has no holder
    ("So blame Moscow, not Kyiv.", [["russia", "writer", ""]]),
    ("Don't blame Kyiv for this.", []),
    ("Kyiv was blamed for the blackout.", [["ukraine", "reported", ""]]),
    # each object of a gapped coordination is accused
    ("So blame Brussels for the delay and the Kremlin for the war.",
     [["europe", "writer", ""], ["russia", "writer", ""]]),
    ("Zelensky blames Brussels for the delay and Moscow for the war.",
     [["europe", "reported", "Zelensky"], ["russia", "reported", "Zelensky"]]),
    ("Zelensky accuses Brussels of cowardice and Moscow of aggression.",
     [["europe", "reported", "Zelensky"], ["russia", "reported", "Zelensky"]]),
    ("Zelensky blames Brussels for the delay and the war.", [["europe", "reported", "Zelensky"]]),
    # "according to X" on a verb of a coordination reports that verb's clause
    ("The Kremlin's men guard the mines and, according to villagers, burned three hamlets.",
     [["russia", "reported", "villagers"]]),
])
def test_who_voices_the_blame(sentence, rows):
    assert holders(sentence) == rows


def test_a_quotation_of_someone_just_said_to_tell_the_truth_is_the_writers_evidence():
    said = "He stated bluntly: “Europe ignored every warning.”"
    assert holders_of("The speech by Zelensky laid out the truth.", said) == [[], [["europe", "writer", ""]]]
    # an untruthful speech is its speaker's fault, and its quotation stays his
    assert holders_of("Zelensky's speech did not tell the truth.", said) == \
        [[["ukraine", "writer", ""]], [["europe", "reported", "Zelensky"]]]
    assert holders_of("Did Zelensky tell the truth?", said) == [[], [["europe", "reported", "Zelensky"]]]
    assert holders_of("Zelensky told the truth: “Europe ignored every warning.”") == [[["europe", "writer", ""]]]


def test_factive_reports_are_the_writers_own():
    assert blamed("The inquiry revealed that Moscow sabotaged the pipeline.") == [{"russia"}]


def test_offsets_point_at_the_actor_and_the_cue():
    text = "Last week the Kremlin ordered new raids on the port."
    row = blame_table(paragraph(text)).iloc[0]
    assert text[row["actor_start"]:row["actor_end"]] == "Kremlin"
    assert text[row["cue_start"]:row["cue_end"]] == "ordered new raids"
    assert row["cue"] == "ordered new raids" and row["rule"] == "harm"


def test_a_bare_do_that_continues_a_verb_of_its_sentence_takes_that_verbs_act_alone():
    assert blamed("Putin bombed the port.", "One can call that brutal, and Brussels does, loudly.") == \
        [{"russia"}, set()]


def test_a_fault_word_in_an_actors_own_name_characterises_nobody(tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text('version = "1"\n[groups]\npolice = "the police"\n[[actors]]\nid = "fraud-unit"\n'
                    'name = "the Fraud Unit"\ngroup = "police"\nkind = "institution"\naliases = ["Fraud Unit"]\n',
                    encoding="utf-8")
    actors = load_actors(path)
    table = blame_table(paragraph("The Fraud Unit of Caundon Police is not the hero of this story either.",
                                  "That email, now in the hands of the Fraud Unit, is damning."), actors)
    assert table.empty


def test_a_resolved_pronoun_is_marked_where_it_stands():
    table = blame_table(paragraph("Putin agreed to a truce.", "Then he reneged."))
    row = table.iloc[0]
    assert (row["actor"], "Then he reneged."[row["actor_start"]:row["actor_end"]]) == ("putin", "he")


def test_matrix_counts_the_writers_own_blame_only():
    corpus = load_corpus()
    groups = list(load_actors().groups)
    table = blame_table(corpus.sentences)
    matrix = blame_matrix(table, corpus.sentences, groups, corpus.authors)
    assert len(matrix) == len(groups) * 2
    row = matrix[(matrix["author"] == "Diane Francis") & (matrix["group"] == "europe")].iloc[0]
    francis = corpus.sentences[corpus.sentences["author"] == "Diane Francis"]
    own = table[(table["author"] == "Diane Francis") & (table["group"] == "europe") & (table["stance"] == "writer")]
    assert row["sentences"] == own["sentence_id"].nunique()
    assert row["per_1k_words"] == round(1000 * own["sentence_id"].nunique() / francis["n_words"].sum(), 2)


def test_reported_blame_summary_counts_holder_and_target():
    table = blame_table(paragraph("The Kremlin accuses Kyiv of sabotaging the talks.",
                                  "Zelensky says that Moscow shelled the port."))
    summary = reported_blame(table)
    assert summary[["holder_group", "group", "sentences"]].values.tolist() == [
        ["russia", "ukraine", 1], ["ukraine", "russia", 1]]


def test_a_cue_file_without_a_list_is_refused_naming_the_file_and_the_list(tmp_path):
    text = CUES_FILE.read_text(encoding="utf-8")
    older = tmp_path / "blame_cues.toml"
    older.write_text(text.replace("exoneration_adjectives = [", "unused = ["), encoding="utf-8")
    with pytest.raises(CueFileError, match=f"{older}: no 'exoneration_adjectives' list"):
        load_cues(older)


def test_a_cue_file_from_before_the_harm_method_nouns_loads_without_them(tmp_path):
    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index("harm_method_nouns = [")
    older = tmp_path / "blame_cues.toml"
    older.write_text(text[:start] + text[text.index("]", start) + 1:], encoding="utf-8")
    assert load_cues(older).harm_methods == frozenset()
    assert "campaign" in load_cues().harm_methods


def test_a_cue_file_from_before_the_falsehood_words_loads_without_them(tmp_path):
    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index("falsehood_words = [")
    older = tmp_path / "blame_cues.toml"
    older.write_text(text[:start] + text[text.index("]", start) + 1:], encoding="utf-8")
    assert load_cues(older).falsehoods == frozenset()
    assert "untrue" in load_cues().falsehoods


def test_either_of_two_named_before_is_each_of_them():
    assert blamed("Moscow and Brussels took the money.",
                  "Had either of them done the job it was paid for, there would be nothing to pay for.") == \
        [set(), {"russia", "europe"}]


def test_this_column_is_the_writer():
    table = blame_table(paragraph("Whatever else this column says, Moscow is to blame."))
    assert table[["group", "stance"]].values.tolist() == [["russia", "writer"]]


def test_a_cue_file_from_before_the_admission_verbs_loads_without_them(tmp_path):
    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index("admission_verbs = [")
    older = tmp_path / "blame_cues.toml"
    older.write_text(text[:start] + text[text.index("]", start) + 1:], encoding="utf-8")
    assert load_cues(older).admissions == frozenset()
    assert blame_table(paragraph("Brussels admitted as much."), cues=load_cues(older)).empty
    assert "concede" in load_cues().admissions


def test_a_harm_named_before_a_campaign_or_tactics_is_its_possessors():
    assert blamed("Russia's bombing campaign goes on.", "The Kremlin's delay tactics are working.",
                  "Ukraine's war effort continues.", "This is not Russia's bombing campaign.") == \
        [{"russia"}, {"russia"}, set(), set()]


def test_a_version_1_cue_file_is_refused_with_its_name(tmp_path):
    old = tmp_path / "blame_cues.toml"
    old.write_text("version = '1.0.0'\nexplicit_after = ['is to blame']\n", encoding="utf-8")
    with pytest.raises(CueFileError, match="version 1"):
        load_cues(old)


# Floors sit a little below what was measured (notebooks/03-blame.ipynb), so a change that
# makes the rules worse fails here.
def test_agreement_with_hand_coding_of_the_bundled_columns_has_a_floor():
    corpus = load_corpus()
    report = attribution_agreement.agreement(corpus.sentences, attribution_agreement.load_gold()).set_index("label")
    assert report.loc["all (micro)", "f1"] >= 0.6
    assert report.loc["all (micro)", "precision"] >= 0.85


def test_a_scare_quoted_name_is_still_an_actor_a_pronoun_can_stand_for():
    assert blamed("The Munich Security Conference and many “think” tanks met in secret.",
                  "They ignored the threat.") == [set(), {"europe", "media"}]
