"""Measure the actor dictionary's recall on ACLED notes (a script, not a test).

Usage: .venv/bin/python tests/actors/measure_recall.py [../shared/dev/acled_notes_dev.jsonl] [--misses N]

For each note, every actor mention found in the text is named (event date and country from the note's
coding, as the engine would get them from the date and geocoding stages); a gold actor1/actor2 counts as
recalled when its base name (parenthesised parts removed) is among those names. Prints recall overall,
by inter code, and the most frequent missed base names (names only, never the note text).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from eventcoder.countries import lookup
from eventcoder.extract.actors import ActorLexicon

_PARENS = re.compile(r"\s*\([^()]*\)")


def base(name: str) -> str:
    """ACLED name without its parenthesised parts ("Military Forces of Syria (2000-) Air Force" -> "... Air Force")."""
    prev = None
    while prev != name:
        prev, name = name, _PARENS.sub("", name)
    return " ".join(name.split())


def main(argv: list[str]) -> int:
    show = 40
    if "--misses" in argv:
        i = argv.index("--misses")
        show = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    default = Path(__file__).resolve().parents[3] / "shared" / "dev" / "acled_notes_dev.jsonl"
    path = Path(argv[0]) if argv else default
    lex = ActorLexicon.default()
    total = hit = 0
    by_inter: Counter[str] = Counter()
    by_inter_hit: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    crowd = {"Protesters", "Rioters", "Civilians"}
    crowd_total = crowd_hit = named_hit = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold = rec["gold"]
        country = lookup(gold.get("country") or "")
        iso2 = country.iso2 if country else None
        mentions = lex.find(rec["text"])
        names = {base(lex.name(m, event_date=gold.get("event_date"), event_country=iso2)[0]) for m in mentions}
        crowd_found = any(m.key in crowd for m in mentions)
        for field, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            if not gold.get(field):
                continue
            want = base(gold[field])
            total += 1
            if want in crowd:
                # The engine turns a crowd into protesters or rioters by the event type; count any crowd word.
                crowd_total += 1
                crowd_hit += crowd_found or want in names
            by_inter[str(gold.get(inter))] += 1
            if want in names:
                hit += 1
                named_hit += want not in crowd
                by_inter_hit[str(gold.get(inter))] += 1
            else:
                missed[want] += 1
    print(f"actor recall: {hit}/{total} = {hit / max(total, 1):.3f}")
    print(f"crowd actors (protesters/rioters/civilians) with some crowd word found: {crowd_hit}/{crowd_total}")
    print(
        f"named and armed actors (all others): {named_hit}/{total - crowd_total} = {named_hit / max(total - crowd_total, 1):.3f}"
    )
    for inter, n in sorted(by_inter.items()):
        print(f"  inter {inter}: {by_inter_hit[inter]}/{n} = {by_inter_hit[inter] / n:.3f}")
    print("most frequent misses:")
    for name, n in missed.most_common(show):
        print(f"  {n:5d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
