"""What a person types, read: yes or no, "don't know", a date as people say it ("in 2015",
"since 2001", "between 1988 and 1992"), periods, a count, a choice among options, a name.

Each reader returns the value and, when the answer is not understood, what to say instead
(never the answer itself: it may be personal data)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from typing import Any

from ..engine.dates import DateError, DateRange, in_words
from ..law.residence import country_name, named_country

Choice = tuple[str, str, tuple[str, ...]]
"""An option: its value, its label, and other words for it."""
_MAX_TRANSFERS = 50

# --- reading answers -------------------------------------------------------------------


def normalize(text: str) -> str:
    """An answer as compared: typographic apostrophes made straight, lower case, spaces single."""
    for quote in "\u2019\u2018\u02bc\u00b4`":
        text = text.replace(quote, "'")
    return " ".join(text.strip().lower().split())


_DONT_KNOW = {
    "", "?", "dk", "idk", "don't know", "dont know", "do not know", "i don't know", "i dont know",
    "i do not know", "unknown", "not sure", "no idea", "unsure", "don't remember",
    "do not remember", "can't remember", "cannot remember", "can't say", "cannot say",
    "dunno", "i dunno", "idk really", "no clue", "not certain", "don't know for sure", "not known",
    "no one knows",
    # Of a family or a company answering ("we dont know": a trial's, "Not understood").
    "we don't know", "we dont know", "we do not know", "we have no idea", "we're not sure",
    "we are not sure", "were not sure", "nobody knows",
    "i have no idea", "i've no idea", "i have no clue", "i'm not sure", "im not sure",
    "i am not sure", "i can't remember", "i don't remember", "no idea at all",
    # A no said as far as one knows: not sure of it, so nothing is guessed.
    "not that i know of", "not that i know", "not as far as i know", "not to my knowledge",
    "how would i know", "how should i know", "who knows", "no way to know", "no way of knowing",
    # Passing over a question (a trial's "skip" was not understood): nothing is guessed.
    "skip", "skip it", "skip this", "skip this one", "pass", "next", "no answer",
    "rather not say", "i'd rather not say", "prefer not to say",
    # In French, as "oui" and "non" are read (a later trial's Montrealer, "Not understood").
    "jsp", "je sais pas", "je ne sais pas", "chais pas", "sais pas", "aucune idée",
    "aucune idee", "je sais plus", "je ne sais plus",
}
_YES = {
    "y", "yes", "yeah", "yep", "true", "oui", "ya", "yea", "yah", "ye", "yup", "yess", "yas",
    # Slips of the keys (a trial's "yse" was refused), said back as taken.
    "yse", "eys", "ys", "yez", "yrs", "yws", "yesss", "yeh",
    "sure", "of course", "definitely", "certainly", "absolutely", "correct", "right",
    "that's right", "obviously", "obv", "indeed", "affirmative", "yes please",
    # Said with emphasis ("for sure", "hell yes": a later trial's, "Not understood").
    "for sure", "hell yes", "heck yes", "god yes", "hell yeah", "heck yeah",
}
_FIRMER = re.compile(
    r"\s+(?:of course|definitely|certainly|indeed|for sure|absolutely|obviously|obvs|obv|duh)$"
)
_NO = {
    "n", "no", "nope", "false", "non", "nah", "naw", "nay", "never", "no way", "not at all",
    "noo", "nop", "nope nope",
    "definitely not", "of course not", "certainly not", "absolutely not", "negative",
    # Said with emphasis ("goodness no": a later trial's, "Not understood").
    "goodness no", "god no", "hell no", "heck no", "gosh no", "lord no", "good lord no",
    # "none" to "Did you sign anything ...?" (the last trial's): a no, as it is to a list.
    "none", "nothing", "none at all", "nothing at all",
    # "not yet" to "Have you filed a claim for payment?" (a later trial's): not so far, a no.
    "not yet", "no not yet", "nope not yet", "not yet no",
}
# The words that say yes or no by themselves, not only make one firmer ("definitely").
_PLAIN_YES = {"y", "yes", "yeah", "yep", "ya", "yea", "yah", "ye", "yup"}
_PLAIN_NO = {"n", "no", "nope", "nah", "naw"}
_FIRM_NO = re.compile(r"\b(?:of course|definitely|certainly|absolutely) not\b")
# Words a casual answer may open or end with that say nothing ("lol no", "well, yes", "me lol").
# ("ok yes", "duh yes": a later trial's, "Not understood".)
_FILLER = re.compile(r"^(?:(?:lol|haha|ha|well|um|umm|uh|er|hmm|oh|ah|so|ok|okay|duh)\b[\s,.!]*)+")
# Fillers after an answer, as laughter or emphasis ("the cops obviously", "me obvs": a trial's
# were refused).
_TRAILING = re.compile(
    r"(?:[\s,.!]+(?:lol|haha|lmao|xd|obviously|obvs|obvi|duh|of course|"
    r"too|as well|also|again|"  # "dad too", of a second photograph (a trial's, refused)
    # "2016 like the name says", "before covid for sure" (a later trial's, refused).
    r"for sure|like (?:it|the name|the label|its name) says|as (?:it|the name|its name) says))+$"
)
# Surprise before an answer ("what? no its a selfie": a trial's, refused).
_SURPRISE = re.compile(r"^(?:what|huh|wait)\s*[?!]+\s*(?=\S)")
# Words that say a doubt, of an answer (_HEDGE), of a date (_HEDGE_WORDS) or of a name
# (_NAME_DOUBT).
_UNSURE = (r"probably|maybe|perhaps|possibly|likely|presumably|i think|i believe|i guess|"
           r"i suppose|most likely|prolly|probly|probaly|prob|i hope|hopefully")
# A yes or no said with a doubt: not taken, as nothing is guessed (parse_yes_no).
_HEDGE = re.compile(
    rf"\b(?:{_UNSURE}|unlikely|i doubt|i don'?t think|think so|i might|might have|"
    # "no why would the rcmp have his pic" (a later trial's, taken as a firm no) as "no, why
    # would they?" is: whoever is named.
    r"why would (?:they|he|she|it|i|anyone|the \w+|\w+ have))\b"
)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year as people say one of their lives


def _said_back(value: DateRange | None, why: str) -> tuple[DateRange | None, str]:
    """A date read from other words, said back as taken where nothing else is said of it."""
    return (value, why or f"taken as: {_said(value)}") if value is not None else (None, why)


def _both(*said: str) -> str:
    """What is said of an answer, each part that says something, "; " between them."""
    return "; ".join(part for part in said if part)


def _opened_with_a_doubted_year(word: str) -> tuple[re.Match[str], re.Match[str], re.Match[str]] | None:
    """Of an answer that opens with a yes or no not taken back at once ("no, not sure") and
    says a time (a year, or "last fall": _A_TIME) and a doubt: the yes or no, the time and the
    first doubt; None otherwise."""
    head = re.match(r"[a-z']+", word)
    if head is None or head[0] not in _YES | _NO or _UNSURE_AFTER.match(word):
        return None
    year, doubt = _A_TIME.search(word), _HEDGE.search(word)
    return None if year is None or doubt is None else (head, year, doubt)


def _doubt_of_a_date(word: str) -> bool:
    """Whether the only doubt of an answer that opens with a yes or no is said after a date it
    gives ("no. it was last spring, april 2025 i think"): a doubt of the date, which is then not
    kept (date_said_after keeps no date said roughly), not of the no (a later trial's was
    refused)."""
    said = _opened_with_a_doubted_year(word)
    return said is not None and said[2].start() > said[1].end()


def _doubt_of_a_count(word: str) -> bool:
    """Whether the only doubt of an answer that opens with a yes is said of how many there
    are, after a comma ("yes im a wedding photographer, probably hundreds of them": a later
    trial's photographer, refused as unsure of the yes)."""
    head = re.match(r"[a-z']+", word)
    if head is None or head[0] not in _YES or _UNSURE_AFTER.match(word):
        return False
    _, comma, after = word.partition(",")
    doubt = _HEDGE.search(word)
    return bool(comma) and doubt is not None and doubt.start() > len(word) - len(after) and \
        _HEDGE.search(word, doubt.end()) is None and _A_COUNT_OF_THEM.fullmatch(
            after[doubt.end() - (len(word) - len(after)):].strip(" .!")) is not None


# How many, said after a doubt ("probably hundreds of them", "maybe a few dozen").
_A_COUNT_OF_THEM = re.compile(
    r"(?:(?:like|about|around|over|more than|a few|several) )?(?:\d+|hundreds|thousands|dozens|"
    r"a few dozen|a few hundred|a lot|lots|loads|tons|many)(?: (?:of )?(?:them|photos|pictures|"
    r"pics|photographs|shots))?"
)


def sure_but_of_a_date(text: str) -> bool | None:
    """Of a yes or no refused as unsure, whose only doubt is said just before a date after it
    ("yes, maybe 2019 or early 2020": a later trial's woman, sure of the search and not of its
    year, was told she sounded unsure): the yes or no, to a question that does not ask the
    date; None for any other answer. (Asked on which side of a day a date falls, "yes, i think
    it was 2019" is a doubt of the answer itself: parse_yes_no refuses it.)"""
    word = _bare(text)
    said = _opened_with_a_doubted_year(word)
    if said is None:
        return None
    head, year, doubt = said
    if doubt.start() < head.end() or _HEDGE.search(word, doubt.end()) is not None or \
            _BEFORE_A_DATE.fullmatch(word[doubt.end():year.start()]) is None:
        return None
    return head[0] in _YES


# What may stand between a doubt and the year it is of ("maybe in early 2019", "probably around
# june 2019").
_BEFORE_A_DATE = re.compile(
    r"[\s,]*(?:(?:it was|in|around|about|like|sometime|some time|early|mid|late|the|of|in the|"
    r"spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)[\s,]*)*"
)


def _doubted(word: str) -> bool:
    """Whether an answer says a doubt ("probably", "yes, I think", "not really", "no, not
    sure"), wherever."""
    return bool(_HEDGE.search(word)) or word.startswith("not really") or bool(
        _UNSURE_AFTER.match(word)
    ) or bool(_ASKED_YES_NO.fullmatch(word))


# A yes or no asked back ("no??", "yes?"): not sure of it (a third trial's "no??").
_ASKED_YES_NO = re.compile(r"(?:yes|no|yeah|yep|nope|nah|maybe)\s*\?+")


# Not a question after it ("yes? is that what you mean", "no? does that count").
_INSISTED = re.compile(
    r"^(yes|no|yeah|yep|nope|nah)\s*\?+(?=\s*[a-z])"
    r"(?!\s*(?:is|are|do|does|did|what|how|why|who|which|should|can|could|would|will|was|"
    r"were|am|or)\b)(?![^?]*\?\s*$)"
)


_NOT_MINE = re.compile(r"^not (?:my face|me|mine|of me|him|her|them)(?: no)?\b,?")
_EXCLAIMED = re.compile(r"^(yes|no|yeah|yep|yup|nope|nah)\s*[!.]+(?=\s*[a-z])")


# A yes or no taken back at once ("no, not sure": a later trial's was taken as no); not a
# doubt of when ("yes but not sure when").
_UNSURE_AFTER = re.compile(
    r"(?:yes|no|yeah|yep|nope|nah)\b[\s,.!]*(?:but )?(?:i'?m |i am )?not (?:sure|certain)\b"
    r"(?! (?:when|of the (?:date|year|day)|what year|exactly))"
)


def _bare(text: str) -> str:
    """An answer without the full stop or exclamation mark a sentence might end with, nor the
    words that say nothing around it ("lol no", "me lol")."""
    word = normalize(text).rstrip(".!")
    return _TRAILING.sub("", _FILLER.sub("", _SURPRISE.sub("", word))).rstrip(".!") or word


# What follows is said by the way ("yes, on my profile"; "yes. i am a photographer", a later
# trial's: a full stop ends the answer too, not one after an initial or "st", "mr", "dr").
_FULL_STOP = r"(?<!\b[a-z])(?<!\bst)(?<!\bmr)(?<!\bdr)(?<!\bms)\.\s"
_ASIDE = re.compile(rf"[,;:(]| - |{_FULL_STOP}")


def _parts(text: str) -> list[str]:
    """An answer cut at its first comma (or semicolon, colon, bracket or dash): one part or two."""
    return _ASIDE.split(text, maxsplit=1)


def _first(word: str) -> str:
    """The words of an answer before its first comma (or dash, or colon)."""
    return _parts(word)[0].strip()


# Of the words that say one does not know, those that open a sentence and still say it,
# whatever follows ("no idea. i was never arrested"; "not sure i read it in the news"): a
# trial's person said the first and saw it taken as a no, by its first word.
_DONT_KNOW_OPENING = re.compile(
    "^(?:" + "|".join(sorted(
        # "idk maybe? i post stuff sometimes" (a later trial's, refused as unsure).
        (re.escape(words) for words in _DONT_KNOW
         if (len(words) > 3 or words == "idk") and words != "unknown"),
        key=len, reverse=True,
    )) + r")(?![a-z'])"
)


_DONT_KNOW_WITHIN = re.compile(
    r"\b(?:(?:i|we|he|she|they) (?:really )?(?:don'?t|do not|doesn'?t|does not) know|no idea|"
    r"not sure|no clue|(?:can'?t|don'?t) remember|how would (?:i|we) (?:know|find out)|"
    # "probably, his pics were all over facebook. idk" (a later trial's, refused as unsure).
    r"idk|i dunno|dunno)\b"
)


def is_dont_know(text: str) -> bool:
    """Whether an answer says it does not know: alone, or before what follows a comma ("not
    sure, maybe in some contracts") or the rest of a sentence ("no idea. i read it in the
    news"), which cannot make it a yes or a no."""
    word = _bare(text)
    if word in _DONT_KNOW or _DONT_KNOW_SLIP.fullmatch(word):  # "dont kno", "i dont now"
        return True
    first = _first(word)
    if first != word and first in _DONT_KNOW and first != "":
        return True
    if _DONT_KNOW_OPENING.match(word) is not None:
        return True
    # Said later in a sentence with no date in it and no yes or no before it ("i doubt it, but
    # i really dont know"; "i might have? ... not sure if it was this one": a later trial's).
    # Only of an answer that doubts or asks back: "i am a citizen now, not sure of the year"
    # says a period.
    if _NO_AS_FAR_AS_KNOWN.search(word) and not re.search(r"\d", word):
        # A no said only as far as one knows, after a no too ("nope not that i know of": a
        # trial's, taken as a firm no that shut the person out of a class).
        return True
    head = re.match(r"[a-z']+", word)
    if _DONT_KNOW_WHETHER.search(word) and not re.search(r"\d", word) and not (
            head and head[0] in _YES | _NO):
        # "her mom posts pics of her on facebook all the time, i dunno if clearview has them"
        # (a later trial's, "Not understood"): what is not known, said after what is.
        return True
    return (_DONT_KNOW_WITHIN.search(word) is not None and not re.search(r"\d", word)
            and not (head and head[0] in _YES | _NO) and (_doubted(word) or "?" in word))


_DONT_KNOW_WHETHER = re.compile(
    r"\b(?:i dunno|dunno|idk|(?:i|we) (?:don'?t|do not) know|not sure|no idea|no clue|"
    r"(?:i|we) (?:can'?t|cannot) (?:tell|say)) (?:if|whether)\b"
)
_NO_AS_FAR_AS_KNOWN = re.compile(
    r"\bnot (?:that (?:i|we) (?:know|knew|remember|recall|am aware)|as far as (?:i|we) know"
    r"|to (?:my|our) knowledge)\b"
)
# "don't know" with a slip of the keys, as a whole answer (a trial's "dont kno", "i dont now").
_DONT_KNOW_SLIP = re.compile(r"(?:i )?(?:don'?t|dont|do not|dnt) (?:kno|knw|now|konw|knwo|nkow)")
# A yes or no said again, opened by saying so ("i already said, never").
_ALREADY_SAID = re.compile(r"^(?:i (?:already )?(?:said|told you)|like i said|as i said)[,:.]?\s+")


# The answers taken as they are, not said back: a word that says yes, no or don't know alone.
_PLAIN = frozenset({
    # Not "?": it is said back as taken, don't know (a trial's was recorded so silently).
    *_PLAIN_YES, *_PLAIN_NO, "true", "false", "", "dk", "idk", "don't know", "dont know",
    "do not know", "i don't know", "i dont know", "i do not know", "unknown", "not sure",
    "no idea", "unsure", "dunno",
})


def plain(text: str) -> bool:
    """Whether an answer is a plain word for yes, no or don't know, which is not said back as
    taken (one read from a sentence is: "not that I know of", "lol no")."""
    return normalize(text).rstrip(".!") in _PLAIN


def taken_as(text: str, said: bool) -> str:
    """How a yes or no was taken, to say back where it was read from a sentence; else ""."""
    return "" if plain(text) else f"taken as: {'yes' if said else 'no'}"


# A yes or no said with its subject and verb alone ("he did", "she wasn't"): a trial's son, of
# whether his father filed a claim, said "he did" and was refused.
_WHO = r"^(?:i|he|she|they|we|it|you)"
_SAID_YES = re.compile(_WHO + r" (?:did|do|does|was|were|has|have|had|is|am|are)$")
_SAID_NO = re.compile(
    _WHO + r" (?:(?:did|do|does|was|were|has|have|had|is|am|are) not|didn't|don't|doesn't|"
    r"wasn't|weren't|hasn't|haven't|hadn't|isn't|aren't|never(?: did)?)$"
)


# Why a yes or no said with a doubt is refused (its words are the interview's to recognise).
SURE_ONLY = "a yes or no is taken only when you are sure; if you are not, answer don't know"


def parse_yes_no(text: str) -> tuple[bool | None, str]:
    """(the answer, "") or (None, why it was refused)."""
    # "i already said, never" (a trial's, refused): what was said before is said again.
    bare = _bare(text)
    word = _ALREADY_SAID.sub("", bare) or bare
    if word != bare:
        # "i said no??" (a later trial's, refused as unsure): said again, with insistence.
        word = word.rstrip("?! ") or word
    # "no?? they're selfies" (a later trial's, not understood): a yes or no asked back with
    # its reason after it is said with insistence; alone ("no??"), it is asked back in doubt.
    word = _INSISTED.sub(r"\1,", word)
    # "not my face no, it's a picture i took of the northern lights" (a later trial's, "Not
    # understood"): what is not so, said first.
    word = _NOT_MINE.sub("no,", word)
    # "yes! i did a data request ..." (a later trial's, "Not understood"; said with a comma,
    # it was taken): the mark ends the yes or no as a comma does.
    word = _EXCLAIMED.sub(r"\1,", word)
    # "yes, on my public profile": the first word answers, what follows is said by the way;
    # so does "yes of course" ("of course", "definitely" only make it firmer).
    first = _FIRMER.sub("", _first(word)).strip()
    if _doubted(word) and not _doubt_of_a_date(word) and not _doubt_of_a_count(word):
        # "probably", "I think so", "yes, I think": nothing is guessed, so a yes or no is taken
        # only when sure, whatever words say the doubt and wherever they come.
        return None, SURE_ONLY
    if word in _YES or _SAID_YES.match(first):
        return True, ""
    if word in _NO or _SAID_NO.match(first):
        return False, ""
    if is_dont_know(word):  # "no idea, sorry": not a no
        return None, "answer yes, no or don't know"
    # A yes or no that opens a sentence, said by the way or not ("yes, on my public profile";
    # "no she was behind the camera"), unless the rest says the other too ("yes and no").
    head = first if first != word and first in _YES | _NO else word.partition(" ")[0]
    if head in _YES | _NO:
        other = _PLAIN_NO if head in _YES else _PLAIN_YES  # "no definitely" is a firm no
        # A letter alone within a sentence is a word's short form, not a yes or no: "ye
        # facebook n stuff" (a trial's, refused as saying both).
        if len(re.findall(r"[a-z']+", word[len(head):])) > 1:
            other = other - {"n", "y"}
        rest = word[len(head):]
        if not any(token in other for token in re.findall(r"[a-z']+", rest)) and not (
            head in _YES and _FIRM_NO.search(rest)  # "yes of course not"
        ):
            return head in _YES, ""
    # A yes or no that closes what led to it ("i asked them in 2021 so yes": a trial's, refused).
    closing = _SO_ANSWER.search(word)
    if closing is not None:
        return closing[1] in _YES, ""
    # A yes or no said as a sentence of its own after what led to it ("lol its cupcakes. no": a
    # later trial's, "Not understood"), unless a sentence before says the other.
    closing = _LAST_SENTENCE.search(word)
    if closing is not None:
        said = closing[1] in _YES
        before = re.findall(r"[a-z']+", word[:closing.start()])
        if not any(token in (_PLAIN_NO if said else _PLAIN_YES) for token in before):
            return said, ""
    return None, "answer yes, no or don't know"


_SO_CHOICE = re.compile(r",? (?:so|which means|meaning)[,:]? ((?:the )?[a-z']+)$")
_SO_ANSWER = re.compile(r"\b(?:so|which means|meaning)[,:]? (yes|yeah|yep|yup|no|nope|nah)$")
_LAST_SENTENCE = re.compile(r"\w[.!;,]+ +(yes|yeah|yep|yup|no|nope|nah)[.!]*$")



# --- dates as people say them ----------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ), start=1)
    for name in names
}
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23}
# A time as people say one in passing, by a year or without ("last fall", "in march", "a few
# years ago"; a later trial's "yes, last fall i think" was refused as unsure). Of the months
# (_MONTHS), not "may", as often a verb, nor a three-letter abbreviation, as often a word.
_A_TIME = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|(?:last|this|that) (?:year|spring|summer|fall|autumn|winter|month)"
    rf"|{'|'.join(name for name in _MONTHS if len(name) > 3)}"
    r"|(?:(?:a few|a couple of|a couple|some|several|two|three|\d+) )?years ago)\b"
)
DATE_HINT = (
    "write a date like 12 April 1990, June 2018 or 2015, or a range like 2010 to 2012, "
    "since 2001 or before 2012"
)
DATE_PROMPT = "a date; a year or a month will do / don't know"
MORE_EXACT_PROMPT = "a date, as exactly as you can / don't know"
_DAY_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DAY_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (\d{4})")
_MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,? (?:of )?(\d{4})")
_MONTH_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{4})|(\d{4})[/.-](\d{1,2})")
_YEAR = re.compile(r"\d{4}")
_SEASON = re.compile(r"(spring|summer|autumn|fall) (?:of )?(\d{4})")
_WINTER = re.compile(r"winter (?:of )?(\d{4})(?: ?(?:-|/|to|and) ?(\d{4}|\d{2}))?")
_DECADE = re.compile(r"(?:the )?(\d{3})0'?s")
_SHORT_DECADE = re.compile(r"(?:the )?'?(\d)0'?s")
_SHORT_DECADE_SAID = re.compile(r"(?:in |during )?(?:the )?'?(\d)0'?s")
_SHORT_DECADE_WITHIN = re.compile(r"(?<![\w'])'?(\d)0'?s\b")
_YEARS = re.compile(r"(\d{4}) ?- ?(\d{4})")
# Words that make a date approximate: it could lie on either side of any day, so no rule can
# decide on it; a range the person is sure of can.
_ROUGHLY = frozenset({
    "about", "around", "approximately", "approx", "circa", "ca", "roughly", "maybe", "probably",
    "perhaps", "ish", "approximate", "approximatively", "guess", "abt",
})
_VAGUE = frozenset({"early", "mid", "middle", "late", "beginning", "end", "start"})
_RELATIVE = frozenset({"ago", "last", "this", "next", "yesterday", "recently", "soon"})
_NOW = frozenset({"now", "today", "present", "the present", "still", "date", "this day"})
_EITHER_SIDE = "could fall on either side of a day that matters"
ROUGHLY_WHY = (
    f"a date said roughly {_EITHER_SIDE}, so it cannot be used; give a range you are sure of, "
    "like between 1988 and 1992, or after 2015"
)
# The same, of one end of a period: a range is not an end, a year is ("2010 to now").
_ROUGH_END = (
    f"a date said roughly {_EITHER_SIDE}, so it cannot be used; give the years you are sure "
    "of, like 2010 to now or 1988 to 1992, or answer don't know"
)


