"""Dates known roughly give the answers the exact dates within them give, or leave them open.

A claim with whole-day dates is made rougher: some of its dates are replaced by their year, their
month, their season or an interval around them. Every day the rough record allows includes the
exact one, so a class the rough record settles must come out the same on the exact record
(BRIEF §4: a rule that compares dates decides on the bounds and is unknown only when they
straddle), and a rough date that leaves a class open is named among its missing facts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import partial_claims, readings

import classaction as ca
from classaction.records.consistency import DATE_FIELDS


def _rough(draw: st.DrawFn, text: str) -> str:
    """A rougher form of a whole day, holding it."""
    day = dt.date.fromisoformat(text)
    form = draw(st.sampled_from(["year", "month", "season", "around", "since", "until"]))
    if form == "year":
        return f"{day.year:04d}"
    if form == "month":
        return text[:7]
    if form == "season" and 3 <= day.month <= 11:
        return f"{day.year:04d}-{20 + (day.month - 3) // 3 + 1}"
    if form == "around":
        before, after = draw(st.integers(0, 4000)), draw(st.integers(0, 4000))
        low = max(dt.date(1, 1, 1), day - dt.timedelta(days=before))
        return ca.DateRange.between(low, day + dt.timedelta(days=after)).text
    if form == "since":
        return f"{day.year:04d}/.."
    return f"../{day.isoformat()}"


@st.composite
def roughened(draw: st.DrawFn, record: Any) -> Any:
    if isinstance(record, dict):
        out = {}
        for key, value in record.items():
            if key in DATE_FIELDS and isinstance(value, str) and draw(st.booleans()):
                out[key] = _rough(draw, value)
            elif key == "proof":
                out[key] = value
            else:
                out[key] = draw(roughened(value))
        return out
    if isinstance(record, list):
        return [draw(roughened(item)) for item in record]
    return record


def _names_only_listed_photographs(claim: ca.Claim) -> bool:
    listed = {photo.id for photo in claim.photographs}
    return all(use.photograph in listed for use in claim.police_uses)


@settings(max_examples=150, deadline=None)
@given(partial_claims().filter(_names_only_listed_photographs), readings(), st.data())
def test_a_rough_date_settles_a_class_only_as_every_day_within_it_does(
    claim: ca.Claim, chosen: ca.Readings, data: st.DataObject
) -> None:
    exact = ca.claim_record(claim)
    rough = data.draw(roughened(exact))
    far = dt.date(2100, 1, 1)
    assert ca.validate_claim(exact, today=far) == ()
    assert ca.validate_claim(rough, today=far) == (), rough  # bounds only widen: still possible
    before = ca.determine(claim, chosen).outcomes
    roughly = ca.determine(ca.claim_from_record(rough, today=far), chosen)
    for class_id, outcome in roughly.outcomes.items():
        if outcome is not ca.Outcome.UNDETERMINED:
            assert before[class_id] is outcome, (class_id, rough)


def test_a_straddling_date_is_named_with_the_range_given() -> None:
    record: dict[str, Any] = {
        "claimant": {"kind": "natural", "born_on": "2020", "deceased": False,
                     "residence": [], "citizenship": []},
    }
    determination = ca.determine(ca.claim_from_record(record))
    (fact,) = [m for m in determination.for_class("CI").missing if m.pointer == "/claimant/born_on"]
    assert fact.reason is ca.MissingReason.IMPRECISE
    assert fact.given_as == ca.DateRange.parse("2020")
    assert fact.turns_on == (dt.date(2020, 7, 9),)
    assert fact.question == "Was the claimant born on or before 8 July 2020?"
    # Resident since March 2020: born by the end of that month, so by 2020-07-08. That evidence
    # is read only when the date of birth leaves it open, and it settles it: nothing to ask.
    record["claimant"]["residence"] = [{"start": "2020-03", "ongoing": True}]
    determination = ca.determine(ca.claim_from_record(record))
    assert determination.for_class("CI").findings[0].value is ca.Tri.TRUE
    assert all(m.pointer != "/claimant/born_on" for m in determination.next_facts())


def test_what_if_takes_a_date_as_text_in_the_record_s_forms() -> None:
    claim = ca.claim_from_record({
        "claimant": {"kind": "natural", "deceased": False, "residence": [], "citizenship": []},
        "photographs": [{"id": "p1", "claimant_face_appears": True}],
        "police_uses": [{"photograph": "p1", "agency": "rcmp", "service": "clearview"}],
        "statements": {"rcmp_used_unlisted_photograph_of_claimant": False},
    })
    assert ca.what_if(claim, {"/claimant/born_on": "1990", "/police_uses/0/used_on": "2020-02"})[
        "TI"] is ca.Outcome.MEMBER
    assert ca.what_if(claim, {"/claimant/born_on": "1990", "/police_uses/0/used_on": "2020"})[
        "TI"] is ca.Outcome.UNDETERMINED
    assert ca.what_if(claim, {"/claimant/born_on": dt.date(1990, 4, 12),
                              "/police_uses/0/used_on": "2021"})["TI"] is ca.Outcome.NOT_MEMBER


def test_a_rough_year_within_a_sentence_or_after_like_is_taken_as_one_said_roughly() -> None:
    """A trial's photographer, "took most of them around 2015", and another's "since i was a
    kid, like 1995ish", were told a rough date could fall either side of a day, though
    "around 2015" alone was taken: each is the years around the one it names."""
    from classaction.cli.said import parse_date, parse_periods

    today = dt.date(2026, 12, 6)
    around = ca.DateRange.parse("2013/2017")
    for said in ("took most of them around 2015", "around 2015", "like 2015ish"):
        assert parse_date(said, today)[0] == around, said
    assert parse_periods("since like 1995", today, None)[0] == [
        {"start": "1993/1997", "ongoing": True}]
    assert parse_periods("since i was a kid, like 1995ish", today, None)[0] == [
        {"start": "1993/1997", "ongoing": True}]
    # Two years, or a range's end alone, are not one year said roughly.
    assert parse_date("most of them around 2015 some 2019", today)[0] is None
    assert parse_date("maybe the 90s", today)[0] is None


def test_a_period_said_with_its_place_and_roughly_is_said_back_once() -> None:
    """A trial's "chicago illinois from about 2010 to 2018" was said back twice over, and told
    the place was asked next, where no question followed (a place in Canada never matters)."""
    from classaction.cli.said import parse_periods

    periods, why = parse_periods("chicago illinois from about 2010 to 2018", dt.date(2026, 12, 6),
                                 None)
    assert periods == [{"start": "2008/2012", "end": "2018"}]
    assert why.count("chicago illinois") == 1
    assert why == ("chicago illinois from about 2010 to 2018: taken as from about 2010 to 2018 "
                   "(the place is asked only where it matters); said roughly, its start some "
                   "time between 2008 and 2012")


def test_a_date_said_back_names_its_days_in_words() -> None:
    """A trial's person read "The date given: between 2022 and 2026-12-06"."""
    from classaction.cli.said import _said

    assert _said(ca.DateRange.parse("2022/2026-12-06")) == "between 2022 and 6 December 2026"
    assert _said(ca.DateRange.parse("../2012-06-01")) == "on or before 1 June 2012"
    assert _said(ca.DateRange.parse("2018-06")) == "June 2018"


