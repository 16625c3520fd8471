"""prlocalize.translate.openai_backend
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

``chatgpt``: any OpenAI-compatible chat-completions endpoint through the official
``openai`` client (deep-translator's adapter needs the pre-1.0 client). The base
URL comes from ``--backend-url``; the key from ``PRLOCALIZE_CHATGPT_API_KEY``; the
model from ``PRLOCALIZE_CHATGPT_MODEL``. Texts go in batches as a JSON array, and
the prompt names what each protected-term placeholder stands for, so the model
can build the sentence around it.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from prlocalize.errors import BackendError
from prlocalize.translate.chat_answer import ModelError, Unreadable, chat_translations
from prlocalize.translate.engine import (
    PARSE_ERRORS,
    MachineBackend,
    MalformedAnswer,
    MtOptions,
    require_key,
)
from prlocalize.translate.masking import Slot, placeholder
from prlocalize.translate.policy import Failure

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam

KEY_VARIABLE = "PRLOCALIZE_CHATGPT_API_KEY"
MODEL_VARIABLE = "PRLOCALIZE_CHATGPT_MODEL"
DEFAULT_MODEL = "gpt-4o-mini"

_SYSTEM = (
    "You translate segments of a press release from {source} to {target}. "
    'Answer with a JSON object {{"translations": [...]}} holding exactly one translation '
    "per input string, in the same order, and nothing else. "
    'Each tag like <x id="0"/> stands for a protected term: keep every tag exactly once, '
    "unchanged, where the term belongs in the {target} sentence."
)


class ChatGptBackend(MachineBackend):
    name = "chatgpt"
    batch_size = 20

    def __init__(self, options: MtOptions | None = None) -> None:
        super().__init__(options)
        if self.options.local:  # a local model server usually wants no key
            key = os.environ.get(KEY_VARIABLE, "").strip() or "no-key"
        else:
            key = require_key(self.name, KEY_VARIABLE)
        self._secrets += [key]
        self.model = os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL
        try:
            import openai
        except ImportError:
            raise BackendError(
                self.name, "the OpenAI client is missing: pip install openai"
            ) from None
        # our RetryPolicy retries (reading Retry-After); the client must not retry on its own
        self._client = openai.OpenAI(
            api_key=key, base_url=self.options.url, max_retries=0, timeout=self.options.timeout
        )

    @property
    def cache_id(self) -> str:
        # another model gives other answers: it must not reuse this one's cache entries
        return f"{super().cache_id}#{self.model}"

    def prompt(
        self, texts: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[ChatCompletionMessageParam]:
        system = _SYSTEM.format(source=_language_name(source), target=_language_name(target))
        terms = [
            f"{placeholder(i)} in input {n}: '{slot.source}' → '{slot.target}'"
            for n, text_slots in enumerate(slots)
            for i, slot in enumerate(text_slots)
        ]
        if terms:
            system += "\nGlossary (the tags stand for these approved terms):\n" + "\n".join(terms)
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": json.dumps(texts, ensure_ascii=False)},
        ]

    def _request(
        self, texts: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[str | None]:
        try:
            response = self._client.chat.completions.create(
                model=self.model,
                messages=self.prompt(texts, source, target, slots),
                temperature=0,
                response_format={"type": "json_object"},
            )
            content = response.choices[0].message.content or ""
        except PARSE_ERRORS as exc:  # no JSON, or no choices[0].message where it belongs
            if isinstance(exc, ValueError) and "JSON" in type(exc).__name__ + str(exc):
                raise MalformedAnswer("not JSON") from None
            raise MalformedAnswer(
                f"not a chat completion ({type(exc).__name__}); is --backend-url the API's "
                "base URL (often ending in /v1)?"
            ) from None
        try:
            # (redacted first: a gateway may echo the key, and a reason shows part of it)
            translations = chat_translations(self.redact(content))
        except ModelError as exc:  # the server's failure, written where the answer belongs
            raise MalformedAnswer(f"the model answered with an error: {exc}") from None
        except Unreadable as exc:
            if len(texts) == 1:
                self.refuse(texts[0], f"no translation in the model's answer: {exc}")
                return [None]
            translations = []
        if len(translations) != len(texts):
            # a model that merged two inputs or split one, or wrote no JSON, gives no text
            # its own answer: each is asked alone (once; a lone text cannot be misplaced)
            if len(texts) == 1:
                count = len(translations)
                self.refuse(texts[0], f"the model gave {count} translations for one text")
                return [None]
            return self._one_by_one(texts, source, target, slots)
        for text, item in zip(texts, translations, strict=True):
            if not isinstance(item, str):  # a number, a list, an object of several texts
                self.refuse(text, f"the model's answer for it is no text ({type(item).__name__})")
        return [t if isinstance(t, str) and t.strip() else None for t in translations]

    def _one_by_one(
        self, texts: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[str | None]:
        if not self.options.budget.take(sum(len(t) for t in texts)):
            return [None] * len(texts)  # an answer we cannot read is no answer
        return [
            self._request([text], source, target, [text_slots])[0]
            for text, text_slots in zip(texts, slots, strict=True)
        ]

    def _classify(self, exc: Exception) -> Failure | None:
        import openai

        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return Failure(False, f"authorisation failed: check {KEY_VARIABLE}")
        if isinstance(exc, openai.RateLimitError):
            return Failure(True, "too many requests (HTTP 429)", _retry_after(exc))
        if isinstance(exc, openai.APIConnectionError):  # includes timeouts
            return Failure(True, f"cannot reach the service ({type(exc).__name__})")
        if isinstance(exc, openai.APIStatusError):
            retryable = exc.status_code >= 500 or exc.status_code == 408
            return Failure(retryable, f"HTTP {exc.status_code}", _retry_after(exc))
        return None


def _retry_after(exc: object) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _language_name(code: str) -> str:
    """``ja`` → ``Japanese (ja)``: models follow a language's name better than its code."""
    from babel import Locale, UnknownLocaleError

    try:
        return f"{Locale.parse(code).english_name} ({code})"
    except (UnknownLocaleError, ValueError):
        return code
