"""A one-page summary of a batch of claims for class counsel, as one self-contained HTML file.

What it shows, for the action's current style of cause, court and file number:
the records read and rejected; per class the count of each outcome, in a
table and an inline SVG bar chart; per class the facts most often missing, in
words, grouped by the fact whatever item it belongs to ("On what date was a
photograph made (taken)?"); and for each alternative reading of the action
seed, how many claims change outcome in each class, and from what to what.

The page holds counts and fact questions only: never a claimant's name,
contact, claim id, photograph id or file name. It uses no network: no
script, no external style sheet, font or image; every string is escaped.

:class:`ReportTally` is fed one record at a time while a batch streams, so
memory does not grow with the batch: what it keeps of a record is a
:class:`ReportEntry`, which :func:`report_entry` also makes on its own (a
worker process can make it and send it back; it pickles small).

Cost: the outcome changes dominate. Each criterion is worked out once more
under the batch's readings, noting which readings it reads, and again under an
alternative only when that alternative changes one of them; on 10,000
synthetic claims (benchmarks/run.py) with the eight alternatives of the seed,
about 0.8 ms a claim on one core, beside about 0.45 ms for ``classify``
itself. ``alternatives=()`` leaves them out (about 8 µs a claim).
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any, NamedTuple

from attrs import frozen

from .. import actions
from .._version import __version__
from ..cli.inputs import RawRecord, Result, read_as_alike, read_raw
from ..cli.outputs import plural
from ..engine.action import Action, ClassKind
from ..engine.bundle import ActionBundle
from ..engine.core import Determination, MissingFact, Outcome, side_words
from ..records import items
from ..records.claim import Claim
from ..records.consistency import shown_claim_id
from ..records.errors import kind_of_error_in_words

OUTCOMES = (Outcome.MEMBER, Outcome.NOT_MEMBER, Outcome.UNDETERMINED)
OUTCOME_WORDS = {
    Outcome.MEMBER.value: "Member",
    Outcome.NOT_MEMBER.value: "Non-member",
    Outcome.UNDETERMINED.value: "Undetermined",
}
ELIGIBLE_WORDS = {
    Outcome.MEMBER.value: "Eligible",
    Outcome.NOT_MEMBER.value: "Not eligible",
    Outcome.UNDETERMINED.value: "Undetermined",
}
_COLOURS = {  # told apart in grey too: dark, light, middle
    Outcome.MEMBER.value: "#1b5e20",
    Outcome.NOT_MEMBER.value: "#cfd8dc",
    Outcome.UNDETERMINED.value: "#f0a30a",
}
_TEXT_ON = {
    Outcome.MEMBER.value: "#ffffff",
    Outcome.NOT_MEMBER.value: "#102027",
    Outcome.UNDETERMINED.value: "#102027",
}


# --- readings to compare -------------------------------------------------------------


@frozen
class Alternative:
    """One reading changed from the report's readings: its id, name, value and question."""

    reading: str  # "R2"
    name: str  # "residency_window"
    value: str  # the value tried, as text
    question: str  # the reading's question, from the seed
    readings: Any  # the report's readings with this one changed

    @classmethod
    def of(
        cls, base: Any, reading: str, value: str, action: Action | None = None
    ) -> Alternative:
        """``base`` with one reading (by name or R-number) set to ``value``.

        Raises ValueError for an unknown reading or a value it does not take.
        """
        action = action or actions.get().action
        changed = base.with_values({reading: value})
        for spec in action.readings:
            if reading in (spec.id, spec.name) or reading.upper() == spec.id:
                return cls(spec.id, spec.name, value, spec.question, changed)
        raise ValueError(f"the action has no reading {reading!r}")


def alternative_readings(
    base: Any = None, action: Action | None = None, bundle: ActionBundle[Any, Any] | None = None
) -> tuple[Alternative, ...]:
    """Each other value the action's seed names for each reading, one reading changed at a time.

    The values are the reading's default and its alternatives, less the one in
    ``base``; a value the seed gives only as a form ("any date YYYY-MM-DD", R1)
    is not one, so R1 is compared only when ``base`` moves it off its default,
    or with :meth:`Alternative.of`.
    """
    bundle = bundle or actions.get()
    base = base if base is not None else bundle.readings()
    action = action or bundle.action
    current = base.as_record()
    found: list[Alternative] = []
    for spec in action.readings:
        for value in (spec.default, *spec.alternatives):
            if current.get(spec.name) == value:
                continue
            try:
                changed = base.with_values({spec.name: value})
            except ValueError:
                continue
            if changed != base and all(a.readings != changed for a in found):
                found.append(Alternative(spec.id, spec.name, value, spec.question, changed))
    return tuple(found)


