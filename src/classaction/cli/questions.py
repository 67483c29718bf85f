"""The interview's words, gathered from each fact's declaration (records/claim.py, FactSpec):
its question to the person ("Did you take {item}?") and to someone answering for another, its
options, and the statements that close a list. What an action says beyond them (the rule a
question serves) is its bundle's (:class:`classaction.engine.bundle.InterviewWords`). Read by
:mod:`classaction.cli.interview`."""

from __future__ import annotations

from typing import Any

from ..records.claim import RELATIVES
from ..records.items import specs
from .said import Choice

# The statements that close a list the claimant cannot know in full.
_FACE_STATEMENT = "/statements/unlisted_collected_photograph_depicts_claimant"
_RIGHTS_STATEMENT = "/statements/holds_rights_in_unlisted_collected_photograph"
_PHOTO_STATEMENTS = (_FACE_STATEMENT, _RIGHTS_STATEMENT)
_USE_STATEMENT = "/statements/rcmp_used_unlisted_photograph_of_claimant"
_STATEMENTS = (*_PHOTO_STATEMENTS, _USE_STATEMENT)
# A statement that a photograph of the face was posted publicly, not listed (MDL-2967 reads it).
_POSTED_STATEMENT = "/statements/unlisted_photograph_of_claimant_posted_publicly"


_SHAPES = {"police_use": "use"}


def _declared(words: str) -> dict[str, Any]:
    """One kind of a fact's declared words, by "shape.field" ("photograph.author")."""
    return {
        f"{_SHAPES.get(section, section)}.{name}": getattr(spec, words)
        for section, facts in specs().items() for name, spec in facts.items()
        if getattr(spec, words)
    }


# The questions in plain words: (to the person answering about themselves, about the
# claimant), declared with each fact (records/claim.py, FactSpec.plain). "{item}" names the
# photograph, transfer or use. A fact without them is asked in its question's words.
_WORDS: dict[str, tuple[str, str]] = _declared("plain")
# The question of a date's side of one day, in the same two ways (FactSpec.side_plain).
_SIDE_WORDS: dict[str, tuple[str, str]] = _declared("side_plain")
# The options of a choice, in words (FactSpec.options).
_CHOICES: dict[str, tuple[Choice, ...]] = _declared("options")
# The question when the claimant took the photograph (FactSpec.plain_author), and a
# statement's question while its list is empty (FactSpec.plain_first).
_AUTHOR_WORDS: dict[str, tuple[str, str]] = _declared("plain_author")
_FIRST_WORDS: dict[str, tuple[str, str]] = _declared("plain_first")
# A question that presupposes another answer than "yes" to the one it comes after.
_PRESUPPOSES_NO = {"end"}  # a period's end presupposes that it is not ongoing

_FOR_WHOM: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("me", "myself", ("me", "i", "mine", "my own", "for me", "for myself", "myself", "just me",
                      "only me", "me myself", "it's for me", "its for me", "it is for me", "i am",
                      "moi", "moi-même", "moi meme", "pour moi")),
    ("living", "another person, who is alive", ("another person", "someone else", "alive")),
    ("dead", "a person who has died",
     ("dead", "died", "deceased", "estate", "passed away", "passed on", "the late", "my late",
      # "my dad he passed in 2016" (a later trial's, "Not understood").
      "he passed", "she passed", "they passed", "who passed", "has passed")),
    # "my bakery" (a later trial's owner was refused it): an organisation named by its trade.
    ("legal", "a company or other organisation",
     ("company", "organisation", "organization", "business", "legal", "my business", "my shop",
      "my store", "my bakery", "my restaurant", "my firm", "my studio", "our shop", "our store",
      "corporation", "incorporated", "charity", "non-profit", "nonprofit", "association",
      "society", "foundation", "partnership",
      # "our real estate agency" (a later trial's broker, taken as a dead person's estate).
      "real estate", "agency", "our agency", "brokerage", "realty", "our firm", "firm")),
)


# What an organisation answering for itself calls itself ("you" in the questions).
_OURSELVES = (
    "we", "we did", "us", "ourselves", "our company", "our organisation", "our organization",
    "our business", "our staff", "our employees", "the company", "the organisation", "the business",
    # Named by its trade ("the bakery", to whom a transfer went: a later trial's, refused).
    *(f"{whose} {trade}" for whose in ("our", "the") for trade in (
        "bakery", "shop", "store", "studio", "restaurant", "firm", "cafe", "salon", "agency")),
)


def _organisation(option: Choice) -> Choice:
    """An option of the claimant's, to an organisation answering for itself: "you (your
    organisation)" rather than "me", what it did being done by its people."""
    value, label, aliases = option
    if value != "claimant":
        return option
    said = {"me": "you (your organisation)", "yes, me": "yes, you (your organisation)",
            "to me": "to you (your organisation)"}
    # "to us obviously" (a later trial's bakery, of to whom a transfer went, refused): as "to me".
    ours = (*_OURSELVES, *(f"to {word}" for word in _OURSELVES)) if label == "to me" else _OURSELVES
    return value, said.get(label, label), (*aliases, "you", *ours)


# Words of one answering for themselves, which, answering for another, name the one answering,
# not the claimant: "me" of a son's answer about his father's photograph is the son.
_FIRST_PERSON = frozenset({
    "i", "i did", "myself", "me myself", "mine", "me", "just me", "only me", "me alone",
    "i took it", "i took them", "i took it myself", "i took them myself", "moi", "moi-même",
})


def _third_person(option: Choice) -> Choice:
    """An option as one answering for another reads it: "the claimant" for "me", with "he did"
    or "her" for it; "me" or "i took it" is the one answering, someone else; "my father" is
    either, and names neither (said._pick asks which)."""
    value, label, aliases = option
    label = label.replace("yes, me", "yes, the claimant").replace("to me", "to the claimant")
    if label == "me":
        label = "the claimant"
    # The claimant as one answering for them says it: "he did", "she did" (a trial's person
    # answering for his father was refused "he did").
    said = ("the claimant", "claimant", "he did", "she did", "they did", "him", "her", "them")
    if value == "claimant":
        # "my phone" is the one answering's too (records/claim.py, negative_owner).
        return value, label, (
            *(a for a in aliases if a not in _FIRST_PERSON and not a.startswith(("my ", "on my "))),
            *said,
        )
    if label == "someone else":
        aliases = tuple(a for a in aliases if a not in RELATIVES) + tuple(sorted(_FIRST_PERSON - {"mine"}))
    return value, label, aliases
