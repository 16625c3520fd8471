"""prlocalize.translate.mt
~~~~~~~~~~~~~~~~~~~~~~~~~

Machine translation through deep-translator (imported only when used) for
``google``, ``microsoft``, ``papago``, ``libre`` and ``mymemory``. Keys come from
``PRLOCALIZE_<NAME>_API_KEY`` when the backend is built; deep-translator's
unrooted exceptions become :class:`~prlocalize.errors.BackendError`.

Frictions wrapped here: ``LibreTranslator`` demands a key even for a self-hosted
``custom_url`` and reads ``LIBRE_API_KEY`` at import; it joins ``custom_url +
"translate"``, so the URL must end with a slash. deep-translator's errors drop the
response, so Retry-After cannot be read for these services; backoff applies. It also
sends every request without a timeout, so a service that stops answering would hang
the run: its modules get a ``requests`` stand-in that adds ``MtOptions.timeout``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from prlocalize.errors import BackendError
from prlocalize.translate.engine import MachineBackend, MalformedAnswer, MtOptions, require_key
from prlocalize.translate.masking import Slot
from prlocalize.translate.policy import Failure


def key_variable(provider: str) -> str:
    return f"PRLOCALIZE_{provider.upper()}_API_KEY"


_SERVER_CODES = {
    "ERR_TOO_MANY_REQUESTS": 429,
    "ERR_INTERNAL_SERVER_ERROR": 500,
    "ERR_SERVICE_NOT_AVAIBLE": 503,
    "API server error": 502,  # any other status deep-translator does not name
}


class DeepTranslatorBackend(MachineBackend):
    """One deep-translator service behind the Backend interface."""

    PROVIDERS: ClassVar[tuple[str, ...]] = ("google", "microsoft", "papago", "libre", "mymemory")

    def __init__(self, provider: str, options: MtOptions | None = None) -> None:
        if provider not in self.PROVIDERS:
            raise BackendError(
                provider, f"unknown provider; use one of {', '.join(self.PROVIDERS)}"
            )
        super().__init__(options)
        self.name = provider
        self._credentials: dict[str, Any] = {}
        if provider == "microsoft":
            self._credentials["api_key"] = require_key(provider, key_variable(provider))
            region = _optional_key("PRLOCALIZE_MICROSOFT_REGION")
            if region:
                self._credentials["region"] = region
        elif provider == "papago":
            self._credentials["client_id"] = require_key(provider, "PRLOCALIZE_PAPAGO_CLIENT_ID")
            self._credentials["secret_key"] = require_key(provider, key_variable(provider))
        elif provider == "libre":
            # a self-hosted server usually needs no key; the public one always does
            if self.options.url is None:
                self._credentials["api_key"] = require_key(provider, key_variable(provider))
            else:
                self._credentials["api_key"] = _optional_key(key_variable(provider))
        self._secrets += [
            str(v) for k, v in self._credentials.items() if v and k in {"api_key", "secret_key"}
        ]
        try:
            import deep_translator  # noqa: F401
        except ImportError:
            raise BackendError(
                provider, "deep-translator is not installed: pip install deep-translator"
            ) from None

    def language(self, locale: str, *, role: str) -> str:
        base = super().language(locale, role=role)
        if base == "zh" and self.name in {"google", "mymemory"}:
            hant = "hant" in locale.lower() or locale.lower().endswith(("_tw", "-tw", "_hk"))
            return "zh-TW" if hant else "zh-CN"
        return base

    def _client(self, source: str, target: str) -> Any:
        import deep_translator as dt

        _install_timeout(self.options.timeout)
        if self.name == "libre":
            return _libre_client(
                source, target, self.options.url, self._credentials["api_key"], self.options.timeout
            )
        cls = {
            "google": dt.GoogleTranslator,
            "microsoft": dt.MicrosoftTranslator,
            "papago": dt.PapagoTranslator,
            "mymemory": dt.MyMemoryTranslator,
        }[self.name]
        return cls(source=source, target=target, **self._credentials)

    def _request(
        self, texts: list[str], source: str, target: str, slots: list[tuple[Slot, ...]]
    ) -> list[str | None]:
        from deep_translator.exceptions import TranslationNotFound

        client = self._client(source, target)
        out: list[str | None] = []
        for text in texts:
            try:
                out.append(_answer(client.translate(text)))
            except TranslationNotFound:  # "no answer", not a failure
                out.append(None)
        return out

    def _classify(self, exc: Exception) -> Failure | None:
        import requests
        from deep_translator import exceptions as dx

        if isinstance(exc, requests.exceptions.Timeout | requests.exceptions.ConnectionError):
            return Failure(True, f"cannot reach the service ({type(exc).__name__})")
        if isinstance(exc, dx.TooManyRequests):
            return Failure(True, "too many requests (HTTP 429)")
        if isinstance(exc, dx.ServerException):
            message = str(exc.args[0]) if exc.args else "server error"
            status = _SERVER_CODES.get(message)
            if status is not None:
                return Failure(True, f"server error {message} (HTTP {status})")
            return Failure(False, f"request refused: {message}")
        if isinstance(exc, dx.AuthorizationException):  # its text contains the key
            return Failure(False, f"authorisation failed: check {key_variable(self.name)}")
        if isinstance(exc, dx.RequestError | dx.MicrosoftAPIerror):
            return Failure(True, str(exc))
        if isinstance(exc, dx.BaseError):
            return Failure(False, f"{type(exc).__name__}: {exc.message.strip()}")
        if isinstance(exc, requests.exceptions.RequestException | ValueError):
            return Failure(False, f"{type(exc).__name__}: {exc}")
        return None


class _TimedRequests:
    """``requests`` as deep-translator's modules see it, with a default timeout."""

    def __init__(self, timeout: float) -> None:
        import requests

        self._requests = requests
        self.timeout = timeout

    def __getattr__(self, name: str) -> Any:
        return getattr(self._requests, name)

    def get(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self.timeout)
        return self._requests.get(*args, **kwargs)

    def post(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self.timeout)
        return self._requests.post(*args, **kwargs)


