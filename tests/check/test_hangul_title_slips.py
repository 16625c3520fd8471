"""PR102: a glossary title written in Korean with one letter slipped, where it stands as
a title: after a glossary person's name, the company or store the glossary knows between
them or not ('김민준 하늘플레이 프로듀셔는', '와타세 쇼타 구레나이게임스 대표이시 사장은',
'이하은 성수점 잠장은'), written on the place it heads ('이하은 강남잠장은'), or right
before the name ('프로듀셔 김민준은'). Another title one letter away ('시장', '부시장'), a
word of the glossary, and a word away from any name are left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.hangul_title_slips import hangul_title_slip_index

Cli = Callable[..., Result]
ROWS = (
    (Kind.PERSON, "Kim Min-jun", "김민준"),
    (Kind.PERSON, "Shota Watase", "와타세 쇼타"),
    (Kind.PERSON, "Lee Ha-eun", "이하은"),
    (Kind.ORG, "Haneul Play", "하늘플레이"),
    (Kind.ORG, "Kurenai Games", "구레나이게임스"),
    (Kind.PLACE, "Seongsu Store", "성수점"),
    (Kind.TITLE, "Representative Director", "대표이사"),
    (Kind.TITLE, "President", "사장"),
    (Kind.TITLE, "Vice President", "부사장"),
    (Kind.TITLE, "Producer", "프로듀서"),
    (Kind.TITLE, "Store Manager", "점장"),
    (Kind.TITLE, "Mayor", "시장"),
    (Kind.TITLE, "Chair", "의장"),
    (Kind.TITLE, "Head Coach", "감독"),
    (Kind.TITLE, "Chief Curator", "수석 큐레이터"),
)
GLOSSARY = Glossary(
    [
        Entry(f"e:{i}", kind, {"en": Term(en), "ko": Term(ko)})
        for i, (kind, en, ko) in enumerate(ROWS)
    ]
)


def _slips(text: str) -> list[tuple[str, tuple[str, ...]]]:
    matches = TermMatcher.build(GLOSSARY, "ko").find(text)
    index = hangul_title_slip_index(GLOSSARY)
    return [(s.written, s.approved) for s in index.slips(text, matches)]


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("김민준 하늘플레이 프로듀셔는 말했다.", [("프로듀셔", ("프로듀서",))]),
        ("와타세 쇼타 구레나이게임스 대표이시 사장은 밝혔다.", [("대표이시", ("대표이사",))]),
        ("이하은 성수점 잠장은 말했다.", [("잠장", ("점장",))]),
        ("김민준 부사잔이 참석했다.", [("부사잔", ("부사장",))]),
        ("하늘플레이 프로듀셔 김민준은 말했다.", [("프로듀셔", ("프로듀서",))]),
        # the word after a title's first ('수석 큐레이터')
        ("김민준 수석 큐레이타는 말했다.", [("큐레이타", ("큐레이터",))]),
        ("김민준 수석 큐레이터는 말했다.", []),
        ("김민준 수석 연구원은 말했다.", []),
        # ... after a glossary company too: the name before it may be slipped itself
        ("김민쥰 하늘플레이 수석 큐레이타는 말했다.", [("큐레이타", ("큐레이터",))]),
        ("하늘플레이 수석 큐레이타는 말했다.", [("큐레이타", ("큐레이터",))]),
        ("하늘플레이 수석 큐레이터는 말했다.", []),
        ("하늘플레이 수석 연구원은 말했다.", []),
        ("하늘플레이 큐레이타는 말했다.", []),  # no title's first word: no title there
        # written on the place it heads, as a local office or a store's is
        ("이하은 강남잠장은 말했다.", [("잠장", ("점장",))]),
        ("김민준 해운대부사잔이 참석했다.", [("부사잔", ("부사장",))]),
        ("이하은 강남점장은 말했다.", []),
        ("김민준 부사장직을 맡았다.", []),
        ("김민준 당선인은 말했다.", []),
        # an officeholder's administration or work, one letter from a title
        ("김민준 시잔은 말했다.", [("시잔", ("시장",))]),
        ("민선 8기 김민준 시정 2년을 돌아봤다.", []),
        ("김민준 의정 활동 보고회가 열렸다.", []),
        ("김민준 사정으로 일정이 바뀌었다.", []),
        # a short slip bare before another word is a noun of the sentence
        ("김민준 감동 데뷔골이 터졌다.", []),
        ("김민준 감둑은 말했다.", [("감둑", ("감독",))]),
        ("김민준 잠장, 이하은 점장이 참석했다.", [("잠장", ("점장",))]),
        # written right, another title, a word away from a name
        ("와타세 쇼타 구레나이게임스 대표이사 사장은 밝혔다.", []),
        ("김민준 부시장은 말했다.", []),
        ("김민준 하늘플레이 시장은 말했다.", []),
        ("프로듀셔 교육을 받았다.", []),
        ("김민준은 프로듀셔 교육을 받았다.", []),
    ],
)
def test_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _slips(text) == slips


def test_check_reports_it_in_a_korean_release(run_cli: Cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ko,kind\nKim Min-jun,김민준,person\nHaneul Play,하늘플레이,org\n"
        "Representative Director,대표이사,title\nProducer,프로듀서,title\n",
        encoding="utf-8",
    )
    release = tmp_path / "ko.txt"
    release.write_text(
        "김민준 하늘플레이 대표이시는 “출시일을 앞당겼다”고 말했다.\n\n"
        "현지화는 하늘플레이 프로듀셔 김민준이 맡았다.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")
    found = [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [("PR102", "대표이시", "대표이사"), ("PR102", "프로듀셔", "프로듀서")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a title that opens with a shorter glossary title, slipped after it: the word
        # is judged whole, not read as the shorter title and more
        ("오은채 차관부는 회의를 주재했다.\n", [("PR102", "차관부", "차관보")]),
        ("오은채 차관보는 회의를, 한도윤 차관은 브리핑을 맡았다.\n", []),
        ("한도윤 차관실에서 회의가 열렸다.\n", []),
        ("한도윤 차관님은 회의를 주재했다.\n", []),
    ],
)
def test_a_title_that_opens_with_a_shorter_title(
    run_cli: Cli, tmp_path: Path, text: str, found: list[tuple[str, str, str]]
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ko,kind\nOh Eun-chae,오은채,person\nHan Do-yoon,한도윤,person\n"
        "Vice Minister,차관,title\nAssistant Minister,차관보,title\n",
        encoding="utf-8",
    )
    release = tmp_path / "ko.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--format", "json", "--no-cache",
        "--select", "PR102",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["found"], f["suggestion"]) for f in findings] == found
