"""Citations are values: the record's text unchanged, a person's form made from their parts."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import classaction as ca
from classaction import actions
from classaction.engine.cite import Citation, Cited, in_seed, joined, reading, source

_TITLES = {"000_f6320da5831e1abe.txt": "RCMP note, 2020-07-20"}


def test_a_citation_is_its_record_text_and_reads_by_its_parts() -> None:
    cited = Citation(source("000_f6320da5831e1abe.txt"), ", the words \"All natural persons\"",
                     in_seed("t-724-20.json", "reading R1"))
    assert cited == ('000_f6320da5831e1abe.txt, the words "All natural persons" '
                     "(seeds/t-724-20.json, reading R1)")
    read = cited.for_reader(_TITLES.get)
    assert read == 'RCMP note, 2020-07-20, the words "All natural persons" (reading R1)'
    # A place in the seed file with nothing named is not read at all; a source with no title
    # is read as cited.
    assert Citation("the class", in_seed("x.json")).for_reader(_TITLES.get) == "the class"
    assert source("Copyright Act").for_reader(_TITLES.get) == "Copyright Act"


def test_citations_joined_and_nested_keep_their_parts() -> None:
    both = joined(reading("t-724-20.json", "R9"), "Copyright Act, s. 9(1)")
    assert both == "reading R9 (seeds/t-724-20.json); Copyright Act, s. 9(1)"
    assert both.for_reader(_TITLES.get) == "reading R9; Copyright Act, s. 9(1)"
    assert Citation(both, ": more").parts[-1] == ": more"
    assert all(not isinstance(p, Citation) for p in Citation(both, both).parts)


def test_a_citation_survives_pickling_with_its_parts() -> None:
    # Determinations cross process boundaries (classify --jobs) and the cache.
    cited = Citation(Cited("seeds/t-713-20.json, class CR", "class CR"), " (a paraphrase)")
    again = pickle.loads(pickle.dumps(cited))
    assert again == cited and again.parts == cited.parts
    assert again.for_reader(_TITLES.get) == "class CR (a paraphrase)"


_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_SEED_FILES = re.compile(r"seeds/|\d{3}_[0-9a-f]{16}\.txt")


def test_no_reason_a_person_reads_names_a_seed_file() -> None:
    """Every citation that names the seed file or a seed document is a value a person reads by
    title: a rule that cited one as plain text would fail here."""
    seen = 0
    for name in ("claims.jsonl", "family.jsonl"):
        for line in (_EXAMPLES / name).read_text("utf-8").splitlines():
            try:
                claim = ca.claim_from_record(json.loads(line))
            except Exception:  # the bad examples: not claims
                continue
            for bundle in actions.bundles().values():
                determination = bundle.determine(claim, explain=True)
                cited = []
                for cls in determination.classes:
                    for finding in cls.findings:
                        cited += [finding.citation] + [r.citation for r in finding.reasons]
                if determination.share is not None:  # a settlement's share, with its reasons
                    cited += [determination.share.citation]
                    cited += [r.citation for r in determination.share.reasons]
                for citation in cited:
                    seen += 1
                    read = bundle.action.readable(citation)
                    assert not _SEED_FILES.search(read), (bundle.id, citation)
                    if _SEED_FILES.search(citation):
                        assert isinstance(citation, Citation), citation
    assert seen > 1000
