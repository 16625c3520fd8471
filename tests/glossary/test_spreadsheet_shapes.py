"""Glossaries as teams keep them in spreadsheets: language names or region codes as column
headers, "Type" for kind, kinds in their own words, ';'- and tab-separated files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.errors import InputErrors
from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Kind, PersonName

Run = Callable[..., Result]

ROWS = [
    ("Haruto Aoyama", "青山陽翔", "아오야마 하루토", "Person"),
    ("Senior Vice President", "上級副社長", "수석 부사장", "Job title"),
    ("Incheon", "仁川", "인천", "City"),
]


def _sheet(header: tuple[str, ...], delimiter: str = ",") -> str:
    lines = [delimiter.join(header), *(delimiter.join(row) for row in ROWS)]
    return "\r\n".join(lines) + "\r\n"  # as Excel saves it


@pytest.mark.parametrize(
    "header",
    [
        ("English", "Japanese", "Korean", "Type"),
        ("英語", "日本語", "韓国語", "種別"),
        ("영어", "일본어", "한국어", "구분"),
        ("EN", "JA", "KO", "Category"),
    ],
)
def test_language_names_and_kind_aliases_as_headers(header: tuple[str, ...]) -> None:
    parsed = parse_csv(_sheet(header), "sheet.csv")
    assert parsed.problems == []
    kinds = [entry.kind for entry in parsed.entries]
    assert kinds == [Kind.PERSON, Kind.TITLE, Kind.PLACE]
    assert [entry.approved("ko") for entry in parsed.entries] == [row[2] for row in ROWS]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_files(delimiter: str) -> None:
    parsed = parse_csv(_sheet(("en", "ja", "ko", "kind"), delimiter), "sheet.csv")
    assert parsed.problems == []
    assert [entry.approved("en") for entry in parsed.entries] == [row[0] for row in ROWS]


def test_comma_header_keeps_semicolons_in_cells() -> None:
    text = 'en,ja,kind\n"Sakura; Partners",さくらパートナーズ,org\n'
    parsed = parse_csv(text, "sheet.csv")
    assert parsed.problems == []
    assert parsed.entries[0].approved("en") == "Sakura; Partners"


def test_an_alias_is_not_taken_over_the_column_it_stands_for() -> None:
    # a sheet with its own 'kind' column and a 'type' column of something else: the
    # 'type' column is reported as left out, not silently read as the kind
    parsed = parse_csv("en,kind,type\nIncheon,place,city\n", "sheet.csv")
    assert [p.code for p in parsed.problems] == ["ignored-column"]
    assert "'type'" in parsed.problems[0].message
    assert parsed.entries[0].kind is Kind.PLACE


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("Company name", Kind.ORG),
        ("会社名", Kind.ORG),
        ("企業名", Kind.ORG),
        ("회사명", Kind.ORG),
        ("部署", Kind.ORG),
        ("省庁", Kind.ORG),
        ("Product name", Kind.BRAND),
        ("製品名", Kind.BRAND),
        ("サービス", Kind.BRAND),
        ("商標", Kind.BRAND),
        ("Place names", Kind.PLACE),
        ("国名", Kind.PLACE),
        ("地域", Kind.PLACE),
        ("직위", Kind.TITLE),
        ("略語", Kind.TERM),
        ("Acronym", Kind.TERM),
        ("専門用語", Kind.TERM),
        ("Names", Kind.PERSON),
        ("성명", Kind.PERSON),
        ("人物", Kind.PERSON),
        ("사람", Kind.PERSON),
        ("Executive", Kind.PERSON),
        ("University", Kind.ORG),
        ("Media", Kind.ORG),
        ("상품", Kind.BRAND),
        ("Programme", Kind.TERM),
        ("Technical term", Kind.TERM),
        ("制度", Kind.TERM),
        ("Spokesperson", Kind.PERSON),
        ("Officials", Kind.PERSON),
        ("관계자", Kind.PERSON),
        ("Honorific", Kind.TITLE),
        ("敬称", Kind.TITLE),
        ("Government agency", Kind.ORG),
        ("Institute", Kind.ORG),
        ("Association", Kind.ORG),
        ("協会", Kind.ORG),
        ("위원회", Kind.ORG),
        ("Venue", Kind.PLACE),
        ("Province", Kind.PLACE),
        ("会場", Kind.PLACE),
        ("행사장", Kind.PLACE),
        ("App", Kind.BRAND),
        ("Conference", Kind.TERM),
        ("Award name", Kind.TERM),
        ("その他", Kind.TERM),
        ("기타", Kind.TERM),
        ("Other", Kind.TERM),
        ("n/a", Kind.TERM),
        # with a note in brackets, or in two languages
        ("Person (Japanese)", Kind.PERSON),
        ("인명(일본인)", Kind.PERSON),
        ("Company (listed)", Kind.ORG),
        ("Person / 人名", Kind.PERSON),
        ("会社/Company", Kind.ORG),
        ("社名", Kind.ORG),
        ("사명", Kind.ORG),
        ("法人", Kind.ORG),
        ("自治体", Kind.ORG),
        ("政党", Kind.ORG),
        ("Political party", Kind.ORG),
        ("事業所", Kind.PLACE),
        ("略称", Kind.TERM),
        ("약칭", Kind.TERM),
        # what the row is to the company, and who a person is
        ("Non-profit", Kind.ORG),
        ("NGO", Kind.ORG),
        ("Subsidiary", Kind.ORG),
        ("Partner", Kind.ORG),
        ("Client", Kind.ORG),
        ("子会社", Kind.ORG),
        ("取引先", Kind.ORG),
        ("계열사", Kind.ORG),
        ("Employee", Kind.PERSON),
        ("Full name", Kind.PERSON),
        ("Japanese name", Kind.PERSON),
        ("社員", Kind.PERSON),
        ("직원", Kind.PERSON),
        ("Ticker", Kind.TERM),
        ("証券コード", Kind.TERM),
        ("Slogan", Kind.TERM),
    ],
)
def test_the_kinds_sheets_write_in_their_own_words(written: str, kind: Kind) -> None:
    parsed = parse_csv(f"English,日本語,区分\nIncheon,仁川,{written}\n", "sheet.csv")
    assert parsed.problems == []
    assert [entry.kind for entry in parsed.entries] == [kind]


def test_kind_aliases_stay_exact() -> None:
    for written in ("metropolis", "名", "name name name", "Person/Company", "(person)"):
        parsed = parse_csv(f"en,kind\nIncheon,{written}\n", "sheet.csv")
        assert [p.code for p in parsed.problems] == ["unknown-kind"], written
        hint = "(did you mean 'person'?)" if written == "(person)" else "did you mean"
        assert (hint in parsed.problems[0].message) == (written == "(person)"), written


def test_region_columns_serve_a_release_in_the_bare_language() -> None:
    parsed = parse_csv(_sheet(("en-US", "ja-JP", "ko-KR", "kind")), "sheet.csv")
    entry = parsed.entries[0]
    assert sorted(entry.forms) == ["en_US", "ja_JP", "ko_KR"]
    assert entry.approved("en") == "Haruto Aoyama"
    assert entry.approved("ja") == "青山陽翔"
    assert entry.approved("ko_KR") == "아오야마 하루토"
    assert entry.approved("fr") is None


def test_a_tsv_in_a_glossary_folder_is_found(tmp_path: Path) -> None:
    (tmp_path / "terms.tsv").write_text(_sheet(("en", "ja", "ko", "kind"), "\t"), "utf-8")
    glossary = load_glossaries([tmp_path])
    assert len(glossary) == len(ROWS)


@pytest.mark.parametrize(
    ("header", "delimiter", "name"),
    [
        (("en-US", "ja-JP", "ko-KR", "kind"), ",", "sheet.csv"),
        (("English", "Japanese", "Korean", "Type"), ";", "sheet.csv"),
        (("en", "ja", "ko", "kind"), "\t", "sheet.tsv"),
    ],
)
def test_check_uses_such_a_sheet_end_to_end(
    run_cli: Run, tmp_path: Path, header: tuple[str, ...], delimiter: str, name: str
) -> None:
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / name).write_text(_sheet(header, delimiter), "utf-8")
    release = tmp_path / "release.md"
    release.write_text(
        "# Aoyama to lead the Incheon office\n\n"
        "HarutoAoyama, Senior Vice Presdent of the company, will open the office in 인천 "
        "next spring.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(tmp_path / "glossaries"), "--format", "json")
    assert result.exit_code == 1, result.output
    found = {(f["code"], f.get("suggestion")) for f in json.loads(result.stdout)["findings"]}
    assert {
        ("PR101", "Haruto Aoyama"),
        ("PR102", "Senior Vice President"),
        ("PR106", "Incheon"),
    } <= found
    # the correct forms stay silent
    release.write_text(
        "# Aoyama to lead the Incheon office\n\n"
        "Haruto Aoyama, Senior Vice President of the company, will open the office in "
        "Incheon next spring.\n",
        encoding="utf-8",
    )
    again = run_cli("check", str(release), "-g", str(tmp_path / "glossaries"), "--format", "json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["findings"] == []


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    # Excel's "Unicode Text": UTF-16 with a BOM, tab-separated
    path = tmp_path / "terms.tsv"
    path.write_bytes(_sheet(("en", "ja", "ko", "kind"), "\t").encode("utf-16"))
    glossary = load_glossaries([path])
    assert [entry.approved("ja") for entry in glossary] == [row[1] for row in ROWS]


@pytest.mark.parametrize(
    ("codec", "column", "form", "named"),
    [
        ("cp932", "ja", "青山はると", "Shift_JIS (cp932)"),
        ("cp932", "ja", "青山 春人", "Shift_JIS (cp932)"),  # kanji only, no kana
        ("cp932", "ja", "代表取締役社長", "Shift_JIS (cp932)"),
        ("cp949", "ko", "아오야마 하루토", "EUC-KR (cp949)"),
        ("cp949", "ko", "대표이사 사장", "EUC-KR (cp949)"),
    ],
)
def test_a_legacy_excel_csv_is_named_in_the_error(
    run_cli: Run, tmp_path: Path, codec: str, column: str, form: str, named: str
) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(f"en,{column},kind\nHaruto Aoyama,{form},person\n".encode(codec))
    release = tmp_path / "release.txt"
    release.write_text("Haruto Aoyama spoke.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(path))
    assert result.exit_code == 2
    assert f"{path}:2:" in result.stderr
    assert f"it looks like {named}; save it as UTF-8" in result.stderr


def test_empty_columns_a_spreadsheet_saves_at_the_right_are_not_columns() -> None:
    text = "en,ja,ko,kind,,\nIncheon,仁川,인천,place,,\nOsaka,大阪,오사카,place\n"
    parsed = parse_csv(text, "sheet.csv")
    assert parsed.problems == []
    assert [entry.approved("ko") for entry in parsed.entries] == ["인천", "오사카"]


def test_an_empty_spacer_column_between_the_others_is_no_column() -> None:
    text = "en,ja,,ko,kind,,Notes\nIncheon,仁川,,인천,place,,\nOsaka,大阪,,오사카,place,,port\n"
    parsed = parse_csv(text, "sheet.csv")
    assert parsed.problems == []  # (a notes column is a sheet's own, read by no one)
    assert [entry.approved("ko") for entry in parsed.entries] == ["인천", "오사카"]


def test_an_unnamed_column_with_values_is_still_an_error() -> None:
    """Its cells may be a language's forms left unlabelled: they are not dropped unseen."""
    for text in ("en,ja,kind,\nIncheon,仁川,place,city\n", "en,,kind\nIncheon,仁川,place\n"):
        parsed = parse_csv(text, "sheet.csv")
        assert [p.code for p in parsed.problems] == ["unknown-column"]
        assert "name the column" in parsed.problems[0].message
        assert parsed.entries == []


