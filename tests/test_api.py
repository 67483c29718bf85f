"""The library's entry points refuse what they cannot use, and say where and why."""

from __future__ import annotations

import datetime as dt
import pydoc
import re
from typing import Any

import pytest

import classaction as ca

CLAIM = ca.Claim(
    claimant=ca.Person(
        kind=ca.PersonKind.NATURAL, born_on=dt.date(1985, 3, 2), deceased=False,
        residence=(ca.Period(start=dt.date(1985, 3, 2), ongoing=True),), citizenship=(),
    ),
    photographs=(ca.Photograph(id="p1", claimant_face_appears=True, collected_by_clearview=True),),
    police_uses=(ca.PoliceUse(photograph="p1", agency=ca.Agency.RCMP, service=ca.Service.CLEARVIEW),),
)


def _refused(answers: dict[str, object]) -> list[tuple[str, str, str]]:
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.what_if(CLAIM, answers)
    return [(e.pointer, e.keyword, e.message) for e in caught.value.errors]


def test_a_misspelt_pointer_is_refused_with_the_facts_it_could_have_meant() -> None:
    ((pointer, keyword, message),) = _refused({"/claimant/bornon": "1990"})
    assert (pointer, keyword) == ("/claimant", "pointer")
    # The near one guessed (a trial's developer read a photograph's 35 facts to find a slip);
    # the facts listed where none is near.
    assert message == "has no fact 'bornon' (did you mean 'born_on'?)"
    ((_, _, message),) = _refused({"/photographs/0/comissioned": True})
    assert message == "has no fact 'comissioned' (did you mean 'commissioned'?)"
    ((_, _, message),) = _refused({"/claimant/height": 180})
    assert message.startswith("has no fact 'height': its facts are kind, born_on, deceased")


@pytest.mark.parametrize(("answers", "pointer", "keyword"), [
    ({"/claimant/deceased": "yes"}, "/claimant/deceased", "type"),
    ({"/claimant/kind": "human"}, "/claimant/kind", "enum"),
    ({"/police_uses/0/used_on": "2020-02-30"}, "/police_uses/0/used_on", "format"),
    ({"/police_uses/0/used_on": "12/02/2020"}, "/police_uses/0/used_on", "pattern"),
    ({"/photographs/3/made_on": "2015"}, "/photographs", "pointer"),
    ({"/police_uses/0/photograph/made_on": "2015"}, "/police_uses/0/photograph", "pointer"),
    ({"/photographs/0/proof": {}}, "/photographs/0", "pointer"),
    ({"claimant/kind": "legal"}, "", "pointer"),
])
def test_a_value_the_schema_refuses_is_refused_at_its_pointer_with_its_rule(
    answers: dict[str, object], pointer: str, keyword: str
) -> None:
    assert [(p, k) for p, k, _ in _refused(answers)] == [(pointer, keyword)]


def test_every_problem_is_told_at_once_and_no_value_is_repeated() -> None:
    errors = _refused({"/claimant/deceased": "Ann Smith", "/claimant/kind": "ann@example.org"})
    assert {pointer for pointer, _, _ in errors} == {"/claimant/deceased", "/claimant/kind"}
    assert not any("Ann" in message or "example.org" in message for _, _, message in errors)


def test_answers_in_the_record_s_own_forms_are_read_as_the_record_reads_them() -> None:
    assert ca.what_if(CLAIM, {"/police_uses/0/used_on": "2020-02"})["TI"] is ca.Outcome.MEMBER
    assert ca.what_if(CLAIM, {"/police_uses/0/used_on": dt.date(2020, 2, 10)})["TI"] is (
        ca.Outcome.MEMBER
    )
    assert ca.what_if(CLAIM, {"/police_uses/0/used_on": "2020"})["TI"] is ca.Outcome.UNDETERMINED
    assert ca.what_if(CLAIM, {"/claimant/kind": "legal"}) == ca.what_if(
        CLAIM, {"/claimant/kind": ca.PersonKind.LEGAL}
    )