def test_a_date_followed_by_when_and_one_said_with_lets_say_are_taken() -> None:
    """A later trial's heir: "2018 when he died" was refused, though "2018, when he died" was
    taken; a photo studio's "lets say 2015" was taken as exactly 2015."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 6)
    assert parse_date("2018 when he died", today) == (
        ca.DateRange.parse("2018"), "taken as: 2018; the words beside it are not read")
    assert parse_date("in 2018 when he passed", today)[0] == ca.DateRange.parse("2018")
    for said in ("lets say 2015", "let's say 2015"):
        assert parse_date(said, today)[0] == ca.DateRange.parse("2013/2017"), said


def test_a_guess_within_a_span_said_surely_is_the_years_of_both() -> None:
    """A later trial's heir said "the 80s, maybe 1985 or so" of when a photograph was taken
    and was refused (a date said roughly "could fall on either side of a day"), though "1985 or
    so" alone was taken. The guess's years that fall in the span said surely are taken, and
    said back; a guess outside it, or a span no surer than the guess, is still refused."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 6)
    value, why = parse_date("the 80s, maybe 1985 or so", today)
    assert value == ca.DateRange.parse("1983/1987")
    assert why == "taken as: some time between 1983 and 1987 (maybe 1985 or so, the 1980s)"
    assert parse_date("early 2000s, maybe 2003", today)[0] == ca.DateRange.parse("2001/2004")
    assert parse_date("in the 80s, around 1989", today)[0] == ca.DateRange.parse("1987/1989")
    for refused in ("the 90s, maybe 1985", "2019, maybe 2018"):
        assert parse_date(refused, today)[0] is None, refused


