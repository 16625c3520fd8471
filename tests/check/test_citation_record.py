"""A research release's record of the paper ('論文情報', '논문 정보') quotes its title and
authors in Latin letters, as the journal prints them: after a label ('著者：…') or in the
cell after the label's cell of a table row. PR106 and PR201 leave that record alone; the
same names or an English sentence in the release's prose are still reported."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "person:tanabe",
            Kind.PERSON,
            {"en": Term("Emiko Tanabe"), "ja": Term("田辺 恵美子"), "ko": Term("다나베 에미코")},
        ),
        Entry(
            "person:oh",
            Kind.PERSON,
            {"en": Term("Oh Ji-hwan"), "ja": Term("オ・ジファン"), "ko": Term("오지환")},
        ),
    ]
)

_JA_PROSE = (
    "北都大学の田辺 恵美子教授らの研究グループは、"
    "海水から希少金属を回収する新しい膜を開発しました。"
    "研究成果は英国の科学誌に掲載されました。今後は実用化に向けた試験を進めます。"
)
_TITLE = "A graphene oxide membrane that selectively captures lithium from seawater"


def _findings(text: str, path: str, lang: str) -> list[tuple[str, str]]:
    format = {"md": "markdown", "txt": "text"}[path.rsplit(".", 1)[1]]
    document = parse_text(text, path=path, format=format, lang=lang)
    matcher = TermMatcher.build(_GLOSSARY, lang)
    rules = select_rules(["PR106", "PR201"])
    return [(f.code, f.found) for f in check_document(document, _GLOSSARY, matcher, rules)]


def test_a_table_of_the_paper_in_a_japanese_release() -> None:
    text = (
        f"# 海水からリチウムを回収\n\n{_JA_PROSE}\n\n## 論文情報\n\n"
        "| 項目 | 内容 |\n|---|---|\n"
        f"| 論文名 | {_TITLE} |\n"
        "| 著者 | Emiko Tanabe*, Oh Ji-hwan （*責任著者） |\n"
        "| 掲載誌 | Nature Sustainability |\n"
    )
    assert _findings(text, "r.md", "ja") == []


@pytest.mark.parametrize(
    "record",
    [
        f"論文名：{_TITLE}\n\n著者：Emiko Tanabe, Oh Ji-hwan*（*責任著者）",
        f"논문명: {_TITLE}\n\n저자: Emiko Tanabe, Oh Ji-hwan",
    ],
)
def test_a_labelled_record_of_the_paper(record: str) -> None:
    lang = "ko" if "논문" in record else "ja"
    prose = (
        _JA_PROSE
        if lang == "ja"
        else "호쿠토대학교 다나베 에미코 교수 연구팀이 바닷물에서 리튬을 회수하는 막을 개발했다. "
        "연구 결과는 국제 학술지에 실렸다. 연구팀은 실용화 시험을 이어갈 계획이다."
    )
    assert _findings(f"{prose}\n\n{record}\n", "r.txt", lang) == []


def test_the_same_names_in_prose_or_under_another_label_are_reported() -> None:
    text = (
        f"{_JA_PROSE}\n\n共同研究者のOh Ji-hwanは「大きな一歩だ」と述べました。\n\n"
        "発表者：Emiko Tanabe教授ほか2名\n"
    )
    assert _findings(text, "r.md", "ja") == [("PR106", "Oh Ji-hwan"), ("PR106", "Emiko Tanabe")]


@pytest.mark.parametrize("mark", ["※1 ", "※2　", "注1）", "*1 ", "[1] ", "（2）"])
def test_a_record_written_as_a_note_after_its_marker(mark: str) -> None:
    record = f'{mark}論文名："{_TITLE}"、Nature Sustainability（2026年）'
    assert _findings(f"{_JA_PROSE}\n\n{record}\n", "r.txt", "ja") == []


def test_a_note_marker_before_a_word_that_is_no_label_leaves_english_reported() -> None:
    text = f"{_JA_PROSE}\n\n※1 補足：{_TITLE} was tested in the lab for the first time.\n"
    assert [code for code, _ in _findings(text, "r.txt", "ja")] == ["PR201"]
