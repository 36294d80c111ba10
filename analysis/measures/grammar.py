"""Who does what in a parsed sentence: doers, coordination, clefts (negation is ``negation``).

Shared by blame and speakers; reported speech and quotation marks are ``reports``, and what a
clause asserts (conditions, counterfactuals, advice, modals) is ``modality``. Everything
here reads spaCy's dependency labels (ClearNLP style, as ``en_core_web_sm`` 3.8 produces them:
nsubj, nsubjpass, agent, dobj, ccomp, xcomp, relcl, acl, conj, neg, mark, aux, poss, compound,
amod, appos, attr, acomp, prep, pobj). Which actor a word names or stands for is
``references``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .negation import (  # re-exported: the rules read them as grammar.is_negated and so on
    NOBODY_WORDS,
    SUBJECT_DEPS,
    WILL_NOUNS,
    is_denied,
    is_forgone,
    is_negated,
    names_none,
)
from .parsing import per_token, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
# What a passive's "by" may measure rather than name a doer with: "cut by a third".
AMOUNT_NOUNS = {"half", "third", "quarter", "fifth", "tenth", "cent", "percent", "%", "point", "margin"}
# What one has a thing done by: "on the instructions of", "at the request of", "on his orders".
INSTRUCTION_NOUNS = {"instruction", "order", "insistence", "behest", "request", "direction", "command", "urging"}
WRITER_PRONOUNS = {"i", "we", "me", "us", "my", "our"}
# What the writer calls the piece itself: "Whatever else this column says, …".
OWN_PIECE_NOUNS = {"column", "article", "piece", "essay"}
# Dependents that belong to a noun's own phrase (its name, titles, possessor), as opposed to
# prepositional phrases and clauses about something else.
PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "appos", "flat", "det", "nummod", "case"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
QUANTIFIERS = {"many", "some", "most", "all", "none", "several", "few", "each", "one", "both",
               "half", "much", "any", "either", "neither", "number", "handful"}
# "Did anyone at the ministry ask …?": whoever, in the group a preposition names.
ANY_MEMBER_WORDS = {"anyone", "anybody"}
# "nobody at the league", "none of the trustees", "no one in the cabinet": the group meant.
GROUP_PREPOSITIONS = {"of", "at", "in", "on", "from"}
# Adjectives of "it is easy to …", whose "it" stands for the act, not for its doer (unlike
# "it is unable to pay").
EXPLETIVE_ADJECTIVES = {"easy", "hard", "difficult", "tempting", "unfair", "fair", "wrong", "right",
                        "possible", "impossible", "important", "necessary", "convenient", "absurd",
                        "foolish", "reasonable", "pointless", "useless", "natural", "understandable",
                        "tempting", "unjust", "just", "cheap", "lazy"}
# What an act may be done against: "against the ambulance service's written advice", "over
# the objections of every housing body", "despite repeated warnings".
OVERRIDING_PREPOSITIONS = {"against", "over", "despite"}
ADVICE_NOUNS = {"advice", "warning", "objection", "recommendation", "protest", "plea", "appeal"}
# Verbs whose object noun names an act of their subject's: "made the mistake of trusting",
# "managed the feat of doing nothing".
LIGHT_VERBS = {"make", "take", "manage", "pull", "commit"}
CONTROL_VERBS_WITH_OBJECT = {"force", "persuade", "allow", "let", "order", "urge", "ask", "tell",
                             "pressure", "push", "compel", "encourage", "help", "prompt", "lead",
                             "cause", "convince", "enable"}
# Objects with which "do" stands for an act named before ("did it again", "did that").
ACTS_REFERRED_TO = {"it", "that", "this", "so"}
# Verbs whose object acts on the subject's orders: the subject answers for the act.
COMMANDING_VERBS = {"order", "instruct", "direct", "tell", "force", "compel", "pressure", "press", "push"}
# "… knew the village had a school, and fired anyway": an act done in spite of what its doer
# knew or was told.
DEFIANT_ADVERBS = {"anyway", "regardless", "anyhow", "nonetheless", "nevertheless"}
# Verbs of carrying on with a plan: "went ahead", "pressed ahead".
PROCEEDING_VERBS = {"go", "press", "push", "forge", "plough", "plow", "steam"}
KNOWING_VERBS = {"know", "warn", "tell", "advise", "caution", "alert", "read", "hear", "realise",
                  "realize", "understand"}


def in_subject(token: Token) -> bool:
    """The token belongs to a subject's phrase (the subject, its names and appositions)."""
    node = token
    while node.dep_ in PHRASE_DEPS and node.head.i != node.i:
        node = node.head
    return node.dep_ in SUBJECT_DEPS | {"nsubjpass"}


