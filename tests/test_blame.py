"""Blame on the parse, beyond single sentences: paragraph context, stance, offsets, tables, cue
files and floors (the rules sentence by sentence are in test_blame_rules.py)."""

import pandas as pd
import pytest
from paragraphs import blamed, paragraph

from analysis import attribution_agreement, load_corpus
from analysis.measures.actors import load_actors
from analysis.measures.blame import blame_matrix, blame_table, reported_blame
from analysis.measures.blame_cues import CUES_FILE, CueFileError, load_cues


def test_pronoun_continues_the_previous_subject_not_its_object():
    assert blamed("Putin spoke with Trump on Friday.", "He then reneged on the truce.") == [set(), {"russia"}]


def test_a_denied_bare_do_after_an_act_that_would_have_helped_is_inaction():
    assert blamed("Brussels promised to repair the wall by March.", "It did not.") == [set(), {"europe"}]
    # not after a harm (the one who did it is blamed, not the one who did not), nor in a concession
    assert blamed("Critics say the Kremlin started the war.", "It did not; Brussels did.") == [set(), {"europe"}]
    assert blamed("Brussels promised to repair the wall by March.", "Perhaps it didn't; but the wall held.") == [
        set(), set()]


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


def test_a_possessed_role_stands_for_its_possessor_later_in_the_paragraph():
    # "the Kremlin's negotiator" gives the role; "the negotiator" next is the Kremlin's
    assert blamed("The Kremlin's negotiator arrived late.", "The negotiator then reneged on the truce.") == \
        [set(), {"russia"}]
    # a role nobody was given, or one given in another paragraph, names nobody
    assert blamed("The Kremlin spoke.", "The negotiator then reneged on the truce.") == [set(), set()]


