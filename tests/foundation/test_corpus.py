"""The benchmark corpus generator: deterministic, both formats, readable releases."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from prlocalize.readers import read_document

CORPUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus.py"


def load_corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", CORPUS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_is_deterministic_and_mixed(tmp_path: Path) -> None:
    generate_corpus = load_corpus_module().generate_corpus
    first = generate_corpus(tmp_path / "a", n=6, seed=3)
    second = generate_corpus(tmp_path / "b", n=6, seed=3)
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [p.suffix for p in first] == [".txt", ".html"] * 3
    for path in first:
        doc = read_document(path)
        assert doc.lang == "en"
        assert sum(1 for _ in doc.segments()) > 20
