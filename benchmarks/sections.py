"""Replace one "### name" section of docs/performance.md, leaving the rest of the report as it was."""

from __future__ import annotations

from pathlib import Path


def replace_section(report: Path, name: str, markdown: str) -> None:
    """Put ``markdown`` as the section ``### name`` of ``report`` (replacing the previous one, else appended)."""
    text = report.read_text(encoding="utf-8") if report.is_file() else "# Performance\n"
    head = f"### {name}\n"
    start = text.find(head)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + head + "\n" + markdown + "\n"
    else:
        rest = text[start + len(head):]
        end = rest.find("\n### ")
        tail = "" if end < 0 else rest[end:]
        text = text[:start] + head + "\n" + markdown.strip("\n") + "\n" + tail
    report.write_text(text, encoding="utf-8")
