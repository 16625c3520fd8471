"""A section the translation gives elsewhere: a newsletter whose Japanese edition puts
its items in another order (and adds one of its own). The monotone passes left the moved
item unpaired on both sides; its sentences that anchors tie are paired, and what only
length would tie stays unpaired."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

RULE = "────────────────────"
EN_LIBRARY = (
    "Library Opens on Sundays\n\n"
    "From April 6, 2025, Kitakaze City Library will open on Sundays from 10 a.m. to 5 p.m. "
    "The library expects 1,200 more visitors a month."
)
EN_PARKING = (
    "New Parking Rules at City Hall\n\n"
    "From May 12, 2025, the first 30 minutes of parking at City Hall will be free. "
    "After that, parking costs 200 yen an hour."
)
JA_LIBRARY = (
    "市立図書館、日曜日も開館\n\n"
    "北風市立図書館は、2025年4月6日から日曜日も10時から17時まで開館します。"
    "来館者は月に1,200人増える見込みです。"
)
JA_PARKING = (
    "市役所駐車場の料金を改定\n\n"
    "2025年5月12日から、市役所駐車場は最初の30分が無料になります。"
    "その後は1時間200円です。"
)
JA_ONLY = "年末年始の窓口\n\n12月29日から1月3日まで、市役所の窓口は休みます。"


def _pairs(tmp_path: Path, en: str, ja: str) -> list[tuple[str, str]]:
    (tmp_path / "news.en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "news.ja.txt").write_text(ja, encoding="utf-8")
    alignment = align_files(tmp_path / "news.en.txt", tmp_path / "news.ja.txt")
    return [(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()]


def _edition(*items: str) -> str:
    return f"\n\n{RULE}\n\n".join(items) + "\n"


def test_an_item_given_elsewhere_is_paired(tmp_path: Path) -> None:
    en = _edition(EN_LIBRARY, EN_PARKING)
    ja = _edition(JA_PARKING, JA_ONLY, JA_LIBRARY)
    pairs = _pairs(tmp_path, en, ja)
    assert (
        "From April 6, 2025, Kitakaze City Library will open on Sundays from 10 a.m. to 5 p.m.",
        "北風市立図書館は、2025年4月6日から日曜日も10時から17時まで開館します。",
    ) in pairs
    assert (
        "The library expects 1,200 more visitors a month.",
        "来館者は月に1,200人増える見込みです。",
    ) in pairs
    assert ("After that, parking costs 200 yen an hour.", "その後は1時間200円です。") in pairs
    # the Japanese item of its own pairs with nothing
    assert not any("窓口" in ja_text for _, ja_text in pairs)


def test_sections_that_only_length_would_tie_stay_unpaired(tmp_path: Path) -> None:
    """An English item and a Japanese one of their own, apart, without a figure or a name
    in common: not a moved section."""
    en_only = (
        "Volunteers Wanted\n\n"
        "The city is looking for volunteers to read picture books to children. "
        "No experience is needed."
    )
    ja_only = (
        "落とし物のお知らせ\n\n"
        "市役所の窓口で傘を保管しています。心当たりのある方はお問い合わせください。"
    )
    en = _edition(en_only, EN_PARKING)
    ja = _edition(JA_PARKING, ja_only)
    pairs = _pairs(tmp_path, en, ja)
    assert not any(en_text.startswith(("The city is", "No experience")) for en_text, _ in pairs)
