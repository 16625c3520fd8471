# ruff: noqa: E501  (release paragraphs are one line each, as in the files)
"""Bilingual releases written for the aligner's tests and benchmark, with their true alignment.

Each pair is two versions of one invented release. ``beads`` lists every true pair of
sentences (source sentences, target sentences), one list entry per bead; sentences a
side leaves out have no bead. They cover what translators do: split and merge
sentences, drop a paragraph, put list items in another order, stop before the end.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoldPair:
    name: str
    source_lang: str
    target_lang: str
    source_name: str  # file name (its suffix picks the reader)
    target_name: str
    source: str
    target: str
    beads: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


def _b(*pairs: tuple[tuple[str, ...] | str, tuple[str, ...] | str]) -> tuple:
    return tuple(
        ((s,) if isinstance(s, str) else tuple(s), (t,) if isinstance(t, str) else tuple(t))
        for s, t in pairs
    )


# --------------------------------------------------------------------- en → ja (text)
# split (1-2), merge (2-1), a dropped paragraph (the US-only investor note)

EN_JA_LAUNCH = GoldPair(
    "en-ja-launch",
    "en",
    "ja",
    "launch.en.txt",
    "launch.ja.txt",
    """Nordlicht Robotics Launches the Kestrel K2 Warehouse Robot

TOKYO, March 4, 2025 -- Nordlicht Robotics K.K. today announced the Kestrel K2, a picking robot for mid-sized warehouses.

The Kestrel K2 lifts up to 35 kg and runs for 11 hours on one charge. It costs 30% less to operate than the first model.

Orders open on April 1, 2025, and the first units ship in June. The list price is 4.8 million yen per unit.

"Our customers asked for a robot that fits an existing aisle," said Mirela Vasquez, CEO of Nordlicht Robotics. "The K2 does exactly that."

Investors in the United States can find the filing at https://ir.nordlicht.example/filings. This note does not apply to readers in Japan.

The K2 will be shown at LogiTech Expo in Osaka from May 20 to May 22.

Media contact: Aiko Brandt, press@nordlicht.example
""",
    """Nordlicht Robotics、倉庫ロボット「Kestrel K2」を発売

東京、2025年3月4日 -- Nordlicht Robotics株式会社は本日、中規模倉庫向けのピッキングロボット「Kestrel K2」を発表しました。

Kestrel K2は最大35 kgを持ち上げ、1回の充電で11時間稼働し、運用コストは初代モデルより30%低くなっています。

受注は2025年4月1日に開始します。初回出荷は6月の予定です。希望小売価格は1台480万円です。

「お客様が求めていたのは既存の通路に収まるロボットでした」とNordlicht RoboticsのCEO、ミレラ・バスケスは述べています。「K2はまさにそれを実現します」

K2は5月20日から22日まで大阪で開催されるLogiTech Expoに出展されます。

報道関係のお問い合わせ：アイコ・ブラント、press@nordlicht.example
""",
    _b(
        (
            "Nordlicht Robotics Launches the Kestrel K2 Warehouse Robot",
            "Nordlicht Robotics、倉庫ロボット「Kestrel K2」を発売",
        ),
        (
            "TOKYO, March 4, 2025 -- Nordlicht Robotics K.K. today announced the Kestrel K2, "
            "a picking robot for mid-sized warehouses.",
            "東京、2025年3月4日 -- Nordlicht Robotics株式会社は本日、中規模倉庫向けの"
            "ピッキングロボット「Kestrel K2」を発表しました。",
        ),
        (
            (
                "The Kestrel K2 lifts up to 35 kg and runs for 11 hours on one charge.",
                "It costs 30% less to operate than the first model.",
            ),
            "Kestrel K2は最大35 kgを持ち上げ、1回の充電で11時間稼働し、"
            "運用コストは初代モデルより30%低くなっています。",
        ),
        (
            "Orders open on April 1, 2025, and the first units ship in June.",
            ("受注は2025年4月1日に開始します。", "初回出荷は6月の予定です。"),
        ),
        ("The list price is 4.8 million yen per unit.", "希望小売価格は1台480万円です。"),
        (
            '"Our customers asked for a robot that fits an existing aisle," said '
            "Mirela Vasquez, CEO of Nordlicht Robotics.",
            "「お客様が求めていたのは既存の通路に収まるロボットでした」と"
            "Nordlicht RoboticsのCEO、ミレラ・バスケスは述べています。",
        ),
        ('"The K2 does exactly that."', "「K2はまさにそれを実現します」"),
        (
            "The K2 will be shown at LogiTech Expo in Osaka from May 20 to May 22.",
            "K2は5月20日から22日まで大阪で開催されるLogiTech Expoに出展されます。",
        ),
        (
            "Media contact: Aiko Brandt, press@nordlicht.example",
            "報道関係のお問い合わせ：アイコ・ブラント、press@nordlicht.example",
        ),
    ),
)

# --------------------------------------------------------------------- en → ja (Markdown → HTML)
# list items in another order, mismatched formats

EN_JA_FORUM = GoldPair(
    "en-ja-forum",
    "en",
    "ja",
    "forum.en.md",
    "forum.ja.html",
    """# Harbor City Hosts the 2025 Coastal Energy Forum

