"""The batch digest of a record parsed from JSON equals the library's canonical digest."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classaction.cli import inputs as _batch
from classaction.engine.core import canonical_json, digest
from classaction.records.parse import parse_json

# Text from every plane (surrogates cannot be parsed from JSON), whole numbers as the parser
# allows them, and the structures JSON has.
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)))
JSON = st.recursive(
    st.none() | st.booleans() | TEXT | st.integers(-(10**18) + 1, 10**18 - 1),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=500)
@given(JSON)
def test_the_batch_digest_is_the_canonical_digest(value: object) -> None:
    record = {"value": value}
    assert _batch.json_digest(record) == digest(record)


@pytest.mark.parametrize("text", ["\x00\x1f\x7f", "\u2028\u2029", "é𝄞\ufeff", '"\\/'])
def test_escapes_are_written_alike(text: str) -> None:
    record = {text: [text], "b": text}
    assert _batch._canonical(record) == canonical_json(record)


def test_the_example_claims_digest_alike() -> None:
    root = Path(__file__).resolve().parents[1]
    for line in (root / "examples" / "claims.jsonl").read_bytes().splitlines():
        if line.strip():
            value = parse_json(line)
            assert _batch.json_digest(value) == digest(value)
