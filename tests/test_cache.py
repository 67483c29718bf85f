"""classify --cache: a re-run writes exactly what a fresh run writes, reusing only what has not changed."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import zlib
from pathlib import Path

import pytest
from test_cli import ROOT, run

from classaction.cli import cache as _cache
from classaction.cli.cache import CacheError, LineCache, fingerprint, run_context

EXAMPLES = ROOT / "examples" / "claims.jsonl"
BAD = ROOT / "examples" / "bad_claims.jsonl"


def _inputs(tmp_path: Path) -> Path:
    """The example claimants and the example bad records in one file (both kinds of line)."""
    source = tmp_path / "claims.jsonl"
    source.write_bytes(EXAMPLES.read_bytes() + BAD.read_bytes())
    return source


def _classify(source: Path, out: Path, *options: str) -> tuple[str, int | None]:
    done = run("classify", str(source), "-o", str(out), *options)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    reused = re.search(r"reused from the cache: (\d+) of (\d+)", done.stderr)
    return out.read_text("utf-8"), None if reused is None else int(reused.group(1))


@pytest.mark.parametrize("options", [(), ("--jobs", "2"), ("--format", "csv")])
def test_a_rerun_writes_what_a_fresh_run_writes(tmp_path: Path, options: tuple[str, ...]) -> None:
    source = _inputs(tmp_path)
    records = len(source.read_text("utf-8").splitlines())
    fresh, none = _classify(source, tmp_path / "fresh", *options)
    assert none is None  # no cache, no count
    cache = str(tmp_path / "lines.cache")
    first, reused_first = _classify(source, tmp_path / "first", *options, "--cache", cache)
    again, reused_again = _classify(source, tmp_path / "again", *options, "--cache", cache)
    assert first == fresh and again == fresh
    assert (reused_first, reused_again) == (0, records)


def test_only_what_changed_is_determined_again(tmp_path: Path) -> None:
    source = _inputs(tmp_path)
    cache = str(tmp_path / "lines.cache")
    _classify(source, tmp_path / "first", "--cache", cache)
    lines = source.read_text("utf-8").splitlines(keepends=True)
    # One record edited, and the records in another order: a kept line is written in its new place.
    lines[0] = lines[0].replace('"natural"', '"legal"', 1)
    assert lines[0] != source.read_text("utf-8").splitlines(keepends=True)[0]
    moved = tmp_path / "moved.jsonl"
    moved.write_text("\n" + "".join(reversed(lines)), "utf-8")
    again, reused = _classify(moved, tmp_path / "again", "--cache", cache)
    fresh, _ = _classify(moved, tmp_path / "fresh")
    assert again == fresh
    assert reused == len(lines) - 1


def test_another_reading_or_option_reuses_nothing(tmp_path: Path) -> None:
    source = _inputs(tmp_path)
    cache = str(tmp_path / "lines.cache")
    _classify(source, tmp_path / "first", "--cache", cache)
    for options in (("--reading", "R3=both"), ("--as-of", "2021-01-01"), ("--no-rank",)):
        again, reused = _classify(source, tmp_path / "again", *options, "--cache", cache)
        fresh, _ = _classify(source, tmp_path / "fresh", *options)
        assert again == fresh, options
        assert reused == 0, options


def test_a_rejection_is_reused_only_on_the_day_it_was_written(tmp_path: Path) -> None:
    # Its messages can name the day ("is after today"), and the record may be valid later.
    path = tmp_path / "lines.cache"
    context = run_context("jsonl", True, {})
    day = dt.date(2026, 1, 1)
    cache = LineCache(path, context, lambda: b"sample", today=day)
    cache.put(b"rejected", b"r", False, ())
    cache.put(b"accepted", b"a", True, (("PB", "MEMBER"),))
    cache.put(b"warned", b"w", True, (("PB", "MEMBER"),), warned=True)
    cache.close()
    same_day = LineCache(path, context, lambda: b"sample", today=day)
    assert same_day.get(b"rejected") == (b"r", False, (), False)
    next_day = LineCache(path, context, lambda: b"sample", today=day + dt.timedelta(days=1))
    assert next_day.get(b"rejected") is None
    assert next_day.get(b"accepted") == (b"a", True, (("PB", "MEMBER"),), False)
    # An accepted record's warning is kept with it, for the run's summary.
    assert next_day.get(b"warned") == (b"w", True, (("PB", "MEMBER"),), True)
    assert next_day.reused == 2


def test_the_key_holds_everything_a_line_depends_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contexts = {
        run_context("jsonl", True, {"rights_held": "either"}),
        run_context("jsonl", True, {"rights_held": "both"}),
        run_context("csv", True, {"rights_held": "either"}),
        run_context("jsonl", False, {"rights_held": "either"}),
    }
    assert len(contexts) == 4
    # Another version of a library that writes messages or lines: nothing is reused either.
    installed = _cache._installed
    monkeypatch.setattr(
        _cache, "_installed", lambda name: "0.0" if name == "orjson" else installed(name)
    )
    assert run_context("jsonl", True, {"rights_held": "either"}) not in contexts
    # Any change to a file of the library changes its fingerprint, so its lines are not reused.
    package = tmp_path / "classaction"
    (package / "sub").mkdir(parents=True)
    (package / "_rules.py").write_text("RULE = 1\n")
    (package / "sub" / "data.json").write_text("{}")
    (package / "__pycache__").mkdir()
    before = fingerprint(package)
    (package / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    assert fingerprint(package) == before  # what Python writes beside the sources does not count
    (package / "sub" / "data.json").write_text('{"a": 1}')
    assert fingerprint(package) != before


def test_a_file_that_is_not_a_cache_is_refused_clearly(tmp_path: Path) -> None:
    source = _inputs(tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("Ann Example, ann@example.org\n" * 100, "utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('format', 'something else')")
    for path, says in ((text, "cannot use"), (other, "is not a classaction cache")):
        done = run("classify", str(source), "-o", str(tmp_path / "out"), "--cache", str(path))
        assert done.returncode == 2
        assert says in done.stderr and "Traceback" not in done.stderr
        assert "ann@example.org" not in done.stderr
        assert not (tmp_path / "out").exists()
    with pytest.raises(CacheError):
        LineCache(other, b"", lambda: b"sample")


def test_a_cache_that_cannot_be_written_stops_the_run_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from classaction.cli import main as _cli

    def full(self: LineCache) -> None:
        if self._pending:
            raise CacheError(f"cannot write the cache {self.path}: database or disk is full")

    monkeypatch.setattr(LineCache, "flush", full)
    out = tmp_path / "out.jsonl"
    status = _cli.main(["classify", str(_inputs(tmp_path)), "-o", str(out),
                        "--cache", str(tmp_path / "lines.cache")])
    err = capsys.readouterr().err
    assert status == 2
    assert "cannot write the cache" in err and "disk is full" in err
    assert not out.exists()  # no half-written output


def test_a_cache_of_the_earlier_format_is_refused_with_what_to_do(tmp_path: Path) -> None:
    old = tmp_path / "old.cache"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("format", b"classaction-line-cache-1"), ("dictionary", b"words"),
        ])
    done = run("classify", str(_inputs(tmp_path)), "-o", str(tmp_path / "out"), "--cache", str(old))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "classaction-line-cache-1" in done.stderr and "delete it" in done.stderr


def test_a_damaged_kept_line_ends_the_run_with_a_message(tmp_path: Path) -> None:
    source, cache = _inputs(tmp_path), tmp_path / "lines.cache"
    _classify(source, tmp_path / "first.jsonl", "--cache", str(cache))
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE line SET tail = X'00FF00FF'")
    done = run("classify", str(source), "-o", str(tmp_path / "out"), "--cache", str(cache))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "damaged line" in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_packed_line_expands_to_itself_and_is_smaller() -> None:
    line = (EXAMPLES.read_bytes().splitlines()[0] * 3) + "é\n".encode()
    packer = _cache.Packer(EXAMPLES.read_bytes()[:4000])
    packed = packer.pack(line)
    assert packer.unpack(packed) == line
    assert len(packed) < len(line) / 3
    with pytest.raises(zlib.error):
        packer.unpack(packed[: len(packed) // 2])  # a cut line is not taken for a whole one
