"""The interview over the family's actions: what another country's periods and a claim for
payment take, as a person answers them (the answers chosen by the words of each question)."""

from __future__ import annotations

import datetime as dt
import io
import re

import classaction as ca
from classaction import actions
from classaction.cli.interview import run_interview
from classaction.engine.bundle import ActionFamily, FamilyReadings


class _Person:
    """Standard input that answers the question last printed, by the first rule whose words it
    holds; "don't know" to anything else."""

    def __init__(self, out: io.StringIO, rules: list[tuple[str, str]]) -> None:
        self.out, self.rules, self.seen = out, rules, 0

    def readline(self) -> str:
        text = self.out.getvalue()
        asked, self.seen = text[self.seen:], len(text)
        for words, answer in self.rules:
            if words.lower() in asked.lower():
                return answer + "\n"
        return "don't know\n"


def _interview(ids: list[str], rules: list[tuple[str, str]]) -> tuple[str, dict[str, object]]:
    chosen = [actions.get(i) for i in ids]
    family = ActionFamily(chosen)
    out = io.StringIO()
    record = run_interview(
        _Person(out, rules), out, FamilyReadings(tuple(b.readings() for b in chosen)),  # type: ignore[arg-type]
        today=dt.date(2026, 12, 4), bundle=family,
    )
    return out.getvalue(), record


CHICAGO = [
    ("Whom is this claim for", "myself"),
    ("lived in the United States", "2010 to 2019"),
    ("In which state", "Illinois"),
    ("lived in Canada", "since 2019"),
    ("citizen of Canada", "none"),
    ("Has Clearview held any photograph of your face", "yes"),
    ("Does any photograph that Clearview collected show your face", "no"),
    ("that you took, that you had someone take", "no"),
    ("given or licensed", "no"),
    ("permission to use any", "no"),
    ("posted on a web page anyone could see", "yes"),
    ("Name each", "profile picture"),
    ("first posted on a public web page", "2012"),
    ("claim for payment (a claim form)", "yes"),
    ("When did you submit the claim form", "August 2024"),
    ("date of birth", "1985"),
    ("born", "1985"),
    ("RCMP", "no"),
]


def _chicago_answering(question: str, said: str) -> tuple[str, dict[str, object]]:
    """MDL-2967's interview of CHICAGO with the answer to ``question`` (a rule of it) changed:
    its transcript on one line, and its record."""
    rules = [(w, said if w == question else a) for w, a in CHICAGO]
    text, record = _interview(["MDL-2967"], [*rules, ("", "don't know")])
    return " ".join(text.split()), record


def test_a_person_who_lived_in_illinois_says_so_and_is_in_its_subclass() -> None:
    text, record = _interview(["T-724-20", "MDL-2967"], CHICAGO)
    # A prompt's line runs on into what follows it here, the answers not being echoed.
    assert all(len(line) < 80 for line in text.splitlines() if " > " not in line)
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    abroad = [p for p in claimant["residence"] if p.get("country") == "US"]
    assert abroad == [{"start": "2010", "end": "2019", "country": "US", "subdivision": "US-IL"}]
    assert "US" in claimant["residence_complete_for"]
    # The state is asked of the period as given, its end too ("from 2010" was asked of it).
    assert "In which state did you live from 2010 to 2019?" in text
    assert ca.validate_claim(record) == ()
    mdl = actions.get("MDL-2967").determine(ca.claim_from_record(record))
    assert mdl.outcomes["NW"] is ca.Outcome.MEMBER and mdl.outcomes["IL"] is ca.Outcome.MEMBER
    assert mdl.outcomes["CA"] is ca.Outcome.NOT_MEMBER
    # Asked once, though both actions read where she lived.
    assert text.count("lived in Canada?") == 1


def test_a_period_in_canada_said_to_the_united_states_question_is_asked_again() -> None:
    # "toronto since 2001", asked of the United States, was taken as a period there since 2001,
    # and its state asked: refused, the place named with its country.
    rules = [("Another country", "none"), ("lived in the United States", "toronto since 2001"),
             *CHICAGO]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    told = " ".join(text.split())
    assert ("Another country: this asks only of the United States, and Toronto is in Canada; "
            "give the periods in the United States, or none if there were none.") in told
    assert "In which state" not in text
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    assert [p for p in claimant["residence"] if p.get("country") == "US"] == []
    assert "US" in claimant["residence_complete_for"]


def test_not_knowing_the_years_in_canada_still_asks_of_the_united_states() -> None:
    # A trial's person answered "don't know" to Canada; the United States was never asked,
    # and the settlement's classes stayed open on the one question they needed.
    rules = [("lived in Canada", "don't know"), *CHICAGO, ("Does any photograph", "no")]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    assert text.count("lived in Canada?") == 1 and text.count("lived in the United States?") == 1
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    # Complete for the United States alone: Canada stays unknown, as answered.
    assert claimant["residence_complete_for"] == ["US"]
    assert claimant["residence"] == [
        {"start": "2010", "end": "2019", "country": "US", "subdivision": "US-IL"}
    ]
    claim = ca.claim_from_record(record)
    mdl = actions.get("MDL-2967").determine(claim)
    assert mdl.outcomes["NW"] is ca.Outcome.MEMBER and mdl.outcomes["IL"] is ca.Outcome.MEMBER
    assert actions.get("T-724-20").determine(claim).outcomes["PB"] is not ca.Outcome.MEMBER


def test_the_years_in_the_united_states_are_asked_next_to_those_in_canada() -> None:
    # "Never" there settles five of MDL-2967's classes; the engine weighs no item not listed,
    # and the question came last, after a police search that concerns T-724-20 alone.
    rules = [("lived in Canada", "since 2001"), ("lived in the United States", "none"),
             ("Does any photograph", "yes"), ("Name each", "profile picture"), *CHICAGO]
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], rules)
    asked = [line for line in text.splitlines() if "?" in line]
    canada = next(n for n, line in enumerate(asked) if "lived in Canada?" in line)
    assert "lived in the United States?" in asked[canada + 1]
    assert "RCMP" in text[text.index("lived in the United States?"):]


def test_a_claim_for_payment_is_chosen_among_the_proceedings_that_take_one() -> None:
    text, record = _interview(["T-724-20", "MDL-2967"], CHICAGO)
    offered = text[text.index("claim for payment (a claim form)"):].split("[", 1)[0]
    assert "MDL-2967" in offered and "T-724-20" not in offered  # no settlement there
    # The one proceeding that takes them is named, and said in words, as a yes or no: "one of
    # these proceedings" read oddly, and a trial's person was offered "1) none 2) in MDL-2967,
    # In re Clearview AI, Inc. Consumer Privacy Litigation" and could not answer "yes".
    assert " ".join(text.split()).count(
        "Have you filed a claim for payment (a claim form) in MDL-2967, a settlement with "
        "Clearview AI in the United States? (Claim forms were due by 25 October 2024.) "
        "[yes / no / don't know]"  # the deadline, from the seed: a trial's person said "not yet"
    ) == 1
    assert record["payment_claims"] == [{"proceeding": "MDL-2967", "filed_on": "2024-08"}]


def test_a_state_is_read_from_a_sentence_that_names_one() -> None:
    """"illinois the whole time" was refused; the one state a sentence names is taken and said
    back, never by two letters within words ("in", "me" and "or" are states' letters), nor
    where the sentence denies it, doubts it or names two."""
    from classaction.cli.interview import _parse_state

    for said, code in (("illinois the whole time", "US-IL"), ("in new york city", "US-NY"),
                       ("West Virginia all along", "US-WV"), ("i lived in arkansas", "US-AR")):
        value, why = _parse_state(said)
        assert value == code and why.startswith("taken as: "), said
    assert _parse_state("Illinois") == ("US-IL", "") and _parse_state("il") == ("US-IL", "")
    # Said back as the state is written ("District Of Columbia" came of capitalising each word).
    assert _parse_state("in the district of columbia") == ("US-DC", "taken as: District of Columbia")
    assert _parse_state("not illinois")[0] is None
    # No state named, and "in" is not Indiana: the city's state, said back (a later trial's).
    assert _parse_state("i was in chicago") == ("US-IL", "taken as: Illinois")
    assert "if you are not, answer don't know" in _parse_state("probably illinois")[1]
    # Of part of the period only (a later trial's "most of those years illinois"): asked again.
    assert _parse_state("West Virginia mostly")[0] is None
    value, why = _parse_state("illinois then indiana")
    assert value is None and 'type "back" and give the periods in each apart' in why
    rules = [(w, "illinois the whole time" if w == "In which state" else a) for w, a in CHICAGO]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    (us,) = (p for p in record["claimant"]["residence"] if p["country"] == "US")  # type: ignore[index]
    assert us["subdivision"] == "US-IL"
    assert "(taken as: Illinois.)" in text


def test_a_claim_for_payment_in_the_one_settlement_is_answered_as_people_answer_it() -> None:
    """Asked as a yes or no where one proceeding alone takes claims for payment; the words of
    the choice it was ("none", "never", the proceeding's name, "the US settlement") still
    answer it, a doubt is refused as a yes-or-no question refuses it, and a yes read from a
    sentence is said back."""
    rules = [r for r in CHICAGO if not r[0].startswith("claim for payment")]
    for said, filed, back in (
        ("yes", True, ""), ("no", False, ""), ("none", False, "(taken as: no.)"),
        ("never", False, "(taken as: no.)"), ("MDL-2967", True, "(taken as: yes.)"),
        ("yes, the US settlement", True, "(taken as: yes.)"),
        ("I filed one in the US settlement", True, "(taken as: yes.)"),
    ):
        text, record = _interview(["T-724-20", "MDL-2967"],
                                  [("claim for payment (a claim form)", said), *rules])
        asked = text[text.index("claim for payment (a claim form)"):]
        # What is said after the answer, on its line (the answer itself is not in the text).
        after = asked.split("[yes / no / don't know] >", 1)[1].split("\n", 1)[0].strip()
        # A note of the next question's (one not asked) may follow on the line: not this one's.
        after = after if after.startswith("(taken as") else ""
        assert ("payment_claims" in record and bool(record["payment_claims"])) is filed, said
        assert after == back, said
    text, record = _interview(["T-724-20", "MDL-2967"], [
        ("taken only when you are sure", "don't know"),  # the question asked again
        ("claim for payment (a claim form)", "yes I think"), *rules,
    ])
    assert "a yes or no is taken only when you are sure" in text
    assert "payment_claims" not in record  # answered don't know, after the doubt was refused


