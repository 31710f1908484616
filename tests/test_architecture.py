"""The package's import graph: no cycles between sub-packages, and the store depends on no stage above it.

Read from the source with ``ast`` (imports inside functions count too), so a lazy import cannot hide a
dependency. Issue 12: "the store persists; fusion decides".
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sitroom"

# Edges allowed back against the graph's direction (none: the pipeline imports `registrations`, which
# imports every stage, and the stages import the registry for their @stage decorator).
ALLOWED: set[tuple[str, str]] = set()


def _unit(module: str) -> str:
    """The sub-package or top-level module a module belongs to (``sitroom.store.store`` -> ``sitroom.store``)."""
    return ".".join(module.split(".")[:2])


def _imports() -> dict[str, dict[str, set[str]]]:
    """unit -> unit it imports -> the files that import it."""
    graph: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        package = parts[:-1]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        module = ".".join(parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[:len(package) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                targets = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for t in targets:
                if not t.startswith("sitroom."):
                    continue
                a, b = _unit(module), _unit(t)
                if (PACKAGE.parent / b.replace(".", "/")).is_dir() or (PACKAGE.parent / (b.replace(".", "/") + ".py")).exists():
                    if a != b and (a, b) not in ALLOWED:
                        graph[a][b].add(str(path.relative_to(PACKAGE)))
    return graph


def _cycle(graph) -> list[str]:
    """One cycle in the graph, as the list of units along it, or []."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, {})):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_no_import_cycle_between_sub_packages():
    graph = _imports()
    cycle = _cycle(graph)
    where = [f"{a} -> {b} ({', '.join(sorted(graph[a][b]))})" for a, b in zip(cycle, cycle[1:])]
    assert not cycle, "import cycle: " + "; ".join(where)


@pytest.mark.parametrize("above", ["sitroom.fuse", "sitroom.extract", "sitroom.pipeline", "sitroom.registry",
                                   "sitroom.api", "sitroom.cli", "sitroom.web"])
def test_the_store_imports_nothing_above_it(above):
    files = _imports()["sitroom.store"].get(above, set())
    assert not files, f"sitroom.store imports {above} in {sorted(files)}"


def test_fusion_does_not_import_the_extractors():
    files = {u: f for u, f in _imports()["sitroom.fuse"].items() if u in ("sitroom.extract", "sitroom.pipeline")}
    assert not files, f"sitroom.fuse imports {files}"


def test_only_the_commands_reach_the_cluster_engine():
    """The Ray engine (sitroom.cluster) sits beside the local one: the API (api.py, whose engine is in
    extraction.py) and the CLI choose it, and no stage, the store or fusion knows of it."""
    importers = {unit for unit, targets in _imports().items() if "sitroom.cluster" in targets}
    assert importers <= {"sitroom.api", "sitroom.extraction", "sitroom.cli"}, importers


def test_ray_is_imported_only_in_the_cluster_package():
    """Ray is the optional cluster extra: only sitroom.cluster may import it (and only lazily)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n == "ray" or n.startswith("ray.") for n in names):
                found.append(str(path.relative_to(PACKAGE)))
    assert found and all(f.startswith("cluster/") for f in found), found


# Build-time libraries (pyproject's `build` and `train` extras): bench/ uses them to make the shipped model
# files; the package reads those files with numpy and onnxruntime alone.
BUILD_ONLY = {"torch", "transformers", "onnx", "sklearn"}


def test_the_package_never_imports_a_build_time_library():
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            found += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in BUILD_ONLY]
    assert not found, found
