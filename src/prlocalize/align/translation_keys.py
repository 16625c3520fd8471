"""The key a static site's Markdown page names its translations by.

A Hugo site names each language's version of a release by a slug in its own language
(``content/en/news/hydrogen-buses.md``, ``content/ja/news/suiso-bus.md``) and ties them by
one ``translationKey`` in their front matter; Jekyll sites do the same with ``lang_ref``
(or ``lang-ref``). The key, the language the front matter gives (``lang``,
``language``) and the page's ``date`` are read from the head of the file only (YAML, TOML
or JSON front matter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from prlocalize.locales import language, language_named
from prlocalize.readers.front_matter import FRONT_MATTER
from prlocalize.readers.markdown import json_front_matter

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_HEAD = 8192  # front matter is a few hundred bytes at the start
_NAMES = ("translationkey", "translation_key", "lang-ref", "lang_ref", "lang", "language", "date")
# 'translationKey: ferry-2025' (YAML) or 'translationKey = "ferry-2025"' (TOML), at the
# start of a line (a key of the page, not of a nested table)
_KEY = re.compile(
    rf"^({'|'.join(_NAMES)})[ \t]*[:=][ \t]*"
    r"(?:\"([^\"\n]+)\"|'([^'\n]+)'|([^\s#'\"][^\n#]*?))[ \t]*(?:#.*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


@dataclass(frozen=True, slots=True)
class PageKey:
    path: Path
    key: str  # the translation key
    lang: str | None  # the language the front matter names, if any
    published: date | None  # the front matter's date, if it gives one


def page_key(path: Path) -> PageKey | None:
    """The translation key of a Markdown page's front matter, or None."""
    settings = _page_settings(path)
    if settings is None:
        return None
    key = lang = None
    published: date | None = None
    for name, value in settings:
        if name in ("lang", "language"):
            lang = (language_named(value) or language(value)) if value else None
        elif name == "date":
            published = published or _date(value)
        elif value:
            key = key or value
    return PageKey(path, key, lang, published) if key else None


def front_matter_date(path: Path) -> date | None:
    """The ``date`` a Markdown page's front matter gives, or None."""
    for name, value in _page_settings(path) or ():
        if name == "date" and (found := _date(value)) is not None:
            return found
    return None


def _page_settings(path: Path) -> list[tuple[str, str]] | None:
    """The keys read in a Markdown page's front matter (see :func:`_settings`)."""
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD).decode("utf-8", errors="replace")
    except OSError:
        return None
    return _settings(head)


def _settings(head: str) -> list[tuple[str, str]] | None:
    """(key in lower case, value) of the keys read in the front matter at the start of
    ``head`` (YAML, TOML or JSON), or None when it has none."""
    front = FRONT_MATTER.match(head)
    if front is not None:
        return [
            (found[1].lower(), (found[2] or found[3] or found[4] or "").strip())
            for found in _KEY.finditer(front["body"])
        ]
    json_front = json_front_matter(head)
    if json_front is None:
        return None
    settings = json_front[1]
    return [
        (name.lower(), value.strip())
        for name, value in settings.items()
        if isinstance(value, str) and name.lower() in _NAMES
    ]


def _date(value: str) -> date | None:
    found = _DATE.match(value)
    try:
        return date(int(found[1]), int(found[2]), int(found[3])) if found else None
    except ValueError:
        return None
