"""``eventcoder eval``: score the pipeline or a prediction file against gold; write docs/accuracy.md."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventcoder.cli._output import dumps, names_undecodable

KINDS = ("gold", "acled", "wad", "reference", "bbc", "news", "clusters")
SPLITS = ("heldout", "train")


@click.command("eval")
@click.argument("gold", required=False, metavar="[GOLD]")
@click.option("--pred", "preds", metavar="PRED.jsonl", multiple=True,
              help="Score this prediction file (as `extract --format jsonl` writes) instead of running the pipeline; "
                   "repeat to compare several systems or versions side by side.")
@click.option("--kind", type=click.Choice(KINDS), default=None,
              help="Gold format; detected from the ids (acled:, wad:), the gold (a BBC topic, a news page's "
                   "negative_kind, a cluster's incident) or a folder with gold.json when not given. "
                   "`clusters`: pages about known incidents; ingests them into a fresh store and scores "
                   "deduplication: page-pair precision/recall, confusable pairs merged, events per incident "
                   "(every stored event holding a page of the incident, as ../shared/tools/score_dedup.py counts), "
                   "and where those events come from: missed merges, another town on the incident's day, "
                   "another kind of event (docs/store.md).")
@click.option("--split", type=click.Choice(SPLITS), default=None,
              help="Score only the held-out quarter (never trained on) or the train split of the fixed split. "
                   "Clusters: the table shows both parts; --errors keeps only this part's page pairs.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option("--orders", type=click.IntRange(min=1), default=1, show_default=True,
              help="Clusters: also store the pages in N arrival orders (file order, reversed, then shuffles) and "
                   "give the worst and median figures over them (docs/store.md).")
@click.option("--seed", type=int, default=0, show_default=True, help="Clusters: the seed of the shuffled orders.")
@click.option("--sample", is_flag=True, help="With --limit: draw the N documents at random (fixed seed).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "errors_path", metavar="PATH", default=None,
              help="Write every missed, spurious or wrong event as JSON lines (one per problem) to PATH.")
@click.option("--export-gold", "export_path", metavar="PATH", default=None,
              help="Write the gold documents (after the adapter, --limit and --sample) in the gold format to PATH "
                   "and stop; never commit one made from ../shared/.")
@click.option("--report", "report_path", metavar="PATH", default=None,
              help="Write Markdown to PATH; without GOLD, the whole accuracy report (docs/accuracy.md).")
@click.option("--dev-limit", type=click.IntRange(min=1), default=None,
              help="Documents drawn (fixed seed) from each development set for the accuracy report; default all.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that run the pipeline.")
@click.option("--slices", default="country,event_type,format", show_default=True,
              help="Comma-separated slice names: country, event_type, format, or any label of the records' "
                   "`slice` (region, record_type, fatalities_in_text for the development sets).")
@names_undecodable("gold", "preds")
def eval_command(gold: str | None, preds: tuple[str, ...], kind: str | None, split: str | None, limit: int | None,
                 sample: bool, as_json: bool, errors_path: str | None, export_path: str | None,
                 report_path: str | None, dev_limit: int | None, jobs: int, slices: str, orders: int = 1,
                 seed: int = 0) -> None:
    """Score event extraction against GOLD (gold JSONL, ACLED/WAD development set, or a sample folder)."""
    from eventcoder import api

    if gold is None:
        if report_path is None:
            raise click.UsageError("give a GOLD file, or --report PATH to regenerate the accuracy report")
        text = api.accuracy_report(dev_limit=dev_limit, jobs=jobs)
        Path(report_path).write_text(text, encoding="utf-8")
        click.echo(f"wrote {report_path}", err=True)
        return
    if kind == "clusters" or (kind is None and _is_clusters(gold)):
        _dedup(gold, as_json=as_json, report_path=report_path, errors_path=errors_path, split=split,
               orders=orders, seed=seed)
        return
    if export_path:
        docs, _ = api.load_gold(gold, kind=kind, limit=limit, sample=sample, split=split)
        with Path(export_path).open("w", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(dumps(doc.to_record()) + "\n")
        click.echo(f"wrote {len(docs)} gold documents to {export_path}", err=True)
        return
    names = tuple(name.strip() for name in slices.split(",") if name.strip())
    if len(preds) > 1:
        _compare(gold, preds, kind=kind, limit=limit, sample=sample, slices=names, as_json=as_json,
                 report_path=report_path, split=split)
        return
    pred = preds[0] if preds else None
    report = api.evaluate(gold, pred=pred, kind=kind, limit=limit, sample=sample, jobs=jobs, slices=names,
                          split=split)
    if errors_path:
        with Path(errors_path).open("w", encoding="utf-8") as handle:
            for row in report.errors:
                handle.write(dumps(row) + "\n")
    if report_path:
        options = [f"--pred {pred}" if pred else "", f"--kind {kind}" if kind else "",
                   f"--split {split}" if split else "",
                   f"--limit {limit}" if limit else "", "--sample" if sample and limit else "",
                   f"--slices {slices}" if names != ("country", "event_type", "format") else ""]
        command = " ".join(["eventcoder eval", gold, *(o for o in options if o)])
        title = f"# Evaluation of {gold}\n\nCommand: `{command}`\n\n"
        Path(report_path).write_text(title + report.to_markdown(), encoding="utf-8")
    if as_json:
        click.echo(dumps(report.to_dict()))
        return
    _print_markdown(report.to_markdown())


def _compare(gold: str, preds: tuple[str, ...], *, kind: str | None, limit: int | None, sample: bool,
             slices: tuple[str, ...], as_json: bool, report_path: str | None, split: str | None = None) -> None:
    from eventcoder import api
    from eventcoder.evaluation.report import compare_markdown

    reports = {pred: api.evaluate(gold, pred=pred, kind=kind, limit=limit, sample=sample, slices=slices, split=split)
               for pred in preds}
    if as_json:
        click.echo(dumps({pred: report.to_dict() for pred, report in reports.items()}))
        return
    text = compare_markdown(reports)
    if report_path:
        Path(report_path).write_text(f"# Comparison on {gold}\n\n{text}", encoding="utf-8")
    _print_markdown(text)


def _is_clusters(gold: str) -> bool:
    from eventcoder.dedup.clusters import is_clusters_file

    return Path(gold).is_file() and is_clusters_file(gold)


def _dedup(gold: str, *, as_json: bool, report_path: str | None, errors_path: str | None,
           split: str | None = None, orders: int = 1, seed: int = 0) -> None:
    from eventcoder import api

    report = api.evaluate_dedup(gold, split=split, orders=orders, seed=seed)
    if errors_path:
        with Path(errors_path).open("w", encoding="utf-8") as handle:
            for row in report.errors:
                handle.write(dumps(row) + "\n")
    text = report.to_markdown()
    if report_path:
        Path(report_path).write_text(f"# Deduplication on {gold}\n\nCommand: `eventcoder eval {gold}`\n\n{text}\n",
                                     encoding="utf-8")
    if as_json:
        click.echo(dumps(report.to_dict()))
        return
    _print_markdown(text)


def _print_markdown(text: str) -> None:
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        click.echo(text)


COMMANDS: list[click.Command] = [eval_command]