def test_an_answer_replaces_a_fact_the_record_gives() -> None:
    assert ca.determine(CLAIM).outcomes["PB"] is ca.Outcome.MEMBER
    assert ca.what_if(CLAIM, {"/claimant/residence": []})["PB"] is ca.Outcome.NOT_MEMBER
    assert ca.what_if(CLAIM, {"/claimant/kind": "legal"})["PB"] is ca.Outcome.NOT_MEMBER


def test_an_item_not_listed_is_described_as_the_record_would_describe_it() -> None:
    stated = ca.Claim(
        claimant=CLAIM.claimant,
        statements=ca.Statements(unlisted_collected_photograph_depicts_claimant=True),
    )
    by_as_of = ca.Readings().with_values({"R6": "on_or_before_as_of"})
    determination = ca.determine(stated, by_as_of)
    assert "/photographs/-" in {fact.pointer for fact in determination.next_facts()}
    photo = {"id": "p9", "claimant_face_appears": True, "collected_by_clearview": True,
             "collected_on": "2019"}
    after = ca.what_if(stated, {"/photographs/-": photo}, by_as_of)
    assert after["PB"] is ca.Outcome.MEMBER
    assert ca.what_if(stated, {"/photographs/-": ca.structure(photo, ca.Photograph)}, by_as_of) == after
    bad = dict(photo, collected_on="2019-02-30")
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.what_if(stated, {"/photographs/-": bad})
    assert [e.pointer for e in caught.value.errors] == ["/photographs/0/collected_on"]


def test_every_missing_fact_a_determination_names_can_be_answered() -> None:
    claim = ca.Claim(police_uses=(ca.PoliceUse(photograph="unlisted"),))
    for fact in ca.determine(claim).next_facts():
        if fact.kind is ca.FactKind.ITEM:
            answer: object = {"id": "unlisted"} if fact.pointer.endswith("/photograph") else (
                {"photograph": "unlisted"} if "police_uses" in fact.pointer else {"id": "px"})
        elif fact.kind is ca.FactKind.DATE:
            answer = "2019"
        else:
            answer = fact.choices[0]
        ca.what_if(claim, {fact.pointer: answer})  # no error


def test_determine_refuses_a_claim_the_schema_refuses_and_reads_record_forms() -> None:
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.determine(ca.Claim(claimant=ca.Person(deceased="yes")))  # type: ignore[arg-type]
    assert [(e.pointer, e.keyword) for e in caught.value.errors] == [("/claimant/deceased", "type")]
    with pytest.raises(ca.InvalidRecord):
        ca.determine(ca.Claim(photographs=(ca.Photograph(id="p 1"),)))
    text_kind = ca.Claim(claimant=ca.Person(kind="natural", born_on="1990"))  # type: ignore[arg-type]
    typed = ca.Claim(claimant=ca.Person(kind=ca.PersonKind.NATURAL, born_on="1990"))
    assert ca.determine(text_kind) == ca.determine(typed)
    with pytest.raises(TypeError):
        ca.determine({"claimant": {}})  # type: ignore[arg-type]


@pytest.mark.parametrize("name", [
    "determine", "what_if", "compare", "read_claim", "validate_claim", "render_summary",
    "render_text",
])
def test_help_gives_the_arguments_and_an_example(name: str) -> None:
    text = pydoc.render_doc(getattr(ca, name), renderer=pydoc.plaintext)
    assert "Example" in text or ">>>" in text, name
    assert "(" in text.splitlines()[2]  # the signature, with its arguments


CANADIAN = ca.claim_from_record({
    "claimant": {"kind": "natural", "born_on": "1984-05-03", "deceased": False,
                 "residence": [{"start": "2001", "ongoing": True, "country": "CA"}]},
    "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True}],
})


def test_another_action_s_readings_are_a_type_error_naming_the_readings_it_takes() -> None:
    with pytest.raises(TypeError) as caught:
        ca.determine(CANADIAN, ca.readings("T-724-20"), action="T-713-20")
    assert "readings for T-713-20" in str(caught.value)
    assert "ca.readings('T-713-20')" in str(caught.value)
    with pytest.raises(TypeError, match="readings for MDL-2967"):
        ca.what_if(CANADIAN, {}, {"R3"}, action="MDL-2967")


