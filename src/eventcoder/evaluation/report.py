"""EvalReport: the scores of one run, as a dict (``--json``) or as Markdown tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["HEADLINE", "EvalReport", "compare_markdown", "format_table", "pages_markdown", "topics_markdown"]

# The few scores that summarise a run: (column title, path in metrics).
HEADLINE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("docs", ("documents",)),
    ("gold events", ("detection", "gold_events")),
    ("predicted", ("detection", "predicted_events")),
    ("P", ("detection", "precision")),
    ("R", ("detection", "recall")),
    ("F1", ("detection", "f1")),
    ("doc P", ("document_detection", "precision")),
    ("doc R", ("document_detection", "recall")),
    ("event type", ("fields", "event_type", "accuracy")),
    ("sub-event type", ("fields", "sub_event_type", "accuracy")),
    ("actor1", ("fields", "actor1", "accuracy")),
    ("date", ("fields", "event_date", "accuracy")),
    ("fatality total exact", ("fatalities", "totals", "exact")),
    ("injury total exact", ("injuries", "totals", "exact")),
    ("within 25 km", ("location", "within_25km")),
    ("same country", ("location", "same_country")),
    ("wrong country", ("location", "wrong_country_rate")),
)

_SLICE_ROWS = 15  # the Markdown shows the largest slices; the JSON has them all


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value).replace("|", "/")


def format_table(header: list[str], rows: list[list[Any]]) -> str:
    """A GitHub Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _dig(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


@dataclass(slots=True)
class EvalReport:
    """The outcome of ``evaluate``: run description, scores, slices, confusion, reliability and errors."""

    meta: dict[str, Any]
    metrics: dict[str, Any]
    slices: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    confusion_sub: dict[str, dict[str, int]] = field(default_factory=dict)
    reliability: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, *, with_errors: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; the per-document error list only when asked for."""
        data: dict[str, Any] = {
            "meta": self.meta,
            "metrics": self.metrics,
            "slices": self.slices,
            "confusion": self.confusion,
            "confusion_sub_event_type": self.confusion_sub,
            "reliability": self.reliability,
        }
        if with_errors:
            data["errors"] = self.errors
        return data

    def headline(self) -> list[Any]:
        """The summary scores, in the order of HEADLINE."""
        return [_dig(self.metrics, path) for _, path in HEADLINE]

    def to_markdown(self, *, heading: str = "###") -> str:
        """Readable Markdown tables of every score (no document text, so it may be published)."""
        m = self.metrics
        count_line = (f"Documents: {m['documents']} (without a prediction: {m['documents_without_prediction']}, "
                      f"failed: {m['documents_failed']}).")
        if "topics" in m:
            return "\n\n".join([count_line, *topics_markdown(m["topics"], heading)]) + "\n"
        parts = [
            count_line,
            *(pages_markdown(m["news_pages"], heading) if "news_pages" in m else []),
            *self._detection_parts(heading),
            *self._field_parts(heading),
            *self._location_parts(heading),
            *self._type_parts(heading),
            *self._slice_parts(heading),
        ]
        return "\n\n".join(parts) + "\n"

    def _detection_parts(self, heading: str) -> list[str]:
        det, ddet = self.metrics["detection"], self.metrics["document_detection"]
        return [
            f"{heading} Event detection",
            format_table(
                ["measure", "gold events", "predicted", "precision", "recall", "F1", "splits", "duplicates",
                 "spurious"],
                [["type + place + date", det["gold_events"], det["predicted_events"], det["precision"], det["recall"],
                  det["f1"], det["splits"], det["duplicates"], det["spurious"]],
                 ["place + date (type ignored)", det["gold_events"], det["predicted_events"],
                  det["ignoring_type"]["precision"], det["ignoring_type"]["recall"], det["ignoring_type"]["f1"],
                  "", "", ""]],
            ),
            "Missed gold events, by failing check (one event may fail several): "
            + (", ".join(f"{k} {v}" for k, v in det.get("missed_because", {}).items()) or "none") + ".",
            f"Documents with at least one event: precision {_cell(ddet['precision'])}, recall {_cell(ddet['recall'])}, "
            f"accuracy {_cell(ddet['accuracy'])} (tp {ddet['tp']}, fp {ddet['fp']}, fn {ddet['fn']}, tn {ddet['tn']}).",
        ]

    def _field_parts(self, heading: str) -> list[str]:
        m = self.metrics
        parts = [
            f"{heading} Fields of the aligned event",
            format_table(["field", "gold events coding it", "accuracy", "accuracy when aligned"],
                         [[k, v["n"], v["accuracy"], v["accuracy_when_aligned"]] for k, v in m["fields"].items() if v["n"]]),
            "First predicted event against the first gold event (as a judge reading only the first event "
            f"scores): event_type {_cell(m['first_prediction']['event_type'])}, "
            f"sub_event_type {_cell(m['first_prediction']['sub_event_type'])}.",
            f"{heading} Fatalities and injuries",
            format_table(
                ["count", "scope", "n", "exact", "in gold range", "within max(1, 10%)", "mean abs. error"],
                [[name, scope, s["n"], s["exact"], s["in_range"], s["within_10pct"], s["mae"]]
                 for name in ("fatalities", "injuries")
                 for scope, s in [("per event", m[name]["events"]), ("document total", m[name]["totals"]),
                                  *[(f"total, gold {k}", v) for k, v in m[name]["totals_by_gold_size"].items()]]
                 if s["n"]],
            ),
        ]
        window = m.get("dates_outside_window") or {}
        if window.get("n_predicted_with_date"):
            parts.append(f"Predicted events dated more than {window['window_days']} days outside the gold events' dates "
                         f"(usually background coded as news): {_cell(window['rate'])} of "
                         f"{window['n_predicted_with_date']} dated predictions.")
        return parts

    def _location_parts(self, heading: str) -> list[str]:
        loc = self.metrics["location"]
        return [
            f"{heading} Location",
            format_table(
                ["gold events with coordinates", "within 10 km", "within 25 km", "within 100 km", "no coordinates",
                 "same admin1", "same country", "no event predicted", "wrong-country rate (all predictions)"],
                [[loc["n_with_coordinates"], loc["within_10km"], loc["within_25km"], loc["within_100km"],
                  loc["no_coordinates"], loc["same_admin1"], loc["same_country"], loc.get("no_prediction"),
                  loc["wrong_country_rate"]]],
            ),
        ]

    def _type_parts(self, heading: str) -> list[str]:
        parts: list[str] = []
        if self.confusion:
            columns = sorted({c for row in self.confusion.values() for c in row})
            parts += [f"{heading} Confusion of event types (rows gold, columns predicted)",
                      format_table(["gold \\ predicted", *columns],
                                   [[g, *(row.get(c, 0) for c in columns)] for g, row in self.confusion.items()])]
        types = self.metrics.get("event_type_scores") or {}
        if types.get("per_label"):
            sub = (self.metrics.get("sub_event_type_scores") or {}).get("macro_f1")
            parts += [f"{heading} Event types: precision, recall and F1 per type",
                      format_table(["event type", "gold events", "precision", "recall", "F1"],
                                   [[k, v["n"], v["precision"], v["recall"], v["f1"]] for k, v in types["per_label"].items()]),
                      f"Macro-F1 over event types {_cell(types.get('macro_f1'))}; over sub-event types {_cell(sub)} "
                      "(per sub-event type in the JSON output). Misses count against recall, spurious events against "
                      "precision."]
        if any(r["n"] for r in self.reliability):
            parts += [f"{heading} Reliability (precision by confidence)",
                      format_table(["confidence", "predictions", "correct", "precision"],
                                   [[r["confidence"], r["n"], r["correct"], r["precision"]] for r in self.reliability])]
        return parts

    def _slice_parts(self, heading: str) -> list[str]:
        parts: list[str] = []
        for name, values in self.slices.items():
            if len(values) < 2:
                continue
            rows = sorted(values.items(), key=lambda kv: (-kv[1]["documents"], kv[0]))
            shown = rows[:_SLICE_ROWS]
            note = f" (largest {_SLICE_ROWS} of {len(rows)})" if len(rows) > _SLICE_ROWS else ""
            parts += [f"{heading} By {name}{note}",
                      format_table([name, "docs", "gold events", "predicted", "P", "R", "F1", "event type acc.",
                                    "fatality total exact", "within 25 km"],
                                   [[k, v["documents"], v["gold_events"], v["predicted_events"], v["precision"],
                                     v["recall"], v["f1"], v["event_type"], v["fatalities_total_exact"],
                                     v["location_within_25km"]] for k, v in shown])]
        return parts


def topics_markdown(topics: dict[str, Any], heading: str = "###") -> list[str]:
    """Per-topic false events (held-out quarter and all documents) as Markdown parts."""
    held, every = topics.get("heldout"), topics["all"]
    rows = []
    for topic, a in every["topics"].items():
        h = (held or {}).get("topics", {}).get(topic, {})
        held_per_100 = f"{h['events_per_100']:.1f}" if h else None
        rows.append([topic, h.get("documents"), h.get("docs_with_events"), held_per_100, h.get("fatalities"),
                     a["documents"], a["docs_with_events"], f"{a['events_per_100']:.1f}", a["fatalities"]])
    h, a = (held or {}).get("nonconflict") or {}, every["nonconflict"]
    rows.append(["sport+business+tech+entertainment (no world, politics)", h.get("documents"),
                 h.get("docs_with_events"), "", h.get("fatalities"), a["documents"], a["docs_with_events"], "",
                 a["fatalities"]])
    return [f"{heading} Documents given at least one event, per topic",
            "Few articles report an event (a handful of politics ones do), so every event here is most likely "
            "false. Held-out quarter: articles no trained part learned from; all: the whole set, training "
            "articles included.",
            format_table(["topic", "held-out docs", "with events", "events/100", "fatalities", "all docs",
                          "with events", "events/100", "fatalities"], rows)]


def pages_markdown(pages: dict[str, Any], heading: str = "###") -> list[str]:
    """Page-level figures of the news pages as Markdown parts."""
    rows = [["page has events, as the gold says (accuracy)", pages["detected"], pages["documents"]],
            ["precision of 'page has events'", pages["doc_precision"], pages["pages_predicted_with_events"]],
            ["recall of 'page has events'", pages["doc_recall"], pages["pages_with_events"]],
            ["page fatality total exact (null gold counts 0)", pages["fatalities_total_exact"], pages["documents"]]]
    for name, label in (("country_overlap", "a gold country among the predicted"),
                        ("no_foreign_country", "no predicted country outside the gold's"),
                        ("event_type_overlap", "a gold event type among the predicted"),
                        ("date_overlap", "a gold date among the predicted"), ("title", "title")):
        rows.append([label, pages[name], pages[f"{name}_n"]])
    rows.append(["events above 1,000 dead", pages["events_over_1000_dead"], ""])
    return [f"{heading} Pages (as ../shared/tools/score_events.py news scores them)",
            format_table(["measure", "value", "pages"], rows)]


def compare_markdown(reports: dict[str, EvalReport]) -> str:
    """Side-by-side headline scores of several runs on the same gold (one row per system)."""
    header = ["system", *(title for title, _ in HEADLINE)]
    return format_table(header, [[name, *report.headline()] for name, report in reports.items()]) + "\n"
