"""The answers: the claim record an interview builds, one fact at a time.

Each answer is put at its JSON Pointer; an answer that contradicts another is refused and
the fact asked again; an answer implies what it settles ("I took it" makes the claimant its
author). The record is valid against the claim schema at every turn.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
from typing import Any

from ..engine.bundle import ActionBundle
from ..engine.core import MissingFact, MissingReason
from ..engine.dates import DateRange, in_words
from ..law.copyright import GROUNDS as _GROUNDS
from ..law.residence import country_name
from ..present.words import ordinal, section
from ..records.claim import CANADA, Claim
from ..records.consistency import consistency_errors
from ..records.convert import structure
from ..records.items import (
    RECORD_HINTS,
    UNLISTED_PHOTOGRAPH,
    UNLISTED_POSTED_PHOTOGRAPH,
    UNLISTED_USE,
)
from .questions import (
    _FACE_STATEMENT,
    _PHOTO_STATEMENTS,
    _RIGHTS_STATEMENT,
    _USE_STATEMENT,
)
from .said import _years_before

# The questions of an item the record mentions but does not describe (records/items.py), with
# the hint of where it goes in a record left out, as a person answering the interview reads them.
# Each as the list of questions gives it after a question that lists none ("Describe the RCMP
# use ...", present/text.py) too.
_UNLISTED_WORDS = tuple(
    (question.replace("Describe any other ", said), words)
    for question, words in (
        (UNLISTED_USE.question.replace(RECORD_HINTS[1], ""),
         "Which photograph of the claimant did the RCMP use, and when?"),
        (UNLISTED_PHOTOGRAPH.question.replace(RECORD_HINTS[0], ""),
         "Name the other photograph Clearview collected, and say what you know of it."),
        (UNLISTED_POSTED_PHOTOGRAPH.question.replace(RECORD_HINTS[0], ""),
         "Name a photograph of the claimant's face posted on a public web page, and say when "
         "it was first posted."),
    )
    for said in ("Describe any other ", "Describe the ")
)

# The record's terms in the words the interview asked with (a trial's person read "the initial
# negative" of a phone selfie, and "an image of their face not listed" of photographs they
# had just named).
_OWN_WORDS = (
    ("the initial negative", "the film or memory card it was first recorded on"),
    (" not listed", " not named"),
)

_AUTHOR_PERIODS = {"author_residence": "residence", "author_citizenship": "citizenship"}


def _period_name(periods: list[dict[str, Any]], history: str, index: int, whose: str) -> str:
    """A period of residence or citizenship as a person calls it: "your time living in Canada",
    "the claimant's citizenship of Canada"; with several in one country, "your second time living
    in Canada", in the order given (the record's "period 2 of residence")."""
    period = periods[index] if index < len(periods) else {}
    country = period.get("country") or CANADA  # none: Canada (schemas/claim.schema.json, period)
    alike = [n for n, p in enumerate(periods) if (p.get("country") or CANADA) == country]
    nth = f"{ordinal(alike.index(index))} " if len(alike) > 1 and index in alike else ""
    if history == "citizenship":
        return f"{whose} {nth}citizenship of {country_name(country)}"
    return f"{whose} {nth}time living in {country_name(country)}"


DONT_KNOW = object()
_WIDTH = 79  # a terminal of 80 columns, less the column the cursor wraps on
_HINT_WIDTH = 64  # the line of a prompt leaves room for the answer typed after it
# A person who answers for themselves is taken to be at least this old: a younger child is
# answered for, as "another person". It makes "were you born by the as-of date?" moot once
# the as-of date lies this far back.
_ANSWERING_AGE = 13
def _shape(pointer: str) -> tuple[str, str]:
    """What a pointer's fact belongs to ("photograph", "transfer", "use", ...) and its field."""
    parts = pointer.strip("/").split("/")
    where = section(parts)
    return ("use" if where == "police_use" else where), parts[-1]


def _parent(pointer: str) -> str:
    """The object a fact's pointer lies in."""
    return pointer.rsplit("/", 1)[0]


def _wrap(text: str, indent: str = "") -> str:
    """Text wrapped to the terminal's width, each line starting with ``indent``."""
    return "\n".join(
        textwrap.fill(
            paragraph, _WIDTH, initial_indent=indent, subsequent_indent=indent,
            break_on_hyphens=False, break_long_words=False,
        )
        for paragraph in text.split("\n")
    )