# only the modules of the services we use; nothing else in the process is touched
_TIMED_MODULES = ("google", "libre", "microsoft", "mymemory", "papago")


def _install_timeout(timeout: float) -> None:
    import importlib

    for name in _TIMED_MODULES:
        module = importlib.import_module(f"deep_translator.{name}")
        current = getattr(module, "requests", None)
        if isinstance(current, _TimedRequests):
            current.timeout = timeout
        elif current is not None:
            module.requests = _TimedRequests(timeout)  # type: ignore[attr-defined]


def _answer(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _optional_key(variable: str) -> str | None:
    import os

    return os.environ.get(variable) or None


def _libre_client(
    source: str, target: str, url: str | None, api_key: str | None, timeout: float
) -> Any:
    """A LibreTranslator that accepts a self-hosted URL without a key and sends the key
    and the text in a JSON body (deep-translator puts them in the query string, which
    servers and proxies write to their logs)."""
    from deep_translator import LibreTranslator
    from deep_translator.base import BaseTranslator
    from deep_translator.constants import BASE_URLS, LIBRE_LANGUAGES_TO_CODES

    client = LibreTranslator.__new__(_libre_class())
    client.api_key = api_key  # None: the request then carries no api_key field
    client.timeout = timeout
    base = url or BASE_URLS["LIBRE"]
    BaseTranslator.__init__(
        client,
        base_url=base if base.endswith("/") else base + "/",
        source=source,
        target=target,
        languages=LIBRE_LANGUAGES_TO_CODES,
    )
    return client


_LIBRE_CLASS: type | None = None


def _libre_class() -> type:
    """LibreTranslator with its request made here: POST /translate with a JSON body
    (LibreTranslate's documented form), the answer's shape checked."""
    global _LIBRE_CLASS
    if _LIBRE_CLASS is not None:
        return _LIBRE_CLASS
    import requests
    from deep_translator import LibreTranslator
    from deep_translator.exceptions import (
        AuthorizationException,
        ServerException,
        TranslationNotFound,
    )

    class BodyLibreTranslator(LibreTranslator):  # type: ignore[misc]
        timeout: float = 30.0

        def translate(self, text: str, **kwargs: Any) -> str:
            if not text.strip() or self._same_source_target():
                return text
            body = {"q": text, "source": self._source, "target": self._target, "format": "text"}
            if self.api_key:
                body["api_key"] = self.api_key
            response = requests.post(self._base_url + "translate", json=body, timeout=self.timeout)
            if response.status_code == 403:
                raise AuthorizationException(self.api_key)
            if response.status_code != 200:
                raise ServerException(response.status_code)
            try:
                answer = response.json()
            except ValueError:
                raise MalformedAnswer("not JSON") from None
            if not answer:
                raise TranslationNotFound(text)
            translated = answer.get("translatedText") if isinstance(answer, dict) else None
            if not isinstance(translated, str):
                raise MalformedAnswer("no translatedText in the answer")
            return translated

    _LIBRE_CLASS = BodyLibreTranslator
    return _LIBRE_CLASS