def test_a_claim_form_said_filed_with_a_rough_month_keeps_it() -> None:
    """A later trial's "yes i did it online in like september 2024" was taken as a yes, its
    month dropped, and "When did you submit the claim form" asked next."""
    rules = [r for r in CHICAGO if not r[0].startswith("claim for payment")]
    text, record = _interview(["T-724-20", "MDL-2967"], [
        ("claim for payment (a claim form)", "yes i did it online in like september 2024"),
        *rules,
    ])
    assert record["payment_claims"] == [{"proceeding": "MDL-2967", "filed_on": "2024-08/2024-10"}]
    assert "(taken as: yes, between August and October 2024.)" in " ".join(text.split())
    assert "When did you submit the claim form" not in text
    # Sure of the filing, not of its month (a later trial's, "Not understood").
    text, record = _interview(["T-724-20", "MDL-2967"], [
        ("claim for payment (a claim form)", "yeah i did it online in october 2024 i think"),
        *rules,
    ])
    assert record["payment_claims"] == [{"proceeding": "MDL-2967", "filed_on": "2024-09/2024-11"}]
    assert "Not understood" not in text


class _AsksWhy(_Person):
    """A person who asks "why" before answering each question."""

    def __init__(self, out: io.StringIO, rules: list[tuple[str, str]]) -> None:
        super().__init__(out, rules)
        self.asked_why = False

    def readline(self) -> str:
        self.asked_why = not self.asked_why
        if self.asked_why:
            return "why\n"
        return super().readline()


def _whys(ids: list[str], rules: list[tuple[str, str]]) -> str:
    chosen = [actions.get(i) for i in ids]
    out = io.StringIO()
    run_interview(
        _AsksWhy(out, rules), out, FamilyReadings(tuple(b.readings() for b in chosen)),  # type: ignore[arg-type]
        today=dt.date(2026, 12, 4), bundle=ActionFamily(chosen),
    )
    # The whys alone: each from "Why this question" to the question asked again after it.
    said = out.getvalue().split("Why this question")[1:]
    return " ".join(" ".join(why.split("\n\n", 1)[0].split()) for why in said)


def test_the_why_of_a_question_names_the_rule_of_the_action_it_serves() -> None:
    # Asked for the US settlement alone, where someone lived is its rule, not Canada's.
    mdl = _whys(["MDL-2967"], CHICAGO)
    assert "a member resides or resided in the United States" in mdl
    assert "resident of Canada" not in mdl
    # Each condition in plain words first, then the classes and the words they quote.
    assert "a claimant is a member of the Nationwide Class (the Eligibility" in mdl  # a claimant
    # A condition not said of the person reads after a colon, not as "a claimant a photograph".
    assert "a claimant: a photograph of their face was posted" in mdl
    assert "a claimant a " not in mdl
    # Asked for T-724-20, its own readings are named.
    t724 = _whys(["T-724-20"], [
        ("Whom is this claim for", "myself"), ("born", "1980"), ("lived in Canada", "since 2001"),
        ("Does any photograph that Clearview collected show your face", "yes"), ("Name each", ""),
    ])
    assert "a resident of Canada on 8 July 2020, the day membership is assessed on, counts" in t724
    assert "United States" not in t724
    # The readings the rule rests on are named by what they decide, not by bare numbers.
    assert "(readings R1, R2)" not in t724 and "When must the person have been a resident" in t724


def test_asked_for_the_us_settlement_alone_no_one_is_asked_where_they_lived_in_canada() -> None:
    text, record = _interview(["MDL-2967"], CHICAGO)
    assert "lived in Canada" not in text
    assert text.count("lived in the United States?") == 1
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    # Complete for the United States alone: nothing is said of Canada.
    assert claimant["residence_complete_for"] == ["US"]
    assert claimant["residence"] == [
        {"start": "2010", "end": "2019", "country": "US", "subdivision": "US-IL"}
    ]
    assert ca.validate_claim(record) == ()


def test_someone_answered_for_is_asked_where_they_lived_in_the_third_person() -> None:
    text, _ = _interview(["MDL-2967"], [("Whom is this claim for", "another person"), *CHICAGO[1:]])
    assert "During which periods has the claimant lived in the United States?" in text
    assert "have the claimant" not in text


def test_a_birth_date_never_given_is_asked_without_saying_one_was_given() -> None:
    # Answering for oneself puts "born by the as-of date"; the age to claim needs the date.
    text, _ = _interview(["MDL-2967"], [r for r in CHICAGO if r[0] not in ("date of birth", "born")])
    asked = " ".join(text.split())
    assert "What is your date of birth? [" in asked  # as if none were known: no "born by"
    assert "The date given, or before" not in asked and "Knowing only" not in asked


def test_a_photograph_said_to_be_posted_is_named_and_its_posting_dated() -> None:
    # The 183 days count from the first public posting of the face: a person who says a
    # photograph was posted, and names none, is asked to name it and when it was posted.
    rules = [
        ("Whom is this claim for", "myself"), ("lived in the United States", "2012 to 2019"),
        ("In which state", "Illinois"), ("Clearview held any photograph", "yes"),
        ("posted on a web page anyone could see", "yes"), ("Name each", "profile picture"),
        ("first posted on a public web page", "2013"), ("claim for payment", "yes"),
        ("When did you submit the claim form", "September 2024"), ("date of birth", "1985"),
    ]
    _, record = _interview(["MDL-2967"], rules)
    photographs = record["photographs"]
    assert photographs == [{"id": "profile-picture", "claimant_face_appears": True,
                            "posted_publicly": True, "first_posted_publicly_on": "2013"}]
    mdl = actions.get("MDL-2967").determine(ca.claim_from_record(record))
    assert mdl.outcomes["EC"] is ca.Outcome.MEMBER  # eligible: 183 days after 2013 in Illinois
    assert mdl.share is not None and (mdl.share.at_least, mdl.share.earned) == (10, ("IL",))


def test_a_photograph_named_again_is_the_same_photograph() -> None:
    class _NamesOnce(_Person):
        """Names "profile picture" at each prompt for names, once, then ends the list."""

        def readline(self) -> str:
            if self.out.getvalue().rstrip().endswith("photograph >"):
                asked = self.out.getvalue()[self.seen:]
                self.seen = len(self.out.getvalue())
                return "Profile Picture\n" if "Name each" in asked else "\n"
            return super().readline()

    rules = [("Whom is this claim for", "myself"), ("that you took, that you had someone take", "yes"),
             ("collected show your face", "yes"), ("Who took", "me")]
    out = io.StringIO()
    bundle = actions.get("T-724-20")
    record = run_interview(_NamesOnce(out, rules), out, bundle.readings(),  # type: ignore[arg-type]
                           today=dt.date(2026, 12, 4), bundle=bundle)
    photographs = record["photographs"]
    assert isinstance(photographs, list) and len(photographs) == 1
    assert photographs[0]["claimant_face_appears"] is True
    assert "was named before: noted of it" in out.getvalue()


def test_a_period_lived_says_the_claimant_was_born_by_its_start() -> None:
    # Someone answered for, whose birth date is not known, lived in Illinois from 2010: born by
    # then, so alive on the as-of date is not left open (the record says "../2010").
    rules = [("Whom is this claim for", "another person")]
    rules += [r for r in CHICAGO[1:] if r[0] not in ("date of birth", "born")]
    text, record = _interview(["MDL-2967"], rules)
    claimant = record["claimant"]
    assert isinstance(claimant, dict) and claimant["born_on"] == "../2010"
    assert "(So the claimant was born by 31 December 2010.)" in " ".join(text.split())
    mdl = actions.get("MDL-2967").determine(ca.claim_from_record(record))
    individual = mdl.for_class("NW").findings[0]
    assert individual.criterion == "NW.individual" and individual.value.value == "true"


def test_yes_with_words_after_it_is_yes() -> None:
    from classaction.cli.said import parse_yes_no

    assert parse_yes_no("yes, on my public profile") == (True, "")
    assert parse_yes_no("no - never") == (False, "")
    assert parse_yes_no("yesterday")[0] is None


def test_a_hedged_yes_or_no_is_not_taken_and_is_told_why() -> None:
    """Nothing is guessed: "probably" is neither yes nor no, and the person is told to answer
    don't know unless sure (a bare "not understood" left them guessing what would do)."""
    from classaction.cli.said import parse_yes_no

    for said in ("probably", "Probably yes.", "maybe not", "I think so", "i don't think so",
                 "perhaps", "most likely"):
        value, why = parse_yes_no(said)
        assert value is None, said
        assert "only when you are sure" in why and "don't know" in why, said
    assert parse_yes_no("yesterday") == (None, "answer yes, no or don't know")
    # The doubt said after the yes or no is a doubt all the same: "yes, I think" was taken as
    # yes while "I think so, maybe" was refused.
    for said in ("yes, I think", "no, probably not", "yes I believe so", "not really"):
        value, why = parse_yes_no(said)
        assert value is None and "only when you are sure" in why, said
    assert parse_yes_no("no, not really") == (False, "")
    assert parse_yes_no("yes, I think it was on my public profile")[0] is None


def test_dont_know_said_in_everyday_words_is_dont_know() -> None:
    from classaction.cli.said import is_dont_know

    for said in ("dunno", "Dunno.", "no clue", "not certain", "idk"):
        assert is_dont_know(said), said
    assert not is_dont_know("no")
    # Said before the rest of a sentence: a trial's "no idea. i was never arrested" was taken
    # as a firm no by its first word.
    for said in ("no idea. i was never arrested", "No idea i read about it in the news",
                 "not sure i ever saw it", "I have no idea!! it was in the news"):
        assert is_dont_know(said), said
    for said in ("no, never", "nope never", "not at all", "no ideas came to me", "nothing"):
        assert not is_dont_know(said), said


def test_an_organisation_answering_for_itself_is_offered_you_not_me() -> None:
    """"Who took photograph p1? 1) me" read oddly to a studio answering for itself: its option
    is "you (your organisation)", and "we" or "our staff" pick it."""
    from classaction.cli.questions import _organisation
    from classaction.cli.said import _pick

    options = [("claimant", "me", ("i",)), ("other", "someone else", ("someone",))]
    said = [_organisation(o) for o in options]
    assert said[0][1] == "you (your organisation)" and said[1] == options[1]
    for answer in ("1", "we", "our staff", "Our employees", "you"):
        assert _pick(answer, said)[0] == "claimant", answer
    assert _pick("someone else", said)[0] == "other"


def test_the_why_of_a_question_says_the_classes_testing_the_same_words_together() -> None:
    # The database question serves the Nationwide Class and four subclasses in the same words:
    # said once, with the classes named together, not five times.
    whys = _whys(["MDL-2967"], CHICAGO)
    assert whys.count("whose facial images and/or Biometric Data were or are contained") <= 2
    assert "Illinois Subclass, California Subclass, New York Subclass [inferred] and Virginia" in whys
    assert "the date reading" not in whys  # a reading is named by what it decides
    # The condition in plain words first, once, though the Nationwide Class quotes it in words
    # a little apart from the subclasses' ("are or were", "were or are"): three rounds of trials
    # read the condition twice, after a wall of quotations.
    database = ("a member has an image of their face, or measurements of their face, that is or "
                "was in Clearview's database (the Nationwide Class: \"whose facial images and/or "
                "Biometric Data are or were contained in the Biometric Database\"; the Illinois "
                "Subclass")
    assert database in whys
    assert whys.count("a member has an image of their face, or measurements of their face") == 1