Harbor City will host the Coastal Energy Forum on October 8, 2025. More than 400 engineers and officials are expected.

## Speakers

- Dr. Hana Ilves, Director, Baltic Offshore Wind Institute
- Kenji Morioka, Chief Engineer, Setouchi Tidal Power
- Ruth Adebayo, Mayor of Harbor City
- Tomas Lindqvist, Head of Grid Planning, Nordgrid AB

## Programme

The morning session covers floating wind turbines. The afternoon session is about storage and grid links.

Registration closes on September 15. Tickets cost 12,000 yen, and students attend for free.

More information: https://coastal-forum.example/2025
""",
    """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>ハーバーシティ、2025年沿岸エネルギーフォーラムを開催</title></head>
<body>
<h1>ハーバーシティ、2025年沿岸エネルギーフォーラムを開催</h1>
<p>ハーバーシティは2025年10月8日、沿岸エネルギーフォーラムを開催します。技術者や行政関係者など400名以上の参加を見込んでいます。</p>
<h2>登壇者</h2>
<ul>
<li>ルース・アデバヨ（ハーバーシティ市長）</li>
<li>ハナ・イルヴェス博士（Baltic Offshore Wind Institute所長）</li>
<li>トーマス・リンドクヴィスト（Nordgrid AB 系統計画部長）</li>
<li>森岡 健二（瀬戸内潮力発電 チーフエンジニア）</li>
</ul>
<h2>プログラム</h2>
<p>午前の部では浮体式風力発電を取り上げます。午後の部では蓄電と系統連系について議論します。</p>
<p>参加登録の締め切りは9月15日です。参加費は12,000円で、学生は無料です。</p>
<p>詳細：<a href="https://coastal-forum.example/2025">https://coastal-forum.example/2025</a></p>
</body>
</html>
""",
    _b(
        (
            "Harbor City Hosts the 2025 Coastal Energy Forum",
            "ハーバーシティ、2025年沿岸エネルギーフォーラムを開催",
        ),
        (
            "Harbor City will host the Coastal Energy Forum on October 8, 2025.",
            "ハーバーシティは2025年10月8日、沿岸エネルギーフォーラムを開催します。",
        ),
        (
            "More than 400 engineers and officials are expected.",
            "技術者や行政関係者など400名以上の参加を見込んでいます。",
        ),
        ("Speakers", "登壇者"),
        (
            "Dr. Hana Ilves, Director, Baltic Offshore Wind Institute",
            "ハナ・イルヴェス博士（Baltic Offshore Wind Institute所長）",
        ),
        (
            "Kenji Morioka, Chief Engineer, Setouchi Tidal Power",
            "森岡 健二（瀬戸内潮力発電 チーフエンジニア）",
        ),
        ("Ruth Adebayo, Mayor of Harbor City", "ルース・アデバヨ（ハーバーシティ市長）"),
        (
            "Tomas Lindqvist, Head of Grid Planning, Nordgrid AB",
            "トーマス・リンドクヴィスト（Nordgrid AB 系統計画部長）",
        ),
        ("Programme", "プログラム"),
        (
            "The morning session covers floating wind turbines.",
            "午前の部では浮体式風力発電を取り上げます。",
        ),
        (
            "The afternoon session is about storage and grid links.",
            "午後の部では蓄電と系統連系について議論します。",
        ),
        ("Registration closes on September 15.", "参加登録の締め切りは9月15日です。"),
        (
            "Tickets cost 12,000 yen, and students attend for free.",
            "参加費は12,000円で、学生は無料です。",
        ),
        (
            "More information: https://coastal-forum.example/2025",
            "詳細：https://coastal-forum.example/2025",
        ),
    ),
)

# --------------------------------------------------------------------- en → ko (text)
# a truncated end (the Korean page stops before the background section), a split

EN_KO_GRANT = GoldPair(
    "en-ko-grant",
    "en",
    "ko",
    "grant.en.txt",
    "grant.ko.txt",
    """Ministry Announces 85 Billion Won in Grants for Regional Bio Startups

