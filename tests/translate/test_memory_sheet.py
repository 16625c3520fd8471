"""A bilingual table (CSV, TSV, .xlsx: a column per language) into the memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import Workbook


def stored(tmp_path: Path) -> set[tuple[str, ...]]:
    with sqlite3.connect(tmp_path / ".prlocalize" / "memory.sqlite") as conn:
        rows = conn.execute("SELECT source_lang, target_lang, source, target FROM units")
        return set(rows)


def test_excel_csv_with_bom_crlf_and_no_last_line_end(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = (
        "ja,en\r\n青空鉄道、新駅を開業,Aozora Rail Opens New Station\r\n"
        "問い合わせ先,Contact\r\n,Notes"
    )
    Path("pairs.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = run_cli("memory", "import", "pairs.csv")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "imported 2 unit(s) from pairs.csv (1 row(s) not translated yet passed over)\n"
    )
    assert stored(tmp_path) == {
        ("ja", "en", "青空鉄道、新駅を開業", "Aozora Rail Opens New Station"),
        ("ja", "en", "問い合わせ先", "Contact"),
    }


def test_workbook_with_language_names_and_other_columns(run_cli, tmp_path, monkeypatch) -> None:
    """'No.' and '備考' are left out; '日本語（原文）' and '한국어' are the languages; the
    source column can be named."""
    monkeypatch.chdir(tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "日本語（原文）", "한국어", "備考"])
    sheet.append([1, "本日発表しました。", "오늘 발표했다.", "確認済み"])
    sheet.append([2, "運賃は200円です。", "운임은 200엔이다.", None])
    book.save("pairs.xlsx")
    assert run_cli("memory", "import", "pairs.xlsx", "--source-lang", "ko").exit_code == 0
    assert stored(tmp_path) == {
        ("ko", "ja", "오늘 발표했다.", "本日発表しました。"),
        ("ko", "ja", "운임은 200엔이다.", "運賃は200円です。"),
    }


def test_table_without_language_headers_is_refused_naming_the_line(
    run_cli, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pairs.tsv").write_text("\nsource\ttarget\nこんにちは\tHello\n", encoding="utf-8")
    result = run_cli("memory", "import", "pairs.tsv")
    assert result.exit_code == 2
    assert result.output.startswith("pairs.tsv:2: no row names two languages (the first: source")
    Path("two.csv").write_text("ja,en\nはい,Yes\n", encoding="utf-8")
    result = run_cli("memory", "import", "two.csv", "--source-lang", "ko")
    assert result.exit_code == 2
    assert result.output.startswith("two.csv:1: no ko column (the table has ja, en)")


def test_a_title_above_the_header_is_passed_over(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = (
        "2026年 リリース対訳表,,\n作成：広報部,,\n"
        "日本語,English,備考\n新駅を開業,New station opens,\n"
    )
    Path("pairs.csv").write_text(text, encoding="utf-8")
    assert run_cli("memory", "import", "pairs.csv").exit_code == 0
    assert stored(tmp_path) == {("ja", "en", "新駅を開業", "New station opens")}


def test_rows_a_status_column_says_are_not_finished_are_passed_over(
    run_cli, tmp_path, monkeypatch
) -> None:
    """An exact match is final: a row at 'Draft', 'Rejected', '確認中' or an unticked
    'Approved' box is no one's approved work; 'Approved', 'Translated', '完了', an empty
    status and one prlocalize does not know keep theirs."""
    monkeypatch.chdir(tmp_path)
    Path("pairs.csv").write_text(
        "ID,English,日本語,Status,Date\n"
        "1,Sakuragi Ferries adds a night route.,桜木フェリーは夜間航路を追加します。,Approved,\n"
        "2,Tickets go on sale in May.,乗船券は5月に発売します。,Draft,2026-09-01\n"
        "3,The ship carries 600 people.,同船の定員は600人です。,Rejected,2026-09-02\n"
        "4,Boarding starts at 22:00.,乗船開始は22時です。,Translated,2026-09-02\n"
        "5,Cabins have private baths.,全客室に専用浴室があります。,,2026-09-03\n"
        "6,Pets are welcome on deck.,デッキにはペットも同伴できます。,Published,2026-09-03\n",
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "pairs.csv")
    assert result.exit_code == 0, result.output
    assert "(2 row(s) not translated yet passed over)" in result.output
    assert {row[2] for row in stored(tmp_path)} == {
        "Sakuragi Ferries adds a night route.",
        "Boarding starts at 22:00.",
        "Cabins have private baths.",
        "Pets are welcome on deck.",
    }
    Path(".prlocalize/memory.sqlite").unlink()
    Path("ko.csv").write_text(
        "日本語,한국어,状態\n"
        "運航を再開します。,운항을 재개한다.,完了\n"
        "詳細は後日お知らせします。,자세한 내용은 추후 알린다.,確認中\n"
        "欠航となります。,결항한다.,未承認\n",
        encoding="utf-8",
    )
    assert "(2 row(s)" in run_cli("memory", "import", "ko.csv").output
    assert stored(tmp_path) == {("ja", "ko", "運航を再開します。", "운항을 재개한다.")}
    Path(".prlocalize/memory.sqlite").unlink()
    Path("box.csv").write_text(
        "en,ko,Approved\nThe route opens.,노선이 개통된다.,TRUE\n"
        "Fares rise.,운임이 오른다.,FALSE\n",
        encoding="utf-8",
    )
    assert "(1 row(s)" in run_cli("memory", "import", "box.csv").output
    assert stored(tmp_path) == {("en", "ko", "The route opens.", "노선이 개통된다.")}


def test_unfinished_status_words() -> None:
    from prlocalize.translate.sheet_columns import unfinished

    for value in ("Draft", "needs review", "In Progress", "要確認", "翻訳中", "검토 중", "미확인",
                  "반려", "MT", "FALSE", "Not translated"):  # fmt: skip
        assert unfinished(value), value
    for value in ("Approved", "Final", "Reviewed", "MT post-edited", "承認済み", "完了", "완료",
                  "검수 완료", "", "Published", "TRUE"):  # fmt: skip
        assert not unfinished(value), value


def test_a_comma_outside_quotes_is_refused_naming_the_line(run_cli, tmp_path, monkeypatch) -> None:
    """'1,980円' in a cell without quotes splits the row: importing it would store 'The
    price is 1' against the Japanese. Nothing is imported; the line and the fix are named."""
    monkeypatch.chdir(tmp_path)
    Path("tm.csv").write_text(
        "en,ja\nOpening hours,営業時間\n"
        "The price is 1,980 yen per share.,価格は1株当たり1,980円です。\n",
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "tm.csv")
    assert result.exit_code == 2, result.output
    assert "tm.csv:3" in result.output and "not in quotes" in result.output
    assert "put quotes around" in result.output
    assert not (tmp_path / ".prlocalize" / "memory.sqlite").exists() or not stored(tmp_path)


def test_quoted_commas_and_empty_trailing_cells_are_read(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("tm.csv").write_text(
        'en,ja,note\n"The price is 1,980 yen.","価格は1,980円です。",checked,,\n'
        "Opening hours,営業時間,,\n",
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "tm.csv")
    assert result.exit_code == 0, result.output
    assert stored(tmp_path) == {
        ("en", "ja", "The price is 1,980 yen.", "価格は1,980円です。"),
        ("en", "ja", "Opening hours", "営業時間"),
    }


def test_a_tab_outside_quotes_in_a_tsv_is_refused(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("tm.tsv").write_text("ko\tja\n가격\t1,980\t円\n", encoding="utf-8")
    result = run_cli("memory", "import", "tm.tsv")
    assert result.exit_code == 2 and "a tab inside a cell" in result.output, result.output
