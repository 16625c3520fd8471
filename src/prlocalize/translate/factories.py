"""prlocalize.translate.factories
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Build each named backend from a :class:`~prlocalize.translate.registry.BuildContext`.
Machine backends are wrapped so that glossary terms are protected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prlocalize.translate.base import Backend
    from prlocalize.translate.registry import BuildContext


def glossary(name: str, ctx: BuildContext) -> Backend:
    from prlocalize.translate.glossary import GlossaryBackend

    return GlossaryBackend(ctx.glossary)


def memory(name: str, ctx: BuildContext) -> Backend:
    from prlocalize.translate.memory import MemoryBackend, TranslationMemory

    if ctx.memory is None:
        ctx.memory = TranslationMemory(ctx.settings.memory_path())
    return MemoryBackend(ctx.memory, glossary=ctx.glossary)


def deep_translator(name: str, ctx: BuildContext) -> Backend:
    from prlocalize.translate.mt import DeepTranslatorBackend
    from prlocalize.translate.protect import ProtectedBackend

    return ProtectedBackend(DeepTranslatorBackend(name, ctx.options), ctx.glossary)


def deepl(name: str, ctx: BuildContext) -> Backend:
    from prlocalize.translate.deepl_backend import DeepLBackend
    from prlocalize.translate.protect import ProtectedBackend

    return ProtectedBackend(DeepLBackend(ctx.options, glossary=ctx.glossary), ctx.glossary)


def chatgpt(name: str, ctx: BuildContext) -> Backend:
    from prlocalize.translate.openai_backend import ChatGptBackend
    from prlocalize.translate.protect import ProtectedBackend

    return ProtectedBackend(ChatGptBackend(ctx.options), ctx.glossary)