SEJONG, July 2, 2025 -- The Ministry of Regional Innovation said on Wednesday that it will give 85 billion won in grants to 120 bio startups outside the capital area.

Minister Seo Jiwon announced the programme at a meeting in Daejeon. "Regional startups should not have to move to Seoul to grow," she said.

Each company can receive up to 700 million won over two years. Applications are accepted from July 15 to August 29 at https://grants.mori.example.

The ministry will select the companies in October and announce the results on its website.

Background

The programme was first run in 2023 with a budget of 40 billion won. Since then, 64 companies have received grants.

Contact: Press Office, +82-44-555-0192
""",
    """지역혁신부, 지역 바이오 스타트업에 850억 원 지원

세종, 2025년 7월 2일 -- 지역혁신부는 수요일 수도권 이외 지역의 바이오 스타트업 120개사에 850억 원의 보조금을 지원한다고 밝혔다.

서지원 장관은 대전에서 열린 회의에서 이 사업을 발표했다. 서 장관은 "지역 스타트업이 성장하기 위해 서울로 옮길 필요는 없어야 한다"고 말했다.

기업당 최대 7억 원을 2년에 걸쳐 지원받을 수 있다. 신청은 7월 15일부터 8월 29일까지 https://grants.mori.example 에서 받는다.

지역혁신부는 10월에 지원 기업을 선정한다. 결과는 누리집에 공지한다.
""",
    _b(
        (
            "Ministry Announces 85 Billion Won in Grants for Regional Bio Startups",
            "지역혁신부, 지역 바이오 스타트업에 850억 원 지원",
        ),
        (
            "SEJONG, July 2, 2025 -- The Ministry of Regional Innovation said on Wednesday that "
            "it will give 85 billion won in grants to 120 bio startups outside the capital area.",
            "세종, 2025년 7월 2일 -- 지역혁신부는 수요일 수도권 이외 지역의 바이오 스타트업 "
            "120개사에 850억 원의 보조금을 지원한다고 밝혔다.",
        ),
        (
            "Minister Seo Jiwon announced the programme at a meeting in Daejeon.",
            "서지원 장관은 대전에서 열린 회의에서 이 사업을 발표했다.",
        ),
        (
            '"Regional startups should not have to move to Seoul to grow," she said.',
            '서 장관은 "지역 스타트업이 성장하기 위해 서울로 옮길 필요는 없어야 한다"고 말했다.',
        ),
        (
            "Each company can receive up to 700 million won over two years.",
            "기업당 최대 7억 원을 2년에 걸쳐 지원받을 수 있다.",
        ),
        (
            "Applications are accepted from July 15 to August 29 at https://grants.mori.example.",
            "신청은 7월 15일부터 8월 29일까지 https://grants.mori.example 에서 받는다.",
        ),
        (
            "The ministry will select the companies in October and announce the results on its "
            "website.",
            ("지역혁신부는 10월에 지원 기업을 선정한다.", "결과는 누리집에 공지한다."),
        ),
    ),
)

# --------------------------------------------------------------------- en → ko (HTML → text)
# a merge, a dropped disclaimer paragraph, a roster

EN_KO_PARTNER = GoldPair(
    "en-ko-partner",
    "en",
    "ko",
    "partner.en.html",
    "partner.ko.txt",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Bluefin Pay and Hanul Bank Sign Payments Partnership</title></head>
<body>
<h1>Bluefin Pay and Hanul Bank Sign Payments Partnership</h1>
<p>SEOUL, November 12, 2025 -- Bluefin Pay and Hanul Bank signed a partnership on Tuesday. The two companies will launch a joint QR payment service in the first half of 2026.</p>
<p>The service will be available at 50,000 shops in Seoul and Busan. Fees for small merchants will be capped at 0.8%.</p>
<p>"Paying by phone should be as easy in a market as in a mall," said Julia Brenner, CEO of Bluefin Pay.</p>
<p>This release contains forward-looking statements. Actual results may differ materially.</p>
<p>Signing ceremony attendees:</p>
<ul>
<li>Julia Brenner, CEO, Bluefin Pay</li>
<li>Kang Minseo, President, Hanul Bank</li>
<li>Yoon Taeho, Head of Digital Banking, Hanul Bank</li>
</ul>
</body>
</html>
""",
    """블루핀페이-하늘은행, 결제 제휴 체결

서울, 2025년 11월 12일 -- 블루핀페이와 하늘은행은 화요일 제휴를 맺고 2026년 상반기에 QR 공동 결제 서비스를 출시한다.

이 서비스는 서울과 부산의 가맹점 50,000곳에서 이용할 수 있다. 소상공인 수수료는 0.8%로 제한된다.

블루핀페이의 줄리아 브레너 CEO는 "시장에서도 쇼핑몰처럼 휴대폰으로 쉽게 결제할 수 있어야 한다"고 말했다.

협약식 참석자:

줄리아 브레너, CEO, 블루핀페이
강민서, 은행장, 하늘은행
윤태호, 디지털뱅킹 본부장, 하늘은행
""",
    _b(
        (
            "Bluefin Pay and Hanul Bank Sign Payments Partnership",
            "블루핀페이-하늘은행, 결제 제휴 체결",
        ),
        (
            (
                "SEOUL, November 12, 2025 -- Bluefin Pay and Hanul Bank signed a partnership on "
                "Tuesday.",
                "The two companies will launch a joint QR payment service in the first half of "
                "2026.",
            ),
            "서울, 2025년 11월 12일 -- 블루핀페이와 하늘은행은 화요일 제휴를 맺고 2026년 "
            "상반기에 QR 공동 결제 서비스를 출시한다.",
        ),
        (
            "The service will be available at 50,000 shops in Seoul and Busan.",
            "이 서비스는 서울과 부산의 가맹점 50,000곳에서 이용할 수 있다.",
        ),
        (
            "Fees for small merchants will be capped at 0.8%.",
            "소상공인 수수료는 0.8%로 제한된다.",
        ),
        (
            '"Paying by phone should be as easy in a market as in a mall," said '
            "Julia Brenner, CEO of Bluefin Pay.",
            '블루핀페이의 줄리아 브레너 CEO는 "시장에서도 쇼핑몰처럼 휴대폰으로 쉽게 결제할 수 '
            '있어야 한다"고 말했다.',
        ),
        ("Signing ceremony attendees:", "협약식 참석자:"),
        ("Julia Brenner, CEO, Bluefin Pay", "줄리아 브레너, CEO, 블루핀페이"),
        ("Kang Minseo, President, Hanul Bank", "강민서, 은행장, 하늘은행"),
        (
            "Yoon Taeho, Head of Digital Banking, Hanul Bank",
            "윤태호, 디지털뱅킹 본부장, 하늘은행",
        ),
    ),
)