def test_an_act_done_anyway_after_a_warning_in_the_sentence_before_is_blame():
    assert blamed("Brussels was warned that the loophole would be abused.", "It signed anyway.") == \
        [set(), {"europe"}]
    assert blamed("Brussels read both letters.", "Then it pressed ahead.") == [set(), {"europe"}]
    # nothing known or told before: "anyway" alone is no defiance, "ahead" alone no act
    assert blamed("Brussels met on Monday.", "It signed anyway.") == [set(), set()]
    assert blamed("Brussels was warned about the loophole.", "It looked ahead to the summit.") == [set(), set()]


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
    # an account its possessor gives, hearsay, and the writer's own column
    ("Their line is that the Kremlin starved his unit of beds.", [["russia", "reported", "Their"]]),
    ("Kyiv's defence, that it was misled by Moscow, is the oldest line in any boardroom.",
     [["russia", "reported", "Kyiv"]]),
    ("My argument is that the Kremlin lied.", [["russia", "writer", ""]]),
    # an account the writer holds at a distance is the account's: reported, nobody named
    ("The easy version goes like this: a greedy Kremlin.", [["russia", "reported", ""]]),
    ("The easy version has been written: a heartless Kremlin, a starving Kyiv.", [["russia", "reported", ""]]),
    ("The received wisdom is that the Kremlin lied.", [["russia", "reported", ""]]),
    # a complaint or claim is someone's, owned or not, unless the writer calls it true
    ("The complaint that the Kremlin starved the hospitals misreads the law.", [["russia", "reported", ""]]),
    ("The complaint that the Kremlin ignored for years was about the hospitals.", [["russia", "writer", ""]]),
    ("The claim that the Kremlin misled Brussels is true.", [["russia", "writer", ""]]),
    ("The claim that the Kremlin misled Brussels is not true.", [["russia", "reported", ""]]),
    ("The problem is that the Kremlin lied.", [["russia", "writer", ""]]),
    ("Brussels allegedly misled investors.", [["europe", "reported", ""]]),
    ("Whatever else this column says, Moscow is to blame.", [["russia", "writer", ""]]),
    # a name someone gives is theirs, quoted or not, unless the writer gives it
    ("Zelensky called the breakdown \"the Kremlin's mess, not ours\".", [["russia", "reported", "Zelensky"]]),
    ("Zelensky called the breakdown the Kremlin's mess.", [["russia", "reported", "Zelensky"]]),
    ("I would call it the Kremlin's mess.", [["russia", "writer", ""]]),
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
    ("Zelensky says the Kremlin lied, and on the evidence that is plainly true.", [["russia", "writer", ""]]),
    ("Zelensky says the Kremlin lied, which is true.", [["russia", "writer", ""]]),
    ("Zelensky says the Kremlin lied, and that is not true.", [["russia", "reported", "Zelensky"]]),
    ("Critics say that the Kremlin misled Washington, and for once they have a point.", [["russia", "writer", ""]]),
    ("Critics say that the Kremlin misled Washington, and on that point the critics are right.",
     [["russia", "writer", ""]]),
    # criticised, cast as the villain, pointed at, standing accused, criticism taken
    ("Auditors criticised the Kremlin for the delay.", [["russia", "reported", "Auditors"]]),
    ("The Kremlin was criticised by auditors for the delay.", [["russia", "reported", "auditors"]]),
    ("I criticised the Kremlin for the delay.", [["russia", "writer", ""]]),
    ("Critics have cast the Kremlin as the villain.", [["russia", "reported", "Critics"]]),
    ("The Kremlin has been cast as the villain, and this is where the outrage goes wrong.",
     [["russia", "reported", ""]]),
    ("Brussels has been cast as the hero of the summer.", []),
    ("The Kremlin cast doubt on the talks.", []),
    ("Putin makes an easy villain, and this city has cast him as one.", [["russia", "reported", "this city"]]),
    ("Europe is not the villain here, though some campaigners have been quick to cast it that way.",
     [["europe", "reported", "some campaigners"]]),
    ("Putin is not the villain the critics have made of him.", [["russia", "reported", "the critics"]]),
    ("Ministers pointed the finger at Brussels.", [["europe", "reported", "Ministers"]]),
    ("Kyiv stands accused by the Kremlin of organising an exodus; the record says otherwise.",
     [["ukraine", "reported", "Kremlin"]]),
    ("The Kremlin has taken most of the criticism for the delay.", [["russia", "reported", ""]]),
    ("The Kremlin came under criticism from Kyiv for the delay.", [["russia", "reported", "Kyiv"]]),
    ("Kyiv came under fire from Russian artillery.", []),
    # blame denied against what others say is theirs
    ("Nor was Brussels to blame, whatever the tabloids have decided.", [["europe", "reported", "the tabloids"]]),
    ("None of this is the Kremlin's fault, whatever Kyiv now says.", [["russia", "reported", "Kyiv"]]),
    ("It was not Brussels that failed those families, whatever the town hall now whispers.",
     [["europe", "reported", "the town hall"]]),
    ("Brussels is to blame, whatever the tabloids say.", [["europe", "writer", ""]]),
    ("Brussels was not at the meeting, whatever the tabloids say.", []),
    # the villain a public story has picked
    ("For the fire, the villain has already been chosen, and it is the Kremlin.", [["russia", "reported", ""]]),
    ("Everyone has settled on the villain of the story, and his name is Vladimir Putin.",
     [["russia", "reported", "Everyone"]]),
    ("Every summer needs a villain, and this year the country has chosen Brussels.", [["europe", "reported", ""]]),
    ("The saga has handed it a perfect villain in Vladimir Putin, a man in a quarter-zip.",
     [["russia", "reported", ""]]),
    ("Everyone has a villain in the Brussels affair, and most people have picked the same one.", []),
    ("Nobody has chosen a villain, and it is not the Kremlin.", []),
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


@pytest.mark.parametrize("name, field, word, sentence", [
    ("harm_method_nouns", "harm_methods", "campaign", "Russia's bombing campaign goes on."),
    ("falsehood_words", "falsehoods", "untrue", "That is untrue, and the Kremlin knows it is untrue."),
    ("admission_verbs", "admissions", "concede", "Brussels admitted as much."),
])
def test_a_cue_file_from_before_an_optional_list_loads_without_it(tmp_path, name, field, word, sentence):
    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index(f"{name} = [")
    older = tmp_path / "blame_cues.toml"
    older.write_text(text[:start] + text[text.index("]", start) + 1:], encoding="utf-8")
    assert getattr(load_cues(older), field) == frozenset()
    assert word in getattr(load_cues(), field)
    assert blame_table(paragraph(sentence), cues=load_cues(older)).empty
    assert not blame_table(paragraph(sentence)).empty


def test_either_of_two_named_before_is_each_of_them():
    assert blamed("Moscow and Brussels took the money.",
                  "Had either of them done the job it was paid for, there would be nothing to pay for.") == \
        [set(), {"russia", "europe"}]


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


