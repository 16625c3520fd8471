"""PR404 on a whole number of inches given as its nominal metric size, 25 mm an inch, as a
trade gives it ('12インチウェーハ' as '300 mm wafers', '8인치' as '200mm'): 1.6% off the
exact conversion (304.8 mm), more than the source's rounding allowed, so the 12 was
reported changed to 300, though the other direction ('300 mm' as '12インチ') passed. Another
size ('12インチ' as '200 mm') and an inch with decimals given off by as much are still
reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "12インチシリコンウェーハを供給します。", "It supplies 300 mm silicon wafers."),
        ("en", "同社は、12インチのウェーハを供給します。", "It will supply 300mm wafers."),
        ("en", "이 공장은 8인치 웨이퍼를 생산한다.", "The plant makes 200 mm wafers."),
        ("en", "6インチ基板の生産を終了します。", "Production of 150 mm substrates will end."),
        ("ja", "The fab processes 300 mm wafers.", "同工場は12インチウェーハを処理します。"),
        ("ko", "The fab processes 12-inch wafers.", "이 팹은 300mm 웨이퍼를 처리한다."),
        ("en", "画面サイズは6.7インチです。", "The screen measures 17 cm."),
    ],
)
def test_nominal_size_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "12インチシリコンウェーハを供給します。", "It supplies 200 mm silicon wafers."),
        ("en", "이 공장은 8인치 웨이퍼를 생산한다.", "The plant makes 300 mm wafers."),
        ("en", "画面サイズは6.7インチです。", "The screen measures 16.5 cm."),
    ],
)
def test_another_size_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr)
