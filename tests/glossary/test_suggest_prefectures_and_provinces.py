"""``glossary suggest`` on the archive of a Japanese release with its Korean and English
pages: a place with its kind after it ('Tochigi Prefecture', 'Osaka Prefecture',
'Gyeonggi Province') is one place, its Japanese and Korean forms with their suffix
('栃木県', '도치기현', '경기도'), where the capitalised word after it made it part of a
company's name; a city before its prefecture ('Utsunomiya, Tochigi Prefecture') is cued
as 'in Utsunomiya' is, and its Korean form read without the city's suffix ('우쓰노미야시'),
five syllables long. A company's name before 'Prefecture'-less capitals stays none."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.suggest import SentencePair, suggest

JA_EN = [
    (
        "あおばアグリテック（本社：栃木県宇都宮市）は、提携を発表しました。",
        "Aoba Agritech (Head office: Utsunomiya, Tochigi Prefecture) announced a partnership.",
    ),
    ("所在地：栃木県宇都宮市", "Location: Utsunomiya, Tochigi Prefecture"),
    ("大阪府堺市に工場を建設します。", "It will build a plant in Sakai, Osaka Prefecture."),
    ("花園モーター東京工場を開設します。", "It will open the Hanazono Motor Tokyo Plant."),
]
KO_EN = [
    (
        "아오바 애그리테크(본사 도치기현 우쓰노미야시)는 제휴를 발표했다.",
        "Aoba Agritech (Head office: Utsunomiya, Tochigi Prefecture) announced a partnership.",
    ),
    ("소재지: 도치기현 우쓰노미야시", "Location: Utsunomiya, Tochigi Prefecture"),
    ("오사카부 사카이시에 공장을 짓는다.", "It will build a plant in Sakai, Osaka Prefecture."),
    ("경기도 평택시에 공장을 짓는다.", "It will build a plant in Pyeongtaek, Gyeonggi Province."),
]


def _places() -> dict[str, dict[str, str]]:
    pairs = [SentencePair("ja", ja, "en", en, f"ja{i}") for i, (ja, en) in enumerate(JA_EN)]
    pairs += [SentencePair("ko", ko, "en", en, f"ko{i}") for i, (ko, en) in enumerate(KO_EN)]
    found = suggest(pairs, min_confidence=0.0).candidates
    return {c.forms["en"]: c.forms for c in found if c.kind is Kind.PLACE}


def test_a_prefecture_or_province_is_one_place_with_its_suffix() -> None:
    places = _places()
    assert places["Tochigi Prefecture"] == {
        "en": "Tochigi Prefecture",
        "ja": "栃木県",
        "ko": "도치기현",
    }
    assert places["Osaka Prefecture"]["ja"] == "大阪府"
    assert places["Osaka Prefecture"]["ko"] == "오사카부"
    assert places["Gyeonggi Province"]["ko"] == "경기도"


def test_a_city_before_its_prefecture_in_korean() -> None:
    places = _places()
    assert places["Utsunomiya"]["ko"] == "우쓰노미야"
    assert places["Sakai"]["ko"] == "사카이"
    assert places["Pyeongtaek"]["ko"] == "평택"


def test_a_name_with_no_kind_after_it_is_still_a_companys() -> None:
    assert "Hanazono" not in _places()
