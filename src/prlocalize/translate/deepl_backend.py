"""prlocalize.translate.deepl_backend
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

DeepL through its official client (deep-translator 1.11.4 sends the key as a
query parameter, which DeepL no longer accepts). The key goes in the
Authorization header; ``server_url`` comes from ``--backend-url`` (tests use a
local server). Our glossary becomes a DeepL glossary — created once per
language pair and content, then reused by name — so that DeepL applies the terms
itself; placeholders are sent as XML tags DeepL leaves alone.
"""

from __future__ import annotations

import hashlib

from prlocalize.errors import BackendError
from prlocalize.glossary.model import Glossary
from prlocalize.translate.engine import (
    PARSE_ERRORS,
    MachineBackend,
    MalformedAnswer,
    MtOptions,
    require_key,
)
from prlocalize.translate.masking import Slot
from prlocalize.translate.policy import Failure

KEY_VARIABLE = "PRLOCALIZE_DEEPL_API_KEY"

# DeepL's target codes where the bare language is ambiguous or not accepted
_TARGETS = {"en": "EN-US", "pt": "PT-PT", "zh": "ZH-HANS"}


class DeepLBackend(MachineBackend):
    name = "deepl"
    batch_size = 50  # texts per request (DeepL allows 50)

    def __init__(self, options: MtOptions | None = None, *, glossary: Glossary | None = None):
        super().__init__(options)
        self._key = require_key(self.name, KEY_VARIABLE)
        self._secrets += [self._key]
        try:
            import deepl
        except ImportError:
            raise BackendError(
                self.name, "the DeepL client is missing: pip install deepl"
            ) from None
        # our RetryPolicy retries (with Retry-After); the client must not retry on its own
        deepl.http_client.max_network_retries = 0
        self._client = deepl.Translator(self._key, server_url=self.options.url)
        self._glossary = glossary or Glossary()
        self._glossary_ids: dict[tuple[str, str], str | None] = {}

    def language(self, locale: str, *, role: str) -> str:
        base = super().language(locale, role=role)
        if role == "target":
            if base == "zh" and "hant" in locale.lower():
                return "ZH-HANT"
            return _TARGETS.get(base, base.upper())
        return base.upper()

    def glossary_entries(self, source: str, target: str) -> dict[str, str]:
        """Approved source form → approved target form, for entries that have both."""
        entries: dict[str, str] = {}
        for entry in self._glossary:
            src, tgt = entry.approved(source.lower()), entry.approved(target.lower())
            if src and tgt and "\t" not in src + tgt and "\n" not in src + tgt:
                entries[src] = tgt
        return entries

    def _glossary_id(self, source: str, target: str) -> str | None:
        key = (source, target)
        if key in self._glossary_ids:
            return self._glossary_ids[key]
        lang_target = target.split("-")[0].lower()
        entries = self.glossary_entries(source.lower(), lang_target)
        glossary_id = None
        if entries:
            digest = hashlib.sha256(repr(sorted(entries.items())).encode()).hexdigest()[:12]
            name = f"prlocalize-{source.lower()}-{lang_target}-{digest}"
            existing = [g for g in self._client.list_glossaries() if g.name == name and g.ready]
            if existing:
                glossary_id = existing[0].glossary_id
            else:
                info = self._client.create_glossary(name, source, lang_target.upper(), entries)
                glossary_id = info.glossary_id
        self._glossary_ids[key] = glossary_id
        return glossary_id

    def _request(
        self, texts: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[str | None]:
        try:
            results = self._client.translate_text(
                texts,
                source_lang=source,
                target_lang=target,
                glossary=self._glossary_id(source, target),
                tag_handling="xml",
                ignore_tags=["x"],
            )
        except PARSE_ERRORS as exc:  # the client read an answer of the wrong shape
            raise MalformedAnswer(_what(exc)) from None
        if not isinstance(results, list):
            results = [results]
        texts_out = [getattr(r, "text", None) for r in results]
        if not all(t is None or isinstance(t, str) for t in texts_out):
            raise MalformedAnswer("a translation that is not text")
        return [t or None for t in texts_out]

    def _classify(self, exc: Exception) -> Failure | None:
        import deepl

        if isinstance(exc, deepl.AuthorizationException):
            return Failure(False, f"authorisation failed: check {KEY_VARIABLE}")
        if isinstance(exc, deepl.QuotaExceededException):
            return Failure(False, "the DeepL quota for this billing period is used up")
        if isinstance(exc, deepl.TooManyRequestsException):
            return Failure(True, "too many requests (HTTP 429)")
        if isinstance(exc, deepl.ConnectionException):
            return Failure(exc.should_retry, f"cannot reach DeepL: {exc}")
        if isinstance(exc, deepl.DeepLException):
            status = exc.http_status_code
            retryable = status is not None and status >= 500
            return Failure(retryable, f"DeepL error: {exc}")
        return None

    def _prepare(self, source: str, target: str) -> None:
        # create or find the DeepL glossary once, before requests run in parallel
        import deepl

        try:
            self._glossary_id(source, target)
        except PARSE_ERRORS as exc:
            raise MalformedAnswer(_what(exc)) from None
        except deepl.DeepLException as exc:
            if exc.http_status_code != 400:
                raise
            # DeepL has no glossaries for this language pair: masking still protects the terms
            self._glossary_ids[(source, target)] = None


def _what(exc: Exception) -> str:
    """What was wrong with an answer the client could not read, for the message."""
    if isinstance(exc, ValueError) and "JSON" in type(exc).__name__ + str(exc):
        return "not JSON"
    return f"not a DeepL answer ({type(exc).__name__})"