def test_a_state_not_known_is_not_asked_again_nor_called_unanswerable() -> None:
    # "Don't know" to the state of a period in the United States leaves it unknown, as any
    # other "don't know": the interview moved on and, when a class still named it, said it
    # "cannot be answered here" on one line of 110 columns.
    rules = [
        ("Whom is this claim for", "myself"), ("lived in the United States", "since 2001"),
        ("In which state", "don't know"), ("Clearview held any photograph", "yes"),
        ("lived in Canada", "since 2019"), ("citizen of Canada", "none"),
    ]
    text, record = _interview(["MDL-2967", "T-724-20"], rules)
    assert text.count("In which state did you live") == 1
    assert "cannot be answered here" not in text
    assert record["claimant"]["residence"][1] == {"start": "2001", "ongoing": True, "country": "US"}
    # What the interview says at 80 columns (a prompt's line also holds the answer's echo
    # here, which this stand-in for a terminal does not write).
    assert max(len(line) for line in text.splitlines() if " > " not in line) <= 80


def test_lived_in_the_united_states_in_one_year_is_said_back_and_followed_up() -> None:
    # "In 2015" is a period with some day in 2015; where the settlement's day matters, whether
    # the period went on to it is asked next.
    rules = [
        ("Whom is this claim for", "myself"), ("lived in the United States", "in 2015"),
        ("In which state", "Illinois"), ("Clearview held any photograph", "yes"),
    ]
    text, record = _interview(["MDL-2967"], rules)
    assert "(in 2015: taken as a period with some day between 1 January 2015 and 31" in text
    assert record["claimant"]["residence"][0] == {
        "start": "../2015", "end": "2015/..", "country": "US", "subdivision": "US-IL"
    }
    asked = " ".join(text.split("Membership as of")[0].split())
    assert "In which state did you live in 2015?" in asked
    # What the person said is said back as they said it, not as the end it was taken to have.
    assert ("Did your time living in the United States start on or before 1 January 2015? "
            "(The period given: in 2015.)") in asked
    assert "The period given, in 2015, is not enough to tell" in asked
    assert "in or after 2015" not in asked


def test_a_state_is_asked_of_a_period_since_birth_in_words() -> None:
    # A trial's person, born "on or before 8 July 2020" as far as the interview knew, said they
    # had lived in the United States since they were born: asked "from on or before 2020-07-08".
    rules = [
        ("Whom is this claim for", "myself"), ("born on or before", "yes"),
        ("lived in the United States", "since i was born"), ("In which state", "Illinois"),
        ("Clearview held any photograph", "yes"),
    ]
    text, record = _interview(["MDL-2967"], rules)
    asked = " ".join(text.split("Membership as of")[0].split())
    assert "In which state did you live from birth?" in asked, asked
    assert "from on or" not in asked and not re.search(r"\d{4}-\d{2}-\d{2}\?", asked)
    (period,) = [p for p in record["claimant"]["residence"] if p.get("country") == "US"]  # type: ignore[index]
    assert period["subdivision"] == "US-IL"


def test_the_start_of_a_period_known_only_by_a_day_is_said_in_words() -> None:
    from classaction.cli.interview import _when_lived

    assert _when_lived({"start": "../2010-05-01", "ongoing": True}) == \
        "from some day on or before 1 May 2010"
    assert _when_lived({"start": "2001", "end": "../2010-05-01"}) == \
        "from 2001 to some day on or before 1 May 2010"
    assert _when_lived({"start": "1980-01-02"}, born="1980-01-02") == "from birth"


def test_a_period_is_asked_of_by_the_words_a_person_uses() -> None:
    # Not "period 2 of residence", the record's numbering: the claimant's second time living in
    # Canada, in the order the periods were given.
    rules = [
        ("Whom is this claim for", "another person, who is alive"),
        ("lived in Canada", "1990 to 1995; in 2015"), ("Clearview held any photograph", "yes"),
        ("show", "yes"), ("citizen of Canada", "none"),
    ]
    text, _ = _interview(["T-724-20"], rules)
    asked = " ".join(text.split("Membership as of")[0].split())
    assert ("Did the claimant's second time living in Canada end before 8 July 2020? (The "
            "period given: in 2015.)") in asked
    assert "period 2 of residence" not in asked


def test_a_question_in_the_record_s_words_names_the_photograph_as_the_person_did() -> None:
    # The author's residence, which T-713-20 asks, has no wording of the interview's own: its
    # question is the record's, and still names the photograph as the person named it.
    transcript, record = _interview(["T-724-20", "T-713-20"], [
        ("Whom is this claim for", "myself"),
        ("Apart from", "no"),
        ("that you took", "yes"),
        ("Name each", "wedding photo"),
        ("claim for payment", "none"),
        ("Who took", "someone else"),
        ("How many times", "1"),
        ("happen (the sale, gift", "in 2015"),
        ("To whom", "to me"),
        ("What was transfer", "1"),
        ("in writing", "yes"),
        ("Does your face appear", "yes"),
    ])
    assert record["photographs"][0]["id"] == "wedding-photo"  # type: ignore[index]
    said = " ".join(transcript.split())
    assert 'the author of photograph "wedding photo" resident in Canada' in said
    assert "wedding-photo" not in transcript


def test_the_opening_says_what_a_blank_answer_leaves_to_a_presumption() -> None:
    # An answer left open is not guessed, but the Copyright Act presumes the photographer owns
    # the copyright and keeps the moral rights (s. 34.1(1); reading R9, BRIEF §4): the opening
    # of an action with that presumption says so, and the result names what was presumed.
    transcript, _ = _interview(["T-724-20"], [
        ("Whom is this claim for", "myself"),
        ("Apart from", "no"),
        ("that you took", "yes"),
        ("Name each", "beach"),
        ("Who took", "me"),
        ("When was", "in 2015"),
        ("How many times", "none"),
        ("lived in Canada", "since 2001"),
    ])
    opening = " ".join(transcript.split("?")[0].split())
    assert "no answer is guessed for you" in opening
    assert "Where the law presumes something you leave open" in opening
    assert "nothing is guessed" not in opening
    said = " ".join(transcript.split("Membership as of")[1].split())
    # The person took the photograph and did not say whether they waived the moral rights.
    # What follows from what was assumed is a sentence of its own, not one more assumption.
    assert "assumed, as the record does not say: the photograph has one author; the moral " \
        "rights were not waived. So the claimant holds the moral rights in it" in said
    # The companion settlement presumes nothing of the kind: its opening does not say it.
    settlement, _ = _interview(["MDL-2967"], [("Whom is this claim for", "myself")])
    opening = " ".join(settlement.split("?")[0].split())
    assert "no answer is guessed for you" in opening
    assert "presumes" not in opening


def test_an_unlisted_use_is_asked_as_a_person_would_answer_it() -> None:
    # The record's question for an RCMP use not yet listed ("Describe any other RCMP use ...
    # that may qualify (add it to the record's police uses)") reads, to a person who listed
    # none and keeps no record, as if some were listed: the closing asks it plainly.
    transcript, _ = _interview(["T-724-20"], [
        ("Whom is this claim for", "myself"),
        ("that you took", "no"),
        ("lived in Canada", "since 2001"),
    ])
    closing = " ".join(transcript[transcript.index("To settle"):].split())
    assert ("Did the RCMP use a photograph of the claimant to search Clearview's service? "
            "If so: Which photograph of the claimant did the RCMP use, and when?") in closing
    assert "may qualify" not in transcript
    assert "Describe any other" not in transcript


def test_a_wedding_photographer_is_asked_whether_the_couple_ordered_and_paid_for_it() -> None:
    """T-713-20 presumed, where the record was silent, that a photograph taken in 2011 was not
    ordered and paid for, and took its photographer for a member: its bundle gave no readings
    with nothing presumed, so the interview never asked. A couple who ordered and paid for it
    before 2012-11-07 owns its copyright (former s. 13(2); S.C. 2012, c. 20, s. 60): asked, and
    answered yes, the photographer is not a member as the author who kept the copyright."""
    rules = [
        ("Whom is this claim for", "myself"),
        ("held any photograph of your face", "no"),
        ("that you took, that you had someone take", "yes"),
        ("Name each", "wedding photos"),
        ("Does your face appear", "no"),
        ("Who took", "me"),
        ("When was", "summer 2011"),
        ("film or memory card", "me"),
        ("giving up your right", "no"),
        ("Apart from", "no"),
        ("RCMP", "no"),
        ("lived in Canada", "since 2005"),
        ("government", "no"),
        ("order photograph", "yes"),
        ("agree that they would not own", "no"),
    ]
    transcript, record = _interview(["T-724-20", "T-713-20"], rules)
    assert 'Did someone else order photograph "wedding photos" from you and pay for it' in (
        " ".join(transcript.split())
    )
    assert record["photographs"][0]["commissioned"] is True  # type: ignore[index]
    claim = ca.claim_from_record(record)
    t_713_20 = actions.get("T-713-20")
    assert t_713_20.determine(claim, t_713_20.readings()).outcomes["CR"].value == "NOT_MEMBER"
    # Her moral rights stay hers whoever owns the copyright: still a T-724-20 member.
    t_724_20 = actions.get("T-724-20")
    assert t_724_20.determine(claim, t_724_20.readings()).outcomes["CI"].value == "MEMBER"


def test_an_organisation_says_its_own_staff_took_a_photograph_and_is_its_employer() -> None:
    """A company takes no photograph itself: "Who took it? 1) me" left a marketing company whose
    staff photographer took its product shots to answer "someone else", and the employment that
    gives it the copyright (Copyright Act s. 13(3)) went unasked. Its staff at work is an
    answer of its own, recorded as an employee's photograph made for the claimant."""
    transcript, record = _interview(["T-724-20"], [
        ("Whom is this claim for", "a company"),
        ("that you took, that you had someone take", "yes"),
        ("Name each", "product shots"),
        ("Who took", "our staff photographer"),
        ("How many times", "none"),
        ("When was", "2015"),
        ("Apart from", "no"),
        ("government", "no"),
        ("order photograph", "no"),
        ("agree that the employer would not own", "no"),
    ])
    said = " ".join(transcript.split())
    assert "1) one of your staff, as part of their job" in transcript
    assert "1) me" not in transcript and "as an employee?" not in said
    photo = record["photographs"][0]  # type: ignore[index]
    assert (photo["author"], photo["made_in_course_of_employment"], photo["employer"]) == (
        "other", True, "claimant"
    )
    claim = ca.claim_from_record(record)
    assert ca.determine(claim).outcomes["CI"].value == "MEMBER"


