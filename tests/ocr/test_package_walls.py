"""The walls of `ocr`, read from the imports of its source (ast, nothing is imported).

- `ocr` never imports `kiosk`;
- reading (every module but `ocr.training` and `ocr.synth`) never imports training or synthesis;
- synthesis never imports training (training writes synthetic forms, not the other way round);
- the parts of `ocr` (its subpackages and top-level modules) import each other without a cycle,
  and so do its modules;
- no module of `ocr` imports a part of the project inside a function (the way round a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ocr

ROOT = Path(ocr.__file__).resolve().parent
#: Not part of reading: the kiosk's run time never needs them.
NOT_RUNTIME = ("ocr.training", "ocr.synth")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def imports(name: str) -> list[tuple[str, bool]]:
    """(imported module, inside a function?) for every import of module ``name``, relative ones resolved.
    ``from package import module`` counts as importing the module."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"), str(MODULES[name]))
    package = name if is_package(name) else name.rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, nested: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = nested or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                found.extend((alias.name, inner) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                for alias in child.names:
                    sub = f"{target}.{alias.name}"
                    found.append((sub if sub in MODULES else target, inner))
            visit(child, inner)

    visit(tree, False)
    return found


def project_imports(name: str) -> list[str]:
    return [target for target, _ in imports(name) if target.split(".")[0] in ("ocr", "kiosk")]


def part(name: str) -> str:
    """The part of ocr a module belongs to: ocr.digits.classifier -> ocr.digits, ocr.read -> ocr.read."""
    return ".".join(name.split(".")[:2])


def within(name: str, packages) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := walk(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := walk(node)):
            return cycle
    return None


def test_the_walk_sees_the_packages():
    assert {"ocr.read", "ocr.register", "ocr.digits.classifier", "ocr.training.train", "ocr.synth.digits"} <= set(
        MODULES
    )
    assert ("ocr.training.augment", False) in imports("ocr.training.formcrops")  # `from . import augment`


@pytest.mark.parametrize("name", sorted(MODULES))
def test_ocr_never_imports_kiosk(name):
    assert not [target for target in project_imports(name) if target.split(".")[0] == "kiosk"]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if not within(n, NOT_RUNTIME)))
def test_reading_never_imports_training_or_synthesis(name):
    assert not [target for target in project_imports(name) if within(target, NOT_RUNTIME)]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if within(n, ["ocr.synth"])))
def test_synthesis_never_imports_training(name):
    assert not [target for target in project_imports(name) if within(target, ["ocr.training"])]


def test_no_cycle_between_the_parts_of_ocr():
    graph: dict[str, set[str]] = {}
    for name in MODULES:
        if name == "ocr":
            continue
        for target in project_imports(name):
            if target != "ocr" and part(target) != part(name):
                graph.setdefault(part(name), set()).add(part(target))
    assert find_cycle(graph) is None


def test_no_cycle_between_the_modules_of_ocr():
    graph = {name: {t for t in project_imports(name) if t in MODULES and t != name} for name in MODULES}
    # A package's __init__ gathers its modules; a module that imports its own package's __init__
    # would close a cycle, and is caught here too.
    assert find_cycle(graph) is None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_import_of_the_project_inside_a_function(name):
    assert not [target for target, inner in imports(name) if inner and target.split(".")[0] in ("ocr", "kiosk")]