def is_the_writer(holder: Token) -> bool:
    """The one who holds a view is the writer: "I", "we", "my", "this column", or "the rest of
    us" (the writer with the readers, against the one quoted: "Orellana calls this a
    partnership; the rest of us would call it asset-stripping")."""
    return holder.lower_ in WRITER_PRONOUNS or (holder.lemma_.lower() in OWN_PIECE_NOUNS and any(
        child.dep_ == "det" and child.lower_ == "this" for child in holder.children)) or _rest_of_us(holder)


def _rest_of_us(holder: Token) -> bool:
    return holder.lower_ == "rest" and any(prep.lower_ == "of" and any(pobj.lower_ == "us" for pobj in prep.children)
                                           for prep in holder.children)


def phrase_tokens(head: Token, skip: frozenset[str] | set[str] = frozenset()) -> Iterator[Token]:
    """The words of a noun phrase's own modifiers (``PHRASE_DEPS``), leaving out an apposition
    the phrase denies ("theirs, not the mayor's")."""
    for child in head.children:
        if child.dep_ in PHRASE_DEPS and child.dep_ not in skip and not (child.dep_ == "appos" and is_denied(child)):
            yield child
            yield from phrase_tokens(child, skip)


def doers(verb: Token) -> list[Token]:
    """The tokens that do what ``verb`` says: its subject, the agent of a passive, the noun
    a relative clause or participle describes, or the subject it shares with the verb it
    continues ("wants to destroy", "ordered and bombed"); each with its coordinated
    partners. Never an object or the subject of a passive (the patient)."""
    agents = [pobj for child in verb.children if child.dep_ == "agent" and not is_denied(child)
              for pobj in child.children if pobj.dep_ == "pobj"  # "by ministers, not by the chief"
              and not _amount(pobj)]
    owing = owed_by(verb) if verb.lemma_ == "deserve" else []
    passive = any(child.dep_ in {"nsubjpass", "csubjpass"} for child in verb.children)
    if owing:
        found = owing  # "the players deserve better from X": X owes them better
    elif agents:
        found = agents
    elif passive:
        # "they are owed an apology by X": the parse hangs the agent on the object
        found = [pobj for obj in verb.children if obj.dep_ == "dobj" for prep in obj.children
                 if prep.dep_ == "prep" and prep.lower_ == "by"
                 for pobj in prep.children if pobj.dep_ == "pobj"] or instructed_by(verb)
    else:
        found = _active_doers(verb)
    # "no fire service on earth stops …" names no doer; "nobody at the league" named its group
    return [partner for token in found if not names_none(token) for partner in with_partners(token)]


def _amount(pobj: Token) -> bool:
    """"by a third", "by 40 per cent", "by £2m": how much, not by whom."""
    return pobj.pos_ == "NUM" or pobj.lemma_.lower() in AMOUNT_NOUNS or any(
        child.dep_ == "nummod" for child in pobj.children)


