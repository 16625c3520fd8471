"""A glossary person's Japanese name in other kanji of the same reading (森本健治 for
森本 健司: an input method's slip) is a misspelled name; another given name, a longer
given name, another glossary person of that family name and a title are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.kanji_names import hangul_name_index, kanji_name_index, katakana_name_index

Run = Callable[..., Result]


def _glossary(*forms: str, locale: str = "ja") -> Glossary:
    return Glossary(
        [
            Entry(f"person:{i}", Kind.PERSON, {"en": Term(f"Person {i}"), locale: Term(form)})
            for i, form in enumerate(forms)
        ]
    )


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("代表取締役社長の森本健治は述べた。", [("森本健治", ("森本 健司",))]),
        ("森本 健治氏が登壇した。", [("森本 健治", ("森本 健司",))]),
        ("社長森本健二は述べた。", [("森本健二", ("森本 健司",))]),  # after a title, in one run
        ("田辺祐子が出席した。", [("田辺祐子", ("田辺裕子",))]),  # split by UniDic
        # a title set before the spaced name by a space, as a PR TIMES heading writes it
        ("■代表取締役社長 森本 健治のコメント", [("森本 健治", ("森本 健司",))]),
        # two spaced names in a row: each read whole
        (
            "出席者：田辺 祐子 森本 健治",
            [("田辺 祐子", ("田辺裕子",)), ("森本 健治", ("森本 健司",))],
        ),
        # as written, or spaced otherwise: the glossary's person
        ("森本健司は述べた。森本 健司社長。", []),
        # a given name of another reading, a longer given name, a title: not a slip
        ("森本健一は述べた。森本健二郎は述べた。森本社長は述べた。", []),
        ("田辺市長が出席した。", []),
        # a family name inside another word
        ("大森本店で開催した。", []),
    ],
)
def test_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    index = kanji_name_index(_glossary("森本 健司", "田辺裕子"))
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


def test_two_persons_of_that_reading_are_both_named_and_neither_is_a_slip() -> None:
    index = kanji_name_index(_glossary("田中 優子", "田中 裕子"))
    assert list(index.slips("田中裕子と田中優子が出席した。")) == []
    (slip,) = index.slips("田中祐子が出席した。")
    assert slip.approved == ("田中 優子", "田中 裕子")


def test_names_in_katakana_or_latin_are_not_indexed() -> None:
    assert not kanji_name_index(_glossary("ジョン・スミス", "Kenji Morimoto"))


def _check(run_cli: Run, tmp_path: Path, locale: str, form: str, text: str) -> Result:
    """``check`` of a release in ``locale`` saying ``text``, against a one-person sheet."""
    glossary = tmp_path / "g.csv"
    glossary.write_text(f"en,{locale},kind\nKenji Morimoto,{form},person\n", encoding="utf-8")
    release = tmp_path / f"{locale}.txt"
    release.write_text(text, encoding="utf-8")
    return run_cli("check", str(release), "-g", str(glossary), "--format", "json", "--no-cache")


def test_check_reports_it_in_a_japanese_release_only(run_cli: Run, tmp_path: Path) -> None:
    result = _check(
        run_cli, tmp_path, "ja", "森本 健司", "代表取締役社長の森本健治は次のように述べています。\n"
    )
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        "森本健治",
        "森本 健司",
    )
    assert finding["message"] == "Name '森本健治' in other kanji of the same reading as '森本 健司'"
    result = _check(
        run_cli, tmp_path, "ja", "森本 健司", "代表取締役社長の森本健司は次のように述べています。\n"
    )
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # a Japanese name transcribed with an aspirated or tense consonant for a plain one
        ("모리모토 켄지 사장은 말했다.", [("모리모토 켄지", ("모리모토 겐지",))]),
        ("모리모토 켄지는 말했다.", [("모리모토 켄지", ("모리모토 겐지",))]),
        ("다나카 유꼬 씨가 참석했다.", [("다나카 유꼬", ("다나카 유코",))]),
        # the 'n' before a g sound written as heard ('싱고' for '신고')
        ("아라카와 싱고 사장과 만났다.", [("아라카와 싱고", ("아라카와 신고",))]),
        ("아라카와 신고 사장과 아라카와 싱가 씨.", []),
        # as written, another given name, a longer one, a title: not a slip
        ("모리모토 겐지는 말했다.", []),
        ("모리모토 켄이치는 말했다.", []),
        ("모리모토 켄지로가 말했다.", []),
        ("모리모토 사장은 말했다.", []),
    ],
)
def test_korean_transcription_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    index = hangul_name_index(
        _glossary("모리모토 겐지", "다나카 유코", "아라카와 신고", locale="ko")
    )
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


def test_check_reports_it_in_a_korean_release(run_cli: Run, tmp_path: Path) -> None:
    result = _check(run_cli, tmp_path, "ko", "모리모토 겐지", "모리모토 켄지 대표는 말했다.\n")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        "모리모토 켄지",
        "모리모토 겐지",
    )


def test_without_the_name_readers_nothing_is_read_as_a_slip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from prlocalize.glossary import readings

    monkeypatch.setattr(readings, "available", lambda: False)
    assert not kanji_name_index(_glossary("森本 健司", "田辺 裕子"))


# ------------------------------------------------------------------ katakana


def _names(*rows: tuple[Kind, str, tuple[str, ...]]) -> Glossary:
    return Glossary(
        [
            Entry(f"e{i}", kind, {"en": Term(f"Name {i}"), "ja": Term(form, forbidden=wrong)})
            for i, (kind, form, wrong) in enumerate(rows)
        ]
    )


KATAKANA = _names(
    (Kind.ORG, "アイパークインスティチュート株式会社", ("アイパークインスティテュート",)),
    (Kind.PERSON, "ラワ・ノトカ", ()),
    (Kind.BRAND, "ヴィクトリアエール", ()),
    (Kind.TERM, "コンピューター", ()),
)


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # the same sound spelt another way: ティ/チ, ヴィ/ビ, a long-vowel mark
        (
            "アイパークインスチチュートは",
            [("アイパークインスチチュート", ("アイパークインスティチュート",))],
        ),
        ("ビクトリアエールを発売", [("ビクトリアエール", ("ヴィクトリアエール",))]),
        ("ラワ・ノートカが述べた", [("ラワ・ノートカ", ("ラワ・ノトカ",))]),
        # as the glossary spells it, or a wrong form it lists (forbidden-term says so)
        ("アイパークインスティチュートは", []),
        ("アイパークインスティテュートは", []),
        # a name's parts run together (glued-name says so), a longer word, a term
        ("ラワノトカが述べた", []),
        ("アイパークインスティチュートグループは", []),
        ("コンピュータを導入", []),
    ],
)
def test_katakana_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    index = katakana_name_index(KATAKANA)
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


def test_check_reports_a_katakana_slip(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,kind\niPark Institute,アイパークインスティチュート,organization\n", encoding="utf-8"
    )
    release = tmp_path / "ja.txt"
    release.write_text("アイパークインスチチュートは本日、発表した。\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        "アイパークインスチチュート",
        "アイパークインスティチュート",
    )


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # '孝' alone reads 'kou', in the name 'takashi', as '隆' does
        ("代表取締役社長　小野寺 孝", [("小野寺 孝", ("小野寺 隆",))]),
        ("小野寺崇が就任した。", [("小野寺崇", ("小野寺 隆",))]),
        # as written; a longer given name; a word that is no name
        ("小野寺 隆は述べた。小野寺孝行が出席した。", []),
    ],
)
def test_one_kanji_given_names_are_read_as_names(
    text: str, slips: list[tuple[str, tuple[str, ...]]]
) -> None:
    """A given name of one kanji takes its name reading only after the family name."""
    index = kanji_name_index(_glossary("小野寺 隆"))
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # ツ as 츠 or 쯔 for the rules' 쓰, in the family name or the given name
        ("마츠우라 준코 상무가 참석했다.", [("마츠우라 준코", ("마쓰우라 준코",))]),
        ("마쯔우라 준코는 말했다.", [("마쯔우라 준코", ("마쓰우라 준코",))]),
        ("스즈키 츠요시 사장이 말했다.", [("스즈키 츠요시", ("스즈키 쓰요시",))]),
        # a family name with an aspirated consonant for a plain one
        ("타나카 유코 씨가 참석했다.", [("타나카 유코", ("다나카 유코",))]),
        # as written; the family name's sound with another given name: another person
        ("마쓰우라 준코 상무와 마츠우라 겐지 부장.", []),
        # ズ is not ツ
        ("스즈키 즈요시 사장.", []),
    ],
)
def test_korean_transcriptions_of_tsu_and_of_the_family_name(
    text: str, slips: list[tuple[str, tuple[str, ...]]]
) -> None:
    index = hangul_name_index(
        _glossary("마쓰우라 준코", "스즈키 쓰요시", "다나카 유코", locale="ko")
    )
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # a Japanese stage name of one word: ツ as 츠 for 쓰, a particle after it or not
        ("리리카·츠바키가 안무를 맡았다.", [("츠바키", ("쓰바키",))]),
        ("츠바키는 말했다.", [("츠바키", ("쓰바키",))]),
        ("쓰바키는 말했다. 하루카와 쓰바키.", []),
        # a word with a particle that sounds like a name: '하루가' (a day) beside '하루카'
        ("하루가 지났다.", []),
    ],
)
def test_korean_transcriptions_of_a_japanese_stage_name(
    text: str, slips: list[tuple[str, tuple[str, ...]]]
) -> None:
    glossary = Glossary(
        [
            Entry(f"person:{ko}", Kind.PERSON, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})
            for en, ja, ko in (("TSUBAKI", "ツバキ", "쓰바키"), ("HARUKA", "ハルカ", "하루카"))
        ]
    )
    assert [(s.written, s.approved) for s in hangul_name_index(glossary).slips(text)] == slips


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # the small ッ of a doubled consonant dropped or added, as loanword spellings do
        ("ノースパシフィク航空は増便します。", [("ノースパシフィク", ("ノースパシフィック",))]),
        ("マッキンリー・ホッパー氏が登壇", [("マッキンリー・ホッパー", ("マキンリー・ホッパー",))]),
        # as the glossary spells it
        ("ノースパシフィック航空は増便します。", []),
        ("マキンリー・ホッパー氏が登壇", []),
    ],
)
def test_katakana_slips_of_a_doubled_consonant(
    text: str, slips: list[tuple[str, tuple[str, ...]]]
) -> None:
    glossary = Glossary(
        [
            Entry("o:1", Kind.ORG, {"ja": Term("ノースパシフィック航空")}),
            Entry("p:1", Kind.PERSON, {"ja": Term("マキンリー・ホッパー")}),
        ]
    )
    index = katakana_name_index(glossary)
    assert [(s.written, s.approved) for s in index.slips(text)] == slips
