"""prlocalize.align.translation_notes
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The note an official translation opens or closes with, saying what it is: '本資料は、米国
時間2026年3月4日に発表したプレスリリースの抄訳です', '본 자료는 … 보도자료의 요약
번역본입니다', 'This is an English translation of a release issued in Japanese on …',
'In the event of any discrepancy, the Japanese original prevails'. It translates nothing
in the other version, but it carries the release's date, so the aligner paired it with
the dateline and left the dateline's true translation unpaired: the memory then offered
the note as the translation of the next release's dateline.
"""

from __future__ import annotations

import re

# (each pattern reads one sentence from its start; a note mark may open it)
_MARK = r"^[※＊*\s\u3000(（]*"
# '本資料は、…の抄訳です', 'このプレスリリースは…を翻訳したものです'
_JA_NOTE = re.compile(
    _MARK + r"(?:本|この|当)(?:資料|リリース|プレスリリース|ニュースリリース|報道資料|"
    r"発表資料|文書|ページ)(?:は|の内容は)"
    r".{0,120}?(?:抄訳|翻訳|和訳|日本語訳|参考訳|要約)"
)
# '本資料の正式言語は英語であり', '英語の原文が優先します', '原文は…をご参照ください'
_JA_ORIGINAL = re.compile(
    _MARK + r"(?:(?:本|この|当)(?:資料|リリース|プレスリリース|文書)の正式言語は"
    r"|(?:英語|英文|韓国語|原文)[^。]{0,40}?(?:優先(?:します|されます)|ご参照ください))"
)
# '본 자료는 … 보도자료의 요약 번역본입니다', '이 보도자료는 …을 번역한 것입니다'
_KO_NOTE = re.compile(
    _MARK + r"(?:본|이|해당)\s?(?:자료|보도\s?자료|문서|릴리스)(?:는|은)"
    r".{0,120}?(?:번역본|번역한\s?것|번역문|요약본|번역\s?자료|국문\s?번역)"
)
# '원문(영문)이 우선합니다', '영문 원문은 …을 참고하시기 바랍니다'
_KO_ORIGINAL = re.compile(
    _MARK + r"(?:영문|원문|영어|일본어|일문)[^.]{0,40}?"
    r"(?:우선합니다|우선한다|우선됩니다|(?:참조|참고)(?:하시기|해\s?주시기|\s?바랍니다))"
)
# 'This is an English translation of …', 'This press release is a translation of …'
_EN_NOTE = re.compile(
    _MARK + r"(?:this|the following)\s(?:(?:press |news )?release\s|document\s|"
    r"announcement\s|text\s|material\s)?(?:is|has been)\s(?:an?\s)?(?:[\w-]+\s){0,3}?"
    r"translat(?:ion|ed)\s(?:of|from)\b",
    re.IGNORECASE,
)
# 'In the event of any discrepancy, the Japanese original prevails', 'The Japanese
# original shall prevail'
_EN_ORIGINAL = re.compile(
    _MARK + r"(?:in (?:the )?(?:event|case) of (?:any )?(?:discrepanc|inconsistenc|conflict)"
    r"|(?:the )?(?:japanese|korean|english|original)(?: language)? (?:original|version|text)"
    r".{0,40}?\b(?:prevail|govern))",
    re.IGNORECASE,
)
_NOTES = (_JA_NOTE, _JA_ORIGINAL, _KO_NOTE, _KO_ORIGINAL, _EN_NOTE, _EN_ORIGINAL)
# the words every note holds one of, looked for before any pattern is tried
_GATE = re.compile(r"訳|優先|参照|ご覧|번역|우선|참조|참고|translat|prevail|govern", re.IGNORECASE)
_LONGEST = 300  # a note is one short sentence; a longer one says more than what it is


def translation_note(plain: str) -> bool:
    """Whether the sentence ``plain`` is a translation's note on itself (what it
    translates, which version prevails), which no sentence of the other version
    translates."""
    if len(plain) > _LONGEST or _GATE.search(plain) is None:
        return False
    return any(note.search(plain) for note in _NOTES)
