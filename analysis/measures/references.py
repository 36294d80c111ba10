"""Which actor a word names or stands for, in a sentence and its paragraph.

Actor mentions come from the actor dictionary (``actors.ActorDictionary.find``), in character
offsets of the sentence; a parsed sentence is one spaCy document, so ``token.idx`` is an
offset into the same text. A pronoun or a short reference ("the minister") is resolved from
the paragraph so far (``ParagraphContext``): the nearest earlier actor of a compatible kind,
the previous sentence's subject first; a short reference, the actor last given that role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from .actors import Actor, Mention
from .grammar import in_subject, phrase_tokens, quantified, with_partners

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Pronouns by the kind of actor they can stand for ("thing": a state, institution or body
# spoken of in the singular; "group": anything spoken of in the plural).
PRONOUN_KINDS = {"he": "person", "him": "person", "his": "person", "she": "person",
                 "her": "person", "hers": "person", "himself": "person", "herself": "person",
                 "it": "thing", "its": "thing", "itself": "thing",
                 "they": "group", "them": "group", "their": "group", "theirs": "group"}
# Pronouns that stand only for two or more actors together: "Arcline and the council … both
# have refused to talk", "… and neither has put a single bus back on the road".
COLLECTIVE_PRONOUNS = {"both", "neither"}
# Which actor kinds (actors.toml) each pronoun kind may refer to.
COMPATIBLE_KINDS = {"person": {"person"}, "thing": {"state", "institution"},
                    "group": {"state", "institution", "collective", "person"}}

class Named(NamedTuple):
    """An actor as the text names it ("Mikhail Fedorov", "the Kremlin")."""

    actor: Actor
    name: str


class Referent(NamedTuple):
    """An actor as it appears in one sentence: a mention, or a pronoun resolved to one.
    ``text``, ``start`` and ``end`` are the words in this sentence; ``name`` is how the
    paragraph named the actor (the mention itself, or a pronoun's antecedent)."""

    actor: Actor
    text: str
    start: int
    end: int
    name: str


@dataclass
class ParagraphContext:
    """What the paragraph has said so far: the actors named, most recent last, and the
    previous sentence's subject, for resolving pronouns; the last speaker quoted."""

    seen: list[Named] = field(default_factory=list)
    previous_subject: Named | None = None
    # Each actor of the previous subject when it was a coordination ("Brussels and
    # Washington met."): a plural pronoun next ("They did nothing.") stands for all of them.
    previous_partners: tuple[Named, ...] = ()
    # The paragraph's previous sentence, parsed, for a sentence that completes it: "It is
    # Europe." after "The impediment is not Russia."; "Brussels did." after "Who cut the grant?".
    previous_sentence: Doc | None = None
    # The actors the previous sentence itself was about (its subject's), none when its
    # subject named no actor: whose act "That is negligence." judges.
    previous_topics: tuple[Named, ...] = ()
    # The ids of the actors the writer has blamed so far in the paragraph, and their groups
    # (but "other", whose members have nothing in common), whose acts told next may continue
    # the charge ("It filed the report and went home."; "The league failed the players. Its
    # secretary-general issued a statement and flew to a summit.").
    blamed_so_far: set[str] = field(default_factory=set)
    groups_blamed_so_far: set[str] = field(default_factory=set)
    # (speaker, named source, actor group) of the paragraph's latest attributed quotation.
    last_speaker: tuple[str, str, str] | None = None
    # The latest proper name that was a subject, actor or not ("Ilona Marsh spoke first."),
    # for a "she said" that the actor dictionary cannot resolve.
    last_named_subject: str | None = None
    # Role nouns the paragraph has given its actors ("defense minister Mikhail Fedorov",
    # "Fedorov, the minister"), for a short reference next ("The minister then …").
    roles: dict[str, Named] = field(default_factory=dict)
    # The ids of the actors the paragraph has reported someone blaming so far, for a later
    # "She is right about Calloway." in which the writer adopts that blame.
    reported_targets: set[str] = field(default_factory=set)
    # (holder, target actor id) of each blame the previous sentence reported, for a "She is
    # right." next in which the writer adopts it.
    previous_reports: tuple[tuple[str, str], ...] = ()
    # The names of the actors the previous sentence says told the truth ("The speech by
    # Zelensky laid out the truth."): a quotation of theirs next is the writer's evidence.
    vouched_speakers: set[str] = field(default_factory=set)

    def resolve(self, pronoun: str) -> Named | None:
        """The actor ``pronoun`` most likely stands for, or None when none fits."""
        kind = PRONOUN_KINDS.get(pronoun.lower())
        if kind is None:
            return None
        allowed = COMPATIBLE_KINDS[kind]
        if self.previous_subject is not None and self.previous_subject.actor.kind in allowed:
            return self.previous_subject
        return next((named for named in reversed(self.seen) if named.actor.kind in allowed), None)

    def resolve_plural(self, pronoun: str) -> tuple[Named, ...]:
        """The coordinated actors a plural pronoun stands for, or () when it is not plural or
        the previous subject was not a coordination of compatible actors."""
        if PRONOUN_KINDS.get(pronoun.lower()) != "group" and pronoun.lower() not in COLLECTIVE_PRONOUNS:
            return ()
        allowed = COMPATIBLE_KINDS["group"]
        partners = self.previous_partners
        return partners if all(named.actor.kind in allowed for named in partners) else ()

    def resolve_role(self, noun: Token) -> Named | None:
        """The actor a short reference ("the minister") stands for: the one the paragraph
        last gave that role noun."""
        if noun.tag_ != "NN" or not any(child.dep_ == "det" and child.lower_ == "the"
                                        for child in noun.children):
            return None
        return self.roles.get(noun.lemma_.lower())

    def remember(self, named: Sequence[Named], subjects: Sequence[Named]) -> None:
        """Record the sentence's actors and its subject's (each of a coordination); with no
        subject actor, the previous subject stays the topic."""
        for entry in named:
            self.seen = [seen for seen in self.seen if seen.actor != entry.actor]
            self.seen.append(entry)
        if subjects:
            self.previous_subject = subjects[0]
            self.previous_partners = tuple(subjects) if len(subjects) > 1 else ()


class SentenceActors:
    """The actors of one parsed sentence: which token belongs to which mention, and the
    referents of any token (its mention, a resolved pronoun, or the names in its phrase)."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], context: ParagraphContext):
        self.doc = doc
        self.context = context
        self.by_token: dict[int, Mention] = {}
        self._referents: dict[int, Referent | None] = {}
        for mention in mentions:
            # every token the mention's characters overlap
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                self.by_token[i] = mention

    def of_token(self, token: Token) -> Referent | None:
        """The actor the token itself names or stands for."""
        # Asked of every word for the paragraph's memory and again by many rules; the
        # paragraph's context changes only after the sentence is read.
        if token.i not in self._referents:
            self._referents[token.i] = self._referent(token)
        return self._referents[token.i]

    def _referent(self, token: Token) -> Referent | None:
        mention = self.by_token.get(token.i)
        if mention is not None:
            return Referent(mention.actor, mention.text, mention.start, mention.end,
                            _bare_name(mention.text))
        if token.pos_ == "NOUN":
            named = self.context.resolve_role(token)
            return None if named is None else Referent(named.actor, token.text, token.idx,
                                                       token.idx + len(token), named.name)
        if token.pos_ != "PRON" or token.lower_ not in PRONOUN_KINDS:
            return None
        named = (self._earlier_subject(token) or self.context.resolve(token.text)
                 or self._earlier_mention(token))
        if named is not None:
            return Referent(named.actor, token.text, token.idx, token.idx + len(token), named.name)
        return None

    def _plural_antecedents(self, token: Token) -> list[Referent]:
        """"Brussels and Washington met. They did nothing." and "Brussels and Washington
        signed it, and they waved it through.": both, for "they" (and for "both")."""
        if token.i in self.by_token or token.pos_ != "PRON":
            return []
        end = token.idx + len(token)
        plural = PRONOUN_KINDS.get(token.lower_) == "group" or token.lower_ in COLLECTIVE_PRONOUNS
        partners = self._earlier_coordinated_subject(token) if plural else []
        if not partners and token.lower_ not in COLLECTIVE_PRONOUNS and self._earlier_subject(token):
            return []
        return [Referent(named.actor, token.text, token.idx, end, named.name)
                for named in partners or self.context.resolve_plural(token.text)]

    def _earlier_coordinated_subject(self, pronoun: Token) -> list[Named]:
        """The actors of the nearest coordinated subject earlier in the sentence, when they
        are two or more."""
        for token in reversed(self.doc[:pronoun.i]):
            if token.i in self.by_token and in_subject(token):
                mentions = [self.by_token[partner.i] for partner in with_partners(token) if partner.i in self.by_token]
                actors = {mention.actor for mention in mentions}
                if len(actors) < 2:
                    return []
                return [Named(mention.actor, _bare_name(mention.text)) for mention in
                        dict((mention.actor, mention) for mention in mentions).values()]
        return []

    def _earlier_subject(self, pronoun: Token) -> Named | None:
        """A compatible actor named as a subject earlier in the same sentence ("When
        Fedorov set his goals, he said …")."""
        return self._earlier_named(pronoun, subjects_only=True)

    def _earlier_mention(self, pronoun: Token) -> Named | None:
        """The nearest compatible actor named earlier in the same sentence in any role, for a
        pronoun the paragraph so far cannot resolve ("... stop offering Putin advantages that
        encourage him to continue the war", opening a paragraph)."""
        return self._earlier_named(pronoun, subjects_only=False)

    def _earlier_named(self, pronoun: Token, subjects_only: bool) -> Named | None:
        allowed = COMPATIBLE_KINDS[PRONOUN_KINDS[pronoun.lower_]]
        for token in reversed(self.doc[:pronoun.i]):
            mention = self.by_token.get(token.i)
            if mention is not None and mention.actor.kind in allowed and (not subjects_only or in_subject(token)):
                return Named(mention.actor, _bare_name(mention.text))
        return None

    def of_each(self, noun: Token) -> list[Referent]:
        """The actors a noun phrase and each phrase coordinated with it name ("Washington
        and Brussels"), leaving out denied ones ("the regime, not the opposition")."""
        return [referent for partner in with_partners(noun) for referent in self.of_phrase(partner)]

    def of_phrase(self, head: Token) -> list[Referent]:
        """The actors a noun phrase names: its head's, else those of its own modifiers
        (compound, possessor, apposition), nearest first; never those of its prepositional
        phrases or clauses ("the head of the council" names no actor as its doer)."""
        head = quantified(head)
        if head.lower_ in COLLECTIVE_PRONOUNS and head.pos_ == "PRON":
            return self._plural_antecedents(head)
        own = self.of_token(head)
        if own is not None:
            return self._plural_antecedents(head) or [own]
        found: list[Referent] = []
        for token in phrase_tokens(head):
            referent = self.of_token(token)
            if referent is not None and referent.actor not in {r.actor for r in found}:
                found.append(referent)
        return found[:1]


def role_nouns(actors: SentenceActors) -> dict[str, Named]:
    """Role nouns the sentence gives its named actors: a title or description before the
    name ("President Putin", "Kremlin fixer Kirill Dmitriev"), in
    apposition ("Mikhail Fedorov, the defense minister"; "the defense minister, Mikhail
    Fedorov") or possessed ("Pellworth's board", whether the actors file names "Pellworth's"
    or "Pellworth's board"), so that "the board" later stands for Pellworth."""
    roles: dict[str, Named] = {}
    doc = actors.doc
    for i, mention in actors.by_token.items():
        head = doc[i]
        if actors.by_token.get(head.head.i) is mention and head.head.i != head.i:
            continue  # not the mention's head word
        named = Named(mention.actor, _bare_name(mention.text))
        described = [child for child in head.children if child.dep_ in {"compound", "appos"}]
        if head.dep_ == "appos":
            described.append(head.head)
        if head.dep_ == "poss" and head.head.tag_ == "NN":
            described.append(head.head)
        if head.tag_ == "NN" and any(child.dep_ == "poss" for child in head.children):
            described.append(head)
        for noun in described:
            if noun.pos_ in {"NOUN", "PROPN"}:
                roles[noun.lemma_.lower()] = named
    return roles


def _bare_name(mention: str) -> str:
    """A mention without its possessive ending: "Putin" of "Putin's"."""
    for ending in ("'s", "’s", "'", "’"):
        if mention.endswith(ending):
            return mention[: -len(ending)]
    return mention