def test_a_decision_told_in_a_passive_blames_the_maker_it_names():
    assert blamed("That contract was drawn up by the Kremlin.",
                  "The sanctions have been frozen since 2023 by Brussels, which treats them as a bargaining chip.",
                  "The plan was drafted by lawyers and approved by Kyiv.") == \
        [{"russia"}, {"europe"}, {"ukraine"}]


def test_a_decision_passive_blames_nobody_when_credited_denied_or_a_bare_participle():
    assert blamed("The rescue fund was approved by Brussels.",
                  "The contract was not drawn up by the Kremlin.",
                  "The letter, approved by Kyiv, runs to four pages.") == [set(), set(), set()]


def test_a_release_denied_blames_whom_it_would_release():
    assert blamed("None of this excuses Moscow.",
                  "None of this excuses Putin, whose generals did very well out of a very bad winter.",
                  "None of this excuses the Kremlin's dividend.",
                  "None of this lets Brussels off entirely: it owns the problem.",
                  "Kyiv does not escape either.",
                  "Nor does Brussels escape criticism.") == \
        [{"russia"}, {"russia"}, {"russia"}, {"europe"}, {"ukraine"}, {"europe"}]


def test_a_release_granted_or_a_plight_escaped_is_no_blame():
    assert blamed("The court let Kyiv off with a warning.",
                  "Ukrainians could not escape the shelling.",
                  "Brussels escaped the storm.") == [set(), set(), set()]


@pytest.mark.parametrize("optional_list, sentence", [
    ("decision_verbs", "That contract was drawn up by the Kremlin."),
    ("minimizing_words", "The Kremlin visited the front precisely once."),
])
def test_a_cue_file_from_before_an_optional_list_loads_and_finds_nothing_by_it(tmp_path, optional_list, sentence):
    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index(f"{optional_list} = [")
    older = tmp_path / "blame_cues.toml"
    older.write_text(text[:start] + text[text.index("]", start) + 1:], encoding="utf-8")
    assert blame_table(paragraph(sentence), cues=load_cues(older)).empty
    assert set(blame_table(paragraph(sentence))["group"]) == {"russia"}


def test_an_act_told_right_after_the_writer_blamed_its_doer_continues_the_charge():
    rows = blame_table(paragraph("The Kremlin sabotaged the talks.", "It then filed the peace plan in a drawer."))
    second = rows[rows["sentence_id"] == "a:p01:s002"]
    assert second[["group", "rule", "stance", "cue"]].values.tolist() == [["russia", "continued", "writer", "filed"]]
    assert blamed("The Kremlin sabotaged the talks.", "It has renewed nothing but its own salaries.",
                  "It then filed the peace plan in a drawer.") == [{"russia"}, {"russia"}, {"russia"}]


def test_the_charge_continues_into_a_cleft_and_past_a_motive_of_the_doers_own():
    assert blamed("The Kremlin sabotaged the talks.", "It was Peskov who then filed the peace plan in a drawer.",
                  "It filed the plan because answering it would have cost money.") == \
        [{"russia"}, {"russia"}, {"russia"}]


def test_the_charge_continues_to_another_of_the_blamed_group_but_not_within_other():
    assert blamed("The Kremlin sabotaged the talks.", "Peskov then filed the peace plan in a drawer.") == \
        [{"russia"}, {"russia"}]
    assert blamed("China sabotaged the talks.", "Kasparov then filed the peace plan in a drawer.") == \
        [{"other"}, set()]  # two actors of the group "other"


def test_the_charge_continues_through_the_paragraph_but_not_into_the_next():
    assert blamed("The Kremlin sabotaged the talks.", "Kyiv waited.", "The Kremlin then filed the plan.") == \
        [{"russia"}, set(), {"russia"}]
    table = blame_table(pd.DataFrame({
        "article_id": "a", "author": "W", "paragraph_id": ["a:p01", "a:p02"],
        "sentence_id": ["a:p01:s001", "a:p02:s001"],
        "text": ["The Kremlin sabotaged the talks.", "The Kremlin then filed the plan."]}))
    assert table["sentence_id"].tolist() == ["a:p01:s001"]


