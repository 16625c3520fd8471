"""PR4xx on official translations between Japanese and Korean, and on Japanese written
the way Japanese releases write figures: a code or a telephone number right after
Japanese words, with no space."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text


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


def _check_catalog(
    glossary: Glossary, locale: str, entries: list[tuple[str, str]]
) -> list[tuple[int, str]]:
    """(entry number, rule code) of each finding of a catalog of ``entries``."""
    body = "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in entries)
    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=glossary,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    starts = [text.index(f'msgid "{msgid}"') for msgid, _ in entries]
    return [(sum(start <= f.span.start for start in starts), f.code) for f in report.findings]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a designation or a telephone number glued to the Japanese before it
        (
            "ko",
            "韓国におけるSKR-207の販売権を取得します。",
            "한국 내 SKR-207의 판매권을 확보합니다.",
            [],
        ),
        ("en", "新薬SKR-207の承認を申請しました。", "It filed for approval of SKR-207.", []),
        ("en", "お問い合わせは電話03-3501-1511まで。", "Call +81-3-3501-1511.", []),
        ("ja", "문의: 홍보팀 02-2100-1234", "お問い合わせ：広報チーム電話02-2100-1234", []),
        # ... and changed
        (
            "en",
            "新薬SKR-207の承認を申請しました。",
            "It filed for approval of SKR-270.",
            [("PR404", "error")],
        ),
        (
            "en",
            "お問い合わせは電話03-3501-1511まで。",
            "Call +81-3-3501-1151.",
            [("PR404", "error")],
        ),
    ],
)
def test_a_figure_right_after_japanese_words(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # the consolidated cumulative period of a Japanese results summary: the first
        # nine (six, three) months, as the English version says it
        (
            "当第3四半期連結累計期間の売上高は2,415億円となりました。",
            "For the nine months ended December 31, 2026, net sales were ¥241.5 billion.",
            [],
        ),
        (
            "当第2四半期連結累計期間の営業利益は87億円でした。",
            "Operating profit for the six months ended September 30, 2026 was ¥8.7 billion.",
            [],
        ),
        # ... and another period
        (
            "当第3四半期連結累計期間の売上高は2,415億円となりました。",
            "For the six months ended September 30, 2026, net sales were ¥241.5 billion.",
            [("PR404", "error")],
        ),
    ],
)
def test_a_cumulative_quarter_said_in_months(
    msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), "en", msgid, msgstr) == findings


def _person(en: str, ja: str, ko: str) -> Entry:
    return Entry(f"person:{en}", Kind.PERSON, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


@pytest.fixture(scope="module")
def korean_executives() -> Glossary:
    """Two Korean executives, their names in katakana in Japanese: one family name of one
    letter ('ソ'), one of two ('チョン')."""
    return Glossary(
        [
            _person("Seo Minjae", "ソ・ミンジェ", "서민재"),
            _person("Jung Hyunwoo", "チョン・ヒョンウ", "정현우"),
        ]
    )


_SEO_IN_FULL = {
    "ja": ("서민재 미래세미콘 대표가 참석했다.", "ミレセミコンのソ・ミンジェ代表が出席しました。"),
    "en": (
        "ミレセミコンのソ・ミンジェ代表が出席しました。",
        "Seo Minjae, CEO of Mirae Semicon, attended.",
    ),
}


@pytest.mark.parametrize(
    ("locale", "later", "found"),
    [
        # named in full once, then by a family name of one katakana letter and a title
        ("ja", ("서민재 대표는 계획을 설명했다.", "ソ代表は計画を説明しました。"), []),
        ("ja", ("서민재 대표는 계획을 설명했다.", "ソ社長は計画を説明しました。"), []),
        ("en", ("ソ代表は計画を説明しました。", "Seo explained the plan."), []),
        # ... another person's family name, or the letter alone
        (
            "ja",
            ("서민재 대표는 계획을 설명했다.", "チョン代表は計画を説明しました。"),
            [(2, "PR401")],
        ),
        ("ja", ("서민재 대표는 계획을 설명했다.", "ソは計画を説明しました。"), [(2, "PR401")]),
        ("en", ("ソ代表は計画を説明しました。", "Jung explained the plan."), [(2, "PR401")]),
        # a word that starts with the letter is no name
        ("en", ("ソフトウェアを開発しました。", "It developed the software."), []),
    ],
)
def test_a_korean_family_name_of_one_katakana_letter(
    korean_executives: Glossary,
    locale: str,
    later: tuple[str, str],
    found: list[tuple[int, str]],
) -> None:
    entries = [_SEO_IN_FULL[locale], later]
    assert _check_catalog(korean_executives, locale, entries) == found


def _title(en: str, ja: str, ko: str) -> Entry:
    return Entry(f"title:{en}", Kind.TITLE, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


@pytest.fixture(scope="module")
def titles() -> Glossary:
    return Glossary(
        [
            _title("Executive Officer", "執行役員", "집행임원"),
            _title("Managing Executive Officer", "常務執行役員", "상무집행임원"),
            _title("President", "社長", "사장"),
            _title(
                "Minister of Science and ICT", "科学技術情報通信部長官", "과학기술정보통신부 장관"
            ),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the approved title inside one of another rank the source does not say
        (
            "ko",
            "当社執行役員の石川が就任します。",
            "당사 상무집행임원인 이시카와가 취임합니다.",
            [("PR401", "error")],
        ),
        (
            "en",
            "常務執行役員に就任します。",
            "He will become Senior Managing Executive Officer.",
            [("PR401", "error")],
        ),
        ("ja", "사장으로 취임한다.", "副社長に就任します。", [("PR401", "error")]),
        (
            "en",
            "과학기술정보통신부 장관은 이같이 말했다.",
            "The Vice Minister of Science and ICT said so.",
            [("PR401", "error")],
        ),
        # the title as it is, or a rank the source says itself
        ("ko", "当社執行役員の石川が就任します。", "당사 집행임원인 이시카와가 취임합니다.", []),
        ("en", "上席執行役員に就任します。", "He will become Senior Executive Officer.", []),
        ("en", "前社長が出席した。", "The former President attended.", []),
        ("en", "常務執行役員に就任します。", "He will become Managing Executive Officer.", []),
        # both ranks, each where the source says it
        (
            "ko",
            "常務執行役員の石川と執行役員の松田が就任します。",
            "상무집행임원인 이시카와와 집행임원인 마쓰다가 취임합니다.",
            [],
        ),
        # 본부 is no rank: a 부 must start the word
        ("ko", "本部の社長室が担当します。", "본부사장실이 담당합니다.", []),
    ],
)
def test_a_title_of_another_rank(
    titles: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(titles, locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # an address inside a longer one is another address
        ("広報部 pr@kotobuki.example", "홍보부 pr@kotobuki.example.kr", [("PR405", "error")]),
        ("広報部 pr@kotobuki.exampleまで", "홍보부 kpr@kotobuki.example으로", [("PR405", "error")]),
        (
            "詳細は https://kotobuki.example/ir/tob2026 へ",
            "https://kotobuki.example/ir/tob20261 참조",
            [("PR405", "error")],
        ),
        # ... but the same address glued to Korean, with a slash or a language added
        ("広報部 pr@kotobuki.exampleまで", "홍보부 pr@kotobuki.example으로", []),
        ("詳細は https://kotobuki.example/ir へ", "https://kotobuki.example/ir/ 참조", []),
        ("詳細は https://kotobuki.example/ir/ へ", "https://kotobuki.example/ir/?lang=ko 참조", []),
        ("詳細はwww.kotobuki.exampleへ", "https://www.kotobuki.example에서 확인", []),
    ],
)
def test_an_address_inside_a_longer_one(
    msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), "ko", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # the day a Korean or Japanese release gives alone, as English says it: the 14th
        ("과기정통부는 14일 방안을 발표했다.", "The ministry announced the plan on the 14th.", []),
        (
            "다음 달 2일부터 30일까지 신청할 수 있다.",
            "Companies may apply from the 2nd to the 30th of next month.",
            [],
        ),
        ("同社は17日、新工場を発表した。", "On the 17th, the company announced a new plant.", []),
        # ... another day
        (
            "과기정통부는 14일 방안을 발표했다.",
            "The ministry announced the plan on the 4th.",
            [("PR404", "error")],
        ),
        (
            "다음 달 2일부터 30일까지 신청할 수 있다.",
            "Companies may apply from the 2nd to the 20th of next month.",
            [("PR404", "error")],
        ),
        # ... with its month after it
        ("同社は11月12日に説明会を開く。", "It will hold a briefing on the 12th of November.", []),
        (
            "同社は11月12日に説明会を開く。",
            "It will hold a briefing on the 12th of November for analysts.",
            [],
        ),
        (
            "同社は12月12日に説明会を開く。",
            "It will hold a briefing on the 12th of November.",
            [("PR404", "error")],
        ),
        # an ordinal before a noun counts in order: no day
        ("창립 10주년을 맞았다.", "It marked the 10th anniversary of its founding.", []),
    ],
)
def test_a_day_of_the_month_as_an_english_ordinal(
    msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), "en", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the change word before what it changes, the figure after 'by'
        (
            "ko",
            "It reduced HbA1c by 1.3 percentage points from baseline.",
            "당화혈색소(HbA1c)는 기저치 대비 1.3%포인트 높아졌다.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "It will cut its CO2 emissions by 30%.",
            "CO2排出量を30％増やす。",
            [("PR404", "error")],
        ),
        (
            "ko",
            "It reduced HbA1c by 1.3 percentage points from baseline.",
            "당화혈색소(HbA1c)는 기저치 대비 1.3%포인트 낮아졌다.",
            [],
        ),
        ("ja", "It will cut its CO2 emissions by 30%.", "CO2排出量を30％削減する。", []),
        ("ja", "It will raise the share of exports by 5%.", "輸出比率を5％引き上げる。", []),
    ],
)
def test_a_change_said_before_what_it_changes(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # 海外 (abroad), 社外, 해외에 are no negation: a negation added or dropped beside
        # them is still seen
        (
            "ko",
            "韓国は当社にとって最も重要な海外市場の一つです。",
            "한국은 당사에 가장 중요한 해외 시장 중 하나가 아니다.",
            [("PR410", "warning")],
        ),
        (
            "ko",
            "本製品は海外では販売しません。",
            "본 제품은 해외에서도 판매합니다.",
            [("PR410", "warning")],
        ),
        ("ko", "韓国は当社にとって重要な海外市場です。", "한국은 당사에 중요한 해외 시장이다.", []),
        ("ko", "本製品は海外では販売しません。", "본 제품은 해외에서는 판매하지 않습니다.", []),
        # a Korean request not to do something is a negation
        (
            "ko",
            "It recommends that shareholders tender their shares.",
            "주주들에게 응모하지 말 것을 권고했다.",
            [("PR410", "warning")],
        ),
        ("ko", "Do not use it for other purposes.", "다른 용도로 사용하지 마십시오.", []),
        (
            "en",
            "다른 용도로 사용하지 마십시오.",
            "Use it for other purposes.",
            [("PR410", "warning")],
        ),
        # (a negation said otherwise, outside a scope, still counts)
        ("ja", "Do not use it for unintended purposes.", "想定外の用途には使用できます。", []),
    ],
)
def test_negation_beside_words_of_abroad_and_requests(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


def _org(en: str, ja: str, ko: str) -> Entry:
    return Entry(f"org:{en}", Kind.ORG, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


@pytest.fixture(scope="module")
def group() -> Glossary:
    """A Japanese parent and its Korean subsidiary, each in full and by its short name."""
    return Glossary(
        [
            _org(
                "Kotobuki Holdings Co., Ltd.",
                "寿ホールディングス株式会社",
                "고토부키홀딩스 주식회사",
            ),
            _org("Kotobuki Holdings", "寿ホールディングス", "고토부키홀딩스"),
            _org("Kotobuki Korea Co., Ltd.", "寿コリア株式会社", "고토부키코리아 주식회사"),
            _org("Kotobuki Korea", "寿コリア", "고토부키코리아"),
        ]
    )


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the short form of the company the source names, defined for another one
        (
            "ko",
            "新会社は寿コリア株式会社（以下「寿コリア」）とします。",
            "신설 법인은 고토부키홀딩스 주식회사(이하 '고토부키코리아')로 합니다.",
            [("PR401", "error")],
        ),
        (
            "en",
            "신설 법인은 고토부키코리아 주식회사(이하 '고토부키코리아')이다.",
            r"The new company is Kotobuki Holdings Co., Ltd. (\"Kotobuki Korea\").",
            [("PR401", "error")],
        ),
        # ... for the right one, or a form of the translator's own
        (
            "ko",
            "新会社は寿コリア株式会社（以下「寿コリア」）とします。",
            "신설 법인은 고토부키코리아 주식회사(이하 '고토부키코리아')로 합니다.",
            [],
        ),
        (
            "en",
            "当社（以下「寿HD」）は子会社を設立します。",
            r"Kotobuki Holdings Co., Ltd. (the \"Company\") will establish a subsidiary.",
            [],
        ),
        (
            "ko",
            "当社は寿コリアを設立します。",
            "고토부키홀딩스(이하 '당사')는 고토부키코리아를 설립합니다.",
            [],
        ),
    ],
)
def test_a_short_form_defined_for_another_company(
    group: Glossary, locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(group, locale, msgid, msgstr) == findings


@pytest.fixture(scope="module")
def offer() -> Glossary:
    """A buyer and the company it bids for."""
    return Glossary(
        [
            _org(
                "Northgate Capital Partners",
                "ノースゲート・キャピタル・パートナーズ",
                "노스게이트캐피털파트너스",
            ),
            _org("Kiyose Foods Co., Ltd.", "清瀬フーズ株式会社", "기요세푸드 주식회사"),
        ]
    )


_BID = (
    r"Northgate Capital Partners (\"Northgate\") will bid for Kiyose Foods Co., Ltd. "
    r"(TSE Standard: 2931; \"Kiyose Foods\")."
)


@pytest.mark.parametrize(
    ("locale", "msgstr", "findings"),
    [
        # the buyer's short form defined for the company it bids for, after its listing
        (
            "ko",
            "노스게이트캐피털파트너스(이하 '노스게이트')는 기요세푸드 주식회사(도쿄증권거래소 "
            "스탠더드: 2931, 이하 '노스게이트')에 대한 공개매수를 실시한다.",
            [("PR401", "error")],
        ),
        (
            "ja",
            "ノースゲート・キャピタル・パートナーズ（以下「ノースゲート」）は清瀬フーズ株式会社"
            "（以下「ノースゲート」）に対する公開買付けを実施します。",
            [("PR401", "error"), ("PR409", "info")],
        ),
        # each its own, the listing kept or dropped (a routine omission)
        (
            "ko",
            "노스게이트캐피털파트너스(이하 '노스게이트')는 기요세푸드 주식회사(도쿄증권거래소 "
            "스탠더드: 2931, 이하 '기요세푸드')에 대한 공개매수를 실시한다.",
            [],
        ),
        (
            "ja",
            "ノースゲート・キャピタル・パートナーズ（以下「ノースゲート」）は清瀬フーズ株式会社"
            "（以下「対象者」）に対する公開買付けを実施します。",
            [("PR409", "info")],
        ),
    ],
)
def test_the_short_form_of_one_company_defined_for_the_other(
    offer: Glossary, locale: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(offer, locale, _BID, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a month alone: in October is 10月, 10월, or a date of that month
        ("ko", "It will hold a meeting in October.", "10월 임시주주총회를 연다.", []),
        ("ja", "It will hold a meeting in October.", "2026年10月に総会を開く。", []),
        ("en", "10월 임시주주총회를 연다.", "It will hold a meeting in October.", []),
        ("en", "10月に総会を開く。", "October will see the meeting.", []),
        ("en", "4～6月の売上高が伸びた。", "Sales grew in April-June.", []),
        ("en", "3月期決算を発表した。", "It announced its results for the year ended March.", []),
        ("ko", "It may launch the service.", "서비스를 출시할 수 있다.", []),
        # ... another month
        (
            "ko",
            "It will hold a meeting in October.",
            "11월 임시주주총회를 연다.",
            [("PR404", "error")],
        ),
        (
            "en",
            "10월 임시주주총회를 연다.",
            "It will hold a meeting in November.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "The game launches in mid-March.",
            "本作は4月中旬に配信開始。",
            [("PR404", "error")],
        ),
    ],
)
def test_a_month_alone(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # the level a share goes to, with its change after it
        (
            "ko",
            "海外売上高比率を28%から40%に引き上げます。",
            "해외 매출 비중을 28%에서 40%로 낮춥니다.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "해외 매출 비중을 40%까지 확대한다.",
            "海外売上高比率を40％まで縮小する。",
            [("PR404", "error")],
        ),
        (
            "ko",
            "海外売上高比率を28%から40%に引き上げます。",
            "해외 매출 비중을 28%에서 40%로 높입니다.",
            [],
        ),
        ("ja", "해외 매출 비중을 40%까지 확대한다.", "海外売上高比率を40％へ引き上げる。", []),
    ],
)
def test_a_change_to_a_level(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a figure bounded the other way: at least as at most
        (
            "ko",
            "配当性向40%以上を維持します。",
            "배당성향 40% 이하를 유지합니다.",
            [("PR404", "error")],
        ),
        (
            "ja",
            "Applications are accepted within 30 days.",
            "申請は30日以上受け付けます。",
            [("PR404", "error")],
        ),
        (
            "en",
            "매장 1,200곳 이상에서 쓸 수 있다.",
            "It can be used at up to 1,200 stores.",
            [("PR404", "error")],
        ),
        # ... the same way, said otherwise
        ("ko", "配当性向40%以上を維持します。", "배당성향 40% 이상을 유지합니다.", []),
        ("ja", "Applications are accepted within 30 days.", "申請は30日以内に受け付けます。", []),
        (
            "en",
            "매장 1,200곳 이상에서 쓸 수 있다.",
            "It can be used at more than 1,200 stores.",
            [],
        ),
        (
            "ja",
            "More than 2,500 people work there, 40% or more of them abroad.",
            "2,500人超が働き、その40％以上が海外勤務です。",
            [],
        ),
        (
            "ko",
            "Each project may receive up to 50% of its costs.",
            "사업당 비용의 최대 50%를 지원한다.",
            [],
        ),
    ],
)
def test_a_figure_bounded_the_other_way(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # Japanese left in a Korean translation: kana with its kanji
        (
            "手数料は当面無料とし、年間取扱高の拡大を目指します。",
            "수수료는 당분간 무료로 하며, 年間取扱高の拡大を目指します。",
            [("PR408", "warning")],
        ),
        # ... not a word in hanja, a katakana name, or the original name in brackets
        ("日本政府は支援策を発表した。", "日 정부는 지원책을 발표했다.", []),
        ("新店舗「ダオンストア」を開きます。", "신규 매장 'ダオンストア'를 엽니다.", []),
        (
            "新商品「ほっとひといき」を発売します。",
            "신상품 '홋토히토이키(ほっとひといき)'를 출시합니다.",
            [],
        ),
    ],
)
def test_japanese_left_in_a_korean_translation(
    msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), "ko", msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a formula or a lab value named in words: a designation left out, no number missing
        (
            "ko",
            "It will cut its CO2 emissions by 30%.",
            "이산화탄소 배출량을 30% 줄인다.",
            [("PR409", "info")],
        ),
        (
            "ja",
            "HbA1c fell by 1.3 points.",
            "血糖値の指標が1.3ポイント低下した。",
            [("PR409", "info")],
        ),
        ("ja", "It will cut its CO2 emissions by 30%.", "CO2排出量を30％削減する。", []),
        # ... or changed
        ("ko", "The Galaxy S24 sold well.", "갤럭시 S25가 잘 팔렸다.", [("PR404", "error")]),
        ("ja", "PM2.5 levels fell.", "PM10の濃度が下がった。", [("PR404", "error")]),
    ],
)
def test_a_designation_with_its_digits_after_its_letters(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings
