"""What is wrong with a record, said so that a person can act on it.

An error names where (the record's line, a JSON path into it), what (a plain
message) and which rule (the schema keyword, or the name of the check). A
message never repeats a value from the record: records carry personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import evolve, field, frozen

# The form of every field name of the schemas: a key of another form (a capital, a space, a
# dash: "Tremblay") is not repeated, as it may be personal data, unless it is a field name
# written with capitals, a space or a dash ("Contact", "e-mail", "born on").
_SAFE_KEY = re.compile(r"[a-z_][a-z0-9_]{0,63}")
_SPELT = re.compile(r"[ _-]")
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]{0,63})|\[(\d+)\]")

Part = str | int
"""A key of an object or an index of a list, one step of a path."""


@frozen
class RecordError:
    """One problem with a record.

    ``path`` is a JSON path (``$`` is the whole record, ``$.photographs[0].made_on``
    a value in it); ``keyword`` is the JSON Schema keyword that failed, or the
    name of the check (``json``, ``duplicate-key``, ``depth``, ``size``,
    ``encoding``, ``consistency``, ``structure``; ``internal`` where the library
    failed on a record it could not judge); ``line`` is the line of the
    input where the record (or, for a syntax error, the fault) is, and in a
    record read from a JSON document, ``line`` and ``column`` are those of the
    place the path names (see :mod:`classaction._places`).

    ``key``, for an error about one key of the object at ``path`` (a key the
    schema does not know, a key given twice), is that key, so that the error
    can be placed at it in the text. It is never shown, takes no part in
    comparisons and is left out of the error as JSON (``classaction.unstructure``):
    a key that is not a field name may itself be personal data. (``attrs.asdict``,
    which knows nothing of this, copies it.)
    """

    path: str
    message: str
    keyword: str
    line: int | None = None
    column: int | None = None
    key: str | None = field(default=None, kw_only=True, eq=False, repr=False)

    @property
    def pointer(self) -> str:
        """The same place as a JSON Pointer (RFC 6901)."""
        parts = re.findall(r"\.([^.\[]+)|\[(\d+)\]", self.path)
        return "".join("/" + (name or index).replace("~", "~0").replace("/", "~1")
                       for name, index in parts)

    def at_line(self, line: int, column: int | None = None) -> RecordError:
        """The same error at a line of the input (and a column of that line)."""
        return evolve(self, line=line, column=column)

    def __str__(self) -> str:
        where = "" if self.line is None else f"line {self.line}: "
        if self.line is not None and self.column is not None:
            where = f"line {self.line}, column {self.column}: "
        return f"{where}{self.path}: {self.message} [{self.keyword}]"


class InvalidRecord(ValueError):
    """A record that cannot be used, with every error found in it."""

    def __init__(self, errors: Iterable[RecordError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


def path_of(parts: Iterable[Part]) -> str:
    """A JSON path from a sequence of keys and indexes."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _SAFE_KEY.fullmatch(part):
            out += f".{part}"
        else:
            out += "[?]"  # a key that is not a field name is not repeated
    return out


def parts_of(path: str) -> tuple[Part, ...]:
    """The keys and indexes of a JSON path written by :func:`path_of`, up to the first that
    is withheld (``[?]``): ``$.photographs[1].made_on`` is ``("photographs", 1, "made_on")``."""
    parts: list[Part] = []
    at = 1 if path.startswith("$") else len(path)
    while (step := _STEP.match(path, at)) is not None:
        parts.append(step[1] if step[1] is not None else int(step[2]))
        at = step.end()
    return tuple(parts)


def spelt_as(key: str, name: str) -> bool:
    """Whether ``key`` is the field ``name`` written with capitals, spaces or dashes."""
    return len(key) <= 64 and key.isascii() and _SPELT.sub("", key.lower()) == _SPELT.sub("", name)


def key_name(key: str, known: Iterable[str] = ()) -> str:
    """A key as it may be shown: in a field name's form, or one of ``known`` written with
    capitals, spaces or dashes; anything else withheld."""
    if _SAFE_KEY.fullmatch(key):
        return f"'{key}'"
    if any(spelt_as(key, name) for name in known):
        return f"'{key}'"
    return "(a key that is not a field name)"


# A rule (a schema keyword or a check) in a few words, for the summary's count of rejections.
_RULE_WORDS = {
    "json": "not valid JSON", "encoding": "not UTF-8", "size": "too large",
    "several": "more than one record", "type": "the wrong kind of value",
    "enum": "not one of the values listed", "pattern": "not of the form required",
    "format": "no such date or value", "required": "a required key missing",
    "additionalProperties": "an unknown key", "propertyNames": "an unknown key",
    "minLength": "too short", "maxLength": "too long", "not": "not of the form required",
    "consistency": "facts that cannot all be true", "minItems": "too few items",
    "maxItems": "too many items", "uniqueItems": "an item given twice",
    "minimum": "too small", "maximum": "too large", "duplicate-key": "a key given twice",
    "depth": "nested too deeply", "structure": "cannot be read as a claim",
    "const": "not the value required", "minProperties": "empty",
    "dependentRequired": "a key given without the key it needs",
    "internal": "could not be judged (a fault of the library, not of the record)",
}

# A kind of error whose rule's words would mislead on one path: a claim id in the form of
# personal data is a "consistency" error (records/consistency.py, _claim_id), not facts at odds.
_PATH_RULE_WORDS = {("$.claim_id", "consistency"): "in the form of personal data (an e-mail)"}


_AN_INDEX = re.compile(r"\[\d+\]")


def rejection_reasons(errors: tuple[RecordError, ...]) -> tuple[str, ...]:
    """A rejected record's kinds of error, each once: its path with any index as ``[*]`` and
    its rule ("$.photographs[*].made_on [pattern]"), as a batch's summary counts them and
    :func:`kind_of_error_in_words` reads them."""
    return tuple(dict.fromkeys(f"{_AN_INDEX.sub('[*]', e.path)} [{e.keyword}]" for e in errors))


def kind_of_error_in_words(kind: str) -> str:
    """A kind of error ("$.claimant.born_on [pattern]": a path, any index as ``[*]``, and a
    rule) with its rule in a few words: "$.claimant.born_on: not of the form required
    [pattern]"."""
    path, _, keyword = kind.rpartition(" [")
    rule = keyword.rstrip("]")
    words = _PATH_RULE_WORDS.get((path, rule)) or _RULE_WORDS.get(rule, "")
    return f"{path}{': ' + words if words else ''} [{keyword}"
