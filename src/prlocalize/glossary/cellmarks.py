"""prlocalize.glossary.cellmarks
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Marks a hand-kept sheet puts on a form inside its cell, which no release writes with
the form: a note after a reference mark ('ノーヴェイル物流株式会社 ※旧社名：北浜運輸'),
a form the team retired and keeps listed beside the current one ('旧: ハーバーキッチン',
'Harbor Kitchen (old)', '구: 하버키친'), and Excel's apostrophe that keeps a cell as
text ("'24/7 Fresh", "'2030 Vision"). Read as written, the cell is an approved form no
text ever holds (every mention of the name is then reported), or a retired form is
accepted as a variant.
"""

from __future__ import annotations

import re

# a reference mark (kome-jirushi) and what follows it: Japanese sheets' note, never part
# of a name; the form before it must be there
_KOME = re.compile(r"^(?P<form>[^※]*?\S)[ \t\u3000]*※[ \t\u3000]*(?P<note>\S.*)$", re.DOTALL)

# a label before a retired form: '旧: …', '旧：…', 'old: …', 'former: …', '구: …', '(旧) …'
# (a bare '旧' glued to a name is a name: '旧古河庭園')
_RETIRED_BEFORE = re.compile(
    r"^(?:(?:旧|旧称|旧名|旧表記|old|former|formerly|retired|obsolete|deprecated|구|이전)"
    r"[ \u3000]*[:：][ \u3000]*|[(（](?:旧|old|구)[)）][ \u3000]*)(?P<form>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# a label after a retired form: 'Harbor Kitchen (old)', 'ハーバーキッチン（旧表記）',
# '하버키친(구)', 'Harbour Kitchen [do not use]'
_RETIRED_AFTER = re.compile(
    r"^(?P<form>.*?\S)[ \u3000]*[(（\[［](?:old|former|formerly|retired|obsolete|deprecated"
    r"|outdated|do not use|don't use|no longer used|旧|旧称|旧名|旧表記|旧社名|使用不可|使用禁止"
    r"|廃止|구|구 ?표기|사용 ?금지|폐기)[)）\]］]$",
    re.IGNORECASE | re.DOTALL,
)


def kome_note(cell: str) -> tuple[str, str] | None:
    """(form, note) of a cell whose note follows a reference mark, else None."""
    if "※" not in cell:
        return None  # (most cells: no pattern run)
    match = _KOME.match(cell.strip())
    return (match["form"].strip(), match["note"].strip()) if match else None


def retired_form(form: str) -> str | None:
    """The form a label marks as retired ('旧: ハーバー' → 'ハーバー'), else None."""
    match = _RETIRED_BEFORE.match(form) or _RETIRED_AFTER.match(form)
    return match["form"].strip() if match else None


def excel_text_mark(cell: str) -> str | None:
    """``cell`` without the apostrophe Excel puts before a value it would otherwise read
    as a number, a date or a formula ("'24/7 Fresh", "'=Equal Table", "'+81 Labs"), or
    that a team types before any value ("'ゼロ・テーブル"), else None. Before a Latin letter
    the apostrophe may be the name's own ("'s-Hertogenbosch", "'Ohana Hawaii"), and one
    closed at the end is a quotation: both stay."""
    if not cell.startswith("'") or len(cell) < 2 or cell.endswith("'"):
        return None
    second = cell[1]
    if second.isspace() or second == "'" or (second.isascii() and second.isalpha()):
        return None
    return cell[1:].strip() or None
