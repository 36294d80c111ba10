"""The blame rules sentence by sentence: codebook cases written for these tests, each rule with a
case it must not fire on beside it (bundled actors)."""

import pytest
from paragraphs import blamed

from analysis.measures.blame_cues import load_cues
from analysis.measures.parsing import parse


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
    # an act judged a fault in passing by a relative "which"; not a fault denied or a plight
    ("Brussels lost the dossier for a month, which is a failure of the most basic kind.", {"europe"}),
    ("Brussels lost the dossier for a month, which is no failure at all.", set()),
    ("Brussels lost the dossier for a month, which is a pity.", set()),
    # an act done the least it could be (minimizing_words); a plight kept small is no act
    ("Brussels visited the front precisely once.", {"europe"}),
    ("Washington has used that power precisely never.", {"us"}),
    ("Kyiv raised a fortune and spent barely a fifth of it.", {"ukraine"}),
    ("Ukrainians could barely afford bread.", set()),
    ("Brussels visited the front once.", set()),
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
    ("Brussels signed the deal without hesitating.", set()),
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
    # a fate told, then called deserved, blames the one it befalls; a fate not deserved, or a reward, does not
    ("The Kremlin will go to prison, and it deserves to.", {"russia"}),
    ("Brussels has had a bad month, and much of it deserved.", {"europe"}),
    ("Brussels has taken most of the criticism, and some of it is deserved.", {"europe"}),
    ("Brussels was punished, and it deserved it.", {"europe"}),
    ("The Kremlin will go to prison, and it does not deserve to.", set()),
    ("Brussels has won praise, and it is deserved.", set()),
    ("Brussels won the vote, and it deserved it.", set()),
    # an act done in spite of what the doer knew or was told
    ("The Kremlin knew the hospital was full, and shelled the district anyway.", {"russia"}),
    ("Brussels was warned about the loophole and signed the deal anyway.", {"europe"}),
    ("Brussels signed the deal anyway.", set()),
    # quoted words the writer glosses as a cover blame who said them; a gloss that grants them does not
    ("Brussels says the delay is ‘a period of reflection’, which is what officials say when they mean to do nothing.",
     {"europe"}),
    ('The Kremlin calls the retreat "a regrouping", a phrase that means defeat.', {"russia"}),
    ("Brussels says the fees were ‘industry standard’, which is true.", set()),
    ("Brussels says the fees were ‘industry standard’, which Kyiv denies.", set()),
    ("Brussels said the plan was “ambitious”.", set()),
    # an act its doer then named with a common word blames the doer; a proper name, an actor named
    # or an act reading positive does not
    ("The Kremlin moved the market and called it urban renewal.", {"russia"}),
    ("The Kremlin moved the market, calling it ‘urban renewal’.", {"russia"}),
    ("Brussels raised the tariff overnight and called the increase a ‘correction’.", {"europe"}),
    ("The Kremlin moved the market.", set()),
    ("Brussels opened a new office and called it Europa House.", set()),
    ("Brussels raised the tariff and called Kyiv ‘ungrateful’.", set()),
    ("Brussels praised the deal and called it a triumph.", set()),
    # an act done against a warning of the doer's own; the warning alone, or an act not yet done,
    # blames nobody
    ("Brussels signed the contract at a price its own lawyers had warned could never be met.", {"europe"}),
    ("Washington sent two ships to a strait that its own admirals said needed ten.", {"us"}),
    ("Washington sent two ships to the strait.", set()),
    ("Its own engineers warned that the dam would fail.", set()),
    ("Brussels may sign a contract that its own lawyers say is unwise.", set()),
    ("Brussels signed the contract, though Kyiv's own lawyers had warned against it.", set()),
    # a check a duty asked for, left undone
    ("Brussels signed accounts it had not tested.", {"europe"}),
    ("The inspectors warned of the cracks, and Brussels never looked.", {"europe"}),
    ("Brussels tested the accounts and found nothing.", set()),
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
    # a part of a group stands for the group; a provocation is a harm
    ("A handful of Kremlin officials lied.", {"russia"}),
    ("The talks collapsed after Moscow's provocation.", {"russia"}),
    # silence, a vote against, money diverted
    ("Brussels's silence cost more trains than any shortage.", {"europe"}),
    ("Brussels voted down an amendment requiring a paper backup.", {"europe"}),
    ("Brussels had diverted the repair money.", {"europe"}),
    # a part others cast, after "make"; an inverted copula the parse reads as an apposition
    ("Putin makes an easy villain.", set()),
    ("Putin made a mistake.", {"russia"}),
    ("Nor was the Kremlin an innocent bystander, whatever its press office now says.", {"russia"}),
    ("And where was Brussels, the old power whose embassy is the largest building in Kyiv?", {"europe"}),
    # time let pass before acting; a mess that is someone's
    ("And the Kremlin waited eleven days before telling parents to keep their children indoors.", {"russia"}),
    ("The Kremlin waited only a day before telling parents.", set()),
    ("It is the Kremlin's mess as much as anyone's.", {"russia"}),
    # a bare "do" of a time still to come
    ("Until Brussels does, the next crisis is already on its way.", set()),
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
    # an act done without the care a duty asks for; not when the act is denied or advised
    ("Brussels approved the draw without a single check.", {"europe"}),
    ("Brussels licensed the event without once asking to see the calculations.", {"europe"}),
    ("Brussels did not approve the draw without checks.", set()),
    ("Brussels should never approve a draw without checks.", set()),
    ("Brussels approved the draw without delay.", set()),
    ("Brussels accepted the machines without a full-scale trial.", {"europe"}),
    ("Brussels signed a contract with no penalty for late delivery.", {"europe"}),
    ("Brussels signed a contract with a penalty for late delivery.", set()),
    ("Brussels signed a contract with no fixed end date.", set()),
    # the care a duty asks for, denied as done; not an ability or an advice denied, nor asked
    ("Brussels did not ask.", {"europe"}),
    ("Brussels has still not asked the Kremlin for a single receipt.", {"europe"}),
    ("Brussels could not ask.", set()),
    ("Brussels need not ask.", set()),
    ("Did Brussels not ask?", set()),
    # the harm an agreement's terms do is on the one who signed or wrote it; not terms that
    # harm nobody, that did not do it, or an agreement supposed
    ("Brussels signed a deal that traded away two hundred posts.", {"europe"}),
    ("Brussels wrote the rules that allowed the payouts.", {"europe"}),
    ("Brussels signed a deal that ended the strike.", set()),
    ("Brussels signed a deal that misled nobody.", set()),
    ("Brussels signed a deal that did not allow the payouts.", set()),
    ("If Brussels signs a deal that allows the payouts, it will regret it.", set()),
    ("The Kremlin criticised the deal that allowed the payouts.", set()),
    # a list of acts the parse takes for a report keeps its subject
    ("The Kremlin filed it, acknowledged receipt and did nothing else for eleven months.", {"russia"}),
    # an actor denied the very role it is named by; another role denied is a description
    ("A Kremlin that audits nothing is not a Kremlin; it is a brass plate.", {"russia"}),
    ("Putin is not Russia.", set()),
    # a description denied and at once corrected; not an excuse, a state, the very thing, a
    # kind that reads well, or a generic body
    ("Brussels is not a mediator; it is a spectator with a flag.", {"europe"}),
    ("Brussels is not a mediator — it is a spectator with a flag.", {"europe"}),
    ("The Kremlin is not negotiating; it is taking dictation.", {"russia"}),
    ("The Kremlin's shelling was not an accident; it was a choice.", {"russia"}),
    ("Brussels is not lazy; it is hollowed out.", set()),
    ("Brussels is not sabotaging anything; it is doing the one job it exists to do.", set()),
    ("Brussels is not a villain; it is a victim.", set()),
    ("Brussels is not hysterical; it is exhausted.", set()),
    ("Brussels is not a mediator; it is the host.", set()),
    ("Brussels is not a mediator; it is a great friend.", set()),
    ("When a public body signs a contract like that, it is not buying buses; it is buying excuses.", set()),
    # a standing, an excuse or the benefit of the doubt denied; not an ability, a power or a
    # right, nor when asked or supposed
    ("Brussels has no standing to lecture anyone about abandonment.", {"europe"}),
    ("Brussels is in no position to play the prosecutor.", {"europe"}),
    ("Brussels cannot plead poverty over a reading room.", {"europe"}),
    ("The Kremlin cannot plead ignorance.", {"russia"}),
    ("Brussels does not deserve the benefit of anyone's doubt.", {"europe"}),
    ("Brussels is in no position to help.", set()),
    ("Brussels is in no position to pay the arrears.", set()),
    ("Brussels has no power to stop the strike.", set()),
    ("Brussels has no right to overrule the court.", set()),
    ("Brussels deserves the benefit of the doubt.", set()),
    ("If Brussels has no standing to lecture anyone, it should say so.", set()),
    ("Does Brussels have no standing to lecture anyone?", set()),
    # a fault named, then owned by an "it" that stands for it; not a success, nor a fault denied
    ("That is not bad luck; it is negligence, and it is the Kremlin's.", {"russia"}),
    ("That was a failure, and it belongs to Brussels as much as to the Kremlin.", {"europe", "russia"}),
    ("The failure belongs to Brussels as much as to the Kremlin.", {"europe", "russia"}),
    ("That was a success, and it belongs to Brussels.", set()),
    ("That was not a failure, and it is the Kremlin's.", set()),
    # each of coordinated objects of "deserves" weighed on its own; not one set against the first
    ("Brussels deserves credit for its letter, and a share of the blame for what it did next.", {"europe"}),
    ("Brussels deserves credit for its letter and blame for its silence.", {"europe"}),
    ("Brussels deserves credit, not blame.", set()),
    ("Brussels deserves praise rather than blame.", set()),
    ("Brussels deserves neither credit nor blame.", set()),
    # the heat taken, then called deserved
    ("Brussels has taken most of the heat, and some of it is deserved.", {"europe"}),
    ("Brussels took the heat off the talks.", set()),
    # the answer to a question about what happened; not to one about what should be done, nor
    # to a statement
    ("If you want to know why the talks collapsed, the answer is the Kremlin.", {"russia"}),
    ("If you want to know who should pay, the answer is Brussels.", set()),
    ("The answer is not the Kremlin.", set()),
    # a fault owned by one, and by another with the noun left unsaid
    ("The coup is partly Brussels's fault, and partly the Kremlin's.", {"europe", "russia"}),
    ("The victory is partly Brussels's.", set()),
    # a passive act done on someone's instructions is theirs
    ("The monitoring budget was cut by a third on the instructions of the Kremlin.", {"russia"}),
    ("The budget was cut on Putin's orders.", {"russia"}),
    ("The budget was cut at the request of Brussels.", {"europe"}),
    ("The budget was cut by 40 per cent on Putin's orders.", {"russia"}),
    ("The budget was cut by £2m.", set()),
    ("The aid was restored at the request of Brussels.", set()),
    # a thing put aside in the state of a duty not done; not a manner nor what was spared
    ("The letters were filed, unread, by the Kremlin.", {"russia"}),
    ("The Kremlin filed the report unread.", {"russia"}),
    ("The Kremlin sent the letters back unopened.", {"russia"}),
    ("The Kremlin sent the shells unannounced.", set()),
    # a past act an inquiry's finding tells (rule finding); not a finding denied or still to
    # come, a present perfect, an act of care, help or compliance, nor a saying
    ("An inquiry found that Brussels approved every one of the payouts.", {"europe"}),
    ("The audit showed that Brussels had put the money into a new headquarters.", {"europe"}),
    ("The memos revealed that Brussels had been warned, and that it shelved the report.", {"europe"}),
    ("The review did not find that Brussels had approved the payouts.", set()),
    ("Brussels will have to prove that it has learned something.", set()),
    ("Zelensky revealed after the talks that the US has set a deadline for peace in June.", set()),
    ("The inquiry found that Brussels acted properly.", set()),
    ("The inquiry found that Brussels had checked every invoice.", set()),
    ("The memo revealed that Brussels had warned Kyiv about the deal.", set()),
    ("Did the inquiry find that Brussels approved the payouts?", set()),
    ("Worse, the inquest heard last week that Brussels had swapped half the ballast for water tanks.", {"europe"}),
    ("Worse, I heard last week that Brussels had swapped half the ballast for water tanks.", set()),
    ("Brussels merely installed them upside down, as the agency's own incident log has now revealed.", {"europe"}),
    ("The issue, as the inspection later revealed, was that Brussels had switched off an alarm.", {"europe"}),
    ("Brussels, as the inquiry found, acted properly.", set()),
    # a doer supposed in a relative clause, with what would have followed: the real one did not
    ("A Kremlin that had read its own audit would have known all this by May.", {"russia"}),
    ("The Kremlin, which had read its own audit, would have known all this by May.", set()),
    ("A Kremlin that had read its own audit will know all this by May.", set()),
    ("Had that warning been heeded by the Kremlin, none of this would have happened.", {"russia"}),
    ("Had the port been shelled by the Kremlin, the talks would have collapsed.", set()),
    # a cleft's denied other may hang on the last of coordinated doers
    ("It was Brussels and Washington, not the Kremlin, that turned a dirty business into a burning one.",
     {"europe", "us"}),
    # urging others to do harm; not urging them against it, nor urging help
    ("Brussels urged the banks to ignore the sanctions.", {"europe"}),
    ("Brussels urged the banks not to ignore the sanctions.", set()),
    ("Brussels urged the Kremlin to stop the war.", set()),
    # turning things into a harm, building a mess, pulling the rug; not turning them into a success
    ("Brussels turned a known risk into a disaster.", {"europe"}),
    ("Brussels turned the old ward into a success.", set()),
    ("Brussels and the Kremlin built this mess together.", {"europe", "russia"}),
    ("Brussels built a new hospital.", set()),
    ("Brussels pulled the rug from under the plan.", {"europe"}),
    # putting back what was taken, denied
    ("Brussels has not put a single bus back on the road.", {"europe"}),
    ("Brussels has put every bus back on the road.", set()),
    # a passive that names its doer against a denied other; not when what was done is credit
    ("The decision to close the port was taken by the Kremlin, not by Brussels.", {"russia"}),
    ("The rescue was led by the Kremlin, not by Brussels.", set()),
    # vetoing, shooting; a participle after a copula says what was done to its subject
    ("The Kremlin vetoed the aid bill.", {"russia"}),
    ("The protesters were shot by the Kremlin's guard.", {"russia"}),
    ("Eleven seconds later Putin was dead, shot twice in the chest.", set()),
    # self-interest put before others; not the other way round
    ("The Kremlin put profit above the safety of the slope.", {"russia"}),
    ("Brussels prioritised the dividend.", {"europe"}),
    ("Brussels put safety before profit.", set()),
    # "or" carries a negation to the next verb; "and" does not
    ("Brussels did not lie or cheat.", set()),
    ("Brussels did not pay and lied about it.", {"europe"}),
    # "it is a scandal that …": the "it" is the clause, nobody's name
    ("It is a scandal that volunteers have to run the libraries at all.", set()),
    # less of the scorn is no blame
    ("Brussels deserves less scorn than it has received.", set()),
    ("Brussels deserves the scorn it has received.", {"europe"}),
    # letting what was just told happen; the least a duty asks, not done
    ("The Kremlin broke its promise, and Brussels let it.", {"russia", "europe"}),
    ("Brussels has not bothered to reply.", {"europe"}),
    ("Brussels bothered to reply.", set()),
    ("Brussels has quietly stopped answering the Kremlin's emails.", {"europe"}),
    ("Brussels has closed eleven of the city's library branches.", {"europe"}),
    ("Brussels has closed its data centres.", set()),
    ("Brussels made no plan for those six nights.", {"europe"}),
    ("Brussels made a plan for those six nights.", set()),
    # watching when one should act
    ("Brussels behaves like a frightened bystander.", {"europe"}),
    ("Bystanders were hurt when the Kremlin shelled the square.", {"russia"}),
    # questions that ask what became of something entrusted, why someone waited, what an actor is for
    ("And what did Brussels do with that letter?", {"europe"}),
    ("What did Brussels do?", set()),
    ("Why did Brussels wait for the bees to die before it acted?", {"europe"}),
    ("Brussels waited for the inquiry.", set()),
    ("What, exactly, is Brussels for?", {"europe"}),
    ("What is Brussels famous for?", set()),
    ("The European Commission is not a European Union institution like the others.", set()),
    ("Brussels is not a bank.", set()),
])
def test_codebook_cases(sentence, groups):
    assert blamed(sentence) == [groups]


@pytest.mark.parametrize("sentence, verb, says", [
    ("As one official put it bluntly, the deal is dead.", "put", True),
    ("Brussels put the money into a new headquarters.", "put", False),
    ("The minister pointed out that the deal was dead.", "pointed", True),
    ("The minister pointed at the map.", "pointed", False),
])
def test_a_two_word_saying_verb_says_only_with_its_second_word(sentence, verb, says):
    doc = next(iter(parse([sentence])))
    token = next(token for token in doc if token.text == verb)
    assert load_cues().says(token) is says
