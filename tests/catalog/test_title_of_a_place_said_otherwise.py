"""PR401 on a title that heads a city or a prefecture ('Mayor of Asahina City', 'Governor
of Minase Prefecture'), which English says in other ways than the sheet's: the place
before the office ('Asahina Mayor Kenji Morozumi'), the place without its generic ('Mayor
of Asahina'), or the person's name between ('Governor Haruka Kitayama of Minase
Prefecture' for '기타야마 하루카 미나세현 지사'); each was reported as the approved
translation missing. A rank before the office ('Vice Governor … of Minase Prefecture')
is another office, and another place is another mayor: both are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "mayor-asahina",
            Kind.TITLE,
            {
                "en": Term("Mayor of Asahina City"),
                "ja": Term("朝比奈市長"),
                "ko": Term("아사히나시장"),
            },
        ),
        Entry(
            "governor-minase",
            Kind.TITLE,
            {
                "en": Term("Governor of Minase Prefecture"),
                "ja": Term("水瀬県知事"),
                "ko": Term("미나세현 지사"),
            },
        ),
        Entry(
            "kitayama",
            Kind.PERSON,
            {"en": Term("Haruka Kitayama"), "ja": Term("北山 遥"), "ko": Term("기타야마 하루카")},
        ),
        Entry(
            "morozumi",
            Kind.PERSON,
            {"en": Term("Kenji Morozumi"), "ja": Term("両角 健司"), "ko": Term("모로즈미 겐지")},
        ),
    ]
)
JA_SIGNED = "式典では、両角 健司朝比奈市長が共同宣言に署名しました。"
KO_CALL = "한 차관은 2일 기타야마 하루카 미나세현 지사를 예방한다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (JA_SIGNED, "At the ceremony, Asahina Mayor Kenji Morozumi signed the joint declaration."),
        (JA_SIGNED, "At the ceremony, Mayor of Asahina Kenji Morozumi signed the declaration."),
        (JA_SIGNED, "Mayor Kenji Morozumi of Asahina City signed the joint declaration."),
        (JA_SIGNED, "Asahina City Mayor Kenji Morozumi signed the joint declaration."),
        (KO_CALL, "On the 2nd, he will call on Governor Haruka Kitayama of Minase Prefecture."),
        (KO_CALL, "On the 2nd, he will call on Minase Governor Haruka Kitayama."),
        (KO_CALL, "On the 2nd, he will call on Haruka Kitayama, Governor of Minase."),
    ],
)
def test_title_said_by_its_place(msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            KO_CALL,
            "On the 2nd, he will call on Vice Governor Haruka Kitayama of Minase Prefecture.",
        ),
        (KO_CALL, "On the 2nd, he will call on Minase Vice Governor Haruka Kitayama."),
        (JA_SIGNED, "Deputy Mayor Kenji Morozumi of Asahina City signed the declaration."),
        (JA_SIGNED, "Mayor Kenji Morozumi of Seowon City signed the joint declaration."),
    ],
)
def test_another_office_of_the_place(msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)