# --- facts in words, whatever their item ---------------------------------------------

def fact_pattern(pointer: str) -> str:
    """A pointer with its item indexes as ``*``: ``/photographs/*/made_on``."""
    return items.pattern(pointer)


def fact_words(fact: MissingFact) -> tuple[str, str]:
    """A missing fact as (pointer pattern, question in words naming no particular item).

    The question is the fact's own with ``{item}`` read as "a photograph", "a
    police use" and so on, so that the same fact of two photographs counts as
    one. A question that would name an item it cannot generalise is not used:
    the pattern stands in for it, since an item's id is the claimant's data.
    """
    pattern = fact_pattern(fact.pointer)
    spec = items.spec_at(pattern)
    if spec is not None:
        item = items.any_item(pattern.rpartition("/")[0])
        question = spec.question
        if len(fact.turns_on) == 1 and spec.side is not None:
            # Asked of one side of a day, as the fact's own question asks it ("Was the search
            # ... made on or before 8 July 2020?"): the report's first questions had lost it.
            (line,) = fact.turns_on
            for inclusive in (True, False):
                if (words := side_words(line, inclusive)) in fact.question:
                    question = spec.side.replace("{when}", words)
                    break
        return pattern, question.replace("{item}", item)
    if pattern.endswith("/-"):  # an item not listed: the fact's own question names none
        return pattern, fact.question
    if "*" in pattern or "-" in pattern:
        return pattern, f"The fact at {pattern} of an item"
    return pattern, fact.question  # no item, so no item named in it


def _first_words(fact: MissingFact) -> str:
    """The first question to put to a claim, as the engine words it ("Was the claimant born on
    or before 8 July 2020?"), unless it names an item, whose id is the claimant's data."""
    pattern, words = fact_words(fact)
    return words if "*" in pattern or "-" in pattern else fact.question


# --- what the report keeps of one record ---------------------------------------------


@frozen
class ReportEntry:
    """What the report keeps of one record: outcomes, missing facts, changes; nothing personal.

    ``outcomes`` holds (class id, outcome) pairs; ``missing`` (class id, fact
    pattern, question) triples, one per fact per class; ``changes`` (index of
    the alternative reading, class id, outcome before, outcome after).
    """

    accepted: bool
    outcomes: tuple[tuple[str, str], ...] = ()
    missing: tuple[tuple[str, str, str], ...] = ()
    changes: tuple[tuple[int, str, str, str], ...] = ()
    claim_id: str | None = None  # the administrator's own key; nothing of ``contact``
    first: tuple[tuple[str, str], ...] = ()  # (class id, first question) of each class still open

    def __reduce__(self) -> tuple[type[ReportEntry], tuple[Any, ...]]:
        # Sent back from worker processes by pickle: as a plain tuple, smaller and faster.
        return ReportEntry, (
            self.accepted, self.outcomes, self.missing, self.changes, self.claim_id, self.first
        )


REJECTED = ReportEntry(accepted=False)


class Followed(NamedTuple):
    """A claim the page lists to follow up: its claim id (None where it has none, or has one in
    the form of personal data, withheld), where it was read ("line 23 of claims.jsonl"), and
    whether its claim id repeats an earlier record's."""

    claim_id: str | None
    where: str | None
    repeated: bool = False


def read_at(raw: RawRecord) -> str:
    """Where a record was read, as the page names a claim without a claim id to show: the
    line and the file's name, not its folders ("line 23 of claims.jsonl"): no comma, as the
    page lists claims with commas between. A name in the form of personal data, as a claim id
    may be ("Marie Tremblay.jsonl"), is left out, as such an id is."""
    name = PurePath(raw.source).name or raw.source
    if shown_claim_id(PurePath(name).stem) is None:
        return f"line {raw.line}"
    return f"line {raw.line} of {name}"


def _followed(ids: Sequence[Followed]) -> str:
    """The claims of a list, each by its claim id; by where it was read where it has none to
    show, where another claim of the list has the same id (given twice, they could not be
    told apart), or where its id repeats an earlier record's (a trial's administrator read a
    second "TD-002" as the first, decided already)."""
    seen = Counter(read_as_alike(f.claim_id) for f in ids if f.claim_id is not None)
    shown = []
    for followed in ids:
        if followed.claim_id is None:
            text = followed.where
        elif (followed.repeated or seen[read_as_alike(followed.claim_id)] > 1) and \
                followed.where is not None:
            text = f"{followed.claim_id} ({followed.where})"
        else:
            text = followed.claim_id
        # Each id whole on its line: "C-006" broke at its hyphen.
        shown.append(f'<span class="id">{_e(text)}</span>')
    return ", ".join(shown)


