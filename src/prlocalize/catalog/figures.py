"""prlocalize.catalog.figures
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The figures of a msgid and its msgstr as *items*, each as the text writes it and
compared by what it means, so that a translation check can tell a figure that was
changed (a reader is misled) from one that was left out, and a routinely dropped
item (a stock code, a wire timestamp, a dateline's date) from the rest.

Items: dates ("April 22, 2024", "2024年4月22日", "令和6年4月22日", "2024년 4월 22일",
"25.11.03", "11.3(월)"),
fiscal periods ("fiscal year ended March 31, 2026" = "2026年3月期" = "FY2025" =
"2025年度" = "2025 회계연도"), quarters ("Q1", "first quarter", "第1四半期", "1분기"),
ranges of days ("June 2-4, 2027" = "2027年6月2日～4日" = "2027년 6월 2~4일"),
stock codes ("(TSE: 4502)", "(NYSE: TAK)", "（東証プライム：4502）"), telephone numbers
by their national number ("+81-3-1234-5678" = "03-1234-5678"), conversions into another
currency in brackets ("(approximately US$8 million)", routinely dropped), times with a
time zone (a wire timestamp), half years ("H1 2025" = "2025年上半期" = "2025년 상반기"),
designations with a number ("COVID-19", which a translation may name in words: routinely
dropped), shares in tenths ("3割" = 30%) and every other number, by value: digit
grouping, full-width digits, English scale words and Japanese and Korean number words are
read ("1億円", "3千万", "1조 2천억 원", "2万5000", "$1.5 million" = "150万ドル"). Figures of
speech ("24/7", "50/50") are no figures.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from prlocalize.catalog.apparel import colours_named
from prlocalize.catalog.calendar_fiscal_years import fiscal_years_said, may_say_fiscal_years
from prlocalize.catalog.compare import _MONTHS, _TAG_RE, _TIME_RE, CHINESE_NUMBER_WORDS, links
from prlocalize.catalog.intensities import intensities, may_speak_of_intensity
from prlocalize.catalog.listings import market_of, same_market
from prlocalize.catalog.school_grades import grades_renumbered, may_name_grades
from prlocalize.catalog.screens import Screened, first_digit
from prlocalize.catalog.source_readings import remembered
from prlocalize.catalog.spans_converted import may_convert_spans, spans_converted
from prlocalize.catalog.units import converted_starts
from prlocalize.lazy_patterns import lazy_compile

# left out in localisation as a rule (a conversion: "(approximately US$8 million)" after
# an amount in yen, which a Japanese version gives in yen alone; a designation such as
# "COVID-19", which official Japanese writes 新型コロナウイルス感染症)
ROUTINE_KINDS = frozenset({"date", "stock", "timestamp", "conversion", "code"})

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_ERA = r"(?:令和|平成|昭和|大正|明治)\s*(?:元|\d{1,2})"
_YEAR = rf"(?:\d{{4}}|{_ERA})"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# exchanges as the three languages name them: codes and short names, a name ending in
# "Stock Exchange", 証券取引所 or 증권거래소 ("New York Stock Exchange", 名古屋証券取引所,
# 도쿄증권거래소: bounded, so that a pattern stays linear), and the markets of each
# what a listing's code is called where no exchange is named ('(securities code: 2914)',
# '（コード番号：2914　東証プライム）', '(종목코드: 298170)')
_CODE_LABELS = (
    r"[Ss]ecurities\s+[Cc]ode|[Ss]tock\s+[Cc]ode|[Tt]icker(?:\s+[Ss]ymbol)?|"
    r"証券コード|コード番号|銘柄コード|종목\s?코드|종목\s?번호|증권\s?코드"
)
_EXCHANGES = (
    r"TSE|TYO|Tokyo|NYSE|NASDAQ|Nasdaq|KRX|KOSPI|KOSDAQ|JASDAQ|LSE|HKEX|SGX|OTC(?:QX|QB)?|TSX|"
    r"ASX|TOKYO|(?:[A-Z][a-z]+\s+){1,3}Stock\s+Exchange|Korea\s+Exchange|"
    r"東証(?:プライム|スタンダード|グロース|第?[一二12]部)?|[゠-ヿ一-鿿]{1,8}?証券取引所|"
    r"名証|福証|札証|韓国取引所|ナスダック|コスダック|コスピ|"
    r"[가-힣]{1,6}?\s?증권거래소|나스닥|코스피|코스닥|유가증권시장|한국거래소|"
    rf"{_CODE_LABELS}"
)
_MARKET = (
    # Tokyo's markets, and Nagoya's (Premier, Main, Next: '名証メイン')
    r"(?:\s*(?:Prime|Standard|Growth|Premier|Main)(?:\s+Market)?|"
    r"\s?(?:プライム|スタンダード|グロース|プレミア|メイン|ネクスト)|"
    r"\s?(?:프라임|스탠다드|스탠더드|그로스))?(?:\s?(?:市場|시장))?"
)
_LISTING = rf"(?:{_EXCHANGES}){_MARKET}"
# an exchange and a code's label joined: '東証プライム市場・証券コード2914'
_LISTINGS = rf"{_LISTING}(?:\s*・\s*{_LISTING})?"
# a code as Reuters writes it may carry its exchange's suffix: '2914.T', '005930.KS'
_RIC_SUFFIX = r"\.(?:T|KS|KQ|OS|NG|FU|SP)"
_CODE = rf"[0-9A-Z]{{1,6}}(?:{_RIC_SUFFIX})?"
# alone in its bracket ('(2914.T)') or first among its asides ("(4267.T, 이하 '회사')")
_RIC = rf"[（(]\d{{4,6}}{_RIC_SUFFIX}(?:[）)]|(?=\s*[,、;；][^()（）]*[)）]))"
_BARE_EXCHANGES = (
    r"TSE|TYO|NYSE|NASDAQ|Nasdaq|KRX|KOSPI|KOSDAQ|JASDAQ|HKEX|SGX|TSX|ASX|"
    r"東証(?:プライム|スタンダード|グロース|第?[一二12]部)?|ナスダック|名証|"
    rf"나스닥|코스피|코스닥|유가증권시장|{_CODE_LABELS}|"
    # an exchange by its full name, as a Korean or English translation writes '東証'
    # ('(도쿄증권거래소 프라임: 7203, 이하 …)', 'Tokyo Stock Exchange Prime: 7203')
    r"[゠-ヿ一-鿿]{1,8}?証券取引所|[가-힣]{1,6}?\s?증권거래소|한국거래소|韓国取引所|"
    r"(?:[A-Z][a-z]+\s){1,3}Stock\sExchange|Korea\sExchange"
)
_STOCK_RE = lazy_compile(
    # "(TSE: 4502/NYSE: TAK)", "（東証プライム市場：7203）", "(証券コード：1234、東証プライム)"
    rf"[（(]\s*(?:{_LISTINGS}\s*[:：]?\s*{_CODE}\s*(?:[/／,、;；・]|and)?\s*)+"
    rf"(?:{_LISTING}\s*)?[）)]"
    # a listing in running text or among other asides: "NASDAQ: NWRB", "（ナスダック：NWRB、
    # 以下「ノースウィンド」）", "(나스닥: NWRB, 이하 '노스윈드')"; only an exchange's own
    # name (never "Tokyo: 2025")
    rf"|(?<![A-Za-z])(?:{_BARE_EXCHANGES}){_MARKET}\s*[:：]\s*{_CODE}(?![0-9A-Za-z])"
    # ... and without a colon, among a bracket's asides, where the code has its market's
    # shape: four characters in Japan, six digits in Korea ('（証券コード2914、以下…）',
    # '(대표 김민준, 코스닥 298170)'), never an index ('KOSPI 200') or a year
    rf"|(?<![A-Za-z])(?:(?:東証|名証|{_CODE_LABELS}){_MARKET}\s*\d{{3}}[0-9A-Z]"
    rf"|(?:코스닥|코스피|유가증권시장|KRX|KOSPI|KOSDAQ|{_CODE_LABELS}){_MARKET}\s*\d{{6}})"
    r"(?![0-9A-Za-z年月日년월일])(?=\s*[)）]|\s*[,、;；][^()（）]*[)）])"
    # a Korean listing's six digits right after the company's name: "삼성전자(005930)",
    # and as a translation keeps them, "Daeyang Steel (071320)", "大洋製鉄（071320）"; and
    # a code with its exchange's suffix alone in a bracket: "(2914.T)"
    rf"|(?:(?<=[가-힣A-Za-z\u3040-\u30ff\u4e00-\u9fff])|(?<=[A-Za-z] ))[（(]\d{{6}}[)）]|{_RIC}"
)
_ZONES = r"JST|KST|ET|EST|EDT|CT|PT|PST|PDT|GMT|UTC|CET|CEST|BST|HKT|SGT|日本時間|한국시간"
_TIMESTAMP_RE = lazy_compile(
    rf"\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?\s?m\.?\s*)?[（(]?(?:{_ZONES})(?![A-Za-z])[）)]?",
    re.IGNORECASE,
)
# a timetable's mark after an arrival time that it falls a day or two later ('02:20 (+1)',
# '06:05+1', '2時20分（+1日）'): the days, the mark's span in group 'mark'
_DAY_MARK_RE = lazy_compile(
    r"\d{1,2}(?:[:：]\d{2}(?:\s?[ap]\.?\s?m\.?)?|時(?:\d{1,2}分)?|시(?:\s?\d{1,2}분)?)"
    r"(?P<mark>\s?(?:[(（]\s?\+\s?(?P<days>[1-3])\s?(?:days?|日|일)?\s?[)）]"
    r"|\+(?P<bare>[1-3])(?![\d:：]|[.,]\d|\s?\d|\s?(?:h|min|時間|分|시간|분))))",
    re.IGNORECASE,
)
# ... and as a Japanese timetable marks it, before the time ('成田 翌01:55着'): the mark
# of '(+1)', not a word of the prose
_NEXT_DAY_BEFORE = lazy_compile(r"翌(?=\s?\d{1,2}[:：時])")
# the same said in words, as translations write it ('翌日2時20分', '다음 날 02시 20분',
# 'at 2:20 a.m. the next day'): read so that a mark given so is no changed figure, and
# never reported missing itself (a word of the prose, not a timetable's figure)
_DAY_WORDS_RE = lazy_compile(
    r"翌[々翌]日|翌日|翌朝|다음\s?날|익일|이튿날|(?:next|following)\s(?:day|morning)", re.IGNORECASE
)
_DAY_WORD_GATE = lazy_compile("翌|다음|익일|이튿날|next|following", re.IGNORECASE)
# a telephone number, international ('+81-3-1234-5678', '+82 2 123 4567', '+81 (0)3
# 1234 5678', '+1 (212) 555-0100') or national ('03-1234-5678', '(02) 123-4567',
# '0120-123-456'): one item, compared by its national number, as translations write a
# contact's number the local way; a bracket in an international one closes in it
# ('+81-22-555-0700 (9:00-18:00)' is a number and its opening hours)
_PHONE_SEP = r"[\s.\-\u2010-\u2015]"
# Latin letters and digits only: Japanese writes a number or a code right after its
# words ('電話03-3501-1511', '新薬SKR-207の'), and Python's \w takes those in
_ASCII_WORD = "A-Za-z0-9_"
_PHONE_RE = lazy_compile(
    rf"(?<![{_ASCII_WORD}+])\+(?P<cc>\d{{1,3}})(?:\s?\(0\))?"
    rf"(?P<intl>(?:{_PHONE_SEP}?(?:\(\d{{1,5}}\)|\d{{1,5}})){{1,5}})"
    rf"|(?<![{_ASCII_WORD}+.,\-/])(?P<national>\(?0\d{{1,4}}\)?(?:{_PHONE_SEP}?\(?\d{{1,4}}\)?)?"
    rf"{_PHONE_SEP}?\d{{3,4}})(?![\w.,]\d|\d)"
)
# how every match of _PHONE_RE opens (a "0" in "2026" or "10" is none): looked for first
_PHONE_GATE = lazy_compile(rf"(?<![{_ASCII_WORD}+.,\-/])\(?0\d|(?<![{_ASCII_WORD}+])\+\d")
_PHONE_NATIONAL_SEPARATED = lazy_compile(rf"\d[)]?(?:{_PHONE_SEP}|\()\d?|\)\d")
_FISCAL_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        lazy_compile(
            rf"fiscal\s+(?:year|period)\s+end(?:ed|ing)\s+(?:on\s+)?({_MONTH_ALT})\.?"
            rf"(?:\s+\d{{1,2}})?,?\s+(\d{{4}})",
            re.IGNORECASE,
        ),
        "end-en",
    ),
    (lazy_compile(rf"({_YEAR})\s*年\s*(\d{{1,2}})\s*月\s*期"), "end-ja"),
    (lazy_compile(rf"({_YEAR})\s*年\s*度"), "fy"),
    (
        lazy_compile(r"(\d{4})\s*(?:회계\s*연도|회계년도|학년도|년도|사업연도|会計年度|事業年度)"),
        "fy",
    ),
    # a year named by its last month, as Japanese companies' English does: 'FY3/2027',
    # 'FY3/27' (the year ending March 2027), 'FYE3/2027', 'FY2027/3'
    (lazy_compile(r"(?<![A-Za-z])FYE?\s?(\d{1,2})/(\d{4}|\d{2})(?![\d/])"), "end-my"),
    (lazy_compile(r"(?<![A-Za-z])FYE?\s?(\d{4})/(\d{1,2})(?![\d/])"), "end-ym"),
    (lazy_compile(r"(?<![A-Za-z])FY\s?'?(\d{4}|\d{2})(?!\d)"), "fy"),
    (lazy_compile(r"\bfiscal\s+(?:year\s+)?(\d{4})(?!\d)", re.IGNORECASE), "fy"),
    # the year a Korean company closes its accounts for ('2026년 결산배당', '2026년 결산
    # 실적'): its fiscal year, which is the calendar year ('fiscal 2026', '2026年度', 'for 2026')
    (lazy_compile(r"(?<![\d.,])(\d{4})\s?년(?=\s?결산)"), "close"),
    # a school's year: 'the 2026 academic year', 'academic year 2026', 'AY2026'
    (
        lazy_compile(
            r"(?<![\d.,])(\d{4})\s(?:academic|school)\syear\b|"
            r"\b(?:academic|school)\syear\s(\d{4})(?![\d/–-])|(?<![A-Za-z])AY\s?(\d{4})(?!\d)",
            re.IGNORECASE,
        ),
        "ay",
    ),
)
# what a year labels when it is a school's or an award's, which English gives as the
# year alone ('2026年度入学者選抜' as 'the 2026 admissions', '2026年度…賞' as 'the 2026 …
# Award'): no accounts are kept by it, so the calendar year says it too
_SCHOOL_YEAR_AFTER = lazy_compile(
    r"\s?(?:の\s?)?(?:入学|入試|選抜|卒業|募集|学位|新入生|学年|授業|奨学|採択|公募|科研費|"
    r"[^\s、。]{0,12}賞|表彰|신입생|입학|입시|모집|졸업|수시|정시)"
)
# a range of years whose end is written short or whose kind is said once, as medium-term
# plans are named: '2025〜27年度' and '2025~2027회계연도' (fiscal 2025 to fiscal 2027),
# 'FY2025–2027', 'FY2025-27', 'fiscal 2025 to 2027', and a calendar one: '2025〜27年'
_YEAR_RANGE_RE = lazy_compile(
    r"(?P<fy>(?<![A-Za-z])FY\s?|\b[Ff]iscal\s(?:years?\s)?)?(?<![\d.,])(?P<a>(?:19|20)\d\d)\s?"
    r"(?:[〜～~\-–—]|\bto\b|\bthrough\b)\s?(?:FY\s?)?(?P<b>\d{4}|\d\d)(?!\d|[.,]\d)"
    r"(?:\s?(?P<fy2>年\s?度|회계\s?연도|회계년도|년도|사업연도|会計年度|事業年度)|(?P<year>年|년))?"
)
_QUARTER_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![A-Za-z0-9])Q([1-4])(?!\d)|(?<![A-Za-z0-9])([1-4])Q(?![A-Za-z])"),
    re.compile(r"\b(first|second|third|fourth)[\s-]quarter", re.IGNORECASE),
    re.compile(r"第\s*([1-4])\s*四半期"),
    re.compile(r"(?<!\d)([1-4])\s*(?:/\s*4\s*)?분기"),
    # ... and as English names it: "the July–September quarter", "October-December 2025 Quarter"
    re.compile(
        r"\b(January|April|July|October)\s?[-–—~]\s?(March|June|September|December)"
        r"(?=(?:\s\d{4})?\s[Qq]uarter\b)"  # (its year, if any, is read as a year)
    ),
    # a quarter by its months, as Japanese results name it: "10～12月期" (see _month_quarter)
    re.compile(r"(?<!\d)(1|4|7|10)\s*[～~〜\-–]\s*(3|6|9|12)\s*月期"),
)
# the year's last two digits right after a quarter, as results decks and their releases
# write it: "3Q25", "Q3'25", "Q3 ’25" (a plain space and two digits are no year: "Q3 25 stores")
_QUARTER_YEAR = lazy_compile(r"(?:\s?['’])?(\d{2})(?![\d%]|[.,]\d)")
# a half year: "H1 2025", "2H" = "上半期", "上期", "前半", "상반기" (and the second half)
_HALF_EN = lazy_compile(r"(?<![A-Za-z0-9])(?:H([12])|([12])H)(?![A-Za-z0-9])")
# ... and in English words ("first half", "second-half results", "the latter half"): a
# half year only as often as not ("the first half of the programme"), so such an item is
# compared, a half for a half, but never missed when a translation says it otherwise
_HALF_WORDS = lazy_compile(
    r"(?<![A-Za-z])(?:([Ff]irst|1st)|([Ss]econd|2nd|[Ll]atter))[\s-]+[Hh]alf(?![A-Za-z])"
)
# ... but not a half of a match: '前半24分', '後半 45+2分' count minutes of play, and the
# translation says 'the 24th minute' or '전반 24분'
_MATCH_MINUTE = r"(?![ 　]?[0-9０-９]{1,3}分)"
# ... nor the lower or upper part of a range: '30代後半' (in their late thirties), '一桁台
# 後半から10%台前半' (from the high single digits to the low teens)
_NO_RANGE = r"(?<![台代])"
_HALF_CJK = lazy_compile(
    rf"(上半期|上期|上半年|前半期|{_NO_RANGE}前半{_MATCH_MINUTE}|상반기|전반기)"
    rf"|(下半期|下期|下半年|後半期|{_NO_RANGE}後半{_MATCH_MINUTE}|하반기|후반기)"
)
# a designation with a number after a hyphen ("COVID-19", "F-35", "GPT-4"): the name of a
# thing, not a figure; a translation may name it otherwise, and a changed one is still
# a mismatch (English's plural, "two KT-210s", names the same model)
# ... or a model number or SKU in capitals, a letter in any part ('HRV-7200W', 'HB-PW5-GR'):
# a letter changed in it names another product
_CODE_RE = lazy_compile(
    rf"(?<![{_ASCII_WORD}\-])(?:[A-Z][A-Za-z]*-\d+(?![\d.,]?\d)(?:s(?![A-Za-z]))?(?![A-Za-z])"
    rf"|[A-Z]+(?=[A-Z\d-]*\d)(?:-[A-Z\d]+)+(?![{_ASCII_WORD}]|-[A-Za-z\d]|[.,]\d))"
)
# ... and a name with its digits right after its letters: a chemical formula, a lab
# value ("CO2", "PM2.5", "HbA1c", "ISO9001"), which a translation may name in words
# (이산화탄소, 당화혈색소): a designation, not a figure (not an amount in a currency code,
# "USD100", "KRW5000"; nor a letter and its number, "X5", "S24": a model's number)
# a software version after its word ('Ver.2.1.0', 'v1.0.2', 'version 3.2', 'バージョン2.1',
# '버전 2.1.0'): one designation, whose dotted parts are no numbers of their own ('2.1' and
# '0' of 'Ver.2.1.0' were compared apart, and a changed patch number read as '0' for '1')
_VERSION_GATE = lazy_compile(r"[Vv]|バージョン|버전")
_VERSION_RE = lazy_compile(
    r"(?<![A-Za-z0-9])(?:[Vv]er(?:sion)?\.?\s?|[Vv](?=\d)|バージョン\s?|버전\s?)"
    r"(?P<digits>\d{1,3}(?:\.\d{1,4}){1,3})(?![\d.]\d|[A-Za-z0-9])"
)
_GLUED_CODE_RE = lazy_compile(
    r"(?<![A-Za-z0-9_\-./$])(?=[A-Za-z]{2})(?!(?:USD|KRW|JPY|EUR|GBP|CNY|RMB|US|HK|NT)\d)"
    r"[A-Za-z]{0,5}[A-Z][A-Za-z]{0,5}?\d+(?:\.\d+)?(?:[A-Za-z][A-Za-z\d]{0,3})?"
    # not a count of what the letters name ('NGO5団体', 'NPO3法人': five NGOs)
    r"(?![A-Za-z0-9_\-階층]|団体|法人|社|校|機関|人|名|件)"
)
# "1株当たり", "1拠点あたり", "1인당", "1가구당": "per share", "per site", "per person",
# and an allotment's "1株に対して" ("for each share"),
# not a figure one (a counter of a few letters; not "1万円当たり", ten thousand yen); and
# "1日2回", "1일 3회": "twice a day", "1日8便": "eight a day"; a unit in Latin letters too
# ("1cmあたり", "1kWh당": "per cm", "per kWh")
_NOT_COUNTER = r"(?![万億兆千百만억조천백])"
_UNIT = r"[A-Za-z]{1,3}[²³]?|[㎏㎡㎞㎝]"
# one of a counter: of shares, people, nights, and the items a price is given for
_ONE_OF_A_COUNTER = (
    r"1\s?(?:株|人|名|泊|口|個|台|枚|本|冊|部|点|箱|袋|杯|缶|瓶|件|室|食|着|足|回|セット|パック|"
    r"주|인|명|박|개|대|장|병|권|잔|건|실|팩|캔|봉|벌|켤레|회|세트)"
)
# (two such counters make one rate: "1人1泊当たり", "1인 1박당", per person per night)
_PER_ONE = lazy_compile(
    rf"(?<![\d.,])(?:1\s?(?:{_NOT_COUNTER}[一-鿿ァ-ヿ]){{1,3}}?\s?)?"
    rf"1\s?(?:{_UNIT}|(?:{_NOT_COUNTER}[一-鿿ぁ-んァ-ヿ]){{0,3}}?)\s?(?:当たり|あたり|当り|につき|に対し)"
    rf"|(?<![\d.,])(?:1\s?(?:{_NOT_COUNTER}[가-힣]){{1,3}}?\s?)?"
    rf"1\s?(?:{_UNIT}|(?:{_NOT_COUNTER}[가-힣]){{1,3}}?)\s?당"
    r"|(?<![\d.,])1\s?(?:日|일)(?=\s?\d{1,2}\s?(?:回|회))"
    # ... and one call, one use or one session before what each may last or take ('1回5分
    # 以内無料', '1회 최대 10분', '1回最大3GB': 'calls of up to five minutes each'), not an
    # ordinal's ('第1回5月', '제1회')
    r"|(?<![\d.,第제])(?<!第\s)1\s?(?:回|회)(?=\s?(?:最大|約|최대|약)?\s?\d[\d,.]*\s?"
    r"(?:分|秒|時間|분|초|시간|[GMKT]B(?![A-Za-z])))"
    # ... and a count a day of anything ('1日8便', '1日最大2万人', '1일 8편': eight a day),
    # not a date's first ('12月1日8時', '12월 1일 8시': the day, then the hour)
    r"|(?<![\d.,月월])(?<![月월]\s)1\s?(?:日|일)(?=\s?(?:最大|平均|約|최대|평균|약)?\s?"
    r"\d[\d,.]*\s?(?:[万千百만천백]\s?)?(?![時分年月日시분년월일])[一-鿿ぁ-んァ-ヿ가-힣])"
    # ... and one of a counter right before its price, with no word for 'per': '1株1,530円',
    # '1人5,000円', '1주 2,450엔' ('¥1,530 per share'), an item's price as product releases
    # give it ('1個398円', '1台4万5000円', '1개 3,900원': '398 yen each', '每台')
    rf"|(?<![\d.,]){_ONE_OF_A_COUNTER}(?=\s?(?:[¥$₩]|US\$)?\d[\d,.]*\s?"
    r"(?:[万億千百만억천백]\s?(?:\d[\d,.]*\s?)?)*(?:円|ドル|ユーロ|ウォン|원|엔|달러|유로|元))"
    # ... and one person before what each may buy or is given, a shop's limit ('1人2個まで',
    # '1인 2개 한정', '1名様1点限り': 'two per customer', 'one each')
    r"|(?<![\d.,])1\s?(?:人|名|인|명)(?:様|당)?(?=\s?(?:最大|최대)?\s?\d{1,3}\s?"
    r"(?:個|点|本|杯|袋|枚|箱|缶|セット|パック|つ|개|병|잔|봉|세트|팩|장|캔|점))"
    # ... and one of a counter with what it holds in brackets before 'per' ('1봉지(80g)당',
    # '1個（110g）あたり': 'per 80 g bag', 'per cup (110 g)')
    # (the one only: what the brackets hold is a figure of its own)
    rf"|(?<![\d.,])1\s?(?:{_NOT_COUNTER}[一-鿿ァ-ヿ가-힣]){{1,3}}(?=\s?[(（][^()（）]{{1,12}}[)）]\s?"
    r"(?:当たり|あたり|当り|につき|당))"
)
# a trial's phase in Roman numerals ("Phase III", "Phase I/II", "第III相", "第Ⅲ相"),
# as English and Japanese write it where Korean writes "임상 3상": its number; a
# sub-phase's letter after it ("Phase IIb", "第Ib/II相", "第IIa相") is no other number
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4}
_NUMERAL = r"(IV|III|II|I|[ⅠⅡⅢⅣ])"
_PHASE_RE = lazy_compile(
    rf"(?<![A-Za-z])[Pp]hase\s?{_NUMERAL}[ab]?(?:\s?/\s?{_NUMERAL}[ab]?)?(?![A-Za-z])"
    rf"|第\s?{_NUMERAL}[ab]?(?:\s?/\s?{_NUMERAL}[ab]?)?\s?相"
)
# ... and two phases in digits joined by a slash ("Phase 1/2", "1/2a상", "第1/2相"): the
# numbers 1 and 2, not January 2 (nor '1/2 상승', a half rising)
_PHASE_DIGITS_RE = lazy_compile(
    r"(?<![A-Za-z])[Pp]hase\s?(\d)[ab]?\s?/\s?(\d)[ab]?(?![\d/]|[.,]\d)"
    r"|(?<![\d/.,])(\d)[ab]?/(\d)[ab]?상(?![승당반한향])"
    r"|第\s?(\d)[ab]?\s?/\s?(\d)[ab]?\s?相"
)
# an article of a Korean law ('제165조 제3항', '제156조의2'): its number, not a number of
# 조 (10¹²)
# ... also after the law's name without '제' ('관세법 337조', 'Section 337'; not a sum,
# '방법 3조 원')
_KO_ARTICLE = lazy_compile(r"(?:제\s?|(?<=법\s)|(?<=법))(\d{1,4})\s?조(?!\s?[원억만천백십달엔위])")
# the title of the United States Code a section is in ('35 U.S.C. § 271', '15 U.S.C.
# § 1'), which a Japanese or Korean translation says by the law's name ('米国特許法第271
# 条', '미국 특허법 제271조'): no figure to compare
_US_CODE_TITLE = lazy_compile(r"(?<![\d.,])\d{1,2}(?=\s?U\.\s?S\.\s?C\.)")
# an item of an article in lower-case Roman numerals, as English translations of
# Japanese and Korean statutes number it ('第2条第9項第6号' as 'Article 2, paragraph (9),
# item (vi)'; '제45조 제1항 제9호' as 'Article 45(1)(ix)'): its number. Read after 'item'
# or 'items', after a paragraph's bracket ('(1)(ix)') and after an item before it ('items
# (ii) and (iii)'); a list's '(i)' in prose is not read
_STATUTE_ITEM = lazy_compile(
    r"(?:(?<=\bitem\s)|(?<=\bitems\s)|(?<=\))|(?<=\)\sand\s)|(?<=\)\sor\s)|(?<=\),\s))"
    r"\(([ivxl]{1,7})\)"
)
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman_value(numeral: str) -> int:
    """The value of a lower-case Roman numeral ('ix': 9)."""
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


# an exchange rate's one unit of the currency ("1米ドル＝150円", "1달러=1,450원"): English
# says "¥150 to the U.S. dollar", "KRW 1,450 per dollar", with no figure one
_ONE_UNIT_RATE = lazy_compile(
    r"(?<![\d.,])1\s?(?:米ドル|ドル|ユーロ|人民元|元|ポンド|미국\s?달러|달러|유로|위안|파운드)\s?="
)
_ONE_OF_A_COUNTER_GATE = lazy_compile(_ONE_OF_A_COUNTER)
_PER_ONE_WORDS = (
    "たり",
    "当り",
    "につき",
    "に対し",
    "당",
    "回",
    "회",
    "1日",
    "1일",
)  # (its gate, with _ONE_OF_A_COUNTER_GATE for a counter's one: '1株', '1個', '1 주')
# figures of speech, not figures: "24/7" (24時間365日, 연중무휴), "50/50" (折半)
# (a full stop may end the sentence after them: 'open 24/7.')
_IDIOM_RE = lazy_compile(r"(?<![\d/.,:])(?:24\s?[/x×]\s?7|24/365|50\s?[/:-]\s?50)(?![\d/,:]|\.\d)")
# ... and "7 days a week", "365 days a year" (毎日, 年中無休, 연중무휴), with the hours before them
# ("24 hours a day, 7 days a week" is 24/7 and 24時間365日)
_ALWAYS_RE = lazy_compile(
    r"(?<![\d.,])(?:24 [Hh]ours [Aa] [Dd]ay,? (?:and )?)?"
    r"(?:(?:7|[Ss]even) [Dd]ays [Aa] [Ww]eek|365 [Dd]ays [Aa] [Yy]ear)\b"
)
# ... as Japanese and Korean say the same: '24時間365日', '365일 24시간' are 24/7, not figures
_ALWAYS_CJK_RE = lazy_compile(
    r"(?<![\d.,])(?:24\s?(?:時間|시간)\s?[・·]?\s?365\s?[日일]|365\s?[日일]\s?[・·]?\s?24\s?(?:時間|시간))"
)
# a share in tenths: "3割" is 30%, "2割5分" 25%
# half price ('半額', '반값', 'half price', 'half the usual price'): 50% off
_HALF_PRICE_RE = lazy_compile(
    r"半額|半値|반값|반액|"
    r"(?<![A-Za-z])[Hh]alf(?:[- ]price|[- ]off| the (?:regular |usual )?price)\b"
)
_WARI_RE = lazy_compile(r"(?<![\d.,])(\d{1,2})\s?割(?:\s?(\d)\s?分)?")
# yen and sen, as Japanese results give a per-share amount: "182円40銭" is ¥182.40
_SEN_RE = lazy_compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s?円\s?(\d{1,2})\s?銭")
# a race's time in seconds and hundredths, as Japanese and Korean write a record: "9秒98",
# "10초05" are 9.98 and 10.05 seconds, not the numbers 9 and 98 (the digits run on, with no
# space), and "1分45秒30", "1분45초30" are English's "1:45.30"; seconds followed by a count
# ("30秒2回") and a time without hundredths ("1分58秒") are left as they were read
_SPLIT_SECONDS_RE = lazy_compile(
    r"(?<![\d.,])(?:(\d{1,2})\s?[分분]\s?)?(?<![\d.,])(\d{1,2})[秒초](\d{1,2})"
    r"(?![\d.,]|\s?[回度人名本件個つ회번명개차])"
)
# ... and as English writes one over a minute: "1:45.30", one time, not a ratio
_RACE_TIME_EN = lazy_compile(r"(?<![\d.,:])(\d{1,2}):([0-5]\d)\.(\d{1,2})(?![\d,:]|\.\d)")
_FIELD_BEFORE = r"(?:(?<=[:：(（~～–])|(?<=[:：~～–]\s)|^)"
# ... before nothing but punctuation, or, the end of a range of them, before a space
# ('2016.03~2020.02 KAZENE 디자이너', as a career is listed)
_YM = r"(?:19|20)\d\d\.(?:0[1-9]|1[0-2])"
_FIELD_AFTER = rf"(?=\s?(?:$|[)）~～–,/|·])|(?<={_YM}[~～–]{_YM})\s|(?<={_YM} [~～–] {_YM})\s)"
_DATE_RES: tuple[re.Pattern[str], ...] = (
    lazy_compile(
        rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>\d{{4}})(?!\d)"
    ),
    lazy_compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})\.?,?\s+(?P<y>\d{{4}})(?!\d)"),
    lazy_compile(r"(?<![\d.])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d])\.?"),
    lazy_compile(r"(?<![\d.])(?P<y>\d{4})\.\s(?P<m>\d{1,2})\.\s(?P<d>\d{1,2})\.?"),
    lazy_compile(
        rf"(?P<y>{_YEAR})\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월](?:\s*(?P<d>\d{{1,2}})\s*[日일])?"
    ),
    lazy_compile(r"(?<![\d.])(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
    # (a colon after the day ends a programme's date, 'October 7: Arrival'; not a clock's)
    lazy_compile(rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!:?\d)"),
    lazy_compile(rf"\b(?P<m>{_MONTH_ALT})\.?,?\s+(?P<y>\d{{4}})(?!\d)"),
    # the day before the month without a year, as British English writes it ('on
    # Wednesday 3 December', '3 December (Wednesday)'); not the end of a range of days
    # ('2–4 June'), which is left to the numbers
    lazy_compile(
        rf"(?<![\d.,:/–—~-])(?<![–—~-]\s)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?P<m>{_MONTH_ALT})\b(?!\.?,?\s*\d)"
    ),
    # a year and month as Korean company profiles and careers write them ('설립: 1998.04',
    # '1998. 4.', '2016.03~2020.02'): a field's value, after a colon, a bracket or a range's
    # dash and before nothing but one, the month with its zero or the dot after it (a
    # decimal, '2025.12로', '2012.10億円', 'closed at 2025.12.', has neither)
    lazy_compile(rf"{_FIELD_BEFORE}(?P<y>(?:19|20)\d{{2}})\.(?P<m>0[1-9]|1[0-2]){_FIELD_AFTER}"),
    lazy_compile(rf"{_FIELD_BEFORE}(?P<y>(?:19|20)\d{{2}})\.\s(?P<m>1[0-2]|[1-9])\.{_FIELD_AFTER}"),
)
# a date as Korean notices, slides and disclosures write it short, dotted: '25.11.03' and
# "'25.11.3" (the year by its last two digits), and a month and day with the weekday
# after it, '11.3(월)', '11.4（火）' (without it, '11.3' is a decimal and stays one)
_DOTTED_DATE_RE = lazy_compile(
    r"(?<![\w.,'’/:-])['’]?(?P<y>\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?!\d|\.\d)"
    r"|(?<![\w.,/:-])(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})"
    r"(?=\s?[（(][月火水木金土日월화수목금토일](?:曜日?|요일)?[)）])"
)
# a range of days: "June 2-4, 2027", "June 30 to July 2, 2027", "October 14–15" (its
# year left to the context), "2027年6月2日～4日", "6月2～4日", "2027년 6월 2일~4일": two
# dates, the second taking the first's year and month; two days joined by a word
# ("December 12 and 13, 2026", "May 3 or 4, 2027") are read so only with their year:
# without it, "on March 10 and 20 companies" ends in a count
_RANGE_EN = lazy_compile(
    rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\s?(?:[-–—~]|to|through|until)|\s(?P<j>and|or|&))"
    rf"\s?(?:(?P<m2>{_MONTH_ALT})\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,:]?\d)"
    r"(?:(?:,\s*|\s+)(?P<y>\d{4})(?!\d))?"
)
# ... and day first, as British English writes it: "2–4 June", "30 June to 2 July 2027"
# (the first day's month, when it has its own, is group m; the second's is m2)
_RANGE_EN_DAY_FIRST = re.compile(
    rf"(?<![\d.,:/])\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<m>{_MONTH_ALT})\b\.?)?\s?"
    rf"(?:[-–—~]|to|through|until)\s?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_ALT})\b"
    r"(?:,?\s+(?P<y>\d{4})(?!\d))?"
)
# what after a yearless English range makes its second number no day: a time, an amount,
# a length of time ("June 2 to 4 p.m.", "May 1-3%", "March 2 to 5 days")
_NOT_A_DAY_AFTER = lazy_compile(
    r"\s?(?:[ap]\.?m\b|%|percent|per|days?\b|weeks?\b|months?\b|years?\b|hours?\b|minutes?\b)",
    re.IGNORECASE,
)
_RANGE_CJK = lazy_compile(
    rf"(?:(?P<y>{_YEAR})\s?[年년]\s?)?(?P<m>\d{{1,2}})\s?[月월]\s?(?P<d>\d{{1,2}})\s?"
    r"(?:[日일]\s?(?:[（(][^）)\n]{1,3}[）)])?\s?)?(?:[～~〜\-–—]|から|부터)\s?"
    r"(?:(?P<m2>\d{1,2})\s?[月월]\s?)?(?P<d2>\d{1,2})\s?[日일]"
)
# an amount converted into another currency, in brackets after the amount
_CURRENCY = r"(?:US\$|USD|\$|€|EUR|£|GBP|¥|￥|JPY|₩|KRW|RMB|CNY)"
_CONVERSION_RE = lazy_compile(
    rf"[（(](?:approximately|approx\.|about|around|roughly|some|c\.|約|약)?\s?{_CURRENCY}\s?"
    rf"\d[\d,.]{{0,20}}(?:\s?(?:thousand|million|billion|trillion|bn|bln|tn|trn))?\s?[）)]",
    re.IGNORECASE,
)
# an area restated in brackets in another unit after the measurement it converts:
# '（約2,692坪）', '(약 2만 9,645평)', '(about 1.05 million sq ft)': each unit in m²
_AREA_UNITS = {
    "坪": 3.305785, "평": 3.305785, "tsubo": 3.305785, "pyeong": 3.305785,
    "sq ft": 0.09290304, "sq. ft.": 0.09290304, "square feet": 0.09290304, "ft²": 0.09290304,
    "acres": 4046.8564, "acre": 4046.8564, "hectares": 10000.0, "ha": 10000.0,
    "㎡": 1.0, "m²": 1.0, "m2": 1.0, "square meters": 1.0, "square metres": 1.0,
    "平方メートル": 1.0, "제곱미터": 1.0,
}  # fmt: skip
_AREA_ALT = "|".join(re.escape(u) for u in sorted(_AREA_UNITS, key=len, reverse=True))
_AREA_CONVERSION_RE = lazy_compile(
    r"[（(](?:approximately |approx\. |about |around |roughly |some |c\. |約|약 ?)?"
    rf"\d[\d,.万만 ]{{0,16}}(?:thousand |million )?(?P<u>{_AREA_ALT})[）)]",
    re.IGNORECASE,
)
# a run of digits and number words that starts with a digit: "1조 2천억", "3千万", "2万5000"
_UNITS = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
_MYRIADS = {
    "万": 10**4,
    "萬": 10**4,
    "億": 10**8,
    "兆": 10**12,
    "만": 10**4,
    "억": 10**8,
    "조": 10**12,
}
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
_GROUP = rf"{_DIGITS}(?:[十百千십백천])?(?:[万萬億兆만억조])?"
# after a unit, another group may follow, in Korean after a space ("1조 2천억")
_NUMBER_RE = lazy_compile(rf"{_GROUP}(?:(?<=[十百千万萬億兆십백천만억조])\s?{_GROUP})*")
# what may stand before a point that starts a number: a space, a sign of comparison or a
# bracket ('P = .003', 'p<.05', '(.82)'), not a word or a figure ('No.3', '2026.5')
_BARE_BEFORE = frozenset(("", " ", "=", "<", ">", "≤", "≥", "(", "（"))
# ('10.5 mn shares', '1.4 mln', 'KRW 1.14tn', '$2.3 bln', '3.1 trln': wire, financial
# press and IR English, after any figure)
_SCALE_RE = lazy_compile(
    r"\s?(thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn|trln)\b", re.IGNORECASE
)
_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "trln": 10**12,
    "b": 10**9,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "k": 10**3,
}
_SHORT_SCALE_RE = lazy_compile(r"(B|M|mn|m|K|k)(?![A-Za-z0-9])")
# basis points, a hundredth of a percentage point each
_BASIS_POINTS = lazy_compile(
    r"\s?(?:basis\spoints?\b|bps?\b|ベーシス・?ポイント|베이시스\s?포인트)", re.IGNORECASE
)
# a month and day the American way, with or without its year: "3/25", "3/25/2027"
_MONTH_DAY_RE = lazy_compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
# a day of the month alone, as Korean and Japanese releases give the day they announce
# ("…조성한다고 24일 밝혔다", "同社は24日、発表した") and days of this month ("14일 체결"):
# not a number of days ("3日間", "30일 이내", "1日1回", "2일차", "10日ぶり"), nor one said
# to be each, in all, at most or about so many ("전후 각 5일", "총 3일", "最大5日", "約5日")
_NO_COUNT_BEFORE = (
    r"(?<!각)(?<!각 )(?<!총)(?<!총 )(?<!최대)(?<!최대 )(?<!최장 )(?<!약)(?<!약 )"
    r"(?<!各)(?<!計)(?<!約)(?<!最大)(?<!最長)"
)
_NO_COUNT_AFTER = (
    r"(?!\s?(?:間|간|以内|이내|동안|あたり|当たり|当り|당|前|後|전|후|만|째|차|ぶり|連続|연속|"
    r"分|분|目|치|以上|以下|이상|이하|程度|정도|\d))"
)
_DAY_RE = lazy_compile(rf"(?<![\d.,/]){_NO_COUNT_BEFORE}(\d{{1,2}})\s?[日일]{_NO_COUNT_AFTER}")
# ... and a range of such days, its month said before ("주말 사흘간(21~23일)", "21～23日に")
_DAY_RANGE_RE = lazy_compile(
    rf"(?<![\d.,/~～〜\-–]){_NO_COUNT_BEFORE}(\d{{1,2}})\s?[～~〜\-–]\s?(\d{{1,2}})\s?[日일]"
    + _NO_COUNT_AFTER
)
# ... as the English version of such a release says it: "on the 24th", "from the 2nd to
# the 30th of next month" (not "the 10th anniversary", "the 3rd round": a count in order)
_ORDINAL_DAY_RE = lazy_compile(
    r"(?<![A-Za-z])[Tt]he (\d{1,2})(?:st|nd|rd|th)(?: of (?P<m>January|February|March|April|"
    r"May|June|July|August|September|October|November|December)(?![A-Za-z])"
    r"|(?=[.,;:!?)\"'’”]|\Z| (?:of|to|through|until|and|or|at|in|from|that|when)\b))"
)
# a month alone, as a release says when something happens: "in October", "by March",
# "mid-June" (a capitalised full name after a word that makes it a time; "May" is a month
# only so); "10月に", "11월 임시주주총회" (not a month of a range, "4～6月", nor a period,
# "3月期", "3월기", nor a date, which is read first)
_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_EN_MONTH_ALONE = lazy_compile(
    r"(?<![A-Za-z])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Tt]o|[Oo]f|"
    r"[Ee]arly|[Mm]id|[Ll]ate|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]his|[Nn]ext|[Ll]ast)[ -]"
    rf"(?P<m>{_FULL_MONTHS})(?![A-Za-z])(?!\.?\s?\d)"
)
_FULL_MONTH = lazy_compile(_FULL_MONTHS)
_MONTH_WORD_REACH = len("Through ")  # the longest word _EN_MONTH_ALONE reads before a month
_CJK_MONTH_ALONE = lazy_compile(
    r"(?<![\d.,~～〜\-–ー])(?<![~～〜\-–ー] )(\d{1,2})\s?[月월](?!\s?\d|期|기|분|分)"
)
# a ratio: "60/40" (a split in percent: its terms make 100), "3:2", "1:1", "6対4", "6대 4"
_RATIO_GATE = lazy_compile(r"\d\s?[/:：対대]\s?\d")
_RATIO_RE = lazy_compile(r"(?<![\d.,/:：])(\d{1,3})\s?([/:：対대])\s?(\d{1,3})(?![\d.,/:：])")
# what may follow a Korean ratio's "대" ("6대 4의 배분", "6대 4로"), not a counter ("3대 4종")
_KO_RATIO_END = lazy_compile(r"(?:\s|[.,)）]|의|로|으로|비율|비중|\Z)")
# a ratio of shares as Japanese and Korean write a split or an allotment: "1株につき3株の割合",
# "1株に対して0株", "1株を3株に", "1주를 3주로", "1주당 3주" (the 1:3 of "a 1:3 stock
# split"), a notice's comma after its "につき" too ("1株につき、2株の割合"), read before
# "1株につき" is taken for "per share"
_ALLOTMENT_RE = lazy_compile(
    r"(?<![\d.,])(\d{1,3})\s?([株주])\s?(?:につき|に対し(?:て)?|を|당|를|을)[、,]?\s?"
    r"(?:(?:新株|普通株式|신주|보통주)\s?)?(\d{1,3})\s?\2(?![式권])"
)
# ... and as English writes it, new shares for old, hyphenated: "a 3-for-1 split",
# "two-for-one" (the 1:3 and 1:2 of "1株につき3株", "1주를 2주로"; "1-for-3" is a reverse
# split; "$5 for 10 rides" is no ratio)
_FOR_TERMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_FOR_RATIO_RE = lazy_compile(
    r"(?<![\w-])(\d{1,2}|one|two|three|four|five|ten)-for-(\d{1,2}|one|two|three|four|"
    r"five|ten)(?![\w-])",
    re.IGNORECASE,
)

# a shop's offer of so many free with so many bought: Korean and Japanese write it '1+1',
# '2+1' (a promotion, not a sum), English 'buy one, get one free', 'buy-one-get-one-free',
# 'BOGO', 'buy 2, get 1 free' (at most a few words of what is bought between); its two
# counts are one figure, which '50% off' or 'buy one' alone changes
# (a few bought, one or two free: '5+5' and a warranty's '1+1年' are no offers)
_OFFER_CJK_RE = re.compile(
    r"(?<![A-Za-z0-9.,+＋=])(1\s?[+＋]\s?1|2\s?[+＋]\s?[12]|[34]\s?[+＋]\s?1)"
    r"(?![A-Za-z0-9.,+＋=%]|\s?(?:年|년|개월|[カヶケか]月|日|일|時間|시간|週|주|[Yy]ear|[Mm]onth))"
)
_OFFER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "another": 1, "a second": 1}
_OFFER_EN_RE = lazy_compile(
    r"\b[Bb]uy(?:ing)?[- ](one|two|three|[1-9])(?:[ -][^\d.;:!?]{0,40}?)?,?[- ](?:and[- ])?"
    r"(?:[Gg]et|[Rr]eceive)[- ](one|two|a second|another|a|[1-9])(?=[ -][^.;:!?]{0,40}?\bfree\b)"
    r"|\bBOGO\b",
    re.IGNORECASE,
)
_OFFER_GATE = lazy_compile(r"[+＋]|BOGO|[Bb]uy")


@dataclass(frozen=True)
class Item:
    """One figure of a text: what it is, how it is written and what it means."""

    kind: str  # date, fiscal, quarter, stock, timestamp, time, number, ...
    text: str
    start: int
    end: int
    keys: frozenset[object] = field(default_factory=frozenset)  # equal items share a key
    date: tuple[int | None, int | None, int | None] | None = None  # (year, month, day)
    parts: tuple[int, ...] = ()  # a ratio's terms ("60/40": 60, 40), a month and day
    half: str = ""  # "am" or "pm": an hour said to be in the morning or the afternoon
    percent: bool = False  # a share said with '%' ('20% off'), never a sum of money
    currency: str = ""  # an amount's currency ("dollar", "yen", "won", ...), if it says one
    area: tuple[float, float] | None = None  # an area restated in brackets: m², ± rounding
    terms: tuple[Decimal, ...] = ()  # a ratio's terms where one is a decimal ("1:0.35")
    # half the last written digit of an amount given with a decimal before its scale word
    # ('12.45 trillion': 0.005 trillion), which official versions round to
    rounding: Decimal = Decimal(0)
    # a stock listing's exchange and market ('nasdaq', ''; 'tse', 'prime'), '' unsaid
    market: tuple[str, str] = ("", "")

    @property
    def routine(self) -> bool:
        return self.kind in ROUTINE_KINDS

    def fits(self, other: Item) -> bool:
        """Whether ``other`` says what this item says."""
        if self.half and other.half and self.half != other.half:
            return False  # '10 a.m.' is not '午後10時', though both say 10
        if self.currency and other.currency and self.currency != other.currency:
            return False  # '$48 million' is not '4,800万円'
        if (self.percent and other.currency) or (self.currency and other.percent):
            return False  # '20% off' is not '20円引き', a discount of twenty yen
        if self.area is not None and other.area is not None:
            return _same_area(self.area, other.area)  # '（約2,692坪）' is '(about 95,800 sq ft)'
        for tenths, share in ((self, other), (other, self)):
            if share.percent and tenths.kind == "number" and tenths.text.endswith("割"):
                # '2割' may be a loose 2 ('two in ten'), never 2%: it is 20%
                share_of = max((k for k in tenths.keys if isinstance(k, Decimal)), default=None)
                return share_of in share.keys
        if self.kind in _CLOCKS and other.kind in _CLOCKS and self.parts and other.parts:
            return self.parts == other.parts  # '11:00' is not '11:30', though both say 11
        for clock, hour in ((self, other), (other, self)):
            if (
                clock.kind in _CLOCKS
                and clock.parts
                and not clock.half
                and hour.half
                and hour.kind in _CLOCKS
                and clock.parts[0] != _hour_of_the_day(hour)
            ):
                return False  # '10:00' on the 24-hour clock is not '오후 10시' (22:00)
        if self.date is not None and other.date is not None:
            return _same_date(self.date, other.date)
        for pair, dated in ((self, other), (other, self)):
            if pair.kind == "month-day" and dated.date is not None:
                return dated.date[1:] == pair.parts
        for date, fiscal in ((self.date, other), (other.date, self)):
            if date is not None and fiscal.kind == "fiscal":  # "year ended March 31, 2026"
                return ("end", date[0], date[1]) in fiscal.keys
        if self.kind == other.kind == "stock" and not same_market(self.market, other.market):
            return False  # 'Nasdaq: CRVN' is not 'NYSE: CRVN', '코스피' not 'KOSDAQ'
        if self.kind == other.kind == "fiscal" and not _same_end(self, other):
            return False  # 2026年3月期 is not the year ended March 2025, though both are FY2025
        return bool(self.keys & other.keys) or _rounded_alike(self, other)


def _rounded_alike(a: Item, b: Item) -> bool:
    """Whether one of two amounts is the other rounded to the digits it is written with
    ('KRW 12.45 trillion' for '12조 4,530억 원', '1.2兆円' for '1兆1,980億円')."""
    tolerance = max(a.rounding, b.rounding)
    if not tolerance or a.kind != "number" or b.kind != "number":
        return False
    first, second = _full_value(a), _full_value(b)
    return first is not None and second is not None and abs(first - second) <= tolerance


@dataclass(frozen=True)
class Difference:
    """A source item the translation does not have: ``changed_to`` its replacement, if any."""

    item: Item
    changed_to: Item | None
    # a date that ends a period whose start the translation keeps ('1月15日から7月31日まで'
    # as 'from January 15'): the period is left open, not a routine date left out
    ends_period: bool = False


def normal_text(text: str) -> str:
    """Full-width digits, letters and separators as ASCII, and the Chinese forms of the
    number words as Japanese writes them ('1.2亿' as '1.2億', '3萬' as '3万'): one
    character each."""
    if text.isascii() or _FULL_WIDTH_CHAR.search(text) is None:
        return text  # the usual sentence: nothing to change, no per-character pass
    return _folded(text) if len(text) <= _KEPT_LENGTH else text.translate(_FULL_WIDTH)


# str.translate looks every character up in a dict (~10 µs a Japanese sentence, which
# often holds a full-width bracket or digit), and the readers of a message pair ask it of
# the same msgid and msgstr some five times: a message's text is folded once, kept for the
# few texts last read (a longer text, a whole document's, is not kept)
_KEPT_LENGTH = 2_000


@functools.lru_cache(maxsize=64)
def _folded(text: str) -> str:
    return text.translate(_FULL_WIDTH)


# U+FF01..U+FF5E whose NFKC form is one character, to that character (one C-level pass);
# and the number words of Simplified and Traditional Chinese that are not Japanese's, to
# the same word as Japanese writes it, which every figure pattern reads (one value)
_FULL_WIDTH = {
    code: folded
    for code in range(0xFF01, 0xFF5F)
    if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1
} | {ord(chinese): japanese for chinese, japanese in CHINESE_NUMBER_WORDS.items()}
_FULL_WIDTH_CHAR = lazy_compile("[" + "".join(chr(code) for code in sorted(_FULL_WIDTH)) + "]")


def items(text: str) -> list[Item]:
    """Every figure of ``text`` as an item, in text order (URLs, e-mails and tags left out)."""
    return list(_items(text))


# A msgid is compared with its msgstr in every locale's catalog, by the build's gate and
# by the catalog checks: its figures are worked out once (items are immutable).
@functools.lru_cache(maxsize=8192)
def _items(text: str) -> tuple[Item, ...]:
    return _scan(text)


# Each pattern below runs only when the text holds what every match of it must contain
# (a digit, a month name, 年, a keyword): a sentence without figures is read in a few
# microseconds instead of some twenty regular-expression passes. A gate is looked for in
# the text before any item is blanked out, and blanking only writes spaces, which no gate
# contains, so a pattern skipped could not have matched. ``gates=False`` runs every
# pattern (the tests check that both ways give the same items).
_DIGIT = lazy_compile(r"\d")
# '삼성전자(005930)', 'Daeyang Steel (071320)', '大洋製鉄（071320）'
_KO_CODE = lazy_compile(r"(?:[가-힣A-Za-z\u3040-\u30ff\u4e00-\u9fff]|[A-Za-z] )[（(]\d{6}[)）]")
# a listing's codes: each before a separator, the bracket's end or other words
# ('（コード番号：2914　東証プライム）'), its exchange's suffix left aside ('2914.T')
_STOCK_CODE = lazy_compile(
    r"(?<![.0-9A-Za-z])([0-9A-Z]{1,6})(?:\.[A-Z]{1,2})?"
    r"(?=\s*(?:[/／,、;；・)）]|and|$)|\s*[^\x00-\x7f：])"
)
_EXCHANGE_GATE = lazy_compile(rf"{_EXCHANGES}|{_KO_CODE.pattern}|{_RIC}")
# _EXCHANGE_GATE tries its alternatives at every character (some 25 µs a sentence, the
# scan's dearest step); every one of its matches holds one of these words or is a Korean
# listing's code (_KO_CODE), which are looked for first: a pattern of plain words only is
# searched in about 1 µs (a bracket alone, in most sentences, let every one through)
_EXCHANGE_WORDS = lazy_compile("|".join(re.escape(word) for word in (
    "TSE", "TYO", "Tokyo", "NYSE", "NASDAQ", "Nasdaq", "KRX", "KOSPI", "KOSDAQ", "JASDAQ",
    "LSE", "HKEX", "SGX", "OTC", "TSX", "ASX", "Exchange", "東証", "証券取引所", "名証",
    "福証", "札証", "韓国取引所", "ナスダック", "コスダック", "コスピ", "証券コード",
    "증권거래소", "나스닥", "코스피", "코스닥", "유가증권시장", "한국거래소", "종목",
    "TOKYO", "ecurities", "tock code", "tock Code", "icker", "コード番号", "銘柄コード",
    "증권", ".T)", ".T）", ".T,", ".T、", ".T;", ".KS", ".KQ",
)))  # fmt: skip
_FISCAL_GATE = Screened(re.compile("fiscal", re.IGNORECASE))
_QUARTER_GATE = Screened(re.compile("quarter", re.IGNORECASE))
_MONTH_GATE = lazy_compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_ERA_RE = lazy_compile(_ERA + r"\s*年")
# a year given twice, in the Western calendar and in the era's, the second in brackets
# ('2026年（令和8年）10月', '令和8年（2026年）12月4日', '令和8年度（2026年度）'), as
# official releases write it: one year, whose translation gives it once
_YEAR_RESTATED = lazy_compile(
    rf"(?P<a>{_YEAR})\s*年(?P<fy>度)?\s*(?P<bracket>[（(]\s*(?P<b>{_YEAR})\s*年(?(fy)度)\s*[）)])"
)


# an era's year as English and Korean write it ('Showa 40', 'Reiwa 8', 'Heisei 31', '쇼와
# 40년', '레이와 8년'): the Western year, as '昭和40年' is read, so that '1965' for it
# fits and '1966' is a changed year; beside the Western year in brackets ('1965 (Showa
# 40)', 'Showa 40 (1965)', '1965년(쇼와 40년)') the two are one year, given once
_ROMAN_ERAS = {
    "Reiwa": 2018, "Heisei": 1988, "Showa": 1925, "Shōwa": 1925, "Taisho": 1911,
    "Taishō": 1911, "Meiji": 1867, "레이와": 2018, "헤이세이": 1988, "쇼와": 1925,
    "다이쇼": 1911, "메이지": 1867,
}  # fmt: skip
_ROMAN_ERA = (
    r"(?:(?<![A-Za-z])(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Meiji)\s(?P<en>\d{1,2})(?!\d|[:.,]\d)"
    r"|(?<![가-힣])(?:레이와|헤이세이|쇼와|다이쇼|메이지)\s?(?P<ko>\d{1,2})\s?년)"
)
_ROMAN_ERA_RE = lazy_compile(
    rf"(?P<era>{_ROMAN_ERA})"
    r"(?:\s?(?P<after>[(（]\s?(?P<y1>\d{4})\s?년?\s?[)）]))?"
)
_ROMAN_ERA_GATE = lazy_compile(
    "Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Meiji|레이와|헤이세이|쇼와|다이쇼|메이지"
)
# the Western year before the era's in brackets: '1965 (Showa 40)', '1965년(쇼와 40년)'
_YEAR_BEFORE_ERA = lazy_compile(r"(?<!\d)(\d{4})\s?년?\s?[(（]\s?$")


def _roman_era_items(text: str, work: str) -> tuple[str, list[Item]]:
    """The years of eras named in Latin or Hangul letters in ``work``, and ``work`` with
    them and a Western year restating one in brackets written over with spaces."""
    found: list[Item] = []
    for match in _ROMAN_ERA_RE.finditer(work):
        name = match["era"].rstrip("년 0123456789")
        year = _ROMAN_ERAS[name.strip()] + int(match["en"] or match["ko"])
        start, end = match.span()
        if match["y1"] is not None and int(match["y1"]) != year:
            end = match.start("after")  # two years that disagree: both are compared
        before = _YEAR_BEFORE_ERA.search(work, max(0, start - 12), start)
        closing = re.match(r"\s?[)）]", work[match.end("era") :])
        if before is not None and int(before[1]) == year and closing is not None:
            # '1965 (Showa 40)': the Western year stands for both
            start = before.start() + max(before[0].rfind("("), before[0].rfind("（"))
            end = match.end("era") + closing.end()
            work = work[:start] + " " * (end - start) + work[end:]
            continue
        found.append(Item("number", text[start:end], start, end, _number_keys(year, ())))
        work = work[:start] + " " * (end - start) + work[end:]
    return work, found


def gengo_era(text: str) -> bool:
    """Whether ``text`` may name a Japanese era's year (a gate before the era patterns)."""
    return any(era in text for era in _ERAS)