def test_a_date_between_two_one_said_early_or_late_keeps_each_end_as_said() -> None:
    """A later trial's photographer said his wedding photographs were taken "from the late 90s
    until 2019", taken as 1990 to 2019 (the "late" dropped); an arrested person's "2019 maybe
    early 2020" was taken as January to June 2020 (the 2019 dropped). Each end is read alone:
    the range runs from the first's earliest day to the second's latest, said back so."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 6)
    for said, days, words in (
        ("from the late 90s until 2019", "1995/2019", "between 1995 and 2019"),
        ("late 90s to 2019", "1995/2019", "between 1995 and 2019"),
        ("mid 90s - 2005", "1993/2005", "between 1993 and 2005"),
        ("2019 maybe early 2020", "2019/2020-06", "between January 2019 and June 2020"),
        ("late 2019 or early 2020", "2019-07/2020-06", "between July 2019 and June 2020"),
        # Ended this year: up to today.
        ("from the late 90s until 2026", "1995/2026-12-06", "between 1995 and 6 December 2026"),
    ):
        assert parse_date(said, today) == (ca.DateRange.parse(days), f"taken as: some time {words}"), said
    value, why = parse_date("a few years back, 2019 or early 2020", today)
    assert value == ca.DateRange.parse("2019/2020-06")
    assert why.endswith("; the words beside it are not read")
    # One end alone, as before; an end naming no year is not read as one.
    assert parse_date("the late 90s", today)[0] == ca.DateRange.parse("1995/1999")
    assert parse_date("early to mid 2019", today)[0] is None


def test_a_move_said_with_where_from_and_that_it_goes_on_is_a_period_since_the_move() -> None:
    """A later trial's person said "i moved here from the philippines in 2001, been here ever
    since" and "moved here in 2001 and still here", each "Not understood"."""
    from classaction.cli.said import parse_periods

    today = dt.date(2026, 12, 6)
    since = [{"start": "2001", "ongoing": True}]
    for said in ("i moved here from the philippines in 2001, been here ever since",
                 "moved here in 2001 and still here", "came from india in 2001 and never left",
                 "since 2001, still here"):
        assert parse_periods(said, today, None)[0] == since, said
    # An end said is kept: "ever since" goes only with a period not ended.
    assert parse_periods("moved here from france in 2001 and left in 2015", today, None)[0] == [
        {"start": "2001", "end": "2015"}]


