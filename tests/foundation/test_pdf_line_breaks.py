"""Where a PDF's text breaks a line: in English at a space or inside a word with a hyphen,
in Japanese and Korean anywhere, inside a figure or a name too. A break that cut a word
is no space; a flattened table's rows are no wrapped sentence."""

from __future__ import annotations

from pathlib import Path

from prlocalize.readers import parse_text


def _texts(text: str, lang: str) -> list[str]:
    doc = parse_text(text, path="r.txt", format="text", lang=lang)
    return [s.text for s in doc.segments()]


def test_a_hyphen_at_a_line_end_is_dropped_where_the_text_writes_the_word_solid() -> None:
    text = (
        "Semiconductors made up a third of the port's exports by value in 2026, and semi-\n"
        "conductor equipment another tenth. Its long-\n"
        "term plan adds two berths.\n"
    )
    assert _texts(text, "en") == [
        "Semiconductors made up a third of the port's exports by value in 2026, and "
        "semiconductor equipment another tenth.",
        "Its long-term plan adds two berths.",
    ]


def test_a_japanese_figure_cut_at_a_line_end_is_one_figure() -> None:
    text = (
        "　同展の来場者数は、会期中の延べ人数で前回を約３割上回る１２，３\n"
        "５０人となり、過去最多を更新しました。\n"
    )
    assert _texts(text, "ja") == [
        "同展の来場者数は、会期中の延べ人数で前回を約３割上回る１２，３５０人となり、"
        "過去最多を更新しました。"
    ]


def test_rows_of_a_flattened_table_stay_apart() -> None:
    ja = (
        "　　　　　　　　　　令和８年度　　　令和９年度　　　令和１０年度\n"
        "　来館者数（人）　　　　４８，２００　　　５１，９００　　　５３，０００\n"
        "　貸出冊数（冊）　　　１２０，４００　　１３１，０００　　１４０，０００\n"
    )
    assert _texts(ja, "ja") == [
        "令和８年度　　　令和９年度　　　令和１０年度",
        "来館者数（人）　　　　４８，２００　　　５１，９００　　　５３，０００",
        "貸出冊数（冊）　　　１２０，４００　　１３１，０００　　１４０，０００",
    ]
    en = (
        "Visitors rose by 8% on the year, and loans of e-books by a quarter, to\n"
        "a record 52,000 in the fiscal year.\n\n"
        "                           FY2025       FY2026\n"
        "  Visitors                 48,200       51,900\n"
        "  Loans (books)           120,400      131,000\n"
    )
    assert _texts(en, "en")[-2:] == [
        "Visitors                 48,200       51,900",
        "Loans (books)           120,400      131,000",
    ]


def test_a_korean_line_cut_before_a_figure_goes_on() -> None:
    text = (
        "해솔군은 올해 하반기까지 군내 마을회관 스무 곳에 태양광 설비와 에너지 저장장치를\n"
        "1곳당 평균 3천만 원을 들여 설치한다고 밝혔다. 사업비의 절반은 도비로 충당한다.\n"
    )
    assert _texts(text, "ko") == [
        "해솔군은 올해 하반기까지 군내 마을회관 스무 곳에 태양광 설비와 에너지 저장장치를 "
        "1곳당 평균 3천만 원을 들여 설치한다고 밝혔다.",
        "사업비의 절반은 도비로 충당한다.",
    ]


def test_a_korean_name_cut_at_a_line_end_is_one_word_where_the_text_writes_it() -> None:
    text = (
        "해솔군(군수 오재민)은 어르신 일자리 사업 참여자를 다음 달 10일까지 모집한다. 오재\n"
        '민 군수는 "어르신들의 경험이 마을의 힘이 되도록 돕겠다"고 말했다. 모집 인원은 모두\n'
        "320명이다.\n"
    )
    texts = _texts(text, "ko")
    assert texts[1].startswith("오재민 군수는")
    assert texts[2] == "모집 인원은 모두 320명이다."  # a break at a space stays a space