def _day(year: int, month: int, day: int) -> tuple[dt.date | None, str]:
    if not 1 <= month <= 12:
        return None, f"there is no month {month}; {DATE_HINT}"
    try:
        return dt.date(year, month, day), ""
    except ValueError:
        return None, f"{_MONTH_NAMES[month - 1]} {year} has no day {day}"


def _month(name: str) -> int | None:
    return _MONTHS.get(name.rstrip("."))


def _edtf(text: str) -> tuple[DateRange | None, str]:
    """A range from EDTF text of our own making; (None, why) when no such date can be."""
    try:
        return DateRange.parse(text), ""
    except DateError as error:
        return None, str(error)


def _point(words: str, raw: str) -> tuple[DateRange | None, str]:
    """A day, month, year, season or decade, as a range; (None, why) otherwise; (None, "")
    when the words are not of these forms at all."""
    for prefix in ("sometime in ", "some time in ", "sometime ", "in ", "on ", "the "):
        words = words.removeprefix(prefix)
    if re.fullmatch(r"[0-9./-]+", raw.strip()) and not _DAY_YEAR_FIRST.fullmatch(raw.strip()):
        value, _ = _edtf(raw.strip())  # EDTF itself: 2018-06, 2015-21, 2001/.., ../2012-11-06
        if value is not None:
            return value, ""
    if match := _SEASON.fullmatch(words):
        return _edtf(f"{match[2]}-{_SEASONS[match[1]]}")
    if match := _WINTER.fullmatch(words):
        year, then = int(match[1]), match[2]
        if then is None:
            return None, (
                f"winter {year} could be December {year - 1} to February {year} or December "
                f"{year} to February {year + 1}; write winter {year}-{year + 1}, or December "
                f"{year} to February {year + 1}"
            )
        following = int(then) if len(then) == 4 else year // 100 * 100 + int(then)
        if following != year + 1:
            return None, "a winter runs from December of one year to February of the next"
        return _edtf(f"{year:04d}-24")
    if match := _DAY_ISO.fullmatch(words) or _DAY_YEAR_FIRST.fullmatch(words):
        day, why = _day(int(match[1]), int(match[2]), int(match[3]))
        return (None, why) if day is None else (DateRange.day(day), "")
    if match := _DAY_NUMERIC.fullmatch(words):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        readings = {
            d for d in (_day(year, second, first)[0], _day(year, first, second)[0]) if d is not None
        }
        if len(readings) > 1:
            return None, (
                f"{raw.strip()} could be read two ways (day first or month first); write the "
                "month in words, like 12 April 1990"
            )
        if not readings:
            return None, f"{raw.strip()} is not a date; {DATE_HINT}"
        return DateRange.day(readings.pop()), ""
    for pattern, day_at, month_at in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if match := pattern.fullmatch(words):
            month = _month(match[month_at])
            if month is None:
                return None, _not_a_month(match[month_at])
            day, why = _day(int(match[3]), month, int(match[day_at]))
            return (None, why) if day is None else (DateRange.day(day), "")
    if _YEAR.fullmatch(words):
        return _edtf(words)
    if match := _MONTH_YEAR.fullmatch(words):
        named = _month(match[1])
        if named is None:
            return None, _not_a_month(match[1])
        return _edtf(f"{match[2]}-{named:02d}")
    if match := _MONTH_NUMERIC.fullmatch(words):
        month_text, year_text = (match[1], match[2]) if match[1] else (match[4], match[3])
        if not 1 <= int(month_text) <= 12:
            return None, f"there is no month {int(month_text)}; {DATE_HINT}"
        return _edtf(f"{year_text}-{int(month_text):02d}")
    if match := _DECADE.fullmatch(words):
        return _edtf(f"{match[1]}0/{match[1]}9")
    if _SHORT_DECADE.fullmatch(words):
        return None, "say which century: the 1990s, say, or the 2010s"
    return None, ""


def _not_a_month(word: str) -> str:
    """Why a word before a year is refused: "" when it is a word of the ranges (since 2001),
    which are read next."""
    return "" if word in _RANGE_WORDS else f"{word!r} is not a month; {DATE_HINT}"


_RANGE_WORDS = frozenset({
    "since", "from", "before", "after", "by", "until", "till", "between", "starting", "beginning",
    "up", "to", "prior", "later", "earlier", "not", "no", "or", "and", "through",
})


def _later(value: DateRange) -> DateRange | None:
    """The days after a date ("after 2012"); None when there are none in the calendar."""
    if value.latest >= dt.date.max:
        return None
    return DateRange.between(value.latest + dt.timedelta(days=1), dt.date.max)


def _earlier(value: DateRange) -> DateRange | None:
    """The days before a date ("before 2012")."""
    if value.earliest <= dt.date(1, 1, 1):
        return None
    return DateRange.between(dt.date.min, value.earliest - dt.timedelta(days=1))


def _span(first: DateRange, last: DateRange) -> DateRange | None:
    """From the first day of one date to the last day of another; None when it ends first."""
    if last.latest < first.earliest:
        return None
    if "/" not in first.text and "/" not in last.text:
        value, _ = _edtf(f"{first.text}/{last.text}")
        if value is not None:
            return value
    return DateRange.between(first.earliest, last.latest)


def _clean(text: str) -> str:
    """An answer as the date parser reads it: lower case, dashes plain, commas spaced, hedges
    said in other words as the parser knows them (_OTHER_HEDGES)."""
    words = _bare(text).replace("\u2013", "-").replace("\u2014", "-")
    words = words.replace(",", ", ").replace(" ,", ",")
    # "2016ish", "2015-ish" (a later trial's; in a period the latter was read as a range) are
    # "2016 ish", as the parser knows it.
    words = " ".join(_ISH.sub(r"\1 ish", words).split())
    if _OTHER_HEDGES.search(words):
        # "2016 or 2017 i cant remember exactly" (a later trial's, refused): one of the two, as
        # "2016 or 2017, not sure which" is read; of one date, roughly.
        words = _EITHER_FORGOTTEN.sub(", not sure which", words)
        words = _HEDGE_AFTER.sub(" or so", words)
        words = _HEDGE_BEFORE.sub(lambda m: f"{m[1] or ''}about ", words)
        words = " ".join(_MISSPELT.get(word, word) for word in words.split())
    return words


# A date said roughly in words the parser did not know ("since 2001 pretty much", "probly
# 2012": a trial's were refused): after a date, as "or so"; before one, as "about"; misspelt,
# as spelt.
# (A doubt misspelt, "probly", is one of _UNSURE already.)
_MISSPELT = {"arround": "around", "arond": "around", "aprox": "approx"}
_FORGOTTEN = r"(?:i )?(?:can'?t|cannot|don'?t|do not) (?:remember|recall)(?: exactly| which)?"
_HEDGE_AFTER = re.compile(
    r"(?<=\d)(?:,? (?:more or less|give or take(?: a (?:year|few years|couple of years|"
    rf"couple years))?|or thereabouts|pretty much|basically|{_FORGOTTEN})\b)"
)
_EITHER_FORGOTTEN = re.compile(rf"(?<=\d\d\d\d or \d\d\d\d),? {_FORGOTTEN}\b")
_HEDGE_BEFORE = re.compile(r"\b(?:more or less|pretty much|basically) (since |from |in )?(?=\d)")
_OTHER_HEDGES = re.compile(
    rf"more or less|give or take|thereabouts|pretty much|basically|{_FORGOTTEN}|\b(?:"
    + "|".join(_MISSPELT) + r")\b"
)


def _relation(words: str) -> tuple[str, str, str] | None:
    """A date said by its relation to others: (how, first, second), or None for a plain date."""
    for how, pattern in _RELATIONS:
        if match := pattern.fullmatch(words):
            parts = match.groups()
            return how, parts[0], parts[1] if len(parts) > 1 else ""
    return None


_RELATIONS = tuple((how, re.compile(pattern)) for how, pattern in (
    ("between", r"(?:between|from) (.+?) (?:and|to|until|till|through) (.+)"),
    # "since 2009 to 2015": between its ends (read as "since" it was one date, a start alone)
    ("between", r"since (.+?) (?:to|until|till|through) (.+)"),
    ("since", r"(?:since|from|starting|starting in|starting from|beginning|in or after|"
              r"on or after|not before|no earlier than) (.+)"),
    ("after", r"(?:after|later than) (.+)"),
    ("before", r"(?:before|earlier than|prior to) (.+)"),
    ("by", r"(?:on or before|in or before|by|until|till|up to|no later than|not later than|"
           r"not after) (.+)"),
    ("since", r"(.+?) (?:or later|onwards|onward|or after|and after|on|and later)"),
    ("by", r"(.+?) (?:or earlier|or before|and before)"),
    ("between", r"(.+?) (?:to|until|till|through|-) (.+)"),
))


_NOT_EXACT = _ROUGHLY | _VAGUE | _RELATIVE  # words that leave the date of a sentence unsaid


