"""prlocalize.translate.answer_wrappers
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a language model writes round a translation, taken off or refused. Asked for a
text's translation, models add words of their own: a label before it ('Here is the
translation:', '翻訳：', '번역:'), quotes or a code fence round it, a line break at its
end; or after it a note ('(Note: …)', '（注：…）', '(참고: …)') or a second version on
another line. A label, quotes, a fence and white space the source has not are taken
off (the translation inside is whole); a note or more lines than the source has are
refused, since what of the answer is the translation is not known, and so is an answer
that says a sentence twice (a model caught in a loop). Each is judged
against the source: a source that has the same shape keeps it in its translation.
"""

from __future__ import annotations

import re

# a colon that ends a label: not a URL's ('https://'), nor a time's ('10:30')
_LABEL_COLON = re.compile(r"[:：](?!//)(?!\d)")
# a label naming the translation or its language, ending in a colon, before the text
_LABEL = re.compile(
    r"^(?:(?:sure|certainly|okay|ok)\b[!,.]?\s*)?"
    r"(?:(?:here\s+is|here's|below\s+is)\s+)?(?:the\s+|a\s+|my\s+)?"
    r"(?:(?:english|japanese|korean|chinese)\s+)?translat(?:ion|ed\s+text)\b[^:：\n]{0,40}[:：]"
    r"|^(?:english|japanese|korean)\s*(?:\([^()\n]{0,12}\))?\s*[:：]"
    r"|^(?:以下(?:が|は)?)?(?:(?:日本語|英語|韓国語)(?:訳|版)?|翻訳(?:結果|文)?|訳文|和訳|英訳)"
    r"(?:です)?\s*[:：]"
    r"|^(?:(?:영어|한국어|일본어)\s*(?:번역문?)?|번역(?:문|본|\s*결과)?|영문|국문)\s*[:：]",
    re.IGNORECASE,
)
_FENCE = re.compile(r"^```[\w-]*[ \t]*\n(.*?)\n?[ \t]*```$", re.DOTALL)
_QUOTE_PAIRS = {'"': '"', "“": "”", "「": "」", "『": "』", "'": "'", "‘": "’", "«": "»"}
_QUOTES = frozenset(_QUOTE_PAIRS) | frozenset(_QUOTE_PAIRS.values()) | {"„", "＂"}
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")
_MIN_REPEATED = 12  # characters of a sentence whose repetition is no style
# a note a model adds of its own, where a note begins (a text's or a sentence's start, a
# bracket): 'Note:', '(Translator's note', '（注：', '訳注', '(참고:', '역주'; not 'Please note:'
_NOTE = re.compile(
    r"(?:^|[\n(（\[【]|[.!?。！？]\s*)\s*(?:(?:translator'?s\s+)?note|注|참고)\s*[:：]"
    r"|translator'?s\s+note|訳注|역주",
    re.IGNORECASE,
)


def unwrapped(answer: str, source: str) -> tuple[str, str | None]:
    """``answer`` without the label, quotes, fence and white space a model put round it,
    and why it is refused (None: it is a translation)."""
    text = _trimmed(answer, source)
    if "```" not in source and (fenced := _FENCE.match(text.strip())):
        text = _trimmed(fenced.group(1), source)
    if not _LABEL_COLON.search(source) and (label := _LABEL.match(text.lstrip())):
        rest = text.lstrip()[label.end() :]
        if rest.strip():
            text = _trimmed(rest, source)
    text = _unquoted(text, source)
    note = _NOTE.search(text)
    # (a source with a note, a footnote mark or a label of its own may be translated with one)
    if note and not _NOTE.search(source) and "*" not in source and not _LABEL_COLON.search(source):
        return (
            text,
            f"the answer adds a note of the model's own: '{_excerpt(text[note.start() :])}'",
        )
    repeated = _repeated_sentence(text)
    if repeated and not _repeated_sentence(source):
        return text, f"the answer says a sentence twice: '{_excerpt(repeated)}'"
    if "\n" in text.strip() and "\n" not in source.strip():
        lines = len([line for line in text.splitlines() if line.strip()])
        return text, (
            f"the answer has {lines} lines for a text of one (another version, or words "
            "of the model's own)"
        )
    return text, None


def _repeated_sentence(text: str) -> str | None:
    """A sentence ``text`` says twice (a model caught in a loop), or None; a short one
    ('Yes.', '以上。') may rightly come again."""
    seen: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        key = " ".join(sentence.split())
        if len(key) < _MIN_REPEATED:
            continue
        if key in seen:
            return key
        seen.add(key)
    return None


def _trimmed(text: str, source: str) -> str:
    """``text`` without white space at its ends that the source has not there."""
    if not source[:1].isspace():
        text = text.lstrip()
    if not source[-1:].isspace():
        text = text.rstrip()
    return text


def _unquoted(text: str, source: str) -> str:
    """``text`` without one pair of quotes round all of it, where the source neither
    begins nor ends with a quote and nothing inside is quoted with the same marks."""
    if len(text) < 3 or text[0] not in _QUOTE_PAIRS:
        return text
    stripped = source.strip()
    if not stripped or stripped[0] in _QUOTES or stripped[-1] in _QUOTES:
        return text
    opening, closing = text[0], _QUOTE_PAIRS[text[0]]
    inner = text[1:-1]
    if text[-1] != closing or opening in inner or closing in inner:
        return text
    return inner.strip()


def _excerpt(text: str) -> str:
    words = " ".join(text.split())
    return f"{words[:50]}…" if len(words) > 50 else words