def test_years_before_covid_and_hedges_in_other_words_are_taken_roughly() -> None:
    """A later trial's person was refused "from birth until a few years before covid" as "a
    time relative to today" (the pandemic is a fixed day), and "since 2001 pretty much" and
    "probly 2012" as not dates; "since 2015-ish" was read as a period ending before it began."""
    from classaction.cli.said import parse_date, parse_periods

    today = dt.date(2026, 12, 7)
    # Counted back from 11 March 2020, as "a few years ago" counts back from today.
    assert parse_date("a few years before covid", today)[0] == ca.DateRange.parse(
        "2013-03-11/2018-03-11")
    assert parse_date("2 years before the pandemic", today)[0] == ca.DateRange.parse(
        "2017-03-11/2019-03-11")
    assert parse_date("right before covid", today)[0] == ca.DateRange.parse(
        "2019-03-11/2020-03-10")
    assert parse_date("before covid", today)[0] == ca.DateRange.parse("../2020-03-10")
    assert parse_periods("from birth until a few years before covid", today, "1991-03")[0] == [
        {"start": "1991-03", "end": "2013-03-11/2018-03-11"}]
    # Hedges in other words, or misspelt, make a year the years around it, as "about" does.
    for said in ("2001 pretty much", "2001 more or less", "basically 2001", "2001 give or take",
                 "probly 2001", "2001-ish", "2001 or thereabouts"):
        assert parse_date(said, today)[0] == ca.DateRange.parse("1999/2003"), said
    for said in ("since 2015-ish", "since 2015 pretty much", "since 2015, more or less"):
        assert parse_periods(said, today, None)[0] == [
            {"start": "2013/2017", "ongoing": True}], said
    # A plain year is still exact.
    assert parse_date("2001", today)[0] == ca.DateRange.parse("2001")


def test_a_status_held_always_and_a_move_said_with_where_from_after_the_year() -> None:
    """A later trial's "im still canadian, always have been" was taken as going on with its
    start not known, and "i moved here in 2009 from france" was refused ("2009 from france")."""
    from classaction.cli.said import parse_periods

    today = dt.date(2026, 12, 7)
    for said in ("im still canadian, always have been", "ive always been a citizen",
                 "always been", "shes always been here"):
        assert parse_periods(said, today, "1980")[0] == [{"start": "1980", "ongoing": True}], said
    assert parse_periods("im still canadian", today, "1980")[0] == [
        {"start": "../2026-12-07", "ongoing": True}]  # a start not said stays not known
    for said in ("i moved here in 2009 from france", "i moved here from france in 2009"):
        assert parse_periods(said, today, None) == (
            [{"start": "2009", "ongoing": True}], f"{said}: taken as since 2009"), said


def test_a_month_with_two_digits_of_its_year_a_month_said_like_and_a_count_beside_a_sum() -> None:
    """A later trial's "march 91" (a date of birth) was refused; "in like september 2024" was
    taken as exactly that month; "i sold it to a magazine once, they paid me 200 bucks" was told
    of photographs that differ (the 200 read as many)."""
    from classaction.cli.said import parse_count, parse_date

    today = dt.date(2026, 12, 7)
    assert parse_date("march 91", today, age=True) == (
        ca.DateRange.parse("1991-03"), "taken as: March 1991")
    assert parse_date("march 05", today)[0] == ca.DateRange.parse("2005-03")
    assert parse_date("in like september 2024", today)[0] == ca.DateRange.parse("2024-08/2024-10")
    assert parse_count("i sold it to a magazine once, they paid me 200 bucks") == (1, "taken as: 1")
    assert parse_count("sold once for $500") == (1, "taken as: 1")
    assert parse_count("hundreds, one for each client")[0] is None
    assert parse_count("sold it once i think")[0] is None  # nothing guessed


def test_a_life_said_with_when_it_began_after_a_comma_is_from_birth() -> None:
    """A grandparent in a trial answered "since she was born, a few years before covid" and
    was refused; so would "all her life, shes 9" have been."""
    from classaction.cli.said import parse_periods

    today, born = dt.date(2026, 12, 7), "2016-12-08/2017-12-07"
    for said in ("since she was born, a few years before covid", "all her life, shes 9"):
        found, why = parse_periods(said, today, born)
        assert found == [{"start": born, "ongoing": True}], said
        assert "what follows the comma is of the birth, not read here" in why
    assert parse_periods("all my life, 1991", today, born)[0] != [{"start": born, "ongoing": True}]


