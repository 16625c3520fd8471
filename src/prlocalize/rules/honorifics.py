"""prlocalize.rules.honorifics
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Japanese or Korean honorific left after a name written in Latin letters ('Kenji Ashida
氏', 'Seo Yun-ah 님'): what a translator forgets to take out when the speaker's line of a
programme ('森下 玲奈 氏', '한지우 님') becomes English. Latin text never writes one, so
it is a fragment of the source, however short, and whatever bracket follows it: '氏
(Toto University)' is no reading of '氏'. So is the honorific romanised onto the name
('Kiyosawa-san', 'Han-nim'), where the source gives the person one; and in an English
release, where nothing gives one, after a word of a glossary person's name ('Keiko
Takada-san', 'Park Ji-min ssi').
"""

from __future__ import annotations

from prlocalize.lazy_patterns import lazy_compile

# the honorifics a programme, a bio or an invitation puts after a person's name
_HONORIFIC = "先生|氏|様|さま|さん|殿|君|くん|ちゃん|선생님|님|씨"
# a capitalised Latin word ('Ashida', 'Yun-ah', 'MORISHITA'), a space or none, the
# honorific, and no letter of the other script after it ('Name 氏名' is a label's pair)
_AFTER_LATIN_NAME = lazy_compile(
    r"(?<![A-Za-z'’\-])[A-Z](?:[A-Za-z'’\-]*[A-Za-z])?[ \u00a0\u3000]?"
    rf"({_HONORIFIC})(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])"
)
_GATE = lazy_compile(_HONORIFIC)


def honorifics_after_latin_names(text: str) -> list[tuple[int, int]]:
    """The spans of the honorifics in ``text`` written after a name in Latin letters."""
    if text.isascii() or _GATE.search(text) is None:
        return []
    return [m.span(1) for m in _AFTER_LATIN_NAME.finditer(text)]


# the honorific romanised onto a capitalised name by a hyphen ('Kiyosawa-san', 'Han-nim'),
# a Korean given name's own hyphen before it ('Jung Tae-min-nim'); not a name quoted as one
# ('known as "Konpira-san"', a shrine's by-name)
_ROMANISED = lazy_compile(
    r"(?<![A-Za-z'’\-\"“‘«])[A-Z][a-z]+(?:-[a-z]+)?"
    r"(-(?:san|sama|sensei|kun|chan|dono|nim|ssi))(?![A-Za-z\-])"
)


def has_honorific(text: str) -> bool:
    """Whether ``text`` (Japanese or Korean) holds an honorific a name may take."""
    return _GATE.search(text) is not None


def romanised_honorifics(text: str) -> list[tuple[int, int]]:
    """The spans of the honorifics romanised onto a name in ``text`` ('-san' of
    'Kiyosawa-san')."""
    if "-" not in text:
        return []
    return [m.span(1) for m in _ROMANISED.finditer(text)]


# the honorific romanised after a word of a name, joined by a hyphen or, in lower case,
# spaced ('Takada-san', 'Ji-min ssi'); the word may be a romanised Korean given name
# ('Ji-min'), so its own hyphen is part of it
_ROMANISED_AFTER_WORD = lazy_compile(
    r"(?<![A-Za-z'’\-\"“‘«])(?P<word>[A-Z][A-Za-z]*(?:-[a-z]+)?)"
    r"(?P<honorific>-(?:san|sama|sensei|kun|chan|dono|nim|ssi)|-(?:San|Sama|Nim|Ssi)"
    r"|[ \u00a0](?:san|sama|sensei|nim|ssi))(?![A-Za-z\-])"
)


def romanised_after_names(text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each honorific romanised after one of ``words`` (the words of
    the persons' names a release gives) in ``text``: 'Takada-san', 'Ji-min ssi'. Only
    after a person's name, as a place's own 'san' ('Fuji-san') or a shrine's by-name is
    none."""
    if not words or ("-" not in text and " " not in text):
        return []
    found = []
    for m in _ROMANISED_AFTER_WORD.finditer(text):
        if m["word"] in words:
            found.append((m.start("honorific"), m.end("honorific"), m["word"]))
    return found
