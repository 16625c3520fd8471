"""A glossary name written with another form of one of its kanji (異体字: '高橋一郎' for
'髙橋 一郎', '山崎' for '山﨑', '渡辺' for '渡邉', '塚' U+FA10 for '塚', and the other way
round) is a misspelled name in a Japanese release; the glossary's own forms, a longer
word and a name the glossary does not hold are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.kanji_variants import fold, kanji_variant_index

Run = Callable[..., Result]


def _glossary(*rows: tuple[Kind, str]) -> Glossary:
    return Glossary(
        [
            Entry(f"e:{i}", kind, {"en": Term(f"Name {i}"), "ja": Term(form)})
            for i, (kind, form) in enumerate(rows)
        ]
    )


GLOSSARY = _glossary(
    (Kind.PERSON, "髙橋 一郎"),
    (Kind.PERSON, "山﨑 太郎"),
    (Kind.PERSON, "渡邉 純"),
    (Kind.PERSON, "斎藤 和夫"),  # the common form: the text's variant is the slip
    (Kind.ORG, "髙島屋"),
    (Kind.TITLE, "髙等参与"),  # a title: not a name
)


def test_fold_keeps_positions() -> None:
    for text in ("髙橋一郎と山﨑太郎", "\ufa10本", "𠮷田"):
        assert len(fold(text)) == len(text)
    assert fold("髙橋 一郎、山﨑、渡邉、\ufa10本") == "高橋 一郎、山崎、渡辺、塚本"


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("代表取締役社長の高橋一郎は述べた。", [("高橋一郎", ("髙橋 一郎",))]),
        (
            "高橋 一郎社長と山崎太郎氏が出席した。",
            [("高橋 一郎", ("髙橋 一郎",)), ("山崎太郎", ("山﨑 太郎",))],
        ),
        ("社長高橋一郎は述べた。", [("高橋一郎", ("髙橋 一郎",))]),  # after a title, in one run
        ("渡辺純常務が登壇した。", [("渡辺純", ("渡邉 純",))]),
        ("齋藤和夫が登壇した。", [("齋藤和夫", ("斎藤 和夫",))]),  # a variant the glossary lacks
        ("高島屋で開催した。", [("高島屋", ("髙島屋",))]),
        # before a role: a player, a coach, a lawyer, an associate professor
        ("高橋一郎選手が移籍した。", [("高橋一郎", ("髙橋 一郎",))]),
        (
            "山崎 太郎監督と渡辺純准教授。",
            [("山崎 太郎", ("山﨑 太郎",)), ("渡辺純", ("渡邉 純",))],
        ),
        # before the head of a public body or a company's unit, or a deputy's title
        ("高橋一郎館長が説明した。", [("高橋一郎", ("髙橋 一郎",))]),
        ("山崎太郎町長と渡辺純副市長。", [("山崎太郎", ("山﨑 太郎",)), ("渡辺純", ("渡邉 純",))]),
        (
            "高橋 一郎校長、渡辺純本部長。",
            [("高橋 一郎", ("髙橋 一郎",)), ("渡辺純", ("渡邉 純",))],
        ),
        # as the glossary writes them
        ("髙橋一郎、山﨑 太郎、渡邉純と斎藤和夫、髙島屋。", []),
        ("髙橋一郎館長と渡邉純副大臣。", []),
        # a longer name, another person, a word that holds the name, a title
        ("高橋一郎太が出席した。高橋次郎も。新高島屋線。高等参与。", []),
    ],
)
def test_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    index = kanji_variant_index(GLOSSARY)
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


def test_a_glossary_without_variants_reads_no_text_without_them() -> None:
    index = kanji_variant_index(_glossary((Kind.PERSON, "田中 一郎")))
    assert index.varied == []
    assert list(index.slips("田中一郎は述べた。")) == []


def test_check_reports_it_in_a_japanese_release(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind\nIchiro Takahashi,髙橋 一郎,다카하시 이치로,person\n", encoding="utf-8"
    )
    release = tmp_path / "ja.txt"
    release.write_text("代表取締役社長の高橋一郎は、本日発表した。\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == (
        "PR102",
        "高橋一郎",
        "髙橋 一郎",
    )
    assert "another kanji" in finding["message"]
    release.write_text("代表取締役社長の髙橋一郎は、本日発表した。\n", encoding="utf-8")
    assert run_cli("check", str(release), "-g", str(glossary)).exit_code == 0


def _release_findings(run_cli: Run, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind\n"
        "Jun Watanabe,渡邉 純,와타나베 준,person\n"
        "Emi Nishizawa,西沢 恵美,니시자와 에미,person\n"
        "Ichiro Takahashi,髙橋 一郎,다카하시 이치로,person\n"
        "Hanako Takahashi,高橋 花子,다카하시 하나코,person\n",
        encoding="utf-8",
    )
    release = tmp_path / "ja.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    return [(f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


def test_a_family_name_alone_on_its_second_mention(run_cli: Run, tmp_path: Path) -> None:
    # named in full as the glossary does, then by family name with a title or 'さん'
    text = (
        "常務の渡邉純は「港を変えます」と述べました。\n\n渡辺常務は、計画も説明しました。\n\n"
        "西沢恵美も登壇しました。西澤さんのチームが担当します。\n"
    )
    assert _release_findings(run_cli, tmp_path, text) == [("渡辺", "渡邉"), ("西澤", "西沢")]


def test_a_family_name_alone_that_may_be_another_persons(run_cli: Run, tmp_path: Path) -> None:
    text = (
        # the person never named in full; a family name another glossary person writes
        # so ('高橋' of '高橋 花子'); a word, not a name, without a title after it
        "渡辺常務が登壇しました。\n\n髙橋一郎と高橋花子が出席し、高橋さんが司会をしました。\n\n"
        "西沢恵美は西澤地区を訪れました。\n"
    )
    assert _release_findings(run_cli, tmp_path, text) == []


PLACES = _glossary((Kind.PLACE, "福岡"), (Kind.PLACE, "東京"), (Kind.ORG, "長谷川製作所"))


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        # a simplified Chinese form (a Chinese input method, a name copied from a Chinese
        # release) and a variant of 岡
        ("両社は福冈の空港に窓口を開設します。", [("福冈", ("福岡",))]),
        ("东京と福崗で開催します。", [("东京", ("東京",)), ("福崗", ("福岡",))]),
        ("长谷川製作所が受注した。", [("长谷川製作所", ("長谷川製作所",))]),
        # the Japanese forms, and a word that only holds the letters
        ("東京と福岡で開催します。長谷川製作所が受注した。花崗岩の床。", []),
    ],
)
def test_simplified_chinese_forms(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    index = kanji_variant_index(PLACES)
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


def test_simplified_forms_are_never_japanese_ones() -> None:
    # the table's simplified forms are outside JIS X 0208: no Japanese name is written so
    from prlocalize.rules.kanji_variants import _VARIANTS

    simplified = [v for v in _VARIANTS if "\u4e00" <= v <= "\u9fff" and v not in "崗"]
    chinese = [v for v in simplified if not _encodable(v)]
    assert len(chinese) >= 80
    for variant in chinese:
        assert _encodable(_VARIANTS[variant]), variant


def _encodable(ch: str) -> bool:
    try:
        ch.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def test_a_name_holding_another_glossary_name(run_cli: Run, tmp_path: Path) -> None:
    """A place named after its city ('北浜市立体育館'): the city's own form inside the name
    written with a variant ('北浜市立体育舘') is part of it, and claims no slip."""
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,kind\nKitahama City,北浜市,place\n"
        "Kitahama Municipal Gymnasium,北浜市立体育館,place\n",
        encoding="utf-8",
    )
    release = tmp_path / "ja.txt"
    release.write_text("避難者は北浜市立体育舘で受け入れています。\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"]) == ("PR102", "北浜市立体育舘")
    release.write_text(
        "避難者は北浜市立体育館で受け入れています。北浜市の避難所は12か所です。\n",
        encoding="utf-8",
    )
    assert run_cli("check", str(release), "-g", str(glossary)).exit_code == 0