def _ending_date(
    text: str, today: dt.date, first: int, roughly: bool = False
) -> DateRange | None:
    """The date the longest run of the words of ``text`` from its ``first`` on that ends it
    reads as, else None; never one said roughly or vaguely ("early 2020" is not 2020), unless
    ``roughly``: then as the range a date said so is taken as ("yes, around 2019")."""
    # "yes, last fall i think" (a trial's, to whether the RCMP searched with a photograph):
    # a season, a month or the year said from today is a date too, and as exact as its year.
    # So is a time said from the pandemic or counted back from today ("its about my dad, he died
    # before covid": a later trial's, asked the death again).
    from_today = _FROM_TODAY_ENDS.search(text.lower()) or _COUNTED_ENDS.search(text.lower())
    if not (re.search(r"\d", text) or from_today) or (not roughly and ("~" in text or (
        set(re.findall(r"[a-z]+", text.lower())) & (
            _NOT_EXACT - _LAST - {"ago"} if from_today else _NOT_EXACT)
    ))):
        return None
    words = text.replace(")", " ").split()
    for start in range(first, len(words)):
        value, why = parse_date(" ".join(words[start:]).rstrip(".!"), today)
        if value is not None:
            if start and words[start - 1].strip(",") in _RANGE_JOINS and \
                    _opens_a_date(words[start]):
                # The end of a range whose start was not read ("from the 20s to 2015"): a
                # later trial's "from the 70s to 2015" was taken as 2015. Not a clause joined
                # by "and" ("he was a photographer and he passed away in 2016", a later
                # trial's, whose death year was dropped).
                return None
            # "2009 or so": not said, unless ``roughly``.
            return None if why.startswith(_ROUGH_TAKEN) and not roughly else value
    return None


def _opens_a_date(word: str) -> bool:
    """Whether a word may open a date ("2015", "the 70s", "march", "early", "around"), as the
    end of a range does after its "to" or "and"; not a clause's subject ("he passed ...")."""
    word = word.lower().strip(",.")
    return word[:1].isdigit() or word in _MONTHS or word in _SEASONS or word in _DATE_OPENERS


_DATE_OPENERS = frozenset({
    "the", "early", "mid", "late", "around", "about", "circa", "roughly", "approximately",
    "maybe", "like", "sometime", "some", "now", "today", "present", "spring", "summer", "winter",
})


_LAST = frozenset({"last", "this", "past"})
# A time said from today that ends a sentence ("yes, last fall", "last march i think"), as
# _relative reads it; words of doubt after it are read as a date's are.
_FROM_TODAY_ENDS = re.compile(
    rf"\b(?:(?:last|this past) (?:{'|'.join([*_SEASONS, *_MONTHS])})|last year|this past year)"
    rf"(?:[\s,]+(?:{_UNSURE}))?[\s.!]*$"
)
_RANGE_JOINS = frozenset({"to", "till", "til", "until", "through", "thru", "and", "or", "-", "&"})


# How far a year said roughly ("around 2019") may lie from the year said: a side question is
# answered by it only where every year that near is on one side of the day it turns on.
ROUGH_YEARS = 2


def rough_year(text: str) -> int | None:
    """The one year a date said roughly names ("probably around 2019", "early 2010s" is not one
    year), else None."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    years = _A_YEAR.findall(text)
    if len(years) != 1 or not (words & (_ROUGHLY | _VAGUE) or _doubted(normalize(text))):
        return None
    if re.search(r"\d0'?s\b", text):  # a decade
        return None
    return int(years[0])


def date_within(text: str, today: dt.date) -> DateRange | None:
    """The date a sentence ends with ("she died in 2021"), else None."""
    return _ending_date(text, today, 1)


# Words a sentence may end with after its date, which say nothing of it ("in 2021 like i said").
_AS_SAID = re.compile(r"[\s,.!]+(?:like|as) i (?:said|told you|say)[.!]*$", re.IGNORECASE)


def date_said_after(text: str, today: dt.date) -> DateRange | None:
    """A date said after a yes or no ("no, he died in 2021", "no she died in 2021", "yes, in
    2021 like i said"; not "yes, around 2015"), else None: in the words after the first comma
    (or dash, or colon), or after the yes or no that opens the sentence."""
    text = _AS_SAID.sub("", text.strip())
    parts = _parts(text)
    if len(parts) == 2:
        return _ending_date(parts[1], today, 0)
    head, _, rest = text.strip().partition(" ")
    if rest and _bare(head) in _YES | _NO:
        return _ending_date(rest, today, 0)
    return None


def date_said_in_part(text: str, today: dt.date) -> DateRange | None:
    """A date said after a yes or no as a part of a year or decade ("no, late 2021": July to
    December 2021), not roughly (not "no, around 2021"); else None. A later trial's daughter,
    asked whether her father died before 8 July 2020, said "no, late 2021", saw the date
    dropped, and was asked whether he died before 21 June 2024."""
    cleaned = _clean(_AS_SAID.sub("", text.strip()))
    if _said_roughly(cleaned) or not set(re.findall(r"[a-z]+", cleaned)) & _VAGUE:
        return None
    return date_said_roughly(text, today)


def date_said_roughly(text: str, today: dt.date) -> DateRange | None:
    """The date a sentence ends with, said roughly or not ("yes, around 2019", "she passed
    early 2020"), as the range a date said so is taken as; else None. Only where no yes or
    no turns on the date's side of a day (a death said with a yes: its date is asked more
    exactly where it matters, with the range said back)."""
    return _ending_date(_AS_SAID.sub("", text.strip()), today, 1, roughly=True)


def date_said_with(text: str, today: dt.date) -> DateRange | None:
    """The date said with a yes ("yes, he died in 2016", "yes, around 2019"), exactly or
    roughly, wherever in the sentence; else None (of a death, of an RCMP search: a trial's
    person saw the year dropped and was asked it again)."""
    return date_said_after(text, today) or date_within(text, today) or \
        date_said_roughly(text, today)


def parse_date(text: str, today: dt.date, age: bool = False) -> tuple[DateRange | None, str]:
    """A date as a person says it, as a range of days, or (None, why it was refused).

    A day (1990-04-12, 12 April 1990, April 12, 1990), a month (June 2018, 2018-06,
    06/2018), a year (2015), a season (spring 2015; winter 2015-2016), a decade (the
    1990s), or a range between two of these: "between 1988 and 1992", "1988 to 1992",
    "since 2001", "2010 to now", "after 2015", "before 2012", "by June 2018"; EDTF too.
    A year said roughly ("about 1990") is the years around it (_roughly); with ``age``, of a
    date of birth, an age ("im 52") is the year of days it gives. Refused: a day that could be
    read two ways (04/12/1990), a winter without its two years, and a date wholly after
    ``today``.
    """
    words = _clean(text)
    short = _MONTH_SHORT_YEAR.fullmatch(words)
    if short is not None and short[1] in _MONTHS:
        # "march 91" (a later trial's date of birth, refused): a month named with two digits
        # of its year, the latest such year by today, said back.
        year = 2000 + int(short[2])
        if year > today.year:
            year -= 100
        value, why = parse_date(f"{short[1]} {year}", today, age)
        if value is None or why:
            return value, why
        return value, f"taken as: {_said(value)}"
    # "2019 like i said" (a later trial's, "Not understood"): said again, as said before.
    words = " ".join(_LIKE_I_SAID.sub(" ", words).split()).strip(" ,") or words
    # "it was in 2015", "he died before covid", "that was 2020 sometime" (a later trial's were
    # refused): what leads to the date says nothing of it; the date is said back as taken.
    led = _LEADS_TO_DATE.sub("", words)
    if led and led != words:
        value, why = parse_date(led, today, age)
        return _said_back(value, why)
    # "sometime in the 80s" is "in the 80s" ("2016ish" is "2016 ish" already: _clean).
    words = _SOMETIME.sub("", words) or words
    words = _SOMETIME_AFTER.sub(r"\1", words) or words  # "in the 2010s sometime" (a trial's)
    # "since like 2008" (a trial's): "like" before a year says it roughly, as "about" does; so
    # does "let's say 2015" (a later trial's photo studio, taken as exactly 2015).
    # "like in 2015", "like between 2008 and 2011" too (a trial's were refused).
    words = _LIKE_A_YEAR.sub("about ", _LIKE_ROUGHLY.sub("", words))
    # "2018 when he died" (a later trial's): the clause after the date is set apart, as after a
    # comma ("2018, when he died" was taken).
    words = _WHEN_AFTER.sub(r"\1, \2 ", words)
    if age and _BORN_LEADS.search(words):
        # "born 1981", "i was born in 1981", "im 44, born 1981" (a later trial's, told "'born'
        # is not a month"): of a date of birth, "born" leads to the date, and an age said
        # beside it adds nothing to it.
        words = _BORN_LEADS.sub("", words).strip(" ,") or words
        parts = [part.strip() for part in words.split(",")]
        if len(parts) > 1 and any(_AGE.fullmatch(part) for part in parts):
            words = ", ".join(part for part in parts if not _AGE.fullmatch(part))
    if age and (turned := _TURNED.fullmatch(words)) is not None:
        return _born_turning(int(turned[1]), turned[2], today)
    if "," in words:
        # "fall of 2019, maybe october" (a trial's): the doubt is of the words beside the date,
        # not of the date; the one part with a year is read alone, and said back so.
        parts = [part.strip() for part in words.split(",") if part.strip()]
        dated = [part for part in parts if _A_YEAR.search(part)]
        if len(dated) == 1 and len(parts) > 1 and not _rough_words(dated[0]) and any(
            _rough_words(part) and _refines(part) for part in parts if part is not dated[0]
        ):
            value, why = parse_date(dated[0], today, age)
            if value is not None:
                return value, (why or f"taken as: {_said(value)}") + "; the words beside it are not read"
        narrowed = _narrowed(parts, today, age)
        if narrowed is not None:
            return narrowed
        aside = parts[1:]
        if len(parts) > 1 and not any(_dated_words(part) for part in aside):
            # "last spring too, she took them for our new menu" (a later trial's, told to give
            # the year; "last spring" alone was taken): a date, then words that say nothing of
            # one, read alone and said back so.
            first, why = parse_date(parts[0], today, age)
            if first is not None:
                return first, (why or f"taken as: {_said(first)}") + \
                    "; the words beside it are not read"
    tokens = set(re.findall(r"[a-z]+", words))
    if tokens & _MOSTLY and (_A_YEAR.search(words) or re.search(r"\d0'?s\b", words)):
        # "the 80s and 90s mostly" (a later trial's, told only how to write a date): of a
        # group of photographs some of which fall outside; nothing is guessed.
        return None, ("\"mostly\" leaves some outside those years: give the years all of "
                      "them fall in (the 1970s to the 1990s, say), or don't know")
    if tokens & _VAGUE and (ends := _vague_ends(words, today)) is not None:
        return ends
    if _said_roughly(words):
        return _roughly(text, words, today)
    if tokens & _VAGUE:
        # "early 2019": a later trial's "early 2019", of a death before 8 July 2020, was
        # refused; then taken as the whole year, which "early 2020" (an arrest in February) still
        # straddled. Early is the first half of a year or decade, late the second, mid its
        # middle (_part_of); a month said so is the month.
        plain = " ".join(w for w in re.sub(r"\b(?:of|in|the)\b", " ", words).split()
                         if w not in _VAGUE).strip(" ,")
        value, why = parse_date(plain, today) if plain else (None, "")  # "early 80s" too
        if value is None and "in the future" in why:
            return None, why
        within = _VAGUE_WITHIN.search(words) if value is None else None
        if within is not None and within[0] != words and not (
            # Not one end of a period ("the early 2000s till now", a later trial's, was taken
            # as 2000 to 2004).
            set(re.findall(r"[a-z]+", words.replace(within[0], " "))) & (_OF_A_PERIOD | _NOW_WORDS)
        ):
            # "she died in early 2019 so yeah" (a trial's): the part of a year said within a
            # sentence, read alone.
            return parse_date(within[0], today)
        named = re.search(r"\b\d{4}s?\b|\b\d0'?s\b", plain) if value is not None else None
        if value is not None and named is not None and \
                (value.earliest == dt.date.min) != (value.latest == dt.date.max):
            # "since the early 2000s" (a later trial's son, of his father's photographs, told of
            # the months of a year): one end of a span, the part naming the day it opens from
            # (or closes at, "before the late 90s").
            bounded, _ = parse_date(named[0], today)
            if bounded is not None:
                part = _part_of(bounded, tokens & _VAGUE, today)
                value = DateRange.between(part.earliest, dt.date.max) if value.latest == \
                    dt.date.max else DateRange.between(dt.date.min, part.latest)
                return value, f"taken as: {value.words()}"
        if value is None or value.earliest == dt.date.min or value.latest == dt.date.max:
            return None, (
                f"early, mid or late {_EITHER_SIDE}; give the months you are sure of, like "
                "between January and April 2020"
            )
        value = _part_of(value, tokens & _VAGUE, today)
        return value, f"taken as: some time {_some_time(value)}"
    relative = _relative(words, today)
    if relative is not None:
        return relative
    if tokens & _RELATIVE or _FEW.search(words):
        if tokens & (_OF_A_LIFE - _PANDEMIC_WORDS) and not re.search(r"\d", words):
            # "a few years after high school" (a later trial's, told "a time relative to
            # today"): a time of one's life, which an age places.
            return None, ("give the year, or how old you were (roughly if need be: around "
                          f"1995, or when I was about 22); {DATE_HINT}")
        return None, f"give the year, not a time relative to today; {DATE_HINT}"
    if tokens & _PANDEMIC_WORDS and not re.search(r"\d", words):
        # "right after covid", "during covid" (a later trial's were told "not a time of your
        # life"): when the pandemic ended is no one day, so the year is asked.
        return None, ("give the year (roughly if need be: around 2021), as the pandemic has "
                      f"no one day it ended; {DATE_HINT}")
    if tokens & _OF_A_LIFE and not re.search(r"\d", words):
        # "when i was in high school", "since i was little" (a later trial's): a time of one's
        # life, which the rules cannot place.
        return None, ("give the year, not a time of your life (roughly if need be: around "
                      f"1995); {DATE_HINT}")
    # "1950 something" is the 1950s; "in 2021, in the spring" is spring 2021 (a trial's son
    # said both of his father and was told how to write a date).
    words = _SOMETHING.sub(r"\g<1>0s", words)
    words = _SEASON_AFTER.sub(r"\g<2> \g<1>", words)
    short = _SHORT_DECADE_SAID.fullmatch(words)
    if short is not None and 2000 + int(short[1]) * 10 > today.year:
        # "the 80s": the 2080s are to come, so the 1980s (a later trial's "in the 80s" was
        # told to say which century); "the 20s" could be either, and is still asked.
        decade = 1900 + int(short[1]) * 10
        return DateRange.parse(f"{decade}/{decade + 9}"), f"taken as: the {decade}s"
    if short is None and _SHORT_DECADE_WITHIN.search(words):
        # "from the 70s to 2015", "the 80s or 90s" (a later trial's photographer): each decade
        # of the past century so said is written whole, and the whole read and said back; a
        # range's end was refused, and the sentence's last year alone taken (interview.py,
        # date_in_words). "The 20s" could be either century, and is still asked.
        whole = _SHORT_DECADE_WITHIN.sub(
            lambda d: f"{1900 + int(d[1]) * 10}s" if 2000 + int(d[1]) * 10 > today.year else d[0],
            words,
        )
        if whole != words:
            value, why = parse_date(whole, today, age)
            return _said_back(value, why)
    said_age = _AGE.fullmatch(words) if age else None
    if said_age is not None and int(said_age[1] or said_age[2]) < 130:
        # ``age``, of a date of birth: "im 52" (a later trial's person) is born between the day
        # after the birthday 53 years ago and today 52 years ago.
        years = int(said_age[1] or said_age[2])
        born = DateRange.between(
            _years_before(today, years + 1) + dt.timedelta(days=1), _years_before(today, years)
        )
        return born, f"taken as: born between {in_words(born.earliest)} and {in_words(born.latest)}"
    value, why = _point(words, text)
    if value is None and not why:
        if match := _YEARS.fullmatch(words):
            value, why = _years(match[1], match[2])
        elif (relation := _relation(words)) is not None:
            value, why = _related(*relation, text)
        elif either := _EITHER.fullmatch(words) or _DECADES_AND.fullmatch(words):
            value, why = _either(either[1], either[2])
        else:
            why = DATE_HINT
    if value is None and why == DATE_HINT and "," in words:
        return _one_part(words, today, age)
    if value is None:
        return None, why
    if value.earliest > today:
        shown = value.text if value.exact else text.strip()
        return None, f"{shown} is a date in the future (today is {today.isoformat()})"
    return value, ""


# Two dates joined as the ends of a range or as either of two ("from the late 90s until
# 2019", "2019 maybe early 2020", "late 2019 or early 2020"), each said alone.
_TWO_DATES = re.compile(
    r"(?:from |between )?(.+?),? (?:to|until|till|til|through|thru|-|and|or(?: maybe)?|maybe|"
    r"perhaps) (.+)"
)


def _vague_ends(words: str, today: dt.date) -> tuple[DateRange, str] | None:
    """A date between two, one said as the early, mid or late part of a year or decade: the
    days from the first one's earliest to the second one's latest, said back so. "From the late
    90s until 2019" was read as 1990 to 2019 (the "late" dropped, the decade kept whole), and
    "2019 maybe early 2020" as January to June 2020 (a later trial's photographer and arrested
    person); None where the words are not two dates so joined, each with its year or decade."""
    dated = [part for part in words.split(",") if _A_YEAR.search(part)]
    if len(dated) == 1 and dated[0].strip() != words:
        # "a few years back, 2019 or early 2020" (the same trial's): the dates, read alone.
        alone = _vague_ends(dated[0].strip(), today)
        return None if alone is None else (alone[0], alone[1] + "; the words beside it are not read")
    match = _TWO_DATES.fullmatch(words)
    if match is None:
        return None
    ends = []
    for part in match.groups():
        if not (_A_YEAR.search(part) or re.search(r"\d0'?s\b", part)):
            return None  # "early to mid 2019": one end names no year
        value, _ = parse_date(part, today)
        if value is None or value.earliest == dt.date.min or value.latest == dt.date.max:
            return None
        ends.append(value)
    first, last = ends
    if first.earliest > last.latest or last.earliest > today:
        return None  # ends before it begins, or ends wholly after today
    value = DateRange.between(first.earliest, min(last.latest, today))
    return value, f"taken as: some time {_some_time(value)}"


_VAGUE_WITHIN = re.compile(
    # (A decade whole too: "the early 2000s, when i was in university", a trial's, refused.)
    r"\b(?:early|mid|middle|late|beginning of|end of|start of) (?:the )?"
    r"(?:(?:19|20)\d0'?s|(?:19|20)\d\d|\d0'?s)\b"
)


def _narrowed(parts: list[str], today: dt.date, age: bool) -> tuple[DateRange, str] | None:
    """A date said roughly within a span said surely: "the 80s, maybe 1985 or so", "early
    2000s, maybe 2003" (a trial's heir was refused the first, told a date said roughly could
    fall either side of a day). The years around the rough one (as it is read alone) that lie
    in the sure span; None where the two do not overlap, or are not one of each."""
    if len(parts) != 2:
        return None
    rough = [part for part in parts if _said_roughly(part)]
    if len(rough) != 1:
        return None
    sure_part = parts[1] if rough[0] is parts[0] else parts[0]
    sure, sure_why = parse_date(sure_part, today, age)
    guess, _ = parse_date(rough[0], today, age)
    if sure is None or guess is None:
        return None
    first, last = max(sure.earliest, guess.earliest), min(sure.latest, guess.latest)
    if first > last or sure.latest - sure.earliest < guess.latest - guess.earliest:
        return None  # "2019, maybe 2018": the span said first is no surer than the guess
    value = DateRange.between(first, last)
    within = sure_why.removeprefix("taken as: ").removeprefix("some time ")
    if not within.startswith(("the ", "between ")):
        within = _some_time(sure)
    return value, f"taken as: some time {_some_time(value)} ({rough[0].strip()}, {within})"


def _dated_words(part: str) -> bool:
    """Whether words beside a date may say something of it: a number, a month or season, a word
    of doubt, of a part, of a time from today or of one's life, or a question."""
    tokens = set(re.findall(r"[a-z]+", part))
    return bool(re.search(r"\d", part)) or part.rstrip().endswith("?") or _doubted(part) or \
        bool(tokens & (_ROUGHLY | _VAGUE | _RELATIVE | _NOW_WORDS | _OF_A_LIFE | _RANGE_JOINS)) or \
        any(_month(word) is not None or word in _SEASONS or word == "winter" for word in tokens) \
        or bool(tokens & {"before", "after", "since", "from", "between", "except", "not", "no",
                          "maybe", "or", "birth", "born", "died", "covid", "pandemic"})