def _era_year(written: str) -> int | None:
    """The Western year of '2026' or of an era's year ('令和8', '令和元')."""
    if written.isdigit():
        return int(written)
    era, number = written[:2], written[2:].strip()
    return _ERAS[era] + (1 if number == "元" else int(number)) if era in _ERAS else None


def _restatement_blanked(work: str) -> str:
    """``work`` with the bracketed second form of a year given in both calendars written
    over with spaces, where both forms are the same year (one Western, one of an era):
    the date or fiscal year around it is then read whole, once. Forms that disagree are
    both kept, to be compared."""
    for match in _YEAR_RESTATED.finditer(work):
        a, b = match["a"], match["b"]
        if a.isdigit() == b.isdigit() or _era_year(a) != _era_year(b):
            continue
        start, end = match.span("bracket")
        work = work[:start] + " " * (end - start) + work[end:]
    return work


# a name in Hangul or Japanese script glossed in Latin letters in brackets, as Korean and
# Japanese releases name a product ('나이아신아마이드 2% 세럼(Niacinamide 2% Serum)',
# '갤럭시 Z 폴드7(Galaxy Z Fold7)'): one name whose figures a translation gives once, in
# whichever form it keeps
_NAME_GLOSS = lazy_compile(r"[(（]([A-Za-z][A-Za-z0-9 .%+&'’-]{0,60})[)）]")
_NAME_GLOSS_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")
# what ends the name before a gloss: a clause's punctuation, a quote or a bracket
_NAME_GLOSS_EDGES = ",，、。:：;/'\"‘’“”「」『』()（）"


