"""PR404's figure reader skips the patterns a text cannot match (issue 16: build's gate
spent most of its time in some twenty regular-expression passes per text). Skipping must
never change what is read: every pattern run on every text gives the same items."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog import compare, figures
from prlocalize.catalog.compare import URL_RE, links

# pieces that the patterns (and their gates) are made of, case variants and look-alikes
# included: 'İ' and 'ſ' match 'i' and 's' under IGNORECASE but do not lower() to them
_PIECES = [
    *"0123456789",
    "２０２４",
    "٣",
    "１０：３０",
    " ",
    "  ",
    "\t",
    "\n",
    ".",
    ",",
    ":",
    "：",
    "-",
    "/",
    "(",
    ")",
    "（",
    "）",
    "、",
    "・",
    "and",
    "st",
    "th",
    "January",
    "Jan.",
    "May",
    "Sept",
    "December",
    "Mayor",
    "年",
    "月",
    "日",
    "期",
    "度",
    "년",
    "월",
    "일",
    "회계연도",
    "년도",
    "사업연도",
    "분기",
    "第",
    "四半期",
    "令和",
    "平成",
    "元",
    "FY",
    "FY'",
    "Q",
    "fiscal year ended ",
    "FISCAL ",
    "fİscal ",
    "fiſcal ",
    "period ending ",
    "first",
    "Second",
    " quarter",
    "QUARTER",
    "TSE",
    "NYSE",
    "Nasdaq",
    "東証プライム",
    "코스피",
    "종목코드",
    "TAK",
    "a.m.",
    "p.m.",
    " pm",
    "午前",
    "午後",
    "正午",
    "정오",
    "倍",
    "배",
    "배로",
    "두 ",
    "三",
    "倍増",
    "twice",
    "doubled",
    "will triple",
    "-fold",
    "five times the ",
    " times as",
    "1+1",
    "2＋1",
    "Buy one, get one free",
    "buy-two-get-one-free",
    "BOGO",
    "1인 2개",
    "1봉지(80g)당",
    "半額",
    "반값",
    "half price",
    "20%",
    "20円",
    "first",
    "Second",
    " half",
    "-Half",
    "上半期",
    "하반기",
    "(TSE Prime Market: 9517)",
    "(도쿄증권거래소: 9517)",
    "삼성전자(005930)",
    "株当たり",
    "인당",
    "につき",
    "three",
    "오전",
    "오후",
    "時",
    "시",
    "A",
    "JST",
    "日本時間",
    "万",
    "億",
    "조",
    "천",
    "million",
    "bn",
    "<b>",
    "</b>",
    "＜",
    "https://x.jp/2024/05",
    "WWW.",
    "pr@x.com",
    "x",
    "Z",
    "が",
    "は",
    # whole figures, so that the rarer shapes come up often
    "令和元年",
    "令和元年度",
    "平成3年",
    "2025年度",
    "2026年3月期",
    "第1四半期",
    "1분기",
    "2025 회계연도",
    "FY2025",
    "1Q",
    "3 p.m.",
    "午後3時",
    "오전 10시",
    "10:00",
    "(TSE: 4502)",
    "May 10, 2024",
    "10 May 2024",
    "2024/05/10",
    "2024. 5. 10.",
    "5月10日",
    "5월 10일",
    "2024년 5월",
    "+81-3-1234-5678",
    "June 2-4, 2027",
    "June 30 to July 2, 2027",
    "6月2日～4日",
    "6월 2~4일",
    "～",
    "(approximately US$8 million)",
    "（約15億円）",
    "(",
    "03-1234-5678",
    "(02) 123-4567",
    "0120-123-456",
    "+81 (0)3 1234 5678",
    "(0",
    "(Tokyo Stock Exchange: 9517)",
    "(Korea Exchange: 005930)",
    "（東京証券取引所：9517）",
    "(OTCQX: ABCD)",
    "（名証：1234）",
    "NASDAQ: NWRB",
    "（ナスダック：NWRB、以下",
    "+",
    "0",
    "-",
    "24/7",
    "24x7",
    "50/50",
    "50:50",
    "COVID-19",
    "F-35",
    "H1",
    "2H",
    "上半期",
    "下期",
    "하반기",
    "3割",
    "2割5分",
    "割",
    "×",
    "H",
    "60/40",
    "6対4",
    "6대 4",
    "대",
    "対",
    "16:9",
    "$3.4B",
    "€50M",
    "$",
    "B",
    "M",
    "k",
    "10～12月期",
    "4-6月期",
    "月期",
    "7 days a week",
    "365 Days a Year",
    "ays ",
    "3/25",
    "3/25/2027",
    "2/3",
    "12/31",
    # ranges of days, and a Korean listing's code (a bracket without an exchange's name)
    "June 2",
    "-4",
    " to ",
    "～",
    "から",
    "부터",
    "6月2",
    "2027年",
    "삼성전자",
    "(005930)",
    # one of a counter before its price
    "1個",
    "1대",
    "398円",
    "3,900원",
    # a code by its label, without a colon, or with Reuters' suffix
    "証券コード",
    "コード番号",
    "securities code ",
    "코스닥 ",
    "종목코드",
    "名証メイン",
    ".T",
    ".KS",
    "Market",
    # a month alone after its word, and ranges of hours said once in the morning or afternoon
    "in ",
    "Through ",
    "mid-",
    "October",
    "午後2時～4時",
    "오후 2시부터 4시까지",
]

_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=3000)
@given(_TEXTS)
def test_gated_scan_reads_the_same_items_as_every_pattern(text: str) -> None:
    assert figures._scan(text) == figures._scan(text, gates=False)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_gated_scan_on_any_text(text: str) -> None:
    assert figures._scan(text) == figures._scan(text, gates=False)


def _normal_text_by_char(text: str) -> str:
    out = []
    for char in text:
        if "\uff01" <= char <= "\uff5e":
            folded = unicodedata.normalize("NFKC", char)
            out.append(folded if len(folded) == 1 else char)
        else:
            out.append(char)
    return "".join(out)


def test_normal_text_folds_each_full_width_character_as_nfkc_does() -> None:
    every = "".join(chr(c) for c in range(0xFF00, 0xFF70)) + "abc１２３、。"
    assert figures.normal_text(every) == _normal_text_by_char(every)


def test_a_message_is_folded_once_for_every_reader_and_a_long_text_is_not_kept() -> None:
    figures._folded.cache_clear()
    text = "売上高は１,２００億円（前年同期比１２％増）となった。"
    for _ in range(5):  # (the readers of a message pair ask it of the same text)
        assert figures.normal_text(text) == _normal_text_by_char(text)
    assert figures._folded.cache_info().misses == 1
    long = text * 200
    assert figures.normal_text(long) == _normal_text_by_char(long)
    assert figures._folded.cache_info().currsize == 1


@settings(max_examples=1000)
@given(_TEXTS)
def test_links_skips_only_texts_without_an_address(text: str) -> None:
    cut = [(m.group().rstrip(compare._TRAILING), m.start()) for m in URL_RE.finditer(text)]
    assert links(text) == [(value, start, start + len(value)) for value, start in cut]


def test_items_of_sentences_with_every_kind_of_figure() -> None:
    text = (
        "On April 22, 2024 at 10:30 a.m. JST, Takeda (TSE: 4502) said fiscal year ended "
        "March 31, 2026 revenue rose 2,500 in Q1 and the first quarter, 令和元年度 and "
        "2024年5月10日, 1조 2천억 원, $1.5 million."
    )
    kinds = [item.kind for item in figures.items(text)]
    assert {"date", "timestamp", "stock", "fiscal", "quarter", "number"} <= set(kinds)
    assert figures._scan(text) == figures._scan(text, gates=False)
    for era in ("令和元年", "令和元年度"):
        assert figures._scan(era) == figures._scan(era, gates=False) != ()
    assert figures._scan("(NYSE: TAK)") == figures._scan("(NYSE: TAK)", gates=False) != ()
    assert figures._scan("no figures at all.") == ()


@pytest.mark.parametrize(
    "listing",
    [
        "(Tokyo Stock Exchange: 9517)",
        "(Korea Exchange: 005930)",
        "（東京証券取引所：9517）",
        "(서울증권거래소: 9517)",
        "(OTCQX: ABCD)",
        "（名証：1234）",
        "(LSE: ABC)",
        "（証券コード：1234、東証プライム）",
        "NASDAQ: NWRB",
        "（ナスダック：NWRB、以下「ノースウィンド」）",
        "(나스닥: NWRB, 이하 '노스윈드')",
        "삼성전자(005930)",
    ],
)
def test_every_shape_of_listing_passes_the_gates(listing: str) -> None:
    text = f"The company {listing} said so."
    assert "stock" in [item.kind for item in figures.items(text)]
    assert figures._scan(text) == figures._scan(text, gates=False)