def test_a_japanese_paragraph_whose_first_line_was_cut_short_goes_on() -> None:
    """A viewer's copy cut the indented first line of a paragraph inside a name
    ('　館長の寺岡' / '紀子は…'); a heading over an indented paragraph stays apart."""
    text = (
        "　館長の寺岡\n"
        "紀子は「地域の皆さまに長く愛される図書館にしたい」と話しています。\n\n"
        "今後の予定\n"
        "　来年度は分館２か所でも電子書籍の貸出を始めます。\n"
    )
    assert _texts(text, "ja") == [
        "館長の寺岡紀子は「地域の皆さまに長く愛される図書館にしたい」と話しています。",
        "今後の予定",
        "来年度は分館２か所でも電子書籍の貸出を始めます。",
    ]


def test_check_finds_a_name_misspelled_across_a_page_turn(run_cli, tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(
        "id,kind,en,ja,ko,given:en,family:en,given:ja,family:ja,given:ko,family:ko,note\n"
        "person:noriko-teraoka,person,Noriko Teraoka,寺岡 紀子,,Noriko,Teraoka,紀子,寺岡,,,\n",
        encoding="utf-8",
    )
    release = tmp_path / "library.txt"
    release.write_text(
        "市立図書館、電子書籍の貸出を開始\n\n"
        "　市立図書館（館長：寺岡 紀子）は、４月１日から電子書籍の貸出を始めます。\n\n"
        "　　　　　　　　　　　　－１－\n"
        "\f\n"
        "　館長の寺岡\n"
        "典子は「地域の皆さまに長く愛される図書館にしたい」と話しています。\n\n"
        "　　　　　　　　　　　　－２－\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(tmp_path / "people.csv"), "--format", "json")
    import json

    findings = json.loads(result.output)["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("PR102", 7, 5)]


def test_a_line_broken_at_a_figure_is_no_space() -> None:
    """A figure and the word that counts it are one in Japanese and Korean, and Japanese
    writes a figure solid after its text: a break there was read as a space ('30 년',
    '210 億円') or, in Japanese, as the end of an item."""
    ja = (
        "北浜港湾局は、コンテナターミナルの岸壁延伸に総額210\n"
        "億円を投じます。コンテナの取扱量は、アジア航路の増便により年率約\n"
        "8%で伸びています。\n"
    )
    assert _texts(ja, "ja") == [
        "北浜港湾局は、コンテナターミナルの岸壁延伸に総額210億円を投じます。",
        "コンテナの取扱量は、アジア航路の増便により年率約8%で伸びています。",
    ]
    ko = (
        "서하군은 올해부터 2028년까지 군도 12개 노선에 심은 지 25\n"
        "년이 넘은 가로수 1,200그루를 교체한다고 밝혔다.\n"
    )
    assert _texts(ko, "ko") == [
        "서하군은 올해부터 2028년까지 군도 12개 노선에 심은 지 25년이 넘은 가로수 "
        "1,200그루를 교체한다고 밝혔다."
    ]


def test_two_lines_that_open_with_a_label_are_two_items() -> None:
    """A recall notice's product lines: the first ends in a figure and the second opens
    in Japanese, which read as a Japanese line broken at a figure."""
    text = (
        "商品名：北浜ミックスナッツ（食塩不使用）\n"
        "JANコード：4901234567894567\n"
        "ロット番号：KN-2705-12（賞味期限：2028年1月31日）\n"
    )
    assert _texts(text, "ja") == [
        "商品名：北浜ミックスナッツ（食塩不使用）",
        "JANコード：4901234567894567",
        "ロット番号：KN-2705-12（賞味期限：2028年1月31日）",
    ]


def test_a_japanese_name_cut_between_its_names_keeps_the_space_the_text_writes() -> None:
    """'辻本' / '遥は': the line break took the place of the space the release writes
    between the family and the given name elsewhere ('辻本 遥'); read glued, the name
    was another form in the memory and glossary suggestions. A break between kanji the
    text never sets apart stays no space."""
    text = (
        "　北浜港湾局（局長：辻本 遥）は本日、コンテナターミナルの岸壁延伸を発表しました。\n\n"
        "　局長の辻本\n"
        "遥は「アジア航路の増便に応え、港の競争力を高めたい」と述べています。延伸工事は来年４月に着\n"
        "工します。\n"
    )
    texts = _texts(text, "ja")
    assert texts[1].startswith("局長の辻本 遥は「")
    assert texts[2] == "延伸工事は来年４月に着工します。"