def test_an_age_said_for_when_a_period_began_is_read_from_the_date_of_birth() -> None:
    """A trial's parent answered "we moved here from manila when he was like 3" and was told
    that a date said roughly could fall on either side of a day (an age was not read)."""
    from classaction.cli.said import parse_periods

    today = dt.date(2026, 12, 7)
    found, why = parse_periods("we moved here when he was 3", today, "2011")
    assert found == [{"start": "2014/2015-12-30", "ongoing": True}]  # born in 2011, aged 3
    assert "taken as some time between 2014 and 30 December 2015, from the date of birth" in why
    # Said loosely, a year more each side; with no date of birth, not read.
    assert parse_periods("we moved here from manila when he was like 3", today, "2011")[0] == [
        {"start": "2013/2016-12-30", "ongoing": True}]
    assert parse_periods("from when she was 5 to 2019", today, "2011")[0] == [
        {"start": "2016/2017-12-30", "end": "2019"}]
    assert parse_periods("we moved here when he was 3", today, None)[0] is None
    assert parse_periods("when i was 20", today, "2011")[0] is None  # after today


def test_two_counts_of_years_and_the_year_before_the_pandemic() -> None:
    """A later trial's person was refused "2 or 3 years ago" as "a time relative to today",
    though "about 2 years ago" was taken, and "the year before covid"."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 7)
    # What either count covers: "2" is one to three years back, "3" two to four.
    for said in ("2 or 3 years ago", "two to three years ago", "2-3 years back"):
        assert parse_date(said, today)[0] == ca.DateRange.parse(
            "2022-12-07/2025-12-07"), said
    assert parse_date("2 or 3 years before covid", today)[0] == ca.DateRange.parse(
        "2016-03-11/2019-03-11")
    value, why = parse_date("the year before covid", today)
    assert value == ca.DateRange.parse("2019") and why.startswith("taken as: 2019")
    # One count is read as before.
    assert parse_date("2 years ago", today)[0] == ca.DateRange.parse("2023-12-07/2025-12-07")


def test_a_yes_or_no_said_with_emphasis_or_as_a_last_sentence() -> None:
    """A later trial's "goodness no" and "lol its cupcakes. no" were "Not understood"."""
    from classaction.cli.said import parse_yes_no

    for said in ("goodness no", "hell no", "lol its cupcakes. no", "i posted it. nope!"):
        assert parse_yes_no(said) == (False, ""), said
    for said in ("for sure", "hell yes", "its my selfie. yes"):
        assert parse_yes_no(said) == (True, ""), said
    # Both said: not taken.
    for said in ("no. yes", "yes i did. no"):
        assert parse_yes_no(said)[0] is None, said
    # A doubt is still a doubt.
    assert parse_yes_no("i think so. yes")[0] is None


def test_a_date_said_with_a_memory_that_fails_and_a_life_said_with_shes() -> None:
    """A later trial's grandmother was refused "she was born in 2016 or 2017 i cant remember
    exactly" ("2016 or 2017" alone was taken) and "shes lived in edmonton her whole life"."""
    from classaction.cli.said import parse_date, parse_periods

    today = dt.date(2026, 12, 7)
    # One of two years: the two, as "2016 or 2017, not sure which" is read.
    for said in ("she was born in 2016 or 2017 i cant remember exactly",
                 "2016 or 2017, i don't remember which"):
        assert parse_date(said, today, age=True)[0] == ca.DateRange.parse("2016/2017"), said
    # One year: roughly.
    assert parse_date("2016 i cant remember exactly", today)[0] == ca.DateRange.parse("2014/2018")
    for said in ("shes lived in edmonton her whole life", "he's lived here his whole life"):
        assert parse_periods(said, today, "2016")[0] == [{"start": "2016", "ongoing": True}], said


