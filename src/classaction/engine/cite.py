"""Citations as values: the sources a reason rests on, and where in them.

A :class:`Citation` is the text every determination record carries (it *is* that string,
unchanged), made of parts: plain words, and places in a source (:class:`Cited`) that a
person reads otherwise than the record names them: a seed document by its title and date
(``000_f6320da5831e1abe.txt`` read as "RCMP question-period note ..., 2020-07-20"), and a
place in the action's seed file by what it is ("reading R9", "timeline, rcmp-access-ends"),
the file left unnamed. The renderers format a citation with :meth:`Citation.for_reader`; no
text is rewritten, but that sections of one statute cited in turn are cited together
(:func:`sections_joined`).
"""

from __future__ import annotations

import re
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
    """Any citation as a person reads it (one with no parts is read as written), a statute
    named once for its sections cited together (:func:`sections_joined`)."""
    if not isinstance(citation, Citation):
        return citation
    read = citation.for_reader(title)
    return "; ".join(sections_joined(read.split("; "))) if "; " in read else read


# A statute's section cited alone: "Copyright Act, R.S.C. 1985, c. C-42, s. 9(1)". A section
# cited with more words ("s. 6, as replaced by ...", "former s. 13(2) (repealed ...)") is not.
_SECTION = re.compile(r"(.+?, (?:R\.S\.C\. \d{4}|S\.C\. \d{4}), c\. [\w-]+), s\. (\d[\w.()]*)")


def sections_joined(pieces: list[str]) -> list[str]:
    """Citations in turn, each section of a statute cited alone joined to the first of that
    statute, which names them all: "Copyright Act, R.S.C. 1985, c. C-42, ss. 9(1), 12" (a
    lawyer read the Act's full name, chapter and all, twice in one parenthesis). The Revised
    Statutes' convention: the statute named once, "ss." before its sections, in their order."""
    out: list[str] = []
    sections: dict[str, list[str]] = {}  # by statute, its sections, at the statute's place
    where: dict[str, int] = {}
    for piece in pieces:
        cited = _SECTION.fullmatch(piece)
        if cited is None:
            out.append(piece)
            continue
        statute, section = cited.groups()
        if statute not in sections:
            sections[statute] = []
            where[statute] = len(out)
            out.append(piece)
        if section not in sections[statute]:
            sections[statute].append(section)
    for statute, cited_sections in sections.items():
        if len(cited_sections) > 1:
            cited_sections.sort(key=lambda section: [int(n) for n in re.findall(r"\d+", section)])
            out[where[statute]] = f"{statute}, ss. {', '.join(cited_sections)}"
    return out
