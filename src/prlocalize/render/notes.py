"""prlocalize.render.notes
~~~~~~~~~~~~~~~~~~~~~~~~

The line at the foot of every translated page: how much of it is translated, and a
link to the original, in the page's own language (language names and percentages
from CLDR through Babel). A reader who meets an English sentence on a Japanese page
knows why, and where the whole original is.

>>> note_texts("ja", "en", 3, 4)
('ja', 'このページは全4文のうち3文（75%）を翻訳したものです。', '原文（英語）')
"""

from __future__ import annotations

from collections.abc import Mapping

from prlocalize.render.escaping import attribute, bcp47, escape_text

__all__ = ["footer_html", "note_texts"]

# (share sentence, link text) per language; {total} {translated} {percent} {language}
_NOTES = {
    "ja": (
        "このページは全{total}文のうち{translated}文（{percent}）を翻訳したものです。",
        "原文（{language}）",
    ),
    "ko": (
        "이 페이지는 전체 {total}개 문장 중 {translated}개({percent})를 번역한 것입니다.",
        "원문({language})",
    ),
    "zh": ("本页共{total}句，已翻译{translated}句（{percent}）。", "原文（{language}）"),
    "en": (
        "{translated} of the {total} sentences on this page ({percent}) are translated.",
        "Original ({language})",
    ),
}


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def note_texts(locale: str, source_lang: str, translated: int, total: int) -> tuple[str, str, str]:
    """(language of the note, share sentence, link text) for a ``locale`` page; a
    language without its own wording gets the English one (and says so with ``lang``)."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import format_percent

    lang = _language(locale)
    note_lang = lang if lang in _NOTES else "en"
    babel_locale = locale.replace("-", "_") if note_lang == lang else "en"
    names: Mapping[str, str]
    try:
        names = Locale.parse(babel_locale).languages
        percent = format_percent(translated / total if total else 1, locale=babel_locale)
    except (UnknownLocaleError, ValueError):
        names, percent = {}, f"{round(100 * translated / total) if total else 100}%"
    source = _language(source_lang)
    language = str(names.get(source_lang.replace("-", "_")) or names.get(source) or source_lang)
    share, link = _NOTES[note_lang]
    values = {"total": total, "translated": translated, "percent": percent, "language": language}
    return note_lang, share.format(**values), link.format(**values)


def footer_html(
    locale: str, source_lang: str, translated: int, total: int, original: str | None
) -> str:
    """The note as an HTML ``<footer>`` (every piece escaped here)."""
    note_lang, share, link = note_texts(locale, source_lang, translated, total)
    lang = bcp47(locale) if note_lang == _language(locale) else note_lang
    html = f'<footer class="translation-note" lang="{escape_text(lang)}"><p>{escape_text(share)}'
    if original:
        html += (
            f"\n<a href={attribute(original)} hreflang={attribute(bcp47(source_lang))}>"
            f"{escape_text(link)}</a>"
        )
    return html + "</p></footer>"
