"""Output lines of earlier runs, kept so that a re-run does not determine again what has not changed.

A claims administrator re-runs a whole file whenever a record changes. The
output line of a record depends only on the record's bytes, the readings, the
options of the run (output format, ranking), the library itself (its code,
schemas and seeds) and the versions of the libraries it uses. The cache keys
each line by a SHA-256 of exactly those, so a record, a reading, an option or
a library that changes is simply not found and is determined afresh; nothing
is ever invalidated by hand.

Two further points keep a reused line equal to the one a fresh run would write:

* The place of a record (its file and line) is not part of what is kept; the
  head of the line that holds it is written anew.
* A rejected record's messages can name today's date (a date "is after today"),
  and a record rejected today may be valid later, so a rejected line is reused
  only on the day it was written. An accepted record stays accepted as days
  pass (its dates only recede into the past) and its determination does not
  depend on the day: the assessment date is a reading.

The file is an SQLite database (the standard library's ``sqlite3``); lines are
compressed with zlib's raw deflate against a dictionary of typical lines kept
in the file, which packs a line of about 6,000 bytes into about 350.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from .._resources import names, read_text
from .._version import __version__

FORMAT = "classaction-line-cache-2"
"""The kind of cache file; -2 packs lines as raw deflate (-1 used zlib streams)."""
_PACKAGE_SUFFIXES = (".py", ".so", ".pyd", ".json")


class CacheError(Exception):
    """A cache file that cannot be opened, read or written; the message says which and why."""


def fingerprint(package: Path) -> bytes:
    """A digest of the module and data files under ``package`` (not what Python caches there)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in _PACKAGE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.digest()


@cache
def library_fingerprint() -> bytes:
    """A digest of the library as installed: version, module files, schemas and seeds.

    Any change to the code or the data the rules rest on changes it, so lines
    kept by another build of the library are never reused.
    """
    digest = hashlib.sha256(__version__.encode())
    digest.update(fingerprint(Path(str(resources.files("classaction")))))
    for folder in ("schemas", "seeds"):
        for name in names(folder):
            digest.update(f"{folder}/{name}".encode() + b"\0" + read_text(folder, name).encode())
    return digest.digest()


# The libraries whose behaviour reaches an output line: messages, conversion, the JSON writer.
_DEPENDENCIES = ("attrs", "cattrs", "jsonschema", "jsonschema-rs", "orjson")


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def run_context(kind: str, rank_missing: bool, readings: Mapping[str, Any]) -> bytes:
    """Everything besides the record that an output line depends on, as bytes."""
    options = json.dumps(
        {"format": kind, "rank": rank_missing, "readings": readings,
         "dependencies": {name: _installed(name) for name in _DEPENDENCIES}},
        sort_keys=True, separators=(",", ":"), default=str,
    )
    return hashlib.sha256(FORMAT.encode() + library_fingerprint() + options.encode()).digest()


def record_key(context: bytes, data: bytes) -> bytes:
    """The key of one record's line: the run's context and the record's bytes."""
    return hashlib.sha256(context + data).digest()


class Packer:
    """Compresses and expands the part of a line that is kept (the same dictionary both ways).

    Raw deflate, level 3, memLevel 5: against zlib streams at level 1 (the
    first format), counted with callgrind over 1,000 lines of the synthetic
    benchmark, it packs a line into a third less (335 bytes against 506),
    with a third fewer instructions to pack and three fifths fewer to expand.
    A raw stream carries no checksum of the dictionary, which zlib otherwise
    works out on every line expanded.
    """

    _LEVEL, _WBITS, _MEMLEVEL = 3, -15, 5

    def __init__(self, dictionary: bytes) -> None:
        self.dictionary = dictionary
        # Primed with the dictionary once; a copy per line is cheaper than priming anew.
        self._primed = zlib.compressobj(
            self._LEVEL, zlib.DEFLATED, self._WBITS, self._MEMLEVEL, zdict=dictionary
        )

    def pack(self, data: bytes) -> bytes:
        packer = self._primed.copy()
        return packer.compress(data) + packer.flush()

    def unpack(self, data: bytes) -> bytes:
        expander = zlib.decompressobj(self._WBITS, zdict=self.dictionary)
        expanded = expander.decompress(data) + expander.flush()
        if not expander.eof:
            raise zlib.error("incomplete packed line")
        return expanded


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS line ("
    " key BLOB PRIMARY KEY, tail BLOB NOT NULL, accepted INTEGER NOT NULL,"
    " outcomes TEXT NOT NULL, day TEXT)",
)

