"""PR401 on who signed for which side, and who only looked on. A translation that gives
every name and body the glossary's form may still have the two signatories swapped
('水瀬県を代表してパク・ジェウォン市長が' for 'Governor Haruka Kitayama signed for Minase
Prefecture'), a mayor given the other city ('Mayor Kenji Morozumi of Seowon City' for
'両角 健司朝比奈市長'), an attendee given the other side's office ('박재원 미나세현 지사'),
or the witness made a signatory ('…カン・ミンソク閣下とともに署名しました' for 'in the
presence of H.E. Kang Min-seok'). Each person is paired with the body set beside it (a
place or organisation, inside a title or not); the same pairs in the translation's order,
a witness said in other words ('ご臨席のもと', '참석한 가운데', 'attended by') and a
person the source gives no body stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _entry("kitayama", Kind.PERSON, "Haruka Kitayama", "北山 遥", "기타야마 하루카"),
        _entry("park", Kind.PERSON, "Park Jae-won", "パク・ジェウォン", "박재원"),
        _entry("kang", Kind.PERSON, "Kang Min-seok", "カン・ミンソク", "강민석"),
        _entry("morozumi", Kind.PERSON, "Kenji Morozumi", "両角 健司", "모로즈미 겐지"),
        _entry("yoon", Kind.PERSON, "Yoon Ha-na", "ユン・ハナ", "윤하나"),
        _entry("minase", Kind.PLACE, "Minase Prefecture", "水瀬県", "미나세현"),
        _entry("daeseong", Kind.PLACE, "Daeseong Metropolitan City", "大星広域市", "대성광역시"),
        _entry("asahina", Kind.PLACE, "Asahina City", "朝比奈市", "아사히나시"),
        _entry("seowon", Kind.PLACE, "Seowon City", "瑞園市", "서원시"),
        _entry("gov", Kind.TITLE, "Governor of Minase Prefecture", "水瀬県知事", "미나세현 지사"),
        _entry(
            "mayor-d",
            Kind.TITLE,
            "Mayor of Daeseong Metropolitan City",
            "大星広域市長",
            "대성광역시장",
        ),
        _entry("mayor-a", Kind.TITLE, "Mayor of Asahina City", "朝比奈市長", "아사히나시장"),
        _entry("governor", Kind.TITLE, "Governor", "知事", "지사"),
        _entry("mayor", Kind.TITLE, "Mayor", "市長", "시장"),
        _entry("ambassador", Kind.TITLE, "Ambassador", "大使", "대사"),
    ]
)
EN_SIGNED = (
    "Governor Haruka Kitayama signed for Minase Prefecture and Mayor Park Jae-won signed "
    "for Daeseong Metropolitan City, in the presence of H.E. Kang Min-seok, Ambassador."
)
EN_LIST = (
    "Attendees: Haruka Kitayama, Governor of Minase Prefecture; "
    "Park Jae-won, Mayor of Daeseong Metropolitan City"
)
JA_CEREMONY = (
    "式典には瑞園市のユン・ハナ市長が出席し、両角 健司朝比奈市長とともに共同宣言に署名しました。"
)


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            EN_SIGNED,
            "大使 カン・ミンソク閣下の立会いのもと、水瀬県を代表して北山 遥知事が、大星広域市を代表してパク・ジェウォン市長が署名しました。",  # noqa: E501
        ),
        (
            "ja",
            EN_SIGNED,
            "大星広域市を代表してパク・ジェウォン市長が、水瀬県を代表して北山 遥知事が、カン・ミンソク大使ご臨席のもと署名しました。",  # noqa: E501
        ),
        (
            "ko",
            EN_SIGNED,
            "미나세현을 대표해 기타야마 하루카 지사가, 대성광역시를 대표해 박재원 시장이 서명했으며, 강민석 대사가 입회했다.",  # noqa: E501
        ),
        (
            "ko",
            EN_SIGNED,
            "강민석 대사가 참석한 가운데 미나세현을 대표해 기타야마 하루카 지사가, 대성광역시를 대표해 박재원 시장이 서명했다.",  # noqa: E501
        ),
        ("ko", EN_LIST, "참석자: 기타야마 하루카 미나세현 지사, 박재원 대성광역시장"),
        ("ja", EN_LIST, "出席者：水瀬県知事 北山 遥、大星広域市長 パク・ジェウォン"),
        (
            "en",
            JA_CEREMONY,
            "Mayor Yoon Ha-na of Seowon City attended"
            " and signed a joint declaration with Asa"
            "hina Mayor Kenji Morozumi.",
        ),
        (
            "en",
            "大使 カン・ミンソク閣下の立会いのもと、北山 遥知事とパク・ジェウォン市長が署名しました。",  # noqa: E501
            "Governor Haruka Kitayama and Mayor Park "
            "Jae-won signed, with Ambassador Kang Min"
            "-seok attending.",
        ),
    ],
)
def test_sides_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" not in _codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            EN_SIGNED,
            "大使 カン・ミンソク閣下の立会いのもと、水瀬県を代表してパク・ジェウォン市長が、大星広域市を代表して北山 遥知事が署名しました。",  # noqa: E501
        ),
        (
            "ko",
            EN_SIGNED,
            "미나세현을 대표해 박재원 시장이, 대성광역시를 대표해 기타야마 하루카 지사가 서명했으며, 강민석 대사가 입회했다.",  # noqa: E501
        ),
        ("ko", EN_LIST, "참석자: 기타야마 하루카 미나세현 지사, 박재원 미나세현 지사"),
        (
            "en",
            JA_CEREMONY,
            "Mayor Kenji Morozumi of Seowon City atte"
            "nded and signed a joint declaration with"
            " Asahina Mayor Yoon Ha-na.",
        ),
        # the witness made a signatory
        (
            "ja",
            EN_SIGNED,
            "水瀬県を代表して北山 遥知事が、大星広域市を代表してパク・ジェウォン市長が、大使 カン・ミンソク閣下とともに署名しました。",  # noqa: E501
        ),
        (
            "ko",
            EN_SIGNED,
            "미나세현을 대표해 기타야마 하루카 지사가, 대성광역시를 대표해 박재원 시장이 강민석 대사와 함께 서명했다.",  # noqa: E501
        ),
        (
            "en",
            "북산 지사와 박재원 시장이 서명하며, 강민석 대사가 입회한다.",
            "Park Jae-won and Ambassador Kang Min-seok will sign the agreement.",
        ),
    ],
)
def test_side_given_to_another(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" in _codes(locale, msgid, msgstr)
