"""prlocalize.locales
~~~~~~~~~~~~~~~~~~

Locale codes checked against CLDR (Babel's data), one normal form for each, and a
suggestion for a code that is not one (``jp`` is a country: the language is ``ja``).

A code with the language's usual territory names the same catalogs as the bare
language (``ja_JP`` is ``ja``, ``ko_KR`` is ``ko``, ``zh_TW`` is ``zh_Hant``) unless a
team asks for regional catalogs (``regional-locales = true``). A territory that is not
the usual one (``en_GB``, ``pt_PT``) is always kept: it is a different catalog.
"""

from __future__ import annotations

import difflib
import functools

from prlocalize.errors import PrlocalizeError


class UnknownLocale(PrlocalizeError):
    """A locale code CLDR does not know; ``suggestion`` is the likely intended one."""

    def __init__(self, code: str, suggestion: str | None) -> None:
        self.code = code
        self.suggestion = suggestion
        super().__init__(self.render())

    def render(self) -> str:
        if self.suggestion:
            return f"unknown locale {self.code!r}: did you mean {self.suggestion!r}?"
        return f"unknown locale {self.code!r}; use a CLDR code such as ja, ko, en or zh_Hant"


# build's gate asks it of the same two codes some forty times a message pair (PR404's
# readers each take the pair's languages): a run holds a handful of codes
@functools.lru_cache(maxsize=256)
def language(code: str) -> str:
    """The language part of a locale code: ``ja_JP``, ``ja-JP`` and ``JA`` are ``ja``."""
    return code.replace("-", "_").split("_")[0].lower()


# what archives and bilingual files call the languages besides their codes: country
# codes, three-letter codes, the languages' names, and the Japanese and Korean words for
# "English text", "English translation" (英訳) etc.
_LANGUAGE_WORDS = {
    **dict.fromkeys(("en", "eng", "english", "英語", "英文", "英訳", "영어", "영문"), "en"),
    **dict.fromkeys(
        ("ja", "jp", "jpn", "japanese", "日本語", "和文", "和訳", "일본어", "일문"), "ja"
    ),
    **dict.fromkeys(
        ("ko", "kr", "kor", "korean", "韓国語", "韓訳", "한국어", "국문", "한글"), "ko"
    ),
    **dict.fromkeys(("zh", "cn", "chn", "chinese", "中文", "中訳", "中国語", "중국어"), "zh"),
}


def language_named(word: str) -> str | None:
    """The language ``word`` names, as a file's tag or a column's heading names it ('jp',
    'KR', 'English', '日本語', '英語版', '영문판', '日本語訳'), or None."""
    found = _LANGUAGE_WORDS.get(word.casefold())
    # '英語版', '영문판': the English edition; '日本語訳': the Japanese translation
    if found is None and word[-1:] in ("版", "판", "訳"):
        found = _LANGUAGE_WORDS.get(word[:-1].casefold())
    return found


def normalise_locale(code: str, *, regional: bool = False) -> str:
    """The normal form of ``code`` (``ja-JP`` → ``ja``; with ``regional``, ``ja_JP``)."""
    from babel import Locale, UnknownLocaleError

    cleaned = code.strip().replace("-", "_")
    try:
        locale = Locale.parse(cleaned)
    except (UnknownLocaleError, ValueError, TypeError):
        raise UnknownLocale(code, suggest_locale(cleaned)) from None
    if regional or locale.territory is None or locale.variant:
        return str(locale)
    return _without_usual_territory(locale)


def _without_usual_territory(locale: object) -> str:
    from babel import Locale
    from babel.core import get_global

    assert isinstance(locale, Locale)
    likely = get_global("likely_subtags")
    base = f"{locale.language}_{locale.script}" if locale.script else locale.language
    usual = likely.get(base) or likely.get(locale.language)
    if usual is None:
        return str(locale)
    expected = Locale.parse(usual)
    if expected.territory != locale.territory:
        return str(locale)  # en_GB, pt_PT, zh_Hant_HK: not the language's usual region
    # zh_TW is zh_Hant_TW: keep the script when it is not the language's usual one
    plain = likely.get(locale.language)
    if locale.script and (plain is None or Locale.parse(plain).script != locale.script):
        return f"{locale.language}_{locale.script}"
    return locale.language


def suggest_locale(code: str) -> str | None:
    """The locale most likely meant by an unknown ``code``, or None."""
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    head = code.split("_")[0]
    # a country code written for a language (jp, kr, cn, gr): CLDR's likely language there
    if len(head) == 2 and head.isalpha() and head.upper() != "ZZ":  # ZZ: "unknown region"
        try:
            likely = Locale.parse(f"und_{head.upper()}")
        except (UnknownLocaleError, ValueError):
            likely = None
        if likely is not None and likely.language != "und":
            return normalise_locale(str(likely))
    # a known language with an unknown region (ja_XX): the language
    if "_" in code:
        try:
            return str(Locale.parse(head))
        except (UnknownLocaleError, ValueError):
            pass
    # a language's English name (japanese, Korean)
    names: dict[str, str] = {name.lower(): key for key, name in Locale("en").languages.items()}
    if code.lower() in names:
        return names[code.lower()]
    close = difflib.get_close_matches(code, locale_identifiers(), n=1, cutoff=0.75)
    return close[0] if close else None