def test_readings_given_as_a_mapping_change_the_action_s_defaults_by_name_or_number() -> None:
    strict = ca.readings("T-724-20", {"R9": "strict"})
    assert strict == ca.readings().with_values({"R9": "strict"}) != ca.readings()
    assert ca.determine(CLAIM, {"R9": "strict"}) == ca.determine(CLAIM, strict)
    assert ca.compare(CLAIM, None, {"R9": "strict"}) == ca.compare(CLAIM, ca.readings(), strict)
    with pytest.raises(ValueError, match="takes one of: either, both"):
        ca.determine(CLAIM, {"R3": "bothh"})
    for action_id in ("T-713-20", "MDL-2967"):
        assert type(ca.readings(action_id)) is ca.actions.get(action_id).readings


def test_a_period_in_another_country_the_rules_ask_for_is_answered_at_its_pointer() -> None:
    asked = {fact.pointer: fact for fact in ca.determine(CANADIAN, action="MDL-2967").next_facts()}
    assert asked["/claimant/residence/-"].question.startswith(
        "During which periods was the claimant resident in the United States"
    )
    before = ca.what_if(CANADIAN, {}, action="MDL-2967")
    in_illinois = ca.what_if(CANADIAN, {"/claimant/residence/-": {
        "country": "US", "subdivision": "US-IL", "start": "2010", "ongoing": True,
    }}, action="MDL-2967")
    never = ca.what_if(
        CANADIAN, {"/claimant/residence_complete_for": ["CA", "US"]}, action="MDL-2967"
    )
    assert before["CA"] is ca.Outcome.UNDETERMINED
    assert in_illinois["CA"] is ca.Outcome.NOT_MEMBER  # in Illinois, not California
    assert never["NW"] is ca.Outcome.NOT_MEMBER
    # a list the record leaves out takes its first item the same way
    bare = ca.claim_from_record({"claimant": {"kind": "natural", "born_on": "1984"}})
    assert ca.what_if(bare, {"/claimant/citizenship/-": {"start": "1984", "ongoing": True,
                                                         "country": "CA"}})
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.what_if(bare, {"/claimant/residence/-": {"start": "someday", "country": "CA"}})
    assert caught.value.errors[0].path == "$.claimant.residence[0].start"
    # A period with no country was read as one in Canada: every class of MDL-2967 became
    # NOT_MEMBER, silently (a later trial's developer).
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.what_if(CANADIAN, {"/claimant/residence/-": {"start": "2010", "ongoing": True}},
                   action="MDL-2967")
    assert caught.value.errors[0].message.startswith("a period answered here names its country")


def test_an_answer_gives_the_outcomes_of_the_record_that_says_it() -> None:
    """what_if and the record edited to say the answer agree: a later trial's developer was
    told no claim for payment was filed when the answer listed one (the rule read the claim's
    own list), and a period in the United States is every period there, as the record says
    with residence_complete_for."""
    record = {
        "claimant": {"kind": "natural", "born_on": "1985", "deceased": False,
                     "residence": [{"start": "2005", "ongoing": True, "country": "US",
                                    "subdivision": "US-IL"}],
                     "residence_complete_for": ["US", "CA"]},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True,
                         "posted_publicly": True, "first_posted_publicly_on": "2012",
                         "in_biometric_database": True}],
    }
    claim = ca.claim_from_record(record)
    filed = [{"proceeding": "MDL-2967", "filed_on": "2024-09-01"}]
    edited = ca.claim_from_record({**record, "payment_claims": filed})
    assert ca.what_if(claim, {"/payment_claims": filed}, action="MDL-2967") == (
        ca.determine(edited, action="MDL-2967").outcomes
    )
    assert ca.what_if(claim, {"/payment_claims": []}, action="MDL-2967")["EC"] is (
        ca.Outcome.NOT_MEMBER
    )
    period = {"start": "2010", "ongoing": True, "country": "US", "subdivision": "US-IL"}
    canadian = ca.claim_record(CANADIAN)
    listed = ca.claim_from_record({**canadian, "claimant": {
        **canadian["claimant"], "residence": [*canadian["claimant"]["residence"], period],
        "residence_complete_for": ["CA", "US"],
    }})
    assert ca.what_if(CANADIAN, {"/claimant/residence/-": period}, action="MDL-2967") == (
        ca.determine(listed, action="MDL-2967").outcomes
    )


