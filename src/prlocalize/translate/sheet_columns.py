"""prlocalize.translate.sheet_columns
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The status column of a bilingual table, as teams head it (``Status``, ``ステータス``,
``상태``, an ``Approved`` checkbox), and whether its value says a row is not finished
(``Draft``, ``Rejected``, ``未確認``, ``確認中``, ``검토 중``, ``FALSE``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_STATUS_HEADERS = frozenset(
    {
        "status", "state", "review status", "translation status", "approval",
        "ステータス", "状態", "状況", "進捗", "確認", "承認", "상태", "진행 상태", "검수", "검토",
        "승인", "확인",
        # a checkbox column (Excel and Google Sheets write TRUE / FALSE)
        "approved", "approved?", "confirmed", "reviewed", "承認済み", "確認済み", "승인 여부",
    }
)  # fmt: skip
_SAYS_NO = frozenset({"false", "no", "0", "×", "✗"})

# what a status says of a row nobody finished: the words CAT tools and trackers use, and
# the Japanese and Korean way of saying it (未… / 要… "not yet / needs", …中 / … 중
# "in the middle of", 미… "not yet")
_UNFINISHED = re.compile(
    r"\b(?:draft|pending|rejected?|unconfirmed|unapproved|unreviewed|untranslated|"
    r"not (?:confirmed|approved|reviewed|translated|started|done)|in (?:review|progress)|"
    r"needs? (?:review|check|fix|work)|to (?:review|check|do)|todo|tbd|wip|on hold|fuzzy)\b"
    r"|^(?:未|要|미)\S|\S(?:中|\s?중)$|下書き|仮訳|却下|差し戻し|保留|"
    r"초안|반려|보류|가번역|(?:수정|확인|검토)\s?필요"
    # a machine's draft nobody edited ('MT', not 'MT post-edited')
    r"|^(?:raw )?(?:mt|machine[- ]translat\w*)$|^機械翻訳$|^기계\s?번역$",
    re.IGNORECASE,
)


def status_column(header: Sequence[str]) -> int | None:
    """The index of a header's status column, else None."""
    return next(
        (at for at, name in enumerate(header) if name.strip().casefold() in _STATUS_HEADERS),
        None,
    )


def unfinished(value: str) -> bool:
    """Whether a status cell says its row is not finished (an empty or unknown status
    leaves the row in: nothing says it is not)."""
    text = value.strip()
    return text.casefold() in _SAYS_NO or _UNFINISHED.search(text) is not None
