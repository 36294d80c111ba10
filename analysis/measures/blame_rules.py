"""Where in a parsed sentence blame falls, and on whom: the rules of blame attribution.

Rules on spaCy's dependency parse (``grammar``, ``parsing``) implementing
docs/codebooks/blame.md (version 2), with the cue lemmas in ``analysis/data/blame_cues.toml``.
The blamed actor is the *doer* of a blameworthy act, read from the grammar:

- **harm**: the subject (or passive agent) of a harm verb ("the ministry ordered new raids",
  "was scrapped by the council"), each of coordinated subjects; never its object or victim;
- **inaction**: the doer of an inaction cue ("failed to", "let … lapse", "did nothing"), of a
  negated act that would end harm ("won't stop"), of a duty left undone for good, left lying
  or refused ("never once asked", "left the fault unfixed", "chose not to count one"), of a
  missed duty or chance ("should have acted", "could have stopped it") or of a past
  counterfactual ("had the regulator intervened");
- **explicit**: the one a copula or a frame names ("X is to blame", "the fault is hers", "X
  deserves much of the blame", "blame lies with X", "the blame falls on X"), the possessor of
  a harm noun ("Putin's treachery"), or the cause of a bad outcome ("thanks to X, the war
  drags on": the rest of the clause reads negative to VADER);
- **characterisation**: an actor described by a fault word ("an impotent Europe", "Putin is
  a sociopath");
- **question**: a rhetorical question that implies a failure ("Where was the ministry?").

Also: a bare "did" takes over an earlier act ("Zelensky did not cancel the talks; Moscow
did."), a denied release or excuse is blame ("None of this lets X off the hook", "Nothing
excuses what X did"), and an act forgone is a negated one ("instead of fixing the pipes, …").

Negation (including "It is not X that…", "nor", "hardly"), open conditions ("if X fails to…",
"the longer X holds out, the …", "should X fail, …", "if …, it will find that …"), advice ("X
must block the loan"), yes/no questions and credit ("to his credit") block blame. In whose
voice a hit is (the writer's, or reported with its holder) is ``voice``'s to say. Pronouns and
short references resolve within the paragraph (``references.ParagraphContext``).

What a copula names is read by ``copular_blame``, what a noun names by ``noun_blame``, the
cause of an outcome by ``cause_blame``, the time let pass before acting by ``delay_blame``,
the questions that blame by ``question_blame``, duties left undone by ``omission_blame``,
blame owed and owned ("deserves the blame", "admitted it") by ``deserved_blame``, releases
denied ("None of this excuses X") by ``release_blame``, the charge continued later in the
paragraph ("It filed the report.") by ``continued_blame``, quoted
words the writer glosses as a cover by ``gloss_blame``;
the ``Hit`` every rule yields and the checks they share are in ``blame_hits``. ``hits``
yields every (actor, cue, rule) the rules find; ``blame.sentence_blame`` decides each hit's
voice and makes the rows. The cue lists and their reading are in ``blame_cues``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import grammar, modality
from .blame_cues import (
    Cues,
    act_rule,
    done_unchecked,
    fault_manner,
    given_to_self,
    harm_cue,
    inaction_cue,
    incited_act,
    is_fault_word,
    likened_faults,
    made_worse,
    put_first,
    support_object,
)
from .blame_hits import Hit, hits_on, is_open_condition, reads_positive
from .cause_blame import caused_by, prevented_by
from .continued_blame import continued_charge, shared_charge
from .copular_blame import completed_frame_hits, copula_hits, corrected_description_hits
from .delay_blame import delayed_for, held_off, slow_to_act
from .deserved_blame import deserved_fate, owed_better, owns_up, share_told, takes_blame
from .finding_blame import found_acts
from .forewarned_blame import forewarned_acts
from .gloss_blame import glossed_quotes, relabelled_acts
from .negation import denied_for_good, done_to_nobody
from .noun_blame import noun_hits
from .omission_blame import care_denied, chosen_against, done_least, kept_short, least_denied, left_undone
from .parsing import sentence_text, tokens
from .question_blame import (
    WAITING_VERBS,
    WH_BLAME,
    asked_of_nobody,
    does_nothing,
    done_with,
    expected_otherwise,
    has_modal,
    wh_opening,
)
from .references import SentenceActors
from .release_blame import misread_excuse, released_by
from .standing_blame import denied_standing
from .terms_blame import harmful_terms
from .tone import polarity, tone_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Adverbs a "not" may deny instead of the verb: "does not act alone", "did not merely lie".
NARROWING_ADVERBS = {"alone", "merely", "only", "just", "simply", "solely"}
# Adverbs that make a denial a concession: "Perhaps it didn't; but …".
CONCEDING_ADVERBS = {"perhaps", "maybe", "possibly"}


def hits(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    """Every actor the rules find blamed in the sentence, with the cue and the rule."""
    found = list(_hits(doc, actors, cues))
    yield from found
    yield from shared_charge(doc, found, actors, cues)


def _hits(doc: Doc, actors: SentenceActors, cues: Cues) -> Iterable[Hit]:
    question = sentence_text(doc).rstrip().rstrip(")\"”'’").endswith("?")
    wh_word = wh_opening(doc)
    for token in tokens(doc):
        if token.pos_ in {"VERB", "AUX"}:
            yield from _verb_hits(token, actors, cues, question, wh_word)
        if token.pos_ in {"NOUN", "PROPN", "PRON"}:
            yield from noun_hits(token, actors, cues)
        if token.dep_ in {"amod", "compound"} and is_fault_word(token, cues) and token.i not in actors.by_token:
            # not a word of the actor's own name: "the Fraud Unit"
            yield from hits_on(actors.of_phrase(token.head), token, token, "characterisation")
    yield from prevented_by(doc, actors, cues)
    yield from completed_frame_hits(doc, actors, cues)
    if not question:
        yield from corrected_description_hits(doc, actors, cues)
    yield from caused_by(doc, actors, cues)
    yield from glossed_quotes(doc, actors, cues)
    yield from relabelled_acts(doc, actors, cues)
    yield from forewarned_acts(doc, actors, cues)
    yield from found_acts(doc, actors, cues, question)
    if not question:
        yield from denied_standing(doc, actors, cues)
    yield from misread_excuse(doc, actors)
    yield from continued_charge(doc, actors, cues)


def _verb_hits(verb: Token, actors: SentenceActors, cues: Cues, question: bool,
               wh_word: str | None) -> Iterable[Hit]:
    own_wh = next((child.lower_ for child in verb.children if child.tag_ in {"WRB", "WP"} and child.i < verb.i),
                  None)  # "If it is merely …, why did his department tear it up?", "And when …, where was X?"
    if verb.lemma_ == "be" or verb.dep_ == "aux" or verb.dep_ == "auxpass":
        yield from copula_hits(verb, actors, cues, question, own_wh or wh_word)
        return
    if grammar.is_elliptical_do(verb):
        yield from _elliptical_act(verb, actors, cues, question)
        return
    released = released_by(verb, cues)
    if released is not None and grammar.is_negated(verb):
        # "None of this lets Westline off the hook", "None of which excuses what X did next",
        # "None of which makes the union blameless": a denied release is blame
        yield from hits_on(actors.of_phrase(released), verb, verb, "explicit")
        return
    if (cues.fault_passives.match(verb) is not None and not grammar.is_negated(verb)
            and not any(child.dep_ == "agent" for child in verb.children)):
        # "has been compromised", "is splintered"; "paralysed by the blackout" has a victim
        patients = [child for child in verb.children if child.dep_ == "nsubjpass"]
        yield from hits_on([r for p in patients for r in actors.of_each(p)], verb, verb,
                            "characterisation")
    fate = deserved_fate(verb, cues)
    if fate is not None:  # "Mr Rusk will go to prison, and he deserves to.": the one the fate befalls
        bearers = [partner for subject in fate.children if subject.dep_ in {"nsubj", "nsubjpass"}
                   for partner in grammar.with_partners(subject)]
        yield from hits_on([r for bearer in bearers for r in actors.of_phrase(bearer)], verb, verb, "explicit")
        return
    delayed = delayed_for(verb)  # "It took the watchdog six weeks to own up": the watchdog
    doers = [delayed] if delayed is not None else grammar.answerable(verb)
    referents = [r for doer in doers for r in actors.of_phrase(doer)]
    if not referents:
        return  # whatever the act, it blames no actor
    if share_told(verb, actors.context.previous_sentence, bool(actors.context.blamed_so_far)):
        # "And Dr Fell deserves a share of it."
        yield from hits_on(referents, verb, verb, "explicit")
        return
    if not grammar.is_negated(verb):
        for likeness in likened_faults(verb, cues):  # "they behave like thugs"
            yield from hits_on(referents, likeness, likeness, "characterisation")
    rule, cue_end = _verb_rule(verb, cues, question, own_wh or wh_word, actors.context.previous_sentence)
    if rule is not None:
        yield from hits_on(referents, verb, cue_end, rule)


def _elliptical_act(verb: Token, actors: SentenceActors, cues: Cues, question: bool) -> Iterable[Hit]:
    """"Strand did not cancel a lecture; the union did.", "Who cut the grant? Brussels did.":
    the doer of the bare "do" did the act of the verb it continues, else of the nearest earlier
    verb in the sentence, else of the paragraph's previous sentence. Denied, it is inaction when
    that act would have helped: "The county promised to repair the wall. It did not."."""
    if question or is_open_condition(verb, modality.clause_marker(verb), cues) or _unasserted_do(verb):
        return
    if grammar.is_negated(verb):
        rule = "inaction" if _help_told_before(verb, actors, cues) else None
    elif verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not grammar.is_elliptical_do(verb.head):
        # "One can call that negligence, and the association does": the verb it continues
        rule = act_rule(verb.head, cues)
    else:
        earlier = [act_rule(token, cues) for token in verb.doc[:verb.i]
                   if token.pos_ == "VERB" and not grammar.is_elliptical_do(token)]
        previous = actors.context.previous_sentence
        rule = (next((found for found in reversed(earlier) if found), None)
                or (None if previous is None else _last_act(previous, cues))
                or ("harm" if _done_to_someone(verb) else None))
    if rule is not None:
        yield from hits_on([r for doer in grammar.doers(verb) for r in actors.of_phrase(doer)], verb, verb, rule)


def _negation_on_manner(verb: Token) -> bool:
    """"does not act alone", "did not merely lie": the "not" denies the adverb, and the act
    itself stands."""
    return any(child.dep_ == "advmod" and child.lower_ in NARROWING_ADVERBS for child in verb.children)


def _unasserted_do(verb: Token) -> bool:
    """A bare "do" the sentence does not assert: what one will not pretend ("I will not pretend
    it did", "it would be unfair to pretend he does"), or a time still to come ("… before it
    does", "until it does", "by the time they do", after a verb with a modal)."""
    head = verb.head
    if verb.dep_ == "ccomp" and (grammar.is_negated(head) or head.lemma_ == "pretend"):
        return True
    if verb.dep_ not in {"advcl", "relcl"} or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(child.dep_ == "mark" and child.lower_ in {"until", "before"} for child in verb.children):
        return True  # "Until it does, the next Homeward is already on the rota."
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head  # "by the time they do": up from "time" to the verb it times
    return any(child.dep_ == "aux" and child.tag_ == "MD" for child in head.children)


def _help_told_before(verb: Token, actors: SentenceActors, cues: Cues) -> bool:
    """The last act told before, earlier in the sentence or in the one before, would have
    helped ("promised to repair the wall"), for a denied bare "do" to take over; not after a
    harm ("… pretending that the strikers started this. They did not; …") nor in a concession
    ("Perhaps it didn't; but …")."""
    if any(child.dep_ == "advmod" and child.lower_ in CONCEDING_ADVERBS for child in verb.children):
        return False
    previous = actors.context.previous_sentence
    earlier = [*(previous if previous is not None else []), *verb.doc[:verb.i]]
    for token in reversed(earlier):
        if token.pos_ != "VERB" or grammar.is_elliptical_do(token):
            continue
        if act_rule(token, cues) is not None:
            return False
        if cues.help.match(token) is not None:
            return True
    return False


def _last_act(doc: Doc, cues: Cues) -> str | None:
    """The rule of the sentence's last verb of harm or inaction, whatever its polarity, for a
    "… did." in the next sentence."""
    rules = [act_rule(token, cues) for token in tokens(doc)
             if token.pos_ == "VERB" and not grammar.is_elliptical_do(token)]
    return next((rule for rule in reversed(rules) if rule), None)


def _verb_rule(verb: Token, cues: Cues, question: bool, wh_word: str | None,
               previous: Doc | None) -> tuple[str | None, Token]:
    """Which rule, if any, makes the verb's doer blameworthy, and the cue's last word, given
    the paragraph's previous sentence."""
    negated = (grammar.is_negated(verb) and not _negation_on_manner(verb)) or grammar.is_forgone(verb)
    marker = modality.clause_marker(verb)
    harm_end = harm_cue(verb, cues)
    if modality.is_past_counterfactual(verb):
        if harm_end is not None:
            return ("harm" if negated else None), harm_end
        governing = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if any(inaction_cue(node, cues) is not None for node in governing):
            return None, verb  # "Had those constables refused to go in, …": an inaction that did not happen
        return (None if negated else "counterfactual"), verb
    if modality.is_missed_duty(verb):
        return "inaction", verb
    help_end = cues.help.match(verb)
    if help_end is not None and not negated and modality.is_present_counterfactual(verb):
        return "counterfactual", help_end  # "the war could end if its allies acted"
    if question and wh_word == "what" and not negated and (expected_otherwise(verb) or done_with(verb)):
        return "question", verb  # "What did the ministry expect would happen?", "… do with that letter?"
    if question and wh_word == "why" and not negated and verb.lemma_ in WAITING_VERBS:
        return "question", verb  # "Why did a minister with a warning on his desk wait …?"
    if question and wh_word is None and help_end is not None and asked_of_nobody(verb):
        return "question", help_end  # "Did nobody in the town hall notice …?"
    if question:  # "Why would he stop if he is allowed to …?" asks, and blames
        hypothetical = is_open_condition(verb, marker, cues) or wh_word not in WH_BLAME
    else:
        hypothetical = (is_open_condition(verb, marker, cues) or modality.is_predicted_on_condition(verb)
                        or modality.is_advice(verb))
    if hypothetical or modality.is_prevented(verb) or (harm_end is not None and (
            modality.is_unrealised(verb) or modality.is_declined(verb))):
        return None, verb
    if harm_end is not None:
        return (None if negated or done_to_nobody(verb) else "harm"), harm_end
    if _done_to_someone(verb):
        return (None if negated else "harm"), verb
    scanted = done_least(verb, cues)
    if scanted is not None and not question:
        return "inaction", scanted  # "visited precisely once", "used that power precisely never"
    manner = fault_manner(verb, cues)
    if manner is not None and not negated:
        return "harm", verb  # "recklessly cut", "wrongly reduced"
    slow = slow_to_act(verb)
    if slow is not None:
        return (None if negated else "inaction"), slow
    put_off = held_off(verb) if negated else None
    if put_off is not None:
        return "inaction", put_off  # "did not hold a single meeting until the doors were locked"
    worse = made_worse(verb, cues)
    if worse is not None:
        return (None if negated else "harm"), worse
    falsehood = _known_falsehood(verb, cues)
    if falsehood is not None:
        return (None if negated else "harm"), falsehood
    defiant = (grammar.done_despite_knowing(verb, previous) or grammar.done_against_advice(verb)
               or done_unchecked(verb, cues))
    if defiant is not None and not negated:
        return "inaction", defiant
    terms = harmful_terms(verb, cues)
    if terms is not None and not negated:
        return "harm", terms  # "signed a pay deal that traded away two hundred posts"
    urged = incited_act(verb, cues)
    if urged is not None and not negated:
        return "harm", urged  # "urged members to ignore the stewards"
    to_self = given_to_self(verb, cues)
    if to_self is not None and not negated:
        return "harm", to_self  # "awarded himself a 31 per cent rise"
    ranked_first = put_first(verb, cues)
    if ranked_first is not None and not negated:
        return "harm", ranked_first  # "put profit above the slope"
    if owns_up(verb, cues):
        return ("inaction" if negated else "explicit"), verb
    inaction_end = inaction_cue(verb, cues)
    if inaction_end is not None and _nothing_wrong(inaction_end):
        return None, verb  # "has done nothing wrong" clears the doer
    if inaction_end is not None:
        return (None if negated else "inaction"), inaction_end
    withheld = support_object(verb, cues) if negated and verb.lemma_.lower() in cues.giving else None
    if withheld is not None:
        return "inaction", withheld
    if help_end is not None and done_to_nobody(verb):
        return "inaction", help_end  # "paid precisely nothing into the fund"
    if help_end is not None and modality.is_missed_chance(verb):
        # "could have stopped the spill"; "could not have stopped it" says it was impossible.
        return (None if negated else "inaction"), help_end
    if help_end is not None and question and wh_word == "why" and (negated or has_modal(verb)):
        return "question", help_end
    if help_end is not None and negated and not question and not modality.is_inability(verb):
        return "inaction", help_end
    if (negated and not question and denied_for_good(verb, cues.enduring_negations)
            and verb.lemma_.lower() not in cues.states):
        return "inaction", verb  # "never once asked", "never came back"
    if negated and not question and care_denied(verb, cues):
        return "inaction", verb  # "They did not ask.", "has not inspected the pumps since 2019"
    if negated and not question and chosen_against(verb):
        return "inaction", verb  # "chose not to count one"
    least = least_denied(verb, cues) if negated and not question and verb.lemma_.lower() not in cues.states else None
    if least is not None and not modality.is_inability(verb):
        return "inaction", least  # "would not put a single bonus on the table"
    undone = left_undone(verb) or kept_short(verb)
    if undone is not None and not negated:
        return "inaction", undone  # "left the fault unfixed", "promised eleven hubs and delivered seven"
    if verb.lemma_.lower() in cues.blame_taking and takes_blame(verb, cues):
        return (None if negated else "explicit"), verb
    if owed_better(verb):
        return (None if negated else "inaction"), verb
    if _let_it(verb):
        return (None if negated else "inaction"), verb  # "The company broke its promise, and the council let it."
    if question and wh_word in WH_BLAME and (negated or does_nothing(verb)):
        return "question", verb
    if not negated and (grammar.is_contrastive_cleft(verb) or _contrastive_agent(verb)) and not reads_positive(verb):
        return "explicit", verb  # the contrast itself says who is answerable
    decided = _named_maker(verb, cues)
    if decided is not None and not negated and not question:
        return "explicit", decided  # "That contract was drawn up by the council."
    return None, verb


def _done_to_someone(verb: Token) -> bool:
    """"Pellworth Bank did this to them", "what Moscow did to Bucha": doing "this" to someone
    speaks of a harm told before."""
    return (verb.lemma_ == "do" and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}  # not "to do that to a club"
            and any(child.dep_ == "dobj" and child.lower_ in {"this", "that", "it", "what"} for child in verb.children)
            and any(child.dep_ == "prep" and child.lower_ == "to"
                    and any(pobj.dep_ == "pobj" for pobj in child.children) for child in verb.children))