def _refines(part: str) -> bool:
    """Whether words beside a date name a part of it (a month, a season, a day: "maybe
    october", "probably the 12th"), not only a doubt of it ("i think")."""
    plain = _HEDGE_WORDS.sub(" ", part)
    return bool(re.search(r"\d", plain)) or any(
        _month(word) is not None or word in _SEASONS or word == "winter" for word in plain.split()
    )


def _said_roughly(words: str) -> bool:
    """Whether words say a date roughly: "about 1990", "1990?", "~2001", "c. 1990", "2009 or
    so", "2015 i think"."""
    return bool(set(re.findall(r"[a-z]+", words)) & _ROUGHLY) or "~" in words or \
        "or so" in words or words.endswith("?") or bool(re.match(r"c\. ?\d", words)) or \
        _doubted(words)


def _rough_words(part: str) -> bool:
    """Whether words say a date roughly (:func:`_said_roughly`), or only a part of it: early,
    mid or late."""
    return _said_roughly(part) or bool(set(re.findall(r"[a-z]+", part)) & _VAGUE)


def _part_of(value: DateRange, said: set[str], today: dt.date) -> DateRange:
    """The early, middle or late part of a year (January to June, April to September, July
    to December) or of a decade (its first five years, its middle four, its last five); a
    month or a day, or a span of other lengths, whole."""
    first, last = value.earliest, value.latest
    one_year = first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31)
    decade = (first.year % 10 == 0 and first == dt.date(first.year, 1, 1)
              and last == dt.date(first.year + 9, 12, 31))
    if not (one_year or decade):
        return value
    if said & {"early", "beginning", "start"}:
        part = ((first, dt.date(first.year, 6, 30)) if one_year
                else (first, dt.date(first.year + 4, 12, 31)))
    elif said & {"late", "end"}:
        part = ((dt.date(first.year, 7, 1), last) if one_year
                else (dt.date(first.year + 5, 1, 1), last))
    else:  # mid, middle
        part = ((dt.date(first.year, 4, 1), dt.date(first.year, 9, 30)) if one_year
                else (dt.date(first.year + 3, 1, 1), dt.date(first.year + 6, 12, 31)))
    if part[0] > today:
        return value
    return DateRange.between(part[0], min(part[1], today))


# A time said from today ("last year", "3 years ago", "a couple of years ago": a trial's person,
# told only "Not understood" where a date was asked with a yes or a no), or before the
# pandemic ("before covid": declared by the World Health Organization on 11 March 2020).
# Numbers in words, as a count of years or of transfers is said ("two", "twenty").
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_COUNTS = {"a": 1, "an": 1, **NUMBERS}
_A_COUNT = "|".join(_COUNTS)
# A count of years, or two ("2 or 3 years ago": a later trial's, refused as "a time relative
# to today" though "about 2 years ago" was taken).
_ONE_COUNT = rf"(?:\d{{1,2}}|{_A_COUNT})"
_A_COUNT_SAID = rf"{_ONE_COUNT}(?:(?: or | to |-){_ONE_COUNT})?|a couple of|a couple|a few|few"
_AGO = re.compile(
    rf"(?:about |around |roughly |like |maybe )?({_A_COUNT_SAID}) (?:years?|yrs?) (?:ago|back)"
)
# A season (_SEASONS, as EDTF numbers them) or a month (_MONTHS) said from today ("last fall",
# "last march").
_LAST_SEASON_OR_MONTH = re.compile(rf"(?:last|this past) ({'|'.join([*_SEASONS, *_MONTHS])})")
_COVID = r"(?:the )?(?:covid(?:-?19)?|pandemic|corona(?:virus)?)"
_BEFORE_COVID = re.compile(rf"(?:before|pre) {_COVID}")
PANDEMIC_DECLARED = dt.date(2020, 3, 11)
# Counted back from the pandemic as _AGO counts back from today ("a few years before covid", a
# trial's, was refused as "a time relative to today"); "right before covid": the year before.
_YEARS_BEFORE_COVID = re.compile(
    rf"(?:about |around |roughly |like |maybe )?({_A_COUNT_SAID}) (?:years?|yrs?) before {_COVID}"
)
# "the year before covid" (a later trial's, refused): the calendar year before the pandemic's.
_YEAR_BEFORE_COVID = re.compile(rf"(?:the )?year before {_COVID}")
# A time said from the pandemic or counted back from today, ending a sentence (_ending_date).
_COUNTED_ENDS = re.compile(
    rf"\b(?:(?:right |just |shortly |a bit )?before {_COVID}|(?:the )?year before {_COVID}|"
    rf"(?:{_A_COUNT_SAID}) (?:years?|yrs?) (?:before {_COVID}|ago))[\s.!]*$"
)
_SEASON_BEFORE_COVID = re.compile(
    rf"(?:the |that )?(spring|summer|fall|autumn|winter) (?:right |just )?before {_COVID}"
)
_JUST_BEFORE_COVID = re.compile(rf"(?:right|just|shortly|not long|a bit) before {_COVID}")


def _relative(words: str, today: dt.date) -> tuple[DateRange | None, str] | None:
    """A date said from today or before the pandemic, and how it was taken; None otherwise."""
    words = words.removeprefix("in ").removeprefix("sometime ").removeprefix("some time ")
    if words in ("last year", "this past year"):
        year = today.year - 1
        return DateRange.between(dt.date(year, 1, 1), dt.date(year, 12, 31)), f"taken as: {year}"
    if words in ("this year", "earlier this year"):
        value = DateRange.between(dt.date(today.year, 1, 1), today)
        return value, f"taken as: some time between {in_words(value.earliest)} and today"
    if (last := _LAST_SEASON_OR_MONTH.fullmatch(words)) is not None:
        # "last fall", "last march" (a later trial's "last fall i think" was refused): the most
        # recent one over by today, said back with its year.
        named = last[1]
        for year in (today.year, today.year - 1):
            number = _SEASONS.get(named) or _MONTHS[named]
            value = DateRange.parse(f"{year}-{number:02d}")
            if value.latest < today:
                return value, f"taken as: {value.words().removeprefix('in ')}"
        return None
    declared = f"{in_words(PANDEMIC_DECLARED)}, when the pandemic was declared"
    if _BEFORE_COVID.fullmatch(words):
        value = DateRange.between(dt.date.min, PANDEMIC_DECLARED - dt.timedelta(days=1))
        return value, f"taken as: before {declared}"
    if (season := _SEASON_BEFORE_COVID.fullmatch(words)) is not None:
        # "summer before covid" (a later trial's, refused): that season of 2019; a winter, the
        # one that ended as the pandemic was declared (December 2019 to February 2020).
        value = DateRange.parse(f"2019-{_SEASONS.get(season[1], 24)}")
        return value, f"taken as: {value.words().removeprefix('in ')}, before {declared}"
    if _YEAR_BEFORE_COVID.fullmatch(words):
        year = PANDEMIC_DECLARED.year - 1
        return DateRange.parse(str(year)), f"taken as: {year}, the year before {declared}"
    if _JUST_BEFORE_COVID.fullmatch(words):
        value = DateRange.between(
            _years_before(PANDEMIC_DECLARED, 1), PANDEMIC_DECLARED - dt.timedelta(days=1)
        )
        return value, f"taken as: some time in the year before {declared}"
    if (before := _YEARS_BEFORE_COVID.fullmatch(words)) is not None:
        low, high = _years_back(before[1])
        value = DateRange.between(
            _years_before(PANDEMIC_DECLARED, low), _years_before(PANDEMIC_DECLARED, max(high, 1))
        )
        return value, (f"taken as: some time between {in_words(value.earliest)} and "
                       f"{in_words(value.latest)}, counted back from {declared}")
    if (ago := _AGO.fullmatch(words)) is not None:
        low, high = _years_back(ago[1])
        value = DateRange.between(_years_before(today, low), _years_before(today, high))
        return value, (f"said from today: taken as some time between {in_words(value.earliest)} "
                       f"and {in_words(value.latest) if high else 'today'}")
    return None


def _years_back(count: str) -> tuple[int, int]:
    """The most and the fewest years back a count said loosely ("2", "two", "a few") covers;
    of two counts ("2 or 3", "two to three"), what either covers."""
    two = re.fullmatch(rf"({_ONE_COUNT})(?: or | to |-)({_ONE_COUNT})", count)
    if two is not None:
        first, second = _years_back(two[1]), _years_back(two[2])
        return max(first[0], second[0]), min(first[1], second[1])
    if count.isdigit():
        return int(count) + 1, max(int(count) - 1, 0)
    if count.startswith("a couple"):
        return 3, 1
    if count.endswith("few"):
        # Said loosely of anything from two to some seven years back (a trial's search "a few
        # years ago", taken as 2021 to 2024, ruled out one in 2019 unasked): wide enough that a
        # day that matters within it is asked.
        return 7, 2
    return _COUNTS[count] + 1, _COUNTS[count] - 1


_FOR_YEARS = re.compile(
    r"(?:\b(?:for|the (?:last|past)) |^)(?:(about|around|roughly|approximately|almost|nearly|over|more "
    rf"than|like|maybe|probably) )?(\d{{1,3}}|{'|'.join(NUMBERS)}) (?:years?|yrs?)(?: now)?\b"
)


def _since_years_before(said: re.Match[str], today: dt.date) -> str:
    """ "for about 20 years" as "since about 2006": the year so many years before today."""
    count = said[2]
    years = int(count) if count.isdigit() else NUMBERS[count]
    return f"since {'about ' if said[1] else ''}{today.year - years}"


# The words that say a date is rough, taken off to read the date itself ("2015 i think").
_HEDGE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(_ROUGHLY, key=len, reverse=True)) + rf"|{_UNSURE}|or so|"
    r"if i remember(?: right| correctly)?|something like|more or less|idk|i dunno|dunno|"
    r"not sure|i'?m not sure|no idea)\b|~|\?|^c\. ?(?=\d)"
)


# The words that join a span's two ends ("2012 till 2016").
_SPAN_JOIN = re.compile(r"\b(?:to|till|til|until|through|thru)\b")


def _roughly(text: str, words: str, today: dt.date) -> tuple[DateRange | None, str]:
    """A date said roughly ("around 1988", "2009 or so", "2015 i think"): the years within
    ROUGH_YEARS of it (an end left open stays open), said back so, where it names a year;
    refused otherwise (a decade, said roughly, names none). Refused, a
    trial's person made up an exact year to get past the question ("since 2016"), which
    misleads more than a range: a range that straddles a day that matters is asked again
    more exactly (Choosing: an imprecise date is asked once more)."""
    # Its commas kept: "around 2021, we came from france" is the date before the comma.
    plain = " ".join(_HEDGE_WORDS.sub(" ", words).split()).strip(" ,").replace(" ,", ",")
    relative = _relative(plain, today)
    if relative is not None and relative[0] is not None and plain != words:
        return relative  # "about 2 years ago": a span already
    decade = re.search(r"\d0'?s\b", plain)
    vague = set(re.findall(r"[a-z]+", plain)) & _VAGUE
    # A decade said roughly names no year, but its part does ("late 2000s maybe", a later
    # trial's, was refused, and "around 2008" then taken): widened as a year is.
    # A span from a decade to a year said roughly ("from the 80s until 2012 or so", a later
    # trial's photographer, refused) names a year: the span, widened as a year is.
    spans = decade and _A_YEAR.search(plain) and _SPAN_JOIN.search(plain)
    if plain == words or (decade and not vague and not spans) or \
            not (decade or _A_YEAR.search(plain)):
        return None, ROUGHLY_WHY
    value, why = parse_date(plain, today)
    if value is None and why.startswith("winter "):
        # "winter 2011 i think" (a later trial's, taken as 2009 to 2013): which winter is asked,
        # as of "winter 2011" said surely.
        return None, why
    if value is not None and vague and not decade:
        # "early 2020, maybe february" (a trial's): early is itself a span (January to June),
        # not widened by years again; the doubt is of the month named in it. Said in doubt
        # alone ("early 2020 i think": a later trial's, taken as January to June and a search
        # then as surely on or before 8 July 2020), the month before it to the month after, as
        # a season said so is.
        # (A doubt in words, "i think", "maybe": not "about" at a sentence's start, "its about
        # my moms photos, she passed away in early 2019".)
        if set(re.findall(r"[a-z]+", plain)) & set(_MONTHS) or value.earliest == dt.date.min \
                or value.latest == dt.date.max or (value.latest - value.earliest).days >= 300 \
                or not re.search(rf"\b(?:{_UNSURE})\b", words):
            return value, why
        low = _months_after(value.earliest.replace(day=1), -1)
        high = min(_months_after(value.latest.replace(day=1), 2) - dt.timedelta(days=1), today)
        widened = DateRange.between(low, high)
        return widened, _ROUGH_TAKEN + "some time " + _said(widened)
    if value is None and len(_A_YEAR.findall(plain)) == 1:
        # The one year a sentence ends with ("took most of them around 2015", a trial's
        # photographer, was refused as rough though "around 2015" was taken).
        value = _ending_date(plain, today, 1)
    if value is None:
        return None, ROUGHLY_WHY
    # An end left open stays open ("since 2009 or so": in or after 2007).
    low = value.earliest if value.earliest == dt.date.min else dt.date(
        max(value.earliest.year - ROUGH_YEARS, 1), 1, 1)
    high = value.latest if value.latest == dt.date.max else min(
        dt.date(value.latest.year + ROUGH_YEARS, 12, 31), today)
    if high < low:
        return None, ROUGHLY_WHY
    month = value.earliest.replace(day=1)
    if value.earliest != dt.date.min and value.latest != dt.date.max and \
            (value.latest - value.earliest).days < 300:
        # A month, a day or a season said roughly ("february 2020 i think", a trial's arrest;
        # "spring of 2018 maybe", a later trial's search, taken as 2016 to 2020 and refused as
        # perhaps after 8 July 2020) is the month before it to the month after, not the years
        # around it.
        last = value.latest.replace(day=1)
        low, high = _months_after(month, -1), min(_months_after(last, 2) - dt.timedelta(days=1), today)
        widened = DateRange.between(low, high)
        return widened, _ROUGH_TAKEN + "some time " + _said(widened)
    if low == dt.date.min:
        said = f"before the end of {high.year}"
    elif high == dt.date.max:
        said = f"in or after {low.year}"
    else:
        said = f"some time between {low.year} and {high.year}"
    return DateRange.between(low, high), _ROUGH_TAKEN + said