def test_a_doubt_of_how_many_and_a_dont_know_said_after_what_is_known() -> None:
    """A later trial's photographer was refused "yes im a wedding photographer, probably
    hundreds of them" as unsure of the yes; a parent's "her mom posts pics of her on facebook
    all the time, i dunno if clearview has them" was "Not understood"; "idk maybe? i post
    stuff sometimes" was refused as unsure, not taken as don't know."""
    from classaction.cli.said import is_dont_know, parse_yes_no

    assert parse_yes_no("yes im a wedding photographer, probably hundreds of them") == (True, "")
    assert parse_yes_no("yes, maybe hundreds") == (True, "")
    # A doubt of the yes itself is still refused.
    for said in ("yes, probably", "yes i think, hundreds", "probably yes, hundreds of them"):
        assert parse_yes_no(said)[0] is None, said
    for said in ("her mom posts pics of her on facebook all the time, i dunno if clearview has "
                 "them", "idk maybe? i post stuff sometimes", "i posted it, not sure if they "
                 "got it", "probably, his pics were all over facebook. idk"):
        assert is_dont_know(said), said
    # Not of an answer that opens with a yes or no, nor one with a date.
    assert not is_dont_know("no, not sure if it counts")
    assert not is_dont_know("in 2019, not sure if it was public")


def test_a_season_before_the_pandemic_and_a_time_after_it() -> None:
    """A later trial's "summer before covid" and "right after covid" were told "give the year,
    not a time of your life": the first is summer 2019; the second is asked as a year, with
    the reason that is so."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 7)
    assert parse_date("summer before covid", today)[0] == ca.DateRange.parse("2019-22")
    assert parse_date("the winter before covid", today)[0] == ca.DateRange.parse("2019-24")
    for said in ("right after covid", "during covid", "after the pandemic"):
        value, why = parse_date(said, today)
        assert value is None and "the pandemic has no one day it ended" in why, said
        assert "time of your life" not in why
    assert "time of your life" in parse_date("since i was little", today)[1]


def test_a_move_said_from_the_pandemic_and_an_age_with_no_date_of_birth_known() -> None:
    """A later trial's "i moved here a couple years before covid" was taken as a period with
    some day in those years, its start and end not known, though "i moved here in 2009" is
    since 2009; "since i was like 5" was refused where no date of birth was known (it was not
    asked), and "since i was a kid" told only how to write periods. With an exact date of
    birth, an age's days were read as a range ("1994-05-02/..."), not the period's start."""
    from classaction.cli.said import parse_periods

    today = dt.date(2026, 12, 7)
    assert parse_periods("i moved here a couple years before covid", today, None)[0] == [
        {"start": "2017-03-11/2019-03-11", "ongoing": True}]
    assert parse_periods("we moved here right before covid", today, None)[0] == [
        {"start": "2019-03-11/2020-03-10", "ongoing": True}]
    # The date of birth asked where an age places the start, once.
    asked: list[str] = []

    def birth() -> str:
        asked.append("born")
        return "1990-05-02"

    found, why = parse_periods("since i was like 5", today, None, birth)
    assert asked == ["born"]
    assert found == [{"start": "1994-05-02/1997-05-01", "ongoing": True}]
    assert "from the date of birth" in why
    assert parse_periods("we moved here when he was like 3", today, "2010-03-04")[0] == [
        {"start": "2012-03-04/2015-03-03", "ongoing": True}]
    found, why = parse_periods("since i was a kid", today, None)
    assert found is None and "give the year it began, or the age then" in why


def test_grew_up_a_place_between_and_a_return_and_words_after_a_date() -> None:
    """A later trial's "grew up in toronto till around 2015 then chicago, came back summer 2019
    maybe" was told "grew up in toronto" was a date said roughly; "2016 like the name says",
    "before covid for sure" and "shes 9 lol, no" were "Not understood"."""
    from classaction.cli.said import parse_date, parse_periods, parse_yes_no

    today = dt.date(2026, 12, 7)
    found, why = parse_periods(
        "grew up in toronto till around 2015 then chicago, came back summer 2019 maybe", today,
        "1990")
    assert found == [{"start": "1990", "end": "2013/2017"},
                     {"start": "2019-05/2019-09", "ongoing": True}]
    assert "taken as from birth" in why and "chicago: a place elsewhere, not read here" in why
    assert parse_periods("2001 to 2005 then boston then since 2010", today, None)[0] == [
        {"start": "2001", "end": "2005"}, {"start": "2010", "ongoing": True}]
    # What one did is no place: "then i left" still asks when.
    assert parse_periods("since 2001, then i left", today, None)[0] is None
    assert parse_date("2016 like the name says", today)[0] == ca.DateRange.parse("2016")
    assert parse_date("before covid for sure", today)[0] == ca.DateRange.parse("../2020-03-10")
    assert parse_yes_no("shes 9 lol, no") == (False, "")
    assert parse_yes_no("yes, no")[0] is None


def test_a_time_of_life_counted_from_is_asked_as_a_year_or_an_age() -> None:
    """A later trial's "i moved up from illinois a few years after high school" was told it was
    "a time relative to today"."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 7)
    value, why = parse_date("a few years after high school", today)
    assert value is None and "how old you were" in why and "relative to today" not in why
    assert "relative to today" in parse_date("a few years later", today)[1]