FOLLOW_UP_IDS = 12
"""The claim ids the summary lists for each first question; the rest are counted."""


def report_entry(
    claim: Claim,
    determination: Determination,
    alternatives: Sequence[Alternative] = (),
    readings: Any = None,
    bundle: ActionBundle[Any, Any] | None = None,
) -> ReportEntry:
    """What the report keeps of one accepted claim and its determination.

    For each alternative, each class's outcome under it is worked out and
    compared with the determination's. ``readings`` are those of the
    determination (by default read from its record).
    """
    outcomes = tuple((c.class_id, c.outcome.value) for c in determination.classes)
    missing: dict[tuple[str, str, str], None] = {}
    first = tuple(
        (cls.class_id, _first_words(cls.missing[0])) for cls in determination.classes if cls.missing
    )
    for cls in determination.classes:
        open_ = {fact.pointer for fact in cls.missing}
        for fact in cls.missing:
            if fact.after in open_:
                continue  # asked only once the fact it presupposes is known ("died?" first)
            pattern, words = fact_words(fact)
            missing[cls.class_id, pattern, words] = None
    changes: list[tuple[int, str, str, str]] = []
    if alternatives:
        bundle = bundle or actions.get(determination.action)
        base = readings if readings is not None else bundle.readings().with_values(
            {k: str(v) for k, v in determination.readings.items()}
        )
        before = dict(outcomes)
        changed = bundle.compare_many(claim, base, [a.readings for a in alternatives])
        for index, after in enumerate(changed):
            for class_id, outcome in before.items():
                now = after[class_id].value
                if now != outcome:
                    changes.append((index, class_id, outcome, now))
    # Never a claim id in the form of personal data (records/consistency.shown_claim_id).
    shown = shown_claim_id(claim.claim_id)
    return ReportEntry(True, outcomes, tuple(missing), tuple(changes), shown, first)


def entries_of(
    result: Result, readings: Sequence[Any], alternatives: Sequence[Sequence[Alternative]]
) -> tuple[str, tuple[ReportEntry, ...]]:
    """Where a classified record was read, and what the report keeps of it for each action
    (its readings and alternative readings in ``readings`` and ``alternatives``, in the order
    of the result's determinations), from the determinations classify made of it: made in
    the worker that made its line, so that the report costs no determination more, and its
    alternatives are worked out on every core (ReportTally.add_entries counts them)."""
    where = read_at(result.raw)
    if result.claim is None or result.determination is None:
        return where, (REJECTED,) * len(alternatives)
    return where, tuple(
        report_entry(result.claim, determination, tuple(tried), given,
                     actions.get(determination.action))
        for determination, given, tried in zip(
            result.determinations, readings, alternatives, strict=True
        )
    )


# --- the tally -----------------------------------------------------------------------


