"""The one-page batch summary for class counsel (classaction.present.report).

The counts are checked against the library's own determinations and
comparisons, made independently here; the page is checked for what it must
never hold (network references, personal data, unescaped text); and it is
rendered in headless Chromium, which must show the counts and the bars and
print it on one page. Without a Chromium binary that test is skipped, except
in CI or with CI_REQUIRE_CHROMIUM=1, where it fails (.ci/run installs Debian's
package).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
import shutil
import struct
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import classaction as ca
from classaction import actions
from classaction.cli.inputs import RawRecord, read_raw, read_records
from classaction.present.report import (
    REJECTED,
    Alternative,
    ReportEntry,
    ReportTally,
    alternative_readings,
    fact_pattern,
    fact_words,
    render_report,
    report_entry,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "claims.jsonl"
DAY = dt.date(2026, 1, 15)


def example_claims() -> list[ca.Claim]:
    claims = []
    for raw in read_records(str(EXAMPLES)):
        claim = read_raw(raw)[1]
        assert claim is not None
        claims.append(claim)
    return claims


BAD = (b'{"claimant": ', b'{"claimant": {"kind": "robot"}}')


@pytest.fixture(scope="module")
def claims() -> list[ca.Claim]:
    return example_claims()


@pytest.fixture(scope="module")
def tally(claims: list[ca.Claim]) -> ReportTally:
    """The examples, each with its determination as the batch makes it, and two bad records."""
    tally = ReportTally()
    for claim in claims:
        tally.add(claim, ca.determine(claim))
    for number, data in enumerate(BAD, 1):
        tally.add_raw(RawRecord("bad.jsonl", number, data))
    return tally


@pytest.fixture(scope="module")
def page(tally: ReportTally) -> str:
    return tally.html(generated_on=DAY)


# --- counts ----------------------------------------------------------------------------


def test_records_read_accepted_and_rejected_are_counted(
    tally: ReportTally, claims: list[ca.Claim]
) -> None:
    assert tally.read == len(claims) + len(BAD)
    assert tally.rejected == len(BAD)
    assert tally.accepted == len(claims)


def test_outcomes_per_class_match_the_determinations(
    tally: ReportTally, claims: list[ca.Claim]
) -> None:
    expected: dict[str, Counter[str]] = {c.id: Counter() for c in ca.action().classes}
    for claim in claims:
        for class_id, outcome in ca.determine(claim).outcomes.items():
            expected[class_id][outcome.value] += 1
    assert tally.outcomes == expected
    for counts in tally.outcomes.values():
        assert sum(counts.values()) == len(claims)


def test_outcome_changes_per_reading_match_compare(
    tally: ReportTally, claims: list[ca.Claim]
) -> None:
    assert tally.alternatives
    for index, alternative in enumerate(tally.alternatives):
        changed = 0
        moves: Counter[tuple[str, str, str]] = Counter()
        for claim in claims:
            changes = ca.compare(claim, tally.readings, alternative.readings)
            changed += bool(changes)
            for change in changes:
                moves[change.class_id, change.before.value, change.after.value] += 1
        assert tally.changed[index] == changed, alternative
        assert tally.changes[index] == moves, alternative
    # The examples do tell the readings apart: some reading changes some outcome.
    assert any(tally.changed)


def test_changes_from_readings_off_their_defaults_match_compare(claims: list[ca.Claim]) -> None:
    base = ca.Readings().with_values({"presumptions": "strict", "as_of": "2021-06-30"})
    tally = ReportTally(base)
    for claim in claims:
        tally.add(claim, ca.determine(claim, base))
    for index, alternative in enumerate(tally.alternatives):
        moves: Counter[tuple[str, str, str]] = Counter(
            (c.class_id, c.before.value, c.after.value)
            for claim in claims for c in ca.compare(claim, base, alternative.readings)
        )
        assert tally.changes[index] == moves, alternative


def test_missing_facts_are_counted_once_per_claim_whatever_the_item() -> None:
    photo = ca.Photograph(id="jane-selfie.jpg", claimant_face_appears=True)
    other = ca.Photograph(id="party-2019.png", claimant_face_appears=True)
    claim = ca.Claim(claimant=ca.Person(kind=ca.PersonKind.NATURAL), photographs=(photo, other))
    tally = ReportTally(alternatives=())
    tally.add(claim)
    tally.add(claim)
    question = "Was a photograph collected by Clearview?"
    top = dict(tally.top_missing("PB", 50))
    assert top[question] == 2  # two claims, two photographs each: counted once per claim
    assert ("/photographs/*/collected_by_clearview", question) in tally.missing["PB"]
    assert not any("{item}" in words or "jane" in words for words in top)


def test_a_class_with_one_undetermined_claim_says_claim() -> None:
    claim = ca.Claim(claimant=ca.Person(kind=ca.PersonKind.NATURAL))
    tally = ReportTally(alternatives=())
    tally.add(claim)
    page = tally.html(generated_on=DAY)
    assert "1 undetermined claim; claims lacking each fact" in page
    assert "1 undetermined claims" not in page
    tally.add(claim)
    assert "2 undetermined claims; claims lacking each fact" in tally.html(generated_on=DAY)


def test_every_missing_fact_of_the_examples_reads_in_words_naming_no_item(
    claims: list[ca.Claim],
) -> None:
    ids = {p.id for claim in claims for p in claim.photographs}
    seen = set()
    for claim in claims:
        for cls in ca.determine(claim).classes:
            for fact in cls.missing:
                pattern, words = fact_words(fact)
                assert pattern == fact_pattern(fact.pointer)
                assert not re.search(r"/\d", pattern)
                assert "{item}" not in words and not words.startswith("The fact at"), fact
                assert not any(re.search(rf"\b{re.escape(i)}\b", words) for i in ids), words
                seen.add(words)
    assert seen


def test_a_fact_asked_on_one_side_of_a_day_keeps_its_side_naming_no_item() -> None:
    """Of a police use whose date matters only on one side of 8 July 2020, the fact's own
    question asks that side; the report's words of it had asked "On what date ...?", which
    the claimant need not know. A date that turns on two days is asked as a date."""
    record = {
        "claimant": {"kind": "natural", "born_on": "1980", "deceased": False,
                     "residence": [{"start": "1980", "ongoing": True}]},
        "photographs": [{"id": "p1", "collected_by_clearview": True, "claimant_face_appears": True}],
        "police_uses": [{"photograph": "p1", "agency": "rcmp"}],
    }
    determination = ca.determine(ca.read_claim(json.dumps(record)))
    facts = {f.pointer: f for cls in determination.classes for f in cls.missing}
    used = facts["/police_uses/0/used_on"]
    assert "on or before 8 July 2020" in used.question
    assert fact_words(used) == ("/police_uses/*/used_on",
                                "Was a police use made on or before 8 July 2020?")
    made = facts["/photographs/0/made_on"]
    assert len(made.turns_on) > 1
    assert fact_words(made) == ("/photographs/*/made_on", "On what date was a photograph made (taken)?")


def test_fact_patterns_replace_item_indexes_only() -> None:
    assert fact_pattern("/photographs/12/transfers/0/on") == "/photographs/*/transfers/*/on"
    assert fact_pattern("/photographs/-") == "/photographs/-"
    assert fact_pattern("/claimant/born_on") == "/claimant/born_on"


def test_the_alternatives_are_the_seeds_other_values_one_reading_at_a_time() -> None:
    base = ca.Readings()
    found = alternative_readings(base)
    specs = {s.id: s for s in ca.action().readings}
    assert [a.reading for a in found] == [r for r in specs if r != "R1"]  # R1 names only a form
    for alternative in found:
        spec = specs[alternative.reading]
        assert alternative.value in spec.alternatives
        assert alternative.question == spec.question
        changed = {k: v for k, v in alternative.readings.as_record().items()
                   if base.as_record()[k] != v}
        assert changed == {alternative.name: alternative.value}
    # Off the default, the default is the alternative.
    moved = base.with_values({"residency_window": "any_time_up_to_as_of", "as_of": "2021-01-01"})
    values = {a.reading: a.value for a in alternative_readings(moved)}
    assert values["R2"] == "on_as_of"
    assert values["R1"] == "2020-07-08"
    dated = Alternative.of(base, "R1", "2022-01-01")
    assert (dated.name, dated.readings.as_of) == ("as_of", dt.date(2022, 1, 1))
    with pytest.raises(ValueError):
        Alternative.of(base, "rcmp_use", "sometimes")


def test_a_determination_under_other_readings_is_refused(claims: list[ca.Claim]) -> None:
    tally = ReportTally(alternatives=())
    other = ca.Readings().with_values({"proof": "document"})
    with pytest.raises(ValueError, match="other readings"):
        tally.add(claims[0], ca.determine(claims[0], other))


def test_entries_made_elsewhere_count_the_same(claims: list[ca.Claim]) -> None:
    alternatives = alternative_readings()
    direct = ReportTally(alternatives=alternatives)
    relayed = ReportTally(alternatives=alternatives)
    for claim in claims:
        direct.add(claim)
        entry = report_entry(claim, ca.determine(claim), alternatives)
        relayed.add_entry(pickle.loads(pickle.dumps(entry)))  # as a worker process sends it
    relayed.add_entry(REJECTED)
    direct.add(None)
    assert isinstance(entry, ReportEntry)
    assert direct.html(generated_on=DAY) == relayed.html(generated_on=DAY)


def test_render_report_is_the_tally_of_the_claims(claims: list[ca.Claim]) -> None:
    tally = ReportTally()
    for claim in [*claims, None]:
        tally.add(claim)
    assert render_report([*claims, None], generated_on=DAY) == tally.html(generated_on=DAY)


# --- the page ---------------------------------------------------------------------------


def test_the_page_names_the_action_the_readings_the_date_and_the_version(page: str) -> None:
    action = ca.action()
    assert f"<h1>{action.style_of_cause[-1].title}</h1>" in page
    assert action.court in page and action.file_number in page
    assert "Prepared 2026-01-15" in page and f"classaction {ca.__version__}" in page
    for name, value in ca.Readings().as_record().items():
        assert f"{name} = <b>{value}</b>" in page


def test_the_page_uses_no_network(page: str) -> None:
    assert not re.search(r"https?:", page, re.IGNORECASE)
    assert not re.search(r"<script|<link|<img|<iframe|<object|<embed|@import|url\(", page, re.I)
    assert not re.search(r"\b(src|href)\s*=", page, re.IGNORECASE)


def test_the_page_holds_no_personal_data(page: str, claims: list[ca.Claim]) -> None:
    personal = set()
    for claim in claims:
        if claim.contact is not None:
            personal.update(v for v in attrs.astuple(claim.contact) if v)
        personal.update(p.id for p in claim.photographs if len(p.id) > 2)
    assert personal  # the examples carry names, emails and ids
    for text in personal:
        assert text not in page, text
    assert "bad.jsonl" not in page


def _follow_up(page: str, claims: list[ca.Claim]) -> Iterator[tuple[str, str, set[str]]]:
    """Each class's block of the follow-up section, and the claims it leaves undetermined,
    having checked that the block lists exactly those claims by id."""
    start = page.index('id="follow-up"')
    section = page[start:page.index("</section>", start)]
    for class_id in ("PB", "TI", "CI"):
        found = re.search(rf'<div data-class="{class_id}">(.*?)</div>', section, re.S)
        block = "" if found is None else found.group(1)
        undetermined = {
            c.claim_id or "" for c in claims
            if ca.determine(c).outcomes[class_id] is ca.Outcome.UNDETERMINED
        }
        assert set(re.findall(r"EX-\d+", block)) == undetermined, class_id
        yield class_id, block, undetermined


def test_counsel_can_follow_up_each_undetermined_claim_by_its_id(
    page: str, claims: list[ca.Claim]
) -> None:
    """Each class lists its undetermined claims by the first question to put to each, with
    their claim ids (the administrator's keys), and only those."""
    for class_id, block, undetermined in _follow_up(page, claims):
        # Each id is kept whole on its line ("EX-" and "006" were broken apart at the hyphen).
        assert set(re.findall(r'<span class="id">(EX-\d+)</span>', block)) == undetermined
        for claim in claims:
            if claim.claim_id in undetermined:
                first = ca.determine(claim).for_class(class_id).missing[0]
                if "/photographs/" not in first.pointer and "/police_uses/" not in first.pointer:
                    assert f"{first.question.replace(chr(39), '&#x27;')} — " in block
    assert ".follow-up .id { white-space: nowrap; }" in page


def test_a_claim_past_the_questions_listed_is_still_named(
    tally: ReportTally, claims: list[ca.Claim]
) -> None:
    """"other first questions — 1 claim" named none: that claim could not be followed up."""
    page = tally.html(generated_on=DAY, top=1)
    blocks = [block for _, block, _ in _follow_up(page, claims)]
    assert any("other first questions — <b>" in block for block in blocks)


def test_every_string_is_escaped(claims: list[ca.Claim]) -> None:
    action = ca.action()
    styled = attrs.evolve(action.style_of_cause[-1], title="A & B <script>x</script> v. \"C\"")
    hostile = attrs.evolve(action, style_of_cause=(styled,), court="<b>Court</b>")
    tally = ReportTally(action=hostile, alternatives=())
    tally.add(claims[0])
    page = tally.html(generated_on=DAY)
    assert "<script>" not in page and "<b>Court</b>" not in page
    assert "A &amp; B &lt;script&gt;x&lt;/script&gt; v. &quot;C&quot;" in page


def test_an_empty_batch_renders(claims: list[ca.Claim]) -> None:
    page = ReportTally().html(generated_on=DAY)
    assert "0 records read" in page and "No fact is missing." in page


# --- rendered in headless Chromium ------------------------------------------------------

BROWSERS = ("chromium", "chromium-headless-shell", "chromium-browser", "google-chrome")


def chromium() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    found = chromium()
    if found is None:
        if os.environ.get("CI_REQUIRE_CHROMIUM") == "1" or os.environ.get("CI"):
            pytest.fail(
                "no Chromium binary on PATH (looked for " + ", ".join(BROWSERS) + "), and this "
                "run requires one (CI or CI_REQUIRE_CHROMIUM=1): .ci/run installs Debian's chromium"
            )
        pytest.skip(
            "no Chromium binary on PATH (looked for " + ", ".join(BROWSERS) + "); "
            "apt-get install chromium, or set CI_REQUIRE_CHROMIUM=1 to make this a failure"
        )
    return found


def run_browser(browser: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", f"--user-data-dir={profile}", *args,
    ]
    done = subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done


@pytest.fixture(scope="module")
def report_file(page: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_chromium_shows_the_counts_and_the_bars(
    browser: str, report_file: Path, tally: ReportTally, tmp_path: Path
) -> None:
    dom = run_browser(browser, tmp_path, "--dump-dom", report_file.as_uri()).stdout.decode()
    assert f'data-read="{tally.read}"' in dom and f"{tally.read} records read" in dom
    bars = re.findall(
        r'<rect class="bar" data-class="(\w+)" data-outcome="(\w+)" data-count="(\d+)"', dom
    )
    assert {(c, o): int(n) for c, o, n in bars} == {
        (c, o): n for c, counts in tally.outcomes.items() for o, n in counts.items() if n
    }
    for class_id, counts in tally.outcomes.items():
        row = re.search(rf'<tr data-class="{class_id}">(.*?)</tr>', dom, re.S)
        assert row is not None
        for outcome, n in counts.items():
            assert f'data-outcome="{outcome}">{n} ' in row.group(1)


def test_chromium_prints_the_summary_on_one_page_and_the_claims_to_follow_up_on_the_next(
    browser: str, report_file: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    run_browser(browser, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                report_file.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)
    assert len(pages) == 2, f"{len(pages)} pages"


def test_chromium_draws_the_bars_in_their_colours(
    browser: str, report_file: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "report.png"
    run_browser(browser, tmp_path, "--window-size=800,420", "--hide-scrollbars",
                f"--screenshot={shot}", report_file.as_uri())
    _, _, pixels = decode_png(shot.read_bytes())
    colours = Counter(pixels)
    assert len(colours) > 50, "the screenshot is blank"  # text, rules and bars
    # The bars' colours cover real areas (Member dark green, Undetermined amber).
    assert colours[(0x1B, 0x5E, 0x20)] > 500
    assert colours[(0xF0, 0xA3, 0x0A)] > 200


def decode_png(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """The RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks = dict[bytes, bytes]()
    idat = b""
    for kind, body in _chunks(data[8:]):
        if kind == b"IDAT":
            idat += body
        else:
            chunks[kind] = body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert depth == 8 and colour in (2, 6) and interlace == 0
    step = 3 if colour == 2 else 4
    stride = width * step
    raw = zlib.decompress(idat)
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        _unfilter(kind, line, previous, step)
        rows.append(line)
        previous = line
    pixels = [
        (row[x], row[x + 1], row[x + 2]) for row in rows for x in range(0, stride, step)
    ]
    return width, height, pixels


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    at = 0
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        yield data[at + 4:at + 8], data[at + 8:at + 8 + length]
        at += 12 + length


def _unfilter(kind: int, line: bytearray, up: bytearray, step: int) -> None:
    if kind == 0:
        return
    for i in range(len(line)):
        a = line[i - step] if i >= step else 0
        b = up[i]
        if kind == 1:
            line[i] = (line[i] + a) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + b) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (a + b) // 2) & 0xFF
        else:
            c = up[i - step] if i >= step else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            predictor = a if pa <= pb and pa <= pc else b if pb <= pc else c
            line[i] = (line[i] + predictor) & 0xFF


# --- through the command line ----------------------------------------------------------

def _classify(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    import sys

    return subprocess.run(
        # The summary page speaks of one action.
        [sys.executable, "-m", "classaction", "classify", "--action", "T-724-20", *args],
        capture_output=True,
        text=True, check=False, cwd=cwd, timeout=300,
    )


def test_classify_writes_the_summary_beside_its_output(tmp_path: Path, tally: ReportTally) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"claimant": {"kind": "robot"}}\n', encoding="utf-8")
    done = _classify(str(examples), str(bad), "-o", "out.csv", "--report", "summary.html",
                     cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # one record rejected
    assert "summary for class counsel written to summary.html" in done.stderr
    html = (tmp_path / "summary.html").read_text(encoding="utf-8")
    count = len(examples.read_text(encoding="utf-8").splitlines())
    assert f"{count + 1} records read: {count} claims accepted, 1 record rejected" in html
    for class_id, counts in tally.outcomes.items():
        for outcome, n in counts.items():
            if n:
                assert f'data-class="{class_id}" data-outcome="{outcome}" data-count="{n}"' in html
    # The output itself is written as without --report.
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()) == count + 2


def test_the_summary_says_how_many_claims_repeat_an_id_or_came_with_a_warning(tmp_path: Path) -> None:
    """A later trial's counsel read "54 records read: 42 claims accepted" above counts that
    held one claimant three times; classify had said so on standard error alone, and of the
    15 claims accepted with a warning the page said nothing."""
    source = tmp_path / "claims.jsonl"
    claim = {"claim_id": "CA-1", "claimant": {"kind": "natural"}}
    warned = {"claim_id": "CA-2", "claimant": {"kind": "legal", "born_on": "1990"}}
    source.write_text("".join(json.dumps(r) + "\n" for r in (claim, claim, warned)), encoding="utf-8")
    done = _classify(str(source), "-o", "out.csv", "--report", "summary.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    said = re.search(r'<p id="summary"[^>]*>(.*?)</p>', page, re.S)
    assert said is not None
    assert 'data-repeated="1" data-warned="2"' in said[0]  # a repeated id is warned of too
    assert ("3 records read: 3 claims accepted, 0 records rejected (invalid, not determined). Of "
            "the claims accepted, 1 repeats an earlier record&#x27;s claim id, and each is counted "
            "below. 2 claims accepted with a warning") in said[1]
    # Without either, the line is as it was.
    source.write_text(json.dumps(claim) + "\n", encoding="utf-8")
    _classify(str(source), "-o", "out.csv", "--report", "summary.html", cwd=tmp_path)
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "1 record read: 1 claim accepted, 0 records rejected (invalid, not determined).</p>" in page


def test_classify_report_needs_an_html_name(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    done = _classify(str(examples), "--report", "summary.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "--report writes an HTML page" in done.stderr
    assert not (tmp_path / "summary.txt").exists()


def test_a_report_that_cannot_be_written_is_refused_before_any_record_is_read(
    tmp_path: Path,
) -> None:
    """"--report nodir/p.html" was refused once the whole batch had run (a trial's)."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    done = _classify(str(examples), "-o", "out.csv", "--report", "nodir/p.html", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "classaction: cannot write nodir/p.html: no folder nodir\n"
    assert not (tmp_path / "out.csv").exists()


def test_the_page_classify_writes_shows_in_chromium(browser: str, tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "claims.jsonl"
    done = _classify(str(examples), "-o", "out.jsonl", "--report", "summary.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page_file = tmp_path / "summary.html"
    dom = run_browser(browser, tmp_path, "--dump-dom", page_file.as_uri()).stdout.decode()
    count = len(examples.read_text(encoding="utf-8").splitlines())
    assert f"{count} records read" in dom
    assert "Outcome changes under other readings" in dom
    assert dom.count('<rect class="bar"') >= 3


def test_the_summary_of_every_action_has_a_section_per_action_with_its_counts(
    tmp_path: Path,
) -> None:
    """At the default (every action), one page: a section per action, in the order of the
    CSV's columns, each counting that action's outcomes, as its own determinations give them."""
    import csv
    import sys

    root = Path(__file__).resolve().parents[1]
    sources = [str(root / "examples" / "claims.jsonl"), str(root / "examples" / "family.jsonl")]
    done = subprocess.run(
        [sys.executable, "-m", "classaction", "classify", *sources, "-o", "out.csv",
         "--report", "summary.html"],
        capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert f"{len(rows)} records read: {len(rows)} claims accepted" in page
    order = [page.index(f'data-action="{a}"') for a in ("T-724-20", "MDL-2967", "T-713-20")]
    assert order == sorted(order)
    sections = {
        part.split('data-action="', 1)[1].split('"', 1)[0]: part
        for part in page.split('<section class="action"')[1:]
    }
    for bundle in actions.bundles().values():
        section = sections[bundle.id]
        for definition in bundle.action.classes:
            column = f"{bundle.id} {definition.name}"
            counts = Counter(row[column] for row in rows)
            for outcome, n in counts.items():
                value = {"ELIGIBLE": "MEMBER", "NOT_ELIGIBLE": "NOT_MEMBER"}.get(outcome, outcome)
                assert (f'data-class="{definition.id}" data-outcome="{value}" data-count="{n}"'
                        in section), (bundle.id, definition.id, outcome)
        # Each action's readings, alternatives and undetermined claims, under ids of its own.
        for part in ("counts", "outcome-chart", "missing", "changes", "readings", "follow-up"):
            assert page.count(f'id="{part}-{bundle.id}"') == 1, part
    assert 'id="counts"' not in page  # no id is used twice
    assert "R25 state_share_basis" in page and "R3 rights_held" in page and "R11" in page


def test_a_fact_that_presupposes_another_missing_one_is_not_counted() -> None:
    # Nothing known of the claimant: "has the claimant died?" is missing, and the date of
    # death, which presupposes it, is not counted beside it.
    claim = ca.read_claim('{"claimant": {"kind": "natural", "born_on": "1980-01-01"}}')
    tally = ReportTally(alternatives=())
    tally.add(claim)
    questions = {words for class_id in ("PB", "TI", "CI") for words, _ in tally.top_missing(class_id, 50)}
    assert any("died?" in q for q in questions)
    assert not any("On what date did the claimant die" in q for q in questions)


def test_a_claim_with_no_id_to_show_or_one_given_twice_is_named_by_where_it_was_read(
    tmp_path: Path,
) -> None:
    """An id withheld as personal data left "and 2 more" that no one could follow up; two
    claims "INT-001" and "int-001 " could not be told apart (a trial's administrator)."""
    open_claim = {"claimant": {"kind": "natural", "born_on": "1980-01-01"}}
    ids = ["INT-001", "Marie Tremblay", "int-001 ", "INT-002", None]
    lines = [json.dumps({**open_claim, **({"claim_id": i} if i else {})}) for i in ids]
    tally = ReportTally()
    for number, line in enumerate(lines, 1):
        tally.add_raw(RawRecord(str(tmp_path / "intake.jsonl"), number, line.encode()))
    named = RawRecord(str(tmp_path / "Jean Roy.jsonl"), 7, lines[1].encode())
    tally.add_raw(named)
    page = tally.html(generated_on=DAY)
    section = page[page.index('id="follow-up"'):]
    block = re.search(r'<div data-class="PB">(.*?)</div>', section, re.S)
    assert block is not None
    shown = re.findall(r'<span class="id">(.*?)</span>', block.group(1))
    assert shown == [
        "INT-001 (line 1 of intake.jsonl)", "line 2 of intake.jsonl",
        "int-001  (line 3 of intake.jsonl)", "INT-002", "line 5 of intake.jsonl", "line 7",
    ]
    assert "Marie" not in page and "Jean" not in page and "more" not in block.group(1)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_page_made_with_the_lines_is_the_page_made_again_from_the_records(
    tmp_path: Path, jobs: str
) -> None:
    """classify --report makes each record's entries where its line is made (in the workers,
    from the determinations of the line) rather than determining each record again in the
    main process: the page is the same, byte for byte, as the tally fed the records."""
    import sys

    from classaction.cli.inputs import read_raw
    from classaction.cli.outputs import rejection_reasons
    from classaction.present.report import FamilyReportTally

    examples = Path(__file__).resolve().parents[1] / "examples"
    source = tmp_path / "claims.jsonl"
    source.write_bytes((examples / "claims.jsonl").read_bytes()
                       + (examples / "bad_claims.jsonl").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "classaction", "classify", str(source), "--format", "csv",
         "--jobs", jobs, "-o", "out.csv", "--report", "page.html"],
        capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300,
    )
    assert done.returncode == 1, done.stderr  # the bad claims are rejected
    # Every action, in the order classify reads them (its CSV's columns).
    every = [actions.get(i) for i in ("T-724-20", "MDL-2967", "T-713-20")]
    assert set(actions.bundles()) == {b.id for b in every}
    again = FamilyReportTally([ReportTally(bundle=b) for b in every])
    rejections: Counter[str] = Counter()  # the kinds of error of the records rejected
    for raw in read_records(str(source)):
        again.add_raw(raw)
        _, claim, _, errors = read_raw(raw)
        if claim is None:
            rejections.update(rejection_reasons(errors))
    assert rejections
    made = (tmp_path / "page.html").read_text(encoding="utf-8")
    # The claims accepted with a warning, and those repeating a claim id, as classify counts
    # them on standard error.
    warned = re.search(r"accepted with a warning \(likely a slip, read as given\): (\d+)", done.stderr)
    repeated = re.search(r"of which (\d+) repeats? an earlier record's claim id", done.stderr)
    assert warned is not None
    assert made == again.html(
        generated_on=dt.date.today(), rejections=rejections, warned=int(warned[1]),
        repeated=int(repeated[1]) if repeated else 0,
    )


def test_the_page_counts_rejected_records_by_kind_of_error(tmp_path: Path) -> None:
    """A trial's administrator found only the number of records rejected on the page: they
    are counted by kind of error (a path and a rule), as classify's summary counts them, and
    no value of a record appears."""
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join([
        '{"claim_id": "R-1", "claimant": {"born_on": "March 1990"}}',
        '{"claim_id": "R-2", "claimant": {"born_on": "15/03/1990"}}',
        "{",
        '{"claim_id": "R-4", "claimant": {"kind": "natural"}}',
    ]) + "\n", "utf-8")
    page = tmp_path / "report.html"
    done = subprocess.run(
        [sys.executable, "-m", "classaction", "classify", str(source), "--format", "csv",
         "--report", str(page), "-o", str(tmp_path / "out.csv")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1, done.stderr
    text = page.read_text("utf-8")
    table = text[text.index('<table id="rejected">'):text.index("</table>", text.index('id="rejected"'))]
    rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td></tr>", table)
    assert rows == [("2", "$.claimant.born_on: not of the form required [pattern]"),
                    ("1", "$: not valid JSON [json]")]
    assert "March" not in text and "1990" not in text


def test_kinds_of_error_past_the_first_twelve_are_on_the_page_folded_and_each_is_worded() -> None:
    """A trial's administrator read "and 17 more kinds of error" with no way to see them,
    "$.claimant [duplicate-key]" with no words, and a claim id in the form of an e-mail address
    as "facts that cannot all be true"."""
    from classaction.present.report import _rejected_by_kind
    from classaction.records.errors import kind_of_error_in_words

    kinds = {f"$.photographs[*].field_{n:02} [pattern]": 20 - n for n in range(15)}
    page = "".join(_rejected_by_kind(kinds))
    shown, _, folded = page.partition("<details>")
    assert shown.count("<tr><td>") == 12 and folded.count("<tr><td>") == 3
    assert "<summary>3 more kinds of error</summary>" in folded
    assert "field_14" in folded and "field_14" not in shown
    assert "<details>" not in "".join(_rejected_by_kind(dict(list(kinds.items())[:12])))
    assert kind_of_error_in_words("$.claimant [duplicate-key]") == (
        "$.claimant: a key given twice [duplicate-key]")
    assert kind_of_error_in_words("$.claim_id [consistency]") == (
        "$.claim_id: in the form of personal data (an e-mail) [consistency]")
    assert kind_of_error_in_words("$.claimant.died_on [consistency]") == (
        "$.claimant.died_on: facts that cannot all be true [consistency]")