def test_a_record_error_as_json_leaves_out_the_key_it_is_about() -> None:
    with pytest.raises(ca.InvalidRecord) as caught:
        ca.claim_from_record({"claimant": {"kind": "natural", "Maya Okafor at Hidden Lake": 1}})
    (error,) = caught.value.errors
    assert error.key == "Maya Okafor at Hidden Lake"
    as_json = ca.unstructure(caught.value.errors)
    assert as_json == [{"path": "$.claimant", "message": error.message,
                        "keyword": "additionalProperties"}]
    assert "Maya" not in repr(as_json) and "Maya" not in repr(error)


def test_a_summary_for_an_application_of_one_s_own_names_no_command() -> None:
    """A trial's developer showed the summary in a web page, which ended "Every rule applied,
    with its source: classaction explain --full"."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    commands = re.compile(r"classaction (?:explain|action)|explain --full|--action")
    for line in examples.read_text(encoding="utf-8").splitlines()[:12]:
        claim = ca.read_claim(line)
        for action_id in ("T-724-20", "T-713-20", "MDL-2967"):
            determination = ca.determine(claim, action=action_id)
            action = ca.action(action_id)
            shown = ca.render_summary(determination, action, claim)
            assert shown == ca.render_summary(determination, action, claim, commands=True)
            bare = ca.render_summary(determination, action, claim, commands=False)
            full = ca.render_text(determination, action, claim, 80, commands=False)
            assert not commands.search(bare) and not commands.search(full)
            assert bare.rstrip().endswith(determination.input_digest)
            # The rest is the same: the outcomes and questions are those of the summary.
            kept = [ln for ln in shown.splitlines() if not commands.search(ln)]
            assert all(ln in bare.splitlines() for ln in kept if "(explain" not in ln)


def test_the_warnings_validate_prints_are_the_library_s_too() -> None:
    """A trial's developer found no way to get them: "Maya Okafor" as a claim id was accepted
    silently by the library, and warned of by classaction validate."""
    record = {"claim_id": "Maya Okafor", "claimant": {
        "kind": "natural", "deceased": True, "died_on": "2019-01-01",
        "residence": [{"start": "1980", "ongoing": True}],
    }}
    assert ca.validate_claim(record) == ()
    warned = ca.claim_warnings(record)
    assert sorted(w.path for w in warned) == ["$.claim_id", "$.claimant.residence[0].ongoing"]
    assert all(w.keyword == "consistency" and "Maya" not in w.message for w in warned)
    assert ca.claim_warnings({"claim_id": "C-1", "claimant": {"kind": "natural"}}) == ()


def test_a_record_given_for_a_claim_is_told_how_to_make_one() -> None:
    with pytest.raises(TypeError) as caught:
        ca.determine({"claimant": {"kind": "natural"}})  # type: ignore[arg-type]
    assert str(caught.value) == (
        "a claim is a classaction.Claim, not dict: make one from JSON text with "
        "classaction.read_claim(text), which applies every check, or from a dict with "
        "classaction.claim_from_record(record)"
    )
    with pytest.raises(TypeError, match=r"not int$"):
        ca.what_if(7, {})  # type: ignore[arg-type]
    # read_claim reads text: a parsed record was an AttributeError from the parser.
    with pytest.raises(TypeError) as caught:
        ca.read_claim({"claim_id": "x"})  # type: ignore[arg-type]
    assert str(caught.value) == (
        "read_claim reads JSON text (str or bytes), not dict: a record already parsed is made a "
        "claim by classaction.claim_from_record(record)"
    )


def test_a_determination_rendered_with_another_action_is_told_which_to_give() -> None:
    """A trial's developer passed T-724-20's action with MDL-2967's determination: a bare
    KeyError of a class id."""
    determination = ca.determine(CANADIAN, action="MDL-2967")
    for render in (ca.render_summary, ca.render_text):
        with pytest.raises(ValueError) as caught:
            render(determination, ca.action("T-724-20"), CANADIAN)
        assert str(caught.value) == (
            "the determination is of MDL-2967, the action given T-724-20: give "
            "classaction.action('MDL-2967')"
        )
        assert render(determination, ca.action("MDL-2967"), CANADIAN)
        # A dict, or an action's id, in their place: said so (a later trial's, AttributeError).
        for wrong in (({"a": 1}, ca.action("MDL-2967")), (determination, "MDL-2967")):
            with pytest.raises(TypeError, match=r"render a determination \(from classaction"):
                render(*wrong, CANADIAN)  # type: ignore[arg-type]


def test_a_claim_id_in_the_form_of_an_e_mail_address_is_told_once() -> None:
    """A trial's developer had it from validate_claim as an error and again, in near the same
    words, from claim_warnings."""
    record = {"claim_id": "jane.doe@example.org", "claimant": {"kind": "natural"}}
    (error,) = ca.validate_claim(record)
    assert error.path == "$.claim_id" and "e-mail address" in error.message
    assert ca.claim_warnings(record) == ()
    (named,) = ca.claim_warnings({"claim_id": "Jane Doe", "claimant": {"kind": "natural"}})
    assert named.path == "$.claim_id" and "a person's name" in named.message


def test_a_claim_s_repr_withholds_its_contact() -> None:
    """A trial's developer logged a claim, and its contact's name and e-mail address were in
    the line: the repr names the fields given, not their values; the values stay readable."""
    claim = ca.read_claim('{"claim_id": "X", "contact": {"name": "Marie Tremblay", '
                          '"email": "m@example.com"}}')
    shown = repr(claim) + str(claim) + repr(claim.contact)
    assert "Tremblay" not in shown and "example.com" not in shown
    assert "contact=Contact(name=<withheld>, email=<withheld>)" in repr(claim)
    assert claim.contact is not None and claim.contact.email == "m@example.com"


def test_a_reading_is_taken_as_its_own_value_too() -> None:
    """A trial's developer gave the as-of date as a datetime.date, which the readings' own
    as_of is, and got "fromisoformat: argument must be str" from inside: a reading's own value
    (a date, a member of its enum) is taken as its text is; another type is refused by name."""
    day = dt.date(2021, 1, 1)
    assert ca.readings("T-724-20", {"R1": day}).as_of == day
    assert ca.readings("T-724-20", {"R1": day}) == ca.readings("T-724-20", {"R1": "2021-01-01"})
    claim = ca.read_claim('{"claimant": {"kind": "natural"}}')
    assert ca.determine(claim, {"as_of": day}).as_of == day
    assert ca.readings("T-724-20", {"R9": ca.Presumptions.STRICT}).presumptions is ca.Presumptions.STRICT
    with pytest.raises(ValueError, match=r"^reading as_of takes a date YYYY-MM-DD \(text or a "
                                         r"datetime.date\), not int$"):
        ca.readings("T-724-20", {"R1": 2021})  # type: ignore[dict-item]


@pytest.mark.parametrize("action", ["T-724-20", "T-713-20", "MDL-2967"])
def test_an_answer_that_moves_a_death_adds_an_item_or_turns_a_filter_agrees_with_the_edit(
    action: str,
) -> None:
    """A trial's developer: a death of 2019 moved to 2021 by what_if left the Copyright
    Infringement Class NOT_MEMBER (the rule read the record's own date); a use added at
    "/police_uses/-" to a record stating no other use was dropped; and which photographs'
    postings open MDL-2967's window was read from the record, not the answer."""
    record: dict[str, Any] = {
        "claimant": {"kind": "natural", "born_on": "1950-03-01", "deceased": True,
                     "died_on": "2019-05-01",
                     "residence": [{"start": "1950-03-01", "end": "2019-05-01"}],
                     "citizenship": [{"start": "1950-03-01", "end": "2019-05-01"}]},
        "photographs": [{"id": "p1", "collected_by_clearview": True, "claimant_face_appears": True,
                         "author": "claimant", "made_on": "2015-06-01"}],
        "statements": {"unlisted_collected_photograph_depicts_claimant": False,
                       "holds_rights_in_unlisted_collected_photograph": False,
                       "rcmp_used_unlisted_photograph_of_claimant": False},
    }
    claim = ca.claim_from_record(record)
    moved = {**record, "claimant": {**record["claimant"], "died_on": "2021-01-01"}}
    assert ca.what_if(claim, {"/claimant/died_on": "2021-01-01"}, action=action) == (
        ca.determine(ca.claim_from_record(moved), action=action).outcomes
    )
    use = {"photograph": "p1", "agency": "rcmp", "service": "clearview", "used_on": "2020-02-01"}
    living = {**record, "claimant": {"kind": "natural", "born_on": "2010-09-09", "deceased": False,
                                     "residence": [{"start": "2010-09-09", "ongoing": True}]}}
    with_use = ca.what_if(ca.claim_from_record(living), {"/police_uses/-": use}, action=action)
    assert with_use == ca.determine(
        ca.claim_from_record({**living, "police_uses": [use]}), action=action).outcomes
    if action == "T-724-20":
        assert with_use["TI"] is ca.Outcome.MEMBER
        assert ca.what_if(claim, {"/claimant/died_on": "2021-01-01"})["CI"] is ca.Outcome.MEMBER
    posted = {
        "claimant": {"kind": "natural", "born_on": "1980-09-09", "deceased": False,
                     "residence": [{"start": "2010-09-09", "ongoing": True, "country": "US",
                                    "subdivision": "US-IL"}],
                     "residence_complete_for": ["CA", "US"]},
        "photographs": [{"id": "p1", "posted_publicly": True, "first_posted_publicly_on": "2012",
                         "in_biometric_database": True, "collected_by_clearview": True,
                         "collected_on": "2019"}],
        "statements": {"unlisted_photograph_of_claimant_posted_publicly": False,
                       "unlisted_database_image_depicts_claimant": False},
        "payment_claims": [{"proceeding": "MDL-2967", "filed_on": "2024-09-01"}],
    }
    answered = ca.what_if(ca.claim_from_record(posted),
                          {"/photographs/0/claimant_face_appears": True}, action=action)
    edited = {**posted, "photographs": [{**posted["photographs"][0], "claimant_face_appears": True}]}
    assert answered == ca.determine(ca.claim_from_record(edited), action=action).outcomes
    if action == "MDL-2967":
        assert answered["EC"] is ca.Outcome.MEMBER


def test_a_citation_is_read_by_title_whichever_method_a_developer_reaches_for() -> None:
    """A trial's developer passed a finding's citation to cite_for_reader and was told
    KeyError: '0'; the README named no way to read a citation by its titles."""
    determination = ca.determine(CLAIM)
    finding = determination.classes[0].findings[0]
    action = ca.action()
    said = action.cite_for_reader(finding.citation)
    assert said == action.readable(finding.citation)
    assert ".txt" not in said and ".txt" in str(finding.citation)


def test_a_use_described_for_a_record_silent_on_other_uses_is_listed_as_its_edit_would() -> None:
    """A trial's developer answered "/police_uses/-" for a record that says nothing of uses it
    does not list: TI was left open, where the record listing the use is a member."""
    record: dict[str, Any] = {
        "claimant": {"kind": "natural", "born_on": "1980-05-05", "deceased": False,
                     "residence": [{"start": "1980-05-05", "ongoing": True}], "citizenship": []},
        "photographs": [{"id": "p1", "claimant_face_appears": True, "collected_by_clearview": True}],
        "police_uses": [],
    }
    use = {"photograph": "p1", "agency": "rcmp", "service": "clearview", "used_on": "2020-01-15"}
    claim = ca.claim_from_record(record)
    edited = ca.determine(ca.claim_from_record({**record, "police_uses": [use]})).outcomes
    assert ca.what_if(claim, {"/police_uses/-": use}) == edited
    assert edited["TI"] is ca.Outcome.MEMBER
    # Where the record says a use it does not list exists, the use described is that one.
    stated = {**record, "statements": {"rcmp_used_unlisted_photograph_of_claimant": True}}
    assert ca.what_if(ca.claim_from_record(stated), {"/police_uses/-": use})["TI"] is (
        ca.Outcome.MEMBER)
