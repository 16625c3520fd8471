"""An HTML page that says its encoding (Word's 'Web Page, Filtered' in Japanese or Korean
Windows writes Shift_JIS or ks_c_5601-1987 and says so in a <meta>) is read as it says:
old archives are full of them, and ``align --pairs`` has no --encoding to pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.errors import InputError
from prlocalize.readers import read_document

WORD_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
    '<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
    '<meta name=Generator content="Microsoft Word 15 (filtered)">\n</head>\n'
    "<body lang={lang}><div class=WordSection1>\n"
)
JA_BODY = (
    "<p class=MsoNormal><span lang=JA>株式会社みなと造船は、①新型フェリーの建造を"
    "受注しました。</span></p>\n</div></body></html>\n"
)
KO_BODY = (
    "<p class=MsoNormal><span lang=KO>한빛해운은 똠방각하 신규 항로를 개설했다고 "
    "밝혔습니다.</span></p>\n</div></body></html>\n"
)


@pytest.mark.parametrize(
    ("charset", "codec", "lang", "body"),
    [
        ("shift_jis", "cp932", "JA", JA_BODY),  # '①' is CP932's, which Word writes
        ("Shift_JIS", "shift_jis", "JA", JA_BODY.replace("①", "")),
        ("ks_c_5601-1987", "cp949", "KO", KO_BODY),  # '똠' is CP949's only
        ("euc-kr", "euc_kr", "KO", KO_BODY.replace("똠방각하 ", "")),
        ("euc-jp", "euc_jp", "JA", JA_BODY.replace("①", "")),
    ],
)
def test_html_read_in_the_charset_it_declares(
    tmp_path: Path, charset: str, codec: str, lang: str, body: str
) -> None:
    page = WORD_HEAD.format(charset=charset, lang=lang) + body
    path = tmp_path / "release.htm"
    path.write_bytes(page.encode(codec))
    doc = read_document(path)
    text = " ".join(s.text for b in doc.blocks for s in b.segments)
    expected = "新型フェリー" if lang == "JA" else "신규 항로"
    assert expected in text


def test_windows_1252_page_is_read(tmp_path: Path) -> None:
    page = WORD_HEAD.format(charset="windows-1252", lang="EN-US") + (
        "<p class=MsoNormal>Caf\xe9 Orinoco opens its first store – in Lyon.</p>"
        "</div></body></html>\n"
    )
    path = tmp_path / "release.htm"
    path.write_bytes(page.encode("cp1252"))
    doc = read_document(path)
    text = " ".join(s.text for b in doc.blocks for s in b.segments)
    assert "Café Orinoco opens its first store – in Lyon." in text


def test_a_page_whose_bytes_are_not_what_it_declares_is_still_an_error(tmp_path: Path) -> None:
    page = WORD_HEAD.format(charset="euc-jp", lang="JA") + JA_BODY
    path = tmp_path / "release.htm"
    path.write_bytes(page.encode("cp932"))  # says EUC-JP, is Shift_JIS
    with pytest.raises(InputError, match="not UTF-8"):
        read_document(path)


def test_a_text_file_is_not_read_by_a_meta_it_quotes(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    text = '<meta charset="shift_jis">\n' + "お知らせいたします。本日は晴天です。\n"
    path.write_bytes(text.encode("shift_jis"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_document(path)