def test_a_question_asked_back_is_told_what_the_question_is_for() -> None:
    # "what does that mean?" got only "answer yes, no or don't know"; then that "why" tells
    # what the question is for (a later trial's person was still refused): it is told.
    transcript, _ = _interview(["T-724-20"], [
        ("Whom is this claim for", "myself"),
        ("Why this question", "no"),  # once told, an answer
        ("that you took, that you had someone take", "what does that mean?"),
    ])
    said = " ".join(transcript.split())
    assert "Why this question: a member holds copyright or moral rights" in said
    assert "Not understood" not in said


def test_someone_else_said_in_everyday_words_is_someone_else() -> None:
    # "a friend" to "Who took photograph ...? 1) me / 2) someone else" was not understood.
    from classaction.cli.said import _pick
    from classaction.records.claim import _ME, _PHOTOGRAPHER, _SOMEONE

    for said in ("a friend", "My husband", "not me", "a stranger"):
        assert _pick(said, [_ME, _SOMEONE])[0] == "other", said
    # Where the photographer is an option of its own, it is still picked by its name.
    assert _pick("the photographer", [_ME, _PHOTOGRAPHER, _SOMEONE])[0] == "photographer"


def test_periods_asked_of_canada_say_canada_in_the_record_and_the_result() -> None:
    # A person who answered "since 2001" to "During which periods have you lived in Canada?"
    # read in their result "Period 1 of residence: it is in Canada, as it names no country".
    transcript, record = _interview(["T-724-20", "MDL-2967"], [
        ("Whom is this claim for", "myself"),
        ("lived in Canada", "since 2001"),
        ("citizen of Canada", "none"),
        ("lived in the United States", "none"),
    ])
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    assert claimant["residence"][0] == {"start": "2001", "ongoing": True, "country": "CA"}
    assert "names no country" not in transcript


def test_the_result_of_several_actions_gives_the_record_s_digest_once() -> None:
    # Each action's part ended with the pointer to the readings and the record's digest: the
    # same three lines three times over at the end of one interview.
    transcript, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], [
        ("Whom is this claim for", "myself"), ("lived in Canada", "since 2001"),
        ("citizen of Canada", "none"), ("lived in the United States", "since 2010"),
        ("In which state", "Illinois"),
    ])
    assert transcript.count("from the record with digest") == 1
    assert transcript.count("How each point the class definitions leave open is read") == 1
    ending = transcript.rstrip().split("\n")
    # The digest, then the standing again (In short), then what is left to learn and what the
    # result is.
    recap = ending.index("In short, the standing in each proceeding (as at the top):")
    # (Within 45 lines of the end, on a terminal of 50: how to learn from Clearview, and from
    # the RCMP, what is left open, and what a yes to it would make the person, follow it.)
    assert ending[recap - 2].startswith("sha256:") and recap > len(ending) - 45
    # Then what the result is, and where to read what each proceeding asks for or pays.
    said = " ".join(" ".join(ending[-5:]).split())
    assert said.startswith("What this result is: whether the words of each class describe you")
    assert "It files nothing and joins you to nothing." in said
    assert said.endswith("classaction action --action T-724-20")


def test_yes_to_a_choice_with_a_no_option_picks_the_one_other_or_asks_which() -> None:
    """"Have you filed a claim for payment in one of these proceedings? 1) none 2) in MDL-2967":
    "yes" was refused as naming no option; it names the one that is not "none", and where
    several are left it asks which, listing them. A doubted yes is still not taken."""
    from classaction.cli.said import _pick

    none = ("none", "none", ("no", "none", "never"))
    mdl = ("MDL-2967", "in MDL-2967, Clearview AI", ("mdl-2967",))
    other = ("X-1", "in X-1, Another", ("x-1",))
    for said in ("yes", "Yes.", "yes, last year", "yep"):
        # Said back ("taken as: ..."), as the answer named no option itself.
        assert _pick(said, [none, mdl]) == ("MDL-2967", "taken as: in MDL-2967, Clearview AI"), said
    assert _pick("no", [none, mdl])[0] == "none"
    value, why = _pick("yes", [none, mdl, other])
    assert value is None and why.startswith("which one?") and "2) in MDL-2967" in why
    assert _pick("yes I think", [none, mdl])[0] is None
    # Without a "no" option a yes names nothing.
    assert _pick("yes", [mdl, other])[0] is None


def test_a_question_left_open_after_photographs_are_named_is_said_of_the_others() -> None:
    # A trial's person was asked whether her face appears in a photograph she named, then told
    # "Whether a photograph Clearview collected shows your face is not asked": it is asked of
    # the photographs not named, and said so.
    rules = [("Noted as photograph", ""), ("Whom is this claim for", "myself"),
             ("Has Clearview held any photograph of your face", "not sure"),
             ("that you took, that you had someone take", "yes"), ("Name each", "church picnic"),
             ("Does your face appear", "no"),
             ("lived in Canada", "since 2001"), ("lived in the United States", "none")]
    text, _ = _interview(["T-724-20", "MDL-2967"], rules)
    said = " ".join(text.split())
    assert 'Does your face appear in photograph "church picnic"?' in said
    assert ("(Whether any other photograph Clearview collected shows your face is not asked: it "
            "is the same question as whether its database held your face, answered as not "
            "known.") in said
    assert "Whether any photograph Clearview collected shows" not in said


def test_a_question_the_same_to_a_person_as_one_left_open_is_not_asked_again() -> None:
    """A person unsure whether Clearview's database held their face was then asked whether a
    photograph Clearview collected shows it; one who did not know whether Clearview collected
    a photograph they took, had taken or hold the copyright in was then asked whether they
    took one, and whether its copyright was granted to them. To a person each is the same
    question again: it is not asked, and the person is told why."""
    rules = [
        ("Whom is this claim for", "myself"),
        ("Has Clearview held any photograph of your face", "not sure"),
        ("that you took, that you had someone take", "don't know"),
        ("lived in Canada", "since 2001"),
        ("lived in the United States", "none"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    assert "Does any photograph that Clearview collected show your face" not in text
    assert "Did you take any photograph that Clearview collected" not in text
    assert "sold, given or licensed to you?" not in text
    said = " ".join(text.split())
    # Said to be still open, and listed in the result (two trials' people read "Not asked
    # whether ..." as settled, then found it the first question left).
    assert ("(Whether any photograph Clearview collected shows your face is not asked: it is the "
            "same question as whether its database held your face, answered as not known. It "
            "stays open, among the questions the result lists.)") in said
    assert "Does a photograph collected by Clearview show the claimant's face?" in said
    # Said once, though two questions (took one; had its copyright granted) are not asked.
    assert said.count("Whether you took, or had the copyright granted in") == 1
    statements = record.get("statements", {})
    assert isinstance(statements, dict)
    assert "unlisted_collected_photograph_depicts_claimant" not in statements


def test_the_opening_says_what_each_proceeding_is_about() -> None:
    """The opening named three proceedings by file and court alone: neither Clearview nor the
    RCMP was mentioned. Each is listed with what it is about, and every line fits."""
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], [])
    opening = text[:text.index("Whom is this claim for")]
    said = " ".join(opening.split())
    assert said.startswith("Questions about membership in the classes of these proceedings:")
    assert "- T-724-20 (Federal Court (Canada)), over the RCMP's use of Clearview AI;" in said
    assert "- MDL-2967 (United States District Court for the Northern District of Illinois), " \
           "a settlement with Clearview AI in the United States;" in said
    assert "- T-713-20 (Federal Court (Canada)), against Clearview AI itself" in said
    assert max(len(line) for line in opening.splitlines()) <= 79


def test_a_proceeding_none_of_whose_classes_reaches_the_person_is_said_in_short() -> None:
    """A Canadian who never lived in the United States got some seventy lines of MDL-2967's
    five subclasses, condition by condition, each alike. An action none of whose classes
    reaches the person is said in a line a class, why in a few words; the readings' pointer and
    the record's digest still come once, at the end."""
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], [
        ("Whom is this claim for", "myself"),
        ("Has Clearview held any photograph of your face", "no"),
        ("Does any photograph that Clearview collected show your face", "no"),
        ("that you took, that you had someone take", "no"),
        ("lived in Canada", "since 2001"),
        ("lived in the United States", "none"),
        ("RCMP", "no"),
    ])
    part = text[text.index("-- MDL-2967 --"):]
    part = part[:part.index("\n\n")]
    said = " ".join(part.split())
    assert "file 1:21-cv-00135): in none of its classes." in said
    assert "Nationwide: no image or measurements of their face in Clearview's database" in said
    assert "[met]" not in part and "[not met]" not in part
    assert len(part.splitlines()) <= 16
    assert text.count("from the record with digest") == 1
    assert "\n\n\n" not in text
    assert "This rests on reading" not in said  # the facts decided it, no reading


def test_a_proceeding_none_of_whose_classes_reaches_one_who_died_says_the_reading() -> None:
    """A trial's son read "not an individual alive on 2024-06-21" five times for his father,
    who died in 2021, as the law's answer: it is reading R20's ("All individuals"), said once."""
    from classaction.present.text import render_several, render_summary

    bundle = actions.get("MDL-2967")
    record = {"claimant": {"kind": "natural", "born_on": "1950", "deceased": True,
                           "died_on": "2021-04"}, "statements": {}}
    claim = ca.claim_from_record(record)
    determination = bundle.determine(claim)
    rcmp = actions.get("T-724-20")
    said = " ".join(render_several(
        [(bundle.action, determination), (rcmp.action, rcmp.determine(claim))], claim,
        width=79, in_short=True, render=lambda *part: render_summary(*part),  # as the interview
    ).split())
    assert said.count("not an individual alive on 2024-06-21") == 5
    assert ("This rests on reading R20 (Must a member be alive on the as-of date? By default, "
            "yes: born by it and not dead before it).") in said


