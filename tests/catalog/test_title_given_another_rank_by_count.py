"""PR401: a message that gives two people their posts ('… 전무가 부사장으로, … 상무가 전무로
승진') and a translation that writes one glossary title fewer times than the source and
another more times has given one post the other's rank ('Executive Vice President' twice,
'Senior Vice President' once). A title repeated in the source and said once in the
translation, with nothing in its place, is a repetition left out and passes."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _title(key: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(f"title:{key}", Kind.TITLE, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _title("evp", "Executive Vice President", "副社長", "부사장"),
        _title("svp", "Senior Vice President", "専務", "전무"),
        _title("vp", "Vice President", "常務", "상무"),
        _title("cfo", "Chief Financial Officer", "最高財務責任者", "최고재무책임자"),
    ]
)
KO = "이번 인사로 문재희 전무가 부사장으로, 백승호 상무가 전무로 각각 승진한다."
JA = "今回の人事で、三好 亮常務が専務に、坂口 理沙専務が副社長にそれぞれ昇格します。"


def _traded(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str | None]]:
    found = translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
    return [(f.found or "", f.suggestion) for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            KO,
            "Senior Vice President Moon Jae-hee becomes Executive Vice President, and Vice "
            "President Baek Seung-ho becomes Executive Vice President.",
            [("Executive Vice President", "Senior Vice President")],
        ),
        (
            "ko",
            JA,
            "이번 인사로 미요시 료 상무가 전무로, 사카구치 리사 부사장이 부사장으로 각각 승진한다.",
            [("부사장", "전무")],
        ),
    ],
)
def test_one_post_given_the_others_rank(
    locale: str, msgid: str, msgstr: str, found: list[tuple[str, str]]
) -> None:
    assert _traded(locale, msgid, msgstr) == found


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            KO,
            "Senior Vice President Moon Jae-hee becomes Executive Vice President, and Vice "
            "President Baek Seung-ho becomes Senior Vice President.",
        ),
        # the title said once where the source repeats it, nothing in its place
        (
            "en",
            KO,
            "Moon Jae-hee moves up to Executive Vice President, and Vice President Baek "
            "Seung-ho takes the Senior Vice President post she leaves.",
        ),
        (
            "ko",
            JA,
            "이번 인사로 미요시 료 상무가 전무로, 사카구치 리사 전무가 부사장으로 각각 승진한다.",
        ),
    ],
)
def test_each_post_at_its_rank_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _traded(locale, msgid, msgstr) == []