_ROUGH_TAKEN = "said roughly: taken as "
_MONTH_SHORT_YEAR = re.compile(r"(?:in )?([a-z]+)\.? '?(\d\d)")
_LIKE_A_YEAR = re.compile(
    r"\b(?:like|let'?s say|say) (?=(?:the |in |in the |from |between |since |before |after )?"
    # "in like september 2024" (a later trial's, taken as exactly that month): a month too. A
    # year or a decade, not a count ("like 2 years in boston", a later trial's, was "about 2").
    r"(?:\d{4}|\d0'?s\b|'\d0s|(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.? \d))"
)
# "like around 2015" (said once roughly, not twice: it was taken as 2011 to 2019).
_LIKE_ROUGHLY = re.compile(r"\blike (?=(?:around|about|roughly|approximately|maybe|probably) )")
_WHEN_AFTER = re.compile(r"(\d) (when|as|because) ")
_ISH = re.compile(r"(\d)-?ish\b")
_SOMETIME_AFTER = re.compile(r"(?<=\d)('?s)?\s+(?:some ?time|at some point)$")
_SOMETIME = re.compile(r"^(?:some ?time|some point)\s+(?=in\b|during\b|around\b|about\b)")
_FEW = re.compile(r"\b(?:a few|a couple of|couple|several|some) (?:years|months|weeks)\b|\bback\b")
_OF_A_PERIOD = frozenset({"to", "till", "until", "til", "since", "from", "between"})
_NOW_WORDS = frozenset({"now", "today", "present"})
_LIKE_I_SAID = re.compile(r",?\s*\b(?:like|as) (?:i|we) (?:said|told you|mentioned)\b,?")
_LEADS_TO_DATE = re.compile(
    r"^(?:(?:it|that|this) (?:was|is|happened|would have been|would be)|"
    r"(?:he|she|they|we|i) (?:died|passed(?: away| on)?|got (?:it|them)|took (?:it|them)|"
    r"moved(?: here| there)?|left|started|began))\b,?\s+(?=\S)"
)
# "born" before a date of birth, at the start of the answer or of a part of it after a comma.
_BORN_LEADS = re.compile(
    r"(?:^|(?<=, )|(?<=,))(?:(?:i|he|she|they) (?:was|were) )?born(?: in| on)?\s+(?=.*\d)"
)
_MOSTLY = frozenset({"mostly", "mainly", "largely", "generally"})
_AN_END = frozenset({"now", "today", "present", "passed", "died", "death", "birth", "born"})
_PANDEMIC_WORDS = frozenset({"covid", "pandemic", "corona", "coronavirus"})
_OF_A_LIFE = frozenset({
    "school", "kid", "child", "little", "young", "teen", "teenager", "baby", "college",
    "university", "covid", "pandemic", "retired", "married",
})
# A date of birth said by a birthday: "i turned 18 around 2012" (a later trial's, read as born
# around 2012).
_TURNED = re.compile(
    r"(?:i|he|she|they|we) turned (\d{1,3})(?: years old)?,? (?:on |in |back in )?(.+)"
)


def _born_turning(years: int, when: str, today: dt.date) -> tuple[DateRange | None, str]:
    """The days of birth of one who turned ``years`` on the date ``when`` says (a year: born in
    the year so many years before; said roughly, the years around it)."""
    said, why = parse_date(when, today)
    if said is None or said.earliest == dt.date.min or said.latest == dt.date.max or years > 130:
        return None, why or DATE_HINT
    born = DateRange.between(
        _years_before(said.earliest, years), _years_before(said.latest, years)
    )
    if born.exact:
        return born, f"taken as: born on {in_words(born.earliest)}"
    said_born = _said(born)
    within = "" if said_born.startswith(("between", "on or", "in or")) else "in "
    return born, f"taken as: born {within}{said_born}"


def _one_part(words: str, today: dt.date, age: bool) -> tuple[DateRange | None, str]:
    """A date said with other words beside it, after or before a comma ("before covid, 2018 or
    2019"; "around 2021, we came from france": a later trial's): the one part that says a
    date, said back as taken; refused where none does, or more than one."""
    found = []
    for part in words.split(","):
        part = part.strip()
        said = set(part.split())
        if not _A_YEAR.search(part) and said & _OF_A_PERIOD and said & _AN_END:
            return None, DATE_HINT  # "2015 to 2021, ontario till he passed": a period's words
        if _A_YEAR.search(part):
            value, why = parse_date(part, today, age)
            if value is None:
                return None, why
            found.append((part, value, why))
    if len(found) != 1:
        return None, DATE_HINT
    part, value, why = found[0]
    return value, why or f"taken as: {_said(value)}; the words beside it are not read"


_AGE = re.compile(
    r"(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are|aged?|age)\s+(\d{1,3})"
    r"(?: years old| years| yrs old| yrs| yo)?|(\d{1,3}) years old"
)
_SOMETHING = re.compile(r"^(?:the )?(\d{3})0 ?-?something$")
_SEASON_AFTER = re.compile(r"^(?:in )?(\d{4}),? (?:in )?(?:the )?(spring|summer|autumn|fall)$")


# "2012 or 2013", "June or July 2015": one or the other (a period is never said so).
_EITHER = re.compile(r"(.+?),? or (.+)")
# Two decades said together ("in the 1970s and 1980s", a trial's of her mother's photographs,
# with "the 70s and 80s" written whole first): the days of both, as "or" gives.
_DECADES_AND = re.compile(r"(?:in |during )?(?:the )?(\d{3}0s) and (?:the )?(\d{3}0s)")


def _either(first: str, second: str) -> tuple[DateRange | None, str]:
    """A date said as one of two: the days from the earlier to the later, which hold both."""
    if first in _MONTHS and (shared := re.search(r"\d{4}$", second)):
        first = f"{first} {shared[0]}"  # June or July 2015
    one, _ = _point(first, first)
    other, _ = _point(second, second)
    if one is None or other is None:
        return None, DATE_HINT
    return _span(one, other) or _span(other, one), ""


def _years(first: str, second: str) -> tuple[DateRange | None, str]:
    start, _ = _edtf(first)
    end, _ = _edtf(second)
    if start is None or end is None:
        return None, DATE_HINT
    value = _span(start, end)
    return (None, "the range ends before it starts") if value is None else (value, "")


def _related(how: str, first: str, second: str, raw: str) -> tuple[DateRange | None, str]:
    if how == "between" and first in _MONTHS and (shared := re.search(r"\d{4}$", second)):
        first = f"{first} {shared[0]}"  # January to April 2020
    start, why = _point(first, first)
    if start is None:
        return None, why or DATE_HINT
    if how == "between":
        if second in _NOW:
            return DateRange.between(start.earliest, dt.date.max), ""
        end, why = _point(second, second)
        if end is None:
            return None, why or DATE_HINT
        spanned = _span(start, end)
        return (None, "the range ends before it starts") if spanned is None else (spanned, "")
    value: DateRange | None
    if how == "since":
        value = DateRange.between(start.earliest, dt.date.max)
    elif how == "after":
        value = _later(start)
    elif how == "before":
        value = _earlier(start)
    else:
        value = DateRange.between(dt.date.min, start.latest)
    return (None, f"{raw.strip()} leaves no day in the calendar") if value is None else (value, "")


_NONE = {
    "none", "never", "no", "not", "no periods", "nothing", "not at all", "i haven't",
    "i have not", "they haven't", "they have not", "no period", "not ever", "nope", "nah",
    "never did", "no never",
}
_SINCE_BIRTH = {
    "since birth", "since i was born", "from birth", "all my life", "always", "my whole life",
    "whole life", "all their life", "since they were born", "birth to now", "from birth to now",
    "since my birth", "since always", "forever", "always have", "i always have", "my entire life",
    "since forever", "forever and ever",  # ("since forever, i was born in montreal": a trial's)
    "entire life", "all his life", "all her life", "their whole life", "since he was born",
    "his whole life", "her whole life", "his entire life", "her entire life",
    "their entire life", "since birth to now", "since she was born", "since ever",
    # ("born and raised in toronto": a trial's, "Not understood"; the place after it is the
    # place, read as the others' are.)
    "born and raised", "born and raised here", "born here", "born and bred",
    # "im still canadian, always have been" (a later trial's, taken as going on with its start
    # not known; _STATUS_LEAD reads what follows the status).
    "always have been", "always been", "i've always been", "ive always been", "always was",
    "has always been", "he's always been", "she's always been", "always has been",
}
_BIRTH = {"birth", "my birth", "i was born", "they were born", "their birth"}
# ("shes lived in edmonton her whole life": a later trial's, "Not understood".)
_LIVER = (r"(?:i'?ve |i have |we'?ve |we have |(?:she|he) has |(?:she|he)'?s |they'?ve |they have |"
          r"i |we |(?:she|he) )?")
_ALWAYS_LIVED = re.compile(rf"^{_LIVER}always lived\b ?(.*)$")
_LIVED_ALL = re.compile(
    rf"^{_LIVER}lived (in [^\d,]+?|here|there),? (all (?:my|her|his|their) life|(?:my|her|his|their) "
    r"(?:whole|entire) life|since (?:i was|she was|he was|they were) born|forever)$"
)
# Why a period began, said after its year ("since 2019 for school"): not read.
# "since 2019 for school", and "since 2016 when i moved to toronto from chicago" (a later
# trial's, "Not understood"): why or how the period began, after its year, is not read.
_WHY_AFTER = re.compile(
    r"(\d{4}),? (?:for|because|to study|to work|as a|when (?:i|we|he|she|they) "
    r"(?:moved|came|arrived|got here))\b[^\d]*$"
)
_BORN_IN = re.compile(
    r"^(?:since|from) (?:i was born|birth|my birth|(?:he|she) was born|they were born|being born)"
    r",? (?:in |back in )?(\d{4})\b,?(?: always)?"
)
# Where one period ends and another begins: ";", and as people say it, "and" or a comma
# before the next period's first word ("from birth to 1995 and since 2001", "1988 to 1992,
# since 2001"), not the "and" of "between 1988 and 1992"; a comma between a year and the
# next period's ("2010 to 2015, 2016 to 2019", a trial's; not "April 12, 1990 to 1995"); and
# "then" ("2010 to 2015 then 2016 to 2019").
# A place alone, between periods ("then chicago"); the words that are not one.
_PLACE_BETWEEN = re.compile(r"(?:to |in )?[a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2}")
_NOT_A_PLACE = frozenset({
    "now", "today", "present", "here", "there", "always", "never", "none", "birth", "born",
    "still", "since", "until", "till", "back", "ago", "life", "lifetime", "whole", "entire",
    # What one did, not where ("then i left", "then we moved"): a period's end, not read here.
    "i", "we", "he", "she", "they", "left", "moved", "went", "came", "returned", "stopped",
    "ended", "died", "away", "out", "again", "retired", "covid", "pandemic",
})
_PERIOD_BREAK = re.compile(
    # "chicago, came back summer 2019" (a later trial's): a return begins a period.
    r"\s*,\s*(?:and\s+)?(?=(?:i |we |he |she |they )?(?:came|moved|went) back\b)|"
    r"\s*;\s*"
    r"|\s*,?\s+(?:and\s+)?then\s+"
    r"|(?<=\d{4})\s*,\s*(?:and\s+)?(?=\d{4}\s*(?:to|-|until)\b)"
    r"|\s*,\s*(?:and\s+)?(?=(?:since|from|throughout|between|birth)\b|in\s+\d)"
    r"|\s+and\s+(?=(?:since|from|throughout|between|birth)\b|in\s+\d|\d{4}\s*(?:to|-|until)\b)",
    re.IGNORECASE,
)
PERIODS_HINT = (
    "write periods like since 2001, 2010 to now, 1988 to 1992, or in 2015 (a year or a month "
    "is enough); several as 1988 to 1992 and since 2001; or answer from birth, or none"
)
# On one line of a prompt (cli/answers.py, _HINT_WIDTH): "in 2015" would wrap it, so the hint
# above names it, for an answer that is refused.
PERIODS_PROMPT = "none / from birth / since 2001 / 1988 to 1992 / don't know"


# A period with a place after it: "since 2016 in illinois", "1990 to 1995 in ontario".
_PLACED = re.compile(r"(.*\d.*?)\s+in\s+([a-z][a-z .'-]*)")
_SENTENCE_END = re.compile(_FULL_STOP)


def _without_place(words: str) -> tuple[str, str] | None:
    """A period said with its place, before or after it ("vancouver since 2012", "since 2016 in
    illinois"), as the period alone, with what is asked of the place; None when no place is
    said. The place is its own question, asked only where it matters: a later trial's "since
    1999, in montreal." was refused, "in montreal since 1999" taken."""
    before = _PLACE_FIRST.fullmatch(words)
    if before is not None and not _NEGATED.search(before[1]) and not set(
        before[1].split()) & (_NOT_EXACT | set(_MONTHS) | {"birth", "now", "always"}):
        return before[2], "the place"
    after = _PLACED.fullmatch(words)
    if after is not None and not any(c.isdigit() for c in after[2]):
        return after[1].rstrip(",;: "), "the state or province"
    return None


# "ontario 1992 to 2011" too (a trial's, told "'ontario' is not a month").
_PLACE_FIRST = re.compile(
    # (Not a day's "-": "since 1994-05-02/1997-05-01" is no place "since" with a range.)
    r"(?:in )?([a-z][a-z .'-]*?),? ((?:since|from|between) .*\d.*|"
    r"\d{4}\s*(?:to|-(?!\d\d[-/])|until|till)\s*\S.*)"
)
# A life said with what follows it, with no date in it: "all my life in winnipeg", "my whole life,
# born in toronto"; "all my life, born in halifax in 1950 or so" (a later trial's): the birth said
# by the way.
_LIFELONG = re.compile(r"(.+?)(?:(?:,|\s\(|\s+(?=in\s|here\b|there\b))\s*([^\d]*))?")
_LIFELONG_BORN = re.compile(r"(.+?),?\s+((?:i was |he was |she was |they were )?born\b.*)")
# Words that end a period or take part of it away ("from birth, until i left"): what follows a
# period with them is no aside.
_AN_END_SAID = re.compile(
    r"\b(?:until|till|til|left|leaving|ended|stopped|except|apart from|but|moved (?:away|out)|"
    r"then|before|died|passed)\b"
)


# The end of a period said as the claimant's death, of one who has died ("from birth until he
# died"): read as still going on, which the interview closes on the day of death (lived).
_UNTIL_DEATH = re.compile(
    r"\b(?:(?:he|she|they) (?:died|passed away|passed)|(?:his|her|their) death|death)\b"
)


_FROM_BIRTH_BUT = re.compile(
    r"((?:since i was born|since birth|from birth|(?:my|our|his|her|their) whole life|all my "
    r"life)\b[^,;]*?),?\s+but\s+(?:we|i|they|he|she)\s+(?:were|was|lived|moved|went)\b"
)


