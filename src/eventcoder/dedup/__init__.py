"""Deduplication: near-duplicate documents (MinHash/LSH) and event-level merging across reports.

:mod:`~eventcoder.dedup.neardup` (documents), :mod:`~eventcoder.dedup.profile` (what a record's document
says beyond its fields: weekday, page date, targets, recalls, toll updates), :mod:`~eventcoder.dedup.merge`
(contradictions and evidence between two records), :mod:`~eventcoder.dedup.incidents` (a report's records that
tell one incident in parts), :mod:`~eventcoder.dedup.linkage` (which stored events a
report's records join, and which they show to be one), :mod:`~eventcoder.dedup.canonical` (the merged event's
fields, conservative fatalities), :mod:`~eventcoder.dedup.evaluate` (written scenarios, false merges) and
:mod:`~eventcoder.dedup.clusters` (page pairs of real coverage).
"""