def test_a_photograph_named_after_saying_none_is_yours_is_asked_its_transfers_if_a_class_needs() -> None:
    """A person in Illinois said no photograph Clearview collected was theirs (taken by or for
    them, or its copyright come to them), then named the LinkedIn headshot Clearview held: the
    interview asked nothing of its copyright, and ended with T-713-20 "undetermined" on whether
    it was ever transferred, a question it never put. The statement covers the photographs not
    listed; of one named after, only its transfers can say so in the record: they are asked."""
    rules = [
        ("Whom is this claim for", "myself"), ("lived in the United States", "1985 to 2021"),
        ("In which state", "Illinois"), ("lived in Canada", "since 2021"),
        ("citizen of Canada", "none"), ("Has Clearview held any photograph of your face", "yes"),
        ("Does any photograph that Clearview collected show your face", "yes"),
        ("that you took, that you had someone take", "no"), ("Name each", "linkedin headshot"),
        ("claim for payment (a claim form)", "none"), ("RCMP", "no"),
        ("How many times was the copyright", "none"), ("given or licensed", "no"),
        ("permission to use any", "no"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    asked = " ".join(text.split("Standing in each")[0].split())
    # First what a person knows of it, whether any of it came to them; not knowing, its
    # transfers, each counted (a trial's person could say only "no idea" of those).
    # Of one it was said none of was sold, given or left to them, the licence alone.
    assert asked.index("Earlier you said Clearview collected no photograph that you took, "
                       "had someone take for you, or whose copyright was sold, given or left to "
                       'you. Were you given permission to use photograph "linkedin headshot" (a '
                       "licence of its copyright)?") < asked.index(
        'How many times was the copyright in photograph "linkedin headshot"')
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["author"] == "other" and photo["transfers"] == []
    doan = actions.get("T-713-20").determine(ca.claim_from_record(record))
    assert doan.outcomes["CR"] is ca.Outcome.NOT_MEMBER
    # "No" to it settles it: its transfers are not asked.
    said_no = [*rules[:-2], ("permission to use photograph", "no"),
               ("permission to use any", "no"), ("given or licensed", "no")]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], said_no)
    assert "How many times was the copyright" not in text
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["granted_to_claimant"] is False and "transfers" not in photo
    doan = actions.get("T-713-20").determine(ca.claim_from_record(record))
    assert doan.outcomes["CR"] is ca.Outcome.NOT_MEMBER
    # Nothing else that could give rights in it is asked: who owned the film, an order, a job.
    for words in ("film or memory card", "order photograph", "as part of their job"):
        assert words not in asked, words


def test_no_photograph_of_yours_is_not_taken_to_say_none_was_licensed_to_you() -> None:
    """"No" to "Did Clearview collect any photograph that you took, ... or whose copyright was
    sold, given or left to you?" was recorded as no grant to the claimant, licences included:
    a permission to use a photograph, never asked of, makes a grantee of T-713-20 (reading R11
    = any). It is asked in its own words, and a yes is taken."""
    rules = [
        ("Whom is this claim for", "myself"), ("lived in Canada", "since 2001"),
        ("citizen of Canada", "none"), ("lived in the United States", "none"),
        ("that you took, that you had someone take", "no"),
        ("permission to use any", "yes"), ("Name each", "festival poster"),
        ("", "don't know"),
    ]
    text, record = _interview(["T-724-20", "T-713-20"], rules)
    asked = " ".join(text.split("Standing in each")[0].split())
    # The licence alone, "sold, given or left" having been answered no.
    assert "Were you given permission to use any photograph Clearview collected (a licence of " \
        "its copyright)?" in asked
    statements = record["statements"]
    assert isinstance(statements, dict)
    assert statements["authored_unlisted_collected_photograph"] is False
    assert statements.get("received_grant_in_unlisted_collected_photograph") is not False
    assert [p["id"] for p in record["photographs"]] == ["festival-poster"]  # type: ignore[index]
    # Named as one licensed to them: not asked again whether any of it came to them.
    (photo,) = record["photographs"]  # type: ignore[misc]
    assert photo["granted_to_claimant"] is True
    assert "permission to use photograph" not in asked


def test_the_standing_in_each_proceeding_is_said_again_at_the_end() -> None:
    """On a 50-line terminal a trial's person saw only the last proceeding's part and the
    footer: the standing, said first, had scrolled away. It is said again, last."""
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], CHICAGO)
    first = text[text.index("Standing in each proceeding:"):].split("\n\n")[0]
    last = text[text.index("In short, the standing in each proceeding (as at the top):"):]
    last = last.split("\n\n")[0]
    assert first.splitlines()[1:] == last.splitlines()[1:]
    assert text.index("In short") > text.rindex("from the record with digest")
    assert all(len(line) <= 80 for line in last.splitlines())
    # One action: its result is short enough, and has no standing to repeat.
    alone, _ = _interview(["MDL-2967"], CHICAGO)
    assert "In short" not in alone
    # A payment not found says why there (a trial's person asked whether he got money, and
    # found its reason some ninety lines above); one found does not.
    assert "Settlement Payment: eligible." in " ".join(last.split())
    unpaid = [("claim for payment (a claim form)", "no") if rule[0].startswith("claim for payment")
              else rule for rule in CHICAGO]
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], unpaid)
    last = " ".join(text[text.index("In short"):].split("\n\n")[0].split())
    assert ("Eligibility to claim a Settlement Payment: not eligible (no claim form submitted or "
            "received by 2024-10-25)") in last


def test_the_closing_points_to_the_page_of_the_proceeding_that_most_concerns_the_person() -> None:
    """A person in Illinois, a member of MDL-2967's classes, was pointed to T-724-20's page."""
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], CHICAGO)
    assert text.rstrip().endswith("  classaction action --action MDL-2967")
    assert "likewise T-724-20 and T-713-20" in " ".join(text.split())


def test_an_order_of_a_photograph_taken_since_2012_is_asked_of_an_old_order() -> None:
    """A trial's person was asked whether someone ordered and paid for her 2015 selfie: only an
    order placed before 7 November 2012 matters then (S.C. 2012, c. 20, s. 60). Said so
    without leading one who ordered it since to a no (a later trial's, who had hired a
    photographer in 2016, answered no, and the record said it was never ordered)."""
    note = ("(Answer for any order: when it was placed is asked next, where it matters, as only "
            "one placed before 7 November 2012 changes who owns it.)")
    for taken, noted in (("in 2015", True), ("in 2010", False)):
        text, _ = _interview(["T-724-20", "T-713-20"], [
            ("Whom is this claim for", "myself"), ("took, that you had someone take", "yes"),
            ("Name each", "selfie"), ("Who took", "1"), ("When was", taken),
            ("How many times", "not sure"), ("lived in Canada", "since 2001"), ("born", "1980"),
            ("Did someone else order", "no"), ("face appear", "yes"), ("Crown", "no"),
            ("employee", "no"), ("RCMP", "no"), ("Apart from", "no"),
        ])
        said = " ".join(text.split())
        asked = re.findall(r"Did someone else order photograph .*? and pay for it .*?\?\)?", said)
        assert asked, taken
        assert (note in said) is noted, taken


def test_a_photograph_named_as_one_the_person_took_is_theirs_and_asked_of() -> None:
    """Asked of T-713-20 alone, "yes" to "Did you take any photograph that Clearview
    collected?" and a photograph named: the class was met at once on the statement of one
    "not listed", though it had just been named, and nothing of its transfers was asked."""
    text, record = _interview(["T-713-20"], [
        ("Whom is this claim for", "myself"), ("Did you take any photograph", "yes"),
        ("Name each", "selfie 2015"), ("lived in Canada", "since 2001"), ("born", "1985"),
        ("How many times", "none"),
    ])
    assert "Name each photograph Clearview collected that you took" in " ".join(text.split())
    (photo,) = record["photographs"]  # type: ignore[misc]
    assert photo["author"] == "claimant" and photo["collected_by_clearview"] is True
    assert "authored_unlisted_collected_photograph" not in record.get("statements", {})
    assert "How many times was the copyright in photograph" in text
    assert "not listed" not in text.split("The result")[1]


def test_a_period_of_a_claimant_who_died_ends_at_the_death() -> None:
    """"all her life", of a mother who died in 2021, was kept as a period still going on, and
    the result said so of a dead woman (a trial)."""
    text, record = _interview(["T-724-20"], [
        ("Whom is this claim for", "3"), ("die before", "no, she died in 2021"),
        ("born", "1950"), ("live in Canada", "all her life"),
    ])
    # Asked in the past tense of one who has died ("has the claimant lived" read oddly).
    assert "During which periods did the claimant live in Canada?" in text
    claimant = record["claimant"]
    assert isinstance(claimant, dict)
    assert claimant["residence"] == [{"start": "1950", "country": "CA", "end": "2021"}]
    assert ca.validate_claim(record) == ()
    # Of one alive, a period goes on.
    _, record = _interview(["T-724-20"], [
        ("Whom is this claim for", "myself"), ("born", "1950"), ("lived in Canada", "since 1970"),
    ])
    assert record["claimant"]["residence"][0]["ongoing"] is True  # type: ignore[index]


def test_a_year_said_with_the_yes_to_a_claim_form_is_kept_and_the_form_named_plainly() -> None:
    """A trial's "yeah i did, in 2024" was taken as yes, the year dropped and asked for next;
    then "Was claim for payment 1 submitted ...?" read as jargon. The year is kept (said back),
    and the one claim form is "the claim form"."""
    rules = [("claim for payment (a claim form)", "yeah i did, in 2024"),
             ("on or before 25 October 2024", "yes"),
             *[r for r in CHICAGO if not r[0].startswith("claim for payment")]]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    assert "(taken as: yes, 2024.)" in text
    (claim,) = record["payment_claims"]  # type: ignore[misc]
    assert claim["proceeding"] == "MDL-2967" and claim["filed_on"].startswith("2024")
    assert "When did you submit the claim form" not in text  # not asked again
    said = " ".join(text.split())
    assert "Was the claim form submitted or received on or before 25 October 2024?" in said
    assert "claim for payment 1" not in said