# --------------------------------------------------------------------- ko → ja (text)
# Korean source: a merge, a split, a dropped paragraph

KO_JA_FESTIVAL = GoldPair(
    "ko-ja-festival",
    "ko",
    "ja",
    "festival.ko.txt",
    "festival.ja.txt",
    """부산국제푸드페스티벌 2025, 9월 개막

부산, 2025년 6월 18일 -- 부산관광공사는 제12회 부산국제푸드페스티벌을 9월 5일부터 7일까지 벡스코에서 개최한다고 밝혔다.

올해 축제에는 15개국 180개 업체가 참가한다. 지난해보다 40곳 늘어난 규모다.

개막식에는 한정우 부산관광공사 사장과 일본 후쿠오카시 관계자가 참석한다. 행사 기간 동안 하루 3회 요리 시연이 열린다.

입장권은 8,000원이며 7월 1일부터 온라인으로 판매한다. 자세한 내용은 https://bff.example.kr 에서 확인할 수 있다.

부산 시민은 신분증을 제시하면 입장료의 50%를 할인받는다.

문의: 부산관광공사 홍보팀 (051-555-0147)
""",
    """釜山国際フードフェスティバル2025、9月に開幕

釜山、2025年6月18日 -- 釜山観光公社は、第12回釜山国際フードフェスティバルを9月5日から7日までBEXCOで開催すると発表しました。今年は15か国から180社が参加し、昨年より40社増えます。

開幕式には釜山観光公社のハン・ジョンウ社長と日本の福岡市の関係者が出席します。会期中は1日3回の料理実演が行われます。

入場券は8,000ウォンです。7月1日からオンラインで販売します。詳細はhttps://bff.example.krでご確認いただけます。

お問い合わせ：釜山観光公社 広報チーム（051-555-0147）
""",
    _b(
        ("부산국제푸드페스티벌 2025, 9월 개막", "釜山国際フードフェスティバル2025、9月に開幕"),
        (
            "부산, 2025년 6월 18일 -- 부산관광공사는 제12회 부산국제푸드페스티벌을 9월 5일부터 "
            "7일까지 벡스코에서 개최한다고 밝혔다.",
            "釜山、2025年6月18日 -- 釜山観光公社は、第12回釜山国際フードフェスティバルを9月5日から"
            "7日までBEXCOで開催すると発表しました。",
        ),
        (
            ("올해 축제에는 15개국 180개 업체가 참가한다.", "지난해보다 40곳 늘어난 규모다."),
            "今年は15か国から180社が参加し、昨年より40社増えます。",
        ),
        (
            "개막식에는 한정우 부산관광공사 사장과 일본 후쿠오카시 관계자가 참석한다.",
            "開幕式には釜山観光公社のハン・ジョンウ社長と日本の福岡市の関係者が出席します。",
        ),
        (
            "행사 기간 동안 하루 3회 요리 시연이 열린다.",
            "会期中は1日3回の料理実演が行われます。",
        ),
        (
            "입장권은 8,000원이며 7월 1일부터 온라인으로 판매한다.",
            ("入場券は8,000ウォンです。", "7月1日からオンラインで販売します。"),
        ),
        (
            "자세한 내용은 https://bff.example.kr 에서 확인할 수 있다.",
            "詳細はhttps://bff.example.krでご確認いただけます。",
        ),
        (
            "문의: 부산관광공사 홍보팀 (051-555-0147)",
            "お問い合わせ：釜山観光公社 広報チーム（051-555-0147）",
        ),
    ),
)

