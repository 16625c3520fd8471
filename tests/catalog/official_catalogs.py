"""Catalogs written in the style of official bilingual releases (used by tests and the
translation-check benchmark).

Each entry is (msgid, clean msgstr, planted msgstr or None, expected). The clean
translations do what official translators do: define their own short forms
(以下「武田薬品」, 이하 '다케다'), drop stock codes, the dateline and the wire
timestamp, say 2026年3月期 for "fiscal year ended March 31, 2026", keep an English
programme name in brackets, use era years, number words and full-width digits.
``expected`` lists the findings the clean translation must give (warnings for what
it routinely leaves out, as the source writes each item); a planted msgstr carries
one real error, whose code is ``planted_code``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Pair:
    msgid: str
    clean: str
    planted: str | None = None
    planted_code: str | None = None
    expected: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (code, found)


JA: tuple[Pair, ...] = (
    Pair(
        "Takeda and iPark Institute Launch Open Innovation Program at Shonan iPark",
        "武田薬品とアイパークインスティチュート、湘南アイパークでオープンイノベーション"
        "プログラムを開始",
    ),
    Pair(
        "OSAKA, Japan, April 22, 2024 /PRNewswire/ -- Takeda Pharmaceutical Company Limited "
        '(TSE:4502/NYSE:TAK) ("Takeda") today announced that it will launch a new open '
        "innovation program with iPark Institute Co., Ltd.",
        "武田薬品工業株式会社（本社：大阪市中央区、以下「武田薬品」）は本日、"
        "アイパークインスティチュート株式会社と新たなオープンイノベーションプログラムを"
        "開始することを発表しました。",
        expected=(("PR409", "April 22, 2024"), ("PR409", "(TSE:4502/NYSE:TAK)")),
    ),
    Pair(
        "Apr 22, 2024 7:00 AM ET",
        "2024年4月22日",
        expected=(("PR409", "7:00 AM ET"),),
    ),
    Pair(
        "Takeda will invest $120 million in the Shonan iPark Open Innovation Program over the "
        "next three years.",
        "武田薬品は今後3年間で「Shonan iPark Open Innovation Program」に1億2,000万ドルを"
        "投資します。",
        "武田薬品は今後3年間で「Shonan iPark Open Innovation Program」に1億5,000万ドルを"
        "投資します。",
        "PR404",
    ),
    Pair(
        "Takeda's revenue for the fiscal year ended March 31, 2026 was ¥4.58 trillion, and "
        "core operating profit rose 3.5% to ¥1.16 trillion.",
        "武田薬品の2026年3月期の売上収益は4兆5,800億円、コア営業利益は3.5％増の"
        "1兆1,600億円となりました。",
        "武田薬品の2026年3月期の売上収益は4兆8,500億円、コア営業利益は3.5％増の"
        "1兆1,600億円となりました。",
        "PR404",
    ),
    Pair(
        "First-quarter results for fiscal 2025 will be announced on July 31, 2025.",
        "2025年度第1四半期の決算は２０２５年７月３１日に発表する予定です。",
        "2025年度第1四半期の決算は2025年8月31日に発表する予定です。",
        "PR404",
    ),
    Pair(
        "On April 22, 2024, Takeda also opened a new laboratory in Fujisawa City, "
        "Kanagawa Prefecture.",
        "同日、武田薬品は神奈川県藤沢市に新たな研究所を開設しました。",
        expected=(("PR409", "April 22, 2024"),),
    ),
    Pair(
        "Hiroaki Ueno, President, Japan Pharmaceutical Manufacturers Association, gave the "
        "opening address.",
        "日本製薬工業協会 会長 上野 裕明氏が開会の挨拶を述べました。",
        "日本製薬工業協会 会長 上野 博明氏が開会の挨拶を述べました。",
        "PR401",
    ),
    Pair(
        "The park was opened in 2018 by Takeda and has since grown to about 2,000 "
        "researchers from more than 150 organisations.",
        "湘南アイパークは平成30年に武田薬品が開所し、現在では150を超える組織から"
        "約2千人の研究者が集まっています。",
    ),
    Pair(
        "Astellas Pharma Inc. and Daiichi Sankyo Company Limited also joined the program.",
        "アステラス製薬株式会社および第一三共株式会社もプログラムに参加しました。",
    ),
    Pair(
        "Astellas and Daiichi Sankyo will each contribute ¥30 million.",
        "アステラス製薬と第一三共はそれぞれ3千万円を拠出します。",
    ),
    Pair(
        "The program was announced on May 10, 2024 at a meeting held at Shonan iPark.",
        "本プログラムは令和6年5月10日、湘南アイパークで開催された会合で発表されました。",
        "本プログラムは令和6年5月17日、湘南アイパークで開催された会合で発表されました。",
        "PR404",
    ),
    Pair(
        "For more information, visit https://www.shonan-ipark.com/en/news/.",
        "詳細はhttps://www.shonan-ipark.com/en/news/をご覧ください。",
        "詳細はhttps://www.shonan-ipark.com.example.net/en/news/をご覧ください。",
        "PR405",
    ),
    Pair(
        "Media contact: pr@shonan-ipark.com",
        "報道関係者お問い合わせ先：pr@shonan-ipark.com",
    ),
)

KO: tuple[Pair, ...] = (
    Pair(
        "TOKYO, April 22, 2024 - Takeda Pharmaceutical Company Limited (TSE:4502/NYSE:TAK) "
        '(hereafter "Takeda") announced a KRW 1.2 trillion investment in Korea.',
        "다케다제약(이하 '다케다')은 한국에 1조 2천억 원을 투자한다고 발표했다.",
        "다케다제약(이하 '다케다')은 한국에 1조 3천억 원을 투자한다고 발표했다.",
        "PR404",
        expected=(("PR409", "April 22, 2024"), ("PR409", "(TSE:4502/NYSE:TAK)")),
    ),
    Pair(
        "Takeda expects revenue for fiscal 2025 to grow by 5%.",
        "다케다는 2025 회계연도 매출이 5% 증가할 것으로 예상한다.",
        "다케다는 2026 회계연도 매출이 5% 증가할 것으로 예상한다.",
        "PR404",
    ),
    Pair(
        "The Ministry of SMEs and Startups selected 30 startups for the program on May 10, 2024.",
        "중소벤처기업부는 2024년 5월 10일 이 프로그램에 참여할 스타트업 30곳을 선정했다.",
        "중소기업부는 2024년 5월 10일 이 프로그램에 참여할 스타트업 30곳을 선정했다.",
        "PR401",
    ),
    Pair(
        "Registration is open at https://www.shonan-ipark.com/en/events/.",
        "등록은 https://www.shonan-ipark.com/en/events/ 에서 할 수 있다.",
        "등록은 https://www.shonan-ipark.co/en/events/ 에서 할 수 있다.",
        "PR405",
    ),
    Pair(
        "About 2,000 researchers work at Shonan iPark.",
        "쇼난 아이파크에서는 약 2천 명의 연구자가 일한다.",
    ),
)


def po_text(locale: str, pairs: tuple[Pair, ...], *, planted: bool) -> str:
    """The catalog of ``pairs`` (planted translations where ``planted``), as msgfmt reads it."""
    from babel.messages.catalog import Catalog

    from prlocalize.catalog.io import catalog_text

    catalog = Catalog(
        locale=locale,
        domain="release",
        fuzzy=False,
        revision_date=dt.datetime(2024, 4, 22, 9, 0, tzinfo=dt.UTC),
        language_team=locale,
    )
    catalog.last_translator = "Corporate Communications <pr@example.com>"
    for pair in pairs:
        catalog.add(pair.msgid, pair.planted if planted and pair.planted else pair.clean)
    for message in catalog:
        message.flags.discard("python-format")
    return catalog_text(catalog)


def write_po(path: Path, locale: str, pairs: tuple[Pair, ...], *, planted: bool) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(locale, pairs, planted=planted), encoding="utf-8")
    return path