def _name_gloss_blanked(work: str) -> str:
    """``work`` with the figures of a Latin gloss in brackets written over with spaces
    where the name in Hangul or Japanese script just before it has every one of them."""
    for match in _NAME_GLOSS.finditer(work):
        gloss = _NAME_GLOSS_NUMBER.findall(match[1])
        start = match.start()
        if not gloss or start == 0 or not _local_script(work[start - 1]):
            continue
        window = work[max(0, start - 40) : start]
        edge = max(window.rfind(c) for c in _NAME_GLOSS_EDGES)
        name = _NAME_GLOSS_NUMBER.findall(window[edge + 1 :])
        if all(gloss.count(n) <= name.count(n) for n in gloss):
            for number in _NAME_GLOSS_NUMBER.finditer(work, match.start(1), match.end(1)):
                a, b = number.span()
                work = work[:a] + " " * (b - a) + work[b:]
    return work


def _local_script(char: str) -> bool:
    """Whether ``char`` is a letter of Hangul or of Japanese script (or a CJK digit's
    neighbour: a number ending a name, '폴드7(Fold7)')."""
    return (
        char.isdigit()
        or "\u3040" <= char <= "\u30ff"
        or "\u4e00" <= char <= "\u9fff"
        or ("\uac00" <= char <= "\ud7a3")
    )


def _blanked(work: str, pattern: re.Pattern[str], start: int) -> str:
    """``work`` with what ``pattern`` matches from ``start`` on written over with spaces:
    figures of speech ("24/7", "1株当たり"), no figures to compare."""
    for match in pattern.finditer(work, start):
        work = work[: match.start()] + " " * (match.end() - match.start()) + work[match.end() :]
    return work


# a power of ten written with a superscript exponent ('10⁻³', '10⁵') or a caret ('10^-3'),
# with the figure it multiplies or not ('4.7 × 10³'): one value, however a translation
# writes it ('× 10⁻³' as '× 10^-3', '4.7 × 10³' as '4,700'), not the numbers 10 and 3; a
# footnote's mark after another number ('12¹') is left alone
_POWER_RE = lazy_compile(
    r"(?<![\d.,])(?:(\d{1,3}(?:\.\d+)?) ?[×x] ?)?"
    r"10(?:([⁺⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^([+\-−]?)(\d{1,3})(?!\d))"
)
_POWER_GATE = lazy_compile("10[⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹^]")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# a chemical formula's subscript digits ('CO₂', 'Al₂O₃', 'LiFePO₄'), read as the digits
# of the designation they are part of ('CO2'): subscripts after a letter or a bracket
_FORMULA_SUBSCRIPTS = lazy_compile(r"(?<=[A-Za-z)\]])[₀₁₂₃₄₅₆₇₈₉]+")
_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _power_item(text: str, match: re.Match[str]) -> Item:
    sign = match[2] if match[3] is not None else match[4]
    digits = (match[3] or "").translate(_SUPERSCRIPT_DIGITS) or match[5]
    exponent = -int(digits) if sign in {"⁻", "-", "−"} else int(digits)
    value = Decimal(match[1] or 1) * Decimal(10) ** exponent
    return _item("number", text, match, frozenset({value.normalize()}))


# a number of a scale word spelt out ('one million households', 'a million homes', 'two
# billion yen'): the figure '100만 가구' or '100万世帯' is, as energy utilities' English
# gives households and tonnes ('enough to power one million homes')
_SCALE_WORD_NUMBER = lazy_compile(
    r"(?<![A-Za-z0-9'’-])(a|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?= (?:thousand|million|billion|trillion)\b)",
    re.IGNORECASE,
)
_SCALE_WORD_VALUES = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def _scale_words_as_digits(work: str) -> str:
    """``work`` with a spelt number before a scale word written in digits, padded with
    noughts to the word's length ('one million' as '001 million'): every offset stays the
    text's, and the figure's item spans the word."""

    def digits(match: re.Match[str]) -> str:
        return str(_SCALE_WORD_VALUES[match[1].casefold()]).zfill(len(match[1]))

    return _SCALE_WORD_NUMBER.sub(digits, work)


def _scan(text: str, *, gates: bool = True) -> tuple[Item, ...]:
    chars = normal_text(text)
    if not chars.isascii() and _FORMULA_SUBSCRIPTS.search(chars) is not None:
        # one character for one: every offset stays the text's
        chars = _FORMULA_SUBSCRIPTS.sub(lambda m: m[0].translate(_SUBSCRIPT_DIGITS), chars)
    spans = links(text)
    if spans:
        listed = list(chars)
        for _, start, end in spans:
            listed[start:end] = " " * (end - start)
        chars = "".join(listed)
    work = _TAG_RE.sub(lambda m: " " * len(m.group()), chars) if "<" in chars else chars
    if "illion" in work or "housand" in work:
        work = _scale_words_as_digits(work)
    first_digit = _DIGIT.search(work)
    digit = not gates or first_digit is not None
    # where a match may start at the earliest: a pattern that opens with a digit (or a
    # month name) is searched from the first one (look-behinds and \b still see what
    # comes before, so the matches are the same)
    d0 = first_digit.start() if gates and first_digit is not None else 0
    # every item has a digit but a stock code ("(NYSE: TAK)"), a quarter in words, an
    # era's first year ("令和元年", "令和元年度") and a half year in words
    gengo = "元" in work
    # a half year in words has no digit either ("上半期の売上"), nor noon ("正午", "정오")
    half = "半" in work or "上期" in work or "下期" in work or "반기" in work
    half_words = "alf" in work  # "first half", "Second Half"
    noon = "正午" in work or "정오" in work or "oon" in work or "idday" in work
    times = _TIMES_GATE.search(work) is not None  # "doubled", "세 배": no digit either
    # a listing ("(TSE: 4502)", "NASDAQ: NWRB", "삼성전자(005930)") has a bracket or a colon
    listing = (
        ("(" in work or "（" in work or ")" in work or "）" in work or ":" in work or "：" in work)
        and (_EXCHANGE_WORDS.search(work) is not None or _KO_CODE.search(work) is not None)
        and _EXCHANGE_GATE.search(work) is not None
    )
    # a month alone in words ("in October") has no digit either
    first_month = _MONTH_GATE.search(work)
    month_words = first_month is not None
    # nor a trial's phase in Roman numerals ("Phase III", "第Ⅲ相")
    phase = ("hase" in work or "相" in work) and _PHASE_RE.search(work) is not None
    # nor a shop's offer in words ('buy one, get one free')
    offer = _OFFER_GATE.search(work) is not None
    # nor half price ('半額', '반값', 'half price')
    half_price = half or half_words or "반" in work
    if not (
        digit
        or offer
        or half_price
        or phase
        or month_words
        or gengo
        or half
        or half_words
        or noon
        or times
        or listing
        or _QUARTER_GATE.search(work)
    ):
        return ()
    if gengo_era(work):
        work = _restatement_blanked(work)
    if not gates or (digit and ("(" in work or "（" in work)):
        work = _name_gloss_blanked(work)
    found: list[Item] = []
    if not gates or (digit and _ROMAN_ERA_GATE.search(work) is not None):
        work, eras = _roman_era_items(text, work)
        found.extend(eras)

    def take(start: int, end: int, item: Item) -> None:
        nonlocal work
        found.append(item)
        work = work[:start] + " " * (end - start) + work[end:]

    if not gates or listing:
        for match in _STOCK_RE.finditer(work):
            codes = _STOCK_CODE.findall(match[0])
            # a translation may keep only the home market's code: any shared code fits
            item = _item("stock", text, match, frozenset(codes))
            if len(codes) == 1:
                item = replace(item, market=market_of(match[0]))
            take(match.start(), match.end(), item)
    if not gates or (digit and _POWER_GATE.search(work, d0) is not None):
        for match in list(_POWER_RE.finditer(work, d0)):
            take(match.start(), match.end(), _power_item(text, match))
    if not gates or (digit and may_speak_of_intensity(work)):
        # a seismic intensity with its step ('震度5強', 'upper 5', '5+ (upper 5)'): one
        # figure, not its number (see catalog/intensities.py)
        for start, end, step in list(intensities(work)):
            take(start, end, Item("number", text[start:end], start, end, frozenset({step})))
    if not gates or (digit and any(c in work for c in "/x×-:")):
        work = _blanked(work, _IDIOM_RE, d0)
    if not gates or (digit and ("株" in work or "주" in work)):
        for match in list(_ALLOTMENT_RE.finditer(work, d0)):
            a, b = int(match[1]), int(match[3])
            if a and b:
                take(match.start(), match.end(), _ratio_item(text, match, a, b))
    if not gates or (digit and "-for-" in work):
        for match in list(_FOR_RATIO_RE.finditer(work)):
            new, old = (_FOR_TERMS.get(t.lower()) or int(t) for t in (match[1], match[2]))
            if new and old and new != old:
                take(match.start(), match.end(), _ratio_item(text, match, old, new))
    if not gates or offer:
        for pattern in (_OFFER_CJK_RE, _OFFER_EN_RE):
            for match in list(pattern.finditer(work)):
                if match.re is _OFFER_CJK_RE:
                    bought, free = int(match[1][0]), int(match[1][-1])
                else:
                    bought, free = (  # ('BOGO' says neither: one and one)
                        _OFFER_WORDS.get(t.lower()) or int(t) for t in match.groups("1")
                    )
                deal: frozenset[object] = frozenset({("offer", bought, free)})
                take(match.start(), match.end(), _item("number", text, match, deal))
    if not gates or (
        digit
        and (
            any(word in work for word in _PER_ONE_WORDS)
            or _ONE_OF_A_COUNTER_GATE.search(work, d0) is not None
        )
    ):
        work = _blanked(work, _PER_ONE, d0)
    if not gates or (digit and "=" in work):
        work = _blanked(work, _ONE_UNIT_RATE, d0)
    if not gates or (digit and "U.S.C" in work):
        work = _blanked(work, _US_CODE_TITLE, d0)
    if not gates or (digit and "ays " in work):
        work = _blanked(work, _ALWAYS_RE, d0)
    if not gates or (digit and "365" in work and not work.isascii()):
        work = _blanked(work, _ALWAYS_CJK_RE, d0)
    if not gates or (digit and ":" in work and "." in work):
        for match in list(_RACE_TIME_EN.finditer(work, d0)):
            lap = int(match[1]) * 60 + Decimal(f"{match[2]}.{match[3]}")
            take(
                match.start(), match.end(), _item("number", text, match, frozenset({("race", lap)}))
            )
    if not gates or (digit and _RATIO_GATE.search(work, d0) is not None):
        for match in list(_RATIO_RE.finditer(work, d0)):
            terms = _ratio(match, work)
            if terms is not None:
                take(match.start(), match.end(), _ratio_item(text, match, *terms))
        for match in list(_DECIMAL_RATIO_RE.finditer(work, d0)):
            decimal_ratio = _decimal_ratio_item(text, match)
            if decimal_ratio is not None:
                take(match.start(), match.end(), decimal_ratio)
    if not gates or (digit and "-" in work):
        for match in _CODE_RE.finditer(work):
            # (written with its hyphens or without: 'HRV-7200W' is 'HRV7200W'; English's
            # plural, 'KT-210s', is the model)
            code = match[0].removesuffix("s").upper()
            key = frozenset({("code", code), ("code", code.replace("-", ""))})
            take(match.start(), match.end(), _item("code", text, match, key))
    if not gates or (digit and "H" in work):
        for match in list(_HALF_EN.finditer(work)):
            which = int(match[1] or match[2])
            take(
                match.start(), match.end(), _item("half", text, match, frozenset({("half", which)}))
            )
    if not gates or half_words:
        for match in list(_HALF_WORDS.finditer(work)):
            half_keys: frozenset[object] = frozenset({("half", 1 if match[1] else 2)})
            take(match.start(), match.end(), _item("half-said", text, match, half_keys))
    if not gates or half_price:
        # (as '50%オフ' says it)
        for match in list(_HALF_PRICE_RE.finditer(work)):
            fifty: frozenset[object] = frozenset({Decimal(50)})
            take(*match.span(), replace(_item("number", text, match, fifty), percent=True))
    if not gates or half:
        for match in list(_HALF_CJK.finditer(work)):
            which = 1 if match[1] else 2
            take(
                match.start(), match.end(), _item("half", text, match, frozenset({("half", which)}))
            )
    if not gates or (digit and "割" in work):
        for match in list(_WARI_RE.finditer(work)):
            tenths, hundredths = int(match[1]), int(match[2] or 0)
            keys: frozenset[object] = frozenset({Decimal(tenths * 10 + hundredths)})
            if match[2] is None:
                keys |= {Decimal(tenths)}  # "3割" may also be a loose 3
            take(match.start(), match.end(), _item("number", text, match, keys))
    if not gates or phase:
        for match in list(_PHASE_RE.finditer(work)):
            for group in range(1, 5):
                if match[group]:
                    start, end = match.span(group)
                    numeral = frozenset({Decimal(_ROMAN[match[group]])})
                    take(start, end, Item("number", text[start:end], start, end, numeral))
    if not gates or (digit and "(" in work and ("item" in work or ")(" in work)):
        for match in list(_STATUTE_ITEM.finditer(work)):
            start, end = match.span(1)
            item_keys = frozenset({Decimal(_roman_value(match[1]))})
            take(match.start(), match.end(), Item("number", text[start:end], start, end, item_keys))
    if not gates or (digit and "/" in work and ("hase" in work or "상" in work or "相" in work)):
        for match in list(_PHASE_DIGITS_RE.finditer(work, max(0, d0 - 7))):
            for group in range(1, 7):
                if match[group]:
                    start, end = match.span(group)
                    phase_keys = frozenset({Decimal(match[group])})
                    take(start, end, Item("number", text[start:end], start, end, phase_keys))
    if not gates or (digit and "조" in work):
        for match in list(_KO_ARTICLE.finditer(work, max(0, d0 - 2))):
            article = frozenset({Decimal(match[1])})
            number = Item("number", text[match.start(1) : match.end(1)], *match.span(1), article)
            take(match.start(), match.end(), number)
    if not gates or (digit and "銭" in work):
        for match in list(_SEN_RE.finditer(work, d0)):
            yen = Decimal(match[1].replace(",", "")) + Decimal(match[2]) / 100
            amount = Item("number", text[match.start() : match.end()], *match.span())
            take(match.start(), match.end(), replace(amount, keys=frozenset({yen}), currency="yen"))
    if not gates or (digit and ("秒" in work or "초" in work)):
        for match in list(_SPLIT_SECONDS_RE.finditer(work, d0)):
            seconds = Decimal(f"{match[2]}.{match[3]}")
            if match[1] is None:
                race: frozenset[object] = frozenset({seconds})
            else:
                race = frozenset({("race", int(match[1]) * 60 + seconds)})
            take(match.start(), match.end(), _item("number", text, match, race))
    if not gates or (digit and "+" in work):
        for match in list(_DAY_MARK_RE.finditer(work, d0)):
            days = frozenset({("days", int(match["days"] or match["bare"]))})
            start, end = match.span("mark")
            take(start, end, Item("day-mark", text[start:end].strip(), start, end, days))
    if not gates or (digit and "翌" in work):
        for match in list(_NEXT_DAY_BEFORE.finditer(work, d0)):
            next_day = frozenset({("days", 1)})
            take(match.start(), match.end(), Item("day-mark", "翌", *match.span(), next_day))
    if not gates or (digit and _DAY_WORD_GATE.search(work) is not None):
        for match in list(_DAY_WORDS_RE.finditer(work)):
            days = frozenset({("days", 2 if match[0][1] in "々翌" else 1)})
            take(match.start(), match.end(), _item("day-word", text, match, days))
    if not gates or (digit and ":" in work):
        for match in _TIMESTAMP_RE.finditer(work, d0):
            take(match.start(), match.end(), _timestamp(text, match))
    if not gates or (digit and _PHONE_GATE.search(work, d0 - 1 if d0 else 0) is not None):
        for match in list(_PHONE_RE.finditer(work)):
            keys = _phone_keys(match)
            if keys:
                take(match.start(), match.end(), _item("phone", text, match, keys))
    fiscal = digit and _FISCAL_GATE.search(work) is not None
    if not gates or (digit and ("FY" in work or fiscal or any(c in work for c in "度도年년"))):
        for match in list(_YEAR_RANGE_RE.finditer(work, max(0, d0 - 13))):
            for item in _year_range(text, match):
                take(item.start, item.end, item)
    fiscal_gates = _fiscal_gates(work, digit, gengo, fiscal)
    for (pattern, how), needed in zip(_FISCAL_RES, fiscal_gates, strict=True):
        if gates and not needed:
            continue
        for match in list(pattern.finditer(work)):
            keys = _fiscal_keys(match, how)
            if how == "close" or (
                how in ("fy", "ay") and keys and _a_school_year(work, match, how)
            ):
                keys |= {Decimal(k[1]) for k in keys if isinstance(k, tuple)}
            if keys:
                take(match.start(), match.end(), _item("fiscal", text, match, keys))
    quarters = (
        "Q" in work and digit,
        _QUARTER_GATE.search(work) is not None,
        "四半期" in work and digit,
        "분기" in work and digit,
        month_words and _QUARTER_GATE.search(work) is not None,
        "月期" in work and digit,
    )
    for pattern, needed in zip(_QUARTER_RES, quarters, strict=True):
        if gates and not needed:
            continue
        for match in list(pattern.finditer(work)):
            if match.re is _QUARTER_RES[-2]:  # "the July–September quarter"
                first, last = (_MONTHS[m.capitalize()[:3]] for m in (match[1], match[2]))
                keys = _month_quarter(first, last)
                if keys:
                    take(match.start(), match.end(), _item("quarter", text, match, keys))
                continue
            if match.re is _QUARTER_RES[-1]:
                keys = _month_quarter(int(match[1]), int(match[2]))
                if keys:
                    take(match.start(), match.end(), _item("quarter", text, match, keys))
                continue
            raw = next(g for g in match.groups() if g)
            quarter = _ORDINALS.get(raw.lower()) or int(raw)
            take(match.start(), match.end(), _item("quarter", text, match, frozenset({quarter})))
            short = _QUARTER_YEAR.match(work, match.end()) if match.re is _QUARTER_RES[0] else None
            if short is not None:  # "3Q25", "Q3'25": the year 2025, not the number 25
                keys = frozenset({Decimal(2000 + int(short[1]))})
                written = text[slice(*short.span())].strip()
                take(*short.span(), Item("number", written, *short.span(), keys))
    # (blanking writes spaces only, which no month name holds: none is found before the
    # first one found in the text as given)
    month_name = _MONTH_GATE.search(work, first_month.start()) if first_month else None
    cjk_month = "月" in work or "월" in work
    # (a range in English opens with a month's name, and each of those holds a match of
    # _MONTH_GATE at its start; one in Japanese or Korean holds 月 or 월)
    ranges = (
        (_RANGE_EN, month_name is not None, month_name.start() if month_name else 0),
        (_RANGE_CJK, cjk_month, 0),
        (_RANGE_EN_DAY_FIRST, month_name is not None, d0),
    )
    for pattern, needed, start in ranges:
        if gates and not (digit and needed):
            continue
        for match in list(pattern.finditer(work, start if gates else 0)):
            work = _take_range(text, work, match, found)
    month_name = _MONTH_GATE.search(work, month_name.start()) if month_name else None
    m0 = month_name.start() if gates and month_name is not None else 0
    # (each of _DATE_RES opens with a month or digit)
    starts = (m0, d0, d0, d0, 0, d0, m0, m0, d0, d0, d0)
    for pattern, needed, start in zip(
        _DATE_RES, _date_gates(work, month_name, d0), starts, strict=True
    ):
        if gates and not (digit and needed):
            continue
        for match in list(pattern.finditer(work, start)):
            parts = match.groupdict()
            date = (
                _year(parts["y"]) if parts.get("y") else None,
                _month(parts["m"]),
                int(parts["d"]) if parts.get("d") else None,
            )
            if date[1] is None or not 1 <= date[1] <= 12 or (date[2] or 1) > 31:
                continue
            written = text[match.start() : match.end()]
            item = Item("date", written, match.start(), match.end(), date=date)
            take(match.start(), match.end(), item)
    if not gates or (digit and "." in work):
        for match in list(_DOTTED_DATE_RE.finditer(work, max(0, d0 - 1))):  # "'25"
            if match["y"]:
                date = (2000 + int(match["y"]), int(match["m"]), int(match["d"]))
            else:
                date = (None, int(match["m2"]), int(match["d2"]))
            if 1 <= (date[1] or 0) <= 12 and 1 <= (date[2] or 0) <= 31:
                written = text[match.start() : match.end()]
                take(match.start(), match.end(), Item("date", written, *match.span(), date=date))
    if not gates or (digit and ("日" in work or "일" in work)):
        for match in list(_DAY_RANGE_RE.finditer(work, d0)):
            _take_day_range(text, match, take)
        for match in list(_DAY_RE.finditer(work, d0)):
            day = int(match[1])
            if 1 <= day <= 31:
                written = text[match.start() : match.end()]
                keys = frozenset({Decimal(day)})  # "on the 24th" says it as a number
                date = (None, None, day)
                take(
                    match.start(),
                    match.end(),
                    Item("date", written, *match.span(), keys, date=date),
                )
    if not gates or (digit and "he " in work):
        for match in list(_ORDINAL_DAY_RE.finditer(work, max(0, d0 - 4))):
            day = int(match[1])
            if 1 <= day <= 31:
                written = text[match.start(1) : match.end()]
                keys = frozenset({Decimal(day)})
                month = _MONTHS[match["m"]] if match["m"] else None  # "the 12th of November"
                item = Item(
                    "date", written, match.start(1), match.end(), keys, date=(None, month, day)
                )
                take(match.start(1), match.end(), item)
    if not gates or (digit and ("月" in work or "월" in work)):
        for match in list(_CJK_MONTH_ALONE.finditer(work, d0)):
            _take_month(text, match, int(match[1]), take)
    # (each match holds a month's full name, the word before it at most _MONTH_WORD_REACH
    # characters before that)
    full_month = _FULL_MONTH.search(work) if gates and month_words else None
    if not gates or full_month is not None:
        reach = max(0, full_month.start() - _MONTH_WORD_REACH) if full_month else 0
        for match in list(_EN_MONTH_ALONE.finditer(work, reach)):
            _take_month(text, match, _MONTHS[match["m"]], take, group="m")
    if not gates or (digit and "/" in work):
        # a month and day the American way ("3/25"): a pair, not two loose numbers, that
        # a date with that month and day fits ("3月25日"); a fraction ("2/3") still fits
        # its terms as loose numbers ("3分の2")
        for match in list(_MONTH_DAY_RE.finditer(work, d0)):
            month, day = int(match[1]), int(match[2])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            written = text[match.start() : match.end()]
            if match[3]:  # "3/25/2027": a date in full
                date = (int(match[3]), month, day)
                take(match.start(), match.end(), Item("date", written, *match.span(), date=date))
                continue
            keys = frozenset({("month-day", month, day)})
            item = Item("month-day", written, *match.span(), keys, parts=(month, day))
            take(match.start(), match.end(), item)
    if not gates or noon:
        # noon, which "12 p.m." and "12:00" are ("正午から" for "from 12 p.m.")
        for match in _NOON_RE.finditer(work):
            if _TWELVE_BEFORE.search(text, max(0, match.start() - 7), match.start()):
                continue  # ('12:00 noon', '12 noon': the time read already, said twice)
            keys = frozenset({Decimal(12)})
            take(match.start(), match.end(), Item("time", match[0], *match.span(), keys, half="pm"))
    if not gates or times:
        for pattern in (_TIMES_EN, _TIMES_VERB, _TIMES_CJK):
            for match in list(pattern.finditer(work)):
                multiplier = _times(match, text)
                if multiplier is not None:
                    take(match.start(), match.end(), multiplier)
    if not gates or "年" in work:
        for match in _ERA_RE.finditer(work):
            year = _year(match[0].rstrip("年 "))
            keys = _number_keys(year, ())
            take(match.start(), match.end(), _item("number", text, match, keys))
    if digit and _VERSION_GATE.search(work) is not None:
        for match in list(_VERSION_RE.finditer(work)):
            said: set[object] = {("version", match["digits"])}
            if match["digits"].count(".") == 1:  # 'version 3.2' may be '3.2版'
                said.add(Decimal(match["digits"]))
            take(match.start(), match.end(), _item("version", text, match, frozenset(said)))
    if not gates or digit:
        for match in list(_GLUED_CODE_RE.finditer(work, max(0, d0 - 12))):
            key = frozenset({("code", match[0].upper())})
            take(match.start(), match.end(), _item("code", text, match, key))
    conversions = (
        [(m.start(), m.end()) for m in _CONVERSION_RE.finditer(work)]
        if not gates or (digit and ("(" in work or "（" in work))
        else []
    )
    areas = _area_conversions(work) if digit and ("(" in work or "（" in work) else []
    factors: list[tuple[int, Decimal]] = []  # (index in found, scale) of each bare or scaled number
    for match in _NUMBER_RE.finditer(work, d0) if digit else ():
        raw = match.group().rstrip()
        value = _value(raw)
        if value is None:
            continue
        end = match.start() + len(raw)
        begin = match.start()
        if (
            raw.isdigit()
            and work[begin - 1 : begin] == "."
            and work[: begin - 1][-1:] in _BARE_BEFORE
        ):
            # 'P = .003', 'p<.05': a decimal without its leading zero, as journals write
            value, begin = Decimal("0." + raw), begin - 1
        also: tuple[Decimal, ...] = ()
        scale = _SCALE_RE.match(work, end)
        if scale is None and end < len(work) and work[end] in "BMKmk":
            # "$3.4B", "€50M", "$20K": a letter, after a currency only ("4K", "5G" are not)
            scale = _SHORT_SCALE_RE.match(work, end)
            before = work[max(0, match.start() - 2) : match.start()].rstrip()
            if scale is not None and not (before and before[-1] in "$€£¥₩"):
                scale = None
        rounding = Decimal(0)
        if scale and not any(c in raw for c in _MYRIADS):
            also = (value,)
            value *= _SCALES[scale.group(1).lower()]
            end = scale.end()
            rounding = _rounding(raw, _SCALES[scale.group(1).lower()])
        elif raw[-1] in _MYRIADS and _ONE_DECIMAL_GROUP.fullmatch(raw):
            rounding = _rounding(raw, _MYRIADS[raw[-1]])  # '1.2兆', '4.5조'
        elif _BASIS_POINTS.match(work, end):
            also = (value / 100,)  # '220 basis points' is '2.2%p', '2.2ポイント'

        kind = "number"
        if any(start <= match.start() < stop for start, stop in conversions):
            kind = "conversion"
        factor = next((f for start, stop, f in areas if start <= match.start() < stop), None)
        area = None
        if factor is not None:
            kind = "conversion"
            area = _area_of(value, work[match.start() : end], factor)
        keys = _number_keys(value, also)
        written = text[begin:end]
        if scale:
            factors.append((len(found), Decimal(_SCALES[scale.group(1).lower()])))
        elif (single := _ONE_SCALED_GROUP.fullmatch(raw)) is not None:
            factors.append((len(found), _group_scale(single)))
        found.append(
            Item(
                kind,
                written,
                begin,
                end,
                keys,
                currency=_currency(work, match.start(), end),
                percent=_PERCENT_AFTER.match(work, end) is not None,
                area=area,
                rounding=rounding,
            )
        )
    if len(factors) > 1:
        _scale_range_heads(work, found, factors)
    if found and (
        not gates
        or ":" in work
        or "時半" in work
        or "반" in work
        or _HALF_DAY_GATE.search(work) is not None
        or _CJK_HALF_DAY_GATE.search(work) is not None
    ):
        found = _with_times(work, found, d0, text)
    found.sort(key=lambda i: i.start)
    if areas:
        found = _unit_area_said_once(work, found)
    return tuple(found)


# the unit before a bracket that restates its area ('3.3㎡(1평)', '1坪（3.3㎡）')
_AREA_BEFORE_BRACKET = lazy_compile(
    rf"\s?(?P<u>{_AREA_ALT})\s?[（(](?:approximately |approx\. |about |around |約|약 ?)?",
    re.IGNORECASE,
)


_ONE_TSUBO = (3.2, 3.4)  # m²: a tsubo or a pyeong, 3.3058 m², as releases round it


def _unit_area_said_once(work: str, found: list[Item]) -> list[Item]:
    """``found`` with a tsubo's or a pyeong's own area and its restatement ('3.3㎡(1평)당',
    '1坪（3.3㎡）当たり') made one figure, which either says: a translation gives the
    unit by its name ('per pyeong (3.3 m²)', 'per 3.3 m²'), not both figures."""
    out: list[Item] = []
    for item in found:
        before = out[-1] if out else None
        if (
            before is None
            or item.kind != "conversion"
            or item.area is None
            or before.kind != "number"
            or before.area is not None
        ):
            out.append(item)
            continue
        unit = _AREA_BEFORE_BRACKET.fullmatch(work, before.end, item.start)
        factor = (
            None if unit is None else _AREA_UNITS.get(unit["u"].lower(), _AREA_UNITS.get(unit["u"]))
        )
        value = next((k for k in before.keys if isinstance(k, Decimal)), None)
        if factor is None or value is None:
            out.append(item)
            continue
        area = _area_of(value, before.text, factor)
        if not (_ONE_TSUBO[0] < item.area[0] < _ONE_TSUBO[1] and _same_area(area, item.area)):
            out.append(item)  # ('約2,571坪（約8,500㎡）': two figures a translation keeps)
            continue
        out[-1] = replace(item, keys=item.keys | before.keys)
    return out


