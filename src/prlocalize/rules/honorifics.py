"""prlocalize.rules.honorifics
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Japanese or Korean honorific left after a name written in Latin letters ('Kenji Ashida
氏', 'Seo Yun-ah 님'): what a translator forgets to take out when the speaker's line of a
programme ('森下 玲奈 氏', '한지우 님') becomes English. Latin text never writes one, so
it is a fragment of the source, however short, and whatever bracket follows it: '氏
(Toto University)' is no reading of '氏'.
"""

from __future__ import annotations

import re

# the honorifics a programme, a bio or an invitation puts after a person's name
_HONORIFIC = "先生|氏|様|さま|さん|殿|君|くん|ちゃん|선생님|님|씨"
# a capitalised Latin word ('Ashida', 'Yun-ah', 'MORISHITA'), a space or none, the
# honorific, and no letter of the other script after it ('Name 氏名' is a label's pair)
_AFTER_LATIN_NAME = re.compile(
    r"(?<![A-Za-z'’\-])[A-Z](?:[A-Za-z'’\-]*[A-Za-z])?[ \u00a0\u3000]?"
    rf"({_HONORIFIC})(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])"
)
_GATE = re.compile(_HONORIFIC)


def honorifics_after_latin_names(text: str) -> list[tuple[int, int]]:
    """The spans of the honorifics in ``text`` written after a name in Latin letters."""
    if text.isascii() or _GATE.search(text) is None:
        return []
    return [m.span(1) for m in _AFTER_LATIN_NAME.finditer(text)]
