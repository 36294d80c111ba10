"""Blame rules of cue lexicon 2.8.0, sentence by sentence: duties left undone ("never once
asked", "left the fault unfixed", "chose not to count one"), an act judged in the next sentence
("That was no accident."), "no better", harms done by a passive's agent, the writer's own
restatement and order to blame. Each case beside one it must not fire on (bundled actors)."""

import pytest
from paragraphs import blamed


@pytest.mark.parametrize("sentence, groups", [
    # "never": a duty left undone for good; not a harm denied, a state, a forecast or a regret
    ("Brussels never once asked what the index might do.", {"europe"}),
    ("The Kremlin visited in November and never came back.", {"russia"}),
    ("In seven years Brussels has never used that power.", {"europe"}),
    ("Brussels never lied about the grain deal.", set()),
    ("Brussels has never held a summit in Kyiv before.", set()),
    ("Brussels has never been a military power.", set()),
    ("Brussels will never host the summit.", set()),
    ("Brussels has never met the Kremlin's envoy.", set()),
    # a duty left lying, or refused by choice; not what was spared, nor a harm forgone
    ("Brussels entered the fault in its register and then left it unfixed.", {"europe"}),
    ("Brussels left the letters unanswered for a year.", {"europe"}),
    ("The Kremlin left the village unharmed.", set()),
    ("Brussels simply chose not to count them.", {"europe"}),
    ("Brussels chose not to attack the convoy.", set()),
    ("Brussels did not choose to count them.", set()),
    # a check or visit skipped, a safeguard disabled; not a warning against doing so
    ("The Kremlin's engineers skipped the March service visit.", {"russia"}),
    ("The Kremlin disabled the crane's safety cut-out.", {"russia"}),
    ("The Kremlin's manual warns against disabling the cut-out.", set()),
    ("Brussels stopped monitoring the alarm inbox in January.", {"europe"}),
    ("Brussels has not set foot in the port since May.", {"europe"}),
    # a harm in the passive: its agents did it; a harm denied of them did not
    ("The harm was designed by the Kremlin and paid for by Brussels.", {"russia", "europe"}),
    ("The harm was not done by Brussels.", set()),
    ("The Kremlin's omission was deliberate.", {"russia"}),
    # no better than the last one blamed; not better off
    ("Brussels was no better.", {"europe"}),
    ("Brussels is no better off.", set()),
    # an act put off until it was too late; not a promise about the future, nor a harm put off
    ("Brussels did not hold a single meeting about the port until the doors were locked.", {"europe"}),
    ("Brussels did not lie until March.", set()),
    ("Brussels will not host the summit until the inquiry reports.", set()),
    # an act done without the care it needed; not a going without asking
    ("Brussels licensed a marathon in August without ever asking for a heat plan.", {"europe"}),
    ("Brussels signed the deal without consulting Kyiv.", {"europe"}),
    ("Brussels left without asking for more.", set()),
    # the least denied, of what should have been given; not of a harm
    ("Brussels would not put a single bonus on the table.", {"europe"}),
    ("Brussels has not, in that time, found a penny of new money.", {"europe"}),
    ("Brussels did not return a single shell.", set()),
    ("Brussels has not received a single apology.", set()),
    # less done than promised; not as much or more
    ("Brussels promised eleven hubs and delivered seven.", {"europe"}),
    ("Brussels promised 40 homes and built 40.", set()),
    # giving oneself money; feigning surprise; approving what is untested
    ("Brussels awarded itself a 31 per cent rise.", {"europe"}),
    ("Brussels gave itself a deadline.", set()),
    ("Brussels professes surprise that Kyiv has less to spend.", {"europe"}),
    ("Brussels now acts surprised that it broke.", {"europe"}),
    ("The Kremlin pushed an untested software update to every machine.", {"russia"}),
    ("Brussels approved every delay without a murmur.", {"europe"}),
    ("Brussels approved the new bridge.", set()),
    # the writer restating, and telling the reader whom to blame
    ("The plan was still under review in May, which is to say that Brussels had done nothing.", {"europe"}),
    ("So yes, blame the Kremlin.", {"russia"}),
])
def test_duties_left_undone(sentence, groups):
    assert blamed(sentence) == [groups]


@pytest.mark.parametrize("judgement, groups", [
    ("It was no accident.", {"europe"}),
    ("That was not bad luck; it was a choice.", {"europe"}),
    ("That is negligence.", {"europe"}),
    ("That is not small print; it is negligence.", {"europe"}),  # a correction's "it" is the act
    ("That is not small print; it is the law.", set()),
    ("That is not a backlog; it is a habit.", {"europe"}),  # a description corrected
    ("That is not a crime; it is a habit.", set()),
    ("It is negligence.", set()),  # an "it" affirmed a fault is left to the frames
    ("That is not a crime.", set()),
    ("It was an accident.", set()),
])
def test_an_act_judged_blames_the_previous_subject(judgement, groups):
    assert blamed("Brussels shut the border crossing in May.", judgement)[1] == groups


def test_an_act_judged_blames_nobody_after_a_sentence_about_no_actor():
    assert blamed("The crossing shut in May.", "It was no accident.")[1] == set()


def test_an_act_judged_with_its_owner_named_blames_the_owner():
    assert blamed("Kyiv waited at the border.", "That is the Kremlin's doing, and nobody else's.")[1] == {"russia"}


@pytest.mark.parametrize("before, after, groups", [
    ("The board deserves the blame it tried to hand to a fridge.",
     "And Brussels deserves a share of it, whatever its contract says.", {"europe"}),
    ("Who is to blame?", "The Kremlin deserves most of it.", {"russia"}),
    ("The blame is wide.", "Brussels and the Kremlin both share this one.", {"europe", "russia"}),
    ("The profits were large.", "Brussels deserves a share of them.", set()),
    ("The profits were large.", "Brussels and the Kremlin share this one.", set()),
])
def test_a_share_of_the_blame_told_before(before, after, groups):
    assert blamed(before, after)[1] == groups


@pytest.mark.parametrize("agreement, groups", [
    ("He is right, and the record proves it.", {"russia"}),
    ("On that, annoyingly, he has a point.", {"russia"}),
    ("On that, the letters prove him right.", {"russia"}),
    ("He is right about that, as far as it goes.", {"russia"}),
    ("He is right about Brussels.", set()),
    ("He is not right.", set()),
    ("He is not right about that.", set()),
    ("Is he right?", set()),
])
def test_a_report_the_writer_agrees_with_next_is_the_writers_blame(agreement, groups):
    before, after = blamed("Zelensky accuses the Kremlin of stalling the talks.", agreement)
    assert before == set() and after == groups
