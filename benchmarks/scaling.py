"""How a ranked determination's time grows with the number of photographs in one claim.

    pip install '.[test]' && python benchmarks/scaling.py
    python benchmarks/scaling.py --sizes 1 10 100 1000 --repeat 3

Two make-ups, each a claim of n photographs made the same way:
- sparse: each photograph states only that the claimant took it and that the claimant's face
  is not in it; whether Clearview collected it is left out, so every photograph stays open
  (the claim of the issue on ranking);
- mixed: four kinds of photograph in turn (the claimant's own with its date and collection
  left out, a stranger's showing the claimant's face, a portrait ordered in 2010 with
  nothing said of its collection, a staff photograph), and an RCMP use of one in ten.
Each size is determined ranked and with --no-rank, under R9 = apply (the default) and
strict; the figure is the fastest of --repeat runs, in milliseconds. The last columns divide
each size's ranked time by that of the size ten times smaller.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import time
from collections.abc import Callable

import classaction as ca
from classaction.actions import get as _action

_rcmp = _action()

CLAIMANT, OTHER = ca.Party.CLAIMANT, ca.Party.OTHER


def _person() -> ca.Person:
    return ca.Person(
        kind=ca.PersonKind.NATURAL, born_on=dt.date(1980, 1, 1), deceased=False,
        residence=(ca.Period(start=dt.date(1980, 1, 1), ongoing=True),), citizenship=(),
    )


def sparse(n: int) -> ca.Claim:
    photos = tuple(
        ca.Photograph(id=f"p{i}", author=CLAIMANT, claimant_face_appears=False) for i in range(n)
    )
    return ca.Claim(claimant=_person(), photographs=photos, statements=ca.Statements(False, False, False))


def _mixed_photo(i: int) -> ca.Photograph:
    kind = i % 4
    if kind == 0:
        return ca.Photograph(id=f"p{i}", author=CLAIMANT, claimant_face_appears=False)
    if kind == 1:
        return ca.Photograph(id=f"p{i}", author=OTHER, claimant_face_appears=True,
                             collected_by_clearview=True, made_on=dt.date(2018, 5, 1))
    if kind == 2:
        return ca.Photograph(id=f"p{i}", author=OTHER, claimant_face_appears=True,
                             made_on=dt.date(2010, 6, 1), commissioned=True, commissioner=CLAIMANT)
    return ca.Photograph(id=f"p{i}", author=CLAIMANT, claimant_face_appears=False,
                         collected_by_clearview=True, made_in_course_of_employment=True,
                         employer=OTHER, made_on=dt.date(2016, 3, 1))


def mixed(n: int) -> ca.Claim:
    photos = tuple(_mixed_photo(i) for i in range(n))
    uses = tuple(
        ca.PoliceUse(photograph=f"p{i}", agency=ca.Agency.RCMP, service=ca.Service.CLEARVIEW)
        for i in range(1, n, 10)
    )
    return ca.Claim(claimant=_person(), photographs=photos, police_uses=uses)


def best(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"classaction {ca.__version__}; Python {platform.python_version()}; "
          f"{platform.machine()}; {platform.system()}")
    print(f"{'make-up':8} {'R9':7} {'photographs':>11} {'ranked ms':>10} {'no-rank ms':>10} "
          f"{'missing':>8} {'x per 10x':>9}")
    # The first determination loads the action and builds its rules: not part of any figure.
    for presumptions in ca.Presumptions:
        _rcmp.determine(mixed(1), ca.Readings(presumptions=presumptions))
    for name, make in (("sparse", sparse), ("mixed", mixed)):
        for presumptions in ca.Presumptions:
            readings = ca.Readings(presumptions=presumptions)
            previous: dict[int, float] = {}
            for n in args.sizes:
                claim = make(n)
                ranked = best(lambda: _rcmp.determine(claim, readings), args.repeat)  # noqa: B023
                unranked = best(
                    lambda: _rcmp.determine(claim, readings, rank_missing=False), args.repeat  # noqa: B023
                )
                missing = sum(len(c.missing) for c in _rcmp.determine(claim, readings).classes)
                growth = f"{ranked / previous[n // 10]:9.1f}" if n // 10 in previous else f"{'':>9}"
                previous[n] = ranked
                print(f"{name:8} {presumptions.value:7} {n:11,} {ranked:10.1f} {unranked:10.1f} "
                      f"{missing:8,} {growth}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