class _InTurn:
    """Standard input that gives its answers in turn, then ends."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)

    def readline(self) -> str:
        return self.answers.pop(0) + "\n" if self.answers else ""


def test_a_photograph_named_as_taken_by_another_is_not_taken_for_one_s_own() -> None:
    """"wedding pics my friend took", named among the photographs a trial's person took, was
    recorded as taken by the claimant, and counted towards membership."""
    bundle = actions.get("T-713-20")
    out = io.StringIO()
    record = run_interview(
        _InTurn(["myself", "since 2001", "yes", "selfies on instagram",
                 "wedding pics my friend took", "taken by my sister at the lake",
                 "taken by me at the beach", ""]),  # type: ignore[arg-type]
        out, bundle.readings(), today=dt.date(2026, 12, 4), bundle=bundle,
    )
    said = " ".join(out.getvalue().split())
    assert said.count("That one sounds taken by someone else: name here only the photographs "
                      "you took (an empty line when done).") == 2
    photographs = record["photographs"]
    assert isinstance(photographs, list)
    assert [p["id"] for p in photographs] == ["selfies-on-instagram", "taken-by-me-at-the-beach"]
    assert all(p["author"] == "claimant" for p in photographs)


def test_a_face_in_clearview_s_database_is_a_face_in_a_photograph_it_collected() -> None:
    """A third trial's person said yes to whether Clearview's database held her face, and was
    then asked whether a photograph Clearview collected shows it: "yes, i already said that".
    The second follows from the first, is not asked, and the photographs are named."""
    rules = [(words, said) for words, said in CHICAGO
             if not words.startswith("Does any photograph that Clearview collected")]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    said = " ".join(text.split())
    assert ("(A photograph Clearview collected shows your face: you said its database held one. "
            "That is not asked.)") in said
    assert "Does any photograph that Clearview collected show your face" not in said
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["claimant_face_appears"] is True and photo["collected_by_clearview"] is True
    # A "no" to the database answers the other too (it was asked: a later trial's person, who
    # said no, was asked it twice more); said so.
    said_no = [("Has Clearview held any photograph of your face", "no"), *rules]
    text = " ".join(_interview(["T-724-20", "MDL-2967"], said_no)[0].split())
    assert "Does any photograph that Clearview collected show your face" not in text
    assert ("(No photograph Clearview collected shows your face: you said its database held "
            "none. That is not asked.)") in text


def test_the_standing_said_again_says_the_claimant_died_after_the_classes_day() -> None:
    """A trial's daughter, answering for her late mother, read "member" in the standing said
    again at the end; that the sources do not say who may claim for a member who has since
    died was said only in the middle of the result."""
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], [
        ("Whom is this claim for", "my mother, she passed away in 2021"),
        ("lived in Canada", "since 1940"), ("citizen of Canada", "since 1940"),
        ("lived in the United States", "none"), ("born", "1940"),
    ])
    last = " ".join(text[text.index("In short"):].split("\n\n")[0].split())
    assert ("The claimant died after the day the classes of T-724-20 and T-713-20 are read on: "
            "the sources held do not say who may claim for a member who has since died.") in last


def test_a_period_in_the_united_states_said_with_its_state_is_not_asked_its_state() -> None:
    """A trial's student answered "from birth until 2019, in california" and was asked next in
    which state she had lived then: one period said with one state is in it, said back."""
    rules = [(w, "2010 to 2019, in chicago" if w == "lived in the United States" else a)
             for w, a in CHICAGO if w != "In which state"]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    (us,) = (p for p in record["claimant"]["residence"] if p["country"] == "US")  # type: ignore[index]
    assert us["subdivision"] == "US-IL"
    assert "In which state" not in text and "(taken as: in Illinois.)" in text
    assert "is asked next" not in text


def test_where_one_lived_is_asked_before_a_claim_form_in_the_settlement_abroad() -> None:
    """Trials' people in Canada were asked whether they had filed a claim form in MDL-2967
    before being asked whether they had ever lived in the United States; "none" there settles
    the settlement's classes, its eligibility too, and the claim form is then not asked."""
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"],
                         [("Whom is this claim for", "myself"), ("", "don't know")])
    flat = " ".join(text.split())
    assert flat.index("lived in the United States?") < flat.index("filed a claim for payment")
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], [
        ("Whom is this claim for", "myself"), ("lived in Canada", "since 2001"),
        ("lived in the United States", "none"), ("", "don't know"),
    ])
    assert "filed a claim for payment" not in " ".join(text.split())


def test_a_result_that_leaves_open_whether_clearview_holds_a_photo_says_how_to_learn_it() -> None:
    """A trial's person, who posts on Facebook, was left "undetermined" everywhere with no
    word of how to learn whether Clearview holds a photograph of her: a request for one's
    personal information (PIPEDA, Schedule 1, principle 4.9)."""
    told = "PIPEDA, Schedule 1, principle 4.9"
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"],
                         [("Whom is this claim for", "myself"), ("", "don't know")])
    assert told in " ".join(text.split())
    text, _ = _interview(["T-724-20"], [
        ("Whom is this claim for", "myself"), ("show your face", "no"),
        ("Does any photograph that Clearview collected show your face", "no"),
        ("that you took, that you had someone take", "no"), ("", "don't know"),
    ])
    assert told not in " ".join(text.split())


def test_a_company_that_cannot_know_what_clearview_collected_is_told_so() -> None:
    """A later trial's company, asked whether Clearview collected a photograph whose rights it
    holds, answered "no idea, how would we know" and was left undetermined with no word of it.
    Only Clearview knows, as the companion action turned on: said, with the decisions, in place
    of the request for one's personal information, which is a person's."""
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], [
        ("Whom is this claim for", "4"), ("", "no idea, how would we know"),
    ])
    flat = " ".join(text.split())
    assert "Whether Clearview collected a photograph whose rights you hold is left open" in flat
    assert "2023 FC 1612, 30 November 2023" in flat and "2025 FCA 133, 16 July 2025" in flat
    assert "PIPEDA" not in flat
    # Not said where the company says none was collected.
    text, _ = _interview(["T-724-20", "T-713-20"], [("Whom is this claim for", "4"), ("", "no")])
    assert "only Clearview knows" not in " ".join(text.split())


def test_the_standing_in_a_proceeding_that_reaches_no_class_is_said_in_a_line() -> None:
    """A trial's person read MDL-2967's five subclasses, each "not a member", at the top and
    again at the end: a proceeding none of whose classes reaches the person is said so."""
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], [
        ("Whom is this claim for", "myself"), ("lived in Canada", "since 2001"),
        ("lived in the United States", "none"), ("", "don't know"),
    ])
    flat = " ".join(text.split())
    assert flat.count("MDL-2967, In re Clearview AI, Inc. Consumer Privacy Litigation: in none "
                      "of its classes; Eligibility to claim a Settlement Payment: not eligible") == 2
    assert "Illinois Subclass: not a member" not in flat


def test_a_yes_to_a_posting_said_with_its_year_keeps_the_year() -> None:
    """A later trial's "yes, on my profile in 2015", to whether a photograph was posted on a
    public web page, was asked the year again; "public since 2012" says it was posted by then,
    not when first, and is not kept."""
    for said, kept in (("yes, on my profile in 2015", "2015"),
                       ("yes my profile was public since like 2012", None)):
        rules = [(words, said if words == "posted on a web page anyone could see" else answer)
                 for words, answer in CHICAGO if words != "first posted on a public web page"]
        text, record = _interview(["T-724-20", "MDL-2967"], rules)
        photos = record["photographs"]
        assert isinstance(photos, list) and photos[0].get("first_posted_publicly_on") == kept, said
        assert ("taken as: first posted in 2015" in " ".join(text.split())) is (kept is not None)


def test_one_transfer_said_to_be_an_inheritance_is_taken_as_one() -> None:
    """A later trial's daughter said her father "left everything to me in his will", then of
    how many transfers "just once, when he died it came to me", and was asked what kind of
    transfer it was and to whom."""
    heir = [
        ("Whom is this claim for", "its about my dads photos, he passed away in 2018"),
        ("Is the claim yours", "mine"),
        ("Name each", "dads wedding photos"),
        ("photograph >", ""),
        ("Apart from the photographs you named", "no"),
        ("that you took, that you had someone take", "yes"),
        # (Asked now the father's death is known from the first answer; before "Who took
        # photograph", which its words hold.)
        ("Since the photographer who took", "don't know"),
        ("Who took photograph", "my dad took them"),
        ("Does your face appear", "no"),
        ("ever sold, given, left or licensed to you", "yes he left everything to me in his will"),
        ("How many times", "just once, when he died it came to me"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], heir)
    photo = record["photographs"][0]  # type: ignore[index]
    # Dated by the father's death, said first, and made by him (the photographer).
    assert photo["transfers"] == [{"kind": "succession", "to": "claimant", "on": "2018",
                                   "by": "photographer"}]
    flat = " ".join(text.split())
    assert "(taken as: an inheritance on a death (a succession) to you; if not, type back.)" in flat
    assert "What was the transfer" not in flat and "To whom did the transfer" not in flat
    # A sale said is no inheritance, and two transfers are asked of one by one.
    for said in ("once, i bought it from him before he died", "twice, when he died it came to me"):
        rules = [*heir[:-1], ("How many times", said)]
        _, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
        transfers = record["photographs"][0].get("transfers", [])  # type: ignore[index]
        assert all("kind" not in t for t in transfers), said


def test_a_grant_said_with_no_count_leaves_the_copyright_open_not_presumed_untransferred() -> None:
    """A trial's person said yes, the copyright in someone else's photograph had come to them,
    and did not know how many times it had passed; T-724-20's result said the copyright was
    presumed never transferred, which read as contradicting the yes. The yes rebuts that
    presumption (BRIEF §5): the class stays open on the transfers, and says why."""
    rules = [
        ("Whom is this claim for", "myself"),
        ("Name each", "the band photo"),
        ("photograph >", ""),
        ("Apart from the photographs you named", "no"),
        ("that you took, that you had someone take", "yes"),
        ("died?", "no"),
        ("Who took photograph", "a friend took it"),
        ("Does your face appear", "no"),
        ("ever sold, given, left", "yes"),
        ("How many times", "no idea"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["granted_to_claimant"] is True and "transfers" not in photo
    assert ca.validate_claim(record) == ()
    determination = ca.determine(ca.structure(record, ca.Claim))
    copyright = {c.class_id: c for c in determination.classes}["CI"]
    assert copyright.outcome.value == "UNDETERMINED"
    assert "/photographs/0/transfers" in [m.pointer for m in copyright.missing]
    flat = " ".join(text.split())
    assert "so its transfers are asked for, not presumed none" in flat
    assert "the copyright was never transferred" not in flat
    assert flat.count("How many times") == 1  # "no idea" stands: not asked again
    # Asked after that yes, the count does not offer none, and "none" is told why not (it
    # was refused in the record's words: "true, but the photograph's transfers are listed as
    # none"); the open question says at least one came to the claimant.
    assert "licensed (someone given permission to use it)? [how many: 1, 2 ... / don't know]" in flat
    assert "List every transfer (at least one: some of it came to the claimant, the record says)." in flat
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], [
        *rules[:-1], ("Please answer again", "don't know"), ("How many times", "none"),
    ])
    flat = " ".join(text.split())
    assert ("Not none: you said some of its copyright, or a licence of it, came to you: so it "
            "passed at least once.") in flat
    assert "transfers are listed as none" not in flat


