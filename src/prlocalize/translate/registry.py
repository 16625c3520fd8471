"""prlocalize.translate.registry
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Backend names → dotted paths of factories, imported only when a backend is
asked for, with an install hint when its library is missing (fsspec's
``known_implementations``). Third-party backends register through the
``prlocalize.backends`` entry-point group.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from prlocalize.errors import UsageError
from prlocalize.glossary.model import Glossary
from prlocalize.translate.chain import ChainBackend
from prlocalize.translate.engine import MtOptions

if TYPE_CHECKING:
    from prlocalize.config import Settings
    from prlocalize.translate.base import Backend
    from prlocalize.translate.memory import TranslationMemory

_DEEP = "deep-translator is needed: pip install deep-translator"

_BACKENDS: dict[str, dict[str, str]] = {
    "glossary": {"factory": "prlocalize.translate.factories:glossary", "err": ""},
    "memory": {"factory": "prlocalize.translate.factories:memory", "err": ""},
    "google": {"factory": "prlocalize.translate.factories:deep_translator", "err": _DEEP},
    "microsoft": {"factory": "prlocalize.translate.factories:deep_translator", "err": _DEEP},
    "papago": {"factory": "prlocalize.translate.factories:deep_translator", "err": _DEEP},
    "libre": {"factory": "prlocalize.translate.factories:deep_translator", "err": _DEEP},
    "mymemory": {"factory": "prlocalize.translate.factories:deep_translator", "err": _DEEP},
    "deepl": {
        "factory": "prlocalize.translate.factories:deepl",
        "err": "the official DeepL client is needed: pip install deepl",
    },
    "chatgpt": {
        "factory": "prlocalize.translate.factories:chatgpt",
        "err": "the official OpenAI client is needed: pip install openai",
    },
}
BACKENDS: Mapping[str, Mapping[str, str]] = MappingProxyType(_BACKENDS)
OFFLINE = frozenset({"glossary", "memory"})  # never send text anywhere
MACHINE = frozenset(_BACKENDS) - OFFLINE
# the services that take --backend-url: on a loopback or trusted host they stay local
URL_BACKENDS = frozenset({"libre", "chatgpt", "deepl"})


@dataclass
class BuildContext:
    """Everything a factory may need to build its backend."""

    settings: Settings
    glossary: Glossary = field(default_factory=Glossary)
    memory: TranslationMemory | None = None
    options: MtOptions = field(default_factory=MtOptions)


Factory = Callable[[str, BuildContext], "Backend"]


def register_backend(name: str, factory: str, err: str = "", *, clobber: bool = False) -> None:
    """Add a backend (``factory`` is ``"module:function"``)."""
    if name in _BACKENDS and not clobber:
        raise ValueError(f"backend {name!r} is already registered")
    _BACKENDS[name] = {"factory": factory, "err": err}


def _entry_points() -> None:
    from importlib.metadata import entry_points

    for ep in entry_points(group="prlocalize.backends"):
        _BACKENDS.setdefault(ep.name, {"factory": ep.value, "err": ""})


def get_factory(name: str) -> Factory:
    if name not in _BACKENDS:
        _entry_points()
    spec = _BACKENDS.get(name)
    if spec is None:
        raise UsageError(f"unknown backend {name!r}; known: {', '.join(sorted(_BACKENDS))}")
    module_name, attr = spec["factory"].split(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise UsageError(f"backend {name!r}: {spec['err'] or exc}") from None
    factory: Callable[[str, BuildContext], Backend] = getattr(module, attr)
    return factory


def make_chain(
    names: Sequence[str],
    settings: Settings,
    *,
    glossary: Glossary | None = None,
    memory: TranslationMemory | None = None,
    options: MtOptions | None = None,
) -> ChainBackend:
    """The chain of the named backends, in order (duplicates dropped)."""
    ctx = BuildContext(
        settings=settings,
        glossary=glossary if glossary is not None else Glossary(),
        memory=memory,
        options=options or MtOptions(url=settings.backend_url),
    )
    backends = [get_factory(name)(name, ctx) for name in dict.fromkeys(names)]
    return ChainBackend(backends)
