"""PR404 on a quarter changed in the translation though it also says a number equal to the
source's quarter ('the third quarter' as '第2四半期（3か月）'): a quarter is matched by a
quarter, not by any 3."""

from __future__ import annotations

from catalog_support import translation_codes

SOURCE = "Orders in the third quarter alone came to ¥12.4 billion."


def test_another_quarter_beside_a_three() -> None:
    msgstr = "第2四半期（3か月間）単独の受注高は124億円でした。"
    assert translation_codes("ja", SOURCE, msgstr, with_info=False) == ["PR404"]


def test_the_same_quarter() -> None:
    msgstr = "第3四半期（3か月間）単独の受注高は124億円でした。"
    assert translation_codes("ja", SOURCE, msgstr, with_info=False) == []
