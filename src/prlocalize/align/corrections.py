"""prlocalize.align.corrections
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A release corrected after publication is often kept twice: the version first
published, and the corrected one beside it, named as the office marks a correction
('launch_訂正版.ja.md', '【訂正】新製品発表.txt', 'launch.ja.corrected.md',
'보도자료_정정.txt'). The corrected version is the translation to learn; the one it
replaces holds the error the correction notice was about. :func:`uncorrected` gives a
corrected file's name without the mark, so that it takes its twin's place in the
release. A name marking the version before the correction ('訂正前', '정정 전') holds
no such mark.
"""

from __future__ import annotations

import re
from pathlib import Path

_MARK = r"訂正版|訂正後|訂正|修正版|修正後|정정본|정정|수정본|corrected"
# the mark in brackets anywhere in the name ('【訂正】', '（訂正）', '[corrected]'), or as
# a word after the name, set off by separators ('_訂正版', '.corrected', '_정정');
# '訂正前' (before the correction) and 'correction-notice' (the notice itself) are not
# (the separators before a bracket are taken only from where their run starts, so that
# a long run of them is read once, not once from each of its characters)
_CORRECTED = re.compile(
    rf"(?:(?<![\s_\-.])[\s_\-.]+)?[【\[(（](?:{_MARK})[】\])）][\s_\-]*"
    rf"|(?<=[^\s_\-.])[\s_\-.]+(?:{_MARK})(?=$|[\s_\-.])",
    re.IGNORECASE,
)


_SEPARATORS = " _-."


def uncorrected(rel: Path, base: str) -> Path | None:
    """``rel`` named without its correction mark, or None when its name (``base``: the
    name without its suffixes) has none."""
    found = _CORRECTED.search(base)
    if found is None:
        return None
    left, right = base[: found.start()], base[found.end() :]
    if left and right[:1] not in _SEPARATORS:  # '20230612_【訂正】発表': keep the '_'
        left += next((c for c in found[0] if c in _SEPARATORS), "")
    name = (left + right).strip(_SEPARATORS)
    if not name or not rel.name.startswith(base):
        return None
    return rel.with_name(name + rel.name[len(base) :])
