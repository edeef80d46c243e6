"""No function grows past what a reader holds in mind: about 60 lines (STYLE.md; issue 9's done-when).

McCabe complexity is ruff's C901 (pyproject.toml); this test adds the length bound ruff does not have.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventcoder"
MAX_LINES = 60
# Every package of src/eventcoder, and "." for its top-level modules.
PACKAGES = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").is_file()) + ["."]


def _long_functions(package: str) -> list[str]:
    found = []
    folder = SRC / package
    for path in sorted(folder.glob("*.py") if package == "." else folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_LINES:
                    found.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({length} lines)")
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_no_function_over_60_lines(package: str) -> None:
    assert not _long_functions(package), f"split these functions: {_long_functions(package)}"
