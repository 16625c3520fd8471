"""PR404 on a Japanese postal address written as registered addresses write it, the
block in kanji before 丁目 ('西新宿三丁目8番1号'): it is the first number of '3-8-1
Nishi-Shinjuku' or of '8-1 Nishi-Shinjuku 3-chome', not a figure left out. The block's
other numbers are still compared, one kanji block for one number."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

OFFICE = "Head office: 3-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-0590"
PLANT = "The plant stands at 14-2 Kanazawa 5-chome, Ishikawa."
BOTH = "Offices: 2-6-2 Otemachi and 2-1-4 Nihonbashi."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (OFFICE, "本社：〒163-0590 東京都新宿区西新宿三丁目8番1号"),
        (OFFICE, "本社所在地：東京都新宿区西新宿三丁目8-1（〒163-0590）"),
        (PLANT, "工場は石川県金沢五丁目14番2号にあります。"),
        (BOTH, "事業所：大手町二丁目6番2号、日本橋二丁目1番4号"),
    ],
)
def test_the_block_in_kanji_is_the_same_address(msgid: str, msgstr: str) -> None:
    assert _numbers("ja", msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (OFFICE, "本社：〒163-0590 東京都新宿区西新宿四丁目8番1号", "3"),  # another block
        (OFFICE, "本社：〒163-0590 東京都新宿区西新宿三丁目8番3号", "1"),  # its last part
        (BOTH, "事業所：大手町二丁目6番2号、日本橋三丁目1番4号", "2"),  # said once, wanted twice
    ],
)
def test_a_changed_number_of_the_block_is_still_reported(
    msgid: str, msgstr: str, found: str
) -> None:
    assert found in _numbers("ja", msgid, msgstr)
