"""A fast rule-based sentence splitter for news text (no spaCy).

Rules, in order:

* a blank line (paragraph break) always ends a sentence;
* a single line break ends a sentence when the line before ends with final punctuation, or
  when it is a short headline-style line (under ``WRAP_MIN`` characters) and the next line
  does not start in lower case; long lines without final punctuation are taken as hard-wrapped
  text and joined;
* inside a line, ``.``, ``!`` or ``?`` (with closing quotes or brackets) followed by space and
  an upper-case letter, digit or opening quote ends a sentence (so does a period with no space
  between a lower-case word and a capitalised one, as scraped text often has), except after a known
  abbreviation (titles, ranks, months, ``No.`` before a number), a single initial, or a
  dotted acronym (``U.S.``, ``U.N.``) unless the next word is a common sentence opener.

Every :class:`~eventcoder.model.Sentence` has offsets into the text it was given, stripped of
surrounding white space, so ``text[s.start:s.end]`` is the sentence.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.model import Sentence

__all__ = ["ABBREVIATIONS", "WRAP_MIN", "abbreviations", "split_sentences"]

# Lines at least this long that end without punctuation are taken as hard-wrapped prose.
WRAP_MIN = 60

# Words that never end a sentence when followed by a period (compared case-sensitively
# after the first letter is kept as written, so "Gen." matches and "gen." does not).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Mr Mrs Ms Mx Dr Prof Sr Jr St Mt Ft Gen Gens Lt Col Maj Capt Cpt Sgt Cpl Pvt Pte Adm Brig Cmdr Comdr Cdr
    Gov Sen Rep Reps Rev Pres Supt Insp Hon Amb Sheikh Sh Hr Messrs Mme Mlle Fr Sgt Lieut Cmdt Rtd Ret
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    approx Approx est Est vs Vs viz cf Fig fig Vol vol Sec sec Dept Univ Corp Co Inc Ltd Bros Ave Blvd Rd
    e.g i.e etc al
    """.split()
)


@functools.cache
def abbreviations() -> frozenset[str]:
    """ABBREVIATIONS plus the words (one a line, ``#`` comments) of the file named by ``EVENTCODER_ABBREVIATIONS``."""
    extra = os.environ.get("EVENTCODER_ABBREVIATIONS")
    if not extra:
        return ABBREVIATIONS
    try:
        lines = Path(extra).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"EVENTCODER_ABBREVIATIONS={extra!r} cannot be read ({exc.strerror}); give a text file "
                          "with one abbreviation a line, without the final period") from None
    words = {ln.split("#", 1)[0].strip().rstrip(".") for ln in lines}
    return ABBREVIATIONS | {w for w in words if w}


# Abbreviations that are only abbreviations before a number ("No. 5", "Art. 3").
_NUMERIC_ABBREVIATIONS = frozenset({"No", "Nos", "no", "Nr", "Art", "art", "Para", "para", "pp", "p"})
# After a dotted acronym ("U.S.") a sentence ends only when one of these words follows.
_OPENERS = frozenset(
    """
    The A An He She It They We I You In On At But And This That These Those There His Her Their Its Our
    According After Before Meanwhile However Police Officials Residents Witnesses Some Many No Also When While
    """.split()
)

_PARA = re.compile(r"\n[ \t\f\v\r]*\n\s*")
_LINE = re.compile(r"\n")
# A candidate end: final punctuation, closing quotes/brackets, white space, then what may open a sentence.
_END = re.compile(
    r"[.!?](?:[.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u024f])"
    # Scraped text often loses the space after a period ("officials said.Two rockets"): a period between
    # a lower-case word and a capitalised one still ends the sentence.
    r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))"
)
_FINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*\s*$")
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]*([\w.]+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")


def split_sentences(text: str, start: int, end: int, section: str) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences of ``section`` with offsets into ``text``."""
    sentences: list[Sentence] = []
    pos = start
    for brk in _PARA.finditer(text, start, end):
        _split_paragraph(text, pos, brk.start(), section, sentences)
        pos = brk.end()
    _split_paragraph(text, pos, end, section, sentences)
    return sentences


def _split_paragraph(text: str, start: int, end: int, section: str, out: list[Sentence]) -> None:
    """Split one paragraph at the line breaks that end a sentence, then inside the lines."""
    pos = start
    for nl in _LINE.finditer(text, start, end):
        line = text[pos : nl.start()]
        nxt = text[nl.end() : nl.end() + 1]
        if not line.strip():
            pos = nl.end()
            continue
        if _FINAL.search(line) or (len(line.strip()) < WRAP_MIN and not nxt.islower()):
            _split_line(text, pos, nl.start(), section, out)
            pos = nl.end()
    _split_line(text, pos, end, section, out)


def _split_line(text: str, start: int, end: int, section: str, out: list[Sentence]) -> None:
    """Split a run of text (no sentence-ending line breaks) at sentence-final punctuation."""
    pos = start
    for m in _END.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            _emit(text, pos, m.end(), section, out)
            pos = m.end()
    _emit(text, pos, end, section, out)


def _is_boundary(text: str, punct: int, after: int, end: int) -> bool:
    """Whether the punctuation at ``punct`` really ends a sentence (not an abbreviation)."""
    if text[punct] != "." or after - punct > 1 and text[punct + 1] == ".":
        # "!", "?" and ellipses followed by a capital end a sentence.
        return True
    before = _WORD_BEFORE.search(text, max(0, punct - 40), punct)
    if before is None:
        return True
    word = before.group(1).lstrip("\"'(\u201c\u2018[")
    nxt_match = _NEXT_WORD.match(text, after, end)
    nxt = nxt_match.group(1) if nxt_match else ""
    if word in abbreviations():
        return False
    if word in _NUMERIC_ABBREVIATIONS:
        return not nxt[:1].isdigit()
    if len(word) == 1 and word.isupper():
        # An initial ("John F. Kennedy"); a sentence rarely ends on one capital letter.
        return False
    if _DOTTED.search(word + "."):
        return nxt.rstrip(".") in _OPENERS
    return True


def _emit(text: str, start: int, end: int, section: str, out: list[Sentence]) -> None:
    """Append the sentence ``text[start:end]`` without its surrounding white space, if any."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, section))
