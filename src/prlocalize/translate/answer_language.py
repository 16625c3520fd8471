"""prlocalize.translate.answer_language
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Whether a machine translation came back in another language than the one asked for:
an engine that cannot translate a sentence (a pair it does not serve, a text it took
for code, a failure it reports as an answer) hands the sentence back as it was, or
answers in the neighbouring language (Korean for Japanese, Japanese for Korean). Such
an answer is no draft. A sentence handed back is judged only where it is running text
in another language: a name, a URL or a figure is rightly the same in both.
"""

from __future__ import annotations

import re

from prlocalize.locales import language
from prlocalize.scripts import Script, detect_language, han_language, script_of

# a word of running text: lower-case letters between spaces and punctuation (a name,
# a URL, an address or a code is not one)
_PROSE_WORD = re.compile(r"[a-z]{2,}")
_EDGE_PUNCTUATION = "\"'“”‘’()[],.;:!?"
_MIN_PROSE_WORDS = 2  # 'said', 'will open': a name has no lower-case word
_MIN_LETTERS = 4  # CJK letters enough to say which language a text is in
_CJK_LETTERS = frozenset({Script.HIRAGANA, Script.KATAKANA, Script.HANGUL, Script.HAN})
# a tag: a placeholder or markup (its attributes are no words of the sentence)
_TAGS = re.compile(r"<[^<>]*>")


def wrong_language(source: str, answer: str, target: str) -> str | None:
    """The language ``answer`` is written in, when it is clearly not ``target``'s."""
    want = language(target)
    counts: dict[Script, int] = {}
    for char in answer:
        script = script_of(char)
        counts[script] = counts.get(script, 0) + 1
    kana = counts.get(Script.HIRAGANA, 0) + counts.get(Script.KATAKANA, 0)
    hangul = counts.get(Script.HANGUL, 0)
    if " ".join(answer.split()) == " ".join(source.split()):
        found = detect_language(answer)
        cjk = kana + hangul + counts.get(Script.HAN, 0)
        if found != want and (_prose(answer) or cjk >= _MIN_LETTERS):
            return found
    # the other's letters outnumbering the language's own: an engine that began in the
    # language asked for and went on in the other ('AW721편은 釜山を10時に出発し…') is
    # no draft either; a name quoted in the other script ('김민준（キム・ミンジュン）') is fewer
    if want == "ja" and hangul >= _MIN_LETTERS and hangul > kana:
        return "ko"
    if want == "ko" and kana >= _MIN_LETTERS and kana > hangul:
        return "ja"
    # English asked for, and not one Latin letter outside tags: the model answered in
    # Chinese, Japanese or Korean ('码头每天开放。' for a Japanese source); a figure or a
    # date ('2027年5月20日') has too few letters to judge
    if want == "en":
        other = _without_latin(_TAGS.sub("", answer))
        if other is not None:
            return other
    # Chinese: Han letters alone, with no kana (no hangul) and a letter only Chinese writes
    # ('机型为…'); a Japanese headline of Han alone ('釧路－釜山線毎日運航開始') has none
    own = kana if want == "ja" else hangul if want == "ko" else None
    han = counts.get(Script.HAN, 0)
    if own == 0 and han >= _MIN_LETTERS and han_language(answer) == "zh":
        return "zh"
    return None


def _prose(text: str) -> bool:
    words = (token.strip(_EDGE_PUNCTUATION) for token in text.split())
    return sum(1 for word in words if _PROSE_WORD.fullmatch(word)) >= _MIN_PROSE_WORDS


def _without_latin(text: str) -> str | None:
    """The CJK language ``text`` is in when it holds CJK letters and no Latin one."""
    latin = cjk = 0
    for char in text:
        script = script_of(char)
        latin += script is Script.LATIN
        cjk += script in _CJK_LETTERS
    return detect_language(text) if not latin and cjk >= _MIN_LETTERS else None
