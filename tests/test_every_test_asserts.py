"""Every test asserts something: a test that only runs code proves only that the code does not raise.

Walks the test files with ``ast`` (nothing is imported or run). A test function passes when its body
(nested functions included: a TUI test's ``async def scenario(pilot)`` is part of it) holds

- an ``assert`` statement, ``raise AssertionError``, ``pytest.raises`` / ``pytest.warns`` /
  ``pytest.fail``, or a ``snap_compare`` call (the TUI's snapshot comparison);
- a call of a function whose name starts with ``assert_`` or ``check_`` (``mock.assert_called_once``,
  a test helper named for what it checks);
- a call of (or a reference to: ``run(app, check)``) a function defined in the test files themselves
  (the same module, a class's own method, or one imported from a module under tests/) whose own body
  holds one of the above. That is followed one level, no further: a helper that only calls another
  helper does not count, so helpers that check say so in their body or their name.

tests/bench is left out: benchmarks print numbers and assert nothing, on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
NOT_TESTS = {"bench"}  # folders pytest does not collect (pyproject: norecursedirs)
CHECKING_PREFIXES = ("assert_", "check_")
PYTEST_CHECKS = {"raises", "warns", "fail", "deprecated_call"}


def _python_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if not NOT_TESTS & set(p.relative_to(TESTS).parts[:-1]))


def _is_test_file(path: Path) -> bool:
    return path.name.startswith("test_") or path.name.endswith("_test.py")


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _checks_directly(node: ast.AST) -> bool:
    """An assertion in ``node``'s own body (nested functions included), without following calls."""
    for child in ast.walk(node):
        if isinstance(child, ast.Assert):
            return True
        if isinstance(child, ast.Raise) and child.exc is not None:
            exc = child.exc.func if isinstance(child.exc, ast.Call) else child.exc
            if isinstance(exc, ast.Name) and exc.id == "AssertionError":
                return True
        if isinstance(child, ast.Call):
            name = _called_name(child)
            if name is None:
                continue
            if name == "snap_compare" or name.startswith(CHECKING_PREFIXES):
                return True
            func = child.func
            if (
                isinstance(func, ast.Attribute)
                and name in PYTEST_CHECKS
                and isinstance(func.value, ast.Name)
                and func.value.id == "pytest"
            ):
                return True
    return False


class Module:
    """One test-tree file: its functions by name (top level and methods), and its imported names."""

    def __init__(self, path: Path):
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.functions: dict[str, list[ast.AST]] = {}
        self.methods: dict[str, dict[str, ast.AST]] = {}
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name there)
        for node in self.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions.setdefault(node.name, []).append(node)
            elif isinstance(node, ast.ClassDef):
                own = {n.name: n for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
                self.methods[node.name] = own
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)

    def tests(self):
        """(qualified name, function node, class methods or None) of each test function."""
        for node in self.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                yield node.name, node, None
            elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                for name, method in self.methods[node.name].items():
                    if name.startswith("test"):
                        yield f"{node.name}.{name}", method, self.methods[node.name]


class TestTree:
    __test__ = False  # not a test class: the tree of test files

    def __init__(self, root: Path, files: list[Path]):
        self.root = root
        self.modules = {path: Module(path) for path in files}
        self.by_stem: dict[str, list[Module]] = {}
        for module in self.modules.values():
            self.by_stem.setdefault(module.path.stem, []).append(module)

    def _imported(self, module: Module, name: str) -> list[ast.AST]:
        """The functions ``name`` means in ``module`` when it was imported from a file under tests/."""
        if name not in module.imports:
            return []
        source, original = module.imports[name]
        stem = source.rsplit(".", 1)[-1]
        found = []
        for candidate in self.by_stem.get(stem, []):
            dotted = ".".join(candidate.path.relative_to(self.root.parent).with_suffix("").parts)
            if source in (stem, dotted) or dotted.endswith("." + source):
                found += candidate.functions.get(original, [])
        return found

    def helpers_used(self, module: Module, test: ast.AST, methods: dict[str, ast.AST] | None) -> list[ast.AST]:
        """The test-tree functions that ``test`` calls or refers to by name."""
        used = []
        for child in ast.walk(test):
            name = None
            if isinstance(child, ast.Name):
                name = child.id
                used += module.functions.get(name, []) or self._imported(module, name)
            elif isinstance(child, ast.Attribute) and isinstance(child.value, ast.Name):
                if child.value.id in ("self", "cls") and methods:
                    if child.attr in methods:
                        used.append(methods[child.attr])
                elif child.value.id in module.imports:  # `from tests.support import entry` … entry.helper()
                    source, original = module.imports[child.value.id]
                    for candidate in self.by_stem.get(original, []):
                        used += candidate.functions.get(child.attr, [])
        return [node for node in used if node is not test]

    def asserts(self, module: Module, test: ast.AST, methods: dict[str, ast.AST] | None) -> bool:
        if _checks_directly(test):
            return True
        return any(_checks_directly(helper) for helper in self.helpers_used(module, test, methods))

    def offenders(self) -> list[str]:
        found = []
        for path, module in self.modules.items():
            if not _is_test_file(path):
                continue
            for name, node, methods in module.tests():
                if not self.asserts(module, node, methods):
                    found.append(f"{path.relative_to(self.root.parent)}::{name} (line {node.lineno})")
        return found


def test_every_test_function_asserts_something():
    offenders = TestTree(TESTS, _python_files()).offenders()
    assert not offenders, (
        "tests without an assertion (assert, pytest.raises, snap_compare, or a helper "
        "that asserts):\n  " + "\n  ".join(offenders)
    )


# -- the checker itself ------------------------------------------------------------------------


def _offenders_of(tmp_path: Path, files: dict[str, str]) -> list[str]:
    root = tmp_path / "tests"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text)
    offenders = TestTree(root, sorted(root.glob("*.py"))).offenders()
    return [line.split("::")[1].split(" ")[0] for line in offenders]


def test_the_checker_names_tests_that_assert_nothing_and_accepts_the_ways_to_check(tmp_path):
    helpers = """
def verified(x):
    assert x
def only_calls(x):
    verified(x)
"""
    tests = """
import pytest
from helpers_support import verified, only_calls

def check_it(x):
    pass

def local_checker(x):
    assert x == 1

def test_plain_assert():
    assert 1

def test_raises():
    with pytest.raises(ValueError):
        int("x")

def test_nested_scenario():
    async def scenario(pilot):
        assert pilot
    run(scenario)

def test_snapshot(snap_compare):
    snap_compare("app.py")

def test_named_checker():
    check_it(1)

def test_mock(thing):
    thing.assert_called_once_with(1)

def test_local_helper():
    local_checker(1)

def test_imported_helper():
    verified(1)

def test_helper_passed_by_name():
    run(local_checker)

def test_runs_only():
    print("hello")

def test_two_levels_deep():
    only_calls(1)

class TestGroup:
    def _checks(self):
        assert True
    def test_method_helper(self):
        self._checks()
    def test_method_nothing(self):
        pass
"""
    offenders = _offenders_of(tmp_path, {"helpers_support.py": helpers, "test_sample.py": tests})
    assert offenders == ["test_runs_only", "test_two_levels_deep", "TestGroup.test_method_nothing"]
