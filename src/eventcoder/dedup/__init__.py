"""Deduplication: near-duplicate documents (MinHash/LSH) and event-level merging across reports.

:mod:`~eventcoder.dedup.neardup` (documents), :mod:`~eventcoder.dedup.merge` (when two records are
one event), :mod:`~eventcoder.dedup.canonical` (the merged event's fields, conservative fatalities),
:mod:`~eventcoder.dedup.evaluate` (merge precision and recall on written scenarios).
"""