def parse_periods(
    text: str, today: dt.date, born_on: str | None,
    birth: Callable[[], str | None] | None = None, dead: bool = False,
) -> tuple[list[dict[str, Any]] | None, str]:
    """Periods of residence or citizenship as the record holds them, with how a period said
    by one date was taken ("" when none was), or (None, why refused).

    Each period is "since 2001", "2010 to now", "1988 to 1992", "from birth", "birth to
    2001" (any date form of :func:`parse_date` at either end), "in 2015" or "throughout 2015"
    (:func:`_within`); several are separated by ";".
    A period from birth starts on the date of birth, which ``birth()`` asks for when
    ``born_on`` is not known.
    """
    but = _FROM_BIRTH_BUT.match(text.lower())
    if but is not None:
        # "since i was born but we were in new york for like a year when i was 12, so 2022 i
        # think" (a later trial's teen, taken as living here only since about 2020): a time away
        # within a life lived here, read as "except" is (refused where its years are not given),
        # said back in the person's words.
        read = f"{but[1]} except when we lived{text[but.end():]}"
        found, why = parse_periods(read, today, born_on, birth, dead)
        return found, why.replace(read, text)
    unknown_after = _UNKNOWN_AFTER.search(text.lower())
    if unknown_after is not None and unknown_after.start() > 0:
        # "like 2001 to 2004, no idea after" (a trial's, saved as ending in 2004): the end said
        # is the last the person knows of, so the period ended then or later.
        found, why = parse_periods(text[:unknown_after.start()], today, born_on, birth, dead)
        if found and "end" in found[-1]:
            ended = DateRange.parse(found[-1]["end"])
            found[-1]["end"] = DateRange.between(ended.earliest, dt.date.max).text
            said = f"its end taken as: {ended.words()} or later, as what came after is not known"
            return found, _both(why, said)
    stay = _A_STAY.fullmatch(_clean(text).strip(" .!"))
    if stay is not None:
        # "a few years in boston in the 80s" (a later trial's, told to give "the year, not a time
        # relative to today"): how long adds nothing the rules read; the time said is the
        # period's, the place said with it asked where it matters.
        found, why = parse_periods(stay[2], today, born_on, birth, dead)
        if found is not None:
            place = " (the place is asked only where it matters)" if stay[1] else ""
            # The place's note beside the words that name it (_elsewhere reads them there).
            return found, _both(f"{text.strip()}: taken as {stay[2]}{place}", why)
    aged = _WHEN_AGED.search(_clean(text))
    if aged is not None and birth is not None and (born_on is None or born_on.startswith("..")):
        # "since i was like 5" with no date of birth known (a later trial's, refused, "so the
        # person had to invent a year"): the date of birth is asked, as of "from birth".
        born_on = birth() or born_on
    if aged is not None and born_on and not born_on.startswith(".."):
        # "we moved here from manila when he was like 3" (a trial's, refused as a date said
        # roughly): the days of that age, from the date of birth (a year more each side where
        # said loosely), said back.
        born = DateRange.parse(born_on or "")
        years, loose = int(aged[3]), 1 if aged[2] else 0
        low = high = today
        if born.earliest != dt.date.min and born.latest != dt.date.max and years < 120:
            low = max(_years_before(born.earliest, -(years - loose)), born.earliest)
            high = _years_before(born.latest, -(years + 1 + loose)) - dt.timedelta(days=1)
        if low < today:
            span = DateRange.between(low, min(high, today))
            words = _clean(text)
            found, _ = parse_periods(
                f"{words[:aged.start()]}{_AGED_LEADS[aged[1]]} {span.text}{words[aged.end():]}",
                today, born_on, birth, dead,
            )
            if found is not None:
                return found, (f"{text.strip()}: {aged[0].split(' ', 1)[1]} taken as some time "
                               f"{_said(span)}, from the date of birth")
    aside = _BIRTH_ASIDE.fullmatch(_clean(text).strip(" .!"))
    if aside is not None and (_AGE.fullmatch(aside[2]) or (
            # Not a year alone ("all my life, 1991" may be its end).
            not re.fullmatch(r"(?:in |since |until |till |to )?\d{4}", aside[2])
            and parse_date(aside[2], today)[0])):
        # "since she was born, a few years before covid", "all her life, shes 9" (a grandparent
        # in a trial, refused): when the life began, said after it, is of the birth.
        found, why = parse_periods(aside[1], today, born_on, birth, dead)
        if found is not None:
            return found, _both(why, f"{text.strip()}: taken as from birth; what follows the "
                                     "comma is of the birth, not read here")
    if _ALWAYS_BEEN.fullmatch(_clean(text).strip(" .!")):
        # "im still canadian, always have been", "ive always been a citizen" (a later trial's
        # first was taken as going on, its start not known): from birth, said back so.
        found, why = parse_periods("from birth", today, born_on, birth, dead)
        if found is not None:
            return found, why or f"{text.strip()}: taken as from birth"
    never_left = _NEVER_LEFT.fullmatch(_clean(text).strip(" .!"))
    if never_left is not None:
        # "never left", "he's never left" (a later trial's was taken as never there, none): a
        # life there, from birth, said back so; a country named is the place said with it.
        found, why = parse_periods("from birth", today, born_on, birth, dead)
        if found is not None:
            place = " (the place is asked only where it matters)" if never_left[1] else ""
            return found, why or f"{text.strip()}: taken as from birth{place}"
    status = _STATUS_LEAD.match(_clean(text))
    if status is not None and status.end() < len(_clean(text)):
        # "im canadian since birth", "ive been a citizen since 2005", "i became a citizen in
        # 2005" (a later trial's first was refused; "a citizen" read as a place): the status
        # is the question's; the period is what follows it.
        rest = _clean(text)[status.end():].strip(" ,")
        if status[1]:  # became: since then
            rest = "since " + re.sub(r"^(?:in|on)\s+", "", rest)
        found, why = parse_periods(rest, today, born_on, birth, dead)
        if found is not None:
            return found, why or f"{text.strip()}: taken as {rest}"
    still = _STILL_AFTER.search(_clean(text))
    if still is not None and still.start() > 0:
        # "since birth, still am", "from birth, still living there" (a later trial's, taken as
        # going on now with its start not known): what says it goes on adds nothing to a period
        # said to go on.
        found, why = parse_periods(_clean(text)[:still.start()], today, born_on, birth, dead)
        if found and all(period.get("ongoing") is True for period in found):
            return found, why
    abroad = _ABROAD_BESIDE.search(_clean(text))
    if abroad is not None and (country := named_country(abroad[1])) is not None:
        # "since 2001, before that the philippines" (a later trial's, refused as a period
        # without dates): a country other than the one asked of is not read, and said so.
        found, why = parse_periods(_clean(text)[:abroad.start()], today, born_on, birth, dead)
        if found is not None:
            said = f"what was said of {country_name(country)} is not read here (this asks of one country)"
            return found, _both(why, said)
    away = _time_away(text, today, born_on, birth, dead)
    if away is not None:
        return away
    if _EXCEPT.search(_clean(text)):
        # "my whole life, except like a year in chicago around 2023" was taken as the year away
        # alone; "montreal for about 15 years, before that ontario" as the 15 years alone (a
        # trial's): a period said beside an exception, or another period with no dates, is
        # asked again as periods, each with its years.
        return None, (
            "give each period with its years, like 1995 to 2011 and since 2011, or from birth "
            "to 2022 and since 2024 (any time away left out); if you do not know the years, "
            "answer don't know"
        )
    found, why = _periods(text, today, born_on, birth, dead)
    if found is None and (until := _until_only(text, today)) is not None:
        return until
    head, comma, rest = text.partition(",")
    if found is None and comma and head.strip() and not re.search(r"\d", rest) and \
            not _UNTIL_DEATH.search(_clean(rest)):
        # "since 2019, moved to toronto for school in august" (a later trial's): what follows
        # the comma, with no date in it, is said by the way, and said back as not read; so is
        # what came after a period that ended ("vancouver till 2016, then seattle", a later
        # trial's), though it says an end.
        before, said = _periods(head, today, born_on, birth, dead)
        if before is None and (until := _until_only(head, today)) is not None:
            before, said = until
        closed = before is not None and all("end" in period for period in before)
        if before is not None and (closed or not _AN_END_SAID.search(_clean(rest))):
            note = f"{text.strip()}: taken as {head.strip()}; what follows the comma is not read"
            return before, _both(said, note)
    death = _UNTIL_DEATH.search(_clean(text)) if dead and found is None else None
    if death is not None and "now" not in text.lower() and ": " in why:
        # The words refused are said back as the person wrote them, not as read ("ontario
        # till he passed" was said back to a trial's son as "ontario till now").
        head, rest = why.split(": ", 1)
        why = re.sub(r"\bnow\b", death[0], head) + ": " + rest
    return found, why


# Another country, before or after the periods said, with no dates ("before that the
# philippines").
_ABROAD_BESIDE = re.compile(
    r"[,;.]?\s*(?:and )?(?:before|after) (?:that|then),?\s+(?:(?:i|we) (?:lived |was |were )?in |in )?"
    r"([a-z][a-z .']*?)\s*$"
)


# What came after a period is not known ("2001 to 2004, no idea after").
_UNKNOWN_AFTER = re.compile(
    r"[,;.]?\s*(?:but |and )?(?:no idea|not sure|no clue|(?:i )?don'?t know|dunno|unsure|who knows)"
    r"(?: (?:about|of|what happened))? (?:after|since|later|after that|since then|afterwards)\b.*$"
)


# A stay said by how long it lasted and when ("a few years in boston in the 80s").
_A_STAY = re.compile(
    r"(?:for )?(?:a few|a couple(?: of)?|some|several|one|two|three|four|five|\d+) "
    r"(?:years?|months?),? (?:(?:in|at) ([a-z][a-z .'-]*?),? )?"
    r"((?:in|during) (?:the )?(?:\d{2}|\d{4})'?s|in \d{4}|(?:between|from) \d{4} (?:and|to) \d{4}"
    r"|\d{4} to \d{4})"
)


# An age said for when a period began or ended ("when he was like 3"), its looseness apart.
_WHEN_AGED = re.compile(
    r"\b(when|since|from when) (?:i|he|she|they|we) (?:was|were) "
    r"(like |about |around |maybe |roughly )?(\d{1,3})(?: years old| yrs old| yo)?\b"
)
_AGED_LEADS = {"when": "in", "since": "since", "from when": "from"}
# A life said with when it began after a comma ("since she was born, a few years before covid").
_BIRTH_ASIDE = re.compile(
    r"(since (?:i|he|she|they) (?:was|were) born|(?:all|for all) (?:my|his|her|their) li(?:f|v)es?|"
    r"(?:my|his|her|their) whole li(?:f|v)es?),\s*(.+)"
)
# A status said held always ("im still canadian, always have been").
_STATUS_WORDS = r"(?:a )?(?:canadian(?: citizen)?|citizen(?: of canada)?|resident|here|in canada)"
_ALWAYS_BEEN = re.compile(
    rf"(?:(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are) still {_STATUS_WORDS},? "
    r"(?:and )?)?(?:(?:i'?ve|i have|he'?s|she'?s|he has|she has|they'?ve|they have) )?always "
    rf"(?:have |has )?been(?: {_STATUS_WORDS})?"
)


# A life in the country asked of, said as never having left it.
_NEVER_LEFT = re.compile(
    # "i was born in montreal and never left" (a later trial's, "Not understood"): the birth
    # and its place said before it.
    r"(?:(?:(?:i was|he was|she was|they were) )?born (?:in [a-z .'-]+?|here|there),? (?:and )?)?"
    r"(?:(?:i|he|she|they|we)(?:'?ve|'?s| have| has)? )?never (?:left|moved(?: away| out)?|"
    r"lived anywhere else)(?: (?:here|there|the country)| (canada))?"
)


# The status a question asks of, said before the period ("im canadian since birth", "i became
# a citizen in 2005"); its group says it was become.
_STATUS_LEAD = re.compile(
    r"(?:(?:i|he|she|they|we) (became|got)(?: (?:my|his|her|their))? |"
    r"(?:i'?m|i am|i'?ve been|i have been|he'?s|she'?s|he is|she is|he was|she was|they'?re|"
    r"they are|they were|been) )?(?:a |an )?"
    r"(?:canadian citizen|canadian|citizen(?: of canada)?|(?:permanent )?resident(?: of canada)?)"
    r"(?:ship)?\b,?\s*(?=\S)"
)


# That a period still goes on, said after it ("since birth, still am").
_STILL_AFTER = re.compile(
    r"(?:,|\band\b|\s)\s*(?:(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are|we'?re) )?"
    r"still(?: am| is| are| do| does| there| here| now| living (?:there|here)| live (?:there|here)"
    r"| a citizen| canadian)?[.!]*$"
    # "his whole life, he's never left" (a later trial's, refused; "all his life" was taken).
    r"|(?:,|\band\b|\s)\s*(?:(?:i|he|she|they|we)(?:'?ve|'?s| have| has)? )?never "
    r"(?:left|moved(?: away| out)?|lived anywhere else)[.!]*$"
)


# A period said by its end alone, its place before it or not: "till 2016", "vancouver till 2016"
# (a later trial's, "Not understood").
_UNTIL_ONLY = re.compile(
    r"(?:(?:in |lived in )?([a-z][a-z .'-]*?),? )?(?:until|till|til|up to|up until)\s+(\S.*)"
)


def _until_only(
    text: str, today: dt.date
) -> tuple[list[dict[str, Any]], str] | None:
    """A period said by its end alone ("till 2016", "vancouver till 2016"): one that began by
    then, its start not known, said back so (the place, as elsewhere, asked where it matters);
    None for any other answer."""
    said = _UNTIL_ONLY.fullmatch(_clean(text).strip(" .!"))
    if said is None or (said[1] and (_NEGATED.search(said[1]) or re.search(r"\d", said[1]))):
        return None
    end, why = parse_date(said[2], today)
    if end is None or why or end.latest == dt.date.max:
        return None
    start = DateRange.between(dt.date.min, end.latest)
    place = " (the place is asked only where it matters)" if said[1] else ""
    return [{"start": start.text, "end": end.text}], (
        f"{text.strip()}: taken as some time until {_said(end)}, its start not known{place}"
    )


# A time away said with its two years, within a period ("my whole life except 2 years in
# chicago, 2010 to 2012"; a later trial's, refused as not understood).
# Misspelt too ("all my life exept 2 yrs in boston", a later trial's, was read as the time away
# alone).
_EXCEPTED = re.compile(
    r"\b(?:except|excepting|exept|excpet|expect for|excep|apart from|other than|besides|but not)\b"
)
_FROM_BIRTH = re.compile(r"\b(?:birth|born|life|lifetime|always)\b")
_AWAY_YEARS = re.compile(r"\b(?:from |between )?(\d{4}) ?(?:to|-|until|till|and) ?(\d{4})\b")


def _time_away(
    text: str, today: dt.date, born_on: str | None, birth: Callable[[], str | None] | None,
    dead: bool,
) -> tuple[list[dict[str, Any]] | None, str] | None:
    """One period said with a time away within it, by its two years ("my whole life except 2
    years in chicago, 2010 to 2012"): the period before it, to its first year, and after it,
    from its last (as "from birth to 2010 and since 2012" says it), said back so; or by the
    time it lay within ("a few years in boston in the 80s"): left and back on some day of that
    time, said back with how to correct it. None for any other answer, a time away said
    roughly by its years, or with no time at all, among them."""
    words = _clean(text)
    excepted = _EXCEPTED.search(words)
    if excepted is None:
        return None
    rest = words[excepted.end():]
    ranges = _AWAY_YEARS.findall(rest)
    if len(ranges) == 1 and not _said_roughly(rest):
        first, last = (int(year) for year in ranges[0])
        if first >= last:
            return None
        # Left on some day of its first year, back on some day of its last.
        left, back = DateRange.parse(str(first)), DateRange.parse(str(last))
        left_words, back_words, note = str(first), str(last), "the time away left out"
    else:
        # "all my life except a few years in boston in the 80s" (a later trial's, refused): a
        # stay said by the time it lay within, with no years of its own, left on and came back
        # on some day of that time, as said back (the years asked for if it ran past it).
        within = _AWAY_WITHIN.search(rest)
        if within is None or re.search(  # how long it lasted is not read
            r"\d", re.sub(r"\b\d+ (?:years?|months?)\b", "", rest[:within.start()])
        ):
            return None
        span, _ = parse_date(within[1], today)
        if span is None or span.latest == dt.date.max or span.earliest == dt.date.min:
            return None
        left = back = span
        years = str(span.earliest.year) if span.earliest.year == span.latest.year else \
            f"{span.earliest.year} to {span.latest.year}"
        note = (f"the time away left out, taken as within {years}: if it went on past "
                f"{span.latest.year}, give the years")
        left_words = back_words = f"some time {_some_time(span)}"
    found, why = _periods(words[:excepted.start()].strip(" ,;"), today, born_on, birth, dead)
    if found is None or len(found) != 1 or back.latest.year > today.year:
        return None
    (period,) = found
    start = DateRange.parse(period["start"]) if "start" in period else None
    end = DateRange.parse(period["end"]) if "end" in period else None
    away = left.earliest
    if start is None or start.earliest >= away or (
        end is not None and end.earliest <= back.latest
    ):
        return None  # the time away is not within the period
    after: dict[str, Any] = {"start": back.text}
    after.update({"end": period["end"]} if end is not None else {"ongoing": True})
    before = {key: value for key, value in period.items() if key not in ("end", "ongoing")}
    if start.latest >= away:
        # A start known roughly (a birth by the as-of date, "../2020-07-08"): it came before the
        # time away, as the person lived there then.
        before["start"] = DateRange.between(start.earliest, away - dt.timedelta(days=1)).text
    began = "birth" if _FROM_BIRTH.search(words[:excepted.start()]) else _period_words(
        period["start"]
    )
    then = f"since {back_words}" if end is None else (
        f"from {back_words} to {_period_words(period['end'])}"
    )
    return [{**before, "end": left.text}, after], _both(why, (
        # The note after a semicolon, not in brackets: the whole is said back in brackets
        # (a trial's read "(... (the time away left out, ...).)").
        f"{text.strip()}: taken as from {began} to {left_words} and {then}; {note}"
    ))