class ReportTally:
    """Counts for the report, fed one record at a time; :meth:`html` renders the page.

    ``readings`` are those the batch is determined under (a determination
    made under others is refused); ``alternatives`` the readings to compare
    with, by default :func:`alternative_readings` of ``readings``.
    """

    def __init__(
        self,
        readings: Any = None,
        *,
        alternatives: Sequence[Alternative] | None = None,
        action: Action | None = None,
        bundle: ActionBundle[Any, Any] | None = None,
    ) -> None:
        self.bundle = bundle or actions.get()
        self.action = action or self.bundle.action
        self.readings = readings if readings is not None else self.bundle.readings()
        self.alternatives: tuple[Alternative, ...] = tuple(
            alternative_readings(self.readings, self.action, self.bundle) if alternatives is None
            else alternatives
        )
        self._record = self.readings.as_record()
        self.class_ids = tuple(c.id for c in self.action.classes)
        self.read = 0
        self.rejected = 0
        self.outcomes: dict[str, Counter[str]] = {c: Counter() for c in self.class_ids}
        self.missing: dict[str, Counter[tuple[str, str]]] = {c: Counter() for c in self.class_ids}
        self.changed: list[int] = [0] * len(self.alternatives)  # claims that changed, per alternative
        self.changes: list[Counter[tuple[str, str, str]]] = [Counter() for _ in self.alternatives]
        # Per class, per first question, how many undetermined claims and the first few, each
        # as its claim id (None where it has none, or one withheld as personal data) and where
        # it was read ("line 23 of claims.jsonl", None where not known).
        self.follow_up: dict[str, dict[str, tuple[int, list[Followed]]]] = {
            c: {} for c in self.class_ids
        }

    @property
    def accepted(self) -> int:
        return self.read - self.rejected

    def entry(self, claim: Claim, determination: Determination | None = None) -> ReportEntry:
        """The entry of one claim: determined here (outcomes only ranked) unless given."""
        if determination is None:
            # Ranked, for each open class's first question; a settled class costs no ranking.
            determination = self.bundle.determine(claim, self.readings)
        elif determination.readings != self._record:
            raise ValueError(
                "the determination was made under other readings than the report's"
            )
        return report_entry(claim, determination, self.alternatives, self.readings, self.bundle)

    def add(
        self, claim: Claim | None, determination: Determination | None = None,
        where: str | None = None,
    ) -> None:
        """Count one record: a claim (with its determination, if made), or None if rejected;
        ``where`` it was read ("line 23 of claims.jsonl"), to follow it up by where no claim id can."""
        self.add_entry(REJECTED if claim is None else self.entry(claim, determination), where)

    def add_rejected(self, count: int = 1) -> None:
        """Count records that were rejected."""
        self.read += count
        self.rejected += count

    def add_raw(self, raw: RawRecord) -> None:
        """Count one record as read from a file: parsed, validated and determined here."""
        self.add(read_raw(raw)[1], where=read_at(raw))

    def add_entry(
        self, entry: ReportEntry, where: str | None = None, repeated: bool = False
    ) -> None:
        """Count one record from its entry (made by :func:`report_entry`, maybe elsewhere), read
        ``where`` ("line 23 of claims.jsonl"); ``repeated``: its claim id an earlier record's."""
        if not entry.accepted:
            self.add_rejected()
            return
        self.read += 1
        for class_id, outcome in entry.outcomes:
            self.outcomes[class_id][outcome] += 1
        for class_id, pattern, words in entry.missing:
            self.missing[class_id][pattern, words] += 1
        for class_id, question in entry.first:
            count, ids = self.follow_up[class_id].get(question, (0, []))
            if (entry.claim_id or where) is not None and len(ids) < FOLLOW_UP_IDS:
                ids.append(Followed(entry.claim_id, where, repeated))
            self.follow_up[class_id][question] = (count + 1, ids)
        last = -1
        for index, class_id, before, after in entry.changes:
            if index != last:
                self.changed[index] += 1
                last = index
            self.changes[index][class_id, before, after] += 1

    def add_entries(
        self, report: tuple[str, tuple[ReportEntry, ...]], repeated: bool = False
    ) -> None:
        """Count one record from :func:`entries_of` (its first action's entry)."""
        where, (entry, *_) = report
        self.add_entry(entry, where, repeated)

    def top_missing(self, class_id: str, count: int = 5) -> list[tuple[str, int]]:
        """The questions of the facts most often missing for a class, with how many claims lack each."""
        ranked = sorted(self.missing[class_id].items(), key=lambda item: (-item[1], item[0][0]))
        return [(words, n) for (_, words), n in ranked[:count]]

    def html(
        self, *, generated_on: dt.date | None = None, top: int = 5,
        rejections: Mapping[str, int] | None = None, warned: int = 0, repeated: int = 0,
    ) -> str:
        """The report, one self-contained HTML page: it prints the summary on one page and the
    undetermined claims to follow up on the next. ``rejections``: the records rejected by kind
    of error ("$.claimant.born_on [pattern]"), as ``classify`` counts them; ``warned`` and
    ``repeated``: the claims accepted with a warning, and those whose claim id an earlier
    record has, as ``classify`` counts them."""
        return _page(self, generated_on or dt.date.today(), top, rejections or {},
                     warned=warned, repeated=repeated)


def render_report(
    claims: Iterable[Claim | None],
    readings: Any = None,
    *,
    alternatives: Sequence[Alternative] | None = None,
    generated_on: dt.date | None = None,
) -> str:
    """The report of a batch of claims (None for a rejected record), determined here."""
    tally = ReportTally(readings, alternatives=alternatives)
    for claim in claims:
        tally.add(claim)
    return tally.html(generated_on=generated_on)


# --- the page ------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


_STYLE = """
@page { size: A4; margin: 10mm 11mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8pt;
  color: #102027; margin: 0 auto; max-width: 188mm; line-height: 1.2; }
h1 { font-size: 13pt; margin: 0 0 0.5mm; }
h2 { font-size: 9.5pt; margin: 2mm 0 0.6mm; border-bottom: 0.3mm solid #90a4ae; }
h3 { font-size: 9pt; margin: 1.5mm 0 0.5mm; }
p { margin: 0.5mm 0; }
.meta { color: #37474f; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25mm 1.2mm; border-bottom: 0.2mm solid #cfd8dc;
  vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ol { margin: 0 0 0 5mm; padding: 0; }
li { margin: 0; }
.cols { display: flex; gap: 4mm; }
.cols > div { flex: 1; min-width: 0; }
.small { font-size: 7pt; color: #455a64; }
svg { display: block; margin: 1mm 0; }
.changes td { font-size: 6.8pt; }
.changes { table-layout: fixed; }
.changes col.reading { width: 31%; }
.changes col.changed { width: 7%; }
.move { display: flex; justify-content: space-between; gap: 1mm; }
footer { margin-top: 2mm; font-size: 7.5pt; color: #455a64; }
.follow-up-page, .action + .action { break-before: page; }
.follow-up li { margin-bottom: 0.6mm; }
.follow-up .id { white-space: nowrap; }
.action > h2:first-child { font-size: 11pt; border-bottom-width: 0.6mm; }
"""