def instructed_by(verb: Token) -> list[Token]:
    """Who had a passive act done: "was cut by a third on the instructions of Minister Crane",
    "were taped off at the sponsor's request", "on his orders" (``INSTRUCTION_NOUNS``)."""
    amounts = [pobj for agent in verb.children if agent.dep_ == "agent" for pobj in agent.children if _amount(pobj)]
    # the parse may hang the order on the amount: "cut by 40 per cent on Putin's orders"
    preps = [prep for head in (verb, *amounts) for prep in head.children
             if prep.dep_ == "prep" and prep.lower_ in {"on", "at", "under"}]
    orders = [pobj for prep in preps for pobj in prep.children
              if pobj.dep_ == "pobj" and pobj.lemma_.lower() in INSTRUCTION_NOUNS]
    return [giver for order in orders for giver in
            [*(child for child in order.children if child.dep_ == "poss" and child.lower_ not in {"its", "their"}),
             *(pobj for of in order.children if of.dep_ == "prep" and of.lower_ == "of"
               for pobj in of.children if pobj.dep_ == "pobj")]]


def _active_doers(verb: Token) -> list[Token]:
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "pcomp" and is_forgone(verb):
        return _active_doers(verb.head.head)  # "Instead of fixing the pipes, Greyhaven hired …"
    listed = _listed_before(verb) if not subjects else None
    if listed is not None:
        return _active_doers(listed)
    if subjects:
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            put = _put_forward(verb.head)
            copula = put.head
            if put.dep_ in {"attr", "acomp", "nsubj"} and put.lower_ != "it" and _is_cleft(copula):
                # "Nor was it BAH that cancelled …": the parse may hang a cleft's clause on
                # the one it puts forward
                return [] if is_negated(copula) else [put]
            return [verb.head]
        if subject.lower_ in RELATIVE_PRONOUNS and (
                (verb.dep_ == "ccomp" and verb.head.lemma_ == "be")
                or (verb.dep_ == "conj" and _is_cleft(verb.head))):
            return _clefted(verb.head)  # the parse may hang a cleft's clause on the copula
        below = _cleft_below(verb) if subject.lower_ in RELATIVE_PRONOUNS else None
        if below is not None:
            return _clefted(below)
        return [quantified(subject)]
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return [verb.head]
    if verb.dep_ in {"csubj", "nsubj"} and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp":
        # "Putin knows that playing for time puts him onside": the knower plays.
        return _active_doers(verb.head.head)
    if verb.dep_ == "acl":
        # "Putin's desire to hurt …": the one whose desire, plan or decision it is.
        return _owners(verb.head, verb)
    if verb.dep_ in {"xcomp", "pcomp"} and verb.head.pos_ not in {"VERB", "AUX"}:
        return _governing_doers(verb)
    if verb.dep_ == "xcomp" and is_expletive_frame(verb.head):
        return []  # "it is easy to mock a fraud unit": anyone's act
    if verb.dep_ == "xcomp":
        objects = [child for child in verb.head.children if child.dep_ == "dobj"]
        if objects and verb.head.lemma_ in CONTROL_VERBS_WITH_OBJECT:
            return objects
        patients = [child for child in verb.head.children if child.dep_ == "nsubjpass"]
        return patients or _active_doers(verb.head)
    if verb.dep_ in {"conj", "dep"} and verb.head.pos_ in {"VERB", "AUX"}:
        if verb.head.lemma_ == "be" and _participle_after_copula(verb):
            return []  # "he was dead, shot twice in the chest": what was done to him
        patients = [child for child in verb.head.children if child.dep_ == "nsubjpass"]
        if patients and verb.tag_ in FINITE_TAGS:
            # "The council was warned but failed to act": a finite verb after a passive is
            # done by the passive's subject ("was signed and scrapped" stays passive).
            return [quantified(patients[0])]
        return _active_doers(verb.head)
    if verb.dep_ == "advcl" and _is_nonfinite(verb):
        # "…, allowing Russia to …", "… to hurt …": a participle or infinitive clause
        # shares the subject of the clause it hangs from.
        return doers(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else []
    return []


def _listed_before(verb: Token) -> Token | None:
    """"The authority filed it, acknowledged receipt and did nothing else": the parse may take
    a list of acts for a report, hanging the first act, with the subject, on the second as
    its complement; that first act, when the verb has no subject of its own and a comma
    closes the act before it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    return next((child for child in verb.children if child.dep_ == "ccomp" and child.i < verb.i
                 and any(word.dep_ in SUBJECT_DEPS for word in child.children)
                 and child.right_edge.i + 1 < verb.i and verb.doc[child.right_edge.i + 1].text == ","),
                None)


def _owners(noun: Token, clause: Token) -> list[Token]:
    """Whose desire, plan or decision ``noun`` is, for the infinitive ``clause`` it takes: its
    possessor ("Putin's plan to starve the city"), else, before an active infinitive, the
    words naming it ("the Russian effort to destroy the grid", "the Kremlin plan to …"). A
    participle's noun is often its victim ("the Ukrainian cities bombed overnight"), so there
    the possessor alone counts."""
    possessors = [child for child in noun.children if child.dep_ == "poss"]
    active_infinitive = (any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
                         and not any(child.dep_ == "auxpass" for child in clause.children))
    if possessors or not active_infinitive:
        return possessors
    return [child for child in noun.children if child.dep_ in {"amod", "compound"}] or _will_holders(noun)


def _is_cleft(copula: Token) -> bool:
    """"It was X that …": a copula whose subject is an empty "it"."""
    return copula.lemma_ == "be" and any(child.dep_ == "nsubj" and child.lower_ == "it"
                                         for child in copula.children)


def _put_forward(noun: Token) -> Token:
    """The one a cleft puts forward when the parse hangs its clause on the denied other: "It
    was the director, not the council, who chose …" ("council" -> "director")."""
    if noun.dep_ == "appos" and is_denied(noun) and noun.head.dep_ == "attr" and _is_cleft(noun.head.head):
        return noun.head
    return noun


def _cleft_below(verb: Token) -> Token | None:
    """The copula of "It is the federation, not the sponsor, that had the power …", which the
    parse may hang under the cleft's own clause ("had"), before it."""
    return next((child for child in verb.children if child.dep_ == "ccomp" and child.i < verb.i
                 and _is_cleft(child)), None)


def _clefted(copula: Token) -> list[Token]:
    """"It was Greyhaven that dumped the spoil": the one the cleft puts forward, unless the
    cleft is denied ("It is not the union that walked out")."""
    if is_negated(copula):
        return []
    return [child for child in copula.children if child.dep_ == "attr"]


def is_contrastive_cleft(verb: Token) -> bool:
    """The verb is the clause of a cleft that puts one doer forward against a denied other:
    "It was Vale Water, not the farmers, that made those children ill"."""
    put = _cleft_focus(verb)
    # the denied other may hang on the last of coordinated doers: "the council and the
    # ministers, not the company, that …"
    return put is not None and any(is_denied(other) for partner in [put, *put.conjuncts]
                                   for other in partner.children if other.dep_ in {"appos", "conj"})


def _cleft_focus(verb: Token) -> Token | None:
    """The one an affirmed cleft puts forward when the verb is the cleft's clause ("It was Vale
    Water that made those children ill": "Vale Water"), else None."""
    subject = next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
        return None
    copula = _put_forward(verb.head).head if verb.dep_ == "relcl" else _cleft_below(verb) or verb.head
    put = _put_forward(verb.head) if verb.dep_ == "relcl" else next(
        (child for child in copula.children if child.dep_ == "attr"), None)
    if put is None or put.dep_ != "attr" or not _is_cleft(copula) or is_negated(copula):
        return None
    return put


def corrected_cleft(copula: Token) -> tuple[Token, Token] | None:
    """"It is not Marrick that set the price; it is the ministry.": the one an affirmed cleft
    without a clause of its own puts forward after a denied cleft of an act in the same
    sentence, and that act ("set"); else None."""
    put = next((child for child in copula.children if child.dep_ == "attr"), None)
    if put is None or not _is_cleft(copula) or is_negated(copula) or cleft_clause(copula) is not None:
        return None
    acts = [cleft_clause(token) for token in copula.doc[:copula.i]
            if token.lemma_ == "be" and _is_cleft(token) and is_negated(token)]
    act = next((act for act in acts if act is not None), None)
    return None if act is None else (put, act)


def cleft_clause(copula: Token) -> Token | None:
    """The clause of a cleft ("It was X that dumped the spoil": "dumped"), which the parse
    hangs on the one put forward or on the copula."""
    put = next((child for child in copula.children if child.dep_ == "attr"), None)
    clauses = [child for child in put.children if child.dep_ == "relcl"] if put is not None else []
    clauses += [child for child in copula.children if child.dep_ in {"ccomp", "conj", "relcl"}
                and any(subject.dep_ in SUBJECT_DEPS and subject.lower_ in RELATIVE_PRONOUNS
                        for subject in child.children)]
    return clauses[0] if clauses else None


def owed_by(verb: Token) -> list[Token]:
    """"deserve better from X": X (its partners are added by ``doers``)."""
    better = [child for child in verb.children if child.lower_ == "better"]
    return [pobj for word in [verb, *better] for prep in word.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _governing_doers(verb: Token) -> list[Token]:
    """The doer of a verb that completes an adjective or a noun: the subject of "is not
    willing to sign", "is not interested in stopping"; the possessor of "Putin's tool for
    continuing the invasion"."""
    node = verb.head
    if node.dep_ == "acomp" and is_expletive_frame(node.head):
        return []  # "it would be unfair to pretend": anyone's act
    while node.dep_ in {"prep", "acomp", "pcomp", "xcomp", "amod"} and node.head.i != node.i:
        if node.pos_ in {"NOUN", "PROPN"}:
            break
        node = node.head
    if node.pos_ in {"VERB", "AUX"}:
        # "accuses Kyiv of sabotaging", "blamed the council for wasting": the object does it.
        objects = [child for child in node.children if child.dep_ == "dobj"]
        return objects or _active_doers(node)
    if node.pos_ in {"NOUN", "PROPN"}:
        return [child for child in node.children if child.dep_ == "poss"] or _will_holders(node)
    return []


def is_expletive_frame(copula: Token) -> bool:
    """"it is easy (to …)", "it would be unfair (to …)": a copula whose "it" stands for the act
    its infinitive names (``EXPLETIVE_ADJECTIVES``); "it is a scandal that they have to exist":
    one whose "it" stands for the clause after it."""
    if copula.lemma_ != "be" or not any(child.dep_ == "nsubj" and child.lower_ == "it" for child in copula.children):
        return False
    return any((child.dep_ == "acomp" and child.lemma_.lower() in EXPLETIVE_ADJECTIVES)
               or (child.dep_ == "ccomp" and child.i > copula.i
                   and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in child.children))
               for child in copula.children)


def _will_holders(noun: Token) -> list[Token]:
    """Whose will or effort an object noun of ``WILL_NOUNS`` is, or the object of a light verb
    (``LIGHT_VERBS``): the subject of "Putin has no intention of stopping", "the ministry made
    no effort to help", "managed the rare feat of doing nothing"; not of "criticised the plan
    to close"."""
    if noun.dep_ != "dobj" or (noun.lemma_.lower() not in WILL_NOUNS and noun.head.lemma_ not in LIGHT_VERBS):
        return []
    return _active_doers(noun.head)


def _participle_after_copula(verb: Token) -> bool:
    """"was dead, shot twice": a participle after a copula and a comma, without an "and" (the
    tagger may read it as a past tense); "was ruthless and killed thousands" coordinates acts."""
    joined = any(child.dep_ == "cc" and child.i < verb.i for child in verb.head.children)
    return (verb.tag_ in {"VBN", "VBD"} and not joined
            and not any(child.dep_ in {"aux", "nsubj", "nsubjpass"} for child in verb.children))


def _is_nonfinite(verb: Token) -> bool:
    return verb.tag_ in {"VBG", "VB"} and not any(child.dep_ == "mark" for child in verb.children)


def answerable(verb: Token) -> list[Token]:
    """Who answers for the act: its doers, except that an act done on someone's orders is
    the one who ordered it ("ordered the regulator to shelve the rules": the ministry)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ in COMMANDING_VERBS and any(
            child.dep_ == "dobj" for child in verb.head.children):
        return doers(verb.head)
    return doers(verb)


def is_elliptical_do(verb: Token) -> bool:
    """"…; the union did.", "Brussels did.", "The state government did, under a minister …",
    "Then they did it again.", "Pelican did that.": a "do" with no object but a pronoun, no
    complement or auxiliary of its own, standing for an earlier verb (a phrase of time or
    circumstance may go with it; "should have done so" is a missed duty)."""
    return verb.lemma_ == "do" and not any(
        child.dep_ in {"xcomp", "acomp", "attr", "aux"}
        or (child.dep_ == "dobj" and child.lower_ not in ACTS_REFERRED_TO) for child in verb.children)


def done_despite_knowing(verb: Token, previous: Doc | None = None) -> Token | None:
    """"anyway" in "The army knew the village had a school, and fired anyway", "was warned,
    and went ahead regardless", "Its engineers warned … The trust dredged anyway.": the
    adverb, when a verb of knowing or warning comes before, in the sentence or the one before
    it; "ahead" in "read both letters, filed them and pressed ahead" likewise."""
    adverb = next((child for child in verb.children if child.dep_ == "advmod" and child.i > verb.i
                   and (child.lower_ in DEFIANT_ADVERBS
                        or (child.lower_ == "ahead" and verb.lemma_ in PROCEEDING_VERBS))), None)
    if adverb is None:
        return None
    before = [*(previous if previous is not None else []), *verb.doc[:verb.i]]
    return adverb if any(token.lemma_ in KNOWING_VERBS for token in before) else None


def done_against_advice(verb: Token) -> Token | None:
    """"closed by the organiser … against the ambulance service's written advice", "imposed
    over the objections of every housing body", "went ahead despite the warnings": the
    advice, warning or objection overridden."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in OVERRIDING_PREPOSITIONS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ADVICE_NOUNS and not names_none(pobj):
                return pobj
    return None


@per_token
def quantified(subject: Token) -> Token:
    """"many of its politicians" stands for the politicians; "nobody at the league" (whose
    clause ``is_negated``) and "anyone at the ministry" for the league and the ministry."""
    prepositions = GROUP_PREPOSITIONS if names_none(subject) or subject.lower_ in ANY_MEMBER_WORDS else {"of"}
    if subject.lower_ in QUANTIFIERS | NOBODY_WORDS | ANY_MEMBER_WORDS:
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in prepositions:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return subject


def with_partners(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Washington and Brussels"), leaving out
    those the sentence denies ("the regime, not the opposition")."""
    partners = [token] + [conj for conj in token.conjuncts if conj.i > token.i]
    if token.dep_ == "pobj":  # "nobody at the agency or in the ministry", "by X and by Y"
        partners += [pobj for prep in token.head.conjuncts if prep.i > token.i
                     for pobj in prep.children if pobj.dep_ == "pobj"]
    partners += [child for child in token.children if child.dep_ == "appos"
                 and child.pos_ in {"PROPN", "NOUN"}]
    return [partner for partner in partners if not is_denied(partner)]


def phrase_text(head: Token) -> str:
    """The words of a noun's own phrase (determiner, titles, names), without appositions,
    prepositional phrases or clauses: "Pavel Kirov" of "Pavel Kirov, a fisherman, said"."""
    tokens = [head] + [token for token in phrase_tokens(head, skip={"appos"})]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return head.doc[start:end].text


def sentence_subject(doc: Doc) -> Token | None:
    """The main clause's subject."""
    for token in tokens(doc):
        if token.dep_ == "ROOT":
            return next((child for child in token.children if child.dep_ in SUBJECT_DEPS
                         or child.dep_ == "nsubjpass"), None)
    return None