# The time a stay away lay within, said without its years: "in the 80s", "during the late 90s",
# "in 1985".
_AWAY_WITHIN = re.compile(
    r"\b(?:in|during) ((?:the )?(?:early |mid |late )?(?:\d{4}|\d{2})'?s|\d{4})\s*$"
)


def _period_words(value: str) -> str:
    """A period's start or end as said back: "1980-05-01" as 1 May 1980, "2001" as 2001."""
    return _said(DateRange.parse(value))


# An exception to a period, or another period said with no dates of its own ("before that
# ontario", "and after that vancouver").
_EXCEPT = re.compile(
    _EXCEPTED.pattern + r"|\b(?:before|after|until|till) (?:that|then)\b(?![^,;]*\d)"
)


def _periods(
    text: str, today: dt.date, born_on: str | None,
    birth: Callable[[], str | None] | None = None, dead: bool = False,
) -> tuple[list[dict[str, Any]] | None, str]:
    """:func:`parse_periods`, a period that ends with the death read as ending "now"."""
    # "since birth. i grew up in ottawa": what follows a full stop, with no date in it, is
    # said by the way (a later trial's person was refused it).
    said, *rest = _SENTENCE_END.split(text, maxsplit=1)
    if rest and not re.search(r"\d{4}", rest[0]):  # "... im 34.": no year in it
        text = said
    words = _clean(text)
    # "nope never", "no I never lived there", "none, never": a no with no date in it is none.
    if words in _NONE or (not re.search(r"\d", words) and (
        _first(words) in _NONE or parse_yes_no(text) == (False, "")
    )):
        return [], ""
    # A period said with a doubt about its dates ("maybe 2016", "i think since 2009"): each of
    # its dates is taken as said roughly (parse_date), and said back so. With no date in it
    # ("probably"), nothing is guessed.
    hedged = _doubted(_bare(text))
    if hedged and not re.search(r"\d", text):
        return None, "a period is taken only when you are sure of it; if you are not, answer don't know"
    rough = " or so" if hedged else ""
    if not dead and not re.search(r"\d", words) and _GOING_ON.search(words) and not (
        _NEGATED.search(_GOING_ON.sub(" ", words.replace("not sure", "")))
    ):
        # "i am a citizen now, not sure of the year": a period going on, its start not known
        # (a trial's person was refused it, and made up "since 2016"); when it began is asked
        # next where it matters.
        return [{"start": DateRange.between(dt.date.min, today).text, "ongoing": True}], (
            f"{text.strip()}: taken as a period going on now, its start not known"
        )
    periods: list[dict[str, Any]] = []
    taken: list[str] = []  # how a period said by one date was taken, to be said back
    parts = _PERIOD_BREAK.split(text)
    for part in parts:
        words = _clean(part)
        if len(parts) > 1 and _PLACE_BETWEEN.fullmatch(words) and not set(words.split()) & (
                _NOT_A_PLACE | set(_SINCE_BIRTH) | set(_NONE)):
            # "... till around 2015 then chicago, came back summer 2019" (a later trial's): where
            # one went between two periods here, with no date, is not a period here; a time
            # elsewhere is asked of that country where it matters.
            taken.append(f"{part.strip().rstrip('.!')}: a place elsewhere, not read here")
            continue
        # "maybe 2012 or 2013 till 2016" (a later trial's, whose 2016 was widened to 2014 to
        # 2018): a doubt said before the period's end alone is of its start alone.
        end_rough = "" if hedged and _doubt_of_start_alone(words) else rough
        if hedged:
            words = " ".join(_HEDGE_WORDS.sub(" ", words).split()).strip(" ,")
        # "for about 20 years" (a trial's person, told a period said roughly "could fall on
        # either side of a day"): since the year so many years before today, roughly if so said.
        # Not of one who has died: their years there ended before today.
        # Nor of years said beside a year ("like 2 years in boston around 2005", a later trial's,
        # was said back as "about 2024"): how long a stay lasted, not how long ago it began.
        for_years = words if dead or re.search(r"\b\d{4}\b", words) else _FOR_YEARS.sub(
            lambda said: _since_years_before(said, today), words)
        if for_years != words and re.fullmatch(r"since \d{4}", for_years):
            taken.append(f"{part.strip().rstrip('.!')}: taken as {for_years}")
        words = for_years
        # "i moved here in 2009": since 2009 (a trial's person was refused it); "from birth
        # till i moved in 2019": to 2019 (a later trial's).
        # "i've always lived in calgary", "i have lived in toronto all my life", "since 2019 for
        # school" (a trial's, each refused): "always in calgary", "all my life in toronto",
        # "since 2019".
        said_as = words
        words = _ALWAYS_LIVED.sub(r"always \1", words)
        words = _LIVED_ALL.sub(r"\2 \1", words)
        words = _WHY_AFTER.sub(r"\1", words)
        words = _MOVED.sub("since ", words)
        # "i moved here in 2009 from france" (a later trial's, "2009 from france" refused):
        # where from, said after the year, as before it.
        words = _FROM_AFTER.sub(r"\1", words)
        # "since i was born in 1985, always in chicago" (a trial's): since the year of birth.
        born_in = _BORN_IN.sub(r"since \1", words)
        if born_in != words and re.fullmatch(r"since \d{4}", born_in):
            taken.append(f"{part.strip().rstrip('.!')}: taken as {born_in}")
        words = born_in
        # "grew up in toronto till around 2015" (a later trial's, told "grew up in toronto" was
        # a date said roughly): from birth to then, said back.
        grew = _GREW_UP.sub("from birth", words)
        if grew != words:
            taken.append(f"{part.strip().rstrip('.!')}: taken as from birth (if not, give the "
                         "year it began)")
            words = grew
        words = _TILL_MOVED.sub(" to ", words)
        if words.startswith("since ") and re.search(r"\d", words):
            words = _EVER_SINCE.sub("", words)
        if words.startswith("since "):
            words = _LEFT.sub(" to ", words)  # "... and left in 2015": to 2015
        if not words:
            continue
        if words != said_as and re.fullmatch(r"since \d{4}(?:-\d\d)?|\d{4} to \d{4}", words) and \
                not any(note.startswith(part.strip().rstrip(".!")) for note in taken):
            # "since i moved here from india in 2003, been here ever since" (a later trial's
            # person saw no word of how it was taken): said back.
            taken.append(f"{part.strip().rstrip('.!')}: taken as {words}")
        if dead and _UNTIL_DEATH.search(words):
            words = _UNTIL_DEATH.sub("now", words)
            taken.append(f"{part.strip()}: taken as ending on the day of death")
        lifelong = next((found for found in (_LIFELONG_BORN.fullmatch(words),
                                             _LIFELONG.fullmatch(words))
                         if found is not None and found[1] in _SINCE_BIRTH), None)
        if lifelong is not None and not _NEGATED.search(words) and not _AN_END_SAID.search(
            lifelong[2] or ""
        ):
            # "all my life in winnipeg", "my whole life, born in toronto", "since i was born,
            # always in illinois" (a later trial's, each refused): from birth, the rest said by
            # the way, the place asked only where it matters.
            if lifelong[2] and lifelong[2].strip(" .!)") not in ("here", "there"):
                taken.append(f"{part.strip().rstrip('.!')}: taken as from birth (the place is "
                             "asked only where it matters)")
            words = lifelong[1]
        if words in _SINCE_BIRTH:
            words = "birth to now"
        period_alone = _without_place(words)
        if period_alone is not None:
            words, place = period_alone
            taken.append(f"{part.strip().rstrip('.!')}: taken as {words} ({place} is asked only "
                         "where it matters)")
        start_words, end_words = "", ""
        ends: list[str] = []  # of a period said roughly, how each end was taken
        relation = _relation(words)
        if relation is not None and relation[0] == "between":
            start_words, end_words = relation[1], relation[2]
        elif relation is not None and relation[0] == "since":
            start_words, end_words = relation[1], "now"
        elif match := _YEARS.fullmatch(words):
            start_words, end_words = match[1], match[2]
        elif (within := _within(words + rough, part, today)) is not None:
            if isinstance(within, str):
                return None, within
            periods.append(within[0])
            taken.append(within[1])
            continue
        else:
            return None, f"{part.strip()}: {PERIODS_HINT}"
        if start_words in _BIRTH:
            # Known only as "born by" some day (a person answering for themselves is alive and
            # old enough: "../2020-07-08"), the birth is enough for a period still going on;
            # one that ended needs its start, so the date of birth is asked.
            born_by = born_on is not None and born_on.startswith("..")
            if (born_on is None or (born_by and end_words not in _NOW)) and birth is not None:
                born_on = birth() or born_on
            if born_on is None:
                return None, (
                    "the date of birth is not known, so give the year the period started"
                )
            start = DateRange.parse(born_on)
            if end_words not in _NOW and start.earliest == dt.date.min:
                # Still known only as "born by": the period started by its end, at the latest.
                end, _ = parse_date(end_words, today)
                if end is not None and end.latest < start.latest:
                    start = DateRange.between(dt.date.min, end.latest)
        else:
            found, why = parse_date(start_words + rough, today)
            if found is None and not re.search(r"\d", part):
                if set(re.findall(r"[a-z]+", start_words)) & _OF_A_LIFE - _PANDEMIC_WORDS:
                    # "since i was a kid" (a later trial's, told only how to write periods):
                    # a time of one's life, which an age places.
                    return None, (f"{part.strip()}: give the year it began, or the age then "
                                  "(as since I was 5)")
                # No date in it at all: the whole said back ("we went to florida once on
                # vacation" was echoed as "we went", a trial's).
                return None, f"{part.strip()}: {PERIODS_HINT}"
            if found is None:
                why = _ROUGH_END if why == ROUGHLY_WHY else why
                return None, why if start_words in why else f"{start_words}: {why}"
            if why:  # said roughly: said back, with the end's (below)
                ends.append(f"its start {why.removeprefix(_ROUGH_TAKEN)}")
            start = found
        period: dict[str, Any] = {"start": start.text}
        if end_words in _NOW:
            period["ongoing"] = True
        else:
            end, why = parse_date(end_words + end_rough, today)
            if end is None:
                if why == ROUGHLY_WHY:
                    return None, f"{end_words}: {_ROUGH_END}"
                why = why if end_words in why else f"{end_words}: {why}"
                return None, f"{why}; for a period still going on, write 'to now'"
            if why:
                ends.append(f"its end {why.removeprefix(_ROUGH_TAKEN)}")
            if end.latest < start.earliest:
                return None, f"the period {part.strip()} ends before it starts"
            period["end"] = end.text
        if ends:
            # "said roughly" only of an end said so: "since 1998, moved from france" was said
            # back as rough (a third trial's).
            rough_said = "said roughly, " if any("taken as: " not in end for end in ends) else ""
            said = f"{rough_said}{' and '.join(ends)}"
            if taken and taken[-1].startswith(f"{part.strip().rstrip('.!')}: taken as "):
                # Of the part already said back (its place set aside), not said again whole: a
                # trial's "chicago illinois from about 2010 to 2018" was echoed twice.
                taken[-1] += f"; {said}"
            else:
                taken.append(f"{part.strip()}: {said}")
        periods.append(period)
    if not periods:
        return None, PERIODS_HINT
    return periods, "; ".join(taken)


# "throughout 2015", "all of 2015": every day of the date; else ("in 2015", "2015", "during
# the 1990s") some day of it.
def _doubt_of_start_alone(words: str) -> bool:
    """Whether every doubt of a period said with an end comes before the end ("maybe 2012 or
    2013 till 2016"), none after it ("2012 till 2016 or so")."""
    join = _SPAN_JOIN.search(words)
    return join is not None and bool(_HEDGE_WORDS.search(words[:join.start()])) and not (
        _HEDGE_WORDS.search(words[join.end():]) or "?" in words[join.end():]
    )


_THROUGHOUT = re.compile(r"(?:throughout|all of|all through|the whole of|for all of) (.+)")


def _within(words: str, raw: str, today: dt.date) -> tuple[dict[str, Any], str] | str | None:
    """A period said by one date: (the period, how it was taken), why it was refused, or None
    when the words are not one date.

    "In 2015" says only that the period had a day in 2015: it started by the end of 2015 and
    ended (or goes on) after its start, so both ends are written as ranges open on one side
    (the record's date forms, schemas/claim.schema.json "date"), and whether it went on to a
    day that matters is asked next where it does. "Throughout 2015" says that it held every
    day of 2015: it started by the first and ended no earlier than the last.
    """
    whole = _THROUGHOUT.fullmatch(words)
    said = whole[1] if whole else words.removeprefix("during ")
    value, why = parse_date(said, today)  # roughly, early or late, in the future: refused so
    if value is None:
        if why == DATE_HINT:
            return None
        if why == ROUGHLY_WHY:
            return (
                f"{raw.strip()}: a period said roughly {_EITHER_SIDE}; give a year you are "
                "sure of (in 2015), or a range (since 2001, 1988 to 1992)"
            )
        return why if raw.strip() in why else f"{raw.strip()}: {why}"
    if value.earliest <= dt.date.min or value.latest >= dt.date.max:
        return None  # open on one side ("after 2015"): the periods' own words say that
    first, last = (value.earliest, value.latest) if whole else (value.latest, value.earliest)
    period = {
        "start": DateRange.between(dt.date.min, first).text,
        "end": DateRange.between(last, dt.date.max).text,
    }
    shown = raw.strip() + (": said roughly, so" if why else ":")  # why: a rough date's note
    if whole:
        return period, (
            f"{shown} taken as a period that began by {in_words(first)} and ended no earlier "
            f"than {in_words(last)}"
        )
    return period, (
        f"{shown} taken as a period with some day between {in_words(value.earliest)} and "
        f"{in_words(value.latest)}; when it began and ended is not known"
    )


def one_date_words(period: dict[str, Any]) -> str | None:
    """The words of a period as :func:`_within` took them ("in 2015", "throughout June 2018"),
    while its ends are still those it wrote (a start open before, an end open after, about
    one date); None for any other period."""
    start, end = period.get("start"), period.get("end")
    if not isinstance(start, str) or not isinstance(end, str):
        return None
    first, last = DateRange.parse(start), DateRange.parse(end)
    if first.earliest != dt.date.min or last.latest != dt.date.max:
        return None
    whole = first.latest < last.earliest  # began by the date's first day, ended after its last
    low, high = sorted((first.latest, last.earliest))
    date = DateRange.between(low, high)
    if "/" in date.text:  # not one date as said (an end since answered more exactly), or a decade
        return None
    if low == high:
        return f"on {in_words(low)}"
    return f"{'throughout' if whole else 'in'} {_said(date)}"


_NUMBER_WORDS = {"once": 1, "twice": 2, **{word: n for word, n in NUMBERS.items() if n <= 5}}