def _class_names(tally: ReportTally) -> dict[str, str]:
    # An eligibility to claim is counted in the same columns: its "member" is "eligible".
    return {
        c.id: f"{c.name} (member here: eligible)" if c.kind is ClassKind.ELIGIBILITY else c.name
        for c in tally.action.classes
    }


def _chart(tally: ReportTally, suffix: str = "") -> str:
    """Stacked bars, one per class, of the outcomes of the accepted claims; drawn here as SVG."""
    names = _class_names(tally)
    label_w, bar_w, row_h, bar_h, top = 34, 660, 19, 15, 17
    width = label_w + bar_w + 10
    height = top + row_h * len(tally.class_ids) + 6
    total = tally.accepted
    parts = [
        # Inline in HTML, an SVG element needs no namespace declaration (and so no URL).
        f'<svg id="outcome-chart{suffix}" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-label="{_e("Outcomes of the accepted claims, by class")}">',
        f"<title>{_e('Outcomes of the accepted claims, by class')}</title>",
    ]
    x = label_w
    for outcome in OUTCOMES:  # the legend
        value = outcome.value
        parts.append(
            f'<rect x="{x}" y="2" width="9" height="9" fill="{_COLOURS[value]}" '
            f'stroke="#546e7a" stroke-width="0.5"/>'
            f'<text x="{x + 13}" y="10" font-size="9">{_e(OUTCOME_WORDS[value])}</text>'
        )
        x += 115
    for row, class_id in enumerate(tally.class_ids):
        y = top + row * row_h
        counts = tally.outcomes[class_id]
        parts.append(
            f'<text x="{label_w - 5}" y="{y + 11}" font-size="9" text-anchor="end">'
            f"{_e(class_id)}<title>{_e(names[class_id])}</title></text>"
        )
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="{bar_h}" fill="none" '
            f'stroke="#90a4ae" stroke-width="0.5"/>'
        )
        x0 = 0.0
        for outcome in OUTCOMES:
            value = outcome.value
            n = counts[value]
            if not n or not total:
                continue
            w = bar_w * n / total
            label = f"{names[class_id]}: {OUTCOME_WORDS[value]} {n}"
            parts.append(
                f'<rect class="bar" data-class="{_e(class_id)}" data-outcome="{_e(value)}" '
                f'data-count="{n}" x="{label_w + x0:.2f}" y="{y}" width="{w:.2f}" '
                f'height="{bar_h}" fill="{_COLOURS[value]}"><title>{_e(label)}</title></rect>'
            )
            if w >= 6 * len(str(n)) + 4:
                parts.append(
                    f'<text x="{label_w + x0 + w / 2:.2f}" y="{y + 11}" font-size="9" '
                    f'text-anchor="middle" fill="{_TEXT_ON[value]}">{n}</text>'
                )
            x0 += w
    parts.append("</svg>")
    return "".join(parts)