# a number of one group, with the scale words it has ('9,600百万', '7,100억', '2,046')
_ONE_SCALED_GROUP = lazy_compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)([十百千십백천])?([万萬億兆만억조])?")
# what joins a range's first figure to its second, a currency before that one included
# ('9,200～9,600百万円', '700–710 billion', '7,000억~7,100억', '$1.2 to $1.4 billion')
_RANGE_JOIN = lazy_compile(
    r"\s?(?:～|〜|~|–|—|-|to|から|에서)\s?(?:US\$|[$¥￥€£₩]|(?:USD|JPY|KRW|EUR)\s?)?"
)


def _group_scale(group: re.Match[str]) -> Decimal:
    """The scale a group's number words give its digits ('百万': 10⁶, none: 1)."""
    unit = _UNITS[group[2]] if group[2] else 1
    return Decimal(unit * (_MYRIADS[group[3]] if group[3] else 1))


def _scale_range_heads(work: str, found: list[Item], factors: list[tuple[int, Decimal]]) -> None:
    """Give a range's bare first figure the scale only its second one writes: Japanese,
    Korean and English all say it once ('9,200～9,600百万円' is ¥9.2 billion to ¥9.6
    billion, '700–710 billion' 7,000억~7,100억)."""
    for (i, head_scale), (j, tail_scale) in itertools.pairwise(factors):
        head, tail = found[i], found[j]
        if head_scale != 1 or tail_scale == 1 or j != i + 1:
            continue
        if _RANGE_JOIN.fullmatch(work, head.end, tail.start) is None:
            continue
        value = _full_value(head)
        if value is None or not value:
            continue
        found[i] = replace(
            head,
            keys=head.keys | {value * tail_scale},
            rounding=_rounding(head.text, int(tail_scale)),
        )


def _take_month(
    text: str,
    match: re.Match[str],
    month: int,
    take: Callable[[int, int, Item], None],
    group: int | str = 0,
) -> None:
    """A month alone: a date of no year and no day, that a date in that month fits."""
    if 1 <= month <= 12:
        start, end = match.span(group)
        keys = frozenset({Decimal(month)})  # ("10月" as a number: "4～10月" reads it so)
        take(start, end, Item("month", text[start:end], start, end, keys, date=(None, month, None)))


def _phone_keys(match: re.Match[str]) -> frozenset[object]:
    """The national number of a telephone number (digits after the country code or the
    trunk '0'), or nothing when the match is no telephone number: fewer than six digits,
    or a national form written without a separator ('0312345678' is a number)."""
    if match["cc"] is not None:
        national = re.sub(r"\D", "", match["intl"]).removeprefix("0")
    else:
        written = match["national"]
        if _PHONE_NATIONAL_SEPARATED.search(written) is None:
            return frozenset()
        national = re.sub(r"\D", "", written)[1:]
    if len(national) < 6:
        return frozenset()
    return frozenset({("phone", national)})


def _year_range(text: str, match: re.Match[str]) -> tuple[Item, ...]:
    """The two years of a range ``_YEAR_RANGE_RE`` read, each a fiscal year where the
    range says it is one, its end in full ('27' of '2025〜27年度' is 2027); none where
    the range says neither kind nor writes its end short, or is no run of a few years."""
    fiscal = match["fy"] is not None or match["fy2"] is not None
    if not fiscal and (match["year"] is None or len(match["b"]) == 4):
        return ()  # '2025–2026', '2025~2027년': two years read as any two numbers are
    first = int(match["a"])
    last = int(match["b"]) if len(match["b"]) == 4 else first - first % 100 + int(match["b"])
    if not 0 < last - first <= 20:
        return ()
    a_start = match.start("a") if match["fy"] is None else match.start()
    ends = (a_start, match.end("a")), (match.start("b"), match.end())
    if fiscal:
        keys = (frozenset({("fy", first)}), frozenset({("fy", last)}))
        return tuple(
            Item("fiscal", text[start:end], start, end, key)
            for (start, end), key in zip(ends, keys, strict=True)
        )
    # a calendar range: its years as numbers, the short end with its full year too
    short = frozenset({Decimal(last), Decimal(match["b"])})
    return (
        Item("number", match["a"], *match.span("a"), frozenset({Decimal(first)})),
        Item("number", match["b"], *match.span("b"), short),
    )


def _a_school_year(work: str, match: re.Match[str], how: str) -> bool:
    """Whether a fiscal year's ``match`` names a school's or an award's year."""
    if how == "ay" or "학년도" in match[0]:
        return True
    return _SCHOOL_YEAR_AFTER.match(work, match.end()) is not None


def _fiscal_gates(work: str, digit: bool, gengo: bool, fiscal: bool) -> tuple[bool, ...]:
    """Whether each of ``_FISCAL_RES`` may match ``work``."""
    year = "年" in work
    return (
        fiscal,
        digit and year and "期" in work,
        (digit or gengo) and year and "度" in work,
        digit and ("도" in work or "年度" in work),
        digit and "FY" in work and "/" in work,
        digit and "FY" in work and "/" in work,
        digit and "FY" in work,
        fiscal,
        digit and "결산" in work,
        digit and ("year" in work or "Year" in work or "AY" in work),
    )


def _date_gates(work: str, month_name: object, first_digit: int = 0) -> tuple[bool, ...]:
    """Whether each of ``_DATE_RES`` may match ``work`` (which holds a digit), given the
    first English month name in it (None: none) and where its first digit may be."""
    named = month_name is not None
    month = "月" in work or "월" in work
    # "2024-05-01", "2024/5/1", "2024. 5. 1."
    ymd = _YMD_GATE.search(work, first_digit) is not None
    return (
        named,
        named,
        ymd,
        ymd,
        ("年" in work or "년" in work) and month,
        month and ("日" in work or "일" in work),
        named,
        named,
        named,
        ymd,
        ymd,
    )


_YMD_GATE = lazy_compile(r"\d{4}[-/.]")  # in every match of _DATE_RES[2], [3], [9], [10]
# a time the 24-hour clock or a dropped ":00" may change: "10:00", "3 p.m."
_HALF_DAY_GATE = lazy_compile(r"\d\s*[ap]", re.IGNORECASE)
# ... and an hour the morning or afternoon is said of in Japanese or Korean: "午後3時", "오후 3시"
_CJK_HALF_DAY_GATE = lazy_compile("午[前後]|오[전후]|새벽|아침|낮|저녁|밤|朝|夜")
_TWELVE_BEFORE = lazy_compile(r"(?<![\d:.])12(?:[:.]00)?\s?$")
_NOON_RE = lazy_compile("正午|정오|(?<![A-Za-z])(?:[Nn]oon|[Mm]idday)(?![A-Za-z])")
# a multiplier: "doubled", "twice", "tripled", "three-fold", "5-fold"; "3倍", "三倍", "倍増",
# "세 배", "2배" ("twice a year" is 年2回, no multiplier: left out, it is no finding)
# (in lower case or with a capital: each match holds one of _TIMES_GATE's pieces, which
# a few substring tests find; a pattern ignoring case made the gate cost 6 µs a text)
# ... and "five times the usual points", "3 times as many" ("three times a year" is a
# count, and "at times" no figure: only a comparison after it makes a multiplier)
_TIMES_GATE = lazy_compile("wice|oubl|ripl|uadrupl|fold|times|倍|배")
_TIMES_EN = re.compile(
    r"\b(?:([Tt]wice)|([Dd]oubl(?:ed|es|ing))|([Tt]ripl(?:ed|es|ing))|([Qq]uadrupl(?:ed|es|ing))"
    r"|([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|\d+(?:\.\d+)?)[- ]?fold)\b"
    r"|\b([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+(?:\.\d+)?)"
    r" times(?= (?:the|as|more|higher|larger|greater|bigger|faster|that|what|our|their|its|"
    r"normal|usual|regular)\b)"
)
# ... and the bare verb after what makes it one ("will triple", "to double"), where
# "double-digit" and "triple-A" are no multipliers
_TIMES_VERB = re.compile(
    r"\b(?:will|to|would|could|can|may|should|and)\s+(double|triple|quadruple)\b(?!-)"
)
_TIMES_CJK = lazy_compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?|[二三四五十]|두|세|네|다섯|열)\s?(?:倍|배(?=[로가는를의에도]|[^가-힣]|$))"
    r"|倍増"
)
_TIMES_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "二": 2, "三": 3, "四": 4,
    "五": 5, "十": 10, "두": 2, "세": 3, "네": 4, "다섯": 5, "열": 10,
}  # fmt: skip
_CJK_HALF_DAY = lazy_compile(
    r"(午前|午後|오전|오후|새벽|아침|낮|저녁|밤|早朝|朝|夜)\s?(\d{1,2})\s?[時시]"
)
# the part of the day an hour is said in besides 午前/午後 and 오전/오후, as a time
# converted to Korea's or Japan's zone often is ('새벽 2시', '밤 9시', '朝8時'): the hours
# each says, on the 12-hour clock, with the 24-hour hour of each (an hour it does not
# say, '밤 2시', is left unread)
_DAY_PARTS: dict[str, dict[int, int]] = {
    "새벽": {12: 0, **{h: h for h in range(1, 7)}},
    "아침": {h: h for h in range(5, 12)},
    "早朝": {h: h for h in range(4, 9)},
    "朝": {h: h for h in range(5, 12)},
    "낮": {12: 12, **{h: h + 12 for h in range(1, 6)}},
    "저녁": {h: h + 12 for h in range(5, 12)},
    "밤": {12: 0, **{h: h + 12 for h in range(6, 12)}},
    "夜": {12: 0, **{h: h + 12 for h in range(6, 12)}},
}
# ... and the end of a range of hours that says it once, at its start: '오후 2시부터 4시까지',
# '午後2時～4時30分' (the end is in the same half of the day)
_CJK_HALF_DAY_RANGE = lazy_compile(
    r"(午前|午後|오전|오후)\s?(\d{1,2})\s?[時시](?:\s?\d{1,2}\s?[分분])?"
    r"\s?(?:부터|から|～|〜|~|-|－)\s?(\d{1,2})\s?[時시]"
)


