"""Batch runs over corpora: WARC, JSONL and CSV in, Parquet tables out, on this machine or on Spark.

:mod:`~eventcoder.batch.splits` (the units of work), :mod:`~eventcoder.batch.process` (one split
to table rows: the function both engines run), :mod:`~eventcoder.batch.output` (the folder
layout, atomic commits, manifests), :mod:`~eventcoder.batch.runner` (the run and the local
engine), :mod:`~eventcoder.batch.spark` (the Spark engine), :mod:`~eventcoder.batch.dedup`
(canonical events at scale with the store's rules) and :mod:`~eventcoder.batch.load` (into a
store). See docs/batch.md.
"""