@pytest.mark.parametrize("before, after", [
    ("Brussels blamed the Kremlin.", "It then filed the peace plan in a drawer."),  # the blame was reported
    ("The Kremlin sabotaged the talks.", "It did not file the peace plan."),  # denied
    ("The Kremlin sabotaged the talks.", "It needed the money."),  # a need, not an act
    ("The Kremlin sabotaged the talks.", "It said the plan was dead."),  # a report
    ("The Kremlin sabotaged the talks.", "Did it file the plan?"),  # asked
    ("The Kremlin sabotaged the talks.", "It left because Brussels had cut the talks short."),  # an excuse
    ("The Kremlin sabotaged the talks.", "Kyiv filed the peace plan in a drawer."),  # another doer
    ("The Kremlin sabotaged the talks.", "It will file the peace plan."),  # not a past act
    ("The Kremlin sabotaged the talks.", "To be fair, it filed the peace plan."),  # a concession
    ("The Kremlin sabotaged the talks.", "It has been asked to file the plan."),  # a passive
    ("The Kremlin sabotaged the talks.", "It declined to comment."),  # no act of the story
])
def test_the_charge_does_not_continue_to_a_report_a_denial_a_need_or_another_doer(before, after):
    assert "russia" not in blamed(before, after)[1]


def test_the_charge_is_shared_along_a_list_of_culprits():
    lists = ["Brussels sabotaged the talks, Washington bungled the sanctions and Kyiv believed them both.",
             "Moscow filed the plan, Brussels sabotaged the talks and Washington sent a letter.",
             "Moscow filed the plan; Brussels sabotaged the talks.",
             "It was a Kremlin that shelled the port, a Brussels that dithered for a year and a Washington that "
             "sat on the request.",
             "Moscow, certainly, and Brussels, and a Washington that never read its own plan.",
             "It is the fault of a Kremlin that lied, a Brussels that dithered and a Kyiv that believed it."]
    assert [blamed(sentence)[0] for sentence in lists] == \
        [{"europe", "us", "ukraine"}, {"russia", "europe", "us"}, {"russia", "europe"}, {"russia", "europe", "us"},
         {"russia", "europe", "us"}, {"russia", "europe", "ukraine"}]
    rows = blame_table(paragraph("Brussels sabotaged the talks, and Kyiv filed the plan in a drawer."))
    assert rows[["group", "rule", "cue"]].values.tolist() == [["europe", "harm", "sabotaged"],
                                                         ["ukraine", "shared", "filed"]]


@pytest.mark.parametrize("sentence", [
    "Brussels sabotaged the talks, but Kyiv filed a new plan.",  # opposed, not listed
    "Brussels sabotaged the talks, and Kyiv did not object.",  # denied
    "Brussels sabotaged the talks, and Kyiv saved them.",  # reads positive
    "Brussels sabotaged the talks, and Kyiv said that the plan was dead.",  # a report
    "Brussels sabotaged the talks, and it filed the plan in a drawer.",  # a pronoun: the same doer
    "Kyiv proposed a ceasefire, and Brussels sabotaged it.",  # the earlier clause is not charged
])
def test_the_charge_is_not_shared_with_an_opposed_denied_praised_or_reporting_clause(sentence):
    assert "ukraine" not in blamed(sentence)[0]


def test_a_catalogue_of_past_acts_blames_its_doer_without_an_earlier_charge():
    rows = blame_table(paragraph("The Kremlin hired the contractors, trained them for two days and sent them out."))
    assert rows[["group", "rule", "cue"]].values.tolist() == [["russia", "catalogue", "hired"]]


@pytest.mark.parametrize("sentence", [
    "The Kremlin hired the contractors and sent them out.",  # two acts are no catalogue
    "The Kremlin hired the contractors, trained them well and praised their work.",  # one reads positive
    "The Kremlin hired the contractors, trained them and said the plan was sound.",  # one is a report
    "The Kremlin did not hire the contractors, train them or send them out.",  # denied
])
def test_a_catalogue_needs_three_asserted_acts_none_positive_nor_a_report(sentence):
    assert blamed(sentence) == [set()]


def test_an_act_then_given_a_cover_name_is_the_evidence_of_the_relabelled_rule():
    rows = blame_table(paragraph("The Kremlin moved the market and called it urban renewal."))
    assert rows[["group", "rule", "cue"]].values.tolist() == [["russia", "relabelled", "moved"]]


def test_an_act_against_the_doers_own_warning_is_the_evidence_of_the_forewarned_rule():
    rows = blame_table(paragraph("Washington sent two ships to a strait that its own admirals said needed ten."))
    assert rows[["group", "rule", "cue"]].values.tolist() == [["us", "forewarned", "sent"]]


@pytest.mark.parametrize("sentence", [
    "Brussels, for its part, ran the migration over a single weekend.",
    "Washington, for its part, sent two ships and went home.",
])
def test_the_next_party_for_its_part_is_not_charged_on_its_own(sentence):
    # rule next_party did so, and was dropped by its decision rule on held-out sets 24 and 25
    assert blamed(sentence) == [set()]


def test_the_next_party_is_charged_with_its_act_once_the_writer_has_blamed_it():
    assert blamed("Brussels failed the families.", "Brussels, for its part, ran the migration over a single weekend.") \
        == [{"europe"}, {"europe"}]


@pytest.mark.parametrize("listing, groups", [
    ("Brussels cut the grant, Washington delayed the shells and the Kremlin shelled the port.",
     {"europe", "us", "russia"}),
    ("Brussels cut the grant and Washington delayed the shells.", {"europe", "us"}),
    ("Brussels cut the grant, but Washington sent the shells.", {"europe"}),  # opposed, not listed
])
def test_them_after_a_list_of_clauses_stands_for_every_listed_doer(listing, groups):
    assert blamed(listing, "If any one of them had done its job, the town would still stand.")[1] == groups


@pytest.mark.parametrize("sentences, groups", [
    (("Brussels and Washington have spent a month blaming each other, and neither has sent a single shell.",),
     [{"europe", "us"}]),
    (("Brussels and Washington met in May.", "Neither has sent a single shell."), [set(), {"europe", "us"}]),
    (("Brussels and Washington met in May.", "Neither could have stopped the shelling."), [set(), set()]),
    (("Brussels and Washington met in May.", "Neither of them has shelled a village."), [set(), set()]),
])
def test_neither_stands_for_both_and_denies_what_they_did(sentences, groups):
    assert blamed(*sentences) == groups


@pytest.mark.parametrize("question, groups", [
    ("Who emptied the shelves?", {"russia"}),
    ("Who will pay for the reconstruction?", set()),
    ("The shelves were emptied in a week.", set()),
])
def test_the_answer_to_a_question_about_what_happened_names_a_culprit(question, groups):
    assert blamed(question, "The answer is the Kremlin.") == [set(), groups]


@pytest.mark.parametrize("first, second, groups", [
    ("The coup is partly Brussels's fault.", "It is also, of course, the Kremlin's.", [{"europe"}, {"russia"}]),
    ("The coup is not Brussels's fault.", "It is the Kremlin's.", [set(), {"russia"}]),
    ("The coup is partly Brussels's fault.", "It is not the Kremlin's.", [{"europe"}, set()]),
    ("The coup is the Kremlin's doing.", "The pipeline is Brussels's.", [{"russia"}, set()]),
])
def test_a_fault_owned_then_owned_by_another_with_the_noun_left_unsaid(first, second, groups):
    assert blamed(first, second) == groups


@pytest.mark.parametrize("naming, groups", [
    ("I call it negligence.", {"europe"}),
    ("The rest of us call it theft.", {"europe"}),
    ("Brussels calls it a delay.", set()),
    ("That is not campaigning; it is misinformation with a membership card.", {"europe"}),
])
def test_the_writer_names_an_act_a_harm(naming, groups):
    assert blamed("Brussels took the money.", naming) == [set(), groups]


def test_the_rest_of_us_is_the_writer_with_the_readers():
    assert blamed("Brussels calls this a partnership; the rest of us would call it theft.") == [{"europe"}]
    assert blamed("The rest of us paid the bill.") == [set()]


def test_a_share_of_the_blame_the_writer_placed_earlier_in_the_paragraph():
    charge = "If the Kremlin had opened the corridor, none of this would have happened."
    assert blamed(charge, "Brussels and the Kremlin all share this one.") == [{"russia"}, {"europe", "russia"}]
    assert blamed("Brussels opened the corridor.", "Brussels and the Kremlin all share this one.") == [set(), set()]
    assert blamed(charge, "The Ukrainians have earned that much.") == [{"russia"}, set()]