def _side(fact: MissingFact) -> tuple[dt.date, str]:
    """The one day a date's answer turns on, and its side in words as the engine put it:
    "on or before 8 July 2020" where a rule compared the date with the day before."""
    line = fact.turns_on[0]
    inclusive = f"on or before {in_words(line - dt.timedelta(days=1))}"
    return line, inclusive if inclusive in fact.question else f"before {in_words(line)}"


def _item(pointer: str) -> str:
    """The photograph or police use a fact belongs to ("/photographs/0"); "" for none.

    A transfer's facts belong to its photograph: the interview finishes one photograph,
    transfers included, before the next.
    """
    parts = pointer.strip("/").split("/")
    if parts[0] in ("photographs", "police_uses") and len(parts) > 2 and parts[1].isdigit():
        return f"/{parts[0]}/{parts[1]}"
    return ""


def _closes(pointer: str) -> str:
    """The list a statement (or an item not yet listed) says something beyond: "" for none."""
    if pointer in _PHOTO_STATEMENTS or pointer == "/photographs/-":
        return "photographs"
    if pointer == _USE_STATEMENT or pointer == "/police_uses/-":
        return "police_uses"
    return ""


def _renamed(name: str, match: re.Match[str]) -> str:
    """``name`` ('photograph "selfie"') in place of a photograph's id, its first letter as found."""
    return match.group(1) + name[1:]


# The field of when a photograph was taken, as a record's error names it (records/consistency.py).
_MADE_ON_SAID = re.compile(r"\(compared with (?:that photograph's )?made_on; either may be wrong\)")

