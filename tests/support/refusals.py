"""Where the code refuses something with a stable code, read from the source (for the catalogue tests)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

CODE = re.compile(r"[a-z_]+(\.[a-z_]+)*")


def coded_calls(root: Path, takes: Callable[[str, str], bool]) -> dict[str, list[set[str]]]:
    """code -> the keyword names passed at each call ``name("code", ...)`` under ``root`` that
    ``takes(name, code)`` accepts. The document helper ``_error(code, path, problem, **params)``
    always passes ``path``."""
    found: dict[str, list[set[str]]] = {}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if not (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and CODE.fullmatch(first.value)
                and takes(name, first.value)
            ):
                continue
            passed = {keyword.arg for keyword in node.keywords if keyword.arg}
            if name == "_error":
                passed.add("path")
            found.setdefault(first.value, []).append(passed)
    return found
