"""prlocalize.rules.product_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Product and service names a Japanese or Korean translation keeps in Latin letters as the
source writes them: 'SecureGate Client for macOS', 'AWS, Microsoft Azure, Google Cloud',
'DataHub Pro Enterprise Edition'. Such a run is no English left untranslated: it is made
of name words (capitalised, cased inside like a brand, or an acronym), with only a
name's joining words between them ('for', 'of', '&'), holds at least one word shaped
like a brand, an acronym or a model ('SecureGate', 'macOS', 'AWS', 'X9') and takes each
word from the source. A headline set in title case capitalises every word, its verbs too ('NeoCloud
Launches DataHub Pro'): there capitals tell no name, and nothing is judged kept.
"""

from __future__ import annotations

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["kept_product_names", "title_cased_source"]

# a name's word: capitalised ('Client'), cased inside ('macOS', 'iPark', 'DataHub'), or
# an acronym ('AWS'); a version's dots and a plus may follow ('Pro+', 'X2')
_WORD = r"(?:[A-Z][A-Za-z0-9+]*|[a-z]+[A-Z][A-Za-z0-9+]*)"
_JOIN = r"(?:,\s|\s(?:(?:for|of|on|and|&|de)\s)?|\s?&\s?)"
_RUN = lazy_compile(rf"(?<![A-Za-z0-9]){_WORD}(?:{_JOIN}{_WORD})+(?![A-Za-z0-9])")
# a word shaped like a brand or an acronym: a capital after a letter ('SecureGate',
# 'macOS', 'AWS'), which no English word of a sentence has, or a model's capital and
# digits ('X9', 'S26', 'L13' of 'Nova X9 Pro', 'Galaxy S26 Ultra')
_BRAND_SHAPED = lazy_compile(r"[A-Za-z][A-Z]|[A-Za-z]\d")
_WORDS = lazy_compile(r"[A-Za-z][A-Za-z0-9+]*")
# a word of a sentence, not of a headline: lower case and longer than the short words
# title case leaves in lower case ('with', 'from', 'into')
_SENTENCE_WORD = lazy_compile(r"(?<![A-Za-z])[a-z]{5,}(?![A-Za-z])")


def title_cased_source(msgid: str) -> bool:
    """Whether ``msgid`` capitalises every word but the short ones, as a headline does."""
    return _SENTENCE_WORD.search(msgid) is None


def kept_product_names(msgid: str, msgstr: str) -> list[tuple[int, int]]:
    """Spans of ``msgstr`` holding product and service names kept as ``msgid`` writes them."""
    if title_cased_source(msgid):
        return []
    source_words: set[str] | None = None  # read once a run shaped like a name turns up
    spans = []
    for run in _RUN.finditer(msgstr):
        words = _WORDS.findall(run[0])
        names = [w for w in words if w[:1].isupper() or _BRAND_SHAPED.search(w)]
        if not any(_BRAND_SHAPED.search(w) for w in names):
            continue
        if source_words is None:
            source_words = set(_WORDS.findall(msgid))
        if all(w in source_words for w in names):
            spans.append(run.span())
    return spans
