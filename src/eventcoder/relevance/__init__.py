"""Document relevance: does a text report political violence, demonstrations or strategic developments at all?

    from eventcoder.relevance import RelevanceModel
    model = RelevanceModel.default()          # the shipped model, loaded once
    model.score(text)                         # in [0, 1]
    model.score(text) >= model.threshold      # the default decision (model.is_relevant(text))

A linear model over hashed content-word n-grams (docs/relevance.md): cheap enough to run on every document
before the expensive pass, trained by ``python -m eventcoder.relevance.train`` (``make model``).
"""

from __future__ import annotations

from eventcoder.relevance.model import RelevanceModel, Term

__all__ = ["RelevanceModel", "Term"]