def parse_count(text: str) -> tuple[int | None, str]:
    """How many (none, 0, 1, 2, ...)."""
    # "just once"; "just the once", "the one" (a trial's "just the once" was refused).
    word = re.sub(r"^(?:(?:just|only|exactly) )?(?:the )?(?=once|twice|one|two|three|four|five|\d)",
                  "", _bare(text))
    if word in _NONE or word == "0":
        return 0, ""
    if word.isdigit() and int(word) <= _MAX_TRANSFERS:
        return int(word), ""
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word], ""
    first = _first(word)
    if first != word and first in _NUMBER_WORDS:  # "once, she left them to me in her will"
        return _NUMBER_WORDS[first], ""
    if first != word and first.isdigit() and int(first) <= _MAX_TRANSFERS:
        return int(first), ""
    if _doubted(word):  # "twice i think": nothing is guessed
        return None, "a number is taken only when you are sure; if you are not, answer don't know"
    if first != word and first in _NONE:  # "none, i never sold them" (a later trial's)
        return 0, ""
    lead = word.split()[0] if word.split() else ""
    if lead in ("none", "never") and not re.search(r"\d", word) and not (
        set(re.findall(r"[a-z]+", word)) & set(_NUMBER_WORDS)
    ):  # "none we never sold them. people repost them sometimes tho" (a later trial's)
        return 0, "taken as: none"
    # "one time", "once when he died, to me" (a later trial's): the number it opens with, where
    # no other number follows.
    head, _, rest = re.sub(r"^(\w+) times?\b", r"\1", word).partition(" ")
    count = _NUMBER_WORDS.get(head, int(head) if head.isdigit() else None)
    if count is not None and count <= _MAX_TRANSFERS and not rest.startswith("of") and not (
        re.search(r"(?<!\d)\d{1,2}(?!\d)|\bor\b", rest)
        or set(re.findall(r"[a-z]+", rest)) & set(_NUMBER_WORDS)
    ):
        return count, f"taken as: {count}"
    times = _TIMES_WITHIN.findall(_MONEY.sub(" ", word))
    if len(times) == 1 and times[0] in _NUMBER_WORDS and not _MANY.search(_MONEY.sub(" ", word)):
        # "i sold it to a magazine once, they paid me 200 bucks" (a later trial's, told of
        # photographs that differ, for the 200): a sum paid is not a count.
        count = _NUMBER_WORDS[times[0]]
        return count, f"taken as: {count}"
    if _MANY.search(word):
        # "hundreds, one for each client" (a trial's wedding photographer): a photograph named
        # here may be a group; its transfers are each of one photograph.
        return None, (f"answer none, or how many: 1, 2, 3 ... (at most {_MAX_TRANSFERS}); where "
                      f"{SOME_DIFFER}")
    return None, f"answer none, or how many: 1, 2, 3 ... (at most {_MAX_TRANSFERS})"


_TIMES_WITHIN = re.compile(r"\b(once|twice|thrice)\b")
_MONEY = re.compile(
    r"\$\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:\$|bucks|dollars|usd|cad|euros?|k)\b"
)
# A photograph named may be a group of them ("wedding photos"), of which some answer one way
# and some the other: told how to tell them apart (a trial's photographer's "some were, some
# weren't" and "hundreds, one for each client" were each only refused).
SOME_DIFFER = (
    "the photographs named as one differ, answer don't know, or name them as separate groups "
    "(as \"weddings before 2012\" and \"weddings since\"): type back, as often as needed, to "
    "the question where they were named"
)
_MANY = re.compile(r"\b(?:hundreds|thousands|dozens|lots|many|each|every|all of them)\b|\d{3,}")
SOME_SAID = re.compile(
    r"\bsome (?:of them |of it )?(?:were|was|did|are|is|have|had|yes)\b|\bsome (?:yes|no)\b|"
    r"\bnot all\b|\bsome but not (?:all|others)\b|\bsome of them\b|"
    # "both? some before some after", "most of them yes", "some, i did weddings every year"
    # (a later trial's photographer, of a group of photographs asked whether taken before a
    # day: each "Not understood").
    r"\bsome (?:before|after|earlier|later|since)\b|\bmost of (?:them|it)\b|"
    r"\bmost (?:were|was|are|yes|no)\b|^some\b(?:,|$)|"
    # "mostly yes" (a later trial's, of a group, "Not understood").
    r"\bmostly (?:yes|no)\b"
)


# --- what is asked, in words -----------------------------------------------------------

# A choice: the record's value, its label in words, and other words that mean it.

def _months_after(first: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after that of ``first`` (before, if negative)."""
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _some_time(value: DateRange) -> str:
    """A date given roughly as what follows "some time": "in 2015", "between 1995 and 2019"."""
    said = _said(value)
    return said if said.startswith("between") else f"in {said}"


def _said(value: DateRange) -> str:
    """A date given roughly, as it was said: "2012", "June 2018", "between 1988 and 1992"."""
    # A day in a person's words, as the questions say them: "between 2022 and 2026-12-06"
    # mixed a year with a day in a record's form (a trial's).
    words = _A_DAY.sub(lambda day: in_words(dt.date.fromisoformat(day[0])), value.words())
    if words.startswith(("on or ", "in or ")):  # "on or before 1 June 2012" says its side
        return words
    return words.removeprefix("in ").removeprefix("on ")


_A_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")



_NEGATED = re.compile(r"\b(?:not|no|never|nor|none)\b|n't\b")
_MOVED = re.compile(
    r"^(?:since |ever since )?(?:i |we |he |she |they )?(?:moved|came|arrived|immigrated|emigrated)(?: back)?"
    r"(?: here| there| to canada| to the us| to the united states| to [a-z]+)?"
    # "i moved here from the philippines in 2001" (a trial's, "Not understood"): where from is
    # not a period asked of.
    r"(?: from (?:the )?[a-z][a-z .']*?)?(?: in| on)? "
    # A year, or a time said from today or the pandemic ("i moved here a couple years before
    # covid": a later trial's, taken as a period with some day in those years).
    rf"(?=.*\d|(?:about |around |roughly |like |maybe )?(?:{_A_COUNT_SAID}) (?:years?|yrs?) "
    rf"(?:ago|back|before {_COVID})|(?:the )?year before {_COVID}|(?:right |just )?before {_COVID}"
    r"|last year)"
)
_FROM_AFTER = re.compile(r"^(since (?:\w+ )?\d{4}(?:-\d\d)?) from (?:the )?[a-z][a-z .']*$")
# Said after a period begun and not ended, that it goes on: "since 2001, been here ever
# since", "since 2001 and still here" (a trial's, each "Not understood").
_EVER_SINCE = re.compile(
    r"[,;.]?\s*(?:and |but )?(?:(?:i'?ve|i have|we'?ve|we have|have|i'?m|i am|we'?re|we are"
    r"|still)\s+)?(?:been |lived |living )?(?:here |there |in canada )?(?:ever since|since then"
    r"|still here|still there|never left|to this day|until now|till now|ever after)\s*$"
)
_TILL_MOVED = re.compile(
    r"\s+(?:till|until|til|to)\s+(?:i|we|he|she|they)\s+(?:moved|left)(?:\s+(?:away|out|here|"
    r"there))?(?:\s+(?:in|on))?\s+(?=\S*\d)"
)
_LEFT = re.compile(r",? and (?:i |we |he |she |they )?(?:left|moved away|moved out)(?: in| on)? ")
_GREW_UP = re.compile(
    r"^(?:i |we |he |she |they )?grew up(?: (?:in|at) [a-z][a-z .'-]*?| here| there)?"
    r"(?= (?:till|until|til|to) )"
)
_GOING_ON = re.compile(r"\b(?:now|currently|still|today|at present|these days)\b")
# One's kin, by the word for the relation ("my mom", "sister took it").
KIN_WORDS = (
    r"partner|spouse|husband|wife|mother|father|parents?|mom|mum|dad|brother|sister|son|"
    r"daughter|boyfriend|girlfriend|aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa|"
    # "my child", "my granddaughter", "my nephew, 16" (a later trial's, each "Not understood").
    r"child|children|kids?|granddaughter|grandson|grandchild|grandkids?|niece|nephew|"
    # Misspelt ("its for my granddaugher, shes 9", a later trial's).
    r"granddaugher|grandaughter|granddauther|grand daughter|grand son|grandsun|"
    r"step(?:son|daughter|mom|mum|dad|father|mother|kids?)"
)
# "our son" too (a later trial's, taken as a misspelt "our shop"); a child's age between ("my
# 9 yr old granddaughter").
_KIN = re.compile(rf"\b(?:my|our) (?:\d{{1,2}} ?(?:yr|year)s?[- ]old )?(?:{KIN_WORDS})\b")
# The words for one person of one's own, each group one relation: "my father" named as who
# took a photograph is "my dad" named later as who made a transfer of it (a trial's).
_KIN_ALIKE = (
    ("father", "dad", "daddy", "papa", "pa", "pop", "pops"),
    ("mother", "mom", "mum", "mommy", "mummy", "mama", "ma"),
    ("grandfather", "grandpa", "granddad", "grandad"),
    ("grandmother", "grandma", "granny", "nana", "nan"),
)


def kin_words(said: str) -> tuple[str, ...]:
    """The words that name the one of a person's own ``said`` names ("my father": "my father",
    "my dad", "father", "dad", ...)."""
    relation = said.removeprefix("my ").strip()
    group = next((g for g in _KIN_ALIKE if relation in g), (relation,))
    return tuple(f"{mine}{word}" for word in group for mine in ("my ", ""))


def _said_within(phrase: str, word: str) -> bool:
    """Whether an answer holds a phrase as words of its own, and the rest does not deny it
    ("I am not dead")."""
    found = rf"\b{re.escape(phrase)}\b"
    return re.search(found, word) is not None and not _NEGATED.search(re.sub(found, " ", word))


_NUMBER_FIRST = re.compile(r"(\d{1,2})(?:\)|\.)?[\s,;:!-]+([a-z].*)")


_POSSESSIVE = re.compile(r"^((?:my|our|his|her|their) [a-z]+)(?:'s|’s|s')$")


def _pick(text: str, options: list[Choice], in_sentence: bool = False) -> tuple[str | None, str]:
    """The value of the option an answer names: by number, label, value or another word for it;
    ``in_sentence``, also by one of its words within a sentence, where that cannot mislead (who
    the claim is for; which proceeding): of who took a photograph, "my mother took it", said of
    the claimant's own photograph by her child, named "someone else"."""
    # "my mom's" (a later trial's, of whose death it was: refused, and "my mom" taken next).
    word = _POSSESSIVE.sub(r"\1", _bare(text))
    closing = _SO_CHOICE.search(word)
    if closing is not None and closing.start() > 0:
        # "my own camera so me" (a later trial's, "Not understood"): the option said last, after
        # what led to it, as "... so yes" is.
        value, why = _pick(closing[1], options, in_sentence)
        if value is not None:
            return value, why or f"taken as: {next(lab for val, lab, _ in options if val == value)}"
    if word.isdigit() and 1 <= int(word) <= len(options):
        return options[int(word) - 1][0], ""
    numbered = _NUMBER_FIRST.fullmatch(word)
    if numbered is not None and 1 <= int(numbered[1]) <= len(options) and \
            not re.search(r"\d|\b(?:no|not|wait|actually|or)\b", numbered[2]) and \
            not _doubted(numbered[2]):
        # "1 then, im the only one who works there", "1 same" (a later trial's one-person
        # company, each "Not understood"): the number, said back as taken.
        value, label, _ = options[int(numbered[1]) - 1]
        return value, f"taken as: {label}"
    for value, label, aliases in options:
        # The term a label gives in brackets names it too: "(an assignment)".
        term = re.search(r"\((?:an? )?([^()]*)\)$", normalize(label))
        terms = (term[0].strip("()"), term[1]) if term else ()
        if word in (normalize(label), normalize(value), *aliases, *terms):
            # Another word of several for it ("he did", "my friend") is said back as taken.
            # Said back too: a word of the one answering for another that names someone else
            # ("me", of a son answering for his father).
            plain = word in (normalize(label), normalize(value)) or (
                " " not in word and not (value != "claimant" and word in ("me", "i", "myself"))
                # "mom", "mom again" (a trial's heir saw nothing said back): one's kin is someone
                # else, or the claimant, as a longer answer naming them is said back.
                and not _KIN.fullmatch(f"my {word}")
            )
            return value, "" if plain else f"taken as: {label}"
    starts = [value for value, label, _ in options if len(word) >= 3 and
              normalize(label).startswith(word)]
    if len(starts) == 1:
        return starts[0], ""
    # A word of an option misspelt ("myslef", a trial's): the one option it is close to, said
    # back as taken; begun with the right letter, of about its length ("mother" is no slip
    # for "other"), and not one's kin.
    spelt = {
        said: value for value, label, aliases in options
        for said in (normalize(label), normalize(value), *aliases)
        if len(said) >= 4 and said[:1] == word[:1] and abs(len(said) - len(word)) <= 1
    }
    near = {spelt[said] for said in difflib.get_close_matches(word, list(spelt), n=3, cutoff=0.8)}
    if len(word) >= 4 and len(near) == 1 and not _KIN.search(word):
        (value,) = near
        return value, f"taken as: {next(label for v, label, _ in options if v == value)}"
    doubted = _doubted(word)
    # An option named by its whole label within a sentence ("my dad, the photographer": a
    # trial's was taken as someone else, by "my dad"), where one alone is and not denied.
    labelled = {
        value: label for value, label, _ in options
        if len(normalize(label)) >= 6 and _said_within(normalize(label), word)
    }
    if len(labelled) == 1 and not doubted and word not in (normalize(v) for v in labelled):
        value, label = next(iter(labelled.items()))
        return value, f"taken as: {label}"
    first = _FIRMER.sub("", _first(word)).strip()  # "me obviously, they are selfies"
    if first != word and not doubted and first not in _YES | _NO:  # "no, yes I did": below
        # Named before what is said by the way ("me, they are selfies"; "someone else, a
        # photographer we hired"): said back as taken.
        for value, label, aliases in options:
            if first in (normalize(label), normalize(value), *aliases):
                return value, f"taken as: {label}"
    # Said in a sentence ("my father, he passed away"; "the US settlement"): the one option one
    # of whose longer words or phrases the answer holds, said back as taken.
    # Never where the rest of the answer denies it ("I am not dead").
    matched = {
        value: [alias for alias in aliases if len(alias) >= 4 and _said_within(alias, word)]
        for value, _, aliases in options
    }
    # An option whose every word found lies within another's found ("licence" within
    # "exclusive licence") is not the one named.
    found = [alias for said in matched.values() for alias in said]
    within = {
        value: label for value, label, _ in options if matched[value] and not all(
            any(alias != other and alias in other for other in found) for alias in matched[value]
        )
    }
    if in_sentence and len(within) == 1 and not doubted:
        value, label = next(iter(within.items()))
        return value, f"taken as: {label}"
    listed = "; ".join(f"{n}) {label}" for n, (_, label, _) in enumerate(options, 1))
    if doubted:  # "the photographer i guess": nothing is guessed
        return None, "an answer is taken only when you are sure; if you are not, answer don't know"
    claimant = [n for n, (_, label, _) in enumerate(options, 1) if label == "the claimant"]
    relative = _KIN.search(word)
    if claimant and relative:
        # Answering for another, "my dad" may be the claimant or someone else (a trial's son,
        # answering for his father, was refused it twice with no word of why).
        # Said back as "your dad", not "my dad" (a later trial's read "answer 1 if that is my
        # dad"), with the other option's number where it is someone else's.
        yours = "your" + relative[0][len("my"):]
        whom = f"one of {yours}" if yours.endswith("parents") else yours
        other = [n for n, (_, label, _) in enumerate(options, 1) if label == "someone else"]
        if_not = f", {other[0]} if not" if other else ""
        return None, (
            f"\"the claimant\" is the person the claim is for: answer {claimant[0]} if "
            f"{whom} is that person{if_not}; the options: {listed}"
        )
    # A yes or no, as a yes-or-no question reads it ("nope", "no I never filed anything").
    said, _ = parse_yes_no(text)
    if said is False:
        # "nope" to "1) none 2) in MDL-2967": the option a plain "no" names, where one does.
        nos = [value for value, _, aliases in options if "no" in aliases]
        if len(nos) == 1:
            return nos[0], ""
    if said is True:
        # "Have you filed a claim? 1) none 2) in MDL-2967": "yes" means the option that is not
        # the "no" one, where there is one such; where there are several it asks which.
        rest = [(value, label) for value, label, aliases in options if "no" not in aliases]
        if len(rest) == 1 and len(rest) < len(options):
            # Said back, as the answer named no option itself.
            return rest[0][0], f"taken as: {rest[0][1]}"
        if len(rest) < len(options):
            return None, f"which one? answer with the number or the words of one of: {listed}"
    return None, f"answer with the number or the words of one of: {listed}; or don't know"


# A doubt said after a photograph's name, which is no part of it ("his mugshot i guess": a
# trial's son saw it so in each question and in the result).
_NAME_DOUBT = re.compile(rf"[\s,.;:!-]+(?:{_UNSURE}|or so|lol)[.!?]*$", re.IGNORECASE)


def _name(text: str) -> tuple[str | None, str]:
    name = " ".join(_NAME_DOUBT.sub("", text.strip()).split())
    if not re.search(r"[A-Za-z0-9]", name):
        return None, "a name needs a letter or a digit"
    if _bare(name) in _YES | _NO:  # "yes" typed again, taken for the name of a photograph
        return None, "give each a short name, such as profile picture; an empty line when done"
    if len(name) > 60:
        return None, "keep the name under 60 characters"
    return name, ""
