"""PR4xx on translations as official translators write them (issue 12): short forms the
translation defines, routinely dropped stock codes, datelines and timestamps, equivalent
forms of fiscal years, era years and number words, English programme names in brackets;
and real errors planted among them (a changed amount, a wrong name, a changed date, a
link to another host): every planted error is found, and nothing else."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from catalog_support import assert_valid_catalog
from click.testing import Result
from official_catalogs import JA, KO, Pair, write_po

from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text

REPO = Path(__file__).resolve().parents[2]
GLOSSARIES = REPO / "glossaries"
CATALOGS = {"ja": JA, "ko": KO}


@pytest.fixture(scope="module")
def bundled() -> Glossary:
    return load_glossaries([GLOSSARIES])


def _findings(run_cli: Callable[..., Result], po: Path) -> list[dict[str, object]]:
    result = run_cli("check", str(po), "-g", str(GLOSSARIES), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["findings"]


def _entry_of(pairs: tuple[Pair, ...], po: Path, line: int) -> Pair:
    """The pair whose entry holds ``line`` of ``po``."""
    from prlocalize.catalog import read_catalog

    starts = [(m.lineno, m.id) for m in read_catalog(po) if m.id]
    msgid = max((s for s in starts if s[0] <= line), key=lambda s: s[0])[1]
    return next(p for p in pairs if p.msgid == msgid)


@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_clean_official_translation_gives_only_its_expected_warnings(
    tmp_path: Path, run_cli: Callable[..., Result], locale: str
) -> None:
    pairs = CATALOGS[locale]
    po = write_po(tmp_path / f"{locale}/LC_MESSAGES/release.po", locale, pairs, planted=False)
    assert_valid_catalog(po)
    found = _findings(run_cli, po)
    assert [f for f in found if f["severity"] == "error"] == []
    got = sorted(
        (_entry_of(pairs, po, int(f["line"])).msgid[:20], f["code"], f["found"]) for f in found
    )
    wanted = sorted((p.msgid[:20], code, text) for p in pairs for code, text in p.expected)
    assert got == wanted  # once per item, as the source writes it ("April 22, 2024")


@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_every_planted_error_is_found_and_nothing_else(
    tmp_path: Path, run_cli: Callable[..., Result], locale: str
) -> None:
    pairs = CATALOGS[locale]
    po = write_po(tmp_path / f"{locale}/LC_MESSAGES/release.po", locale, pairs, planted=True)
    assert_valid_catalog(po)
    errors = [f for f in _findings(run_cli, po) if f["severity"] == "error"]
    got = sorted((_entry_of(pairs, po, int(f["line"])).msgid, f["code"]) for f in errors)
    wanted = sorted((p.msgid, p.planted_code) for p in pairs if p.planted)
    assert got == wanted
    result = run_cli("check", str(po), "-g", str(GLOSSARIES))
    assert result.exit_code == 1


def _check(glossary: Glossary, locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    )
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=glossary,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return [(f.code, f.severity.label) for f in report.findings]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "Results for the fiscal year ended March 31, 2026.", "2026年3月期の決算。"),
        ("ja", "Results for FY2025.", "2025年度の決算。"),
        ("ja", "Results for FY2025.", "2026年3月期の決算。"),
        ("ja", "Results for fiscal 2025.", "FY2025の決算。"),
        ("ko", "Results for fiscal year 2025.", "2025 회계연도 실적."),
        ("ko", "Results for the fiscal year ending March 2026.", "2025회계연도 실적."),
        ("ja", "Q1 results of FY2025.", "2025年度第1四半期の決算。"),
        # a fiscal year said twice in the source, once in the translation
        ("ja", "Results for the fiscal year ended March 31, 2026 (FY2025).", "2026年3月期の決算。"),
        (
            "en",
            "2026年3月期（2025年度）の決算。",
            "Results for the fiscal year ended March 31, 2026.",
        ),
        # one, as English counts it: 'a single charge', 'once a year', 'twice a day'
        ("en", "1회 충전으로 482km를 달린다.", "It runs 482 km on a single charge."),
        ("en", "1回の充電で8時間使える。", "It lasts eight hours on a single charge."),
        ("en", "年1回開催する。", "It is held once a year."),
        ("en", "1日2回服用する。", "It is taken twice a day."),
        ("ja", "Second-quarter results.", "第２四半期の決算。"),
        ("ko", "Third-quarter results.", "3분기 실적."),
        ("ja", "It opened in 2024.", "令和6年に開所した。"),
        ("ja", "It opened on May 1, 2019.", "令和元年5月1日に開所した。"),
        ("ja", "It opened on May 10, 2024.", "２０２４年５月１０日に開所した。"),
        ("ja", "It raised ¥100 million.", "1億円を調達した。"),
        ("ja", "It raised ¥30 million.", "3千万円を調達した。"),
        ("ja", "It raised ¥1.2 billion.", "12億円を調達した。"),
        ("ja", "Revenue was ¥4.58 trillion.", "売上収益は4兆5,800億円。"),
        ("ko", "It raised KRW 1.2 trillion.", "1조 2천억 원을 모았다."),
        ("ko", "It raised KRW 25,000.", "2만5천 원을 모았다."),
        ("ko", "About 2,000 people.", "약 2천 명."),
        ("ja", "Takeda (TSE: 4502) and Astellas.", "武田薬品（東証プライム：4502）とアステラス。"),
        ("ja", "The fair opens at 10:00 a.m. JST.", "見本市は午前10時に開場する。"),
        # a range of days, with its year and month said once
        ("ja", "The fair runs June 2-4, 2027.", "見本市は2027年6月2日～4日に開催。"),
        ("ja", "The fair runs from June 2 to 4, 2027.", "2027年6月2日（水）から4日（金）まで。"),
        ("ja", "The fair runs June 30 to July 2, 2027.", "2027年6月30日～7月2日に開催。"),
        ("ko", "The fair runs June 2-4, 2027.", "박람회는 2027년 6월 2~4일 열린다."),
        ("ko", "The fair runs June 2-4, 2027.", "박람회는 2027년 6월 2일~4일 열린다."),
        # a conversion kept with its value
        (
            "ja",
            "It raised $10 million (approximately ¥1.5 billion).",
            "1,000万ドル（約15億円）を調達。",
        ),
        # a contact's number the local way: national form for the international one
        ("ja", "Call +81-3-1234-5678.", "電話：03-1234-5678"),
        ("ja", "Tel: +81 (0)3 1234 5678", "TEL：(03) 1234-5678"),
        ("ko", "Call +82-2-123-4567.", "전화: 02-123-4567"),
        ("ko", "Call 02-123-4567.", "전화: +82 2 123 4567"),
        # a share in tenths, a half year, a figure of speech, a designation kept
        ("ja", "It is 30% lighter.", "重量を3割削減した。"),
        ("ja", "Costs fell 25%.", "コストは2割5分減った。"),
        ("ja", "Sales rose 12% in H1 2025.", "2025年上半期の売上は12%増。"),
        ("ja", "Sales rose in 2H 2025.", "2025年下期に売上が伸びた。"),
        ("ja", "H1 sales rose.", "上半期の売上が伸びた。"),
        ("ko", "Sales rose in H2 2025.", "2025년 하반기에 매출이 늘었다."),
        ("ja", "We offer 24/7 support.", "24時間365日のサポートを提供。"),
        ("ko", "We offer 24/7 support.", "연중무휴 24시간 지원을 제공한다."),
        ("ja", "A 50/50 joint venture.", "折半出資の合弁会社。"),
        ("ja", "COVID-19 vaccines.", "新型コロナウイルス（COVID-19）ワクチン。"),
        ("ja", "We are open 7 days a week.", "年中無休で営業しています。"),
        # a ratio by its proportion, or by its terms as loose numbers
        ("ja", "A 60/40 split.", "6対4の配分。"),
        ("ko", "A 60/40 split.", "6대 4의 배분."),
        ("ja", "A 60/40 split of the costs.", "費用を60％と40％で分担。"),
        ("ja", "A 1:1 ratio.", "1対1の比率。"),
        ("ja", "A 16:9 screen.", "16対9の画面。"),
        # an amount in billions written with a letter after its currency
        ("ja", "$3.4B in sales.", "34億ドルの売上。"),
        ("ko", "$3.4B in sales.", "34억 달러의 매출."),
        ("ja", "A €50M fund.", "5,000万ユーロのファンド。"),
        # a quarter by its months, of the calendar year or of a fiscal year from April
        ("ja", "Q4 2026 revenue rose.", "2026年10～12月期の売上高は増加した。"),
        ("ja", "Q3 FY2026 revenue rose.", "2026年度10～12月期の売上高は増加した。"),
        ("ja", "Q1 revenue rose.", "4-6月期の売上高は増加した。"),
        # a month and day the American way, with or without its year; a fraction
        ("ja", "Join us on 3/25 at 2 p.m.", "3月25日午後2時にご参加ください。"),
        ("ko", "Join us on 3/25.", "3월 25일에 참여하세요."),
        ("ja", "It was held on 3/25/2027.", "2027年3月25日に開催された。"),
        ("ja", "Two-thirds (2/3) agreed.", "3分の2が同意した。"),
    ],
)
def test_equivalent_forms_are_equal(
    bundled: Glossary, locale: str, msgid: str, msgstr: str
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # changed: an error, whatever kind of figure it is
        ("Results for FY2025.", "2024年度の決算。", [("PR404", "error")]),
        ("Revenue was ¥4.58 trillion.", "売上収益は4兆8,500億円。", [("PR404", "error")]),
        ("It opened on May 10, 2024.", "令和5年5月10日に開所した。", [("PR404", "error")]),
        ("Takeda (TSE: 4502) grew.", "武田薬品（東証：4503）は成長した。", [("PR404", "error")]),
        ("Q1 results.", "第2四半期の決算。", [("PR404", "error")]),
        ("Call +81-3-1234-5678.", "電話：03-1234-9999", [("PR404", "error")]),
        ("The fair runs June 2-4, 2027.", "2027年6月2日～5日に開催。", [("PR404", "error")]),
        (
            "It raised $10 million (about ¥1.5 billion).",
            "1,000万ドル（約16億円）。",
            [("PR404", "error")],
        ),
        # a conversion into another currency left out: routine, as a stock code is
        (
            "It invested ¥1.2 billion (approximately US$8 million).",
            "12億円を投資。",
            [("PR409", "info")],
        ),
        # left out: a routine item is information, once, with the item as written
        ("Takeda (TSE:4502/NYSE:TAK) grew.", "武田薬品は成長した。", [("PR409", "info")]),
        ("On April 22, 2024, Takeda grew.", "同日、武田薬品は成長した。", [("PR409", "info")]),
        # left out, not routine: a missing amount is still an error
        ("It raised ¥30 million and hired 25 people.", "3千万円を調達した。", [("PR404", "error")]),
        ("It is 30% lighter.", "重量を2割削減した。", [("PR404", "error")]),
        ("Sales rose in H1 2025.", "2025年下半期に売上が伸びた。", [("PR404", "error")]),
        ("Sales rose in H1 2025.", "2025年に売上が伸びた。", [("PR404", "error")]),
        ("COVID-19 cases.", "COVID-20の症例。", [("PR404", "error")]),
        # a designation named the official way instead ("COVID-19" = 新型コロナウイルス感染症)
        ("COVID-19 vaccines.", "新型コロナウイルス感染症のワクチン。", [("PR409", "info")]),
        # a ratio that is no figure of speech is compared: 60/40 is not 7対3
        ("A 60/40 split.", "7対3の配分。", [("PR404", "error")]),
        ("A 3:2 majority.", "2対3の多数。", [("PR404", "error")]),
        ("$3.4B in sales.", "3.4億ドルの売上。", [("PR404", "error")]),
        ("Q4 revenue rose.", "4～6月期の売上高は増加した。", [("PR404", "error")]),
        # not ratios, not scales: "4K" is a resolution, "10:30" a time
        ("A 4K display.", "8Kディスプレイ。", [("PR404", "error")]),
        ("At 10:30 a.m.", "午前10時30分に。", []),
        ("At 10:05 a.m.", "午前10時50分に。", [("PR404", "error")]),
        ("Join us on 3/25.", "3月26日にご参加ください。", [("PR404", "error")]),
        ("About 2/3 agreed.", "約半数が同意した。", [("PR404", "error")]),
        # "4～6月" without 期 is months, not a quarter
        ("Between April and June 2026.", "2026年4～6月に。", []),
        # a fiscal year by the month it ends: both may be called FY2025, by its start or end
        (
            "Results for the fiscal year ended March 31, 2026.",
            "2025年3月期の決算。",
            [("PR404", "error")],
        ),
        (
            "Forecast for the fiscal year ending March 31, 2027.",
            "2026年3月期の予想。",
            [("PR404", "error")],
        ),
        # a fiscal year said twice in the source is still the year it says; a number said
        # twice is two facts
        (
            "Results for the fiscal year ended March 31, 2026 (FY2025).",
            "2025年3月期の決算。",
            [("PR404", "error")],
        ),
        ("Sales rose 5% and costs 5%.", "売上高は5％増加した。", [("PR404", "error")]),
        ("It was tested on 2 lines.", "単一のラインで試験した。", [("PR404", "error")]),
    ],
)
def test_changed_is_an_error_left_out_is_information(
    bundled: Glossary, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, "ja", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a listing as each language writes it, left out: routine information
        (
            "ja",
            "Aoba (Tokyo Stock Exchange: 9517) grew.",
            "アオバは成長した。",
            [("PR409", "info")],
        ),
        ("ja", "Aoba (TSE Prime Market: 9517) grew.", "アオバは成長した。", [("PR409", "info")]),
        ("ko", "Aoba (TSX: AOB) grew.", "아오바는 성장했다.", [("PR409", "info")]),
        (
            "ja",
            "아오바(도쿄증권거래소: 9517)는 성장했다.",
            "アオバは成長した。",
            [("PR409", "info")],
        ),
        ("ja", "누리(코스닥시장: 123456)는 성장했다.", "ヌリは成長した。", [("PR409", "info")]),
        ("ja", "삼성전자(005930)는 성장했다.", "サムスン電子は成長した。", [("PR409", "info")]),
        ("en", "アオバ（東証プライム市場：9517）は成長した。", "Aoba grew.", [("PR409", "info")]),
        (
            "ko",
            "アオバ（証券コード：9517、東証プライム）は成長した。",
            "아오바는 성장했다.",
            [("PR409", "info")],
        ),
        (
            "ko",
            "アオバ（ニューヨーク証券取引所：AOB）は成長した。",
            "아오바는 성장했다.",
            [("PR409", "info")],
        ),
        # kept, in another language's words: nothing
        ("en", "아오바(도쿄증권거래소: 9517)는 성장했다.", "Aoba (TSE: 9517) grew.", []),
        (
            "ko",
            "アオバ（名証：9517）は成長した。",
            "아오바(나고야증권거래소: 9517)는 성장했다.",
            [],
        ),
        # kept in a bracket that also defines a short form: nothing
        (
            "ko",
            "Aoba Robotics, Inc. (NASDAQ: AOBR) announced a partnership.",
            "아오바 로보틱스(나스닥: AOBR, 이하 ‘아오바’)는 파트너십을 발표했다.",
            [],
        ),
        (
            "ja",
            "Aoba Robotics, Inc. (NASDAQ: AOBR) announced a partnership.",
            "アオバ・ロボティクス（ナスダック：AOBR、以下「アオバ」）は提携を発表しました。",
            [],
        ),
        (
            "en",
            "アオバ（証券コード：9517、以下「当社」）は成長した。",
            "Aoba (TSE: 9517) grew.",
            [],
        ),
        # ... and changed there: an error; a place before a colon is no exchange
        (
            "ko",
            "Aoba Robotics, Inc. (NASDAQ: AOBR) announced a partnership.",
            "아오바 로보틱스(나스닥: AOBA, 이하 ‘아오바’)는 파트너십을 발표했다.",
            [("PR404", "error")],
        ),
        ("ja", "Tokyo: 2025 sales rose.", "東京：2024年の売上高は増加した。", [("PR404", "error")]),
        # changed: an error
        (
            "en",
            "아오바(도쿄증권거래소: 9517)는 성장했다.",
            "Aoba (TSE: 9571) grew.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "Aoba (Tokyo Stock Exchange: 9517) grew.",
            "アオバ（東証：9571）は成長した。",
            [("PR404", "error")],
        ),
        # six digits in a bracket after a Korean name only: a number elsewhere stays one
        ("ja", "방문객은 (120000) 명이었다.", "来場者は12万人だった。", []),
        ("ja", "방문객은 (120000) 명이었다.", "来場者は人だった。", [("PR404", "error")]),
    ],
)
def test_stock_listings_in_every_language(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # 시장 is 市長 (the glossary's mayor) and 市場 (a market): rendered as a market
        (
            "ja",
            "회사는 글로벌 시장 진출을 가속화한다.",
            "同社はグローバル市場への進出を加速する。",
            [],
        ),
        ("en", "국내 시장 점유율은 30%다.", "Its domestic market share is 30%.", []),
        ("ja", "코스닥시장에 상장했다.", "コスダック市場に上場した。", []),
        # rendered as neither: the title may be left out, as before
        (
            "ja",
            "시장은 개막식에서 축사를 했다.",
            "同氏は開幕式で祝辞を述べた。",
            [("PR401", "error")],
        ),
    ],
)
def test_a_korean_title_read_as_the_other_word_it_also_is(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a half year in English words, either way: the same half fits
        ("en", "上半期の売上は増加した。", "First-half sales rose.", []),
        ("en", "2025年上半期の売上高", "Revenue for the first half of 2025", []),
        ("ko", "Sales rose in the second half.", "하반기 매출이 늘었다.", []),
        ("ja", "Sales rose in the latter half of the year.", "下半期に売上が伸びた。", []),
        # the other half: changed
        ("ko", "Sales rose in the first half.", "하반기 매출이 늘었다.", [("PR404", "error")]),
        ("en", "상반기 매출이 늘었다.", "Second-half sales rose.", [("PR404", "error")]),
        # said otherwise, as "the first half" of a programme often is: nothing missed
        (
            "ko",
            "In the first half of the forum, experts spoke.",
            "포럼 전반부에는 전문가가 발표했다.",
            [],
        ),
        (
            "ja",
            "In the first half of the forum, experts spoke.",
            "フォーラムの前段では専門家が講演した。",
            [],
        ),
    ],
)
def test_half_years_in_words(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # small numbers written in words, as each language counts
        ("en", "10名の研究者が参加しました。", "Ten researchers took part.", []),
        (
            "en",
            "5년간 1,000억 원을 투자한다.",
            "It will invest 100 billion won over five years.",
            [],
        ),
        (
            "en",
            "上位3社で市場の6割を占める。",
            "The top three companies hold 60% of the market.",
            [],
        ),
        ("en", "25社が出展した。", "Twenty-five companies exhibited.", []),
        ("ko", "It opened 3 plants.", "공장 세 곳을 열었다.", []),
        ("ko", "The 2 companies agreed.", "양사가 합의했다.", []),
        ("ja", "It opened 3 plants.", "三つの工場を開設した。", []),
        ("ja", "The 2 companies agreed.", "両社が合意した。", []),
        # months named, a share's "1", a cumulative quarter
        (
            "en",
            "第2四半期（7～9月）の売上高",
            "Revenue for the second quarter (July-September)",
            [],
        ),
        ("en", "1株当たり配当金は年間120円", "Annual dividend of ¥120 per share", []),
        ("en", "1인당 5만 원을 지원한다.", "It provides 50,000 won per person.", []),
        ("en", "第3四半期累計の純利益", "Net profit for the first nine months", []),
        ("en", "5月に開催する。", "It will be held in May.", []),
        # the wrong word is still a number missing, and 'may' is no month
        ("en", "5년간 투자한다.", "It will invest over four years.", [("PR404", "error")]),
        ("en", "5月に開催する。", "It may be held soon.", [("PR404", "error")]),
        (
            "en",
            "第2四半期（7～9月）の売上高",
            "Revenue for the second quarter (June-August)",
            [("PR404", "error")] * 2,
        ),
        ("ko", "It opened 3 plants.", "공장 두 곳을 열었다.", [("PR404", "error")]),
    ],
)
def test_numbers_said_in_words(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # a Korean given name romanized with a hyphen or a space, as a ministry writes it
        ("오영주 장관이 말했다.", "Minister Oh Young-ju said.", []),
        ("오영주 장관이 말했다.", "Minister Oh Young Ju said.", []),
        ("임정욱 실장이 발표했다.", "Lim Jung-wook presented.", []),
        # other letters, or the other order, are still not the glossary's
        ("오영주 장관이 말했다.", "Minister Oh Yeong-ju said.", [("PR401", "error")]),
        ("오영주 장관이 말했다.", "Minister Young-ju Oh said.", [("PR401", "error")]),
    ],
)
def test_a_romanized_name_set_otherwise(
    bundled: Glossary, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert [f for f in _check(bundled, "en", msgid, msgstr) if f[0] == "PR401"] == findings


def test_a_dropped_date_is_reported_once_as_written(bundled: Glossary) -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "TOKYO, April 22, 2024 - Takeda opened a lab."\n'
        'msgstr "武田薬品は研究所を開設した。"\n'
    )
    report = check_po_text(
        text, path="ja.po", glossary=bundled, rules=select_rules(target="translation"),
        locale="ja",
    )  # fmt: skip
    assert [(f.code, f.found) for f in report.findings] == [("PR409", "April 22, 2024")]


def test_programme_name_kept_in_brackets_is_not_source_text_left(bundled: Glossary) -> None:
    msgid = "Takeda joins the Global Startup Acceleration Challenge."
    for kept in (
        "「Global Startup Acceleration Challenge」",
        "（Global Startup Acceleration Challenge）",
    ):
        assert _check(bundled, "ja", msgid, f"武田薬品は{kept}に参加する。") == []
    # not in brackets, or not the source's own words: still reported
    left = "武田薬品は Global Startup Acceleration Challenge に参加する。"
    assert ("PR408", "warning") in _check(bundled, "ja", msgid, left)
    other = "武田薬品は「Global Startup Booster Challenge」に参加する。"
    assert ("PR408", "warning") in _check(bundled, "ja", msgid, other)


def test_glossary_variants_per_locale_are_accepted_by_pr401() -> None:
    entry = Entry(
        "org:acme",
        Kind.ORG,
        {
            "en": Term("Acme Holdings Corporation", variants=("Acme",)),
            "ja": Term("アクメホールディングス株式会社", variants=("アクメ",)),
        },
    )
    glossary = Glossary([entry])
    assert _check(glossary, "ja", "Acme grew.", "アクメは成長した。") == []
    assert _check(glossary, "ja", "Acme grew.", "アクメ社は成長した。") == []  # contains アクメ
    assert _check(glossary, "ja", "Acme grew.", "同社は成長した。") == [("PR401", "error")]


def test_bundled_glossary_has_the_usual_short_forms(bundled: Glossary) -> None:
    assert _check(bundled, "ja", "Takeda grew.", "武田薬品は成長した。") == []
    assert _check(bundled, "ko", "Takeda grew.", "다케다는 성장했다.") == []
    assert _check(bundled, "ja", "Daiichi Sankyo grew.", "第一三共は成長した。") == []


def _catalog(entries: list[tuple[str, str]]) -> str:
    body = "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in entries)
    return 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body


@pytest.mark.parametrize(
    ("locale", "definition", "use"),
    [
        (
            "ja",
            "アクメホールディングス株式会社（本社：東京都港区、以下「当社」）は成長した。",
            "当社は成長した。",
        ),
        (
            "ja",
            "アクメホールディングス株式会社（以下、「アクメHD」）は成長した。",
            "アクメHDは成長した。",
        ),
        ("ko", "아크메홀딩스(이하 '회사')는 성장했다.", "회사는 성장했다."),
        ("ko", '아크메홀딩스(이하 \\"아크메HD\\")는 성장했다.', "아크메HD는 성장했다."),
        # without quotes, up to the end of the bracket
        (
            "ja",
            "アクメホールディングス株式会社（以下、アクメHD）は成長した。",
            "アクメHDは成長した。",
        ),
        (
            "ja",
            "アクメホールディングス株式会社（以下アクメHDという。）は成長した。",
            "アクメHDは成長した。",
        ),
        ("ko", "아크메홀딩스(대표 김철수, 이하 아크메)는 성장했다.", "아크메는 성장했다."),
        ("ko", "아크메홀딩스(이하 아크메라 함)는 성장했다.", "아크메는 성장했다."),
    ],
)
def test_short_form_the_translation_defines_is_approved_in_that_release(
    locale: str, definition: str, use: str
) -> None:
    entry = Entry(
        "org:acme",
        Kind.ORG,
        {
            "en": Term("Acme Holdings Corporation", variants=("Acme",)),
            "ja": Term("アクメホールディングス株式会社"),
            "ko": Term("아크메홀딩스"),
        },
    )
    glossary = Glossary([entry])
    rules = select_rules(target="translation")
    first = ('Acme Holdings Corporation (hereafter \\"Acme\\") grew.', definition)
    text = _catalog([first, ("Acme grew again.", use)])
    report = check_po_text(text, path="x.po", glossary=glossary, rules=rules, locale=locale)
    assert report.findings == []
    # without the definition in the release, the short form is not approved
    alone = check_po_text(
        _catalog([("Acme grew again.", use)]), path="x.po", glossary=glossary, rules=rules,
        locale=locale,
    )  # fmt: skip
    assert [f.code for f in alone.findings] == ["PR401"]


@pytest.mark.parametrize(
    ("name", "acronym", "counts"),
    [
        # an acronym in brackets after the name it abbreviates, as official English
        # versions of ministries' releases define one
        ("Ministry of Trade, Industry and Energy", "MOTIE", True),
        ("Korea Trade-Investment Promotion Agency", "KOTRA", True),
        ("Acme Holdings Corporation", "AHC", True),
        # an acronym of something else is no short form of the name
        ("Acme Holdings Corporation", "ESG", False),
    ],
)
def test_an_acronym_the_translation_defines_in_brackets(
    name: str, acronym: str, counts: bool
) -> None:
    entry = _entry(Kind.ORG, name, "アクメ省", "아크메부")
    glossary = Glossary([entry])
    rules = select_rules(target="translation")
    first = ("아크메부는 계획을 발표했다.", f"The {name} ({acronym}) announced a plan.")
    text = _catalog([first, ("아크메부는 예산을 늘렸다.", f"{acronym} raised its budget.")])
    report = check_po_text(text, path="en.po", glossary=glossary, rules=rules, locale="en")
    assert [f.code for f in report.findings] == ([] if counts else ["PR401"])


def test_source_release_defining_a_short_form_may_use_it(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "Shonan iPark News\n\n"
        "TOKYO, April 22, 2024 - Takeda Pharmaceutical Company Limited (hereafter "
        '"Takeda Pharmaceutical Co., Ltd.") announced a new program.\n\n'
        "Takeda Pharmaceutical Co., Ltd. will fund the program.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(GLOSSARIES), "--format", "json")
    assert json.loads(result.output)["findings"] == []
    undefined = tmp_path / "undefined.txt"
    undefined.write_text(
        "Shonan iPark News\n\nTakeda Pharmaceutical Company Limited announced a new program.\n\n"
        "Takeda Pharmaceutical Co., Ltd. will fund the program.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(undefined), "-g", str(GLOSSARIES), "--format", "json")
    assert {f["code"] for f in json.loads(result.output)["findings"]} == {"PR105"}


def _entry(kind: Kind, en: str, ja: str, ko: str) -> Entry:
    """A spreadsheet's row: approved forms only, no name parts."""
    return Entry(f"{kind}:{en}", kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


@pytest.fixture(scope="module")
def sheet() -> Glossary:
    """A spreadsheet's entries: approved forms only, no name parts."""

    return Glossary(
        [
            _entry(Kind.PERSON, "Kenji Hoshino", "星野健二", "호시노 겐지"),
            _entry(Kind.ORG, "Hoshino Robotics", "星野ロボティクス", "호시노 로보틱스"),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgstr", "findings"),
    [
        # official Japanese releases set a name with a space between its parts as often
        # as not: the same name
        ("ja", "星野健二が発表した。", []),
        ("ja", "星野 健二が発表した。", []),
        ("ja", "星野\u3000健二が発表した。", []),
        ("ko", "호시노\u3000겐지가 발표했다.", []),
        # Korean writes a proper or technical noun joined or spaced, either way round
        ("ko", "호시노로보틱스가 발표했다.", []),
        ("ko", "㈜호시노로보틱스가 발표했다.", []),
        ("ko", "호시노 로보 틱스가 발표했다.", []),
        # another name is still wrong
        ("ja", "星野 賢治が発表した。", [("PR401", "error")]),
        ("ko", "호시노 로봇이 발표했다.", [("PR401", "error")]),
        ("ko", "호시노 켄지가 발표했다.", [("PR401", "error")]),
        ("ja", "星 野健二が発表した。", []),  # (a space anywhere inside: still the name)
    ],
)
def test_a_name_spaced_between_its_parts_is_the_approved_name(
    sheet: Glossary, locale: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    msgid = "Hoshino Robotics announced it." if "로" in msgstr else "Kenji Hoshino announced it."
    assert _check(sheet, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # official releases keep a title's English acronym as often as they translate it
        ("Kenji Hoshino, Chief Executive Officer, spoke.", "CEOの星野健二が述べた。", []),
        ("Kenji Hoshino, Chief Executive Officer, spoke.", "호시노 겐지 CEO가 말했다.", []),
        ("Kenji Hoshino, Senior Vice President, spoke.", "SVPの星野健二が述べた。", []),
        # a space by house style between a Japanese word and a Latin one
        ("Kenji Hoshino, President and CEO, spoke.", "社長 兼 CEOの星野健二が述べた。", []),
        ("Kenji Hoshino, President and CEO, spoke.", "社長兼 CEOの星野健二が述べた。", []),
        (
            "Kenji Hoshino, President and CEO, spoke.",
            "社長CEOの星野健二が述べた。",
            [("PR401", "error")],
        ),
        # not an acronym of the title: still the approved form missing
        (
            "Kenji Hoshino, Chief Executive Officer, spoke.",
            "COOの星野健二が述べた。",
            [("PR401", "error")],
        ),
        (
            "Kenji Hoshino, Chief Executive Officer, spoke.",
            "CEOsの星野健二が述べた。",
            [("PR401", "error")],
        ),
    ],
)
def test_a_title_kept_as_its_english_acronym_is_the_title(
    sheet: Glossary, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    titles = Glossary(sheet)
    for en, ja, ko in (
        ("Chief Executive Officer", "最高経営責任者", "최고경영자"),
        ("Senior Vice President", "上級副社長", "수석 부사장"),
        ("President and CEO", "社長兼CEO", "사장 겸 CEO"),
    ):
        titles.add(_entry(Kind.TITLE, en, ja, ko))
    locale = "ko" if "가" in msgstr else "ja"  # (the Korean sentence says 가)
    assert _check(titles, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ('Acme Holdings Corporation ("Acme" or the "Company") grew.', ["Acme", "Company"]),
        ('Acme Holdings Corporation ("Acme", "AHC") grew.', ["Acme", "AHC"]),
        # after the stock code, in the same bracket
        ('Acme Corporation (TSE: 7299; "Acme" or "the Company") grew.', ["Acme", "the Company"]),
        ("アクメホールディングス株式会社（以下、アクメ）は", ["アクメ"]),
        ("아크메홀딩스(이하 아크메)는", ["아크메"]),
        # '以下' and '이하' as 'or less' define nothing
        ("（対象：従業員100人以下の企業）", []),
        ("（従業員、以下の企業）", []),
        ("(10명 이하)", []),
        ("(나이 20세 이하 참가자)", []),
        ("以下の通り発表します（詳細は別紙）。", []),
        # a common name (略称, 通称, 약칭), or a form quoted alone in single quotes
        ("アクメホールディングス株式会社（略称：アクメ）は", ["アクメ"]),
        ("アクメホールディングス株式会社（通称「アクメ」）は", ["アクメ"]),
        ("아크메홀딩스(약칭 아크메)는", ["아크메"]),
        ("아크메홀딩스('아크메')는", ["아크메"]),
        ("Acme Holdings Corporation (‘Acme’) grew.", ["Acme"]),
        # single quotes that define nothing: an apostrophe, a quotation in running text
        ("Acme's 'best' year (so far) ended.", []),
        ("略称は決まっていない（検討中）。", []),
    ],
)
def test_definition_forms(text: str, forms: list[str]) -> None:
    from prlocalize.glossary.definitions import find_definitions

    found = find_definitions(text)
    assert [d.form for d in found] == forms
    assert all(text[d.start : d.end] == d.form for d in found)


@pytest.fixture(scope="module")
def company() -> Glossary:
    return Glossary(
        [
            _entry(
                Kind.ORG,
                "Hoshino Robotics Corporation",
                "星野ロボティクス株式会社",
                "㈜호시노로보틱스",
            ),
            _entry(Kind.BRAND, "Mirai Arm", "ミライアーム", "미라이 암"),
            _entry(Kind.PLACE, "Osaka", "大阪", "오사카"),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a company named without its legal form in running text
        ("ja", "Hoshino Robotics Corporation grew.", "星野ロボティクスは成長した。", []),
        ("ko", "Hoshino Robotics Corporation grew.", "호시노로보틱스는 성장했다.", []),
        ("ja", "Hoshino Robotics Corporation grew.", "星野重工は成長した。", [("PR401", "error")]),
        # a brand kept as the source spells it
        ("ja", "Mirai Arm is priced at 1.2 million yen.", "Mirai Armの価格は120万円です。", []),
        ("ko", "Mirai Arm is priced at 1.2 million yen.", "Mirai Arm의 가격은 120만 엔이다.", []),
        # a place is not a brand: left in Latin letters it is still untranslated
        ("ja", "The Osaka plant grew.", "Osaka工場は成長した。", [("PR401", "error")]),
        # a link localised on the same site is the page in the translation's language
        (
            "ja",
            "Details: https://example.com/en/mirai",
            "詳細：https://example.com/ja/mirai",
            [],
        ),
        (
            "ja",
            "Details: https://example.com/mirai?lang=en",
            "詳細：https://example.com/mirai?lang=ja",
            [],
        ),
        (
            "ja",
            "Details: https://example.com/en/mirai",
            "詳細：https://example.com.evil/ja/mirai",
            [("PR405", "error")],
        ),
        (
            "ja",
            "Details: https://example.com/en/mirai",
            "詳細：https://example.com/ja/other",
            [("PR405", "error")],
        ),
    ],
)
def test_what_official_translations_write_for_companies_brands_and_links(
    company: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(company, locale, msgid, msgstr) == findings


@pytest.fixture(scope="module")
def foundation() -> Glossary:
    """A non-profit as a team sheet lists it: its form of legal person in Japanese and
    Korean ('公益財団法人', '재단법인'), none in English."""
    return Glossary(
        [
            _entry(Kind.ORG, "Sorami Foundation", "公益財団法人そらみ財団", "재단법인 소라미재단"),
            _entry(Kind.ORG, "Umibe Net", "特定非営利活動法人うみべネット", "(사)우미베넷"),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # running text names a foundation without its form of legal person, as a company
        # without its legal form
        ("ja", "The Sorami Foundation awarded 40 grants.", "そらみ財団は助成金40件を贈った。", []),
        (
            "ko",
            "The Sorami Foundation awarded 40 grants.",
            "소라미재단은 지원금 40건을 수여했다.",
            [],
        ),
        ("ja", "Umibe Net cleaned the beach.", "うみべネットが海岸を清掃した。", []),
        ("ko", "Umibe Net cleaned the beach.", "우미베넷이 해변을 청소했다.", []),
        (
            "ja",
            "The Sorami Foundation awarded 40 grants.",
            "公益財団法人そらみ財団は助成金40件を贈った。",
            [],
        ),
        # ... and another foundation is still another
        (
            "ja",
            "The Sorami Foundation awarded 40 grants.",
            "そよかぜ財団は助成金40件を贈った。",
            [("PR401", "error")],
        ),
        (
            "ko",
            "The Sorami Foundation awarded 40 grants.",
            "재단법인은 지원금 40건을 수여했다.",
            [("PR401", "error")],
        ),
    ],
)
def test_a_foundation_is_named_without_its_form_of_legal_person(
    foundation: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(foundation, locale, msgid, msgstr) == findings


@pytest.fixture(scope="module")
def chair() -> Glossary:
    """A foundation's chair as a team sheet lists the title: 'Rank, Body'."""
    return Glossary(
        [
            _entry(Kind.PERSON, "Aki Sorano", "空野亜紀", "소라노 아키"),
            _entry(Kind.ORG, "Sorami Foundation", "そらみ財団", "소라미재단"),
            _entry(
                Kind.TITLE,
                "Chairperson of the Board, Sorami Foundation",
                "そらみ財団 理事長",
                "소라미재단 이사장",
            ),
        ]
    )


CHAIR_SAID = "Aki Sorano, Chairperson of the Board of the Sorami Foundation, spoke."


@pytest.mark.parametrize(
    ("locale", "msgstr", "findings"),
    [
        # a rank of two words: the body may end at either space of the sheet's form
        ("ko", "카자하나항공 아라카와 다쿠야 대표이사 사장은 말했다.", []),
        ("ko", "아라카와 다쿠야 카자하나항공 대표이사 사장은 말했다.", []),
        ("ko", "카자하나항공 아라카와 다쿠야 대표이사 부사장은 말했다.", [("PR401", "error")]),
    ],
)
def test_a_rank_of_two_words_around_a_name(
    locale: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    glossary = Glossary(
        [
            _entry(Kind.PERSON, "Takuya Arakawa", "荒川 拓也", "아라카와 다쿠야"),
            _entry(Kind.ORG, "Kazahana Airways", "風花航空", "카자하나항공"),
            _entry(
                Kind.TITLE,
                "President and CEO, Kazahana Airways",
                "風花航空 代表取締役社長",
                "카자하나항공 대표이사 사장",
            ),
        ]
    )
    msgid = "“It helps,” said Takuya Arakawa, President and CEO of Kazahana Airways."
    assert _check(glossary, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the sheet's 'Rank, Body' written 'Rank of the Body' is the title: another rank
        # in the translation is reported
        ("ja", CHAIR_SAID, "そらみ財団の空野亜紀会長が挨拶した。", [("PR401", "error")]),
        ("ko", CHAIR_SAID, "소라노 아키 소라미재단 회장이 인사했다.", [("PR401", "error")]),
        # the title with the name between its body and its rank, or as the sheet has it
        ("ja", CHAIR_SAID, "そらみ財団の空野亜紀理事長が挨拶した。", []),
        ("ja", CHAIR_SAID, "空野亜紀そらみ財団理事長が挨拶した。", []),
        ("ko", CHAIR_SAID, "소라노 아키 소라미재단 이사장이 인사했다.", []),
        ("ko", CHAIR_SAID, "소라미재단 소라노 아키 이사장이 인사했다.", []),
        # ... but not a vice chair, nor a rank in another clause
        ("ja", CHAIR_SAID, "そらみ財団の空野亜紀副理事長が挨拶した。", [("PR401", "error")]),
        (
            "ja",
            CHAIR_SAID,
            "そらみ財団の空野亜紀会長が挨拶し、前理事長も出席した。",
            [("PR401", "error")],
        ),
    ],
)
def test_a_title_of_a_body_written_in_running_text(
    chair: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(chair, locale, msgid, msgstr) == findings


@pytest.fixture(scope="module")
def named_figures() -> Glossary:
    """Names with a number in them, as a spreadsheet lists them."""
    return Glossary(
        [
            _entry(Kind.TERM, "Nikkei 225", "日経平均株価", "닛케이225"),
            _entry(Kind.BRAND, "Windows 11", "Windows 11", "윈도우 11"),
            _entry(Kind.TERM, "Vision 2030", "ビジョン2030", "비전 2030"),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the approved form of the name has no number: the number is part of the name
        ("ja", "The Nikkei 225 rose 2.1% on Tuesday.", "火曜日の日経平均株価は2.1％上昇した。", []),
        ("ja", "The Nikkei 225 closed at 38,500.", "日経平均株価の終値は38,500円だった。", []),
        # ... and the figures beside it are compared as ever, with each other
        (
            "ja",
            "The Nikkei 225 rose 2.1% on Tuesday.",
            "火曜日の日経平均株価は2.5％上昇した。",
            [("PR404", "error")],
        ),
        # a name not rendered by its approved form keeps its number a figure
        ("ja", "The Nikkei 225 fell.", "日経225は下落した。", [("PR401", "error")]),
        (
            "ja",
            "The Nikkei 225 fell.",
            "日経平均は下落した。",
            [("PR401", "error"), ("PR404", "error")],
        ),
        # an approved form with the number in it: compared as written
        ("ko", "The Nikkei 225 fell.", "닛케이225가 하락했다.", []),
        (
            "ja",
            "It runs on Windows 11.",
            "Windows 10で動作する。",
            [("PR401", "error"), ("PR404", "error")],
        ),
        ("ja", "Vision 2030 was adopted.", "ビジョン2030が採択された。", []),
    ],
)
def test_a_number_inside_a_name_the_translation_renders_without_it_is_no_figure(
    named_figures: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert sorted(_check(named_figures, locale, msgid, msgstr)) == findings


def _check_catalog(
    glossary: Glossary, locale: str, entries: list[tuple[str, str]]
) -> list[tuple[int, str]]:
    """(entry number, rule code) of each finding of a catalog of ``entries``."""
    text = _catalog(entries)
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=glossary,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    starts = [text.index(f'msgid "{msgid}"') for msgid, _ in entries]
    return [(sum(start <= f.span.start for start in starts), f.code) for f in report.findings]


_FULL = {
    "ja": "星野 健二は、星野ロボティクスの社長に就任した。",
    "ko": "호시노 겐지는 호시노 로보틱스의 사장으로 취임했다.",
}


@pytest.mark.parametrize(
    ("locale", "later", "found"),
    [
        # named in full once, then by the family name with a title or an honorific
        ("ja", "星野社長は、計画について述べた。", []),
        ("ja", "星野は「より速く進める」と述べた。", []),
        ("ja", "星野氏は計画について述べた。", []),
        ("ja", "CEOの星野が計画を統括する。", []),
        ("ko", "호시노 사장은 계획에 대해 말했다.", []),
        ("ko", '호시노는 \\"더 빠르게 움직이겠다\\"고 말했다.', []),
        ("ko", "호시노 대표이사는 계획을 총괄한다.", []),
        # another given name after the family name is another person
        ("ja", "星野健治は、計画について述べた。", [(2, "PR401")]),
        ("ja", "星野 賢治は、計画について述べた。", [(2, "PR401")]),
        ("ko", "호시노 켄지는 계획에 대해 말했다.", [(2, "PR401")]),
        ("ko", "호시노 이사오는 계획을 총괄한다.", [(2, "PR401")]),
        # a family name inside a longer word is not the person
        ("ja", "新星野工場が稼働すると発表した。", [(2, "PR401")]),
    ],
)
def test_a_person_named_in_full_may_then_go_by_the_family_name(
    sheet: Glossary, locale: str, later: str, found: list[tuple[int, str]]
) -> None:
    entries = [
        ("Kenji Hoshino was named President of Hoshino Robotics.", _FULL[locale]),
        ("Kenji Hoshino spoke about the plan.", later),
    ]
    assert _check_catalog(sheet, locale, entries) == found


@pytest.mark.parametrize(
    ("later", "found"),
    [
        # English gives the name in full once, then the family name with a title, or alone
        ('\\"We will move faster,\\" said President Hoshino.', []),
        ("Mr. Hoshino spoke about the plan.", []),
        ("Hoshino added that the plant opens in May.", []),
        ("According to Hoshino, the plan is ready.", []),
        ("Hoshino's plan was approved.", []),
        # another given name beside it is another person; a longer word is no name
        ("Akira Hoshino spoke about the plan.", [(2, "PR401")]),
        ("President Hoshino Akira spoke about the plan.", [(2, "PR401")]),
        ("The Hoshinomiya plant spoke for the plan.", [(2, "PR401")]),
    ],
)
def test_an_english_translation_may_then_go_by_the_family_name(
    sheet: Glossary, later: str, found: list[tuple[int, str]]
) -> None:
    entries = [
        (
            "星野健二は、星野ロボティクスの社長に就任した。",
            "Kenji Hoshino was named President of Hoshino Robotics.",
        ),
        ("星野健二社長は、計画について述べた。", later),
    ]
    assert _check_catalog(sheet, "en", entries) == found
    # never named in full: the family name alone does not say who
    assert _check_catalog(sheet, "en", [entries[1]]) == [(1, "PR401")]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # a longer word made with the title is another title, or the board
        ("정현우 대표이사는 계획을 밝혔다.", "CEO Jung Hyunwoo outlined the plan.", []),
        ("사외이사 2명을 선임했다.", "It appointed two outside board members.", []),
        ("이사회에서 결의했다.", "The board resolved it.", []),
        ("박 부사장은 계획을 밝혔다.", "Executive Vice President Park outlined the plan.", []),
        # the title itself, with a particle or glued to the ministry it heads, is still due
        ("정현우 이사는 계획을 밝혔다.", "Jung Hyunwoo outlined the plan.", [("PR401", "error")]),
        ("중기부장관이 참석했다.", "The head of the ministry attended.", [("PR401", "error")]),
        # Japanese alike
        ("代表取締役の佐藤が説明した。", "CEO Sato explained it.", []),
        ("取締役会で決議した。", "The board resolved it.", []),
        ("取締役の佐藤が説明した。", "Sato explained it.", [("PR401", "error")]),
    ],
)
def test_a_title_inside_a_longer_word(
    msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    titles = Glossary(
        [
            _entry(Kind.TITLE, "Director", "取締役", "이사"),
            _entry(Kind.TITLE, "President", "社長", "사장"),
            _entry(Kind.TITLE, "Minister", "大臣", "장관"),
        ]
    )
    assert _check(titles, "en", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a change in percentage points is not a change in percent
        (
            "ja",
            "The share rose 1.5 percentage points to 2.0%.",
            "比率は1.5％上昇し2.0％となった。",
            [("PR404", "error")],
        ),
        (
            "en",
            "수출 비중은 17.8%로 0.6%포인트 하락했다.",
            "The share fell 0.6% to 17.8%.",
            [("PR404", "error")],
        ),
        (
            "en",
            "수출 비중은 17.8%로 0.6%p 하락했다.",
            "The share fell 0.6% to 17.8%.",
            [("PR404", "error")],
        ),
        # in points on both sides, however written
        (
            "ja",
            "The share rose 1.5 percentage points to 2.0%.",
            "比率は1.5ポイント上昇し2.0％となった。",
            [],
        ),
        (
            "ja",
            "The share rose 1.5 percentage points to 2.0%.",
            "比率は1.5％ポイント上昇し2.0％となった。",
            [],
        ),
        (
            "en",
            "수출 비중은 17.8%로 0.6%p 하락했다.",
            "The share fell 0.6 percentage points to 17.8%.",
            [],
        ),
        ("en", "営業利益率は0.8ポイント改善した。", "The operating margin improved 0.8 pts.", []),
    ],
)
def test_percentage_points_are_not_percent(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgstr", "findings"),
    [
        # the ministry's own form of the title renders it; another rank does not
        ("ko", "장관이 말했다.", []),
        ("ko", "중소벤처기업부 장관이 말했다.", []),
        ("ko", "차관이 말했다.", [("PR401", "error")]),
        ("ja", "次官が述べた。", [("PR401", "error")]),
        ("ja", "大臣が述べた。", []),
    ],
)
def test_a_title_of_another_rank_is_not_a_more_specific_form(
    locale: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    titles = Glossary(
        [
            _entry(Kind.TITLE, "Minister", "大臣", "장관"),
            _entry(Kind.TITLE, "Vice Minister", "次官", "차관"),
            _entry(
                Kind.TITLE, "Minister, Ministry of SMEs and Startups", "長官", "중소벤처기업부 장관"
            ),
        ]
    )
    assert _check(titles, locale, "The Minister spoke.", msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a forecast revised the other way, with no figure beside it
        (
            "ja",
            "The Company has revised upward its full-year forecast.",
            "当社は通期業績予想を下方修正しました。",
            [("PR404", "error")],
        ),
        (
            "en",
            "当社は通期連結業績予想を下方修正いたします。",
            "The Company has revised upward its full-year consolidated forecast.",
            [("PR404", "error")],
        ),
        (
            "en",
            "회사는 연간 실적 전망을 상향 조정했다.",
            "The Company revised its full-year forecast downward.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "It raised its full-year guidance.",
            "通期予想を下方修正した。",
            [("PR404", "error")],
        ),
        # ... in a headline, which says it without 'its'
        (
            "ja",
            "Calloway Raises Full-Year Revenue Guidance",
            "キャロウェイ、通期売上高見通しを下方修正",
            [("PR404", "error")],
        ),
        (
            "ko",
            "Calloway Raises Full-Year Revenue Guidance",
            "캘러웨이, 연간 매출 전망 상향 조정",
            [],
        ),
        (
            "ja",
            "It lowered costs, and the full-year outlook improved.",
            "コストを削減し、通期見通しは上方修正された。",
            [],
        ),
        # the same way, however said; both ways at once is not judged
        (
            "ja",
            "The Company has revised upward its full-year forecast.",
            "当社は通期業績予想を上方修正しました。",
            [],
        ),
        (
            "en",
            "当社は通期連結業績予想を下方修正いたします。",
            "The Company has lowered its full-year consolidated forecast.",
            [],
        ),
        (
            "en",
            "売上高予想を上方修正し、利益予想を下方修正した。",
            "It revised its sales forecast up and its profit forecast down.",
            [],
        ),
    ],
)
def test_a_forecast_revised_the_other_way(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a count the English source spells out, given as another number
        (
            "ja",
            "It will help three regions build hubs by fiscal 2028.",
            "2028年度までに2地域で拠点の整備を後押しする。",
            [("PR404", "error")],
        ),
        (
            "ja",
            "The battery lasts up to eight hours on a single charge.",
            "1回の充電で最大6時間使用できます。",
            [("PR404", "error")],
        ),
        (
            "ko",
            "The battery lasts up to eight hours on a single charge.",
            "한 번 충전으로 최대 18시간 사용할 수 있다.",
            [("PR404", "error")],
        ),
        # ... of what an acronym names
        (
            "ja",
            "The foundation gave grants to three NGOs on May 20.",
            "同財団は5月20日、NGO5団体に助成金を贈った。",
            [("PR404", "error")],
        ),
        (
            "ko",
            "The fund backs five SMEs in Busan from June 1.",
            "이 펀드는 6월 1일부터 부산의 중소기업 3곳을 지원한다.",
            [("PR404", "error")],
        ),
        # the same count, in figures or words; left out; counted in other units
        (
            "ja",
            "It will help three regions build hubs by fiscal 2028.",
            "2028年度までに3地域で拠点の整備を後押しする。",
            [],
        ),
        (
            "ja",
            "The foundation gave grants to three NGOs on May 20.",
            "同財団は5月20日、NGO3団体に助成金を贈った。",
            [],
        ),
        (
            "ko",
            "The fund backs five SMEs in Busan from June 1.",
            "이 펀드는 6월 1일부터 부산의 중소기업 다섯 곳을 지원한다.",
            [],
        ),
        ("ja", "Three NGOs Win 2026 Awards", "NGO各団体が2026年の賞を受賞", []),
        (
            "en",
            "同財団は5月20日、NGO5団体に助成金を贈った。",
            "On May 20, it gave grants to five NGOs.",
            [],
        ),
        (
            "en",
            "同財団は5月20日、NGO5団体に助成金を贈った。",
            "On May 20, it gave grants to 5 NGOs.",
            [],
        ),
        (
            "en",
            "同財団は5月20日、NGO5団体に助成金を贈った。",
            "On May 20, it gave grants to three NGOs.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "The battery lasts up to eight hours on a single charge.",
            "1回の充電で最大8時間使用できます。",
            [],
        ),
        ("ja", "The two companies signed it on May 1.", "両社は5月1日に締結した。", []),
        (
            "ja",
            "It will help three regions by fiscal 2028.",
            "2028年度までに各地域を支援する。",
            [],
        ),
        (
            "ja",
            "It has run for two decades since 2004.",
            "2004年から20年にわたり運営している。",
            [],
        ),
        (
            "ja",
            "Applications close in two weeks, on May 20.",
            "申請は14日以内、5月20日に締め切る。",
            [],
        ),
        ("ja", "Ten thousand people came on May 3.", "5月3日に1万人が来場した。", []),
        (
            "ja",
            "We offer support 24 hours a day, seven days a week.",
            "24時間365日サポートします。",
            [],
        ),
    ],
)
def test_a_count_spelt_out_in_the_source(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a negation dropped, or added
        (
            "ja",
            "Applications submitted after the deadline will not be accepted.",
            "締切後に提出された申請も受け付けます。",
            [("PR410", "warning")],
        ),
        (
            "ko",
            "The AirFlow X5 is not compatible with earlier filters.",
            "AirFlow X5는 기존 필터와 호환된다.",
            [("PR410", "warning")],
        ),
        (
            "en",
            "本商品には保存料を使用していません。",
            "The products contain preservatives.",
            [("PR410", "warning")],
        ),
        (
            "en",
            "수출 실적이 없는 기업도 신청할 수 있다.",
            "Companies with an export record may also apply.",
            [("PR410", "warning")],
        ),
        (
            "en",
            "小川は引き続き経営に参画します。",
            "Ogawa will not remain involved in management.",
            [("PR410", "warning")],
        ),
        # ... where the translation speaks of the year's end, not of an ending
        (
            "en",
            "なお、期末配当予想（1株当たり60円）に変更はありません。",
            "The year-end dividend forecast (¥60 per share) has been changed.",
            [("PR410", "warning")],
        ),
        (
            "en",
            "当社は、2026年3月期の期末配当を行わないことを決議しました。",
            "The Company resolved to pay a year-end dividend for the fiscal year ending "
            "March 31, 2026.",
            [("PR410", "warning")],
        ),
        (
            "en",
            "県外在住の方は対象外です。",
            "Residents of other prefectures are eligible.",
            [("PR410", "warning")],
        ),
        # a result said to exceed the forecast, said to fall short of it
        (
            "ko",
            "売上高、営業利益ともに前回予想を上回る見込みとなりました。",
            "매출액과 영업이익 모두 이전 전망을 밑돌 것으로 예상된다.",
            [("PR410", "warning")],
        ),
        (
            "en",
            "영업이익은 회사 전망치를 밑돌았다.",
            "Operating profit exceeded the forecast.",
            [("PR410", "warning")],
        ),
        (
            "ko",
            "売上高、営業利益ともに前回予想を上回る見込みとなりました。",
            "매출액과 영업이익 모두 이전 전망을 웃돌 것으로 예상된다.",
            [],
        ),
        (
            "en",
            "영업이익은 회사 전망치를 밑돌았다.",
            "Operating profit fell short of forecasts.",
            [],
        ),
        (
            "en",
            "上記の予想は前回予想を上回ります。",
            "The above forecasts are higher than before.",
            [],
        ),
        # kept, however said; idioms that say something positive
        ("en", "県外在住の方は対象外です。", "Residents of other prefectures fall outside it.", []),
        (
            "en",
            "当社は、2026年3月期の期末配当を行わないことを決議しました。",
            "The Company resolved not to pay a year-end dividend for the fiscal year ending "
            "March 31, 2026.",
            [],
        ),
        (
            "en",
            "期末配当予想に変更はありません。",
            "The year-end dividend forecast is unchanged.",
            [],
        ),
        ("en", "本サービスは提供しません。", "The service will end.", []),
        (
            "ja",
            "Applications submitted after the deadline will not be accepted.",
            "締切後に提出された申請は受け付けません。",
            [],
        ),
        ("ja", "The date has not been decided.", "日程は未定です。", []),
        ("ja", "No purchase necessary.", "購入不要。", []),
        ("ja", "There will be no change to the dividend forecast.", "配当予想は据え置きます。", []),
        ("en", "本商品には保存料を使用していません。", "The products are preservative-free.", []),
        ("en", "해외에서는 판매하지 않는다.", "It will be sold only in Korea.", []),
        ("ja", "Submit it no later than May 31.", "5月31日までに提出してください。", []),
        ("ja", "It is not only fast but also safe.", "速いだけでなく安全です。", []),
        ("ja", "Improving logistics is essential.", "物流の効率化は欠かせない。", []),
        ("en", "一緒に参加しませんか。", "Join us.", []),
        ("en", "品質管理を徹底しなければなりません。", "Quality control must be thorough.", []),
        (
            "en",
            "기술 개발뿐만 아니라 인재 육성에도 힘쓴다.",
            "It invests in people as well as technology.",
            [],
        ),
        ("en", "끊임없이 혁신해 왔다.", "It has innovated constantly.", []),
    ],
)
def test_a_negation_dropped_or_added(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "first", "later", "found"),
    [
        # a product named in full once, then by the word for it, with the number of its name
        ("ja", "星空電機はAirFlow X5を発売する。", "本製品の価格は39,800円です。", []),
        ("ko", "호시조라전기는 AirFlow X5를 출시한다.", "이 제품의 가격은 3만 9,800엔이다.", []),
        ("ko", "호시조라전기는 AirFlow X5를 출시한다.", "신제품은 3만 9,800엔이다.", []),
        # left out without a word for it, or never named in full: still reported
        (
            "ja",
            "星空電機はAirFlow X5を発売する。",
            "価格は39,800円です。",
            [(2, "PR401"), (2, "PR404")],
        ),
        (
            "ja",
            "星空電機は新製品を発売する。",
            "本製品の価格は39,800円です。",
            [(1, "PR401"), (1, "PR404"), (2, "PR401"), (2, "PR404")],
        ),
    ],
)
def test_a_product_named_in_full_may_then_go_by_the_word_for_it(
    locale: str, first: str, later: str, found: list[tuple[int, str]]
) -> None:
    glossary = Glossary([_entry(Kind.BRAND, "AirFlow X5", "AirFlow X5", "AirFlow X5")])
    entries = [
        ("Hoshizora will launch the AirFlow X5.", first),
        ("The AirFlow X5 will be priced at ¥39,800.", later),
    ]
    assert _check_catalog(glossary, locale, entries) == found


@pytest.fixture(scope="module")
def two_people() -> Glossary:
    """A sheet of two people, one Korean (one word, no name parts) and one Japanese."""
    return Glossary(
        [
            _entry(Kind.PERSON, "Kenji Sato", "佐藤 健二", "사토 겐지"),
            _entry(Kind.PERSON, "Choi Yuna", "チェ・ユナ", "최유나"),
        ]
    )


@pytest.mark.parametrize(
    ("source", "first", "later", "locale", "found"),
    [
        # the source names the person by the family name alone after the full name: the
        # translation must too, with that name ('佐藤社長' is 'President Sato')
        (
            "ja",
            ("佐藤 健二社長が就任した。", "Kenji Sato became President."),
            ("佐藤社長は計画を述べた。", "President Sato spoke about the plan."),
            "en",
            [],
        ),
        (
            "ja",
            ("佐藤 健二社長が就任した。", "Kenji Sato became President."),
            ("佐藤社長は計画を述べた。", "President Kato spoke about the plan."),
            "en",
            [(2, "PR401")],
        ),
        (
            "ja",
            ("佐藤 健二社長が就任した。", "Kenji Sato became President."),
            ("佐藤は計画を述べた。", "He spoke about the plan."),
            "en",
            [],
        ),
        (
            "en",
            ("Kenji Sato became President.", "佐藤 健二が社長に就任した。"),
            ("Sato added that the plan is ready.", "佐藤は計画が整ったと付け加えた。"),
            "ja",
            [],
        ),
        (
            "en",
            ("Kenji Sato became President.", "佐藤 健二が社長に就任した。"),
            ("Sato added that the plan is ready.", "加藤社長は計画が整ったと付け加えた。"),
            "ja",
            [(2, "PR401")],
        ),
        (
            "en",
            ("Kenji Sato became President.", "사토 겐지가 사장에 취임했다."),
            ("President Sato spoke.", "가토 사장이 말했다."),
            "ko",
            [(2, "PR401")],
        ),
        # a Korean family name of one syllable before a title
        (
            "ko",
            ("최유나 사장이 취임했다.", "Choi Yuna became President."),
            ("최 사장은 계획을 설명했다.", "President Choi explained the plan."),
            "en",
            [],
        ),
        (
            "ko",
            ("최유나 사장이 취임했다.", "Choi Yuna became President."),
            ("최 사장은 계획을 설명했다.", "President Han explained the plan."),
            "en",
            [(2, "PR401")],
        ),
        # no person: a capitalised word starting a sentence, a word of another name, a
        # syllable that is a word ('최대'), a release that never names the person in full
        (
            "en",
            ("Kenji Sato became President.", "佐藤 健二が社長に就任した。"),
            ("Sato Kogyo will supply the parts.", "部品は加藤工業が供給する。"),
            "ja",
            [],
        ),
        (
            "ko",
            ("최유나 사장이 취임했다.", "Choi Yuna became President."),
            ("최대 30%를 줄인다.", "It cuts up to 30%."),
            "en",
            [],
        ),
        (
            "en",
            ("The plan is ready.", "計画は整った。"),
            ("Sato added that the plan is ready.", "加藤は計画が整ったと付け加えた。"),
            "ja",
            [],
        ),
    ],
)
def test_a_family_name_the_source_uses_alone_is_the_same_person_in_the_translation(
    two_people: Glossary,
    source: str,
    first: tuple[str, str],
    later: tuple[str, str],
    locale: str,
    found: list[tuple[int, str]],
) -> None:
    text = _catalog([first, later]).replace(
        'charset=UTF-8\\n"\n', f'charset=UTF-8\\n"\n"X-Source-Language: {source}\\n"\n', 1
    )
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=two_people,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    starts = [text.index(f'msgid "{msgid}"') for msgid, _ in (first, later)]
    assert [
        (sum(start <= f.span.start for start in starts), f.code) for f in report.findings
    ] == found


def test_the_family_name_alone_is_not_enough_where_the_release_never_names_them_in_full(
    sheet: Glossary,
) -> None:
    entries = [("Kenji Hoshino spoke about the plan.", "星野社長は述べた。")]
    assert _check_catalog(sheet, "ja", entries) == [(1, "PR401")]


@pytest.mark.parametrize(
    ("locale", "first", "later"),
    [
        (
            "ja",
            "星野ロボティクス（略称：ホシロボ）は本日、新工場を発表した。",
            "ホシロボは計画を述べた。",
        ),
        (
            "ja",
            "星野ロボティクス（通称「ホシロボ」）は本日、新工場を発表した。",
            "ホシロボは計画を述べた。",
        ),
        (
            "ko",
            "호시노 로보틱스(약칭 호시로보)는 오늘 새 공장을 발표했다.",
            "호시로보는 계획을 밝혔다.",
        ),
        (
            "ko",
            "호시노 로보틱스('호시로보')는 오늘 새 공장을 발표했다.",
            "호시로보는 계획을 밝혔다.",
        ),
    ],
)
def test_a_common_name_the_translation_gives_is_its_short_form(
    sheet: Glossary, locale: str, first: str, later: str
) -> None:
    entries = [
        ("Hoshino Robotics today announced a new plant.", first),
        ("Hoshino Robotics described the plan.", later),
    ]
    assert _check_catalog(sheet, locale, entries) == []
    # a name it never defined is still no rendering of the company
    assert _check_catalog(sheet, locale, [entries[0], (entries[1][0], "アクメは述べた。")]) == [
        (2, "PR401")
    ]


_COMPANY_FULL = {
    "ja": "星野ロボティクス株式会社は本日、新工場を発表した。",
    "ko": "㈜호시노로보틱스는 오늘 새 공장을 발표했다.",
}


@pytest.mark.parametrize(
    ("locale", "later", "found"),
    [
        # named in full once, then 'the said company', 'our company', 'the company'
        ("ja", "同社は新工場に50億円を投資する。", []),
        ("ja", "当社は新工場に50億円を投資します。", []),
        ("ko", "회사는 새 공장에 50억 엔을 투자한다.", []),
        ("ko", "동사는 새 공장에 50억 엔을 투자한다.", []),
        ("ko", "이 회사는 새 공장에 50억 엔을 투자한다.", []),
        # another company, or 회사 inside a longer word, is not the company
        ("ja", "花園自動車は新工場に50億円を投資する。", [(2, "PR401")]),
        ("ko", "자회사는 새 공장에 50억 엔을 투자한다.", [(2, "PR401")]),
        ("ko", "주식회사는 새 공장에 50억 엔을 투자한다.", [(2, "PR401")]),
        # the word for a person does not stand for a company
        ("ja", "同氏は新工場に50億円を投資する。", [(2, "PR401")]),
    ],
)
def test_a_company_named_in_full_may_then_go_by_the_word_for_it(
    company: Glossary, locale: str, later: str, found: list[tuple[int, str]]
) -> None:
    entries = [
        ("Hoshino Robotics Corporation today announced a new plant.", _COMPANY_FULL[locale]),
        ("Hoshino Robotics Corporation will invest 5 billion yen in it.", later),
    ]
    assert _check_catalog(company, locale, entries) == found


def test_the_word_for_a_company_is_not_enough_where_the_release_never_names_it(
    company: Glossary,
) -> None:
    entries = [
        ("Hoshino Robotics Corporation will invest 5 billion yen.", "同社は50億円を投資する。")
    ]
    assert _check_catalog(company, "ja", entries) == [(1, "PR401")]


def test_a_person_named_in_full_may_then_go_by_he_or_she(sheet: Glossary) -> None:
    entries = [
        ("Kenji Hoshino was named President of Hoshino Robotics.", _FULL["ja"]),
        ("Kenji Hoshino spoke about the plan.", "同氏は計画について述べた。"),
    ]
    assert _check_catalog(sheet, "ja", entries) == []


def test_an_english_translation_may_say_the_company(company: Glossary) -> None:
    entries = [
        (
            "星野ロボティクス株式会社は本日、新工場を発表した。",
            "Hoshino Robotics Corporation announced a plant.",
        ),
        ("星野ロボティクス株式会社は50億円を投資する。", "The Company will invest 5 billion yen."),
        ("星野ロボティクス株式会社は人員を増やす。", "The companies will hire more staff."),
    ]
    assert _check_catalog(company, "en", entries) == [(3, "PR401")]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the same hour, said in the morning or the afternoon as the source says it
        ("ja", "Doors open at 10 a.m. JST.", "午前10時（日本時間）に開場します。", []),
        ("ja", "Doors open at 10 a.m. JST.", "10時（日本時間）に開場します。", []),
        ("ja", "The party starts at 7 p.m.", "パーティーは19時に始まります。", []),
        ("ko", "The party starts at 7 p.m.", "파티는 오후 7시에 시작한다.", []),
        ("ja", "Open from 9 a.m. to 5 p.m.", "営業時間は午前9時から午後5時までです。", []),
        ("ja", "Lunch is served from 12 p.m.", "昼食は正午から提供されます。", []),
        ("ko", "The ceremony starts at 12:00.", "기념식은 정오에 시작한다.", []),
        # ... and the other half of the day
        (
            "ja",
            "Doors open at 10 a.m. JST.",
            "午後10時（日本時間）に開場します。",
            [("PR404", "error")],
        ),
        ("ko", "The party starts at 7 p.m.", "파티는 오전 7시에 시작한다.", [("PR404", "error")]),
        ("ja", "Lunch is served from 1 p.m.", "昼食は正午から提供されます。", [("PR404", "error")]),
        (
            "ja",
            "Open from 9 a.m. to 5 p.m.",
            "営業時間は午前9時から午前5時までです。",
            [("PR404", "error")],
        ),
    ],
)
def test_morning_and_afternoon(
    company: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(company, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a multiplier in words or digits, said as the source says it
        ("ja", "Output will triple by 2030.", "生産量は2030年までに3倍になる。", []),
        ("ja", "Sales doubled to 300 units.", "売上は倍増し300台となった。", []),
        ("ko", "Output tripled.", "생산량은 세 배로 늘었다.", []),
        ("ko", "It is a 5-fold increase.", "5배 증가다.", []),
        ("ja", "It is 2 times faster.", "2倍速い。", []),
        # said another way, or no multiplier at all: nothing to report
        ("ja", "Sales doubled to 300 units.", "売上は100%増の300台となった。", []),
        ("ja", "We meet twice a year.", "年2回開催する。", []),
        ("ja", "A double-digit rise.", "2桁の上昇。", []),
        # ... and another number of times
        (
            "ja",
            "Output will triple by 2030.",
            "生産量は2030年までに2倍になる。",
            [("PR404", "error")],
        ),
        ("ko", "Output tripled.", "생산량은 두 배로 늘었다.", [("PR404", "error")]),
        ("ja", "Sales doubled to 300 units.", "売上は3倍の300台となった。", [("PR404", "error")]),
    ],
)
def test_multipliers(
    company: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(company, locale, msgid, msgstr) == findings


@pytest.fixture(scope="module")
def plain_sheet() -> Glossary:
    """A CSV sheet kept by hand: the commas of a name dropped (they would split its row)
    or written as a semicolon."""
    return Glossary(
        [
            _entry(
                Kind.TITLE,
                "Minister of Economy Trade and Industry",
                "経済産業大臣",
                "경제산업대신",
            ),
            _entry(Kind.ORG, "Ministry of Economy; Trade and Industry", "経済産業省", "경제산업성"),
        ]
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        ("武藤経済産業大臣は述べた。", "Minister of Economy, Trade and Industry Muto said.", []),
        ("武藤経済産業大臣は述べた。", "Minister of Economy, Trade, and Industry Muto said.", []),
        ("経済産業省は発表した。", "The Ministry of Economy, Trade and Industry announced.", []),
        # other words, or another order: still missing
        ("武藤経済産業大臣は述べた。", "Minister of Trade, Economy and Industry Muto said.",
         [("PR401", "error")]),
        ("経済産業省は発表した。", "The Ministry of Economy announced.", [("PR401", "error")]),
    ],
)  # fmt: skip
def test_a_sheets_name_without_its_commas(
    plain_sheet: Glossary, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(plain_sheet, "en", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgstr", "findings"),
    [
        # the Japanese government's style: family name first, in capitals
        ("HOSHINO Kenji announced it.", []),
        ("Mr. HOSHINO Kenji, President, announced it.", []),
        # without the capitals the order is reversed; other letters are another name
        ("Hoshino Kenji announced it.", [("PR401", "error")]),
        ("HOSHINO Kenjiro announced it.", [("PR401", "error")]),
        ("HOSHINA Kenji announced it.", [("PR401", "error")]),
    ],
)
def test_a_family_name_in_capitals_first_is_the_approved_name(
    sheet: Glossary, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(sheet, "en", "星野健二が発表した。", msgstr) == findings


@pytest.fixture(scope="module")
def profile_sheet() -> Glossary:
    return Glossary(
        [
            _entry(Kind.PERSON, "Kenji Hoshino", "星野健二", "호시노 겐지"),
            _entry(Kind.ORG, "Hoshino Robotics", "星野ロボティクス", "호시노로보틱스"),
            _entry(Kind.PLACE, "Yokohama", "横浜", "요코하마"),
            _entry(Kind.TITLE, "President", "社長", "사장"),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the company's profile in a bracket after its name, dropped as a whole by the
        # official translation but for the short form it defines
        (
            "en",
            "星野ロボティクス（本社：横浜市、社長：星野健二、以下「星野」）は新工場を開設した。",
            'Hoshino Robotics (\\"Hoshino\\") opened a new plant.',
            [],
        ),
        (
            "en",
            "호시노로보틱스(대표 호시노 겐지, 이하 호시노)는 새 공장을 열었다.",
            'Hoshino Robotics (\\"Hoshino\\") opened a new plant.',
            [],
        ),
        (
            "en",
            "호시노로보틱스(본사: 요코하마, 대표이사 사장: 호시노 겐지)는 새 공장을 열었다.",
            "Hoshino Robotics opened a new plant.",
            [],
        ),
        # a head's title and name ('은행장 이서연', '頭取：…'), before a short form that is
        # the company's own glossary form
        (
            "en",
            '호시노로보틱스(사업부장 호시노 겐지, 이하 \\"호시노로보틱스\\")는 새 공장을 열었다.',
            "Hoshino Robotics opened a new plant.",
            [],
        ),
        (
            "en",
            "星野ロボティクス（事業部長：星野健二、以下「星野ロボティクス」）は新工場を開設した。",
            "Hoshino Robotics opened a new plant.",
            [],
        ),
        # kept, with its name rendered otherwise: a wrong name is still due
        (
            "en",
            "호시노로보틱스(사업부장 호시노 겐지)는 새 공장을 열었다.",
            "Hoshino Robotics (division head Kenji Hosino) opened a new plant.",
            [("PR401", "error")],
        ),
        # kept, with one of its terms rendered: the others are still checked
        (
            "en",
            "星野ロボティクス（本社：横浜市、社長：星野健二）は新工場を開設した。",
            "Hoshino Robotics (headquarters: Yokohama; President: Kenji Hosino) opened a plant.",
            [("PR401", "error")],
        ),
        # dropped, where the sentence has another bracket the translation gives as its own
        (
            "en",
            "星野ロボティクス（本社：横浜市、社長：星野健二）は新薬（開発コード：HR-101）の承認を得た。",
            "Hoshino Robotics received approval for its new drug (development code: HR-101).",
            [],
        ),
        (
            "en",
            "호시노로보틱스(대표 호시노 겐지)는 신약(개발코드: HR-101)의 승인을 받았다.",
            "Hoshino Robotics received approval for its new drug (development code: HR-101).",
            [],
        ),
        # ... and kept beside it: its name rendered otherwise, its place left out, are due
        (
            "en",
            "星野ロボティクス（本社：横浜市、社長：星野健二）は新薬（開発コード：HR-101）の承認を得た。",
            "Hoshino Robotics (President: Kenji Hosino) received approval for its new drug "
            "(development code: HR-101).",
            [("PR401", "error"), ("PR401", "error")],
        ),
        # a bracket that only says what someone is, not a profile: its title is still due
        (
            "ja",
            "Kenji Hoshino (President) opened the plant.",
            "星野健二が工場を開設した。",
            [("PR401", "error")],
        ),
        # the company itself, outside the bracket, is still due
        (
            "en",
            "星野ロボティクス（本社：横浜市）は新工場を開設した。",
            "The company opened a new plant.",
            [("PR401", "error")],
        ),
    ],
)
def test_a_company_profile_in_brackets_may_be_dropped_as_a_whole(
    profile_sheet: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(profile_sheet, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the day a Korean or Japanese release announces, by the day alone: the English
        # gives the month too, or says "today", or leaves it out (a routine date)
        (
            "en",
            "한빛은행은 펀드를 조성한다고 24일 밝혔다.",
            "Hanbit Bank announced on March 24 that it will create a fund.",
            [],
        ),
        (
            "en",
            "한빛전자는 14일 대학과 협약을 맺었다고 15일 밝혔다.",
            "Hanbit said on May 15 that it signed an agreement with the university on May 14.",
            [],
        ),
        (
            "en",
            "同社は24日、新工場の建設を発表した。",
            "On March 24, the company announced a new plant.",
            [],
        ),
        # the day of the announcement said as 'today': said (test_announced_today.py)
        (
            "en",
            "한빛은행은 펀드를 조성한다고 24일 밝혔다.",
            "Hanbit Bank announced today that it will create a fund.",
            [],
        ),
        (
            "en",
            "한빛은행은 펀드를 조성한다고 24일 밝혔다.",
            "Hanbit Bank announced on March 25 that it will create a fund.",
            [("PR404", "error")],
        ),
        (
            "ko",
            "Hanbit Bank announced on March 24 that it will create a fund.",
            "한빛은행은 펀드를 조성한다고 24일 밝혔다.",
            [],
        ),
        # a number of days is no date: it stays a number
        ("en", "休暇は最大3日間です。", "Leave is up to five days.", [("PR404", "error")]),
        ("en", "최대 3일 이내에 답변합니다.", "We answer within three days.", []),
    ],
)
def test_a_day_of_the_month_alone(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # "per one ...": a counter of any word, not a figure one
        ("月額料金は1拠点あたり3万円です。", "The monthly fee is 30,000 yen per site.", []),
        ("1가구당 50만 원을 지원한다.", "It gives KRW 500,000 per household.", []),
        ("1日2回服用します。", "Take it two times a day.", []),
        # ... but ten thousand yen is a figure, and so is one person alone
        (
            "1万円当たり100円を還元します。",
            "It returns 100 yen per 1,000 yen.",
            [("PR404", "error")],
        ),
        ("参加者は1人です。", "There were two participants.", [("PR404", "error")]),
        # a number that counts in order, said as an ordinal
        ("第1回の会合を開いた。", "It held the first meeting.", []),
        ("1차 공모에 참여했다.", "It joined the first round of the call.", []),
        ("제3회 포럼을 열었다.", "It held the third forum.", []),
        ("第2回の会合を開いた。", "It held the third meeting.", [("PR404", "error")]),
    ],
)
def test_counters_and_ordinals(
    bundled: Glossary, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, "en", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the figure kept, its change turned around
        (
            "en",
            "売上高は前年同期比3.2%減の120億円となった。",
            "Net sales rose 3.2% to 12 billion yen.",
            [("PR404", "error")],
        ),
        ("ja", "Sales posted a 12.5% increase.", "売上高は12.5%減となった。", [("PR404", "error")]),
        (
            "en",
            "매출은 전년 대비 3.2% 증가했다.",
            "Sales decreased by 3.2% from a year earlier.",
            [("PR404", "error")],
        ),
        (
            "en",
            "シェアは3.2ポイント上昇した。",
            "Its share fell 3.2 percentage points.",
            [("PR404", "error")],
        ),
        # the same way, said otherwise
        (
            "en",
            "売上高は前年同期比3.2%減の120億円となった。",
            "Net sales were down 3.2% at 12 billion yen.",
            [],
        ),
        ("en", "매출은 전년 대비 3.2% 감소했다.", "Sales declined 3.2% from a year earlier.", []),
        ("ja", "Sales posted a 12.5% increase.", "売上高は12.5%の増加となった。", []),
        # the change said by a comparative, by raising or lowering, by points in Korean
        (
            "en",
            "주행거리는 기존 모델보다 12% 늘었다.",
            "The range is 12% shorter than the previous model's.",
            [("PR404", "error")],
        ),
        (
            "ko",
            "The share will rise by 1.5 percentage points to 2.0%.",
            "비중을 1.5%포인트 낮춰 2.0%로 끌어올린다.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "The share will rise by 1.5 percentage points to 2.0%.",
            "比率を1.5ポイント引き下げ、2.0％とする。",
            [("PR404", "error")],
        ),
        ("ja", "It uses 50% less energy.", "消費電力を50%増やした。", [("PR404", "error")]),
        # ... and the same way
        ("en", "주행거리는 기존 모델보다 12% 늘었다.", "The range is 12% longer.", []),
        (
            "ko",
            "The share will rise by 1.5 percentage points to 2.0%.",
            "비중을 1.5%포인트 높여 2.0%로 끌어올린다.",
            [],
        ),
        (
            "ja",
            "The share will rise by 1.5 percentage points to 2.0%.",
            "比率を1.5ポイント引き上げ、2.0％とする。",
            [],
        ),
        ("ja", "It uses 50% less energy.", "消費電力を50%削減した。", []),
        ("en", "금리를 0.25%포인트 인하했다.", "It cut the rate by 0.25 percentage points.", []),
        # an amount of money: a dividend raised by ¥6 is not cut by 6円
        (
            "ja",
            "The dividend will be ¥48 per share, an increase of ¥6 from the previous year.",
            "配当金は1株当たり48円とし、前期から6円の減配を予定しています。",
            [("PR404", "error")],
        ),
        ("ja", "It rose $3 to $45.", "3ドル下落し45ドルとなった。", [("PR404", "error")]),
        (
            "ja",
            "The dividend will be ¥48 per share, an increase of ¥6 from the previous year.",
            "配当金は1株当たり48円とし、前期から6円の増配を予定しています。",
            [],
        ),
        ("ko", "The dividend will be ¥48, an increase of ¥6.", "배당금은 48엔으로 6엔 늘린다.", []),
        ("ja", "Sales rose ¥43,780.", "売上は4万3,780円増加した。", []),
        # a level, not a change; one figure said rising and falling: not judged
        ("ja", "Sales rose to 3.2% of revenue.", "売上高比率は3.2%に低下した。", []),
        (
            "en",
            "営業利益は5.0%増、純利益は5.0%減となった。",
            "Operating profit rose 5.0% and net profit rose 5.0%.",
            [],
        ),
    ],
)
def test_a_change_turned_around(
    bundled: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(bundled, locale, msgid, msgstr) == findings