def _contrastive_agent(verb: Token) -> bool:
    """A passive that names its doer against a denied other: "was taken by Pellworth's board,
    not by Syntaris", "was spent by the board, not the staff"; not when what was done reads
    positive ("The rescue was led by X, not by Y" is credit)."""
    done = [child for child in verb.children if child.dep_ == "nsubjpass"]
    if any(tone_label(polarity(child.lower_)["compound"]) == "positive" for child in done):
        return False
    agents = [child for child in verb.children if child.dep_ == "agent"]
    if len(agents) > 1:
        return any(grammar.is_denied(agent) for agent in agents[1:]) and not grammar.is_denied(agents[0])
    return any(grammar.is_denied(other) for agent in agents for doer in agent.children if doer.dep_ == "pobj"
               for other in doer.children if other.dep_ in {"appos", "conj"})


def _named_maker(verb: Token, cues: Cues) -> Token | None:
    """A decision told in a finite passive that names its maker ("was drawn up by the
    council", "has been frozen since 2023 by a minister"): the cue's last word; not when what
    was decided reads positive ("The rescue fund was approved by the council")."""
    decided = cues.decisions.match(verb)
    if decided is None:
        return None
    # "was drafted, negotiated and signed by the authority": the whole coordination
    chain = [verb, *(other for other in verb.conjuncts if other.pos_ in {"VERB", "AUX"})]
    if not any(child.dep_ == "auxpass" for node in chain for child in node.children):
        return None
    if not any(child.dep_ == "agent" for node in chain for child in node.children):
        return None
    done = [child for node in chain for child in node.children if child.dep_ == "nsubjpass"]
    if any(tone_label(polarity(" ".join(word.lower_ for word in child.subtree))["compound"]) == "positive"
           for child in done):
        return None
    return decided


def _known_falsehood(verb: Token, cues: Cues) -> Token | None:
    """"he knows it is untrue", "the bank knew it was false", "knew it was a smear": the
    word of falsehood in what the doer of "know" knew of a claim just made
    (``falsehood_words``); not "knows the claim is false", which may be somebody else's."""
    if verb.lemma_ != "know":
        return None
    for clause in (child for child in verb.children if child.dep_ in {"ccomp", "xcomp"} and child.lemma_ == "be"):
        # "knew it was false"; "a credential they knew to be false" (the thing is the noun)
        said_before = clause.dep_ == "xcomp" or any(
            child.dep_ == "nsubj" and child.lower_ in grammar.ACTS_REFERRED_TO for child in clause.children)
        if grammar.is_negated(clause) or not said_before:
            continue
        for word in clause.children:
            if word.dep_ in {"acomp", "attr"} and word.lemma_.lower() in cues.falsehoods:
                return word
    return None


def _nothing_wrong(word: Token) -> bool:
    """"did nothing wrong", "nothing illegal": a "nothing" that a negative word qualifies
    (by VADER's lexicon), unlike "did nothing useful"; the parse may hang the word on the verb."""
    if word.lower_ != "nothing":
        return False
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    qualifiers = [child for child in word.children if child.dep_ == "amod"]
    if following is not None and following.dep_ == "advmod" and following.pos_ == "ADJ":
        qualifiers.append(following)
    return any(tone_label(polarity(qualifier.text)["compound"]) == "negative" for qualifier in qualifiers)


def _let_it(verb: Token) -> bool:
    """"… and the council let it", "the regulator has routinely let them": letting what was
    just told happen, the act left unsaid."""
    if verb.lemma_ != "let":
        return False
    allowed = any(child.dep_ == "dobj" and child.lower_ in {"it", "them", "this", "that"} for child in verb.children)
    said = any(child.dep_ in {"xcomp", "ccomp", "prt", "acomp", "oprd"} for child in verb.children)
    return allowed and not said


def credited(doc: Doc, actors: SentenceActors, cues: Cues) -> set[Any]:
    """Actors the sentence credits ("to his credit", "X's credit"): never blamed in it."""
    credited = set()
    for token in tokens(doc):
        if token.lemma_.lower() in cues.credit:
            for child in token.children:
                if child.dep_ == "poss":
                    referent = actors.of_token(child)
                    if referent is not None:
                        credited.add(referent.actor)
    return credited