def test_no_face_said_from_behind_the_camera_makes_the_person_its_photographer() -> None:
    """A later trial's photographer answered "no i was behind the camera" of whether her face
    appears in a photograph, and was then asked who took it."""
    rules = [
        ("Whom is this claim for", "myself"),
        ("Name each", "lake sunset"),
        ("photograph >", ""),
        ("Apart from the photographs you named", "no"),
        ("that you took, that you had someone take", "yes"),
        ("Does your face appear", "no i was behind the camera"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["author"] == "claimant" and photo["claimant_face_appears"] is False
    flat = " ".join(text.split())
    assert '(taken as: you took photograph "lake sunset"; if not, type back.)' in flat
    # A plain no says nothing of who took it.
    plain, record = _interview(["T-724-20"], [*rules[:-1], ("Does your face appear", "no")])
    assert "author" not in record["photographs"][0]  # type: ignore[index]
    assert "Who took photograph" in " ".join(plain.split())


def test_a_photograph_said_collected_asked_if_held_in_the_database_is_told_they_differ() -> None:
    """A later trial's person, asked whether Clearview held in its database a photograph she
    had said it collected, typed "i already said they took them?" and read "Not understood"."""
    from classaction.cli.interview import _read_first, _refusal

    pointer = "/photographs/0/in_biometric_database"
    value, why = _read_first(pointer, "i already said they took them?")  # type: ignore[misc]
    assert value is None and _refusal(why) == "Not the same question"
    assert why.startswith("collected and held in its database are asked apart")
    assert _read_first(pointer, "yes") is None and _read_first(pointer, "i said no") is None
    assert _read_first("/photographs/0/collected_by_clearview", "i already said they took them") is None


def test_where_one_lived_is_asked_before_a_photograph_s_questions_of_the_settlement() -> None:
    """Later trials' people (a band member, an heir) were asked whether Clearview held a
    photograph in its database, collected it by 21 June 2024 and when it was first posted, all
    for MDL-2967, before whether they had ever lived in the United States: "never" made each
    moot. Where one lived is asked first, where several countries are asked of."""
    rules = [
        ("Whom is this claim for", "myself"),
        ("Name each", "band photo"),
        ("photograph >", ""),
        ("Apart from the photographs you named", "no"),
        ("that you took, that you had someone take", "yes"),
        ("died?", "no"),
        ("Who took photograph", "my buddy"),
        ("Does your face appear", "yes"),
        ("lived in Canada", "since 2001"),
        ("lived in the United States", "never"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    flat = " ".join(text.split())
    assert flat.index("lived in the United States") < flat.index("Standing in each proceeding")
    for moot in ("in its database (a reply to a request for your data would say so)? [yes / no "
                 "/ don't know] > ", "on or before 21 June 2024?", "first posted on a public web page"):
        asked = flat.find(moot, flat.index("Does your face appear"))
        assert asked == -1 or asked > flat.index("lived in the United States"), moot
    assert record["claimant"]["residence"] == [{"start": "2001", "ongoing": True, "country": "CA"}]  # type: ignore[index]


def test_why_a_date_is_asked_again_names_the_classes_that_turn_within_it() -> None:
    # A trial's "why", to a date of birth asked again "as it matters on which side it falls of
    # 2 June 2006 and 1 September 2006" (18 on a claim form's day), led with whether the
    # claimant was alive on 8 July 2020, which the date given already settled.
    rules = [("Noted as photograph", ""), ("Whom is this claim for", "2"),
             ("born on or before 8 July 2020", "yes"), ("Has Clearview held", "yes"),
             ("that the claimant took", "no"), ("Name each", "profile pic"),
             ("lived in Canada", "since 2001"),
             ("lived in the United States", "2015 to 2019 in chicago"),
             ("claim for payment (a claim form)", "yes"), ("ever posted", "yes"),
             ("first posted", "2014"), ("permission to use", "no"),
             ("claim form submitted", "summer 2024"), ("Why this question", "don't know"),
             ("can you say it more exactly", "why")]
    text, _ = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    said = " ".join(text.split())
    assert "it matters on which side it falls of 2 June 2006 and 1 September 2006" in said
    why = said[said.index("Why this question"):]
    why = why[:why.index("What is the claimant's date of birth?")]
    assert "18 or older when claiming" in why
    assert "Targeted Individuals" not in why and "Authors and Grantees" not in why
    assert "alive on 8 July 2020" not in why


def test_a_photographer_employed_by_another_is_told_the_employer_may_claim() -> None:
    # A later trial's wedding photographer, employed by his one-person company, read T-713-20's
    # class not met ("taken by an employee for an employer other than the claimant") and no
    # word of the company, which holds the copyright (s. 13(3)) and may claim in its own right.
    rules = [("Noted as photograph", ""), ("Whom is this claim for", "myself"),
             ("that you took", "yes"), ("Name each", "client photos"), ("Who took photograph", "1"),
             ("as an employee", "yes"), ("lived in Canada", "since 2001"),
             ("When was photograph", "2014")]
    text, record = _interview(["T-724-20", "T-713-20"], rules)
    photographs = record["photographs"]
    assert isinstance(photographs, list)
    assert photographs[0]["made_in_course_of_employment"] is True
    assert photographs[0]["employer"] == "other"
    said = " ".join(text.split())
    assert ("The copyright in a photograph taken as an employee, for the job, belongs to the "
            "employer unless agreed otherwise (Copyright Act, s. 13(3)); the photographer keeps "
            "the moral rights. If the employer was a company of your own, it may be a member in "
            "its own right: answer the questions again for it, as a company or other "
            "organisation.") in said
    # Not said where no photograph was taken for another's job.
    text, _ = _interview(["T-724-20", "T-713-20"], [
        ("as an employee", "no") if words == "as an employee" else (words, answer)
        for words, answer in rules
    ])
    assert "taken as an employee, for the job" not in " ".join(text.split())


def test_a_death_said_as_part_of_a_year_with_a_no_is_kept_and_not_asked_again() -> None:
    # A later trial's daughter, asked whether her father died before 8 July 2020, answered
    # "no, late 2021": the date was dropped, and she was asked whether he died before 21 June
    # 2024 ("i already said"). Late 2021 is July to December 2021: kept, said back.
    rules = [("Whom is this claim for", "3"), ("die before 8 July 2020", "no, late 2021")]
    text, record = _interview(["T-724-20", "MDL-2967"], rules)
    claimant = record["claimant"]
    assert isinstance(claimant, dict) and claimant["died_on"] == "2021-07/2021"
    assert "die before 21 June 2024" not in text
    assert "(taken as: no, between July and December 2021.)" in " ".join(text.split())


def test_a_stay_said_by_how_long_and_when_is_its_time_and_its_state_asked_plainly() -> None:
    # A later trial's teacher answered "a few years in boston in the 80s" to when she lived in
    # the United States, and was told to give "the year, not a time relative to today"; said
    # "in the 80s", she was asked "In which state did you live from some day in or before 1989
    # to some day in or after 1980?".
    from classaction.cli.interview import _state_said, _when_lived
    from classaction.cli.said import parse_periods

    today = dt.date(2026, 12, 4)
    said = "a few years in boston in the 80s"
    periods, _ = _state_said("US", said, parse_periods(said, today, "1955"))
    assert periods == [{"start": "../1989", "end": "1980/..", "subdivision": "US-MA"}]
    assert _when_lived({"start": "../1989", "end": "1980/.."}) == "at some time between 1980 and 1989"
    rules = [("lived in the United States", "in the 80s"), *CHICAGO]
    text, _ = _interview(["T-724-20", "MDL-2967"], rules)
    asked = " ".join(text.split())
    assert "In which state did you live at some time between 1980 and 1989?" in asked
    assert "in or before 1989 to some day" not in asked


def test_the_result_says_which_point_left_open_would_change_it() -> None:
    """A trial's person named as the photograph Clearview held one taken "last spring" (2026)
    and read "Privacy Breach: member", and a selfie posted on Instagram, licensed, kept another
    out of T-713-20's class: neither learnt that a point the class leaves open, read the other
    way, would change it (`explain` says so; the interview's result did not)."""
    rules = [
        ("Whom is this claim for", "me"),
        ("Does any photograph that Clearview collected show your face", "yes"),
        ("Name each", "profile pic"), ("When was photograph", "last spring"),
        ("lived in Canada", "since 2001"), ("citizen of Canada", "since 2001"),
        ("", "don't know"),
    ]
    text, _ = _interview(["T-724-20", "T-713-20"], rules)
    part = " ".join(text[text.index("Points the class definitions leave open"):].split())
    assert ("- Is there a limit on when Clearview collected the photograph? Read as: no limit. "
            "Read instead as: only a photograph collected on or before the day membership is "
            "assessed. Then: Privacy Breach (T-724-20): undetermined instead of member (reading "
            "R6).") in part
    assert "(reading R9)" not in part  # said as it goes, photograph by photograph
    result = text[text.index("Points the class definitions leave open"):]
    assert all(len(line) <= 79 for line in result.splitlines())
    # Where no membership turns on such a point, nothing is said of them: not of one who died
    # before the day, whose classes other readings would only leave open (what proves a death,
    # whether a member must be alive), which the result says in its lines.
    for rules in ([("Whom is this claim for", "me"), ("", "don't know")],
                  [("Whom is this claim for", "my mom, she died in 2018"), ("", "don't know")]):
        text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], rules)
        assert "In short, the standing" in text
        assert "Points the class definitions leave open" not in text, rules
    # Said in everyday words, as the result's other lines (a trial's person read "a natural
    # person not alive on 2020-07-08" beside "a human being" further on).
    assert "Privacy Breach: a human being not alive on 2020-07-08." in text
    assert "a natural person" not in text.split("The result")[-1]


def test_a_company_said_in_short_is_named_once() -> None:
    """A later trial's incorporated bakery read "not an individual alive on 2024-06-21 (a company
    or other organisation: a company or other organisation)": the everyday words of "a legal
    person", put in a line that already said them."""
    text, _ = _interview(["T-724-20", "MDL-2967"], [
        ("Whom is this claim for", "our company"), ("", "don't know"),
    ])
    said = " ".join(text.split())
    assert "Nationwide: not an individual alive on 2024-06-21 (a company or other organisation)." in said
    assert "a company or other organisation: a company or other organisation" not in said


def test_a_no_to_clearview_holding_ones_face_is_not_asked_again_in_other_words() -> None:
    """A later trial's photographer said no to whether Clearview's database held any photograph
    of their face, then was asked it of a photograph they named and of those not named ("i
    already said no??"); a yes and a don't know were already carried over. What the database
    did not hold, Clearview did not collect (seeds/mdl-2967.json, NW's note)."""
    transcript, record = _interview(["T-724-20", "T-713-20", "MDL-2967"], [
        ("Whom is this claim for", "myself"), ("held any photograph of your face", "no"),
        ("that you took", "yes"), ("Name each", "northern lights yellowknife"),
    ])
    assert "Does your face appear in photograph" not in transcript
    assert "show your face?" not in transcript
    said = " ".join(transcript.split())
    assert ("(No photograph Clearview collected shows your face: you said its database held "
            "none. That is not asked.)") in said
    assert record["photographs"][0]["claimant_face_appears"] is False  # type: ignore[index]
    assert record["statements"]["unlisted_collected_photograph_depicts_claimant"] is False  # type: ignore[index]


def test_why_whom_names_each_actions_day_membership_is_assessed_on() -> None:
    """A later trial's person asked why at the first question and read that a natural person
    must be alive on 8 July 2020, which is not the United States settlement's day."""
    chosen = [actions.get(i) for i in ("T-724-20", "MDL-2967")]
    out = io.StringIO()
    answers = io.StringIO("why\nmyself\nquit\n")
    run_interview(answers, out, FamilyReadings(tuple(b.readings() for b in chosen)),  # type: ignore[arg-type]
                  today=dt.date(2026, 12, 4), bundle=ActionFamily(chosen))
    said = " ".join(out.getvalue().split())
    assert ("must be alive on 8 July 2020 (T-724-20) or 21 June 2024 (MDL-2967), the days "
            "membership is assessed on") in said
    assert ("(You answer for yourself: you were alive on 8 July 2020 (T-724-20) and 21 June "
            "2024 (MDL-2967), the days membership is assessed on. That is not asked.)") in said
    out = io.StringIO()
    run_interview(io.StringIO("why\nquit\n"), out, actions.get("T-724-20").readings(),  # type: ignore[arg-type]
                  today=dt.date(2026, 12, 4), bundle=actions.get("T-724-20"))
    assert "must be alive on 8 July 2020, the day membership is assessed on" in " ".join(
        out.getvalue().split())


def test_points_read_another_way_say_an_eligibility_eligible_and_a_conflict_in_plain_words() -> None:
    """A later trial's person read "Eligibility to claim a Settlement Payment (MDL-2967):
    undetermined instead of member" (elsewhere it is eligible), and "(compared with made_on;
    either may be wrong)" of two dates they gave."""
    from classaction.cli.answers import _MADE_ON_SAID
    from classaction.cli.interview import _Interview
    from classaction.records.consistency import consistency_errors

    record = {
        "claimant": {"kind": "natural", "deceased": False, "born_on": "1991-03",
                     "residence": [{"start": "1991-03", "end": "2013-03-11/2018-03-11",
                                    "country": "CA"},
                                   {"start": "2013/2017", "ongoing": True, "country": "US",
                                    "subdivision": "US-WA"}],
                     "residence_complete_for": ["CA", "US"],
                     "citizenship": [{"start": "1991-03", "ongoing": True, "country": "CA"}]},
        "statements": {"unlisted_database_image_depicts_claimant": True},
        "photographs": [{"id": "selfie-at-the-lake", "claimant_face_appears": True,
                         "collected_by_clearview": True, "author": "claimant",
                         "posted_publicly": True, "first_posted_publicly_on": "2010/2014",
                         "made_on": "2010/2014"}],
        "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-08/2024-10-25"}],
    }
    chosen = [actions.get(i) for i in ("T-724-20", "MDL-2967")]
    readings = FamilyReadings(tuple(b.readings() for b in chosen))
    asked = _Interview(io.StringIO(), io.StringIO(), readings, dt.date(2026, 12, 7), None,
                       ActionFamily(chosen))
    claim = ca.claim_from_record(record)
    decided = [(b.action, b.determine(claim, r)) for b, r in zip(chosen, readings.each, strict=True)]
    said = " ".join(asked.read_otherwise(decided, claim).split())
    assert "Eligibility to claim a Settlement Payment (MDL-2967): undetermined instead of eligible" in said
    assert "instead of member (reading R24)" not in said
    posted_first = {**record, "photographs": [{**record["photographs"][0],
                                               "first_posted_publicly_on": "2009"}]}
    messages = [e.message for e in consistency_errors(posted_first, dt.date(2026, 12, 7))]
    assert messages and any("made_on" in m for m in messages)
    assert not any("made_on" in _MADE_ON_SAID.sub("(or the date it was taken is wrong)", m)
                   for m in messages)


