"""PR410 on a negation dropped from an English translation that has a word starting with
'un' but no negative one ('under Article 796', 'under the age of 7', 'until', 'university'):
the prefix un- ('unchanged', 'unpaid') is a negative word, those words are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WITHOUT = "本株式交換は、会社法第796条第2項に基づき、株主総会の承認を受けずに行います。"
CHILDREN = "만 7세 미만 어린이는 보호자와 동반하더라도 입장할 수 없다."


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR410"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (WITHOUT, "The exchange will be made under Article 796 with shareholders' approval."),
        (CHILDREN, "Children under the age of 7 will be admitted when accompanied by a guardian."),
        (CHILDREN, "Children will be admitted until the age of 7 with a guardian."),
    ],
)
def test_negation_dropped(msgid: str, msgstr: str) -> None:
    assert _negations("en", msgid, msgstr)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (WITHOUT, "The exchange will be made under Article 796 without shareholders' approval."),
        (CHILDREN, "Children under the age of 7 will not be admitted, even with a guardian."),
        (CHILDREN, "Children under the age of 7 are unable to enter, even with a guardian."),
        ("年会費は変更しません。", "The annual fee remains unchanged."),
    ],
)
def test_negation_kept(msgid: str, msgstr: str) -> None:
    assert _negations("en", msgid, msgstr) == []
