"""PR401: a glossary person's rank between Japanese and Korean ('社長' 사장, '会長' 회장,
'部長' 부장), after the name or before it, given as another rank of the same table in the
translation ('가토 회장' for '加藤社長', 'ユン・ソジン副社長' for '윤서진 사장') is reported,
where the team sheet has no row for the rank. A rank the source says elsewhere in the
message (a promotion) and Korean '대표' for 社長 are left alone."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings, translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry("person:ishida", Kind.PERSON, {"ja": Term("石田晴美"), "ko": Term("이시다 하루미")}),
        Entry("person:han", Kind.PERSON, {"ja": Term("ハン・ジウ"), "ko": Term("한지우")}),
    ]
)


def _ranks(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401" and "another rank" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ko",
            "石田晴美社長が記者会見を開きました。",
            "이시다 하루미 회장이 기자회견을 열었다.",
            "회장",
        ),
        ("ko", "社長の石田晴美が登壇しました。", "이시다 하루미 부사장이 연단에 올랐다.", "부사장"),
        ("ja", "한지우 사장은 도쿄를 방문했다.", "ハン・ジウ会長は東京を訪問した。", "会長"),
        ("ja", "한지우 상무는 도쿄를 방문했다.", "ハン・ジウ専務は東京を訪問した。", "専務"),
    ],
)
def test_another_rank_is_reported(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _ranks(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "石田晴美社長が記者会見を開きました。", "이시다 하루미 사장이 기자회견을 열었다."),
        ("ko", "石田晴美社長が記者会見を開きました。", "이시다 하루미 대표가 기자회견을 열었다."),
        ("ko", "石田晴美常務が社長に就任します。", "이시다 하루미 상무가 사장에 취임한다."),
        ("ko", "石田晴美会長兼社長が挨拶しました。", "이시다 하루미 회장 겸 사장이 인사했다."),
        ("ja", "한지우 대표는 도쿄를 방문했다.", "ハン・ジウ社長は東京を訪問した。"),
        ("ja", "한지우 부사장이 사장으로 승진했다.", "ハン・ジウ副社長が社長に昇進した。"),
        ("ja", "한 사장은 도쿄를 방문했다.", "ハン社長は東京を訪問した。"),
    ],
)
def test_the_same_rank_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _ranks(locale, msgid, msgstr) == []


def test_a_rank_after_the_family_name_alone_is_read_in_a_catalog() -> None:
    entries = [
        ("石田晴美社長が記者会見を開きました。", "이시다 하루미 사장이 기자회견을 열었다."),
        ("石田社長は新工場について説明しました。", "이시다 회장은 신공장에 대해 설명했다."),
    ]
    found = catalog_findings("ko", entries, glossary=GLOSSARY)
    assert [f.found for f in found if "another rank" in f.message] == ["회장"]