def test_the_crowns_direction_is_asked_of_ones_own_photograph_as_work_for_a_government() -> None:
    """A later trial's person, asked whether her selfie was "taken or published for the
    government, or under its direction or control (Crown copyright)?", answered "what? no its
    a selfie": of a photograph one took, the work it was taken for is asked."""
    text, record = _interview(["T-724-20", "T-713-20"], [
        ("Whom is this claim for", "myself"), ("took, that you had someone take", "yes"),
        ("Name each", "selfie"), ("Who took", "1"), ("When was", "in 2015"),
        ("How many times", "not sure"), ("lived in Canada", "since 2001"), ("born", "1980"),
        ("Did someone else order", "no"), ("face appear", "yes"), ("as work for a government", "no"),
        ("employee", "no"), ("RCMP", "no"), ("Apart from", "no"),
    ])
    said = " ".join(text.split())
    assert ('Did you take photograph "selfie" as work for a government (the federal government '
            "or a province), or did a government first publish it?") in said
    assert "(Crown copyright)?" not in said
    assert record["photographs"][0]["crown_direction"] is False  # type: ignore[index]


def test_an_heir_s_inheritance_asked_before_the_photographer_s_death_is_dated_by_it() -> None:
    """A later trial's heir, who began "me, but its about my dads photos, he passed away in
    2016 ...", was asked whether the inheritance came on or before 8 July 2020 and who made it,
    where, over the three proceedings, the transfer's date comes before the photographer's
    death is asked: the death said first is his, and dates the inheritance."""
    rules = [
        ("Whom is this claim for", "me, but its about my dads photos, he passed away in 2016 and "
         "i got everything"),
        ("Is the claim yours", "mine, im his heir"),
        ("Has Clearview held any photograph of your face", "no idea"),
        ("Did Clearview collect any photograph that you took", "yes, my dads photos"),
        ("Name each", "dads landscapes"),
        ("Since the photographer", "no, someone else"),
        ("Who took", "my dad"),
        ("Does your face appear", "no"),
        ("ever sold, given, left or licensed to you", "yes it was left to me when he died"),
        ("When was photograph", "the 90s"),
        ("How many times", "just once, when he died it came to me"),
        ("", "don't know"),
    ]
    text, record = _interview(["T-724-20", "MDL-2967", "T-713-20"], rules)
    said = " ".join(text.split())
    assert '(Of photograph "dads landscapes", taken by my dad, who died in 2016, as you said ' \
        "first; if not, type back.)" in said
    assert "(Inherited from the photographer, so on their death: in 2016, as said." in said
    assert "happen on or before" not in said and "Who made the transfer" not in said
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["transfers"] == [{"kind": "succession", "to": "claimant", "on": "2016",
                                   "by": "photographer"}]
    assert photo["author_deceased"] is True and photo["author_died_on"] == "2016"


def test_a_platform_s_terms_said_of_a_grant_s_extent_are_part_of_the_copyright() -> None:
    """A later trial's poster, told to count her Facebook post as a licence, answered how much
    it covered "no idea, whatever facebook terms say": taken as don't know, the grant was read
    as of the whole copyright, and she was out of T-713-20's authors who have not licensed
    theirs. A platform's terms license what is posted for running its service, not every use
    for good: part of it, said back; a plain don't know is still one."""
    from classaction.cli.interview import _platform_terms

    rules = [
        ("Whom is this claim for", "myself"),
        ("lived in Canada", "since 1990"),
        ("citizen of Canada", "no"),
        ("Apart from the photographs named", "no"),
        ("Did you take any photograph", "yes"),
        ("Name each", "facebook profile pic"),
        ("When was photograph", "2015"),
        ("as work for a government", "no"),
        ("order photograph", "no"),
        ("as part of your job", "no"),
        ("Who owned the film", "me"),
        ("How many times", "1"),
        ("on or before 8 July 2020", "yes"),
        ("What was", "a licence"),
        ("only some uses", "no idea, whatever facebook terms say"),
        ("", "don't know"),
    ]
    out, record = _interview(["T-713-20"], rules)
    photo = record["photographs"][0]  # type: ignore[index]
    assert photo["transfers"] == [{"on": "../2020-07-08", "kind": "licence", "extent": "partial"}]
    assert "(taken as: only some uses: a platform's terms of use license what is posted" in out
    assert "Authors and Grantees Class [paraphrase]: MEMBER" in out
    rules[-2] = ("only some uses", "no idea")
    out, record = _interview(["T-713-20"], rules)
    assert "extent" not in record["photographs"][0]["transfers"][0]  # type: ignore[index]
    assert "Authors and Grantees Class [paraphrase]: NOT A MEMBER" in out
    assert _platform_terms("it was just instagram's terms of use") is not None
    assert _platform_terms("i sold all of it to facebook") is None
    assert _platform_terms("every use, everywhere") is None


def test_since_a_date_said_of_when_a_photograph_was_first_posted_is_that_date() -> None:
    """A later trial's "since like 2009", asked when a photograph was first posted, was taken as
    in or after 2007, an end left open: what has been so since a day was first so then. Taken
    as that date (widened where said roughly), said back; a date said plainly as before."""
    def posted(said: str) -> tuple[str, object]:
        text, record = _chicago_answering("first posted on a public web page", said)
        return text, record["photographs"][0]["first_posted_publicly_on"]  # type: ignore[index]

    text, date = posted("since like 2009")
    assert date == "2007/2011"
    assert "(said roughly: taken as first posted between 2007 and 2011.)" in text
    text, date = posted("since march 2015")
    assert date == "2015-03" and "(taken as: first posted in March 2015.)" in text
    assert posted("2012")[1] == "2012"


def test_the_result_says_what_a_yes_to_what_only_clearview_knows_would_make_one() -> None:
    """A later trial's photographer, who could not know whether Clearview collected his wedding
    photographs, was left with a question of copyright and moral rights and no word that a yes
    would make him a member. The result says which classes a yes would make the person a
    member of, on the other answers, as the library works them out; not where it is known."""
    rules = [
        ("Whom is this claim for", "myself"), ("lived in Canada", "since 1979"),
        ("lived in the United States", "none"), ("citizen of Canada", "none"),
        ("", "don't know"),
    ]
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], rules)
    said = " ".join(text.split())
    assert ("If Clearview collected a photograph of your face, you would be a member of the "
            "Privacy Breach Class (T-724-20), on the other answers given.") in said
    assert ("If Clearview collected a photograph that you took and whose rights you still hold, "
            "you would be a member of the Copyright Infringement Class (T-724-20) and the "
            "Authors and Grantees Class [paraphrase] (T-713-20), on the other answers given.") in said
    # Each as the library gives it: the record with those statements answered yes.
    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "born_on": "../2020-07-08", "deceased": False,
                     "residence": [{"start": "1979", "ongoing": True, "country": "CA"}]},
        "statements": {"unlisted_collected_photograph_depicts_claimant": True},
    })
    assert ca.what_if(claim, {}, action="T-724-20")["PB"] is ca.Outcome.MEMBER
    # Said no to the database and to the photographs: nothing said of a yes.
    rules = [("Has Clearview held any photograph of your face", "no"),
             ("that you took, that you had someone take", "no"), *rules]
    text, _ = _interview(["T-724-20", "T-713-20", "MDL-2967"], rules)
    assert "If Clearview collected" not in text


def test_a_claim_form_said_filed_before_the_deadline_is_dated_by_it() -> None:
    """A later trial's "sometime in 2024 before the deadline" and "before the deadline", asked
    when a claim form was submitted, were each "Not understood", though the question before it
    names the deadline. Taken as on or before it (within a date said beside), said back."""
    def filed(said: str) -> tuple[str, object]:
        text, record = _chicago_answering("When did you submit the claim form", said)
        return text, record["payment_claims"][0]["filed_on"]  # type: ignore[index]

    text, date = filed("before the deadline")
    assert date == "../2024-10-25"
    assert "(taken as: on or before 25 October 2024, by the deadline.)" in text
    assert filed("sometime in 2024 before the deadline")[1] == "2024/2024-10-25"
    assert filed("2024-09-10")[1] == "2024-09-10"
