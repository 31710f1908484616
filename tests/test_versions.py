"""Versions tell the truth: a stage's version in provenance changes when its code, data or config does."""

import importlib
import sys

from sitroom import registry
from sitroom.pipeline import DEFAULT_STAGES, extractor_version


def _fake_stage(tmp_path, body: str):
    pkg = tmp_path / "fakestage"
    pkg.mkdir(exist_ok=True)
    (pkg / "__init__.py").write_text(
        "from sitroom.registry import stage\n"
        "@stage('test.fake.v1', default_config={'x': 1})\n"
        "def make(x=1):\n"
        f"    return lambda ctx: {body}\n")
    (pkg / "words.txt").write_text("alpha\n")
    return pkg


def test_content_version_follows_code_data_and_config(tmp_path, monkeypatch):
    pkg = _fake_stage(tmp_path, "None")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("fakestage")
    try:
        v1 = registry.content_version("test.fake.v1", {"x": 1})
        assert v1.startswith("test.fake.v1@")
        assert registry.content_version("test.fake.v1", {"x": 1}) == v1  # stable
        assert registry.content_version("test.fake.v1", {"x": 2}) != v1  # config
        (pkg / "words.txt").write_text("alpha\nbeta\n")  # data file of the stage's package
        registry._files_digest.cache_clear()
        v2 = registry.content_version("test.fake.v1", {"x": 1})
        assert v2 != v1
        (pkg / "model.onnx").write_bytes(b"\x08\x07")  # a model file (the events stage's fine-tuned encoder)
        registry._files_digest.cache_clear()
        v3 = registry.content_version("test.fake.v1", {"x": 1})
        assert v3 not in (v1, v2)
        (pkg / "model.onnx").write_bytes(b"\x08\x08")
        registry._files_digest.cache_clear()
        v4 = registry.content_version("test.fake.v1", {"x": 1})
        assert v4 not in (v1, v2, v3)
        (pkg / "__init__.py").write_text((pkg / "__init__.py").read_text().replace("None", "0"))  # code
        registry._files_digest.cache_clear()
        assert registry.content_version("test.fake.v1", {"x": 1}) not in (v1, v2, v3, v4)
    finally:
        registry._STAGES.pop("test.fake.v1", None)
        sys.modules.pop("fakestage", None)
        registry._files_digest.cache_clear()


def test_extractor_version_names_each_stage_with_its_digest():
    v = extractor_version(DEFAULT_STAGES)
    parts = v.split("+", 1)[1].split(",")
    assert [p.split("@")[0] for p in parts] == list(DEFAULT_STAGES)
    assert all(len(p.split("@")[1]) == 10 for p in parts)
    # a stage's config is part of its version
    other = extractor_version(DEFAULT_STAGES, {"sitroom.events.hybrid.v1": {"threshold": 0.9}})
    assert other != v and other.split(",")[3] != v.split(",")[3] and other.split(",")[0] == v.split(",")[0]


def test_a_stage_version_covers_the_modules_it_imports(tmp_path):
    """A stage reads code outside its own package (the events stage: the actors stage's dateline rules): a
    change there changes its output, so those files are in its digest, followed through every import."""
    from pathlib import Path

    import sitroom

    root = tmp_path / "pkgx"
    (root / "sub").mkdir(parents=True)
    for name, body in {"__init__.py": "", "sub/__init__.py": "", "sub/a.py": "from ..other import thing\n",
                       "other.py": "from .deep import x\nimport json\nthing = x\n", "deep.py": "x = 1\n",
                       "unrelated.py": "y = 2\n", "sub/b.py": "from pkgx import other\n"}.items():
        (root / name).write_text(body)
    got = {f.relative_to(root).as_posix() for f in registry.imported_files([root / "sub" / "a.py"], root)}
    assert {"sub/a.py", "other.py", "deep.py", "__init__.py"} <= got and "unrelated.py" not in got
    got = {f.relative_to(root).as_posix() for f in registry.imported_files([root / "sub" / "b.py"], root)}
    assert {"other.py", "deep.py"} <= got
    # the shipped events stage: the actors stage's vocabulary (dateline_end) is part of its version
    pkg = Path(sitroom.__file__).parent
    events = sorted((pkg / "extract" / "events").rglob("*.py"))
    assert pkg / "extract" / "actors" / "vocabulary.py" in registry.imported_files(events, pkg)