class Answers:
    """The record being built (mixed into the interview, which says and asks)."""

    # The state the interview keeps (set in _Interview.start).
    bundle: ActionBundle[Any, Any]
    readings: Any
    strict: Any
    today: dt.date
    record: dict[str, Any]
    skipped: set[str]
    asked_proof: set[str]
    refined: set[str]
    labels: dict[str, str]
    you: bool
    elder: str  # "your mother": a parent or grandparent the claim is for, else ""
    focus: str
    taken_back: set[str]
    no_rights: bool
    said: dict[str, tuple[Any, frozenset[str]]]

    def say(self, text: str) -> None:
        raise NotImplementedError  # the dialogue's

    def refused(self) -> None:
        raise NotImplementedError  # the dialogue's

    def claim(self) -> Claim:
        return structure(self.record, Claim)

    def value(self, pointer: str) -> Any:
        target: Any = self.record
        for part in pointer.strip("/").split("/"):
            if isinstance(target, list):
                if not part.isdigit() or int(part) >= len(target):
                    return None
                target = target[int(part)]
            elif isinstance(target, dict):
                target = target.get(part)
            else:
                return None
        return target

    def put(self, pointer: str, value: Any) -> None:
        parts = pointer.strip("/").split("/")
        target: Any = self.record
        for part in parts[:-1]:
            target = target[int(part)] if isinstance(target, list) else target.setdefault(part, {})
        target[parts[-1]] = value

    def unset(self, pointer: str) -> None:
        parts = pointer.strip("/").split("/")
        target: Any = self.record
        for part in parts[:-1]:
            target = target[int(part)] if isinstance(target, list) else target.get(part, {})
        if isinstance(target, dict):
            target.pop(parts[-1], None)

    def conflicts(self, before: set[tuple[str, str]]) -> list[str]:
        """The messages of the consistency errors the last answer brought, in a person's words:
        the record's field of when a photograph was taken named so ("compared with made_on" was
        read by a later trial's person, who never saw a field)."""
        return [
            _MADE_ON_SAID.sub("(or the date it was taken is wrong)", error.message)
            for error in consistency_errors(self.record, self.today)
            if (error.path, error.message) not in before
        ]

    def quietly(self, pointer: str, value: Any) -> bool:
        """Record a fact said by the way with another answer, unless no timeline can have it
        (then left out, unsaid: the answer it came with stands)."""
        before = {(e.path, e.message) for e in consistency_errors(self.record, self.today)}
        self.put(pointer, value)
        if self.conflicts(before):
            self.unset(pointer)
            return False
        return True

    def answer(self, pointer: str, value: Any) -> bool:
        """Record an answer; an answer no timeline can have is taken back and explained."""
        before = {(e.path, e.message) for e in consistency_errors(self.record, self.today)}
        earlier = self.value(pointer)
        self.put(pointer, value)
        conflicts = self.conflicts(before)
        if conflicts:
            if earlier is None:
                self.unset(pointer)
            else:
                self.put(pointer, earlier)
            self.refused()
            self.taken_back.add(pointer)  # asked again
            self.say(_wrap(
                "That answer cannot be right together with the earlier ones ("
                + "; ".join(conflicts) + "). Please check it.", "  ",
            ) + "\n")
            return False
        self.death_by_succession(pointer)
        return True

    def death_by_succession(self, pointer: str) -> None:
        """A photograph's copyright passed on the death of its photographer ("an inheritance
        on a death", made by the photographer) says the photographer has died, on that
        transfer's date (a succession takes effect on the death: records/claim.py, Transfer.on).
        Recorded, and said back, so that the moral rights are asked after as they passed on
        the death (Copyright Act s. 14.2(2)), not presumed kept by a living author (a trial's
        heir read "the author is alive" of her late father)."""
        parts = pointer.strip("/").split("/")
        if len(parts) != 5 or parts[0] != "photographs" or parts[2] != "transfers":
            return
        photo = f"/photographs/{parts[1]}"
        transfer = self.value(f"{photo}/transfers/{parts[3]}") or {}
        if transfer.get("kind") != "succession" or transfer.get("by") != "photographer" or \
                self.value(f"{photo}/author") == "claimant":
            return
        if self.value(f"{photo}/author_deceased") is None and \
                self.quietly(f"{photo}/author_deceased", True):
            self.say(_wrap(f"(taken as: the photographer of {self.item_name(photo)} has died.)",
                           "  ") + "\n")
        on = transfer.get("on")
        if isinstance(on, str) and self.value(f"{photo}/author_deceased") is True and \
                self.value(f"{photo}/author_died_on") is None:
            # No earlier than the photograph's making, where that is known: its photographer
            # was alive to take it (a trial's daughter, whose father took photographs in the
            # 1980s, was asked on which side of 1950, 1970 and 1972 he died).
            died = DateRange.parse(on)
            made = self.value(f"{photo}/made_on")
            first = DateRange.parse(made).earliest if isinstance(made, str) else dt.date.min
            if died.earliest < first <= died.latest:
                died = DateRange.between(first, died.latest)
            self.quietly(f"{photo}/author_died_on", died.text)

    # -- naming items

    def photo_name(self, index: int) -> str:
        photo_id = self.record["photographs"][index]["id"]
        label = self.labels.get(photo_id)
        # The person's name for it, quoted whether of one word or several ('photograph
        # "graduation"', as 'photograph "beach photo"'); a photograph they did not name, by its id.
        return f'photograph "{label}"' if label else f"photograph {photo_id}"

    def item_name(self, pointer: str) -> str:
        parts = pointer.strip("/").split("/")
        if parts[0] == "photographs" and parts[1].isdigit():
            photo = self.photo_name(int(parts[1]))
            if len(parts) > 4 and parts[2] in _AUTHOR_PERIODS and parts[3].isdigit():
                periods = self.record["photographs"][int(parts[1])].get(parts[2], [])
                # "the citizenship of Canada of the photographer who took photograph ...", not
                # "the photographer's (of photograph ...) citizenship" (a trial's person).
                return _period_name(
                    periods, _AUTHOR_PERIODS[parts[2]], int(parts[3]), "the",
                ) + f" of the photographer who took {photo}"
            if len(parts) > 4 and parts[2] == "transfers":
                # "the first transfer", or "the transfer" of one alone ("Did transfer 1 of the
                # copyright ... happen" read as a clerk's words to a trial's heir).
                transfers = self.record["photographs"][int(parts[1])].get("transfers") or []
                which = "" if len(transfers) == 1 else ordinal(int(parts[3])) + " "
                return f"the {which}transfer of the copyright in {photo}"
            return photo
        if parts[0] == "police_uses" and parts[1].isdigit():
            uses = self.record["police_uses"]
            use = uses[int(parts[1])]
            index = self.photo_index(use["photograph"])
            photo = f"photograph {use['photograph']}" if index is None else self.photo_name(index)
            alike = [n for n, other in enumerate(uses) if other["photograph"] == use["photograph"]]
            if len(alike) > 1:  # two searches with one photograph: told apart by their order
                return f"search {alike.index(int(parts[1])) + 1} with {photo}"
            return f"the search with {photo}"
        if parts[0] == "claimant" and len(parts) > 3 and parts[2].isdigit():
            periods = self.record.get("claimant", {}).get(parts[1], [])
            whose = "your" if self.you else "the claimant's"
            return _period_name(periods, parts[1], int(parts[2]), whose)
        return "it"

    def in_own_words(self, text: str) -> str:
        """An explanation as the interview's questions put it: each photograph by the name the
        person gave it ('photograph "profile picture"', not its id in the record,
        'photograph profile-picture'), and no hint of where an item goes in a record, which
        the person never sees (``RECORD_HINTS``)."""
        for hint in RECORD_HINTS:
            text = text.replace(hint, "")
        # An item the record would list, asked in the words of a person who keeps no record:
        # "Describe any other RCMP use ... that may qualify" read as if some were listed.
        for record_words, own_words in _UNLISTED_WORDS + _OWN_WORDS:
            text = text.replace(record_words, own_words)
        named = [
            (photo["id"], self.photo_name(index))
            for index, photo in enumerate(self.record.get("photographs", []))
        ]
        # The longest id first, so that "p1" is never found inside "p1-2"; an id ends where no
        # character of an id follows (a full stop ends a sentence unless one follows it).
        for photo_id, name in sorted(named, key=lambda pair: -len(pair[0])):
            if name == f"photograph {photo_id}":
                continue
            found = re.compile(
                rf"(?<![\w.-])([Pp])hotograph {re.escape(photo_id)}(?![\w-]|\.[\w-])"
            )
            text = found.sub(functools.partial(_renamed, name), text)
        if len(self.record.get("payment_claims", [])) == 1:
            # The one claim form filed, as a person calls it ("Was claim for payment 1
            # submitted ...?" read as jargon in a trial).
            text = re.sub(r"\b[Cc]laim for payment 1\b", "the claim form", text)
        return text

    def photo_index(self, photo_id: str) -> int | None:
        for index, photo in enumerate(self.record.get("photographs", [])):
            if photo["id"] == photo_id:
                return index
        return None

    def new_photo(self, name: str, **facts: Any) -> str:
        """Add a photograph named by the person; its id is the name made safe for the record."""
        photographs = self.record.setdefault("photographs", [])
        # An apostrophe is dropped, not made a hyphen ("dad's landscapes" was
        # "dad-s-landscapes" in a trial's record).
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", re.sub(r"['\u2019]", "", name.strip()))
        base = base.strip("-")[:60] or "p"
        taken = {p["id"] for p in photographs}
        photo_id, number = base, 1
        if base == "p" or base in taken:
            number = len(photographs) + 1
            photo_id = f"{base}{number}" if base == "p" else f"{base}-{number}"
            while photo_id in taken:
                number += 1
                photo_id = f"{base}{number}" if base == "p" else f"{base}-{number}"
        photographs.append({"id": photo_id, **facts})
        self.labels[photo_id] = name.strip() or photo_id
        if self.no_rights and facts.get("collected_by_clearview"):
            self.grounds_denied(len(photographs) - 1)
        return photo_id

    def grounds_denied(self, index: int) -> None:
        """A collected photograph the person neither took, had taken for them, nor was given
        rights in: its author is someone else, and the facts that could ground rights are moot."""
        item = f"/photographs/{index}"
        photo = self.record["photographs"][index]
        photo.setdefault("author", "other")
        # Not its transfers: "none given or left to me" is said in the record only by them (the
        # statement covers the photographs not listed), and a class that asks whether the
        # copyright was assigned to the claimant stays open without them (T-713-20's grantees;
        # a trial's person was left "undetermined" on a question never put).
        self.skipped.update(
            f"{item}/{field}" for field in _GROUNDS if field not in photo and field != "transfers"
        )

    def author_is_claimant(self, pointer: str) -> bool:
        parts = pointer.strip("/").split("/")
        if parts[0] != "photographs" or not parts[1].isdigit():
            return False
        return bool(self.value(f"/photographs/{parts[1]}/author") == "claimant")

    def first_period_start(self) -> dt.date | None:
        """The latest day the earliest period of residence or citizenship given can start on:
        the claimant was born by then (a period starts after the birth; records/consistency.py)."""
        claimant = self.record.get("claimant", {})
        starts = [
            DateRange.parse(period["start"]).latest
            for history in ("residence", "citizenship") for period in claimant.get(history, [])
            if isinstance(period.get("start"), str)
        ]
        return min(starts) if starts else None

    def implied(self, fact: MissingFact) -> Any:
        """The answer earlier answers already give, so that the question would be pointless."""
        pointer = fact.pointer
        if pointer == "/claimant/born_on" and (self.you or self.elder) and len(fact.turns_on) == 1:
            # Someone answering for themselves is alive, and was born by a day long enough ago;
            # so was their parent or grandparent, before them (a trial's person answering for
            # their mother was first asked whether she was born on or before 8 July 2020).
            line, _ = _side(fact)
            grown = _years_before(self.today, _ANSWERING_AGE)
            if grown < line and self.value("/claimant/kind") == "natural":
                low = dt.date.min if fact.given_as is None else fact.given_as.earliest
                return DateRange.between(low, line - dt.timedelta(days=1)).text
            return None
        if pointer == "/claimant/born_on" and len(fact.turns_on) == 1:
            # A period lived or held before the day says the claimant was born by then.
            line, _ = _side(fact)
            first = self.first_period_start()
            if first is not None and first < line and self.value("/claimant/kind") == "natural":
                low = dt.date.min if fact.given_as is None else fact.given_as.earliest
                return DateRange.between(low, first).text
            return None
        if fact.reason is not MissingReason.LEFT_OUT:
            return None
        shape, field = _shape(pointer)
        if shape == "transfer" and field == "to":
            # The one transfer of a photograph of which something came to the claimant went to
            # the claimant (a trial's licensee was asked "To whom did transfer 1 go?").
            photo = pointer.split("/transfers/")[0]
            transfers = self.value(f"{photo}/transfers")
            if self.value(f"{photo}/granted_to_claimant") is True and \
                    isinstance(transfers, list) and len(transfers) == 1:
                return "claimant"
            return None
        if shape == "transfer" and field == "on":
            return self.succession_on(pointer)
        if shape != "photograph":
            return None
        photo = _parent(pointer)
        if field == "collected_by_clearview":
            return self.collected_as_said(photo)
        if field == "author" and self.no_rights and self.value(f"{photo}/collected_by_clearview"):
            return "other"  # "no photograph Clearview collected that I took": someone else did
        claimant = self.record.get("claimant", {})
        author = self.value(f"{photo}/author")
        if author == "claimant":
            if field in ("commissioner", "employer", "coauthor"):
                # Ordered by someone other than its author; one's own employee or co-author
                # is someone else.
                return "other"
            if field in ("author_deceased", "author_died_on"):
                return claimant.get(field.replace("author_", ""))
        if author == "other" and field == "coauthor":
            return "other"  # "someone else" took it: the claimant is not one of its authors
        owner = self.value(f"{photo}/negative_owner")
        mine = owner == "claimant" or (owner == "photographer" and author == "claimant")
        if mine and field in (
            "negative_owner_kind", "negative_owner_deceased", "negative_owner_died_on"
        ):
            return claimant.get(field.replace("negative_owner_", ""))
        return None

    def succession_on(self, pointer: str) -> Any:
        """When a succession took effect, where it is the photographer's and their death's date
        was given: on the death (a succession on death, BRIEF section 5; Copyright Act s. 14.2(2)
        of moral rights). The photographer's is one they made ("by" the photographer), or the
        first transfer of a photograph they first owned (not made in the course of employment,
        not ordered and paid for), whose maker is not said yet. A later trial's heir, who had
        said his father died in 2016, was asked whether the inheritance came by 8 July 2020."""
        transfer = _parent(pointer)
        photo, index = transfer.split("/transfers/")
        if self.value(f"{transfer}/kind") != "succession" or \
                self.value(f"{photo}/author") != "other":
            return None
        died = self.value(f"{photo}/author_died_on")
        by = self.value(f"{transfer}/by")
        first_owned = self.value(f"{photo}/made_in_course_of_employment") is not True and \
            self.value(f"{photo}/commissioned") is not True
        if died is None or not (by == "photographer" or (by is None and index == "0" and first_owned)):
            return None
        return died

    def collected_as_said(self, photo: str) -> Any:
        """Whether Clearview collected a photograph, as the person's earlier answer about any
        photograph Clearview collected says: "no photograph Clearview collected shows my face"
        says no of a photograph showing it, named since; "don't know" leaves it unknown
        (DONT_KNOW); None when that answer does not reach it."""
        photo_id = self.value(f"{photo}/id")
        for statement, field, shown in (
            (_FACE_STATEMENT, "claimant_face_appears", True), (_RIGHTS_STATEMENT, "author", "claimant"),
        ):
            said = self.said.get(statement)
            if said is None or photo_id in said[1] or self.value(f"{photo}/{field}") != shown:
                continue
            if said[0] is True:
                # "Some photograph Clearview collected shows my face" says nothing of this one:
                # a later trial's result said "Clearview collected it" of the photograph the
                # RCMP searched with, which the person never said.
                continue
            return DONT_KNOW if said[0] is DONT_KNOW else said[0]
        return None

    # -- wording