def test_sheets_pasted_one_under_the_other_repeat_their_header(
    run_cli: Run, tmp_path: Path
) -> None:
    text = (
        "en,ja,ko,kind,,Notes\n"
        "Kenji Sato,佐藤 健二,사토 겐지,人名,,\n"
        "EN,JA,KO,Kind,,notes\n"  # the next sheet's header, as another export wrote it
        "Sakura Heavy Industries,さくら重工業,사쿠라중공업,社名,,\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [(p.line, p.code, str(p.level)) for p in parsed.problems] == [
        (3, "header-repeated", "info")
    ]
    assert [(e.approved("en"), e.kind) for e in parsed.entries] == [
        ("Kenji Sato", Kind.PERSON),
        ("Sakura Heavy Industries", Kind.ORG),
    ]
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    assert run_cli("glossary", "lint", str(path)).exit_code == 0


def test_a_company_name_split_at_its_unquoted_comma_is_joined_back() -> None:
    # written by hand, without the quotes a spreadsheet would add
    text = (
        "en,ja,ko,kind\n"
        "Sakura Mobility Co., Ltd.,さくらモビリティ株式会社,사쿠라 모빌리티,org\n"
        "Hanicell, Inc.,ハニセル,하니셀,org\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert parsed.problems == []
    assert [entry.approved("en") for entry in parsed.entries] == [
        "Sakura Mobility Co., Ltd.",
        "Hanicell, Inc.",
    ]
    assert parsed.entries[0].kind is Kind.ORG


def test_any_other_unquoted_comma_is_still_a_bad_row() -> None:
    parsed = parse_csv("en,ja,kind\nTokyo, Japan,東京,place\n", "sheet.csv")
    assert [(p.code, p.line) for p in parsed.problems] == [("bad-row", 2)]


def test_title_rows_above_the_header_are_passed_over() -> None:
    text = (
        "Sakura Mobility glossary,,,\n"
        "Updated 2026-01-10 by the press office,,,\n"
        ",,,\n"
        "English,Japanese,Korean,Type\n"
        "Incheon,仁川,인천,place\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert parsed.problems == []
    assert [(entry.approved("ja"), parsed.rows[0].line) for entry in parsed.entries] == [
        ("仁川", 5)
    ]


def test_section_headings_and_comment_rows_are_no_entries(run_cli: Run, tmp_path: Path) -> None:
    text = (
        "English,日本語,한국어,種別\n"
        "【人名】,,,\n"
        "Kenji Morimoto,森本 健司,모리모토 겐지,人名\n"
        "■ Companies,,,\n"
        "Hanazono Motor Corporation,花園自動車株式会社,하나조노자동차,会社\n"
        "# Aoba Energy,アオバエナジー,아오바에너지,org\n"
        "#MeToo,#MeToo,#MeToo,brand\n"  # a hashtag is a name, not a comment
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [(p.line, p.code, str(p.level)) for p in parsed.problems] == [
        (2, "section-heading", "info"),
        (4, "section-heading", "info"),
        (6, "comment-row", "info"),
    ]
    assert [entry.approved("en") for entry in parsed.entries] == [
        "Kenji Morimoto",
        "Hanazono Motor Corporation",
        "#MeToo",
    ]
    # the sheet loads, and checks
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text("Kenji Morimoto spoke.\n", encoding="utf-8")
    assert run_cli("check", str(release), "-g", str(path)).exit_code == 0


def test_a_row_whose_kind_was_left_empty_is_read_with_a_warning(
    run_cli: Run, tmp_path: Path
) -> None:
    """A company by its legal form, anything else as a term (checked for its approved
    forms, not as a name); the sheet is told, and no command stops for it."""
    text = (
        "en,ja,ko,kind\n"
        "Kenji Morimoto,森本 健司,모리모토 겐지,person\n"
        '"Aoba Energy Co., Ltd.",アオバエナジー株式会社,아오바에너지,\n'
        "Digital health,デジタルヘルス,디지털 헬스,\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [(p.line, p.code, str(p.level)) for p in parsed.problems] == [
        (3, "empty-kind", "warning"),
        (4, "empty-kind", "warning"),
    ]
    assert "read as 'org' (a legal form in its name)" in parsed.problems[0].message
    assert [entry.kind for entry in parsed.entries] == [Kind.PERSON, Kind.ORG, Kind.TERM]
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    catalog = tmp_path / "ja.po"
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Digital health grows."\nmsgstr "電子医療が成長する。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(catalog), "-g", str(path), "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["PR401"]
    # a kind that is written but unknown is still an error: a typo would switch checks off
    path.write_text(text + "Nagoya,名古屋,나고야,plase\n", encoding="utf-8")
    result = run_cli("check", str(catalog), "-g", str(path))
    assert result.exit_code == 2
    assert f"{path}:5: column 'kind': unknown kind 'plase' (did you mean 'place'?)" in result.stderr


def test_a_title_row_above_a_semicolon_header() -> None:
    parsed = parse_csv("Sakura Mobility glossary\nen;ja;kind\nIncheon;仁川;place\n", "sheet.csv")
    assert parsed.problems == []
    assert [entry.approved("ja") for entry in parsed.entries] == ["仁川"]


def test_a_data_row_where_the_header_should_be_is_still_a_bad_header() -> None:
    parsed = parse_csv("Incheon,仁川,인천,place\nen,ja,ko,kind\n", "sheet.csv")
    assert "unknown-locale" in [p.code for p in parsed.problems]
    assert parsed.entries == []


# ---------------------------------------------------------------- Excel workbooks


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_an_xlsx_glossary_is_checked_end_to_end(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "glossaries").mkdir()
    _workbook(
        tmp_path / "glossaries" / "terms.xlsx",
        {
            "About": [["Press office glossary"], ["Ask the press office before editing."]],
            "Terms": [
                ["Sakura Mobility glossary"],
                [],
                ["English", "Japanese", "Korean", "Type", "Note"],
                [*ROWS[0], 1],  # a number in a cell reads as the sheet shows it
                *[list(row) for row in ROWS[1:]],
            ],
        },
    )
    release = tmp_path / "release.md"
    release.write_text("HarutoAoyama, Senior Vice Presdent, visited 인천.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(tmp_path / "glossaries"), "--format", "json")
    assert result.exit_code == 1, result.output
    found = {(f["code"], f.get("suggestion")) for f in json.loads(result.stdout)["findings"]}
    assert found == {
        ("PR101", "Haruto Aoyama"),
        ("PR102", "Senior Vice President"),
        ("PR106", "Incheon"),
    }
    lint = run_cli("glossary", "lint", str(tmp_path / "glossaries" / "terms.xlsx"))
    assert lint.exit_code == 0, lint.output


def test_an_xlsx_problem_names_its_row(run_cli: Run, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "terms.xlsx",
        {"Terms": [["en", "ja", "kind"], ["Incheon", "仁川", "place"], ["Osaka", "大阪", "city?"]]},
    )
    result = run_cli("glossary", "lint", str(path))
    assert result.exit_code == 1
    assert f"{path}:3: error unknown-kind" in result.stdout


@pytest.mark.parametrize(
    "content", [b"", "en,ja,kind\nIncheon,仁川,place\n".encode(), b"PK\x03\x04broken"]
)
def test_a_file_named_xlsx_that_is_no_workbook_is_a_clear_error(
    run_cli: Run, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "terms.xlsx"
    path.write_bytes(content)
    release = tmp_path / "release.txt"
    release.write_text("Incheon.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(path))
    assert result.exit_code == 2
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_lint_warns_of_several_forms_in_one_cell(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(
        "en,ja,kind\n"
        "Chief Executive Officer / CEO,最高経営責任者,title\n"
        "Chief Operating Officer; COO,最高執行責任者,title\n"
        "AT&T,AT&T,brand\n"
        "R/D Center,R/Dセンター,org\n",
        encoding="utf-8",
    )
    result = run_cli("glossary", "lint", str(path))
    assert result.exit_code == 0, result.output  # a warning: the glossary still loads
    flagged = [line for line in result.stdout.splitlines() if "several-forms" in line]
    assert [line.split(":")[1] for line in flagged] == ["2", "3"]
    assert "'variants:en', separated by '|'" in flagged[0]
    # the forms a slash lists are read as the approved form and its variants, so the
    # sheet works as its keeper meant it; a semicolon too, between forms of one name
    # (test_cell_forms: 'Sakura; Partners' is one name, read as written)
    entries = {entry.approved("ja"): entry.forms["en"] for entry in load_glossaries([path])}
    assert (entries["最高経営責任者"].text, entries["最高経営責任者"].variants) == (
        "Chief Executive Officer",
        ("CEO",),
    )
    assert (entries["最高執行責任者"].text, entries["最高執行責任者"].variants) == (
        "Chief Operating Officer",
        ("COO",),
    )
    assert entries["R/Dセンター"].text == "R/D Center"


def test_a_translation_may_use_any_form_a_cell_lists(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "terms.csv"
    sheet.write_text(
        "English,日本語,種別\nKenji Morimoto,森本 健司 / 森本健司,人名\n", encoding="utf-8"
    )
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n\n'
        'msgid "Kenji Morimoto spoke."\nmsgstr "森本健司が講演した。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache")
    assert result.exit_code == 0, result.output  # the cell as one form asked for it whole


@pytest.mark.parametrize(
    "header",
    [
        ("Name (EN)", "Name (JA)", "Name (KO)", "Type"),
        ("English name", "Japanese name", "Korean name", "Category"),
        ("英語表記", "日本語表記", "韓国語表記", "種別"),
        ("영문", "일문", "국문", "구분"),
        ("영어 표기", "일본어 표기", "한국어 표기", "분류"),
        ("EN", "JP", "KR", "kind"),  # country codes where the language codes belong
    ],
)
def test_headers_with_words_around_the_language(header: tuple[str, ...]) -> None:
    parsed = parse_csv(_sheet(header), "sheet.csv")
    assert {p.level.value for p in parsed.problems} <= {"info"}, parsed.problems
    assert [e.approved("ja") for e in parsed.entries] == [row[1] for row in ROWS]
    assert [e.approved("ko") for e in parsed.entries] == [row[2] for row in ROWS]
    read = [p.message for p in parsed.problems if p.code == "header-read"]
    assert read and all("read as locale" in m for m in read)


def test_a_sheets_own_columns_are_left_out_with_a_warning(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(
        "Name (EN),Name (JA),Title (EN),Type,Reading,Date added\r\n"
        "Haruto Aoyama,青山 陽翔,Senior Vice President,Person,あおやま はると,2026-01-10\r\n",
        encoding="utf-8",
    )
    result = run_cli("glossary", "lint", str(sheet))
    assert result.exit_code == 0, result.output
    ignored = [line for line in result.stdout.splitlines() if "ignored-column" in line]
    assert [line.split("'")[1] for line in ignored] == ["Title (EN)", "Reading", "Date added"]
    release = tmp_path / "release.txt"
    release.write_text("Statement\n\nHarutoAoyama spoke today.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["PR101"]


def test_an_unknown_code_like_header_is_still_an_error() -> None:
    # 'xx' may be a mistyped locale: left out, its forms would vanish unseen
    parsed = parse_csv("en,xx,kind\nIncheon,x,place\n", "sheet.csv")
    assert [(p.code, p.level.value) for p in parsed.problems] == [("unknown-locale", "error")]


def test_a_workbook_with_a_tab_per_kind_is_read_whole(run_cli: Run, tmp_path: Path) -> None:
    # a cover sheet, then one tab per kind with no kind column: the tab's name says it
    book = _workbook(
        tmp_path / "glossary.xlsx",
        {
            "表紙": [["Press office glossary"], ["updated 2026-11-30"]],
            "People": [["English", "Japanese", "Korean"], list(ROWS[0][:3])],
            "役職": [["English", "Japanese", "Korean"], list(ROWS[1][:3])],
            "Places": [["en", "ja", "ko", "kind"], list(ROWS[2])],
        },
    )
    entries = load_glossaries([book])
    assert sorted((e.kind.value, e.approved("ja")) for e in entries) == [
        ("person", "青山陽翔"),
        ("place", "仁川"),
        ("title", "上級副社長"),
    ]
    release = tmp_path / "release.md"
    release.write_text("HarutoAoyama, Senior Vice Presdent, visited 인천.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(book), "--format", "json")
    assert result.exit_code == 1, result.output
    assert {f["code"] for f in json.loads(result.stdout)["findings"]} == {
        "PR101",
        "PR102",
        "PR106",
    }
    # a problem names the sheet it is on, since every sheet has a row 2
    bad = _workbook(
        tmp_path / "bad.xlsx",
        {
            "People": [["en", "ja"], list(ROWS[0][:2])],
            "Titles": [["en", "ja"], ["", ""], ["Senior Vice President", ""], ["", "上級副社長"]],
            "Companies": [["en", "ja", "kind"], ["Aoba", "アオバ", "company?"]],
        },
    )
    lint = run_cli("glossary", "lint", str(bad))
    assert lint.exit_code == 1
    assert f"{bad}[Companies]:2: error unknown-kind" in lint.stdout
    assert f"{bad}[Titles]:1: info kind-from-name" in lint.stdout


def test_a_csv_file_named_for_its_kind_needs_no_kind_column(tmp_path: Path) -> None:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "people.csv").write_text("en,ja\nHaruto Aoyama,青山陽翔\n", encoding="utf-8")
    (folder / "役職.csv").write_text("en,ja\nSenior Vice President,上級副社長\n", encoding="utf-8")
    entries = load_glossaries([folder])
    assert sorted(e.kind.value for e in entries) == ["person", "title"]
    # a name that is no kind: the column is still required
    (folder / "glossary.csv").write_text("en,ja\nIncheon,仁川\n", encoding="utf-8")
    with pytest.raises(InputErrors, match="required column 'kind' missing"):
        load_glossaries([folder])


def test_abbreviation_and_ng_columns_are_variants_and_forbidden_forms(
    run_cli: Run, tmp_path: Path
) -> None:
    # a Japanese style guide's sheet: the short form and the forms not to use (NG表記)
    # beside each language, a column without a language belonging to the one before it
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(
        "English,English abbreviation,日本語,略称,NG表記,한국어,약칭,Type,Do not use (KO)\r\n"
        '"Ministry of Economy, Trade and Industry",METI,経済産業省,経産省,"通産省、経済産業庁",'
        "경제산업성,경산성,Organization,경제산업부\r\n",
        encoding="utf-8",
    )
    (entry,) = load_glossaries([sheet])
    assert entry.forms["en"].variants == ("METI",)
    assert (entry.forms["ja"].variants, entry.forms["ja"].forbidden) == (
        ("経産省",),
        ("通産省", "経済産業庁"),
    )
    assert (entry.forms["ko"].variants, entry.forms["ko"].forbidden) == (
        ("경산성",),
        ("경제산업부",),
    )
    lint = run_cli("glossary", "lint", str(sheet))
    assert lint.exit_code == 0, lint.output
    assert f"{sheet}:1: info header-read: column '略称' read as 'variants:ja'" in lint.stdout
    release = tmp_path / "release.txt"
    release.write_text("発表\n\n通産省は計画を支援する。経産省も支援する。\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]] == [
        ("PR103", "通産省")
    ]


def test_a_list_column_needs_a_language(tmp_path: Path) -> None:
    # its cells say one: read as that language's variants
    parsed = parse_csv("Abbreviation,en,kind\nMETI,Ministry of Economy,org\n", "sheet.csv")
    assert [(p.code, p.level.value) for p in parsed.problems] == [("header-read", "info")]
    assert parsed.entries[0].term("en").variants == ("METI",)
    # they say none (no cell, or a language the sheet has no column for): left out
    for text in (
        "Abbreviation,en,kind\n,Ministry of Economy,org\n",
        "Abbreviation,en,kind\n経産省,Ministry of Economy,org\n",
    ):
        parsed = parse_csv(text, "sheet.csv")
        assert [(p.code, p.level.value) for p in parsed.problems] == [("ignored-column", "warning")]
        assert "no language column before it" in parsed.problems[0].message


def test_name_part_columns_as_sheets_head_them(run_cli: Run, tmp_path: Path) -> None:
    # an address-book export: the parts of each name, no column of whole names
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "Family name (EN),Given name (EN),姓,名,Title\r\nTanabe,Yoshiro,田辺,義郎,Minister\r\n",
        encoding="utf-8",
    )
    (entry,) = load_glossaries([sheet])
    assert entry.kind is Kind.PERSON  # from the file's name
    assert (entry.approved("en"), entry.approved("ja")) == ("Yoshiro Tanabe", "田辺 義郎")
    assert entry.forms["ja"].name is not None and entry.forms["ja"].name.family == "田辺"
    release = tmp_path / "release.txt"
    release.write_text("Visit\n\nYoshiroTanabe visited the plant.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert [(f["code"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]] == [
        ("PR101", "Yoshiro Tanabe")
    ]
    # '日本語名' is a Japanese name in full, not a given name
    parsed = parse_csv("English,日本語名,kind\nYoshiro Tanabe,田辺 義郎,person\n", "sheet.csv")
    assert parsed.entries[0].forms["ja"].name is None


@pytest.mark.parametrize(
    ("header", "yes", "no"),
    [("Do not translate", "TRUE", "FALSE"), ("翻訳不要", "○", "×"), ("번역 안 함", "예", "")],
)
def test_a_do_not_translate_column_as_sheets_write_it(header: str, yes: str, no: str) -> None:
    parsed = parse_csv(
        f"en,ja,kind,{header}\nHydrogen Valley,ハイドロジェンバレー,brand,{yes}\n"
        f"Sendai,仙台,place,{no}\n",
        "sheet.csv",
    )
    assert parsed.problems == []
    assert [entry.dnt for entry in parsed.entries] == [True, False]


def test_a_name_written_last_name_first_with_a_comma(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        'en,ja,kind\n"Tanabe, Yoshiro",田辺 義郎,person\n'
        '"Yoshiro Tanabe, Ph.D.",田辺 博士,person\n',
        encoding="utf-8",
    )
    first, second = load_glossaries([sheet])
    term = first.forms["en"]
    assert (term.text, term.variants) == ("Yoshiro Tanabe", ("Tanabe Yoshiro", "Tanabe, Yoshiro"))
    assert term.name is not None and term.name.family == "Tanabe"
    assert second.approved("en") == "Yoshiro Tanabe, Ph.D."  # a degree after a comma: as written
    release = tmp_path / "release.txt"
    release.write_text("Visit\n\nYoshiroTanabe met Tanabe Yoshiro.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]] == [
        ("PR101", "YoshiroTanabe")
    ]


def test_a_repeated_term_is_read_once_or_merged(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(
        "en,ja,ko,kind,note\n"
        "President,社長,사장,title,of a company\n"
        "President,大統領,대통령,title,of a country\n"
        "Sendai,仙台,센다이,place,\n"
        "Sendai,仙台,센다이,place,\n",
        encoding="utf-8",
    )
    lint = run_cli("glossary", "lint", str(sheet))
    assert lint.exit_code == 0, lint.output  # before: two duplicate-id errors, exit 2 for all
    assert [line.split(": ", 1)[0] for line in lint.stdout.splitlines()] == [
        f"{sheet}:3",
        f"{sheet}:5",
    ]
    president, _ = load_glossaries([sheet])
    assert (president.approved("ja"), president.forms["ja"].variants) == ("社長", ("大統領",))
    po = tmp_path / "ja.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n\n'
        'msgid "The President of Korea visited Sendai."\nmsgstr "韓国の大統領が仙台を訪れた。"\n',
        encoding="utf-8",
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache")
    assert result.exit_code == 0, result.output
    # an id the sheet gives twice is still an error: which entry is meant cannot be told
    sheet.write_text("id,en,ja,kind\np,President,社長,title\np,President,大統領,title\n")
    assert run_cli("glossary", "lint", str(sheet)).exit_code == 1


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ("Mr. Yoshiro Tanabe", "田辺 義郎 氏", "다나베 요시로 씨"),
            ("Yoshiro Tanabe", "田辺 義郎", "다나베 요시로"),
        ),
        (
            ("Dr Mikio Kato", "加藤 幹夫様", "가토 미키오 님"),
            ("Mikio Kato", "加藤 幹夫", "가토 미키오"),
        ),
        (("Mikio Kato", "加藤 幹夫", "가토 미키오"), ("Mikio Kato", "加藤 幹夫", "가토 미키오")),
    ],
)
def test_a_persons_honorific_is_left_out(cells: tuple[str, ...], expected: tuple[str, ...]) -> None:
    parsed = parse_csv("en,ja,ko,kind\n" + ",".join(cells) + ",person\n", "people.csv")
    (entry,) = parsed.entries
    assert tuple(entry.approved(loc) for loc in ("en", "ja", "ko")) == expected
    said = [p for p in parsed.problems if p.code == "honorific"]
    assert len(said) == (0 if cells == expected else 3)
    # a title or a company keeps what it says
    parsed = parse_csv("en,ja,kind\nMr. Donut,ミスタードーナツ様,brand\n", "brands.csv")
    assert parsed.entries[0].approved("en") == "Mr. Donut"


def test_row_number_columns_are_no_forms_and_no_ids(run_cli: Run, tmp_path: Path) -> None:
    # 'No' (also Norwegian's code) and 'ID' of row numbers, as many sheets number rows
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "people.csv").write_text(
        "ID,No,English,日本語,Type\n"
        "1,1,Yoshiro Tanabe,田辺 義郎,Person\n2,2,Mikio Kato,加藤 幹夫,Person\n",
        encoding="utf-8",
    )
    (folder / "terms.csv").write_text(
        "ID,English,日本語,Type\n1,Minister,大臣,Title\n2,Sendai,仙台,Place\n", encoding="utf-8"
    )
    entries = load_glossaries([folder])
    # before: ids '1' and '2' in both sheets, so the titles replaced the persons
    assert sorted((e.kind.value, e.approved("en")) for e in entries) == [
        ("person", "Mikio Kato"),
        ("person", "Yoshiro Tanabe"),
        ("place", "Sendai"),
        ("title", "Minister"),
    ]
    assert all("no" not in e.forms for e in entries)
    lint = run_cli("glossary", "lint", str(folder))
    assert lint.exit_code == 0, lint.output
    assert lint.stdout.count("holds row numbers") == 3


def test_one_id_for_two_terms_in_two_files_is_an_error(tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    a.write_text("id,en,ja,kind\nx1,Yoshiro Tanabe,田辺 義郎,person\n", encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("id,en,ja,kind\nx1,Minister,大臣,title\n", encoding="utf-8")
    with pytest.raises(InputErrors, match="id 'x1' is also person 'Yoshiro Tanabe'"):
        load_glossaries([a, b])
    # adding a locale or a variant to an entry is what a later file is for
    b.write_text("id,ko,variants:en,kind\nx1,다나베 요시로,Y. Tanabe,person\n", encoding="utf-8")
    (entry,) = load_glossaries([a, b])
    assert (entry.approved("ko"), entry.forms["en"].variants) == ("다나베 요시로", ("Y. Tanabe",))


def test_a_kind_merged_down_its_group_in_a_workbook(run_cli: Run, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (
        ["English", "日本語", "Type"],
        ["Yoshiro Tanabe", "田辺 義郎", "人名"],
        ["Mikio Kato", "加藤 幹夫", None],
        ["Sendai", "仙台", "Place"],
        ["Osaka", "大阪", None],
    ):
        sheet.append(row)
    sheet.merge_cells("C2:C3")  # '人名' once for both persons, as Excel sheets group rows
    sheet.merge_cells("C4:C5")
    path = tmp_path / "glossary.xlsx"
    book.save(path)
    assert [(e.kind.value, e.approved("en")) for e in load_glossaries([path])] == [
        ("person", "Yoshiro Tanabe"),
        ("person", "Mikio Kato"),
        ("place", "Sendai"),
        ("place", "Osaka"),
    ]
    assert run_cli("glossary", "lint", str(path)).exit_code == 0


def test_a_status_column_as_terminology_sheets_keep_it(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(
        "en,ja,kind,Status\n"
        "Hanazono Motor Corporation,花園自動車株式会社,org,Approved\n"
        "Hanazono Motors Ltd.,花園モータース株式会社,org,Deprecated\n"  # the old name
        "Aoba Hydrogen,アオバ水素,brand,検討中\n"  # not approved yet
        "Sendai,仙台,place,\n",
        encoding="utf-8",
    )
    entries = {e.id: e for e in load_glossaries([sheet])}
    assert sorted(entries) == [
        "org:hanazono-motor-corporation",
        "org:hanazono-motors-ltd",
        "place:sendai",
    ]
    old = entries["org:hanazono-motors-ltd"].forms["ja"]
    assert (old.text, old.forbidden) == ("", ("花園モータース株式会社",))
    release = tmp_path / "release.txt"
    release.write_text("Plant\n\nHanazono Motors Ltd. opened a plant. Aoba Hydrogen grew.\n")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]] == [
        ("PR103", "Hanazono Motors Ltd.")
    ]
    # a status it does not know: read as approved, with a warning
    parsed = parse_csv("en,ja,kind,status\nOsaka,大阪,place,maybe\n", "sheet.csv")
    assert [(p.code, p.level.value) for p in parsed.problems] == [("bad-value", "warning")]
    assert parsed.entries[0].approved("ja") == "大阪"


def test_a_language_then_what_its_column_holds() -> None:
    """'English (official)' is the approved English; '(alternate)' its variants; a former
    name ('(旧表記)', '(former name)') is no longer to be written: forbidden, reported."""
    parsed = parse_csv(
        "English (official),English (alternate),English (former name),日本語（正式名称）,"
        "日本語（旧表記）,区分\n"
        "Aoba Energy Corporation,Aoba Energy,Aoba Power Co.,アオバエナジー株式会社,"
        "青葉電力株式会社,会社\n",
        "sheet.csv",
    )
    assert [p.level for p in parsed.problems] == ["info"] * 5
    (entry,) = parsed.entries
    assert entry.approved("en") == "Aoba Energy Corporation"
    assert entry.term("en").variants == ("Aoba Energy",)
    assert entry.term("en").forbidden == ("Aoba Power Co.",)
    assert entry.approved("ja") == "アオバエナジー株式会社"
    assert entry.term("ja").forbidden == ("青葉電力株式会社",)


@pytest.mark.parametrize(
    ("header", "rows", "read"),
    [
        # a terminology tool's export: the source column is 'Term'
        (
            "Term,Translation (JA),Translation (KO),Category",
            ["Aoba Energy Corporation,アオバエナジー株式会社,아오바에너지,Company"],
            {"en": "Aoba Energy Corporation", "ja": "アオバエナジー株式会社", "ko": "아오바에너지"},
        ),
        # 'Source term' and 'Target term'; a name in kanji alone counts with the kana
        (
            "Source term,Target term,Kind",
            [
                "Aoba Energy Corporation,アオバエナジー株式会社,org",
                "Yoshiro Tanabe,田辺 義郎,person",
            ],
            {"en": "Aoba Energy Corporation", "ja": "アオバエナジー株式会社"},
        ),
        (
            "用語,English,kind",
            ["아오바에너지,Aoba Energy,org"],
            {"ko": "아오바에너지", "en": "Aoba Energy"},
        ),
    ],
)
def test_a_term_column_without_its_language_is_read_by_its_text(
    header: str, rows: list[str], read: dict[str, str]
) -> None:
    parsed = parse_csv("\n".join([header, *rows]) + "\n", "sheet.csv")
    assert all(p.level == "info" for p in parsed.problems), parsed.problems
    assert {loc: parsed.entries[0].approved(loc) for loc in read} == read


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # mixed text, a language that has its column, kanji alone: left out, said so
        ("Term,日本語,kind", ["Aoba,アオバ,org", "青葉,アオバ電力,org"]),
        ("English,Term,kind", ["Aoba,Aoba Energy,org"]),
        ("English,Term,kind", ["Aoba,青葉電力,org"]),
        # 'Source' alone is where a term comes from, not a language's forms
        ("English,日本語,Source,kind", ["Aoba,アオバ,Nikkei 2024-05-01,org"]),
    ],
)
def test_a_term_column_is_left_out_when_its_text_does_not_say(header: str, rows: list[str]) -> None:
    parsed = parse_csv("\n".join([header, *rows]) + "\n", "sheet.csv")
    assert [p.code for p in parsed.problems if p.level != "info"] == ["ignored-column"]


def test_a_persons_cell_with_a_title_in_brackets_or_an_academic_courtesy(
    run_cli: Run, tmp_path: Path
) -> None:
    """'Kenji Sato (President)', '佐藤健二（社長）', '近藤 真理 博士', '이민호 교수': the
    name is what a release writes; the rest is the sheet's note to its reader."""
    text = (
        "en,ja,ko,kind\n"
        "Kenji Sato (President),佐藤健二（社長）,사토 겐지(사장),person\n"
        "Dr. Mari Kondo,近藤 真理 博士,곤도 마리 박사,person\n"
        "Prof. Lee Min-ho,李珉浩 准教授,이민호 명예교수,person\n"
        "Yoshiro Tanabe (田辺義郎),田辺義郎（たなべ よしろう）,다나베 요시로,person\n"
    )
    parsed = parse_csv(text, "sheet.csv")
    assert [(e.approved("en"), e.approved("ja"), e.approved("ko")) for e in parsed.entries] == [
        ("Kenji Sato", "佐藤健二", "사토 겐지"),
        ("Mari Kondo", "近藤 真理", "곤도 마리"),
        ("Lee Min-ho", "李珉浩", "이민호"),
        ("Yoshiro Tanabe", "田辺義郎", "다나베 요시로"),
    ]
    assert {p.code for p in parsed.problems} <= {"bracketed-form", "honorific", "name-inferred"}
    # a title or company name in brackets stays what it was
    kept = parse_csv(
        "en,ja,kind\nChief Executive Officer (CEO),最高経営責任者（CEO）,title\n", "sheet.csv"
    )
    assert "CEO" in kept.entries[0].term("en").variants
    # the names are checked as the releases write them
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text("KenjiSato and Mari Kondo spoke.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["found"]) for f in findings] == [("PR101", "KenjiSato")]


def test_a_bracket_on_a_line_of_its_own_in_a_cell_is_the_cells_bracket(tmp_path: Path) -> None:
    """Alt+Enter before the bracket ('Chief Executive Officer⏎(CEO)'): one form with its
    short form, as on one line; two lines of forms are still two forms."""
    text = (
        "en,ja,kind\n"
        '"Chief Executive Officer\n(CEO)","最高経営責任者\n（CEO）",title\n'
        '"Kenji Sato\nK. Sato",佐藤健二,person\n'
    )
    parsed = parse_csv(text, "sheet.csv")
    title, person = parsed.entries
    assert (title.approved("en"), title.approved("ja")) == (
        "Chief Executive Officer",
        "最高経営責任者",
    )
    assert "CEO" in title.term("en").variants and "CEO" in title.term("ja").variants
    assert "最高経営責任者（CEO）" in title.term("ja").variants
    assert (person.approved("en"), person.term("en").variants[:1]) == ("Kenji Sato", ("K. Sato",))
    workbook = _workbook(
        tmp_path / "terms.xlsx",
        {
            "Terms": [
                ["English", "日本語", "区分"],
                ["Chief Executive Officer\n(CEO)", "最高経営責任者", "役職"],
            ]
        },
    )
    from prlocalize.glossary.xlsx import parse_xlsx_file

    (sheet,) = parse_xlsx_file(workbook)
    assert sheet.entries[0].approved("en") == "Chief Executive Officer"
    assert [p.code for p in sheet.problems if p.code == "several-forms"] == []


def test_a_japanese_sheets_family_name_in_capitals(run_cli: Run, tmp_path: Path) -> None:
    """'SATO Kenji' (the Japanese government's style): the family name is the one in
    capitals; releases written either way name the person, and the glued and reversed
    forms are known. A release that writes the name both ways is PR104's (the capitals,
    on a tie: f829533)."""
    text = "en,ja,kind\nSATO Kenji,佐藤 健二,person\nNEC Corporation,日本電気,org\n"
    parsed = parse_csv(text, "sheet.csv")
    person, org = parsed.entries
    assert person.approved("en") == "Kenji Sato"
    assert "SATO Kenji" in person.term("en").variants
    assert person.term("en").name == PersonName(given="Kenji", family="Sato")
    assert org.approved("en") == "NEC Corporation"
    assert [p.code for p in parsed.problems if p.column == "en"] == ["family-in-capitals"]
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(
        "Kenji Sato spoke. SATO Kenji will speak. KenjiSato spoke. Sato Kenji spoke.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(sheet), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["found"]) for f in findings] == [
        ("PR104", "SATO Kenji"),
        ("PR101", "KenjiSato"),
        ("PR104", "Sato Kenji"),
    ]
    release.write_text("SATO Kenji will speak. KenjiSato spoke.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--format", "json")
    assert [f["found"] for f in json.loads(result.stdout)["findings"]] == ["KenjiSato"]


def test_a_korean_name_in_capitals_keeps_its_order(run_cli: Run, tmp_path: Path) -> None:
    """'KIM Min-jun', 'PARK Jiwoo': Korean names are written family name first in English
    too, so that is the approved form; the Western order is the reversal."""
    text = "en,ko,kind\nKIM Min-jun,김민준,person\nPARK Jiwoo,박지우,person\n"
    kim, park = parse_csv(text, "sheet.csv").entries
    assert (kim.approved("en"), park.approved("en")) == ("Kim Min-jun", "Park Jiwoo")
    assert "KIM Min-jun" in kim.term("en").variants
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text("Kim Min-jun and KIM Min-jun met. Jiwoo Park spoke.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["found"]) for f in findings] == [("PR104", "Jiwoo Park")]


def _with_cached_value(path: Path, ref: str, value: str) -> None:
    """Store ``value`` as the computed value of the formula in cell ``ref``, as a
    spreadsheet does when it saves (openpyxl writes formulas without one)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode("utf-8")
    xml = re.sub(
        rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
        rf'<c r="{ref}" t="str"><f>\2</f><v>{value}</v></c>',
        xml,
    )
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_formula_without_its_value_is_said_with_its_cell(run_cli: Run, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["given", "family", "en", "ja", "kind"],
        ["Kenji", "Sato", '=A2&" "&B2', "佐藤 健二", "person"],
    ]
    book = _workbook(tmp_path / "people.xlsx", {"People": rows})
    result = run_cli("glossary", "lint", str(book))
    assert "people.xlsx:2: warning formula-without-value: cell C2 holds a formula" in (
        result.output
    )
    assert "save it in Excel or LibreOffice" in result.output
    # as a spreadsheet saves it, with the value computed: read, and nothing to say
    _with_cached_value(book, "C2", "Kenji Sato")
    result = run_cli("glossary", "lint", str(book))
    assert "formula-without-value" not in result.output, result.output
    (entry,) = load_glossaries([book])
    assert entry.approved("en") == "Kenji Sato"


@pytest.mark.parametrize(
    "header",
    [
        ("en", "ja", "ko", "kind"),
        ("id", "kind", "en", "ja", "ko", "variants:en", "forbidden:ja", "given:ko", "note"),
    ],
)
def test_a_header_in_the_documented_columns_loads_no_language_names(
    header: tuple[str, ...],
) -> None:
    # Babel's names of languages ('Japanese', '日本語') take a third of a second to load:
    # a sheet headed as DESIGN.md says ('kind', 'variants:en') must not pay for them
    from prlocalize.glossary import values

    values._language_names.cache_clear()
    rows = [("Mikio Kato", "加藤幹雄", "가토 미키오", "person")]
    cells = {"en": 0, "ja": 1, "ko": 2, "kind": 3}
    text = ",".join(header) + "\n"
    for row in rows:
        text += ",".join(row[cells[name]] if name in cells else "" for name in header) + "\n"
    parsed = parse_csv(text, "sheet.csv")
    assert parsed.problems == [] and [e.approved("ja") for e in parsed.entries] == ["加藤幹雄"]
    assert values._language_names.cache_info().currsize == 0
