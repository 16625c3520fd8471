"""The lazy backend registry and make_chain."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.config import Settings
from prlocalize.errors import BackendError, UsageError
from prlocalize.glossary.model import Glossary
from prlocalize.translate import registry
from prlocalize.translate.engine import MtOptions
from prlocalize.translate.glossary import GlossaryBackend
from prlocalize.translate.memory import MemoryBackend
from prlocalize.translate.protect import ProtectedBackend


def test_default_chain_is_glossary_then_memory(tmp_path: Path, glossary: Glossary) -> None:
    settings = Settings(root=tmp_path)
    chain = registry.make_chain(settings.backends, settings, glossary=glossary)
    assert [type(b) for b in chain.backends] == [GlossaryBackend, MemoryBackend]
    assert (tmp_path / ".prlocalize" / "memory.sqlite").is_file()


def test_machine_backends_are_protected_and_names_deduplicated(tmp_path: Path) -> None:
    settings = Settings(root=tmp_path)
    options = MtOptions(url="http://127.0.0.1:9/")
    chain = registry.make_chain(["libre", "glossary", "libre"], settings, options=options)
    assert [b.name for b in chain.backends] == ["libre", "glossary"]
    assert isinstance(chain.backends[0], ProtectedBackend)


def test_every_builtin_backend_is_registered() -> None:
    assert set(registry.BACKENDS) >= {
        "glossary", "memory", "google", "deepl", "microsoft", "papago", "libre", "mymemory",
        "chatgpt",
    }  # fmt: skip
    assert frozenset(registry.BACKENDS) - {"glossary", "memory"} == registry.MACHINE
    with pytest.raises(TypeError):
        registry.BACKENDS["x"] = {}  # type: ignore[index]


def test_unknown_backend_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"unknown backend 'nope'; known: chatgpt, deepl"):
        registry.get_factory("nope")


def test_register_backend_and_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_BACKENDS", dict(registry._BACKENDS))
    registry.register_backend("elsewhere", "no_such_module:make", "pip install elsewhere")
    with pytest.raises(ValueError, match="already registered"):
        registry.register_backend("elsewhere", "x:y")
    with pytest.raises(UsageError, match="backend 'elsewhere': pip install elsewhere"):
        registry.get_factory("elsewhere")


def test_missing_key_surfaces_when_the_chain_is_built(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match="PRLOCALIZE_MICROSOFT_API_KEY"):
        registry.make_chain(["glossary", "microsoft"], Settings(root=tmp_path))