def test_a_date_then_words_that_say_nothing_of_it_is_read_alone() -> None:
    """A later trial's "last spring too, she took them for our new menu" was told to give the
    year, though "last spring" alone was taken: a date, then a clause that says nothing of it,
    is the date, said back so. Words that may say something of it are still read."""
    import datetime as dt

    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 7)
    value, why = parse_date("last spring too, she took them for our new menu", today)
    assert value == ca.DateRange.parse("2026-21")
    assert why == "taken as: spring 2026; the words beside it are not read"
    assert parse_date("march 2019, she took them for the menu", today)[0] == \
        ca.DateRange.parse("2019-03")
    # Doubt, a second date or a part of the year beside it is not set aside.
    assert parse_date("2019, maybe", today)[0] == ca.DateRange.parse("2017/2021")
    assert parse_date("since 2001, except 2005 to 2007", today)[0] is None
    assert parse_date("2010, in the spring", today)[0] == ca.DateRange.parse("2010-21")


def test_a_time_away_said_with_but_within_a_life_lived_here_is_read_as_except() -> None:
    """A later trial's teen answered "since i was born but we were in new york for like a year
    when i was 12, so 2022 i think", and was taken as living in Canada only since about 2020
    (the year said of the time away read as the period's start). Read as "except" is: split
    where its years are given, refused with how to say it where they are not."""
    import datetime as dt

    from classaction.cli.said import parse_periods

    today = dt.date(2026, 12, 7)
    found, why = parse_periods("since i was born but we were in new york for like a year when i "
                               "was 12, so 2022 i think", today, "2010")
    assert found is None and "give each period with its years" in why
    found, why = parse_periods("my whole life but i was in new york from 2018 to 2019", today,
                               "2010")
    assert found == [{"start": "2010", "end": "2018"}, {"start": "2019", "ongoing": True}]
    assert why.startswith("my whole life but i was in new york from 2018 to 2019: taken as")


def test_one_end_of_a_span_said_as_part_of_a_decade_is_read() -> None:
    """A later trial's son said his father's photographs were taken "since the early 2000s" and
    was told to give "the months you are sure of, like between January and April 2020", though
    "early 2000s" alone was taken. One end of a span, the part naming the day it opens from (or
    closes at): said back; a part of a decade alone is read as before."""
    from classaction.cli.said import parse_date

    today = dt.date(2026, 12, 6)
    assert parse_date("since the early 2000s", today) == (
        ca.DateRange.parse("2000/.."), "taken as: in or after 2000")
    assert parse_date("since the late 90s", today)[0] == ca.DateRange.parse("1995/..")
    assert parse_date("before early 2015", today)[0] == ca.DateRange.parse("../2015-06")
    assert parse_date("early 2000s", today)[0] == ca.DateRange.parse("2000/2004")
