"""What official translations leave out as a rule (a dateline's date, which a Japanese or
Korean release puts on a line of its own; a stock code; a conversion) does not count
against the pair that leaves it out: the lead sentence of a release is the one the
memory most needs, and it is the one that drops them. A figure changed, or a date of
which only a part is there, still counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align import anchors
from prlocalize.align.batch import align_files

EN_LEAD = (
    'TOKYO, November 5, 2026 — Hanazono Motor Corporation (TSE: 7299; "Hanazono") today '
    "announced a partnership with Aoba Energy Inc. to develop solid-state batteries."
)
JA_LEAD = (
    "花園自動車株式会社（以下「花園」）は本日、株式会社アオバエナジーと全固体電池の開発に"
    "関する提携を発表しました。"
)
KO_LEAD = (
    "하나조노자동차(이하 '하나조노')는 아오바에너지와 전고체 배터리 개발을 위한 제휴를 발표했다."
)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (EN_LEAD, JA_LEAD),
        (EN_LEAD, KO_LEAD),
        (
            "SEOUL, South Korea, Nov. 5, 2026 /PRNewswire/ -- Gaon Bio (KOSDAQ: 123456) opened "
            "a plant.",
            "가온바이오가 공장을 열었다.",
        ),
        (
            "The plant will cost ¥12 billion (approximately US$80 million).",
            "工場の建設費は120億円です。",
        ),
        ("Trading opens at 9:00 a.m. JST.", "取引は午前9時に始まります。"),
        # a dateline's day of two digits (the scan looked for one digit before the comma)
        (
            "SEOUL, November 20, 2026 — Hangyeol Energy opened a plant.",
            "한결에너지가 공장을 열었다.",
        ),
        # the day alone in the Korean or Japanese lead: the rest of the date left out
        (
            "SEOUL, November 20, 2026 — Hangyeol Energy will build 10 stations by 2028.",
            "한결에너지는 2028년까지 충전소 10곳을 구축한다고 20일 밝혔다.",
        ),
        (
            "TOKYO, 20 November 2026 — Aoba Foods opened a plant.",
            "アオバフーズは20日、新工場を開設しました。",
        ),
    ],
)
def test_what_official_translations_drop_costs_the_pair_nothing(source: str, target: str) -> None:
    _, values_missed, _ = anchors.agreement(anchors.extract(source), anchors.extract(target))
    assert values_missed == 0


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the date of the body, not a dateline: what ties a pair best
        ("Orders open on April 1, 2027.", "受注を開始します。"),
        # a part of the dateline's date is there: changed, not left out
        ("TOKYO, March 4, 2025 -- Nordlicht opened a plant.", "2025年沿岸フォーラムを開催"),
        # another day than the dateline's: changed
        (
            "SEOUL, November 20, 2026 — Hangyeol Energy opened a plant.",
            "한결에너지가 21일 공장을 열었다.",
        ),
        # a stock code left out, but another figure in its place
        ("Gaon Bio (KOSDAQ: 123456) hired 40 people.", "가온바이오는 50명을 채용했다."),
    ],
)
def test_figures_changed_or_of_the_body_still_count(source: str, target: str) -> None:
    _, values_missed, _ = anchors.agreement(anchors.extract(source), anchors.extract(target))
    assert values_missed > 0


def test_the_lead_of_an_official_translation_is_paired(tmp_path: Path) -> None:
    en = tmp_path / "lead.en.txt"
    ja = tmp_path / "lead.ja.txt"
    en.write_text(
        "Hanazono and Aoba Form a Partnership\n\n"
        f"{EN_LEAD}\n\n"
        "Hanazono will invest ¥12 billion in a new plant in Nagoya by fiscal 2028.\n\n"
        "The plant will start operation in April 2028.\n",
        encoding="utf-8",
    )
    ja.write_text(
        "花園自動車とアオバエナジーが提携\n\n"
        "2026年11月5日\n花園自動車株式会社\n\n"  # the date on a line of its own
        # a Japanese release adds its head office and president in the lead
        "花園自動車株式会社（本社：愛知県名古屋市、代表取締役社長：森本 健司、以下「花園」）は"
        "本日、株式会社アオバエナジーと全固体電池の開発に関する提携を発表しました。\n\n"
        "当社は2028年度までに名古屋の新工場に120億円を投資します。\n\n"
        "新工場は2028年4月に稼働を開始する予定です。\n",
        encoding="utf-8",
    )
    alignment = align_files(en, ja)
    accepted = {alignment.source[b.source[0]].text: b for b in alignment.accepted()}
    assert len(accepted) == 4, alignment.beads
    assert accepted[EN_LEAD].score > 0.9  # 0.37 when the date and stock code counted
    # the date line is left unpaired, not glued to the lead
    assert all(len(b.target) == 1 for b in accepted.values())


@pytest.mark.parametrize(
    ("source", "target", "ties"),
    [
        # the same page in the translation's language: a link of the pair
        (
            "Visit https://x.example/en/news.",
            "詳しくは https://x.example/jp/news をご覧ください。",
            1,
        ),
        ("Visit https://x.example/en/.", "자세한 내용은 https://x.example/kr/ 에서 확인", 1),
        ("Visit https://x.example/news?lang=en.", "https://x.example/news?lang=ko 참조", 1),
        # another page, another site: not
        ("Visit https://x.example/en/news.", "https://x.example/jp/events をご覧ください。", 0),
        ("Visit https://x.example/en/.", "https://y.example/jp/ をご覧ください。", 0),
    ],
)
def test_a_link_to_the_same_page_in_the_other_language_ties_a_pair(
    source: str, target: str, ties: int
) -> None:
    matched, values_missed, _ = anchors.agreement(anchors.extract(source), anchors.extract(target))
    assert (matched, values_missed) == (ties, 2 - 2 * ties)