def _counts_table(tally: ReportTally, suffix: str = "") -> str:
    names = _class_names(tally)
    head = "".join(f'<th class="n">{_e(OUTCOME_WORDS[o.value])}</th>' for o in OUTCOMES)
    rows = []
    for class_id in tally.class_ids:
        counts = tally.outcomes[class_id]
        cells = "".join(
            f'<td class="n" data-outcome="{_e(o.value)}">{counts[o.value]} '
            f'<span class="small">({_share(counts[o.value], tally.accepted)})</span></td>'
            for o in OUTCOMES
        )
        rows.append(
            f'<tr data-class="{_e(class_id)}"><td>{_e(names[class_id])} '
            f'<span class="small">({_e(class_id)})</span></td>{cells}</tr>'
        )
    return (
        f'<table id="counts{suffix}"><thead><tr><th>Class</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _missing_section(tally: ReportTally, top: int, suffix: str = "") -> str:
    names = _class_names(tally)
    columns = []
    for class_id in tally.class_ids:
        undetermined = tally.outcomes[class_id][Outcome.UNDETERMINED.value]
        facts = tally.top_missing(class_id, top)
        if facts:
            items = "".join(
                f'<li>{_e(words)} <span class="small">— {n} '
                f"({_share(n, undetermined)})</span></li>"
                for words, n in facts
            )
            rest = len(tally.missing[class_id]) - len(facts)
            more = f'<p class="small">and {plural(rest, "other fact")}</p>' if rest > 0 else ""
            body = f"<ol>{items}</ol>{more}"
        else:
            body = '<p class="small">No fact is missing.</p>'
        columns.append(
            f'<div data-class="{_e(class_id)}"><h3>{_e(names[class_id])}</h3>'
            f'<p class="small">{plural(undetermined, "undetermined claim")}; claims lacking each '
            'fact:</p>'
            f"{body}</div>"
        )
    return f'<div class="cols" id="missing{suffix}">{"".join(columns)}</div>'


def _changes_section(tally: ReportTally, suffix: str = "") -> str:
    if not tally.alternatives:
        return '<p class="small">No other reading was compared.</p>'
    names = _class_names(tally)
    eligible = {c.id for c in tally.action.classes if c.kind is ClassKind.ELIGIBILITY}
    head = "".join(
        f'<th data-class="{_e(c)}">{_e(c)} <span class="small">{_e(names[c])}</span></th>'
        for c in tally.class_ids
    )
    rows = []
    for index, alternative in enumerate(tally.alternatives):
        counter = tally.changes[index]
        cells = []
        for class_id in tally.class_ids:
            moves = sorted(
                ((before, after, n) for (c, before, after), n in counter.items() if c == class_id),
                key=lambda move: -move[2],
            )
            # An eligibility to claim moves between eligible and not, not between member and not.
            words = ELIGIBLE_WORDS if class_id in eligible else OUTCOME_WORDS
            text = "".join(
                f'<span class="move"><span>{_e(words.get(before, before))} → '
                f"{_e(words.get(after, after))}</span><b>{n}</b></span>"
                for before, after, n in moves
            )
            cells.append(
                f'<td data-class="{_e(class_id)}">{text or "<span class=small>none</span>"}</td>'
            )
        rows.append(
            f'<tr data-reading="{_e(alternative.reading)}" data-value="{_e(alternative.value)}">'
            f"<td>{_e(alternative.reading)} {_e(alternative.name)} = <b>{_e(alternative.value)}</b>"
            f'<br><span class="small">{_e(alternative.question)}</span></td>'
            f'<td class="n" data-changed="{tally.changed[index]}">{tally.changed[index]}<br>'
            f'<span class="small">({_share(tally.changed[index], tally.accepted)})</span></td>'
            f"{''.join(cells)}</tr>"
        )
    return (
        f'<table id="changes{suffix}" class="changes"><colgroup>'
        '<col class="reading"><col class="changed">'
        f"{'<col>' * len(tally.class_ids)}</colgroup>"
        "<thead><tr><th>Reading changed, alone</th>"
        f'<th class="n">Claims<br>changed</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


_OTHER_IDS = 10  # the claim ids shown of the first questions not listed one by one


def _follow_up_section(tally: ReportTally, top: int, suffix: str = "") -> str:
    names = _class_names(tally)
    blocks = []
    for class_id in tally.class_ids:
        groups = sorted(tally.follow_up[class_id].items(), key=lambda item: (-item[1][0], item[0]))
        if not groups:
            continue
        rows = []
        for question, (count, ids) in groups[:top]:
            shown = _followed(ids)
            rest = count - len(ids)
            more = f" and {rest} more" if rest and ids else ""
            if not ids:
                shown = "no claim ids given"
            rows.append(
                f'<li data-count="{count}">{_e(question)} — <b>{plural(count, "claim")}</b>: '
                f'<span class="ids">{shown}{more}</span></li>'
            )
        others = sum(count for _, (count, _) in groups[top:])
        if others:
            # Their ids too, as many as a question's: a claim left out of the groups shown could
            # not be followed up from the page (a trial's administrator).
            ids = [i for _, (_, some) in groups[top:] for i in some][:_OTHER_IDS]
            shown = _followed(ids)
            rest = others - len(ids)
            more = f" and {rest} more" if rest and ids else ""
            rows.append(
                f"<li>other first questions — <b>{plural(others, 'claim')}</b>"
                + (f': <span class="ids">{shown}{more}</span>' if ids else "") + "</li>"
            )
        blocks.append(
            f'<div data-class="{_e(class_id)}"><h3>{_e(names[class_id])}</h3>'
            f"<ol>{''.join(rows)}</ol></div>"
        )
    if not blocks:
        return '<p class="small">No claim is undetermined.</p>'
    return f'<div class="cols follow-up" id="follow-up{suffix}">{"".join(blocks)}</div>'


def _readings_line(tally: ReportTally, suffix: str = "") -> str:
    record = tally.readings.as_record()
    defaults = {spec.name: spec.default for spec in tally.action.readings}
    ids = {spec.name: spec.id for spec in tally.action.readings}
    parts = []
    for name, value in record.items():
        mark = "" if defaults.get(name) == value else " (not the default)"
        parts.append(f"{_e(ids.get(name, ''))} {_e(name)} = <b>{_e(value)}</b>{_e(mark)}")
    return f'<p id="readings{suffix}" class="small">{"; ".join(parts)}.</p>'


def _membership_heading(action: Action) -> str:
    """The heading of the counts: an eligibility to claim, counted beside the classes, is named."""
    claiming = any(c.kind is ClassKind.ELIGIBILITY for c in action.classes)
    return f"<h2>Membership by class{', and eligibility to claim' if claiming else ''}</h2>"


def _summary_line(read: int, accepted: int, rejected: int, warned: int = 0,
                  repeated: int = 0) -> str:
    summary = (
        f"{plural(read, 'record')} read: {plural(accepted, 'claim')} accepted, "
        f"{plural(rejected, 'record')} rejected (invalid, not determined)."
    )
    # What classify says of them on standard error (cli/outputs.py, Tally.lines): a trial's
    # counsel read counts that held one claimant three times, with no word of it here.
    if repeated:
        summary += (
            f" Of the claims accepted, {repeated} repeat{'s' if repeated == 1 else ''} an "
            "earlier record's claim id, and each is counted below."
        )
    if warned:
        summary += (
            f" {plural(warned, 'claim')} accepted with a warning (a likely slip, read as given): "
            "see the warnings column of classify's output, or classaction validate."
        )
    return (
        f'<p id="summary" data-read="{read}" data-accepted="{accepted}" '
        f'data-rejected="{rejected}" data-repeated="{repeated}" data-warned="{warned}">'
        f"{_e(summary)}</p>"
    )


def _rejected_by_kind(rejections: Mapping[str, int], shown: int = 12) -> list[str]:
    """The records rejected, by kind of error, most first (a trial's administrator found only
    their number on the page): a path and a rule, never a value; past the first ``shown``, the
    rest folded under a line that opens them (a later one read "and 17 more kinds of error"
    with no way to see them)."""
    if not rejections:
        return []
    ranked = sorted(rejections.items(), key=lambda item: (-item[1], item[0]))

    def rows(kinds: list[tuple[str, int]]) -> str:
        return "".join(f"<tr><td>{count}</td><td>{_e(kind_of_error_in_words(kind))}</td></tr>"
                       for kind, count in kinds)

    head = "<thead><tr><th>records</th><th>where, and what is wrong</th></tr></thead>"
    parts = [
        '<table id="rejected"><caption>Records rejected, by kind of error (a record with '
        f"several is counted under each)</caption>{head}<tbody>{rows(ranked[:shown])}</tbody>"
        "</table>",
    ]
    more = len(ranked) - shown
    if more > 0:
        parts.append(f"<details><summary>{plural(more, 'more kind')} of error</summary>"
                     f"<table>{head}<tbody>{rows(ranked[shown:])}</tbody></table></details>")
    parts.append('<p class="note"><code>classaction validate</code> gives each record\'s '
                 "errors.</p>")
    return parts


def _summary_parts(tally: ReportTally, top: int, suffix: str = "") -> list[str]:
    """An action's counts, chart, missing facts, outcome changes and readings."""
    return [
        _counts_table(tally, suffix),
        _chart(tally, suffix),
        "<h2>Facts most often missing</h2>",
        '<p class="small">The facts that would help settle an undetermined class, '
        "each counted once per claim whatever the photograph or use it concerns.</p>",
        _missing_section(tally, top, suffix),
        "<h2>Outcome changes under other readings</h2>",
        '<p class="small">Each alternative reading in the action seed, applied alone to the '
        "accepted claims: how many change outcome in some class, and how.</p>",
        _changes_section(tally, suffix),
        "<h2>Readings used</h2>",
        _readings_line(tally, suffix),
    ]


def _follow_up_parts(tally: ReportTally, top: int, suffix: str = "") -> list[str]:
    """An action's undetermined claims to follow up, on a page of their own."""
    return [
        f'<section id="follow-up-page{suffix}" class="follow-up-page">'
        "<h2>Undetermined claims to follow up</h2>",
        '<p class="small">Per class, the undetermined claims by the first question to put to '
        f"each (the most useful for that claim), with the claim ids of the first {FOLLOW_UP_IDS} "
        "(or where each was read, where it has none to show): the keys of this batch, nothing "
        "from a claimant's contact details. Every claim's own questions are in its output "
        "record: the open questions column of the CSV, the missing facts of JSON Lines.</p>",
        _follow_up_section(tally, top, suffix),
        "</section>",
    ]


_FOOTER = (
    "<footer>Counts, fact questions and claim ids only: no claimant's contact or photograph "
    "appears in this report, and a claim id in the form of a name (alone or beside a "
    "reference), an e-mail address, a postal address or a telephone number is withheld (one "
    "written otherwise, all in small letters, is shown as given). An undetermined outcome "
    "means the facts given are not enough to decide; see each claim's determination for its "
    "reasons and sources."
    "</footer>"
)


def _document(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title>"
        f"<style>{_STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )


def _page(
    tally: ReportTally, generated_on: dt.date, top: int, rejections: Mapping[str, int],
    *, warned: int = 0, repeated: int = 0,
) -> str:
    action = tally.action
    title = action.style_of_cause[-1].title
    body = [
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(action.court)}, file {_e(action.file_number)} · '
        f"Summary of a batch of claims for class counsel</p>",
        f'<p class="meta">Prepared {_e(generated_on.isoformat())} with classaction '
        f"{_e(__version__)} · as of {_e(tally.readings.as_of.isoformat())}</p></header>",
        _membership_heading(action),
        _summary_line(tally.read, tally.accepted, tally.rejected, warned, repeated),
        *_rejected_by_kind(rejections),
        *_summary_parts(tally, top),
        *_follow_up_parts(tally, top),
        _FOOTER,
    ]
    return _document(f"{title} — {action.file_number} — batch summary", body)


# --- several actions ---------------------------------------------------------------------


class FamilyReportTally:
    """The summary of a batch over several actions, each record read once and counted for
    each action by its own :class:`ReportTally`; :meth:`html` renders one page with a section
    per action, in the order given (each action's counts, missing facts, outcome changes under
    its own readings, readings and undetermined claims, as the page of one action has them)."""

    def __init__(self, tallies: Sequence[ReportTally]) -> None:
        if not tallies:
            raise ValueError("a summary needs an action")
        self.tallies = tuple(tallies)

    @property
    def read(self) -> int:
        return self.tallies[0].read

    @property
    def rejected(self) -> int:
        return self.tallies[0].rejected

    @property
    def accepted(self) -> int:
        return self.read - self.rejected

    def add(self, claim: Claim | None, where: str | None = None) -> None:
        """Count one record for every action: a claim, or None if rejected; ``where`` as
        :meth:`ReportTally.add` takes it."""
        for tally in self.tallies:
            tally.add(claim, where=where)

    def add_raw(self, raw: RawRecord) -> None:
        """Count one record as read from a file: parsed and validated once, determined here
        under each action."""
        self.add(read_raw(raw)[1], where=read_at(raw))

    def add_entries(
        self, report: tuple[str, tuple[ReportEntry, ...]], repeated: bool = False
    ) -> None:
        """Count one record for every action, from :func:`entries_of`."""
        where, entries = report
        for tally, entry in zip(self.tallies, entries, strict=True):
            tally.add_entry(entry, where, repeated)

    def html(
        self, *, generated_on: dt.date | None = None, top: int = 5,
        rejections: Mapping[str, int] | None = None, warned: int = 0, repeated: int = 0,
    ) -> str:
        return _family_page(self, generated_on or dt.date.today(), top, rejections or {},
                            warned=warned, repeated=repeated)


def _family_page(
    family: FamilyReportTally, generated_on: dt.date, top: int, rejections: Mapping[str, int],
    *, warned: int = 0, repeated: int = 0,
) -> str:
    ids = [tally.action.id for tally in family.tallies]
    title = f"{_listed_words(ids)}: summary of a batch of claims"
    body = [
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="meta">Summary of a batch of claims for class counsel, one section per '
        f"action: {_e(_listed_words(ids))}</p>",
        f'<p class="meta">Prepared {_e(generated_on.isoformat())} with classaction '
        f"{_e(__version__)}</p></header>",
        _summary_line(family.read, family.accepted, family.rejected, warned, repeated),
        *_rejected_by_kind(rejections),
    ]
    for tally in family.tallies:
        action = tally.action
        suffix = f"-{action.id}"
        body += [
            f'<section class="action" id="action{suffix}" data-action="{_e(action.id)}">',
            f"<h2>{_e(action.id)}: {_e(action.style_of_cause[-1].title)}</h2>",
            f'<p class="meta">{_e(action.court)}, file {_e(action.file_number)} · as of '
            f"{_e(tally.readings.as_of.isoformat())}</p>",
            _membership_heading(action),
            *_summary_parts(tally, top, suffix),
            *_follow_up_parts(tally, top, suffix),
            "</section>",
        ]
    body.append(_FOOTER)
    return _document(title, body)


def _listed_words(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