Stored = tuple[bytes, bool, tuple[tuple[str, str], ...], bool]
"""A kept line: its packed tail, whether the record was accepted, the outcome per class, and
whether it was accepted with a warning."""


class LineCache:
    """The cache file of ``classify --cache``: lines by key, read and written by one process."""

    def __init__(
        self, path: Path, context: bytes, sample: Callable[[], bytes], today: dt.date | None = None
    ) -> None:
        """Open (or create) the cache at ``path`` for a run whose :func:`run_context` is ``context``.

        ``sample`` gives typical line bytes, the compression dictionary; it is
        called only when the file is new.
        """
        self.path = path
        self.context = context
        self.today = (today or dt.date.today()).isoformat()
        self.reused = 0
        try:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                for statement in _SCHEMA:
                    self._db.execute(statement)
                kept = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
                if not kept:
                    kept = {"format": FORMAT.encode(), "dictionary": sample()}
                    self._db.executemany("INSERT INTO meta VALUES (?, ?)", kept.items())
        except sqlite3.Error as error:
            raise CacheError(f"cannot use {path} as a cache: {error}") from None
        if kept.get("format") != FORMAT.encode() or "dictionary" not in kept:
            self._db.close()
            written = kept.get("format")  # written as bytes by every version
            if isinstance(written, bytes) and written.startswith(b"classaction-line-cache-"):
                raise CacheError(
                    f"{path} is a cache of another kind ({written.decode(errors='replace')}, "
                    f"this version writes {FORMAT}); delete it or name a new file"
                )
            raise CacheError(f"{path} is not a classaction cache of this kind ({FORMAT})")
        self.packer = Packer(bytes(kept["dictionary"]))
        self._pending: list[tuple[bytes, bytes, int, str, str | None]] = []

    def key(self, data: bytes) -> bytes:
        return record_key(self.context, data)

    def get(self, key: bytes) -> Stored | None:
        """The line kept under ``key``, unless there is none or it is a rejection from another day."""
        try:
            row = self._db.execute(
                "SELECT tail, accepted, outcomes, day FROM line WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as error:
            raise CacheError(f"cannot read the cache {self.path}: {error}") from None
        if row is None or (row[3] is not None and row[3] != self.today):
            return None
        self.reused += 1
        outcomes = tuple(
            (pair.partition("=")[0], pair.partition("=")[2]) for pair in row[2].split(",") if pair
        )
        return bytes(row[0]), bool(row[1] & 1), outcomes, bool(row[1] & 2)

    def expand(self, tail: bytes) -> bytes:
        """A kept line's tail as written; a damaged one ends the run with a message."""
        try:
            return self.packer.unpack(tail)
        except zlib.error:
            raise CacheError(
                f"the cache {self.path} holds a damaged line; delete it or name a new file"
            ) from None

    def put(
        self, key: bytes, tail: bytes, accepted: bool, outcomes: Iterable[tuple[str, str]],
        warned: bool = False,
    ) -> None:
        """Keep a line (written to the file at the next :meth:`flush`). Its ``accepted`` column
        holds a warning too, as its second bit."""
        self._pending.append((
            key, tail, int(accepted) | int(warned) << 1, ",".join(f"{c}={o}" for c, o in outcomes),
            None if accepted else self.today,
        ))

    def flush(self) -> None:
        if not self._pending:
            return
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany(
                    "INSERT OR REPLACE INTO line VALUES (?, ?, ?, ?, ?)", self._pending
                )
        except sqlite3.Error as error:
            raise CacheError(f"cannot write the cache {self.path}: {error}") from None
        self._pending.clear()

    def close(self) -> None:
        """Write what is pending and close the file (closed even when the writing fails)."""
        try:
            self.flush()
        finally:
            self._pending.clear()
            self._db.close()
