"""`check --fix` writes a release back as it was read: an HTML page in the legacy encoding
its `<meta>` declares stays in it (in UTF-8 under that `<meta>` a browser garbles every
Japanese or Korean character), and the lines no fix touched keep their exact bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.readers.writeback import encode_as_read

Cli = Callable[..., Result]

JA_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">\n'
    "<title>物流拠点の開設について</title></head>\n"
    "<body>\n"
    "<p>本日、北関東に新しい物流拠点を開設しました。。</p>\n"
    "<p>稼働は来月からを予定しています。</p>\n"
    "</body></html>\n"
)
KO_PAGE = (
    '<html><head><meta charset="{label}"><title>보도자료</title></head>\n'
    "<body><p>공단은 오늘 새 물류센터를 열었다고 밝혔다,,</p>\n"
    "<p>자세한 내용은 홍보팀에 문의하기 바랍니다.</p></body></html>\n"
)


@pytest.mark.parametrize(
    ("page", "label", "codec", "before", "after"),
    [
        (JA_PAGE, "shift_jis", "cp932", "開設しました。。", "開設しました。"),
        (JA_PAGE, "Shift_JIS", "cp932", "開設しました。。", "開設しました。"),
        (JA_PAGE, "euc-jp", "euc_jp", "開設しました。。", "開設しました。"),
        (KO_PAGE, "ks_c_5601-1987", "cp949", "밝혔다,,", "밝혔다,"),
        (KO_PAGE, "euc-kr", "cp949", "밝혔다,,", "밝혔다,"),
    ],
)
def test_a_page_in_its_declared_encoding_stays_in_it(
    tmp_path: Path, run_cli: Cli, page: str, label: str, codec: str, before: str, after: str
) -> None:
    release = tmp_path / "notice.html"
    text = page.format(label=label)
    release.write_bytes(text.encode(codec))
    result = run_cli("check", str(release), "--fix", "--no-cache")
    assert result.exit_code == 0, result.output
    assert release.read_bytes() == text.replace(before, after).encode(codec)


def test_untouched_lines_keep_their_bytes_in_a_legacy_file(tmp_path: Path, run_cli: Cli) -> None:
    # 0xFA40 and 0xEEEF are both 'ⅰ' in CP932, which writes it back as 0xEEEF only
    ibm = b"\xfa\x40"
    head = "お知らせ\n\n".encode("cp932")
    line = "対象：区分".encode("cp932") + ibm + "の事業者\n".encode("cp932")
    body = "本日、受付を開始しました。。\n".encode("cp932")
    release = tmp_path / "old.txt"
    release.write_bytes(head + line + body)
    result = run_cli("check", str(release), "--encoding", "cp932", "--fix", "--no-cache")
    assert result.exit_code == 0, result.output
    assert release.read_bytes() == head + line + "本日、受付を開始しました。\n".encode("cp932")


def test_an_ascii_page_declaring_a_legacy_encoding_gets_added_characters_in_it() -> None:
    raw = b'<meta charset="windows-1252"><p>Cafe opening</p>\n'
    fixed = '<meta charset="windows-1252"><p>Café opening</p>\n'
    assert encode_as_read(fixed, raw, "page.html") == fixed.encode("cp1252")


def test_a_character_the_encoding_cannot_hold() -> None:
    raw = '<meta charset="shift_jis"><p>開設</p>\n'.encode("cp932")
    fixed = '<meta charset="shift_jis"><p>개설 開設</p>\n'
    # in HTML a character reference; in a text file an error (the caller writes nothing)
    assert encode_as_read(fixed, raw, "page.html") == (
        '<meta charset="shift_jis"><p>&#44060;&#49444; 開設</p>\n'.encode("cp932")
    )
    with pytest.raises(UnicodeEncodeError):
        encode_as_read("개설 開設\n", "開設\n".encode("cp932"), "old.txt", "cp932")


def test_utf8_bom_and_cr_only_endings_stay() -> None:
    raw = b"\xef\xbb\xbfTitle\r\rText.\r"
    assert encode_as_read("Title\n\nText!\n", raw, "a.txt") == b"\xef\xbb\xbfTitle\r\rText!\r"


def test_an_unencodable_fix_in_a_legacy_text_file_writes_nothing(
    tmp_path: Path, run_cli: Cli
) -> None:
    glossary = tmp_path / "terms.csv"
    # the company writes its name with 髙, which EUC-JP (JIS X 0208) does not have
    glossary.write_text("kind,ja,forbidden:ja\norg,髙宮運輸,高宮運輸\n", encoding="utf-8")
    release = tmp_path / "old.txt"
    data = "お知らせ\n\n本日、高宮運輸は新倉庫を開設しました。\n".encode("euc_jp")
    release.write_bytes(data)
    result = run_cli(
        "check", str(release), "-g", str(glossary), "--encoding", "euc_jp", "--fix", "--no-cache"
    )
    assert result.exit_code == 2, result.output
    assert "euc_jp cannot hold" in result.output
    assert release.read_bytes() == data
