"""prlocalize.rules.former_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A former name cited as such: '(formerly “Aozora Robotix”)', '（旧社名：北浜運輸株式会社）',
'(구 사명: …)'. A glossary lists a company's or a brand's old name as a form not to
use, and a release or its translation that cites it so mentions it; it does not use it.
"""

from __future__ import annotations

import re

# what cites a former name right before it: 'formerly (known as)', 'previously', 'former
# name', 旧社名／旧称／旧, 구 사명／옛 이름／구; quotes, a colon or an English article
# may stand between ('(formerly the Kamiyama Plant)')
_FORMER_NAME = re.compile(
    r"(?:\b(?:[Ff]ormerly|[Pp]reviously|[Ff]ormer(?:ly)?\s+(?:name|known\s+as)|"
    r"[Oo]riginally)(?:\s+(?:known\s+as|called|named))?|旧社名|旧商号|旧称|旧名|(?<![\u4e00-\u9fff])旧|"
    r"구\s?사명|구\s?상호|옛\s?이름|(?<![\uac00-\ud7a3])구)"
    r"\s*[:：]?\s*(?:(?<=\s)the\s+)?[\"“'‘「『]?$"
)
# how far before the name such a citation is looked for
_REACH = 40


def cites_former_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` is cited as a former name."""
    return _FORMER_NAME.search(text[max(0, start - _REACH) : start]) is not None