# --------------------------------------------------------------------- ja → en (text)
# Japanese source, English translation: a roster in another order, a split

JA_EN_APPOINT = GoldPair(
    "ja-en-appoint",
    "ja",
    "en",
    "appoint.ja.txt",
    "appoint.en.txt",
    """役員人事に関するお知らせ

2025年2月14日
みなと精機株式会社

みなと精機株式会社（本社：神奈川県横浜市、代表取締役社長：石川 孝之）は、本日開催の取締役会において、下記のとおり役員人事を決議いたしましたので、お知らせいたします。

新任取締役（2025年4月1日付）
石川 孝之（代表取締役会長）
松田 恵美（代表取締役社長）
ダニエル・ハート（取締役 海外事業担当）

松田 恵美は2008年に当社に入社し、2021年から常務取締役として生産部門を統括してまいりました。

本件に関するお問い合わせは、広報部（ir@minato-seiki.example）までお願いいたします。
""",
    """Notice of Changes in Directors

February 14, 2025
Minato Seiki Co., Ltd.

Minato Seiki Co., Ltd. (Head office: Yokohama, Kanagawa; President: Takayuki Ishikawa) announced that its Board of Directors resolved the following changes in directors at its meeting held today.

New directors (effective April 1, 2025)
Emi Matsuda, President and Representative Director
Takayuki Ishikawa, Chairman and Representative Director
Daniel Hart, Director in charge of Overseas Business

Emi Matsuda joined the company in 2008. She has led the production division as Managing Director since 2021.

For inquiries, please contact the Public Relations Department (ir@minato-seiki.example).
""",
    _b(
        ("役員人事に関するお知らせ", "Notice of Changes in Directors"),
        ("2025年2月14日", "February 14, 2025"),
        ("みなと精機株式会社", "Minato Seiki Co., Ltd."),
        (
            "みなと精機株式会社（本社：神奈川県横浜市、代表取締役社長：石川 孝之）は、本日開催の"
            "取締役会において、下記のとおり役員人事を決議いたしましたので、お知らせいたします。",
            "Minato Seiki Co., Ltd. (Head office: Yokohama, Kanagawa; President: Takayuki "
            "Ishikawa) announced that its Board of Directors resolved the following changes in "
            "directors at its meeting held today.",
        ),
        ("新任取締役（2025年4月1日付）", "New directors (effective April 1, 2025)"),
        (
            "石川 孝之（代表取締役会長）",
            "Takayuki Ishikawa, Chairman and Representative Director",
        ),
        ("松田 恵美（代表取締役社長）", "Emi Matsuda, President and Representative Director"),
        (
            "ダニエル・ハート（取締役 海外事業担当）",
            "Daniel Hart, Director in charge of Overseas Business",
        ),
        (
            "松田 恵美は2008年に当社に入社し、2021年から常務取締役として生産部門を統括してまいりました。",
            (
                "Emi Matsuda joined the company in 2008.",
                "She has led the production division as Managing Director since 2021.",
            ),
        ),
        (
            "本件に関するお問い合わせは、広報部（ir@minato-seiki.example）までお願いいたします。",
            "For inquiries, please contact the Public Relations Department "
            "(ir@minato-seiki.example).",
        ),
    ),
)

GOLD_PAIRS = (EN_JA_LAUNCH, EN_JA_FORUM, EN_KO_GRANT, EN_KO_PARTNER, KO_JA_FESTIVAL, JA_EN_APPOINT)
