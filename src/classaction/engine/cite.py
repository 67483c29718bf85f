"""Citations as values: the sources a reason rests on, and where in them.

A :class:`Citation` is the text every determination record carries (it *is* that string,
unchanged), made of parts: plain words, and places in a source (:class:`Cited`) that a
person reads otherwise than the record names them: a seed document by its title and date
(``000_f6320da5831e1abe.txt`` read as "RCMP question-period note ..., 2020-07-20"), and a
place in the action's seed file by what it is ("reading R9", "timeline, rcmp-access-ends"),
the file left unnamed. The renderers format a citation with :meth:`Citation.for_reader`; no
text is rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attrs import frozen


@frozen
class Cited:
    """A place in a source: as the record names it (``record``), and as a person reads it
    (``reader``; None: the title of the action's source whose citation is ``record``)."""

    record: str
    reader: str | None = None



class Citation(str):
    """A citation: its record form is the string itself; ``parts`` are its words and the
    places it cites (a citation among the parts is taken apart into its own)."""

    parts: tuple[str | Cited, ...]

    def __new__(cls, *parts: str | Cited) -> Citation:
        flat: list[str | Cited] = []
        for part in parts:
            if isinstance(part, Citation):
                flat.extend(part.parts)
            else:
                flat.append(part)
        self = super().__new__(cls, "".join(p if isinstance(p, str) else p.record for p in flat))
        self.parts = tuple(flat)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self.parts,))

    def for_reader(self, title: Callable[[str], str | None]) -> str:
        """The citation as a person reads it: each source by ``title(record)`` where it has
        one, each place in the seed file by what it is."""
        return "".join(
            part if isinstance(part, str)
            else part.reader if part.reader is not None
            else title(part.record) or part.record
            for part in self.parts
        )


def _rebuilt(parts: tuple[str | Cited, ...]) -> Citation:
    return Citation(*parts)


def source(citation: str) -> Citation:
    """A source of the action, named by its citation (a seed document: its file name)."""
    return Citation(Cited(citation))


def in_seed(seed: str, *where: str) -> Cited:
    """A place in the action's seed file, in parentheses after what it grounds:
    " (seeds/t-724-20.json, reading R1)" in the record, " (reading R1)" to a person, nothing
    where no place is named, nor for a reference of the seed alone ("reference
    summary-notice"), which a person reads by its title already."""
    at = ", ".join(where)
    said = "" if not at or (len(where) == 1 and at.startswith("reference ")) else f" ({at})"
    return Cited(f" (seeds/{seed}{', ' + at if at else ''})", said)


def reading(seed: str, number: str, said: str = "") -> Citation:
    """A reading of the action: "reading R9 (seeds/t-724-20.json)" in the record ("reading R9
    applies it (seeds/...)" with ``said``), "reading R9" to a person."""
    return Citation(Cited(f"reading {number}{said} (seeds/{seed})", f"reading {number}{said}"))


def joined(*citations: str) -> Citation:
    """Several citations, as one: "; " between them."""
    parts: list[str | Cited] = []
    for index, citation in enumerate(citations):
        if index:
            parts.append("; ")
        parts.append(citation)
    return Citation(*parts)


def for_reader(citation: str, title: Callable[[str], str | None]) -> str:
    """Any citation as a person reads it (one with no parts is read as written)."""
    return citation.for_reader(title) if isinstance(citation, Citation) else citation