def differences(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[Difference]:
    """The items of ``source`` that ``target`` lacks, each with what replaced it, if anything.

    Items are matched first to an item that says the same; an item left unmatched is
    *changed* when the target holds an unmatched item of a comparable kind in its
    place (a date for a date, a number for a number), else *left out*.

    ``memo``: a dict kept with ``source``, where what is read of ``source`` alone is kept
    for the next target compared with it (build's gate keeps one per msgid for every
    locale's catalog of a release: a cache of recent texts forgets a large catalog's
    first msgids before the next catalog asks for them).
    """
    wanted = remembered(memo, "figures.items", _items, source)
    counted = (
        remembered(memo, "figures.counted", _counted_in_words, source)
        if first_digit(target) >= 0
        else ()
    )
    ordinals = (
        remembered(memo, "figures.ordinals", _ordinals_in_words, source)
        if first_digit(target) >= 0
        else ()
    )
    midnight = "idnight" in source or "자정" in source or "真夜中" in source
    if not wanted and not counted and not ordinals and not midnight:
        return []  # nothing the translation could lack: its own figures need no reading
    have = _times_apart(_items(target))
    used = [False] * len(have)
    missing: list[Item] = []
    # a time, a date or an amount is matched before a plain number, which may fit a part
    # of one ('주 7회' the 7 of '7:40 p.m.', which '오후 7시 40분' then lacks)
    # an amount is matched first to one of the same value, so that a bare number that
    # one of its keys also fits ('10' of '10年債', which '¥10 billion' fits as written)
    # does not take the amount that another ('100億') needs
    exact = _pair_same_values(wanted, have, used)
    quarters_named = any(h.kind in _QUARTERS for h in have)
    for item in sorted(wanted, key=lambda w: w.kind == "number"):
        if id(item) in exact:
            continue
        # a quarter is matched by a quarter where the target names one: its bare number
        # ('1st quarter') is no match for 'the third quarter' beside '第2四半期（3か月）'
        kinds = _QUARTERS if item.kind == "quarter" and quarters_named else None
        index = next(
            (
                i
                for i, h in enumerate(have)
                if not used[i] and (kinds is None or h.kind in kinds) and item.fits(h)
            ),
            None,
        )
        if index is None:
            index = _fitting_parts(item, have, used)
        if index is None:
            missing.append(item)
        elif index >= 0:
            used[index] = True
    missing.sort(key=wanted.index)
    # ('翌日' in a source is prose the translation may say its own way)
    missing = [item for item in missing if item.kind != "day-word"]
    if missing:  # said in words instead: 'five years', '세 곳', '三つ', 'July-September'
        words = said_in_words(target) - _words_for_words(source, target, wanted)
        turned = _ratios_turned_round(missing, have, used)
        missing = [
            item for item in _not_in_words(missing, source, target, words) if id(item) not in turned
        ]
        missing = sorted([*missing, *(m for m in turned.values())], key=wanted.index)
    if missing and "丁目" in target:
        missing = _chome_in_kanji(missing, source, target)
    if missing:
        periods = [h for i, h in enumerate(have) if used[i] and h.kind == "fiscal"]
        missing = [item for item in missing if not _said_again(item, periods)]
    if missing and any(h.kind in _QUARTERS for h in have):
        missing = [item for item in missing if not _quarter_of_a_fiscal_year(item, source, have)]
    if missing:
        missing = [
            item for item in missing if not _designation_spaced(item, source, target, have, used)
        ]
    if missing and not (source.isascii() and target.isascii()):
        missing = [
            item for item in missing if not _name_with_its_number(item, source, target, have, used)
        ]
    if len(missing) < len(wanted):
        missing = [item for item in missing if not _restated(item, wanted, missing, source)]
    if missing and _A_YEAR_BEFORE.search(target):
        missing = [item for item in missing if not _the_year_before(item, wanted)]
    if missing and _HALF_BY_MONTHS_GATE.search(target) is not None:
        # a half year said by its months ('상반기' as 'January–June', '1～6月')
        missing = [item for item in missing if not _half_said_by_months(item, target)]
    if missing and ("부" in source or "部" in source):
        # an attachment list's count of copies ('붙임 1. 사업 개요 1부.'), which translations
        # leave out ('Attachment 1. Program overview')
        missing = [item for item in missing if _COPIES_AT_THE_END.match(source, item.end) is None]
    if missing and may_say_fiscal_years(source):
        # a Korean year is its fiscal year ('2027년 예산' as '2027年度予算')
        said = fiscal_years_said(source, missing, have, used)
        missing = [item for item in missing if id(item) not in said]
    if missing and _SAME_PERIOD_BEFORE.search(target):
        missing = _period_said_as_a_year_before(missing, have, used)
    if missing and _QUARTER_BEFORE.search(target):
        missing = [item for item in missing if not _the_quarter_before(item, wanted)]
    if missing and any(m.kind in _PERIOD_KINDS for m in missing):
        missing = [item for item in missing if not _first_half_so_far(item, source, target, have)]
    if any(item.kind == "timestamp" for item in missing):
        day = _one_day(wanted)
        shifts = {item.start: _converted(item, target, have, used, day) for item in missing}
        missing = [item for item in missing if shifts.get(item.start) is None]
        # a converted time that crosses midnight moves its date with it ('5:00 p.m. PT
        # on March 4' is '3月5日午前10時（日本時間）')
        moves = {shift for shift in shifts.values() if shift}
        if moves:
            missing = [item for item in missing if not _day_moved(item, moves, have, used)]
    if missing and any(item.kind in ("number", "time") for item in missing):
        missing = _home_time_converted(source, target, wanted, missing, have, used)
    if missing and any(item.text == "00" for item in missing):
        missing = [item for item in missing if not _zero_minutes(item, source, have)]
    if missing and ("後半" in source or "후반" in source):
        missing = [item for item in missing if not _match_minute(item, source, have, used)]
    if len(missing) >= 2 and any(h.kind == "ratio" and not used[i] for i, h in enumerate(have)):
        missing = _score_as_ratio(missing, source, have, used)
    if len(missing) >= 2 and any(h.kind == "ratio" and not used[i] for i, h in enumerate(have)):
        missing = _shares_as_ratio(missing, have, used)
    if missing and (_SPLIT_YEAR_GATE.search(source) or _SPLIT_YEAR_GATE.search(target)):
        missing = _split_years_named_by_their_start(missing, source, target, have, used)
    if missing and may_convert_spans(source, target):
        # a span of time in another unit of the same length ('14 days' as '2週間') is said
        spans = spans_converted(normal_text(source), normal_text(target), missing, have, used)
        missing = [item for item in missing if id(item) not in spans]
    if missing and may_name_grades(source, target):
        # a grade in the other school system's numbering ('grade 7' as '中学1年') is said
        renumbered = grades_renumbered(
            normal_text(source), normal_text(target), missing, have, used
        )
        missing = [item for item in missing if id(item) not in renumbered]
    if missing and _SEASON_CODE.search(target):
        # fashion: a season by its code ('2027年春夏' as 'SS27', '2026 F/W' as "FW'26")
        years = {int(code[1]) for code in _SEASON_CODE.finditer(target)}
        missing = [item for item in missing if not _season_year(item, years)]
    if missing and _SHOE_GATE.search(source) and _SHOE_GATE.search(target):
        # fashion: a shoe's size given in the other system ('26.5cm' as 'US 8.5')
        missing = [item for item in missing if not _shoe_size_converted(item, source, target)]
    if missing and ("色" in source or "색" in source or "가지" in source):
        # fashion: 'オフホワイトとライトグレーの2色' as 'in off-white and light grey': the
        # colours the translation names are the count
        missing = [item for item in missing if not _colours_listed(item, source, target)]
    if missing and any(item.kind == "number" for item in missing):
        # a measurement converted into another unit ('32°F' as '0℃') is said, not changed
        converted = converted_starts(normal_text(source), normal_text(target))
        missing = [item for item in missing if item.start not in converted]
    out: list[Difference] = []
    for item in missing:
        candidates = [i for i, h in enumerate(have) if not used[i] and _comparable(item, h)]
        if item.kind in _CLOCKS:  # a time changed to another time, not to its minutes
            candidates = [i for i in candidates if have[i].kind in _CLOCKS] or candidates
        index = _nearest(item, have, candidates)
        if index is not None:
            used[index] = True
        replacement = have[index] if index is not None else None
        if replacement is None and _SCALE_WORD_NUMBER.match(item.text):
            continue  # 'one million' said in words again ('백만', '千人'): reported only changed
        ends = replacement is None and _ends_period(item, wanted, missing, source, target)
        out.append(Difference(item, replacement, ends))
    if counted:
        out.extend(_counts_changed(counted, have, used, target))
    if midnight:
        out.extend(_midnight_as_noon(source, target, have, used))
    if ordinals:
        out.extend(_ordinals_changed(ordinals, have, used, target))
    return out


def _midnight_as_noon(
    source: str, target: str, have: Sequence[Item], used: list[bool]
) -> list[Difference]:
    """Midnight in words ('open until midnight', '자정까지') given as noon ('正午まで', '정오',
    'until noon'), which is a time of the target's no figure of the source matched: the
    hours of a bar or a sale turned twelve hours round. Midnight is a word, no figure, so
    only the noon that takes its place tells it."""
    said = _MIDNIGHT_SAID.search(source)
    if said is None or _MIDNIGHT_SAID.search(target) is not None:
        return []
    for index, item in enumerate(have):
        if (
            not used[index]
            and item.kind == "time"
            and item.half == "pm"
            and _NOON_RE.fullmatch(item.text)
        ):
            used[index] = True
            midnight = Item("time", said[0], *said.span(), frozenset({_MIDNIGHT}))
            return [Difference(midnight, item)]
    return []


# a school's or an accounts' year that runs into the next calendar year, written with both
# years ('the 2026-27 school year', 'fiscal 2025-26', 'FY2025/26'), which Japanese and
# Korean name by the year it starts in ('2026年度', '2026학년도', '2025年度')
_SPLIT_YEAR_GATE = lazy_compile(r"(?<![\d.,])(?:19|20)\d\d\s?[-–/]\s?\d\d(?![\d%])")
_SPLIT_YEAR = lazy_compile(
    r"(?P<fy>(?<![A-Za-z])FY\s?|\b[Ff]iscal\s(?:[Yy]ear\s)?)?(?<![\d.,])(?P<a>(?:19|20)\d\d)"
    r"\s?[-–/]\s?(?P<b>\d\d)(?![\d%])(?P<named>\s(?:school|academic)\syears?\b)?",
    re.IGNORECASE,
)


def _split_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, first year) of each split year of ``text`` ('2026-27 school year')."""
    out = []
    for match in _SPLIT_YEAR.finditer(text):
        first = int(match["a"])
        if (match["fy"] or match["named"]) and int(match["b"]) == (first + 1) % 100:
            out.append((match.start("a"), match.end("b"), first))
    return out


def _split_years_named_by_their_start(
    missing: list[Item], source: str, target: str, have: Sequence[Item], used: list[bool]
) -> list[Item]:
    """``missing`` without the years of a split year the other text names by the year it
    starts in ('2026-27 school year' as '2026年度', and the other way round)."""
    mine, theirs = _split_years(source), _split_years(target)
    if not mine and not theirs:
        return missing
    starts = {k[1] for h in have for k in h.keys if isinstance(k, tuple) and k[0] == "fy"}
    kept = []
    for item in missing:
        first = next((f for s, e, f in mine if s <= item.start and item.end <= e), None)
        if first is not None and first in starts:
            continue  # ('27' of '2026-27 school year', its '2026年度' given)
        years = {k[1] for k in item.keys if isinstance(k, tuple) and k[0] == "fy"}
        if item.kind == "fiscal" and years & {f for _, _, f in theirs}:
            for index, h in enumerate(have):  # ('2026年度' as 'the 2026-27 school year')
                if not used[index] and any(s <= h.start and h.end <= e for s, e, _ in theirs):
                    used[index] = True
            continue
        kept.append(item)
    return kept


# an hour with its minutes given apart, on the hour ('11時00分', '11시 00분')
_ZERO_MINUTES = lazy_compile(r"(\d{1,2})\s?[時시]\s?00\s?[分분]")


def _zero_minutes(item: Item, source: str, have: Sequence[Item]) -> bool:
    """Whether ``item`` is the '00' of an hour given with its minutes ('11時00分') that
    the translation gives as a time on the hour ('11:00 a.m.', '11 a.m.')."""
    match = _ZERO_MINUTES.search(source, max(0, item.start - 4), item.end + 2)
    if match is None or not match.start() < item.start < match.end():
        return False
    hour = int(match[1])
    return any(
        h.kind in _CLOCKS
        and (len(h.parts) != 2 or h.parts[1] == 0)
        and (Decimal(hour) in h.keys or Decimal(hour + 12) in h.keys or (hour, 0) in h.keys)
        for h in have
    )


def _ordinals_in_words(source: str) -> tuple[Item, ...]:
    """The ordinals an English source says in words of a thing it names ('its third mini
    album', 'his second solo single', 'the group's first tour'): after a determiner and
    before a word, not a place in a ranking ('placed second'), a time ('a second') or a
    run ('the third year in a row', which streak_changed compares)."""
    folded = source.casefold()
    if not any(word in folded for word in _EN_ORDINALS):
        return ()
    runs = (
        {m.start() for m in _EN_STREAK.finditer(source)}
        if "ecutive" in source or "straight" in source or "ccessive" in source or "row" in source
        else set()
    )
    return tuple(
        Item(
            "number", m[0], *m.span(), frozenset({Decimal(_EN_ORDINALS.index(m[1].casefold()) + 1)})
        )
        for m in _EN_ORDINAL.finditer(source)
        if m.start() not in runs
        and _DETERMINER_BEFORE.search(source, max(0, m.start() - 8), m.start()) is not None
        and _WORD_AFTER.match(source, m.end()) is not None
    )


# what an ordinal of a thing a release names opens and goes on with: 'its third album';
# not an occasion ('the first time', 初めて; 'the second time', 두 번째), which is no
# numbered thing
_DETERMINER_BEFORE = lazy_compile(r"(?:\b(?:its|his|her|their|our|the)|['’]s)\s$", re.IGNORECASE)
_WORD_AFTER = lazy_compile(r"[ -](?!times?\b)[A-Za-z]", re.IGNORECASE)


def _ordinals_changed(
    ordinals: Sequence[Item], have: Sequence[Item], used: list[bool], target: str
) -> Iterator[Difference]:
    """The ordinals the English source says in words that the target gives as another
    number in order, matched to nothing else ('its third mini album' as '미니 2집', 'his
    second single' as '3枚目のシングル'). An ordinal the target says another way, or
    with no number, is no change: only a number the target marks as one in order is
    compared ('2집', '2枚目', '第2', '2位', '2nd')."""
    in_order = [
        i
        for i, h in enumerate(have)
        if h.kind == "number"
        and (
            _ORDINAL_AFTER.match(target, h.end) is not None
            or _ORDINAL_BEFORE.search(target[max(0, h.start - 2) : h.start]) is not None
        )
    ]
    if not in_order:
        return
    for item in ordinals:
        same = [i for i in in_order if item.keys & have[i].keys]
        if same:  # (said in order: that number is this ordinal's, and no other's)
            free = next((i for i in same if not used[i]), None)
            if free is not None:
                used[free] = True
            continue
        candidates = [
            i for i in in_order if not used[i] and _distance(item, have[i]) <= math.log(10)
        ]
        index = _nearest(item, have, candidates)
        if index is not None:
            used[index] = True
            yield Difference(item, have[index])


_QUARTERS = frozenset({"quarter"})

_DAYS = ("date", "month-day")
# a period's end said by its month's end ('until the end of July', '7月末まで', '7월 말까지')
_MONTH_END = lazy_compile(r"\bend of\b|月末|\d月[のの]?末|월\s?말", re.IGNORECASE)
# what joins a period's start to its end: 'から', '부터', '～', 'to', 'through', 'until', '-'
# (a weekday in brackets may follow the start: '1月15日（金）から')
_PERIOD_JOIN = lazy_compile(
    r"[日일]?\s?(?:[（(][^）)\n]{1,4}[）)])?\s?"
    r"(?:から|より|부터|[～~〜\-–—]|to|through|thru|until|till)\s?$",
    re.IGNORECASE,
)


def _ends_period(
    item: Item, wanted: Sequence[Item], missing: Sequence[Item], source: str, target: str
) -> bool:
    """Whether ``item`` is the end date of a period the source gives from one date to
    another, and the translation keeps the start (and ends it by no month's end)."""
    if item.kind not in _DAYS or _MONTH_END.search(target):
        return False
    before = [w for w in wanted if w.end <= item.start and w.kind in _DAYS]
    if not before:
        return False
    start = max(before, key=lambda w: w.end)
    if any(m is start for m in missing):
        return False  # the whole period left out: a routine date, said elsewhere maybe
    between = source[start.end : item.start]
    if len(between) > 12 or _PERIOD_JOIN.fullmatch(between) is None:
        return False
    # the end said after a join the figures are not read from ('2026년 8~11월'): said
    last = item.date[2] or item.date[1] if item.date is not None else None
    if last is None and item.parts:
        last = item.parts[-1]
    said = rf"(?:[～~〜\-–—]|から|부터|to|through)\s?{last}\s?(?:[月월日일]|\b)"
    return last is None or re.search(said, target, re.IGNORECASE) is None


def _full_value(item: Item) -> Decimal | None:
    """The value a number says in full ('10 billion': 10¹⁰, not the 10 it is written with)."""
    values = [k for k in item.keys if isinstance(k, Decimal)]
    return max(values, key=abs) if values else None


def _pair_same_values(wanted: Sequence[Item], have: Sequence[Item], used: list[bool]) -> set[int]:
    """Pair each number of the source with an unused one of the target that says the same
    value in full; the ids of the source items so paired."""
    paired: set[int] = set()
    for item in wanted:
        value = _full_value(item) if item.kind == "number" else None
        if value is None:
            continue
        for i, h in enumerate(have):
            if not used[i] and h.kind == "number" and _full_value(h) == value and item.fits(h):
                used[i] = True
                paired.add(id(item))
                break
    return paired


# the year before the one a sentence speaks of, said as such: '前年同期' for 'the same
# period of 2025' in a release on 2026, '전년 동기', 'a year earlier'
_A_YEAR_BEFORE = lazy_compile(
    r"前年|昨年|前期|전년|작년|지난해|a year (?:earlier|ago|before)|(?:last|prior|previous) year",
    re.IGNORECASE,
)


# ... and the same period of the year before, said as such: '前年同期' for 'the third
# quarter of fiscal 2025' in a release on the third quarter of fiscal 2026
_SAME_PERIOD_BEFORE = lazy_compile(
    r"前年同期|前年同四半期|前期同期|전년\s?동기|전년\s?동\s?분기|"
    r"a year (?:earlier|ago)|year-(?:ago|earlier) (?:quarter|period)"
    r"|prior[- ]year (?:quarter|period)",
    re.IGNORECASE,
)
_PERIOD_KINDS = ("quarter", "half", "half-said", "fiscal")


def _period_said_as_a_year_before(
    missing: list[Item], have: Sequence[Item], used: list[bool]
) -> list[Item]:
    """``missing`` without its period of a year ('third quarter', 'fiscal 2025') when the
    translation names that period only as the year before's ('前年同期') and gives no
    other period in its place."""
    periods = [item for item in missing if item.kind in _PERIOD_KINDS]
    if not any(item.kind == "fiscal" for item in periods):
        return missing  # a year before needs the year it is before
    if any(not used[i] and h.kind in _PERIOD_KINDS for i, h in enumerate(have)):
        return missing  # another period in its place: compared as changed
    return [item for item in missing if item.kind not in _PERIOD_KINDS]


# the quarter before the one a sentence speaks of, said as such: '前四半期比' for 'than in
# the third quarter' in a sentence on the fourth, '직전 분기 대비', 'the previous quarter'
_QUARTER_BEFORE = lazy_compile(
    r"前四半期|(?:직전|전)\s?분기|(?:previous|prior|preceding|last) quarter|"
    r"quarter[- ]o(?:n|ver)[- ]quarter|sequential",
    re.IGNORECASE,
)


def _first_half_so_far(item: Item, source: str, target: str, have: Sequence[Item]) -> bool:
    """Whether ``item`` is the first half said as the second quarter so far, or the other
    way round: '第2四半期累計' and '2분기 누적' are '上半期', '상반기', 'the first half'."""
    if _cumulative_second(item, source):
        return any(("half", 1) in h.keys for h in have)
    if ("half", 1) in item.keys:
        return any(_cumulative_second(h, target) for h in have)
    return False


def _cumulative_second(item: Item, text: str) -> bool:
    """Whether ``item`` is a second quarter counted from the year's start ('第2四半期累計')."""
    return (
        item.kind == "quarter"
        and 2 in item.keys
        and (
            _CUMULATIVE.match(text, item.end) is not None
            or text[max(0, item.start - 3) : item.start].strip().endswith("누적")
        )
    )


def _the_quarter_before(item: Item, wanted: Sequence[Item]) -> bool:
    """Whether ``item`` is a quarter of a source that also speaks of the quarter after it
    ('the third quarter' beside 'the fourth quarter')."""
    if item.kind != "quarter":
        return False
    after = {key % 4 + 1 for key in item.keys if isinstance(key, int)}
    return any(
        other is not item and other.kind == "quarter" and after & other.keys for other in wanted
    )


# a half year by its months: 'January–June', 'Jan.-June', 'the first six months',
# '1~6월', '1～6月' (and the second half's)
_HALF_BY_MONTHS = {
    1: lazy_compile(
        r"\bJan(?:uary|\.)?\s?(?:[-–—~]|to|through|and)\s?June?\b|\bfirst six months\b|"
        r"(?<![\d.])1\s?[~〜～\-–]\s?6\s?[月월]",
        re.IGNORECASE,
    ),
    2: lazy_compile(
        r"\bJul(?:y|\.)?\s?(?:[-–—~]|to|through|and)\s?Dec(?:ember|\.)?|"
        r"\b(?:second|last|final) six months\b|(?<![\d.])7\s?[~〜～\-–]\s?12\s?[月월]",
        re.IGNORECASE,
    ),
}
_HALF_BY_MONTHS_GATE = lazy_compile(r"six months|Jan|Jul|[16]\s?[~〜～\-–]\s?1?[26]\s?[月월]", re.I)


def _half_said_by_months(item: Item, target: str) -> bool:
    """Whether ``item`` is a half year ``target`` names by its months ('상반기' as
    'January–June')."""
    return any(
        ("half", half) in item.keys and months.search(target) is not None
        for half, months in _HALF_BY_MONTHS.items()
    )


# the count of copies that closes a Korean or Japanese attachment line ('1부.', '1部')
_COPIES_AT_THE_END = lazy_compile(r"\s?[부部]\s?[.。]?\s*$")


def _the_year_before(item: Item, wanted: Sequence[Item]) -> bool:
    """Whether ``item`` is a bare year ('2025') of a source that also speaks of the year
    after it ('September 30, 2026', 'fiscal 2026', '2026'): the translation's word for
    the year before says it."""
    if item.kind != "number" or item.currency or len(item.keys) != 1:
        return False
    year = next(iter(item.keys))
    if not isinstance(year, Decimal) or year != year.to_integral() or not 1990 <= year <= 2100:
        return False
    later = int(year) + 1
    for other in wanted:
        if (other.date is not None and other.date[0] == later) or Decimal(later) in other.keys:
            return True
        if ("fy", later) in other.keys:
            return True
    return False


# a count the English source spells out ('three regions', 'eight hours'): read as a figure
# only to catch it changed ('2地域', '6時間'); a count of one is too often no count ('one
# of'); a scale word after it makes another number ('ten thousand'), and a translation may
# count weeks, months, quarters or decades in smaller units ('two weeks' as 14日間, 'nine
# months' as 4～12月期, 'two decades' as 20年)
_LATIN_LETTER = lazy_compile("[A-Za-z]")
_SCALE_AFTER = lazy_compile(
    r"\s(?:hundred|thousand|million|billion|trillion|dozen|decades?|centur(?:y|ies)|weeks?|"
    r"months?|quarters?|halves|pairs?|couples?)\b",
    re.IGNORECASE,
)


_SCALE_WORD_AFTER = lazy_compile(
    r"\s(?:hundred|thousand|million|billion|trillion|dozen)\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=8192)
def _counted_in_words(source: str) -> tuple[Item, ...]:
    return _spelled(source, _SCALE_AFTER) + _once_per_period(source)


# 'once a year', 'once weekly': a count of one, which '年2回' and '연 2회' change while
# '毎年' and '年に一度' say it without a digit (a count in words: reported only changed)
_ONCE = lazy_compile(r"(?<![A-Za-z])[Oo]nce(?![A-Za-z])")


def _once_per_period(source: str) -> tuple[Item, ...]:
    if "nce " not in source:
        return ()
    return tuple(
        Item("number", match[0], *match.span(), frozenset({Decimal(1)}))
        for match in _ONCE.finditer(source)
        if _FREQUENCY_AFTER.match(source, match.end())
    )


def spelled_counts(text: str) -> tuple[Item, ...]:
    """The counts an English text spells out, of anything ('two months', 'three years'),
    save a number of a scale word's ('ten thousand'); two and up."""
    return _spelled(text, _SCALE_WORD_AFTER)


# a count joined to what it counts ('a three-minute walk', 'a 40-storey tower' in words,
# 'a two-bedroom unit'): a figure as much as 'three minutes' is; not a fraction
# ('two-thirds'), a manner ('two-way', 'three-dimensional') or a length a translation may
# give in smaller units ('two-week', 'six-month')
_COUNTED_COMPOUND = lazy_compile(
    r"-(?:minutes?|hours?|days?|nights?|years?|stor(?:e?y|ies|eys)|floors?|levels?|"
    r"bedrooms?|rooms?|lanes?|stops?|stations?|blocks?|kilomet(?:er|re)s?|miles?|"
    r"met(?:er|re)s?|members?|persons?|people|seats?|units?|buildings?|phases?|stages?)"
    r"(?![A-Za-z-])"
)


# a count of what an acronym names ('three NGOs', 'five SMEs', 'two EV models'): a figure
# as much as 'three groups' is, though its word is in capitals, which a title's words
# ('Three New Products') are only at their first letter
_COUNTED_ACRONYM = lazy_compile(r"\s[A-Z]{2,}(?:s|’s|'s)?(?![A-Za-z])")


# a count of what a name or an adjective of a people qualifies ('nine Tomoe plants', 'two
# Korean companies'): a count in lower case before one or two capitalised words and a
# word in lower case; a title's ('Nine Tomoe Plants') has its number in capitals too
_COUNTED_NAMED = lazy_compile(r"\s[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*)?\s[a-z]")


# 'every three weeks', 'every two months': an interval, of doses or of reports, whose
# number the translation writes ('3週間ごと', '3주마다'), not a length said in words
_EVERY = lazy_compile(r"\b[Ee]very\s$")


def _spelled(source: str, scale_after: re.Pattern[str]) -> tuple[Item, ...]:
    if _LATIN_LETTER.search(source) is None:
        return ()  # (a Japanese or Korean source: its counts are figures already)
    found: list[Item] = []
    always = [m.span() for m in _ALWAYS_RE.finditer(source)] if "ays " in source else []
    for match in _EN_WORD.finditer(source):
        if match[1] is None or (
            re.match(r"\s[a-z]", source[match.end() : match.end() + 2]) is None
            and _COUNTED_COMPOUND.match(source, match.end()) is None
            and _COUNTED_ACRONYM.match(source, match.end()) is None
            and (not match[0].islower() or _COUNTED_NAMED.match(source, match.end()) is None)
        ):
            continue  # ('both', 'a dozen'; 'Three New Products', 'two-thirds': no count)
        if any(start <= match.start() < end for start, end in always):
            continue  # 'seven days a week': every day, 毎日, 연중무휴
        if scale_after.match(source, match.end()) and not _EVERY.search(
            source, max(0, match.start() - 7), match.start()
        ):
            continue
        first = match[1].casefold()
        tens = first in _EN_TENS
        value = 20 + 10 * _EN_TENS.index(first) if tens else _EN_UNITS.index(first)
        if match[2]:
            value += _EN_UNITS.index(match[2].casefold())
        if value >= 2:
            found.append(Item("number", match[0], *match.span(), frozenset({Decimal(value)})))
    return tuple(found)


def _counts_changed(
    counted: Sequence[Item], have: Sequence[Item], used: list[bool], target: str
) -> Iterator[Difference]:
    """The spelt-out counts of the source that the target gives as another number nearby
    (within a factor of ten of it, and matched to nothing else): 'three regions' as
    '2地域'. A count the target leaves out, or says in words, is no change."""
    words: frozenset[object] | None = None
    for item in counted:
        same = [i for i, h in enumerate(have) if item.keys & h.keys]
        if same:
            # the figure that says this count is taken by it: 'twenty years' as 20年間
            # leaves that 20 to no other count ('two regions' beside it, as 両地域)
            free = next((i for i in same if not used[i]), None)
            if free is not None:
                used[free] = True
            continue
        if words is None:
            words = said_in_words(target)
        if item.keys & words:
            continue
        candidates = [
            i
            for i, h in enumerate(have)
            if not used[i] and h.kind == "number" and _distance(item, h) <= math.log(10)
        ]
        index = _nearest(item, have, candidates)
        if index is not None:
            used[index] = True
            yield Difference(item, have[index])


# the end of a period of months a results release names by its last day ('the nine
# months ended December 31, 2026', 'the quarter ending June 30')
_PERIOD_ENDED = lazy_compile(r"\b(?:months|quarter|period)\s(?:ended|ending)\s$", re.IGNORECASE)


def _quarter_of_a_fiscal_year(item: Item, source: str, have: Sequence[Item]) -> bool:
    """Whether ``item``, the last day of a period of months ('the nine months ended December
    31, 2026'), is the end of a quarter of a fiscal year the translation names instead
    ('2027年3月期第3四半期累計期間': the year to March 2027, whose third quarter ends in
    December 2026)."""
    if item.date is None or item.date[0] is None or item.date[1] is None:
        return False
    if _PERIOD_ENDED.search(source, max(0, item.start - 24), item.start) is None:
        return False
    for fiscal, quarter in itertools.pairwise(have):
        if fiscal.kind != "fiscal" or quarter.kind not in _QUARTERS:
            continue
        if quarter.start - fiscal.end > 2:
            continue  # ('2027年3月期第3四半期', 'FY2026 third quarter': one period)
        for end in (k for k in fiscal.keys if isinstance(k, tuple) and k[0] == "end"):
            for q in (k for k in quarter.keys if isinstance(k, int) and 1 <= k <= 4):
                months = end[1] * 12 + end[2] - 1 - 3 * (4 - q)
                if (months // 12, months % 12 + 1) == (item.date[0], item.date[1]):
                    return True
    return False


def _said_again(item: Item, periods: Sequence[Item]) -> bool:
    """Whether ``item``, a fiscal period, restates one the translation has (``periods``,
    matched already): "the fiscal year ended March 31, 2026 (FY2025)" is 2026年3月期 once,
    as official translations say it. A number said twice is two facts, each to keep."""
    if item.kind != "fiscal":
        return False
    return any(item.fits(period) for period in periods)


def _same_end(a: Item, b: Item) -> bool:
    """Whether two fiscal periods end in the same month, where both say when they end:
    a year named "FY2025" is April 2025 to March 2026 or, by its end, to March 2025."""
    ends_a = frozenset(k for k in a.keys if isinstance(k, tuple) and k[0] == "end")
    ends_b = frozenset(k for k in b.keys if isinstance(k, tuple) and k[0] == "end")
    return not ends_a or not ends_b or bool(ends_a & ends_b)


# Numbers that translations write in words: English spells out the small ones ("five
# years", "Ten researchers"), Japanese and Korean count with their own numerals ("三つの
# 工場", "세 곳", "두 회사"), "both" and 両社/양사 are two, and a month is named ("July-
# September" for "7～9月"). A number of the source that the translation says so is not
# missing; words are read only to excuse, never as figures of their own ("one of the").
_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_WORD = lazy_compile(
    r"(?<![A-Za-z-])("
    + "|".join(_EN_TENS + _EN_UNITS)
    + r")(?:-("
    + "|".join(_EN_UNITS[1:10])
    + r"))?(?![A-Za-z])|(?<![A-Za-z])(both|a hundred|one hundred|a dozen|dozen|"
    r"(?<=\b[Aa] )single|once|twice)(?![A-Za-z])",
    re.IGNORECASE,
)
# 'a single charge' for 1回の充電, 'twice a day' for 1日2回; 'single' without its 'a' is a
# record ('its first Japanese single', 'the single topped the chart'), no count of one
_EN_COUNT_WORDS = {"both": 2, "a dozen": 12, "dozen": 12, "single": 1, "once": 1, "twice": 2}
_KANJI_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九十")}
_JA_WORD = lazy_compile(
    r"([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"(?=つ|人|名|社|カ所|か所|ヶ所|箇所|件|年|カ月|か月|ヶ月|日間|回|度|倍|種|点|台|本|店|校|カ国|か国)"
    r"|(両)(?=社|国|者|氏|首脳|機関|大学|地域|都市|市|県|道|州|省|町|村|政府|自治体|団体|チーム|"
    r"知事|市長|首相|大臣|代表|校|空港|港|駅)"
)
# a provision of a law, a notice's or an ordinance's number in kanji, as statutes and
# official Japanese write them ('第二十三条第一項', '第二十七条の十二', '告示第十二号'), and
# '第三者' (a third party, '제3자'): the numbers a translation writes in digits
_KANJI_NUMERAL = "[〇一二三四五六七八九十百千]+"
_JA_DESIGNATION = lazy_compile(
    rf"第({_KANJI_NUMERAL})(?:条|項|号|章|節|款|編|者|国)(?:の({_KANJI_NUMERAL}))?"
)
# a block of a Japanese postal address in kanji, as registered addresses write it:
# '丸の内二丁目7番2号' is '2-7-2 Marunouchi' (its first part) or '7-2 Marunouchi 2-chome'
_CHOME_WORD = lazy_compile(
    r"([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])丁目"
)
_CHOME_FIRST = lazy_compile(r"(?<![\d.,\-])(\d{1,2})(?=-\d|-?\s?chome\b)", re.IGNORECASE)
_KO_NATIVE = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
    "아홉": 9, "열": 10, "스무": 20,
}  # fmt: skip
_KO_WORD = lazy_compile(
    r"(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE, key=len, reverse=True)) + r")(?=\s)"
    r"|(양)(?=사|국|측|기관|\s(?:지역|도시|시|도|현|정부|지자체|기관|단체|팀|대학|공항|항구))"
)
_EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORDS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# capitalised, as English writes a month ('may', 'march' are other words); or in capitals
_MONTH_NAME = lazy_compile(rf"(?<![A-Za-z])({_MONTH_WORDS}|{_MONTH_WORDS.upper()})(?![A-Za-z])")
_MONTH_AFTER = lazy_compile(r"\s?(?:[～〜~\-–ー]\s?\d{1,2}\s?)?[月월]")


def _number_words(text: str) -> Iterator[tuple[int, Decimal]]:
    """Where ``text`` says a small number in words, and its value, one per word: 'five',
    'both', '三つ', '両市', '세 곳', '양측'."""
    for match in _EN_WORD.finditer(text):
        if match[3]:
            yield match.start(), Decimal(_EN_COUNT_WORDS.get(match[3].casefold(), 100))
            continue
        first = match[1].casefold()
        tens = first in _EN_TENS
        value = 20 + 10 * _EN_TENS.index(first) if tens else _EN_UNITS.index(first)
        if match[2]:
            value += _EN_UNITS.index(match[2].casefold())
        yield match.start(), Decimal(value)
    if not text.isascii():
        for match in _JA_WORD.finditer(text):
            yield match.start(), Decimal(2 if match[2] else _kanji_number(match[1]))
        for match in _KO_WORD.finditer(text):
            yield match.start(), Decimal(2 if match[2] else _KO_NATIVE[match[1]])


def _words_for_words(source: str, target: str, wanted: Sequence[Item]) -> frozenset[object]:
    """The numbers ``target`` says in words no more often than ``source`` does, outside
    its figures: each such word renders the source's own ('the two parties' for '양측',
    'both cities' for '両市'), so it says none of the source's figures ('2년' as 'three
    years, and the two parties' is a term changed, not one said in words). A word that is
    a figure of the source ('twice a year') is one the target may say in words."""
    said = Counter(value for _, value in _number_words(target))
    if not said:
        return frozenset()
    own = Counter(
        value
        for start, value in _number_words(source)
        if not any(item.start <= start < item.end for item in wanted)
    )
    return frozenset(value for value, n in said.items() if n <= own[value])


# 'three million travelers', 'two billion yen': a number in words with its scale, as a
# quote is translated ('年間300万人', '20億円')
_SCALE_WORD = lazy_compile(r" (thousand|million|billion|trillion)\b", re.IGNORECASE)


def said_in_words(text: str) -> frozenset[object]:
    """The small numbers ``text`` says in words (Decimal) and the months it names
    (("month", n)), for a source's numbers that a translation writes that way."""
    found: set[object] = set()
    for match in _EN_WORD.finditer(text):
        if match[3]:
            word = match[3].casefold()
            found.add(Decimal(_EN_COUNT_WORDS.get(word, 100)))
            continue
        first = match[1].casefold()
        tens = first in _EN_TENS
        value = 20 + 10 * _EN_TENS.index(first) if tens else _EN_UNITS.index(first)
        if match[2]:
            value += _EN_UNITS.index(match[2].casefold())
        found.add(Decimal(value))
        if (scale := _SCALE_WORD.match(text, match.end())) is not None:
            found.add(Decimal(value * _SCALES[scale[1].casefold()]))
    for match in _EN_ORDINAL.finditer(text):
        found.add(("ordinal", _EN_ORDINALS.index(match[1].casefold()) + 1))
    if (
        "row" in text
        or "ecutive" in text
        or "traight" in text  # (a headline's "Third Straight Title")
        or "ccessive" in text
        or "running" in text
    ):
        for match in _EN_STREAK.finditer(text):
            found.add(("streak", _EN_ORDINALS.index(match[1].casefold()) + 1))
    if "ary" in text or "主要" in text or "副次" in text:
        for match in _RANK_ORDINAL.finditer(text):
            found.add(("ordinal", _RANK_ORDINALS[(match[1] or match[2]).casefold()]))
    for match in _EN_FRACTION.finditer(text):
        found.add(("denominator", _EN_DENOMINATORS[match[1].casefold().rstrip("s")]))
    if "alf" in text or "hird" in text or "uarter" in text or "ifth" in text or "enth" in text:
        for match in _SHARE_WORD.finditer(text):
            word = match[1].casefold().rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
            found.add(("share", _EN_DENOMINATORS[word]))
    if "半分" in text or "절반" in text:
        found.add(("share", 2))
    for match in _MONTHS_SAID.finditer(text):
        spelled = (match[1] or "six").casefold()
        found.add(("months", {"three": 3, "six": 6, "nine": 9}.get(spelled) or int(spelled)))
    for match in _MONTH_NAME.finditer(text):  # capitalised, as English writes a month
        found.add(("month", _EN_MONTHS.index(match[1].casefold()[:3]) + 1))
    if not text.isascii():
        for match in _JA_WORD.finditer(text):
            if match[2]:
                found.add(Decimal(2))
                continue
            found.add(Decimal(_kanji_number(match[1])))
        for match in _KO_WORD.finditer(text):
            found.add(Decimal(2 if match[2] else _KO_NATIVE[match[1]]))
        if "第" in text:
            for match in _JA_DESIGNATION.finditer(text):
                found.update(Decimal(_kanji_number(n)) for n in match.groups() if n)
        for match in _KO_DAYS_WORD.finditer(text):
            found.add(Decimal(_KO_DAYS[match[1]]))
        if "째" in text:
            for match in _KO_ORDINAL.finditer(text):
                found.add(("ordinal", _KO_ORDINALS[match[1]]))
    if "ppeal" in text or "ppellate" in text or "控訴審" in text or "항소심" in text:
        found.add(_ON_APPEAL)  # '2심에서' as 'on appeal'
    if _DAILY.search(text) is not None:
        found.add(_EVERY_DAY)
    if ("idnight" in text or "자정" in text or "真夜中" in text) and _MIDNIGHT_SAID.search(text):
        found.add(_MIDNIGHT)
    if _WHOLLY.search(text) is not None:
        found.add(_THE_WHOLE)
    if _YEAR_AGO_SAID.search(text) is not None:
        found.add(_YEAR_AGO)
    if "ies" in text or "een" in text:
        for match in _DECADE_WORD.finditer(text):
            found.add(("decade", _DECADES[match[1].casefold()]))
    if "digit" in text and _DOUBLE_DIGITS.search(text) is not None:
        found.add(("decade", 10))  # '10%台前半': 'low double-digit royalties'
    for match in _ONE_SPAN_SAID.finditer(text):
        kind = "serving" if match["serving"] else (match["span"] or "charge").casefold()
        found.add(("one", kind))
    if (
        _WHOLE_YEAR.search(text) is not None
        and _MONTH_RANGE.search(text) is None
        and _MONTH_NAME.search(text) is None
    ):
        found.add(_EVERY_MONTH)  # (one that names its months counts them itself)
    for match in _EVERY_OTHER.finditer(text):
        found.add(("every other", _EVERY_OTHER_SPAN[str(match.lastgroup)]))
    if "ecimal" in text:
        for match in _DECIMALS_SAID.finditer(text):
            word = (match[1] or match[2]).casefold()
            found.add(("decimals", _DECIMAL_COUNTS.get(word) or int(word)))
    if (("op" in text or "ell" in text) and _TOP.search(text) is not None) or _SUPERLATIVE.search(
        text
    ):
        found.add(_FIRST_PLACE)
    if "round" in text and _GROUND_FLOOR.search(text) is not None:
        found.add(("ordinal", 1))  # '1階', '1층': the ground floor, as British English says
    return frozenset(found)


def _chome_in_kanji(missing: list[Item], source: str, target: str) -> list[Item]:
    """``missing`` without the numbers that a block of an address gives first ('2-7-2',
    '2-chome') and the translation writes in kanji before 丁目, one for each so written
    (the block's other numbers are still compared: '二丁目7番3号' changes '2-7-2')."""
    said = Counter(_kanji_number(m[1]) for m in _CHOME_WORD.finditer(target))
    firsts = Counter(int(m[1]) for m in _CHOME_FIRST.finditer(source))
    kept: list[Item] = []
    for item in missing:
        value = _full_value(item) if item.kind == "number" else None
        n = int(value) if value is not None and value == int(value) else -1
        if said[n] > 0 and firsts[n] > 0:
            said[n] -= 1
            firsts[n] -= 1
            continue
        kept.append(item)
    return kept


_KANJI_POWERS = {"十": 10, "百": 100, "千": 1000}


def _kanji_number(word: str) -> int:
    """The value of a kanji number below 10,000 ('三', '十二', '二十', '百六十六'), or of
    digits written one by one ('一二')."""
    if not any(c in _KANJI_POWERS for c in word):
        return int("".join(str(_KANJI_DIGITS[c]) for c in word))
    total = digit = 0
    for c in word:
        if c in _KANJI_POWERS:
            total += (digit or 1) * _KANJI_POWERS[c]
            digit = 0
        else:
            digit = _KANJI_DIGITS[c]
    return total + digit


_GROUND_FLOOR = lazy_compile(r"\b[Gg]round[- ][Ff]loor\b")


# an ordinal in native Korean words ('첫째', '둘째', '두 번째': 1点目, 2点目, 'second')
_KO_ORDINALS = {
    "첫": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6,
    "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
_KO_ORDINAL = lazy_compile(
    r"(?<![가-힣])(" + "|".join(sorted(_KO_ORDINALS, key=len, reverse=True)) + r")\s?번?째"
)
# a count of days in native Korean words ('이틀간', '사흘 동안': 2日間, 3日間)
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "열흘": 10}
_KO_DAYS_WORD = lazy_compile(r"(?<![가-힣])(" + "|".join(_KO_DAYS) + ")")
# first place in a ranking, as English says it: "last year's top-grossing film", "topped",
# "topping the industry"
_TOP = lazy_compile(
    r"(?<![A-Za-z])(?:[Tt]op(?:ped|ping|s)?|[Bb]est[- ]?sell(?:ing|ers?))(?![A-Za-z])"
)  # ('판매 1위', '販売台数1位': 'the best-selling SUV', 'the best seller')
# ... or by a superlative, as a survey names its first answer ('the most preferred
# service', 'the most common concern', 'led the ranking'; not 'the second most used')
_SUPERLATIVE = lazy_compile(
    r"(?<![A-Za-z])(?<!second )(?<!third )(?<!fourth )(?<!fifth )"
    r"(?:(?:the|its|their) (?:most|highest|largest|biggest|greatest|leading)"
    r"|(?:led|leads) (?:the|all)|favou?rite)(?![A-Za-z])"
)
_FIRST_PLACE = ("rank", 1)
# a share's rounding: Japanese names the digit rounded off ('小数点以下第2位を四捨五入'),
# English the digits kept ('rounded to one decimal place', 'to the first decimal place')
_DECIMALS_SAID = lazy_compile(
    r"(?<![A-Za-z])(?:(one|two|three|a single|[1-3])|the (first|second|third)) decimal"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_DECIMAL_COUNTS = {"one": 1, "a single": 1, "two": 2, "three": 3, "first": 1, "second": 2,
                   "third": 3}  # fmt: skip
_ROUNDED_OFF = lazy_compile(r"小数点?(?:以下)?\s?第?\s?$")
_RANK_AFTER = lazy_compile(r"\s?(?:位|위(?!안))")
# every day of the week, which '주 7회', '週7便' and '7 days a week' count
_DAILY = lazy_compile(
    r"(?<![A-Za-z])(?:daily|every day|seven days a week)(?![A-Za-z])|毎日|매일", re.IGNORECASE
)
_EVERY_DAY = ("daily", 7)
# midnight in words ('at midnight', '자정', '真夜中'), which '午前0時', '오전 0시' are
_MIDNIGHT_SAID = lazy_compile(r"(?<![A-Za-z])midnight(?![A-Za-z])|자정|真夜中", re.IGNORECASE)
_MIDNIGHT = ("midnight", 0)
# the year before said without its one ('a year earlier', 'the previous year', '前年'), for
# the source's '1년 전보다', '1年前に比べ': the 1 is said, not missing
_YEAR_AGO_SAID = lazy_compile(
    r"(?<![A-Za-z])(?:(?:a|one) year (?:earlier|ago|before)|(?:previous|prior|last) year|"
    r"year[- ]on[- ]year|on the year)(?![A-Za-z])|前年|昨年|전년|작년|지난해",
    re.IGNORECASE,
)
_YEAR_AGO = ("years ago", 1)
# one of a span or of a charge said with 'a' or 'one' ('within a month', 'an hour', 'in
# the first week', 'over the next week', 'on a single charge'), for the source's '1か月で',
# '今後1週間', '1시간', '1회 충전':
# the 1 is said, not missing; a car's '1회 충전 주행거리' is its range, as English says it.
# So is one pack, bottle or serving a label's figures are given for ('1봉지당', '1本あたり'),
# which English says 'per pack', 'each bottle', 'a serving' (any container: the counter
# does not tell a bag from a pack)
_ONE_SPAN_SAID = lazy_compile(
    r"(?<![A-Za-z])(?:an?|one|(?:a )?single|each|every|per|the first"
    r"|the (?:next|coming|following|past|last))[ -](?:full )?"
    r"(?:(?P<span>month|week|year|day|hour|minute|charge)|(?P<serving>pack|packet|bag|bottle|can"
    r"|box|cup|glass|serving|portion|piece|sachet|stick|tube|bar|jar|carton|pouch|tablet"
    r"|capsule))s?(?![A-Za-z])|(?<![A-Za-z])range(?![A-Za-z])",
    re.IGNORECASE,
)
_ONE_SPAN_AFTER = lazy_compile(
    r"\s?(?:(?P<month>[カヶケか]月|ヵ月|개월)|(?P<week>週間|주일|주간)|(?P<year>年間|년간)"
    r"|(?P<day>日間|일간)|(?P<hour>時間|시간)|(?P<minute>分間|분간)"
    r"|(?P<charge>回の充電|回充電|充電|회\s?충전|충전)"
    r"|(?P<serving>本|袋|個|箱|缶|杯|食|パック|包|봉지|봉|병|캔|잔|인분|팩|포|개입|통))"
)
_YEAR_AGO_AFTER = lazy_compile(r"\s?(?:년|年)\s?(?:전|前)")
# the whole year, which a statistics release counts as '1~12월 누적', '1～12月の累計'
_WHOLE_YEAR = lazy_compile(
    r"(?<![A-Za-z])(?:full[\s-]year|whole\s(?:of\s)?(?:the\s)?year|annual(?:ly)?|year[\s-]long"
    r"|(?:for|in|throughout|over)\s(?:the\s)?(?:calendar\s)?(?:year|(?:all|whole)\sof)(?:\s\d{4})?)"
    r"(?![A-Za-z])|通年|年間|연간|한\s?해",
    re.IGNORECASE,
)
_EVERY_MONTH = ("months", 12)
# a trial's second instance ('2심', '第2審'), as English says it: on appeal, the appellate
# court (and Japanese '控訴審', Korean '항소심')
_ON_APPEAL = ("instance", 2)
_INSTANCE_AFTER = lazy_compile(r"\s?(?:심|審)")
# the whole of something, as a translation says a source's 100 percent: 'wholly owned'
# for '100%子会社', '全額出資' or 'wholly funded' for '100% 출자', 'all shares' for
# '100% of the shares'
_WHOLLY = lazy_compile(
    r"(?<![A-Za-z])(?:wholly|fully|entirely|entire|whole|all)(?![A-Za-z])"
    r"|全額|全株|全量|全部|全て|すべて|完全|전액|전량|전부|완전|모든",
    re.IGNORECASE,
)
_THE_WHOLE = ("percent", 100)
# a percent sign or word right after a number
# a decade of ages or of a range, as Japanese and Korean write it ('20代', '10%台', '30대')
# and English says it in a word ('in their twenties', 'the low teens', 'teenagers'); a
# bare '10台' counts machines, and '10代目' is a tenth generation
_DECADE_AFTER = lazy_compile(r"\s?(?:[%％]\s?[台대]|代(?!目)|대)")
_DECADE_WORD = lazy_compile(
    r"(?<![A-Za-z])(teen(?=s\b|age)|twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:ies|s|age)",
    re.IGNORECASE,
)
_DOUBLE_DIGITS = lazy_compile(r"(?<![A-Za-z])double[-\s]digits?(?![A-Za-z])", re.IGNORECASE)
_DECADES = {"teen": 10, "twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60}
_DECADES |= {"sevent": 70, "eight": 80, "ninet": 90}
_PERCENT_AFTER = lazy_compile(r"\s?(?:%|％|percent\b|per cent\b|퍼센트|パーセント)")
_MONTH_RANGE = lazy_compile(
    r"\d{1,2}\s?(?:月|월)?\s?(?:[～〜~\-–]|から|부터)\s?\d{1,2}\s?(?:月|월)"
)
# a range of months from January to December: the whole year
_JANUARY_TO_DECEMBER = lazy_compile(
    r"(?<![\d.,])1\s?(?:月|월)?\s?(?:[～〜~\-–]|から|부터)\s?12\s?(?:月|월)"
)
_WEEK_BEFORE = lazy_compile(r"(?:週|주)\s?$")
# an interval of two said in one word ('biweekly', 'every other day', '隔週', '격월'), for
# the source's '2週間ごと', '2주 간격', 'every 2 weeks': the 2 is said, not missing
_EVERY_OTHER = lazy_compile(
    r"(?<![A-Za-z])(?:(?P<week>bi-?weekly|fortnightly|every (?:other|second) week|alternate weeks)"
    r"|(?P<day>every (?:other|second) day|alternate days)|(?P<month>every (?:other|second) month))"
    r"(?![A-Za-z])|(?P<week_cjk>隔週|격주)|(?P<day_cjk>隔日|격일)|(?P<month_cjk>隔月|격월)",
    re.IGNORECASE,
)
_EVERY_OTHER_SPAN = {
    "week": "week", "week_cjk": "week", "day": "day", "day_cjk": "day", "month": "month",
    "month_cjk": "month",
}  # fmt: skip
# ... and the span a source's 2 counts: '2週間', '2주', '2 weeks', '2日', '2일', '2개월'
_SPAN_AFTER = lazy_compile(
    r"\s?(?:(?P<week>週|주|weeks?(?![A-Za-z]))|(?P<month>か月|カ月|ヶ月|ケ月|개월|months?(?![A-Za-z]))"
    r"|(?P<day>日|일|days?(?![A-Za-z])))",
    re.IGNORECASE,
)
_TIMES_AFTER = lazy_compile(r"\s?(?:회|便|回|日|일)")
# ... and a count of one a day, which 'daily' says ('毎日1往復', '매일 1회'; aviation)
_EVERY_DAY_BEFORE = lazy_compile(r"(?:毎日|매일|하루)\s?$")
_ONCE_A_DAY_AFTER = lazy_compile(r"\s?(?:往復|便|回|本|왕복|회|편|차례)")


# a fraction said in English words ('one third', 'a quarter', 'two fifths'): its
# denominator, for a Japanese or Korean fraction ('3分の1', '3분의 1')
_EN_FRACTION = lazy_compile(
    r"(?<![A-Za-z])(half|halves|thirds?|quarters?|fifths?|tenths?)(?![A-Za-z])", re.IGNORECASE
)
_EN_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# a Japanese or Korean fraction's terms: its denominator before '分の', its numerator after
_DENOMINATOR_AFTER = lazy_compile(r"\s?(?:分の|분의)")
_NUMERATOR_BEFORE = lazy_compile(r"(?:分の|분의)\s?$")


# a share said as a fraction of what it is a share of ('by half the inflation rate', 'a
# quarter of the output', '물가상승률의 절반'): the percentage '50%만큼' or '25%' is
_SHARE_WORD = lazy_compile(
    # (not a period's half: 'the first half of the year', 'the latter half of the year')
    r"(?<![A-Za-z])(?<!first )(?<!second )(?<!1st )(?<!2nd )(?<!latter )(?<!former )"
    r"(?<!the )(?<!a )(half|(?:a|one)[- ](?:third|quarter|fifth|tenth))(?: of)? "
    r"(?:the|its|their|our|this|that|his|her)(?![A-Za-z])",
    re.IGNORECASE,
)


def _share_in_words(item: Item, source: str, words: frozenset[object]) -> bool:
    """Whether a source percentage is the share the translation says as a fraction."""
    if item.kind != "number" or not _PERCENT_AFTER.match(source, item.end):
        return False
    shares = [w[1] for w in words if isinstance(w, tuple) and w[0] == "share"]
    values = [k for k in item.keys if isinstance(k, Decimal)]
    return any(abs(k - Decimal(100) / n) < Decimal("0.5") for n in shares for k in values)


def _a_fraction_in_words(item: Item, source: str, words: frozenset[object]) -> bool:
    """Whether a source number is a term of a fraction ('3分の1') the translation says in
    words ('one third', 'a third'): the denominator as that word, the numerator one as
    'one' or 'a' (said in words already, or not at all)."""
    values = [int(k) for k in item.keys if isinstance(k, Decimal) and k == int(k)]
    if _DENOMINATOR_AFTER.match(source, item.end):
        return any(("denominator", n) in words for n in values)
    if _NUMERATOR_BEFORE.search(source[max(0, item.start - 3) : item.start]):
        return 1 in values and any(isinstance(w, tuple) and w[0] == "denominator" for w in words)
    return False


_EN_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
]  # fmt: skip
_EN_ORDINAL = lazy_compile(rf"(?<![A-Za-z])({'|'.join(_EN_ORDINALS)})(?![A-Za-z])", re.IGNORECASE)
# the first and second of a rank, as a trial's endpoints are named: '1차 평가지표' is the
# 'primary endpoint', '主要評価項目'; '2차' the 'secondary' one, '副次評価項目'
_RANK_ORDINALS = {"primary": 1, "secondary": 2, "tertiary": 3, "主要": 1, "副次": 2}
_RANK_ORDINAL = lazy_compile(
    r"(?<![A-Za-z])(primary|secondary|tertiary)(?![A-Za-z])|(主要|副次)", re.IGNORECASE
)
# a number that counts in order: "第3回", "제3회", "3回目", "2차", "3번째" ("the third"),
# a floor: "4층", "地下1階" ("the fourth floor", "the first basement level"), and a place
# in a ranking: "3位", "2위" ("third place", "second in the table")
_ORDINAL_BEFORE = lazy_compile(r"(?:第|제)\s?$")
_ORDINAL_AFTER = lazy_compile(
    r"\s?(?:回目|番目|번째|째|차|次|階|층|位|위(?!안)"
    # a counter and 目: '1点目' (the first point), '2つ目', '3件目', '2年目', '3日目'
    r"|(?:点|つ|件|人|社|店舗|店|作|年|日|期|度|本|枚|個|品|号|弾|戦|週|か所|カ所|箇所|話)目"
    # ... and a chain's store by its number ('100号店', '100호점': its 100th)
    r"|号店|호점"
    # ... and a Korean counter and 차, as Japanese says 目 ('3년 차까지', '2일 차', '5주 차':
    # 'by the third year', 'on day two'), not '3년 차이' (three years apart) nor '차량'
    r"|(?:년|일|주|개월|달|분기)\s?차(?=$|[^가-힣]|까지|에|의|인|부터|는|은|를|을|로)"
    # ... and a series' episode as a broadcaster numbers it ('8회에서', '8회 방송', '8회차':
    # 'its eighth episode'; not a count of times, '30회 공연')
    r"|회(?=차|분|\s?(?:방송|방영|에서))"
    # ... and an artist's album by its number ('미니 2집', '정규 3집': 'the second EP')
    r"|집"
    # ... and a rocket's stage ('1단 엔진', '2단 분리', '1단은', '1段目', '2段エンジン': 'the
    # first-stage engine', 'second-stage separation'), not a count of steps ('3단계',
    # '5段階')
    r"|단(?=\s?(?:엔진|로켓|추진|분리|연소|발사체|부|모터|점화)|은|는|이|가|을|를|과|와|의|에서)"
    r"|段目|段(?=エンジン|ロケット|機体|分離|燃焼|モータ|点火|は|が|を|と|の)"
    # ... and a launcher's or a reactor's unit by its number ('5号機', '5호기': 'the fifth
    # flight', 'its fifth unit'), as a series numbers what it builds
    r"|号機|호기"
    # ... and a trial's instance ('1심', '第1審', '一審': 'at first instance')
    r"|심|審"
    # ... and an English ordinal's ending in a Japanese or Korean text ('日本1stシングル',
    # '2nd 미니앨범': 'its first Japanese single')
    r"|(?:st|nd|rd|th)(?![A-Za-z])"
    # ... and a school's term and a pupil's year (education: '2学期', '2학기': 'the second
    # semester'; '2年生', '2학년': 'its second-year students'), not '2026학년도', a year
    r"|学期|학기|年生|학년(?!도)"
    r")"
)
# ("第3四半期累計", "第3四半期連結累計期間", as every Japanese results summary says it)
_CUMULATIVE = lazy_compile(r"\s?(?:連結)?(?:累計|累積)|\s?누적")
# a Japanese quarter's results (決算短信's '2027年3月期第3四半期決算', '第3四半期の連結業績'),
# which cover the year so far: 'results for the nine months ended December 31'
_QUARTER_RESULTS = lazy_compile(r"\s?(?:の)?\s?(?:連結)?\s?(?:決算|業績)")
# a run of periods in a row, counted in the source ('3개 분기 연속', '3년 연속', '3期連続',
# '4四半期連続'), which English says by the last one's place: 'a third consecutive
# quarter', 'its third straight year', 'the third quarterly loss in a row'
_STREAK_AFTER = lazy_compile(
    r"\s?(?:개\s?)?(?:분기|년|개월|달|주|일|회|期|四半期|年|年度|か月|カ月|ヶ月|ヵ月|日|週|回)?"
    r"\s?(?:연속|連続)"
    # ... and a club's titles, wins or losses in a row ('3連覇', '5連勝', '3연패', '4연승'):
    # 'a third straight title', 'a fifth consecutive win'
    r"|\s?(?:連覇|連勝|連敗|연패|연승)"
)
_EN_STREAK = lazy_compile(
    rf"(?<![A-Za-z])({'|'.join(_EN_ORDINALS)})\s(?:(?:consecutive|straight|successive)"
    r"(?![A-Za-z])|(?:[A-Za-z-]+\s){1,3}(?:in\sa\srow|running)(?![A-Za-z]))",
    re.IGNORECASE,
)


_RUN_MARKS = ("連続", "연속", "連覇", "連勝", "連敗", "연패", "연승")


def streak_changed(source: str, target: str) -> tuple[str, str] | None:
    """A run the English ``source`` counts in words ('for the third consecutive year')
    that ``target`` counts with another number ('2년 연속', '2年連続'): (the source's
    words, the target's run), or None. The figure check reads no number in the source's
    words, so it saw none changed; a run the target leaves out or keeps is no change."""
    if not any(run in target for run in _RUN_MARKS):
        return None
    said = {_EN_ORDINALS.index(m[1].casefold()) + 1: m[0] for m in _EN_STREAK.finditer(source)}
    if not said:
        return None
    runs: dict[int, str] = {}
    for item in items(target):
        ends = _STREAK_AFTER.match(target, item.end) if item.kind == "number" else None
        if ends is not None:
            for key in item.keys:
                if isinstance(key, Decimal) and key == int(key):
                    runs[int(key)] = target[item.start : ends.end()]
    if not runs or said.keys() & runs.keys():
        return None
    return next(iter(said.values())), next(iter(runs.values()))


_MONTHS_SAID = lazy_compile(
    r"(?<![A-Za-z])(three|six|nine|3|6|9)[\s-]months?(?![A-Za-z])|(?<![A-Za-z])(first half)",
    re.IGNORECASE,
)


def _ratios_turned_round(
    missing: list[Item], have: Sequence[Item], used: list[bool]
) -> dict[int, Item]:
    """The ratios of ``missing`` that the target writes turned round, unmatched ('1-for-2'
    for '1株を2株に', '2주당 1주' for '1:2'): its words ('split into two shares') say the
    source's terms too, but the ratio it writes is the other one, which they do not excuse."""
    turned = Counter(
        _lowest(*h.parts[::-1])
        for i, h in enumerate(have)
        if not used[i] and h.kind == "ratio" and len(h.parts) == 2
    )
    kept: dict[int, Item] = {}
    for item in missing:
        if item.kind != "ratio" or len(item.parts) != 2 or item.parts[0] == item.parts[1]:
            continue
        terms = _lowest(*item.parts)
        if turned[terms] > 0:  # (each ratio written turned round keeps one of the source's)
            turned[terms] -= 1
            kept[id(item)] = item
    return kept


def _lowest(a: int, b: int) -> tuple[int, int]:
    """A ratio's terms in lowest terms."""
    g = math.gcd(a, b) or 1
    return a // g, b // g


def _not_in_words(
    missing: list[Item], source: str, target: str, words: frozenset[object]
) -> list[Item]:
    """``missing`` without the items the target says in ``words``; an ordinal the
    target says once in words is one of the source's numbers in order, not two ('日本1st
    シングル … 1位' as 'its first single … ranked No. 2': the later one is still missing)."""
    ordinals = [w for w in words if isinstance(w, tuple) and w[0] == "ordinal"]
    if not ordinals:
        return [item for item in missing if not _in_words(item, source, words)]
    said = _ordinals_said(target)
    rest = words - frozenset(ordinals)
    excused: list[tuple[Item, int | None]] = []
    kept: list[Item] = []
    for item in missing:
        if _in_words(item, source, rest):
            continue
        if not _in_words(item, source, words):
            kept.append(item)
            continue
        counts = [int(k) for k in item.keys if isinstance(k, Decimal) and k == int(k)]
        excused.append((item, next((n for n in counts if ("ordinal", n) in words), None)))
    used: Counter[int] = Counter()
    for item, n in excused:
        if n is not None and said is not None and used[n] >= said[n]:
            kept.append(item)
            continue
        if n is not None:
            used[n] += 1
    kept.sort(key=missing.index)
    return kept


def _ordinals_said(target: str) -> Counter[int] | None:
    """How many times ``target`` says each ordinal in words, or None where it says one
    in words these do not count (a ground floor, 'primary')."""
    if ("round" in target and _GROUND_FLOOR.search(target) is not None) or (
        _RANK_ORDINAL.search(target) is not None
    ):
        return None
    said = Counter(_EN_ORDINALS.index(m[1].casefold()) + 1 for m in _EN_ORDINAL.finditer(target))
    if "째" in target:
        said.update(_KO_ORDINALS[m[1]] for m in _KO_ORDINAL.finditer(target))
    return said


def _in_words(item: Item, source: str, words: frozenset[object]) -> bool:
    """Whether a source number missing from the translation is said there in words."""
    if _share_in_words(item, source, words):
        return True  # '50%만큼 인상': 'raised by half the inflation rate'
    if item.kind == "quarter" and (
        _CUMULATIVE.match(source, item.end)
        or _QUARTER_RESULTS.match(source, item.end)
        or source[max(0, item.start - 3) : item.start].strip().endswith("누적")
    ):
        # "第3四半期累計", "누적 3분기": the first nine months, as English says them
        months = {3 * int(k) for k in item.keys if isinstance(k, int)}
        return any(("months", n) in words for n in months)
    if (
        item.kind == "number"
        and source.startswith("位", item.end)
        and _ROUNDED_OFF.search(source, max(0, item.start - 6), item.start)
        and any(("decimals", int(k) - 1) in words for k in item.keys if isinstance(k, Decimal))
    ):
        return True  # '小数点以下第2位を四捨五入': 'rounded to one decimal place'
    if item.kind == "number" and (
        _ORDINAL_AFTER.match(source, item.end)
        or _ORDINAL_BEFORE.search(source[max(0, item.start - 2) : item.start])
    ):
        counts = [int(k) for k in item.keys if isinstance(k, Decimal) and k == int(k)]
        if any(("ordinal", n) in words for n in counts):
            return True  # "第1回の会合": "the first meeting"
        if _FIRST_PLACE in words and counts == [1] and _RANK_AFTER.match(source, item.end):
            return True  # "흥행 1위작": "the top-grossing film"
    if (
        item.kind == "number"
        and _ON_APPEAL in words
        and Decimal(2) in item.keys
        and _INSTANCE_AFTER.match(source, item.end)
    ):
        return True  # "2심에서 뒤집혔다": "reversed on appeal"
    if (
        item.kind == "number"
        and _THE_WHOLE in words
        and Decimal(100) in item.keys
        and _PERCENT_AFTER.match(source, item.end)
    ):
        return True  # "지분 100%를 출자": "wholly funded"
    if (
        item.kind == "number"
        and _EVERY_MONTH in words
        and (Decimal(1) in item.keys or Decimal(12) in item.keys)
        and any(
            m.start() <= item.start < m.end()
            for m in _JANUARY_TO_DECEMBER.finditer(source, max(0, item.start - 8))
        )
    ):
        return True  # "1~12월 누적 수출": "exports for the full year"
    if item.kind == "number" and _STREAK_AFTER.match(source, item.end):
        counts = [int(k) for k in item.keys if isinstance(k, Decimal) and k == int(k)]
        if any(("streak", n) in words for n in counts):
            return True  # "3개 분기 연속 적자": "a third straight quarterly loss"
    if (
        item.kind == "number"
        and _EVERY_DAY in words
        and Decimal(7) in item.keys
        and _WEEK_BEFORE.search(source[max(0, item.start - 2) : item.start])
        and _TIMES_AFTER.match(source, item.end)
    ):
        return True  # "주 7회 운항", "週7便": "daily flights"
    if (
        item.kind == "number"
        and _EVERY_DAY in words
        and Decimal(1) in item.keys
        and _EVERY_DAY_BEFORE.search(source[max(0, item.start - 3) : item.start])
        and _ONCE_A_DAY_AFTER.match(source, item.end)
    ):
        return True  # "毎日1往復", "매일 1회": "operates daily"
    if (
        item.kind == "number"
        and _YEAR_AGO in words
        and Decimal(1) in item.keys
        and _YEAR_AGO_AFTER.match(source, item.end)
    ):
        return True  # "1년 전보다", "1年前に比べ": "from a year earlier"
    if item.kind == "number" and _DECADE_AFTER.match(source, item.end):
        counts = [int(k) for k in item.keys if isinstance(k, Decimal) and k == int(k)]
        if any(("decade", n) in words for n in counts):
            return True  # "20代の女性", "10%台前半": "women in their twenties", "the low teens"
    if item.kind == "number" and item.text == "1":
        span = _ONE_SPAN_AFTER.match(source, item.end)
        if span is not None and ("one", span.lastgroup) in words:
            return True  # "発売から1か月で", "1회 충전 주행거리": "within a month", "range"
    if (
        item.kind == "number"
        and Decimal(2) in item.keys
        and any(isinstance(w, tuple) and w[0] == "every other" for w in words)
    ):
        span = _SPAN_AFTER.match(source, item.end)
        if span is not None and ("every other", span.lastgroup) in words:
            return True  # "2주 간격으로", "2週間ごとに": "biweekly", "every other week"
    if (
        item.kind == "time"
        and _MIDNIGHT in words
        and item.half == "am"
        and item.keys == frozenset({Decimal(0)})
    ):
        return True  # "午前0時", "오전 0시": "midnight"
    if item.kind == "month" and item.date is not None:
        return ("month", item.date[1]) in words  # "10月" as "October" at a sentence's start
    if item.kind == "ratio" and any(part != 1 for part in item.parts):
        # "1株につき3株": "a three-for-one split", "each share split into three" (one: "each")
        return all(Decimal(part) in words for part in item.parts if part != 1)
    if item.kind == "number" and _a_fraction_in_words(item, source, words):
        return True  # "3分の1": "one third"
    day_alone = item.date is not None and item.date[1] is None  # "最大3日の休暇": three days
    if (item.kind != "number" and not day_alone) or not words:
        return False
    if _MONTH_AFTER.match(source, item.end):  # "7～9月": months, named in English
        values = [k for k in item.keys if isinstance(k, Decimal)]
        return any(("month", int(v)) in words for v in values if v == int(v) and 1 <= v <= 12)
    return any(key in words for key in item.keys if isinstance(key, Decimal))


# what joins a score's two numbers in English ('2-1', '2–1'), which Korean and Japanese
# may write as a ratio ('2:1로', '2対1', '1대2로 패했다')
_SCORE_JOIN = lazy_compile(r"\s?[-–—]\s?")


# a fashion season by its code and the year's last two digits ('SS27', "FW'26", 'AW26',
# 'S/S 27', 'PF27' for pre-fall, 'RE27' for resort)
_SEASON_CODE = lazy_compile(r"\b(?:SS|AW|FW|S/S|A/W|F/W|PF|RE|HO)\s?['’]?(\d{2})(?![\d/])")


def _season_year(item: Item, years: set[int]) -> bool:
    """Whether ``item`` is a year (2000 to 2099) a season code of the translation gives."""
    return (
        item.kind == "number"
        and item.text.isdigit()
        and len(item.text) == 4
        and (item.text.startswith("20") and int(item.text[2:]) in years)
    )


# a shoe's size by the foot's length ('26.5cm', '265mm', '26.5センチ') or by a country's
# scale ('US 8.5', 'UK 8', 'EU 42', 'US Men's 8.5')
_FOOT_LENGTH = lazy_compile(r"\s?(?:cm|㎝|センチ|센티)|(?<=\d)\s?mm")
_SCALE_SIZE = lazy_compile(
    r"\b(?P<scale>US|UK|EU|EUR)\s?(?:(?:men's|women's|mens|womens|M|W)\s?)?"
    r"(?P<n>\d{1,2}(?:\.\d)?)(?:\s?[~～〜–-]\s?(?P<m>\d{1,2}(?:\.\d)?))?(?!\d|\.\d)",
    re.IGNORECASE,
)
_SHOE_GATE = lazy_compile(r"\d\s?(?:cm|㎝|センチ|센티|mm)|\b(?:US|UK|EU|EUR)\s?\d", re.IGNORECASE)


def _shoe_size_converted(item: Item, source: str, target: str) -> bool:
    """Whether ``item`` is a shoe size the translation gives in another system: a foot's
    length ('26.5cm', '265mm') as a US, UK or EU size, or one of those as a length, each
    within a size of the usual charts (US: the length less 16.5 to 18.5 for women's and
    men's; UK: less 18 to 19.5; EU: 1.5 times the length and 1.5, within one). A range
    ('24.5～28.0cm' as 'US 6.5–10') keeps one chart at both ends: 'US 6.5–11' is not it.
    A translation that gives sizes in the item's own system is compared there as usual
    ('24.5cm（US 6.5）' as '255mm(US 6.5)' changed the length)."""
    if item.kind != "number":
        return False
    try:
        value = Decimal(item.text.replace(",", ""))
    except InvalidOperation:
        return False
    for match in _SCALE_SIZE.finditer(source, max(0, item.start - 24), item.end + 12):
        if item.end in (match.end("n"), match.end("m")):  # a scale's size given as a length
            scale = match["scale"].upper()
            if any(other == scale for other, _size in _scale_sizes(target)):
                return False  # the translation gives that scale's sizes: compared there
            if match["m"]:
                ends = (Decimal(match["n"]), Decimal(match["m"]))
                return any(_range_fits(pair, scale, ends) for pair in _length_ranges(target))
            return any(_fits_chart(length, scale, value) for length in _lengths(target))
    if _lengths(target) or _length_ranges(target):
        return False  # the translation gives lengths: the source's are compared there
    for match in _LENGTH_RANGE.finditer(source, max(0, item.start - 12), item.end + 12):
        if match.start(1) <= item.start < match.end(2):
            ends = (_length(match[1]), _length(match[2]))
            return any(
                _range_fits(ends, m["scale"].upper(), (Decimal(m["n"]), Decimal(m["m"])))
                for m in _SCALE_SIZE.finditer(target)
                if m["m"]
            )
    if _FOOT_LENGTH.match(source, item.end) is None:
        return False
    length = _length(item.text)
    return 18 <= length <= 33 and any(
        _fits_chart(length, scale, size) for scale, size in _scale_sizes(target)
    )


# a range of a foot's lengths ('24.5cm～28.0cm', '24.5～28.0cm', '245~280mm')
_LENGTH_RANGE = lazy_compile(
    r"(?<![\d.])(\d{2,3}(?:\.\d)?)\s?(?:cm|㎝|mm)?\s?[~～〜–-]\s?(\d{2,3}(?:\.\d)?)\s?"
    r"(?:cm|㎝|センチ|센티|mm)"
)


def _length(written: str) -> Decimal:
    value = Decimal(written.replace(",", ""))
    return value / 10 if value >= 100 else value


def _length_ranges(text: str) -> list[tuple[Decimal, Decimal]]:
    return [(_length(m[1]), _length(m[2])) for m in _LENGTH_RANGE.finditer(text)]


def _range_fits(
    lengths: tuple[Decimal, Decimal], scale: str, sizes: tuple[Decimal, Decimal]
) -> bool:
    """Whether both ends of a range of lengths are its range of sizes on one chart."""
    if not all(_fits_chart(a, scale, b) for a, b in zip(lengths, sizes, strict=True)):
        return False
    return scale not in ("US", "UK") or lengths[0] - sizes[0] == lengths[1] - sizes[1]


def _scale_sizes(text: str) -> list[tuple[str, Decimal]]:
    return [
        (match["scale"].upper(), Decimal(size))
        for match in _SCALE_SIZE.finditer(text)
        for size in (match["n"], match["m"])
        if size
    ]


def _lengths(text: str) -> list[Decimal]:
    """The foot lengths of ``text``, a range's two ends among them ('245~280mm')."""
    ends = [length for pair in _length_ranges(text) for length in pair]
    return [_length(m[1]) for m in _FOOT_LENGTHS.finditer(text)] + ends


_FOOT_LENGTHS = lazy_compile(r"(?<![\d.])(\d{2}(?:\.\d)?|\d{3})\s?(?:cm|㎝|センチ|센티|mm)")


def _fits_chart(length: Decimal, scale: str, size: Decimal) -> bool:
    if scale == "US":
        return Decimal("16.5") <= length - size <= Decimal("18.5")
    if scale == "UK":
        return 18 <= length - size <= Decimal("19.5")
    return abs(size - (length + Decimal("1.5")) * Decimal("1.5")) <= 1


# a count of colours: '2色', '3色展開', '2가지 색상', '3색', '4가지 컬러'
_COLOUR_COUNT = lazy_compile(r"\s?(?:色|색|가지\s?(?:색|컬러|빛깔))")


def _colours_listed(item: Item, source: str, target: str) -> bool:
    """Whether ``item`` counts the colours of ``source`` ('2色') and ``target`` names as
    many colours."""
    if (
        item.kind != "number"
        or not item.text.isdigit()
        or _COLOUR_COUNT.match(source, item.end) is None
    ):
        return False
    return 1 < int(item.text) == colours_named(target)


def _shares_as_ratio(missing: list[Item], have: Sequence[Item], used: list[bool]) -> list[Item]:
    """``missing`` without two shares of a whole, in order ('ウール70%・カシミヤ30%'), that an
    unused ratio of the target gives as its terms ('a 70/30 wool-cashmere blend', as a
    blend's, a mix's or a split's shares are written); '30/70' is another blend."""
    dropped: set[int] = set()
    for first, second in itertools.pairwise(missing):
        if not (first.percent and second.percent) or id(first) in dropped:
            continue
        values = [next(k for k in item.keys if isinstance(k, Decimal)) for item in (first, second)]
        if sum(values) == 100 and _take_ratio(have, used, values, ordered=True):
            dropped.update((id(first), id(second)))
    return [item for item in missing if id(item) not in dropped]


def _score_as_ratio(
    missing: list[Item], source: str, have: Sequence[Item], used: list[bool]
) -> list[Item]:
    """``missing`` without two numbers the source joins as a score ('2-1') that an unused
    ratio of the target gives as its two terms, in either order ('2:1', '1대2': a loss is
    written with the club's own goals first): the score said, not two numbers dropped."""
    dropped: set[int] = set()
    for first, second in itertools.pairwise(missing):
        if first.kind != "number" or second.kind != "number" or id(first) in dropped:
            continue
        if _SCORE_JOIN.fullmatch(source, first.end, second.start) is None:
            continue
        values = sorted(int(k) for k in (*first.keys, *second.keys) if isinstance(k, Decimal))
        if _take_ratio(have, used, values, ordered=False):
            dropped.update((id(first), id(second)))
    return [item for item in missing if id(item) not in dropped]


def _take_ratio(
    have: Sequence[Item], used: list[bool], terms: Sequence[Any], *, ordered: bool
) -> bool:
    """Mark used the first unused ratio of ``have`` whose terms are ``terms`` (in their
    order, or with ``ordered`` false in either: ``terms`` sorted); whether one was."""
    index = next(
        (
            i
            for i, h in enumerate(have)
            if not used[i]
            and h.kind == "ratio"
            and (list(h.parts) if ordered else sorted(h.parts)) == list(terms)
        ),
        None,
    )
    if index is None:
        return False
    used[index] = True
    return True


def _fitting_parts(item: Item, have: Sequence[Item], used: list[bool]) -> int | None:
    """-1 when a date's parts (a ratio's terms) are all among the target's loose numbers
    (used up), else None."""
    parts: list[int] | list[Decimal]
    if item.date is not None:
        parts = [p for p in item.date if p is not None]
    elif item.kind in _CLOCKS and item.parts[1:] == (0,):
        return None  # on the hour: the hour alone fits it, through its keys
    elif item.parts:
        parts = list(item.parts)
    elif item.terms:
        parts = list(item.terms)
    else:
        return None
    # a time's hour may be said with its half of the day ('오후 5시' for 17:30 JST)
    kinds = ("number", "time") if item.kind in _CLOCKS else ("number",)
    # ... but one written on the 24-hour clock ('01:55', '23:35') is no hour of the other
    # half of the day ('翌01:55' is not '1:55 p.m.')
    hour_of_the_day = (
        item.parts[0]
        if item.kind in _CLOCKS and not item.half and (item.text[:1] == "0" or item.parts[0] >= 13)
        else None
    )
    chosen: list[int] = []
    for part in parts:
        key = Decimal(part)
        index = next(
            (
                i
                for i, h in enumerate(have)
                if not used[i]
                and i not in chosen
                and h.kind in kinds
                and key in h.keys
                and not (item.half and h.half and item.half != h.half)
                and not (
                    hour_of_the_day is not None
                    and h.half
                    and h.kind in _CLOCKS
                    and _hour_of_the_day(h) != hour_of_the_day
                )
            ),
            None,
        )
        if index is None:
            return None
        chosen.append(index)
    if item.kind in _CLOCKS and len(chosen) == 2:
        hour, minute = have[chosen[0]], have[chosen[1]]
        split = any(
            h.kind in _CLOCKS and (h.start, h.end) == (minute.start, minute.end) for h in have
        )
        if split and (hour.start, hour.end) != (minute.start, minute.end):
            return None  # the minutes of another time: '9:30-17:00' says no 17:30
    for index in chosen:
        used[index] = True
    return -1


def _nearest(item: Item, have: Sequence[Item], candidates: list[int]) -> int | None:
    """The candidate a changed ``item`` is reported against: one written with the same
    digits first ('18 billion' as '18億', a slip of scale, not the '3' of '3年間' that lies
    nearer to the 18 it is written with), then the nearest in magnitude."""
    digits = _digits(item.text)
    return min(
        candidates,
        key=lambda i: (_digits(have[i].text) != digits, _distance(item, have[i])),
        default=None,
    )


def _digits(text: str) -> str:
    """The significant digits a figure is written with ('18 billion', '18億', '1,800': 18)."""
    return "".join(_DIGIT_RUN.findall(text)).strip("0")


_DIGIT_RUN = lazy_compile(r"\d+")


def _distance(item: Item, other: Item) -> float:
    """How far apart two numbers are (orders of magnitude): a changed amount is reported
    against the target's number nearest to it, not against the first one."""
    a = [k for k in item.keys if isinstance(k, Decimal)]
    b = [k for k in other.keys if isinstance(k, Decimal)]
    if not a or not b:
        return 0.0
    return min(abs(float((x.copy_abs() + 1).ln() - (y.copy_abs() + 1).ln())) for x in a for y in b)


_AMOUNTS = frozenset({"number", "timestamp", "conversion", "time"})
_CLOCKS = frozenset({"time", "timestamp"})  # a time of day, its parts its hour and minutes


def _hour_of_the_day(time: Item) -> int:
    """The hour on the 24-hour clock of a time said with its half of the day and no
    minutes ('오후 10시', '午前0時', '10 p.m.'): its hour keys are the written one and, in
    the afternoon, that one plus twelve."""
    if time.parts:
        return time.parts[0]
    hours = [int(k) for k in time.keys if isinstance(k, Decimal) and k == int(k)]
    if not hours:
        return -1
    return max(hours) if time.half == "pm" else min(hours)


# a half year in words is a half year, a next day in words a next-day mark
_FAMILIES = {"half-said": "half", "day-word": "day-mark"}


def _comparable(item: Item, other: Item) -> bool:
    if "month" in (item.kind, other.kind):
        return {item.kind, other.kind} <= {"month", "date"}  # ("in October" as "11월")
    if item.kind in _AMOUNTS:
        return other.kind in _AMOUNTS
    return _FAMILIES.get(other.kind, other.kind) == _FAMILIES.get(item.kind, item.kind)


def _ratio_item(text: str, match: re.Match[str], a: int, b: int) -> Item:
    """A ratio's item: its key the ratio in lowest terms, its parts its terms as written."""
    g = math.gcd(a, b)
    keys: frozenset[object] = frozenset({("ratio", a // g, b // g)})
    return Item("ratio", text[match.start() : match.end()], *match.span(), keys, None, (a, b))


# a ratio with a decimal term, as a share exchange is set ('1:0.35', '1対0.35', '1 대 0.35',
# '0.8：1'): in order, so that one turned round ('0.35:1') is another ratio
_DECIMAL_RATIO_RE = lazy_compile(
    r"(?<![\d.,/:：])(\d{1,3}(?:\.\d{1,4})?)\s?([:：対대])\s?(\d{1,3}(?:\.\d{1,4})?)(?!\d|[.,]\d|[/:：])"
)


def _decimal_ratio_item(text: str, match: re.Match[str]) -> Item | None:
    """A ratio with a decimal term: its key the ratio in lowest terms of whole numbers
    ('1:0.35' is '20:7'); None for one with no decimal (read by _RATIO_RE) or a zero."""
    if "." not in match[1] and "." not in match[3]:
        return None
    a, b = Decimal(match[1]), Decimal(match[3])
    if not a or not b:
        return None
    places = max(-a.as_tuple().exponent, -b.as_tuple().exponent)  # type: ignore[operator]
    whole_a, whole_b = int(a.scaleb(places)), int(b.scaleb(places))
    g = math.gcd(whole_a, whole_b)
    keys: frozenset[object] = frozenset({("ratio", whole_a // g, whole_b // g)})
    # (its terms, for a translation that says them apart: '1 to 0.35')
    return Item("ratio", text[match.start() : match.end()], *match.span(), keys, terms=(a, b))


def _ratio(match: re.Match[str], work: str) -> tuple[int, int] | None:
    """The terms of a ratio match, or None where it is something else: a
    slash or colon between numbers is a ratio only where its terms make 100 ("60/40") or
    the second is one digit ("3:2", "16:9"; "10:30" is a time, "3/25" a date)."""
    a, sep, b = int(match[1]), match[2], int(match[3])
    if a == 0 or b == 0:
        return None
    if sep == "/" and a + b != 100:
        return None
    if sep in ":：" and a + b != 100 and (b > 9 or match[3].startswith("0")):
        return None  # ("10:05" is a time too)
    if sep in ":：" and work[match.end(1)] == sep and work[match.end(2)].isspace():
        return None  # a colon of prose, spaced after only: 'seating 174: 8 in Business'
    if sep == "대" and _KO_RATIO_END.match(work, match.end()) is None:
        return None
    return a, b


def _month_quarter(first: int, last: int) -> frozenset[object]:
    """The quarters three months make: of the calendar year and of a fiscal year that
    starts in April (Japan's), since a release may count either way ("10～12月期" is Q4
    of 2026 and the third quarter of fiscal 2026)."""
    if last != first + 2:
        return frozenset()
    calendar = (first + 2) // 3
    return frozenset({calendar, (calendar + 2) % 4 + 1})


def _take_range(text: str, work: str, match: re.Match[str], found: list[Item]) -> str:
    """Add the two dates of a range of days to ``found``; ``work`` with the range blanked
    (unchanged when the match is no valid range)."""
    day_first = match.re is _RANGE_EN_DAY_FIRST
    first_month = match["m"] or (match["m2"] if day_first else None)
    month = _month(first_month) if first_month else None
    month2 = (_month(match["m2"]) if match["m2"] else None) or month
    two_months = bool(match["m"]) if day_first else bool(match["m2"])
    year = _year(match["y"]) if match["y"] else None
    day, day2 = int(match["d"]), int(match["d2"])
    if not (month and month2 and 1 <= month <= 12 and 1 <= month2 <= 12):
        return work
    if not (1 <= day <= 31 and 1 <= day2 <= 31):
        return work
    # without a year, two days joined by a word are no range unless the clause ends on
    # the second ("on February 13 and 14."; not "March 10 and 20 companies"), nor is
    # "June 2 to 4 p.m."
    joined = bool(match.groupdict().get("j"))  # (English only)
    later = two_months or _a_later_day(text, match, day, day2)
    if year is None and (
        not later or (joined and _JOINED_DAY_ENDS.match(text, match.end()) is None)
    ):
        return work
    split = match.end("m") if day_first and match["m"] else match.end("d")
    found.append(Item("date", text[match.start() : split], match.start(), split,
                      date=(year, month, day)))  # fmt: skip
    second = match.start("m2") if match["m2"] and not day_first else match.start("d2")
    found.append(Item("date", text[second : match.end()], second, match.end(),
                      date=(year, month2, day2)))  # fmt: skip
    return work[: match.start()] + " " * (match.end() - match.start()) + work[match.end() :]


def _take_day_range(
    text: str, match: re.Match[str], take: Callable[[int, int, Item], None]
) -> None:
    """The two days of a range of days of the month ("21~23일"), each a day as
    ``_DAY_RE`` takes one; nothing when the second is no later day."""
    day, day2 = int(match[1]), int(match[2])
    if not 1 <= day < day2 <= 31:
        return
    for group, day_of_month in ((1, day), (2, day2)):
        start = match.start(group)
        end = match.end(group) if group == 1 else match.end()
        keys = frozenset({Decimal(day_of_month)})
        take(
            start,
            end,
            Item("date", text[start:end], start, end, keys, date=(None, None, day_of_month)),
        )


def _area_conversions(work: str) -> list[tuple[int, int, float]]:
    """Where ``work`` restates an area in brackets, each span with its unit in m²."""
    found = []
    for match in _AREA_CONVERSION_RE.finditer(work):
        unit = match["u"]
        factor = _AREA_UNITS.get(unit) or _AREA_UNITS.get(unit.lower())
        if factor is not None:
            found.append((match.start(), match.end(), factor))
    return found


def _area_of(value: Decimal, written: str, factor: float) -> tuple[float, float]:
    """An area in m² and half the step its figure is rounded to ('95,800' to hundreds,
    '1.05 million' to ten thousands), in m²."""
    scale = _SCALE_RE.search(written)
    figure = written[: scale.start()] if scale else written
    digits = re.sub(r"[^\d.]", "", re.split("[万만]", figure)[-1])
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    if scale:
        step *= _SCALES[scale.group(1).lower()]
    return float(value) * factor, step * factor / 2


def _same_area(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two areas in m² agree within their rounding and 1% (the source's own '約')."""
    return abs(a[0] - b[0]) <= a[1] + b[1] + 0.01 * max(a[0], b[0])


# what ends a clause after a yearless "February 13 and 14": a stop, a bracket or a word
# that opens what comes next ("... and 14 at Hanbit Arena", "... and 14, the group"),
# never a noun the second number would count
_JOINED_DAY_ENDS = lazy_compile(
    r"\s?(?:[.,;:!?)）\]”\"’]|\Z)|\s(?:at|in|on|from|with|for|during|respectively)(?![A-Za-z])"
)


def _a_later_day(text: str, match: re.Match[str], day: int, day2: int) -> bool:
    """Whether a range with no year or second month ends on a later day of the month
    that nothing after makes a time or an amount ("October 14–15", not "June 2 to 4 p.m.")."""
    if day2 <= day:
        return False
    return _NOT_A_DAY_AFTER.match(text, match.end()) is None


def _same_date(a: tuple[int | None, ...], b: tuple[int | None, ...]) -> bool:
    """Equal where both say something; a date may leave out its (repeated) year, and
    its month ("24일 밝혔다" for "announced on February 24")."""
    if a[1] is None or b[1] is None:
        return a[2] is not None and a[2] == b[2]
    if a[1] != b[1]:
        return False
    return all(x is None or y is None or x == y for x, y in ((a[0], b[0]), (a[2], b[2])))


def _times(match: re.Match[str], text: str) -> Item | None:
    """A multiplier item: its key says how many times; one written in digits ("3倍")
    also fits that number ("3 times")."""
    value: Decimal | None
    span = match.span()
    if match.re is _TIMES_VERB:
        value = Decimal({"double": 2, "triple": 3}.get(match[1].lower(), 4))
        span = match.span(1)  # the verb, not what comes before it
    elif match.re is _TIMES_EN:
        if match[1] or match[2]:
            value = Decimal(2)
        elif match[3] or match[4]:
            value = Decimal(3 if match[3] else 4)
        else:
            word = (match[5] or match[6]).lower()
            value = Decimal(_TIMES_WORDS[word]) if word in _TIMES_WORDS else _value(word)
    elif match[1] is None:
        value = Decimal(2)  # 倍増
    else:
        value = Decimal(_TIMES_WORDS[match[1]]) if match[1] in _TIMES_WORDS else _value(match[1])
    if value is None:
        return None
    keys: set[object] = {("times", value)}
    if match.group()[:1].isdigit():
        keys.add(value)
    if match.re is _TIMES_EN and match[1] and _FREQUENCY_AFTER.match(text, span[1]):
        # 'twice daily', 'twice a week': a count of doses or visits, which '1日2回' and
        # '1일 2회' give in digits and '1일 1회' changes; not a multiplier said otherwise
        keys.add(value)
        return Item("number", text[span[0] : span[1]], *span, frozenset(keys))
    return Item("times", text[span[0] : span[1]], *span, frozenset(keys))


_FREQUENCY_AFTER = lazy_compile(
    r"\s(?:daily|weekly|monthly|yearly|annually|a\s(?:day|week|month|year)|"
    r"per\s(?:day|week|month|year)|each\s(?:day|week|month|year))\b",
    re.IGNORECASE,
)


# a designation written with a space between its letters and its number ('HN 721', a
# flight; 'Tier 1', a bank's capital): the same designation as 'HN721' ('HN721便') or
# 'Tier1' ('普通株式等Tier1比率'); two capitals or a capitalised word
_SPACED_LETTERS = lazy_compile(r"(?<![A-Za-z0-9])([A-Z]{2}|[A-Z][a-z]{1,7})\s$")
# ... and the capitalised words before it, whose initials a translation may give with
# the number ('CET1' for 'Common Equity Tier 1')
_CAPITALISED_RUN = lazy_compile(r"(?:[A-Z][a-z]*\s){2,5}$")


def _restated(item: Item, wanted: Sequence[Item], missing: list[Item], source: str) -> bool:
    """Whether ``item`` restates in brackets the figure right before it, which the
    translation has ('12ミリジーメンス（12 mS/cm）', '5万円（50,000円）'): said once there."""
    if item.kind != "number":
        return False
    for other in wanted:
        if other.end > item.start or other in missing or other.kind != "number":
            continue
        between = source[other.end : item.start].rstrip()
        opens = between.endswith(("(", "（")) and between.count("(") + between.count("（") == 1
        closes = _UNIT_THEN_CLOSE.match(source, item.end) is not None
        if opens and closes and len(between) <= 12 and other.keys & item.keys:
            return True  # the bracket is the figure and its unit: not '（うち女性12人）'
    return False


# what a bracket restating a figure holds after it: its unit at most ('12 mS/cm）', '円）')
_UNIT_THEN_CLOSE = lazy_compile(r"\s?[^\s()（）]{0,8}[)）]")


def _designation_spaced(
    item: Item, source: str, target: str, have: Sequence[Item], used: list[bool]
) -> bool:
    """Whether a number after two capitals or a capitalised word ('HN 721', 'Tier 1') is
    the other text's designation with them glued ('HN721', 'Tier1') or with the initials
    of the words before it ('CET1' for 'Common Equity Tier 1'), or the other way round;
    marks what it fits used."""
    if item.kind == "number":
        keys = _spaced_keys(item, source)
        fits = [i for i, h in enumerate(have) if h.kind == "code" and keys & h.keys]
    elif item.kind == "code":
        fits = [i for i, h in enumerate(have) if _spaced_keys(h, target) & item.keys]
    else:
        return False
    index = next((i for i in fits if not used[i]), None)
    if index is not None:
        used[index] = True
    return index is not None


# a name written in kana, Hangul or Latin letters right before a number, or with a hyphen
# between ('코로나19', '한빛-1', 'ほしぞら4号', 'F35'), or with a space where 号 or 호 follows
# ('미래 2호'): a satellite, a rocket, a virus, a model named with its number, which English
# writes as one designation ('Mirae-2', 'Hoshizora-4', 'COVID-19', 'F-35')
_NAME_BEFORE = lazy_compile(r"[A-Za-z\u3041-\u30ff\uac00-\ud7a3]-?$")
_NAME_SPACED_BEFORE = lazy_compile(r"[\u3041-\u30ff\uac00-\ud7a3] $")
# ... and a name in Han where 号 or 호 follows ('天宮2号', '嫦娥6号': 'Tiangong-2')
_HAN_NAME_BEFORE = lazy_compile(r"[\u4e00-\u9fff]$")
_NUMBER_MARK_AFTER = lazy_compile(r"[号호號]")
# (after its hyphen, or glued to a word of two letters or more: a handset's 'Fold8',
# which Korean and Japanese write '폴드8', 'フォールド8')
_CODE_NUMBER = lazy_compile(r"(?:-|(?<=[A-Z]{2}))(\d+)S?$")


def _name_with_its_number(
    item: Item, source: str, target: str, have: Sequence[Item], used: list[bool]
) -> bool:
    """Whether a number after a name in kana, Hangul or Latin letters ('한빛-1', 'ほしぞら4号',
    '미래 2호') is the other text's designation of a word, a hyphen and the same number
    ('Hanbit-1', 'Hoshizora-4', 'Mirae-2'), or the other way round; marks what it fits
    used. The name itself is the glossary's to check: a number changed stays missing."""
    if item.kind == "number":
        if not _named_number(item, source):
            return False
        values = {k for k in item.keys if isinstance(k, Decimal)}
        fits = [
            i
            for i, h in enumerate(have)
            if h.kind == "code" and _code_number(h) in values and not used[i]
        ]
    elif item.kind == "code":
        number = _code_number(item)
        if number is None:
            return False
        fits = [
            i
            for i, h in enumerate(have)
            if h.kind == "number" and not used[i] and number in h.keys and _named_number(h, target)
        ]
    else:
        return False
    if not fits:
        return False
    used[fits[0]] = True
    return True


def _named_number(item: Item, text: str) -> bool:
    """Whether the number ``item`` comes right after a name (see _NAME_BEFORE), and is no
    number in order ('K3ロケット5号機', '한빛-1 4차': the launcher's flight, not its name)."""
    if not item.text.isdigit() or _ORDINAL_AFTER.match(text, item.end) is not None:
        return False
    head = text[max(0, item.start - 2) : item.start]
    if _NAME_BEFORE.search(head) is not None:
        return True
    return (
        _NAME_SPACED_BEFORE.search(head) is not None or _HAN_NAME_BEFORE.search(head) is not None
    ) and _NUMBER_MARK_AFTER.match(text, item.end) is not None


def _code_number(item: Item) -> Decimal | None:
    """The number a designation ends on after its hyphen ('Hoshizora-4': 4) or its word
    ('Fold8': 8), if any."""
    found = _CODE_NUMBER.search(item.text.upper())
    return Decimal(found[1]) if found is not None else None


def _spaced_keys(item: Item, text: str) -> frozenset[object]:
    """('code', 'HN721') for the number 721 written after 'HN ', ('code', 'TIER1') and
    ('code', 'CET1') for the 1 of 'Common Equity Tier 1'; none for another."""
    if item.kind != "number":
        return frozenset()
    number = normal_text(item.text)
    head = normal_text(text[max(0, item.start - 40) : item.start])
    before = _SPACED_LETTERS.search(head)
    if before is None:
        return frozenset()
    keys: set[object] = {("code", (before[1] + number).upper())}
    words = _CAPITALISED_RUN.search(head)
    if words is not None:
        initials = "".join(word[0] for word in words[0].split())
        keys.update(("code", initials[i:] + number) for i in range(len(initials) - 1))
    return frozenset(keys)


def _times_apart(have: tuple[Item, ...]) -> tuple[Item, ...]:
    """A translation's time with its zone and minutes as its hour and its minutes: the
    source may say them apart ('12時30分' as '12:30 p.m. JST'), and a time of the source
    finds them through its ``parts``."""
    if not any(item.kind in _CLOCKS and item.parts[1:] != (0,) for item in have):
        return have
    out: list[Item] = []
    for item in have:
        if item.kind not in _CLOCKS or len(item.parts) != 2 or not item.parts[1]:
            out.append(item)
            continue
        hour, minute = item.parts
        hours: set[object] = {Decimal(hour)}
        if hour > 12:
            hours.add(Decimal(hour - 12))
        start, end = item.start, item.end
        out.append(
            Item("time", item.text, start, end, frozenset(hours), item.date, item.parts, item.half)
        )
        out.append(Item("number", item.text, start, end, frozenset({Decimal(minute)})))
    return tuple(out)


# an amount's currency, by its sign or code before it ('$48 million', 'USD 48', '¥7.2
# billion') or its word after it ('4,800万ドル', '72億円', '5,000만 원', '48 million
# dollars'): dollars of any country are one currency here, as 'ドル' and '달러' say
_CURRENCY_BEFORE = lazy_compile(r"(?:(US|HK|NT|S|A|C)?\$|USD|JPY|KRW|EUR|GBP|[¥￥₩€£])\s?$")
# (원 is the won alone or before a particle, "1,250억 원으로", "6만 원을"; not the start
# of another word, "5원칙")
# the currencies' words in Simplified and Traditional Chinese ('120亿日元', '4,800萬美元');
# a bare 元 (yuan, or Taiwan's dollar) says no currency of these
_CHINESE_CURRENCIES = {
    **dict.fromkeys(("美元", "港元", "港币", "港幣", "新台币", "新台幣", "澳元", "加元"), "dollar"),
    **dict.fromkeys(("日元", "日圆", "日圓", "日币", "日幣"), "yen"),
    **dict.fromkeys(("韩元", "韓元", "韩币", "韓幣"), "won"),
    **dict.fromkeys(("欧元", "歐元"), "euro"),
    **dict.fromkeys(("英镑", "英鎊"), "pound"),
}
# ... a country's dollar is a dollar ('4億5,000万米ドル', '2억 달러', '30 million US dollars')
_CURRENCY_AFTER = lazy_compile(
    r"\s?(?:米|미국\s?|미\s|US\s|U\.S\.\s)?(ドル|달러|dollars?\b|円|엔|yen\b|ウォン|원(?![가-힣])|"
    r"원(?=(?:으로|을|이|은|의|에|과|도|만|씩|대|어치|까지|부터|보다|짜리|가량|안팎|수준))|"
    r"won\b|ユーロ|유로|euros?\b|" + "|".join(_CHINESE_CURRENCIES) + ")"
)
_CURRENCIES = {
    "$": "dollar", "USD": "dollar", "ドル": "dollar", "달러": "dollar", "dollar": "dollar",
    "dollars": "dollar", "¥": "yen", "￥": "yen", "JPY": "yen", "円": "yen", "엔": "yen",
    "yen": "yen", "₩": "won", "KRW": "won", "ウォン": "won", "원": "won", "won": "won",
    "€": "euro", "EUR": "euro", "ユーロ": "euro", "유로": "euro", "euro": "euro",
    "euros": "euro", "£": "pound", "GBP": "pound", **_CHINESE_CURRENCIES,
}  # fmt: skip


def _currency(work: str, start: int, end: int) -> str:
    """The currency the amount ``work[start:end]`` is in, or '' when it says none."""
    after = _CURRENCY_AFTER.match(work, end)
    if after is not None:
        return _CURRENCIES[after[1]]
    before = _CURRENCY_BEFORE.search(work, max(0, start - 4), start)
    if before is None:
        return ""
    sign = before[0].strip()
    return _CURRENCIES.get(sign[-1] if sign.endswith("$") else sign, "")


def _timestamp(text: str, match: re.Match[str]) -> Item:
    """A time with its zone ('17:30 JST', '10:00 a.m. ET'). On the hour it fits the hour
    alone ('午前8時'); else it fits only with its minutes, said together ('17:30') or
    apart ('17時30分', '오후 5시 30분', through ``parts``): '17時' is another time."""
    hour, minute = (int(x) for x in re.findall(r"\d+", match[0])[:2])
    half = re.search(r"([ap])\.?\s?m", match[0], re.IGNORECASE)
    if half and half[1].lower() == "p" and hour < 12:
        hour += 12
    elif half and half[1].lower() == "a" and hour == 12:
        hour = 0
    said = "" if half is None else ("pm" if half[1].lower() == "p" else "am")
    keys: frozenset[object] = frozenset({(hour, minute), Decimal(hour)})
    if minute:
        keys = frozenset({(hour, minute)})
    written = text[match.start() : match.end()]
    return Item("timestamp", written, *match.span(), keys, parts=(hour, minute), half=said)


def _item(kind: str, text: str, match: re.Match[str], keys: frozenset[object]) -> Item:
    return Item(kind, text[match.start() : match.end()], match.start(), match.end(), keys)


def _year(raw: str) -> int:
    raw = raw.strip()
    for era, base in _ERAS.items():
        if raw.startswith(era):
            rest = raw[len(era) :].strip()
            return base + (1 if rest == "元" else int(rest))
    return int(raw)


def _month(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    return _MONTHS.get(raw.rstrip("."))


def _fiscal_keys(match: re.Match[str], how: str) -> frozenset[object]:
    """End month and the names a fiscal year goes by: FY2025 and 2025年度 are April 2025 to
    March 2026 in Japan, and some companies name that year by its end (FY2026)."""
    if how in ("ay", "close"):
        raw = next(group for group in match.groups() if group is not None)
        return frozenset({("fy", int(raw))})
    if how == "fy":
        raw = match.group(1)
        year = _year(raw) if not raw.isdigit() or len(raw) == 4 else 2000 + int(raw)
        return frozenset({("fy", year)})
    if how in ("end-my", "end-ym"):
        raw_year, raw_month = match.group(2), match.group(1)
        if how == "end-ym":
            raw_year, raw_month = raw_month, raw_year
        year = int(raw_year) if len(raw_year) == 4 else 2000 + int(raw_year)
        month = int(raw_month) if 1 <= int(raw_month) <= 12 else None
    else:
        year = _year(match.group(2) if how == "end-en" else match.group(1))
        month = _month(match.group(1) if how == "end-en" else match.group(2))
    if month is None:
        return frozenset()
    names = {("fy", year)}
    if month <= 6:
        names.add(("fy", year - 1))
    return frozenset({("end", year, month), *names})


_ONE_DECIMAL_GROUP = lazy_compile(r"\d+\.\d+\s?[万萬億兆만억조]")


def _rounding(raw: str, scale: int) -> Decimal:
    """Half the last digit of a decimal written before a scale ('12.45' of '12.45
    trillion': 0.005 × 10¹²); nothing for a whole number, which says it exactly."""
    digits = raw.rstrip("万萬億兆만억조 ")
    if "." not in digits:
        return Decimal(0)
    places = len(digits) - digits.index(".") - 1
    return Decimal(5) * Decimal(10) ** -(places + 1) * scale


def _number_keys(value: Decimal | int, also: Iterable[Decimal]) -> frozenset[object]:
    return frozenset({Decimal(value), *also})


def read_number(text: str, start: int) -> tuple[Decimal, int] | None:
    """(value, end) of the run of digits and number words at ``start`` of ``text``, as
    :func:`items` reads it ("6億1000万" = 610,000,000, "1만 2000" = 12,000, "3千万"); None
    when no run starts there or it says no one value. Digits are ASCII (normal_text)."""
    match = _NUMBER_RE.match(text, start)
    if match is None:
        return None
    raw = match.group().rstrip()
    value = _value(raw)
    return None if value is None else (value, start + len(raw))


_PLAIN_NUMBER = lazy_compile(_DIGITS)
_VALUE_TOKEN = lazy_compile(rf"{_DIGITS}|[十百千万萬億兆십백천만억조]")


def _value(raw: str) -> Decimal | None:
    """A run of digits and number words as one value ("1조 2천억" = 1.2 × 10¹²)."""
    if _PLAIN_NUMBER.fullmatch(raw):  # most numbers: "2024", "1,200", "3.5"
        return Decimal(raw.replace(",", ""))
    tokens = _VALUE_TOKEN.findall(raw)
    total = section = Decimal(0)
    current: Decimal | None = None
    try:
        for token in tokens:
            if token in _UNITS:
                section += (current if current is not None else Decimal(1)) * _UNITS[token]
                current = None
            elif token in _MYRIADS:
                group = section + (current or 0)
                total += (group or Decimal(1)) * _MYRIADS[token]
                section, current = Decimal(0), None
            else:
                if current is not None:  # two numbers in a row: "2020 2024" is not one value
                    return None
                current = Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None
    return total + section + (current or 0)


def _with_times(work: str, found: list[Item], start: int = 0, text: str = "") -> list[Item]:
    """3 p.m. is also 15時, and 10:00 may be written 10時 (the ":00" is dropped); times
    are looked for from ``start`` (the first digit). An hour said to be in the morning
    or the afternoon (a.m./p.m., 午前/午後, 오전/오후) is marked so: '10 a.m.' does not
    fit '午後10時'. A time with its minutes ('17:30', '11:00') is one item, its hour and
    minutes its ``parts``: '17時30分' says it, '17時' does not, nor '11:30' '11:00'.
    ``text`` is ``work`` before items were blanked in it (a range's end may be a wire
    timestamp, '2-3:30 p.m. JST')."""
    clocks: dict[int, tuple[int, int, int]] = {}  # hour's start → (24-hour hour, minutes, end)
    minutes_at: set[int] = set()
    hours: dict[int, Decimal] = {}
    halves: dict[int, tuple[str, int, int]] = {}  # hour's start → (am/pm, the time's span)
    for match in _TIME_RE.finditer(work, start):
        hour, minutes, half = match.group(1), match.group(2), match.group(3)
        if minutes is None and half is None:
            continue
        if half:
            halves[match.start(1)] = ("pm" if half.lower() == "p" else "am", *match.span())
        if half and half.lower() == "p" and int(hour) < 12:
            hours[match.start(1)] = Decimal(int(hour) + 12)
        elif half and half.lower() == "a" and int(hour) == 12:
            hours[match.start(1)] = Decimal(0)
        if minutes is not None:
            minutes_at.add(match.start(2))
            in_24 = int(hours.get(match.start(1), Decimal(hour)))
            clocks[match.start(1)] = (in_24, int(minutes), match.end())
    whole = text or work
    if "m" in whole or "M" in whole:
        _share_halves(whole, start, hours, halves, clocks, minutes_at)
    # (each match of both patterns below opens with 午前, 午後, 오전, 오후 or another part
    # of the day, before its first digit)
    cjk_halves = _CJK_HALF_DAY_GATE.search(work) is not None
    for match in _CJK_HALF_DAY.finditer(work) if cjk_halves else ():
        hour = int(match.group(2))
        part = _DAY_PARTS.get(match.group(1))
        if part is not None:
            if hour in part:
                in_24 = part[hour]
                halves[match.start(2)] = ("pm" if in_24 >= 12 else "am", *match.span())
                hours[match.start(2)] = Decimal(in_24)
            continue
        afternoon = match.group(1) in ("午後", "오후")
        halves[match.start(2)] = ("pm" if afternoon else "am", *match.span())
        if afternoon and hour < 12:
            hours[match.start(2)] = Decimal(hour + 12)
        elif not afternoon and hour == 12:
            hours[match.start(2)] = Decimal(0)
    for match in _CJK_HALF_DAY_RANGE.finditer(work) if cjk_halves else ():
        first, last = int(match.group(2)), int(match.group(3))
        if first < last < 12 and match.start(3) not in halves:
            afternoon = match.group(1) in ("午後", "오후")
            halves[match.start(3)] = ("pm" if afternoon else "am", match.start(3), match.end())
            hours[match.start(3)] = Decimal(last + 12 if afternoon else last)
    if "半" in work or "반" in work:
        for match in _HALF_PAST.finditer(work, start):
            in_24 = int(hours.get(match.start(1), Decimal(match.group(1))))
            clocks[match.start(1)] = (in_24, 30, match.end())  # '17時半': 17:30
    out = []
    for item in found:
        if item.kind == "number" and item.start in minutes_at:
            continue
        keys = item.keys | {hours[item.start]} if item.start in hours else item.keys
        if item.kind == "number" and item.start in clocks:
            item = _clock(work, item, keys, clocks[item.start], halves.get(item.start))
        elif item.kind == "number" and item.start in halves:
            # a time of day: '10 a.m.', '午後10時', said as written
            half, start, end = halves[item.start]
            item = Item("time", work[start:end].strip(), start, end, keys, half=half)
        elif keys is not item.keys:
            item = Item(item.kind, item.text, item.start, item.end, keys)
        out.append(item)
    return out


# a range of hours English marks once, at its end: '2-3:30 p.m.', '7-9 a.m.', '10 to 11:30
# a.m.' (its first hour in the same half of the day; '10-2 p.m.' starts in the morning)
_SHARED_HALF = lazy_compile(
    r"(?<![\d.:,])(\d{1,2})(?::(\d{2}))?(?: ?[-–~] ?| to )(\d{1,2})(?::\d{2})? ?([ap])\.? ?m\b",
    re.IGNORECASE,
)


def _share_halves(
    work: str,
    start: int,
    hours: dict[int, Decimal],
    halves: dict[int, tuple[str, int, int]],
    clocks: dict[int, tuple[int, int, int]],
    minutes_at: set[int],
) -> None:
    """Mark the first hour of each range like '2-3:30 p.m.' with the half of the day its
    end is said in, as if written '2 p.m.-3:30 p.m.'."""
    for match in _SHARED_HALF.finditer(work, start):
        first, last, afternoon = int(match[1]), int(match[3]), match[4].lower() == "p"
        if first > 12 or last > 12 or match.start(1) in halves:
            continue
        if first > last and not afternoon:
            continue  # '11-1 a.m.' is no range a release gives
        morning = not afternoon or (first > last and first != 12)  # ("12-1 p.m.": noon on)
        hour = first % 12 if morning else first % 12 + 12
        hours[match.start(1)] = Decimal(hour)
        said_end = match.end(2) if match[2] else match.end(1)
        halves[match.start(1)] = ("am" if morning else "pm", match.start(1), said_end)
        if match[2] is not None:
            minutes_at.add(match.start(2))
            clocks[match.start(1)] = (hour, int(match[2]), match.end(2))


# half past the hour, as Japanese and Korean say it ('17時半', '오후 5시 반'); not a
# half of something that follows ('반도체', '반기', '半期')
_HALF_PAST = lazy_compile(
    r"(?<![\d.,:])(\d{1,2})\s?(?:時|시)\s?(?:半|반)(?![期年도기년대영응품려환])"
)


def _clock(
    work: str,
    item: Item,
    keys: frozenset[object],
    clock: tuple[int, int, int],
    half: tuple[str, int, int] | None,
) -> Item:
    """The time '17:30' (or '11:00', '5:30 p.m.', '오후 5시 반') of ``item``, its hour."""
    hour, minutes, end = clock
    said, start = "", item.start
    if half is not None:  # '5:30 p.m.' ends after its half, '오후 5시 반' starts before it
        said, half_start, half_end = half
        start, end = min(start, half_start), max(end, half_end)
    # on the hour, the hour alone says it ('11時'); else only with its minutes
    keys = frozenset({(hour, minutes)}) if minutes else keys | {(hour, 0)}
    text = work[start:end].strip()
    start += len(work[start:end]) - len(work[start:end].lstrip())
    return Item("time", text, start, start + len(text), keys, parts=(hour, minutes), half=said)


# the time zone a release gives its times in, by its offset: Japan and Korea share one
# (a Korean translation may rightly give a JST time as 한국 시간). A Latin code counts
# right after a time or alone in brackets ('10:00 JST', '(KST)'), not as a word ('CT'
# scan); a word in Japanese or Korean anywhere. 'Local time' says no zone.
_ZONE_GROUPS = {
    "JST": "+9", "KST": "+9", "日本時間": "+9", "韓国時間": "+9", "일본시간": "+9",
    "한국시간": "+9", "日本標準時": "+9", "ET": "ET", "EST": "ET", "EDT": "ET",
    "米国東部時間": "ET", "미국동부시간": "ET", "미동부시간": "ET", "PT": "PT", "PST": "PT",
    "PDT": "PT", "米国太平洋時間": "PT", "미국서부시간": "PT", "UTC": "UTC", "GMT": "UTC",
    "CET": "CET", "CEST": "CET", "HKT": "+8", "SGT": "+8",
}  # fmt: skip
_ZONE_CODE = lazy_compile(
    r"(?:\d(?:\s?[ap]\.?\s?m\.?)?\s?[(（]?|[(（])"
    r"(JST|KST|ET|EST|EDT|PT|PST|PDT|UTC|GMT|CET|CEST|HKT|SGT)(?![A-Za-z])"
)
_ZONE_WORD = lazy_compile(
    r"(日本|韓国|米国東部|米国太平洋)時間|日本標準時|(일본|한국|미국\s?동부|미\s?동부|미국\s?서부)\s?시간"
)
# ... and a zone named in full: 'Pacific Daylight Time', 'Eastern Time', '米国太平洋夏時間',
# '태평양 서머타임', 'Japan Standard Time'
_ZONE_NAME = lazy_compile(
    r"(Pacific|Eastern|Japan|Korea)(?: Daylight| Standard)? Time"
    r"|(?:米国)?(太平洋|東部)(?:夏|標準)?時間|(?:미국\s?)?(태평양|동부)\s?(?:서머타임|표준시|시간)"
)
_ZONE_NAMES = {
    "Pacific": "PT", "太平洋": "PT", "태평양": "PT", "Eastern": "ET", "東部": "ET", "동부": "ET",
    "Japan": "+9", "Korea": "+9",
}  # fmt: skip
_LOCAL_TIME = Screened(
    lazy_compile(r"local time|現地時間|현지\s?시간|현지\s?시각|現地時刻", re.IGNORECASE),
    ("local time", "現地時", "현지"),
)
# the letters the zone checks look for in a msgid before reading its zones (one search
# in C, not a Python loop over them)
_ZONE_LETTER = lazy_compile("[JKEPUGCHS時시]")
# the zone a reader of each language takes a time to be in when none is given
_HOME_ZONES = {"ja": "+9", "ko": "+9"}
# a zone a translation names otherwise, by a place ('シアトル時間', '뉴욕 시간 기준')
_ZONE_SAID_OTHERWISE = lazy_compile("時間|時刻|시간|시각|タイム|타임")


def zones(text: str) -> dict[str, str]:
    """The time zones ``text`` names, each group (its offset) with how it is written."""
    found: dict[str, str] = {}
    if _LOCAL_TIME.search(text):
        return found  # its own zone in every place: nothing to compare
    for match in _ZONE_CODE.finditer(text):
        found.setdefault(_ZONE_GROUPS[match[1]], match[1])
    for match in _ZONE_WORD.finditer(text):
        found.setdefault(_ZONE_GROUPS[re.sub(r"\s", "", match[0])], match[0])
    if "ime" in text or "時間" in text or "시" in text:
        for match in _ZONE_NAME.finditer(text):
            name = match[1] or match[2] or match[3]
            found.setdefault(_ZONE_NAMES[name], match[0])
    return found


def zone_dropped(
    source: str, target: str, target_lang: str, *, memo: dict[str, Any] | None = None
) -> str | None:
    """The zone the source gives its times in where a Japanese or Korean translation keeps
    a time of day but names no zone, and its reader would take another ('3:10 a.m. PDT'
    as '오전 3시 10분'), else None. A zone the reader takes anyway ('7 p.m. JST' as
    '午後7時') is no loss, nor is one given as local time or by a place ('シアトル時間',
    '뉴욕 시간 기준'); English says it by a place as often ('3 p.m. in Japan'): not judged."""
    home = _HOME_ZONES.get(target_lang)
    if home is None or _ZONE_LETTER.search(source) is None:
        return None
    # the source's zones (kept with the msgid) first: most name none, and then the
    # translation need not be read at all
    ours = remembered(memo, "figures.zones", zones, source)
    if not ours or _ZONE_SAID_OTHERWISE.search(target):
        return None
    if zones(target) or _LOCAL_TIME.search(target):
        return None
    if not any(item.kind in _CLOCKS for item in items(target)):
        return None
    away = [written for group, written in ours.items() if group != home]
    return away[0] if away else None


def zone_changed(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> tuple[str, str] | None:
    """(the source's zone, the translation's) where the translation gives its times in a
    zone of another offset and in none of the source's ('(KST)' as '(PST)'), else None.
    ``memo``: as :func:`differences`'."""
    if _ZONE_LETTER.search(source) is None:
        return None
    ours = remembered(memo, "figures.zones", zones, source)
    if not ours:
        return None
    theirs = zones(target)
    if not theirs or ours.keys() & theirs.keys():
        return None
    if _all_converted(source, target):
        return None  # '8:00 a.m. ET' as '日本時間午後9時': the same moment, given there
    return next(iter(ours.values())), next(iter(theirs.values()))


# a timestamp's zone as written ('06:00 UTC)', '13:00 KST', '7:00 p.m. 日本時間')
_STAMP_ZONE = lazy_compile(rf"(?:{_ZONES})(?![A-Za-z])", re.IGNORECASE)


def zone_relabelled(source: str, target: str) -> tuple[str, str] | None:
    """(the source's timestamp, the translation's) where the translation gives the time
    of the source's timestamp at the same hour and minute but in a zone of another offset
    ('04:00 UTC' as '04:00 KST', its zone copied from the time beside it), and nowhere in
    the source's zone, else None. The same hour in another zone is never the same moment;
    'JST' for 'KST' is the same zone, and a time converted has other figures (compared by
    :func:`added_time_wrong`)."""
    if _ZONE_LETTER.search(source) is None or _ZONE_LETTER.search(target) is None:
        return None
    stamps = [item for item in items(source) if item.kind == "timestamp"]
    if not stamps:
        return None
    theirs = [
        (item, _stamp_group(target, item)) for item in items(target) if item.kind == "timestamp"
    ]
    for stamp in stamps:
        group = _stamp_group(source, stamp)
        if group is None:
            continue
        same = [(item, other) for item, other in theirs if item.parts == stamp.parts]
        if any(other == group for _, other in same):
            continue
        for item, other in same:
            if other is not None and _ZONE_OFFSETS[other] != _ZONE_OFFSETS[group]:
                return stamp.text.strip("()（） "), item.text.strip("()（） ")
    return None


# a zone that opens the times after it ('15:00(UTC 06:00)': UTC is 06:00's, not 15:00's)
_ZONE_OPENS = lazy_compile(r"\s?\d")


def _stamp_group(text: str, item: Item) -> str | None:
    """The zone group of a timestamp of ``text``, None for a zone of no known offset or
    one that opens a bracket of times in that zone ('10:00~15:00(UTC 01:00~06:00)')."""
    zone = _STAMP_ZONE.search(item.text)
    if zone is None or _ZONE_OPENS.match(text, item.end):
        return None
    group = _ZONE_GROUPS.get(zone[0].upper(), _ZONE_GROUPS.get(zone[0]))
    return group if group in _ZONE_OFFSETS else None


def _all_converted(source: str, target: str) -> bool:
    """Whether the source has timestamps and the translation gives each of them only
    converted to a zone it names."""
    wanted = items(source)
    stamps = [item for item in wanted if item.kind == "timestamp"]
    have = _times_apart(_items(target))
    used = [False] * len(have)
    day = _one_day(wanted)
    if not stamps:  # a Japanese or Korean time in its reader's zone ('15時')
        return _home_moves(source, target, wanted, have, used) is not None
    return all(_converted(item, target, have, used, day) is not None for item in stamps)


def _home_time_converted(
    source: str,
    target: str,
    wanted: Sequence[Item],
    missing: list[Item],
    have: Sequence[Item],
    used: list[bool],
) -> list[Item]:
    """``missing`` without the one time of a Japanese or Korean source that names no zone
    ('5月15日10時30分', in Japan's), where the translation gives it only converted to
    another zone it names ('9:30 p.m. EDT on May 14'), and without its date moved with it."""
    clock = _home_clock(source)
    if clock is None or not any(clock.start() <= item.start < clock.end() for item in missing):
        return missing
    moves = _home_moves(source, target, wanted, have, used)
    if moves is None:
        return missing
    missing = [item for item in missing if not clock.start() <= item.start < clock.end()]
    if moves:
        missing = [item for item in missing if not _day_moved(item, {moves}, have, used)]
    return missing


def _home_clock(source: str) -> re.Match[str] | None:
    """The one time of day a Japanese or Korean source gives, where it names no zone but
    its reader's (or none), else None."""
    if "時" not in source and "시" not in source:
        return None
    clocks = list(_CJK_CLOCK.finditer(source))
    if len(clocks) != 1 or set(zones(source)) - {"+9"}:
        return None
    return clocks[0]


def _home_moves(
    source: str, target: str, wanted: Sequence[Item], have: Sequence[Item], used: list[bool]
) -> int | None:
    """The days the one time of a Japanese or Korean source moves by where the translation
    gives it only in another zone it names ('15時' as '2:00 a.m. EDT'), else None; the
    translation's time is used up. A translation that names Japan's zone too is not
    judged here: it gives the time there as well, compared as written."""
    clock = _home_clock(source)
    if clock is None or _ZONE_LETTER.search(target) is None:
        return None
    theirs = zones(target)
    if not theirs or "+9" in theirs:
        return None
    moment = _source_moment(source, "ja", wanted, {})
    if moment is None:
        return None
    _, hour, minute = moment
    stamp = Item("timestamp", "(JST)", 0, 0, parts=(hour, minute))
    return _converted(stamp, target, have, used, _one_day(wanted), minutes_paired=True)


# the offsets from UTC of each zone group, standard time then summer time (a release
# rarely says which: 'ET' is -5 in winter, -4 in summer)
_ZONE_OFFSETS: dict[str, tuple[int, ...]] = {
    "ET": (-5, -4), "PT": (-8, -7), "UTC": (0,), "CET": (1, 2), "+9": (9,), "+8": (8,),
}  # fmt: skip


def _converted(
    item: Item,
    target: str,
    have: Sequence[Item],
    used: list[bool],
    day: tuple[int | None, int | None, int | None] | None = None,
    minutes_paired: bool = False,
) -> int | None:
    """The days a timestamp of the source ('5:00 p.m. ET') moves by where the translation
    gives it only converted to another zone it names ('日本時間では午前7時', '한국 시간
    오전 7시': the same moment, not a changed time), else None: 1 when it falls on the
    next day there. The translation's time (and its minutes said apart) is used up.
    ``day``: the source's date, which says whether its zone and the other keep summer
    time ('1:30 p.m. ET' in July is 2:30 in Japan, not 3:30); without it, either.
    ``minutes_paired``: the source said its minutes apart ('10時30分'), and they may be
    paired with the translation's already."""
    code = _ZONE_CODE.search(item.text)
    if code is None or not item.parts:
        return None
    ours = _ZONE_GROUPS[code[1]]
    theirs = set(zones(target)) - {ours}
    hour, minute = item.parts[0], item.parts[1] if len(item.parts) > 1 else 0
    # each moment there, with the days it moves (winter and summer give other moments)
    moments: dict[tuple[int, int], int] = {}
    for group in theirs:
        if ours not in _ZONE_OFFSETS or group not in _ZONE_OFFSETS:
            continue
        for here, away in _seasons(ours, group, day, _SAID_SEASON.get(code[1])):
            days, there = divmod(hour - _offset(ours, here) + _offset(group, away), 24)
            moments[(there, minute)] = days
    for index, other in enumerate(have):
        if used[index] or other.kind not in _CLOCKS:
            continue
        for moment, days in moments.items():
            if _at(other, moment):
                used[index] = True
                return days
            minutes = (
                _minutes_after(other, minute, have, used, taken=minutes_paired) if minute else None
            )
            if minutes is not None and _at(other, (moment[0], 0)):
                used[index] = used[minutes] = True
                return days
    return None


def _minutes_after(
    time: Item, minute: int, have: Sequence[Item], used: list[bool], *, taken: bool = False
) -> int | None:
    """The index of an unused number right after an hour that says ``minute`` ('午前2時30分',
    '오전 2시 30분': the minutes the figures read apart from their hour), else None."""
    for index, other in enumerate(have):
        if (
            (taken or not used[index])
            and other.kind == "number"
            and time.start <= other.start <= time.end + 1
            and Decimal(minute) in other.keys
        ):
            return index
    return None


def _day_moved(item: Item, moves: set[int], have: Sequence[Item], used: list[bool]) -> bool:
    """Whether a date of the source is given moved by one of ``moves`` days, as a time
    converted across midnight moves it ('March 4' as '3月5日'); that date is used up."""
    day = _day_of(item)
    if day is None:
        return False
    wanted = [moved for moved in (_moved_day(day, days) for days in moves) if moved]
    for index, other in enumerate(have):
        said = None if used[index] else _day_of(other)
        if said is not None and any(_same_date(moved, said) for moved in wanted):
            used[index] = True
            return True
    return False


def _day_of(item: Item) -> tuple[int | None, int | None, int | None] | None:
    """An item's (year, month, day) where it names a month's day ('2026年3月5日', 'May 15')."""
    if item.kind == "month-day" and len(item.parts) == 2:
        return None, item.parts[0], item.parts[1]
    if item.kind == "date" and item.date is not None and None not in item.date[1:]:
        return item.date
    return None


def _moved_day(
    day: tuple[int | None, int | None, int | None], days: int
) -> tuple[int | None, int | None, int | None] | None:
    """``day`` moved by ``days`` (its year, if it gives none, one with a 29 February)."""
    year, month, date = day
    try:
        when = _dt.date(year or 2000, month or 1, date or 1) + _dt.timedelta(days=days)
    except ValueError:
        return None
    return (when.year if year else None), when.month, when.day


# an hour said in Japanese or Korean, with its half of the day and its minutes: '15時',
# '午後5時30分', '오전 10시 30분', '10時半' ('오후 3시 3분기 실적': no minutes)
_CJK_CLOCK = lazy_compile(
    r"(?<![\d.,:])(午前|午後|오전|오후)?\s?(\d{1,2})\s?[時시](?![間期])"
    r"(?:\s?(\d{1,2})\s?[分분](?![期기の])|\s?(半|반)(?![期기]))?"
)
# how far before a time a translation names the zone it gives it in ('日本時間3月5日午前
# 10時', '한국 시간 4월 29일 오전 2시'): a date may stand between
_ZONE_REACH = 16


def _source_moment(
    source: str, source_lang: str, wanted: Sequence[Item], ours: dict[str, str]
) -> tuple[str, int, int] | None:
    """(zone group, hour, minute) of the one time the source gives, in the zone it names
    or, for a Japanese or Korean source that names none, its reader's; else None."""
    stamps = [item for item in wanted if item.kind == "timestamp"]
    if stamps:
        code = _ZONE_CODE.search(stamps[0].text)
        if len(stamps) != 1 or code is None or len(ours) != 1 or not stamps[0].parts:
            return None
        hour, minute = stamps[0].parts[0], stamps[0].parts[1] if len(stamps[0].parts) > 1 else 0
        return _ZONE_GROUPS[code[1]], hour, minute
    home = _HOME_ZONES.get(source_lang)
    clocks = list(_CJK_CLOCK.finditer(source)) if home is not None else []
    if len(clocks) != 1 or len(ours) > 1 or (ours and home not in ours):
        return None
    clock = clocks[0]
    said = int(clock[2])
    if clock[1] in ("午後", "오후") and said < 12:
        said += 12
    elif clock[1] in ("午前", "오전") and said == 12:
        said = 0
    return home or "", said, int(clock[3]) if clock[3] else 30 if clock[4] else 0


def _zone_before(target: str, item: Item) -> str | None:
    """The zone group a translation names for its time ``item``: a code inside it ('2:00
    a.m. EDT') or the last zone named shortly before it with no other time between
    ('（日本時間3月5日午前10時）')."""
    code = _ZONE_CODE.search(item.text)
    if code is not None:
        return _ZONE_GROUPS[code[1]]
    start = max(0, item.start - _ZONE_REACH)
    window = target[start : item.start]
    last: tuple[int, str] | None = None
    for match in _ZONE_WORD.finditer(window):
        last = max(last or (0, ""), (match.end(), _ZONE_GROUPS[re.sub(r"\s", "", match[0])]))
    for match in _ZONE_NAME.finditer(window):
        name = match[1] or match[2] or match[3]
        last = max(last or (0, ""), (match.end(), _ZONE_NAMES[name]))
    for match in _ZONE_CODE.finditer(window):
        last = max(last or (0, ""), (match.end(), _ZONE_GROUPS[match[1]]))
    if last is None or _CJK_CLOCK.search(window, last[0]) or ":" in window[last[0] :]:
        return None
    return last[1]


def added_time_wrong(
    source: str, target: str, source_lang: str, *, memo: dict[str, Any] | None = None
) -> tuple[str, str] | None:
    """(the translation's time, the time it should be) where the translation gives the
    source's time again converted to another zone it names ('3:00 p.m. JST (3:00 a.m.
    EDT)' for '15時', '午後5時（日本時間3月5日午前11時）' for '5:00 p.m. PT') and that
    time, or the date beside it, is not the same moment; else None. A time of the source
    not found at all is reported as changed elsewhere."""
    if first_digit(target) < 0 or _ZONE_LETTER.search(target) is None:
        return None
    theirs = zones(target)
    if len(theirs) < 2 and not (theirs and _HOME_ZONES.get(source_lang) and not zones(source)):
        return None
    ours = remembered(memo, "figures.zones", zones, source)
    wanted = remembered(memo, "figures.items", _items, source)
    moment = _source_moment(source, source_lang, wanted, ours)
    if moment is None or moment[0] not in _ZONE_OFFSETS:
        return None
    group, hour, minute = moment
    day = _one_day(wanted)
    have = _times_apart(_items(target))
    for other in have:
        there = _zone_before(target, other) if other.kind in _CLOCKS else None
        if there is None or there == group or there not in _ZONE_OFFSETS:
            continue
        moments = {
            divmod(hour - _offset(group, here) + _offset(there, away), 24)
            for here, away in _seasons(group, there, day)
        }
        used = [False] * len(have)
        said = [
            days
            for days, at in moments
            if _at(other, (at, minute))
            or (
                minute != 0
                and _at(other, (at, 0))
                and _minutes_after(other, minute, have, used) is not None
            )
        ]
        if not said:
            should = sorted(f"{at}:{minute:02}" for _, at in moments)
            return other.text.strip("()（） "), " or ".join(should)
        dates = [item for item in have if _day_of(item) is not None]
        if day is not None and said[0] and len(dates) > 1:
            moved = _moved_day(day, said[0])
            if moved is not None and not any(
                _same_date(moved, _day_of(item) or moved) for item in dates
            ):
                return dates[-1].text, "-".join(f"{part:02}" for part in moved if part)
    return None


def converted_day_kept(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> tuple[Item, Item, tuple[int | None, int | None, int | None]] | None:
    """(the source's date, the translation's, the day it should be) where the translation
    gives a time only converted to another zone, across midnight, and keeps the source's
    date beside it ('5:00 p.m. PT on March 4, 2026' as '2026年3月4日午前10時（日本時間）':
    it is 3月5日 there), else None. A translation that names the source's zone too may
    give the date there, and is not judged. A Japanese or Korean source that names no
    zone gives its time in its reader's ('5月15日10時30分' as '9:30 p.m. EDT on May 15'
    keeps the day, where it is May 14 in New York)."""
    if _ZONE_LETTER.search(source) is None:
        return None
    ours = remembered(memo, "figures.zones", zones, source)
    wanted = remembered(memo, "figures.items", _items, source)
    stamps = [item for item in wanted if item.kind == "timestamp"]
    days = [day for day in (_day_of(item) for item in wanted) if day is not None]
    if len(stamps) > 1 or len(days) != 1:
        return None  # which date goes with which time is not judged
    if stamps and (not ours or set(ours) & set(zones(target))):
        return None
    have = _times_apart(_items(target))
    used = [False] * len(have)
    if stamps:
        moves = _converted(stamps[0], target, have, used, days[0])
    else:
        moves = _home_moves(source, target, wanted, have, used)
    if not moves:
        return None
    dated = [other for other in have if _day_of(other) is not None]
    kept = [other for other in dated if _same_date(days[0], _day_of(other) or days[0])]
    should = _moved_day(days[0], moves)
    if len(dated) != 1 or not kept or should is None:
        return None
    source_date = next(item for item in wanted if _day_of(item) is not None)
    return source_date, kept[0], should


def _offset(group: str, summer: bool) -> int:
    """A zone group's offset in winter or in summer (both zones of a sentence in one)."""
    offsets = _ZONE_OFFSETS[group]
    return offsets[-1] if summer else offsets[0]


# the season a zone's code says ('EST' winter, 'PDT' summer; 'ET' either)
_SAID_SEASON = {"EST": False, "PST": False, "EDT": True, "PDT": True, "CEST": True}
_EITHER_SEASON = frozenset({(False, False), (True, True)})


def _seasons(
    ours: str,
    theirs: str,
    day: tuple[int | None, int | None, int | None] | None,
    said: bool | None = None,
) -> set[tuple[bool, bool]]:
    """Whether each zone keeps summer time: what ``day`` says of each, or, where it says
    nothing, winter in both or summer in both (a release rarely says which). A season
    the source's code says ('EST') counts too, though the day is in the other: a release
    that writes 'EST' in July is converted as written by some translators."""
    here, away = _summer(ours, day), _summer(theirs, day)
    found = {(here, away)} if here is not None and away is not None else _EITHER_SEASON
    if said is not None:
        found = found | {(said, other) for _, other in found}
    return set(found)


# the first and last day of summer time in a year, by the zone's rule: the United States'
# from March's second Sunday to November's first, Europe's from March's last to October's
_SUMMER_RULES = {"ET": "us", "PT": "us", "CET": "eu"}


def _summer(group: str, day: tuple[int | None, int | None, int | None] | None) -> bool | None:
    """Whether zone ``group`` keeps summer time on ``day``; None where that is not known
    (no day, no year with a month of the change, the day of a change)."""
    rule = _SUMMER_RULES.get(group)
    if rule is None:
        return False  # one offset all year
    year, month, date = day if day is not None else (None, None, None)
    if month is None or date is None:
        return None
    if year is None:  # a month wholly in one season, whatever the year
        return True if 4 <= month <= 9 else False if month in (12, 1, 2) else None
    if rule == "us":
        start = _nth_sunday(year, 3, 2)
        end = _nth_sunday(year, 11, 1)
    else:
        start, end = _last_sunday(year, 3), _last_sunday(year, 10)
    try:
        when = _dt.date(year, month, date)
    except ValueError:
        return None
    if when in (start, end):
        return None
    return start < when < end


def _nth_sunday(year: int, month: int, nth: int) -> _dt.date:
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def _last_sunday(year: int, month: int) -> _dt.date:
    last = _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() - 6) % 7)


def _one_day(
    wanted: Sequence[Item],
) -> tuple[int | None, int | None, int | None] | None:
    """The day a text gives, where it gives one (its times are on it), else None."""
    days = [day for day in (_day_of(item) for item in wanted) if day is not None]
    return days[0] if len(days) == 1 else None


def _at(time: Item, moment: tuple[int, int]) -> bool:
    """Whether a time of day says ``moment`` (hour, minute): '午前7時' says 7:00, not 19:00."""
    hour, minute = moment
    if time.half and (hour >= 12) != (time.half == "pm"):
        return False
    return moment in time.keys or (minute == 0 and Decimal(hour) in time.keys)


# a minute of the second half counted from its start, as Japanese and Korean reports
# count it ('後半45分', '후반 44분'): English counts from kick-off ('the 90th minute')
_SECOND_HALF_BEFORE = lazy_compile(r"(?:後半|후반)[ 　]?$")
_MINUTE_AFTER = lazy_compile(r"[ 　]?(?:分|분)")


def _match_minute(item: Item, source: str, have: Sequence[Item], used: list[bool]) -> bool:
    """Whether a minute of the second half ('後半45分') is given counted from kick-off
    (90) in the translation; the number it uses is used up."""
    if item.kind != "number" or not _MINUTE_AFTER.match(source, item.end):
        return False
    if _SECOND_HALF_BEFORE.search(source, max(0, item.start - 3), item.start) is None:
        return False
    minutes = {k + 45 for k in item.keys if isinstance(k, Decimal) and 0 < k <= 45}
    for index, other in enumerate(have):
        if not used[index] and other.kind == "number" and minutes & other.keys:
            used[index] = True
            return True
    return False
