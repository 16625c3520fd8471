"""prlocalize.glossary.values
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

How cell and attribute values of glossary files are read, the same for CSV and
TBX: locales, kinds, lists, generated ids, file decoding.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from functools import lru_cache

from prlocalize.glossary.model import Kind, Term
from prlocalize.glossary.problems import Problem

LIST_SEPARATOR = "|"
# how spreadsheets name the kinds (English, plural, Japanese, Korean): a team's own
# sheet says "Company", "Job title" or "役職", not "org" or "title"
KIND_ALIASES = {
    **dict.fromkeys(
        (
            "persons",
            "people",
            "name",
            "names",
            "individual",
            "executive",
            "executives",
            "人名",
            "氏名",
            "人物",
            "人",
            "인명",
            "이름",
            "인물",
            "성명",
            "사람",
            "official",
            "officials",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "speaker",
            "speakers",
            "contact",
            "役員",
            "임원",  # (役員: the executives, a sheet of people)
            "担当者",
            "登壇者",
            "관계자",
            "연사",
            "발표자",
            "담당자",
        ),
        Kind.PERSON,
    ),
    **dict.fromkeys(
        (
            "titles",
            "job title",
            "position",
            "role",
            "役職",
            "肩書",
            "肩書き",
            "직함",
            "직책",
            "직위",
            "honorific",
            "honorifics",
            "rank",
            "post",
            "designation",
            "敬称",
            "役名",
            "호칭",
            "직급",
            "職位",
            "職名",
        ),
        Kind.TITLE,
    ),
    **dict.fromkeys(
        (
            "organisation",
            "organization",
            "organisations",
            "organizations",
            "orgs",
            "company",
            "companies",
            "corporation",
            "institution",
            "agency",
            "ministry",
            "組織",
            "組織名",
            "団体",
            "企業",
            "会社",
            "会社名",
            "機関",
            "조직",
            "기관",
            "회사",
            "기업",
            "단체",
            "department",
            "division",
            "university",
            "school",
            "media",
            "government",
            "部署",
            "部門",
            "省庁",
            "官庁",
            "政府",
            "부서",
            "부처",
            "정부",
            "政府機関",
            "정부기관",
            "government agency",
            "public agency",
            "institute",
            "association",
            "federation",
            "foundation",
            "committee",
            "council",
            "team",
            "newspaper",
            "broadcaster",
            "bank",
            "hospital",
            "group",
            "協会",
            "財団",
            "委員会",
            "大学",
            "社名",  # a company's name ("会社名" is read through its 名)
            "사명",
            "法人",
            "법인",
            "行政機関",
            "自治体",
            "지자체",
            "学校",
            "政党",
            "정당",
            "political party",
            "病院",
            "銀行",
            "報道機関",
            "新聞",
            "放送局",
            "협회",
            "재단",
            "위원회",
            "대학",
            "병원",
            "은행",
            "공공기관",
            "언론",
            "언론사",
            "신문",
            "방송",
        ),
        Kind.ORG,
    ),
    **dict.fromkeys(
        (
            "places",
            "location",
            "city",
            "country",
            "region",
            "prefecture",
            "地名",
            "場所",
            "所在地",
            "国",
            "都市",
            "地域",
            "都道府県",
            "지명",
            "장소",
            "국가",
            "도시",
            "지역",
            "province",
            "state",
            "district",
            "county",
            "ward",
            "venue",
            "facility",
            "building",
            "station",
            "airport",
            "address",
            "会場",
            "施設",
            "事業所",
            "駅",
            "空港",
            "市町村",
            "행사장",
            "시설",
            "역",
            "공항",
            "주소",
        ),
        Kind.PLACE,
    ),
    **dict.fromkeys(
        (
            "brands",
            "product",
            "products",
            "service",
            "trademark",
            "ブランド",
            "製品",
            "商品",
            "브랜드",
            "제품",
            "サービス",
            "서비스",
            "商標",
            "상표",
            "상품",
            "publication",
            "model",
            "app",
            "application",
            "software",
            "商品名",
            "製品名",
            "アプリ",
            "제품명",
            "앱",
        ),
        Kind.BRAND,
    ),
    **dict.fromkeys(
        (
            "terms",
            "terminology",
            "glossary",
            "general",
            "acronym",
            "abbreviation",
            "event",
            "用語",
            "専門用語",
            "略語",
            "略称",
            "약칭",
            "イベント",
            "용어",
            "전문용어",
            "一般用語",
            "일반용어",
            "약어",
            "행사",
            "conference",
            "exhibition",
            "fair",
            "forum",
            "award",
            "prize",
            "fund",
            "initiative",
            "campaign",
            "currency",
            "unit",
            "concept",
            "other",
            "others",
            "misc",
            "miscellaneous",
            "generic",
            "-",
            "n/a",
            "その他",
            "会議",
            "展示会",
            "賞",
            "基金",
            "通貨",
            "単位",
            "기타",
            "회의",
            "전시회",
            "포럼",
            "기금",
            "캠페인",
            "통화",
            "단위",
            "keyword",
            "keywords",
            "technology",
            "technical term",
            "program",
            "programme",
            "project",
            "law",
            "regulation",
            "policy",
            "技術",
            "技術用語",
            "キーワード",
            "法律",
            "制度",
            "政策",
            "事業",
            "プロジェクト",
            "기술",
            "키워드",
            "법률",
            "제도",
            "정책",
            "사업",
            "프로젝트",
        ),
        Kind.TERM,
    ),
    # what the rows are to the company, as sales and IR sheets say it
    **dict.fromkeys(
        (
            "non-profit", "nonprofit", "npo", "ngo", "charity", "startup", "start-up",
            "subsidiary", "affiliate", "partner", "partners", "client", "customer",
            "supplier", "vendor", "investor", "competitor", "manufacturer", "firm",
            "law firm", "regulator", "authority", "非営利団体", "子会社", "関連会社",
            "取引先", "비영리단체", "자회사", "계열사", "협력사", "고객사",
        ),
        Kind.ORG,
    ),
    **dict.fromkeys(
        (
            "staff", "employee", "employees", "researcher", "researchers", "politician",
            "athlete", "celebrity", "influencer", "full name", "japanese name",
            "korean name", "english name", "社員", "従業員", "研究者", "政治家", "직원",
            "연구자", "정치인",
        ),
        Kind.PERSON,
    ),
    **dict.fromkeys(
        ("ticker", "ticker symbol", "stock code", "証券コード", "종목코드", "slogan", "tagline"),
        Kind.TERM,
    ),
}  # fmt: skip
# CSV injection (OWASP): a cell starting with one of these is run as a formula when the
# CSV is opened in a spreadsheet ('=HYPERLINK(...)', '-2+3+cmd|...'). A plain number
# ('-1', '+81') is read as a number, not a formula, and stays as it is.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


# a formula as its text, where the sheet was saved with formulas shown or its cells were
# copied as text: a reference ('=B2', '=Master!C4', "='人名'!$B$2&\" \"") or a call
# ('=VLOOKUP(B4,…)'), never a name; a brand written '=LOVE' is neither
_FORMULA_TEXT = re.compile(
    r"=[ ]?(?:[A-Za-z][A-Za-z0-9_.]{0,30}\("
    r"|(?:(?:'[^']{1,100}'|[A-Za-z0-9_]{1,100})!)?\$?[A-Za-z]{1,3}\$?[0-9]{1,7}(?:[&+*/ -]|\Z))"
)


def formula_text(cell: str) -> bool:
    """Whether ``cell`` holds a formula itself rather than its value."""
    return _FORMULA_TEXT.match(cell.strip()) is not None


def formula_risk(cell: str) -> bool:
    """Whether a spreadsheet would read ``cell`` as a formula."""
    return cell[:1] in FORMULA_TRIGGERS and cell != "" and not _PLAIN_NUMBER.fullmatch(cell)


def guard_formula(cell: str) -> str:
    """``cell`` as written to a CSV file: an apostrophe before what would be a formula
    (spreadsheets then show it as text, '-san' stays '-san'). A value that itself starts
    with apostrophes before one gets one more, so that reading gives it back exactly."""
    return FORMULA_GUARD + cell if formula_risk(cell.lstrip(FORMULA_GUARD)) else cell


def unguard_formula(cell: str) -> str:
    """``cell`` as read from a CSV file: the apostrophe that :func:`guard_formula` (or a
    person) put before a would-be formula is dropped; any other apostrophe is kept."""
    if cell.startswith(FORMULA_GUARD) and formula_risk(cell.lstrip(FORMULA_GUARD)):
        return cell[1:]
    return cell


# as sheets mark a box: Excel's TRUE/FALSE, ○/×, はい/いいえ, 예/아니오
TRUE_VALUES = frozenset({"yes", "y", "true", "1", "x", "○", "◯", "✓", "✔", "はい", "예", "네"})
FALSE_VALUES = frozenset({"no", "n", "false", "0", "", "×", "✗", "-", "いいえ", "아니오", "아니요"})


@lru_cache(maxsize=256)
def normalise_locale(code: str) -> str | None:
    """Babel's spelling of a locale identifier ("ja", "zh_Hant"), or None when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code.strip().replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def locale_column(name: str) -> str | None:
    """The locale a glossary column header names: a code ("ja", "en-US", "ko_KR") or a
    language's name in English, Japanese, Korean or the language itself ("Japanese",
    "日本語", "일본어"), as spreadsheets head their columns; None when it names none."""
    return normalise_locale(name) or _language_names().get(name.strip().casefold())


# the words a sheet puts around a language in a column's header: "English name",
# "Name (EN)", "Term (ja-JP)", "英語表記", "日本語訳", "한국어 표기", "Company name (KO)"
_HEADER_WORDS = frozenset(
    {
        "name", "names", "term", "terms", "form", "forms", "approved", "official",
        "preferred", "translation", "text", "company", "organisation", "organization",
        "org", "product", "brand", "place", "person", "people", "title", "job", "position",
    }
)  # fmt: skip
_HEADER_AFFIXES = ("表記", "名称", "訳", "用語", "名", "표기", "명칭", "번역", "용어", "명")
_HEADER_BRACKET = re.compile(r"^(?P<outer>[^(（\[]*)[(（\[](?P<inner>[^)）\]]+)[)）\]]\s*$")
# what Korean and Japanese sheets call a column of text in a script: 영문 (English),
# 국문/한글 (Korean), 일문 (Japanese); 英文, 和文/邦文, 韓文
_SCRIPT_WORDS = {
    "영문": "en", "국문": "ko", "한글": "ko", "일문": "ja", "英文": "en", "和文": "ja",
    "邦文": "ja", "韓文": "ko", "韓国文": "ko", "일본어문": "ja",
    # Chinese by its script: 简体/簡體 (Simplified), 繁體/正體 (Traditional), alone or
    # with the language's name, in Chinese, Japanese, Korean or English
    **{word: "zh_Hans" for word in (
        "简体", "簡體", "簡体", "简体字", "簡体字", "简体中文", "簡體中文", "简中", "간체",
        "간체자", "중국어간체", "簡体中国語", "中国語簡体字", "simplified chinese",
    )},
    **{word: "zh_Hant" for word in (
        "繁體", "繁体", "繁體字", "繁体字", "繁體中文", "繁体中文", "正體中文", "繁中", "번체",
        "번체자", "중국어번체", "繁体中国語", "中国語繁体字", "traditional chinese",
    )},
}  # fmt: skip
# the script of Chinese a header names in brackets after the language ('Chinese
# (Traditional)', '中文（简体）', '중국어(번체)'), or by its region ('Chinese (Taiwan)',
# 'Chinese (PRC)', '中文（香港）'): regions write Chinese in one script or the other
_CHINESE_SCRIPT_WORDS = {
    **{word: "zh_Hans" for word in (
        "simplified", "prc", "china", "mainland", "singapore", "cn", "sg",
        "中国", "中國", "大陆", "大陸", "新加坡", "중국",
    )},
    **{word: "zh_Hant" for word in (
        "traditional", "taiwan", "hong kong", "hong kong sar", "hong kong s.a.r.", "macao",
        "macau", "macao sar", "macao s.a.r.", "tw", "hk", "mo",
        "台灣", "台湾", "臺灣", "香港", "澳門", "澳门", "대만", "홍콩",
    )},
    **{word: locale for word, locale in _SCRIPT_WORDS.items() if locale.startswith("zh_")},
}  # fmt: skip


def loose_locale_column(name: str) -> str | None:
    """The locale a header names the way spreadsheets write it, when it is no plain code
    or language name (:func:`locale_column`): a language with words around it ("Name
    (EN)", "English name", "英語表記", "한국어 표기"), a script word ("영문", "和文"), or a
    country code where a language code belongs ("JP", "KR", "CN")."""
    text = name.strip()
    match = _HEADER_BRACKET.match(text)
    if match is not None:
        outer = match["outer"].strip().casefold()
        if not outer or all(word in _HEADER_WORDS for word in outer.split()):
            return _bare_locale(match["inner"])
        # 'English (official)', '日本語（正式名称）': the language, then what its forms are
        inner = match["inner"].strip().casefold()
        if inner in _OFFICIAL or all(word in _HEADER_WORDS for word in inner.split()):
            return _bare_locale(match["outer"])
        # 'English (US)', 'Japanese (Japan)', 'Korean (ko-KR)': a language and its region
        language = locale_column(match["outer"])
        if language == "zh" and inner in _CHINESE_SCRIPT_WORDS:
            return _CHINESE_SCRIPT_WORDS[inner]  # ('Chinese (Taiwan)': Traditional)
        if language is not None and _region_of(match["inner"], language):
            return language
        return None
    return _bare_locale(text)


# what a sheet says of its column of approved forms, in brackets after the language
_OFFICIAL = frozenset(
    {"正式", "正式名称", "正式表記", "公式", "공식", "정식", "정식 명칭", "공식 표기"}
)


# the columns a sheet keeps beside a language's form: its other forms (an abbreviation,
# an alias) and the forms not to use (Japanese style guides' "NG表記"); "English
# abbreviation", "Abbr. (EN)", "略称", "NG表記（日本語）", "금지 표기"
_FIELD_WORDS = {
    **dict.fromkeys(
        (
            "abbreviation", "abbreviations", "abbr", "abbr.", "abbrev", "abbrev.", "acronym",
            "short", "alias", "aliases", "variant", "variants", "alternative", "alternatives",
            "alternate", "alt", "alt.", "other",
            "略称", "略語", "別名", "通称", "別表記", "약칭", "약어", "별칭", "이칭", "다른",
            # "another way of writing it" ('이표기(국문)', '異表記（日本語）'), as 別表記
            "異表記", "이표기",
        ),
        "variants",
    ),
    **dict.fromkeys(
        (
            "ng", "forbidden", "wrong", "incorrect", "avoid", "prohibited", "banned",
            "禁止", "使用禁止", "誤", "誤表記", "ng表記", "금지", "잘못된", "오기",
            "禁止語", "誤記", "使用不可", "ngワード", "금지어", "금칙어", "사용금지", "금지단어",
            "오표기", "ng워드",
            # a former name: no longer to be written (as a status of "deprecated" says)
            "former", "old", "previous", "旧", "旧表記", "旧名称", "旧社名", "旧称", "구", "구명칭",
            "옛", "이전",
        ),
        "forbidden",
    ),
}  # fmt: skip
_FIELD_NOISE = {"form", "forms", "name", "names", "term", "terms", "表記", "표기", "do", "not",
                "use", "don't", "使用", "사용", "of", "(s)"}  # fmt: skip
_HEADER_TOKENS = re.compile(r"[^\s()（）\[\]/:：,_-]+")


# a person's name parts ('Family name (EN)', 'First name', '姓', '名'): whole words,
# since '日本語名' is a Japanese name, not a given name
_NAME_PART_WORDS = {
    **dict.fromkeys(("family", "last", "surname", "姓", "苗字", "名字", "성"), "family"),
    # ('이름' alone heads a column of whole names: a given name only beside a '성')
    **dict.fromkeys(("given", "first", "forename", "名", "이름"), "given"),
}
_HANGUL = re.compile("[\uac00-\ud7a3]")


def loose_field_column(name: str) -> tuple[str, str | None] | None:
    """('variants', 'forbidden', 'given' or 'family', the locale or None) for a column a
    sheet keeps beside a language's forms ('English abbreviation', '略称', 'NG表記', 'Do
    not use (JA)', 'Family name (EN)', '姓'), or None. Without a language in it the
    column belongs to the locale column before it."""
    tokens = [t.casefold() for t in _HEADER_TOKENS.findall(name)]
    parts = {_NAME_PART_WORDS[t] for t in tokens if t in _NAME_PART_WORDS}
    if parts:
        rest = [t for t in tokens if t not in _NAME_PART_WORDS and t not in ("name", "names")]
        languages = {_bare_locale(t) for t in rest}
        if len(parts) == 1 and len(languages) <= 1 and None not in languages:
            # '姓' and '名' head the parts of a Japanese name, '성' and '이름' those of a
            # Korean one, wherever the column stands
            words = [t for t in tokens if t in _NAME_PART_WORDS and not t.isascii()]
            own = ("ko" if _HANGUL.search(words[0]) else "ja") if words else None
            return parts.pop(), (languages.pop() if languages else own)
        return None
    field: str | None = "forbidden" if "not" in tokens and "use" in tokens else None
    locale: str | None = None
    for token in tokens:
        hit = _FIELD_WORDS.get(token) or _FIELD_WORDS.get(token.removesuffix("表記"))
        if hit is None and not token.isascii():
            # '日本語略称', '英語NG表記': a language and the word run together
            for word, what in _FIELD_WORDS.items():
                if not word.isascii() and token.endswith(word) and len(token) > len(word):
                    found = _bare_locale(token[: -len(word)])
                    if found is not None and locale in (None, found):
                        hit, locale = what, found
                        break
        if hit is not None:
            if field not in (None, hit):
                return None  # both a variant and a forbidden word: unclear
            field = hit
            continue
        if token in _FIELD_NOISE:
            continue
        found = _bare_locale(token)
        if found is None or locale not in (None, found):
            return None  # another word: not a column of forms
        locale = found
    return (field, locale) if field is not None else None


def _region_of(text: str, language: str) -> bool:
    """Whether ``text`` names a country or region ('US', 'Japan', 'ko-KR' for Korean),
    as a language's header gives it in brackets."""
    from babel import Locale

    text = text.strip()
    code = normalise_locale(text)
    if code is not None and "_" in code:
        return code.split("_")[0] == language.split("_")[0]
    territories = Locale("en").territories
    if len(text) == 2 and text.isascii() and text.upper() in territories:
        return True
    if text.casefold() in _WINDOWS_REGIONS:
        return True
    return text.casefold() in {name.casefold() for name in territories.values()}


# the regions Windows and the CAT tools built on it (Trados, Glossary Converter) name a
# language's column by, where CLDR says otherwise ('Korean (Korea)', 'Chinese (PRC)')
_WINDOWS_REGIONS = frozenset(
    {
        *("korea", "prc", "taiwan", "hong kong sar", "hong kong s.a.r.", "macao s.a.r."),
        *("macao sar", "simplified", "traditional"),
    }
)


def _bare_locale(text: str) -> str | None:
    text = text.strip()
    found = (
        locale_column(text)
        or _SCRIPT_WORDS.get(text)
        or _SCRIPT_WORDS.get(text.casefold())
        or _country_language(text)
    )
    if found is not None:
        return found
    words = text.casefold().replace("_", " ").split()
    if len(words) > 1:
        kept = [w for w in words if w not in _HEADER_WORDS and w not in _HEADER_AFFIXES]
        if len(kept) == 1:
            return locale_column(kept[0]) or _country_language(kept[0])
        return None
    for affix in _HEADER_AFFIXES:
        if text.endswith(affix) and len(text) > len(affix):
            bare = text[: -len(affix)].strip()
            return locale_column(bare) or _SCRIPT_WORDS.get(bare)
    return None


def _country_language(code: str) -> str | None:
    """'JP' → 'ja', 'KR' → 'ko', 'CN' → 'zh_Hans': a two-letter country code that is no
    language code, read as the language of that country (CLDR's likely subtags)."""
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return None
    from babel.core import get_global

    likely = get_global("likely_subtags").get(f"und_{code.upper()}")
    if likely is None:
        return None
    language, script = likely.split("_")[:2]
    return normalise_locale(f"{language}_{script}" if language == "zh" else language)


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    # asked only for a header that is not a code: Babel's locale data is loaded then (the
    # names in English, Japanese and Korean, and the own names of the languages press
    # releases are most often published in: each locale loaded costs a few milliseconds)
    from babel import Locale, localedata

    names: dict[str, str] = {}
    codes = {code.partition("_")[0] for code in localedata.locale_identifiers()}
    for display in ("en", "ja", "ko"):
        for code, label in Locale.parse(display).languages.items():
            if code in codes:
                names.setdefault(label.casefold(), code)
    for code in _OWN_NAMES:
        own = Locale.parse(code).get_language_name(code)
        if own:
            names.setdefault(own.casefold(), code)
    return names


_OWN_NAMES = ("en", "ja", "ko", "zh", "de", "fr", "es", "it", "pt", "ru", "vi", "th", "id")


def parse_kind(value: str) -> Kind | None:
    value = value.strip().lower()
    found = _kind(value)
    if found is None:
        # "Company name", "製品名", "회사명", "place names": a kind with "name" after it
        bare = _NAME_SUFFIX.sub("", value)
        found = _kind(bare) if bare != value else None
    if found is None and (singular := _singular(value)) != value:
        # 'Positions', 'Facilities', 'Official titles', 'Org.': an English kind word in
        # the plural (a sheet's tab) or abbreviated, where the list has the word itself
        found = parse_kind(singular)
    if found is None and (qualified := _KIND_QUALIFIER.match(value)) is not None:
        # "Person (Japanese)", "人名（日本人）", "Company (listed)": the kind before its note
        found = parse_kind(qualified["kind"].strip())
    if found is None and _KIND_SEPARATOR.search(value):
        # "Person / 人名", "会社/Company": the kind in two languages; "社名・団体名",
        # "地名・国名", "회사·기관", "Companies & Organisations": two words of one kind (a
        # sheet's name); they must agree. A part that names no kind is the team's own
        # sub-kind ('person/exec', 'org/client', '人名・役員'): the kind is the other part
        parts = _KIND_SEPARATOR.split(value)
        kinds = {parse_kind(part) for part in parts if part.strip()} - {None}
        found = kinds.pop() if len(kinds) == 1 else None
    if found is None and "," in value:
        # a multi-select cell of an Airtable or Notion export ('Person, Executive', 'org,
        # client'): its one option that is a kind, the others being the team's own tags
        named = {kind for part in value.split(",") if (kind := parse_kind(part)) is not None}
        found = named.pop() if len(named) == 1 else None
    return found


_KIND_SEPARATOR = re.compile(r"[/／・·&＆、]| and ")


def _singular(value: str) -> str:
    """``value`` with its last English word in the singular ('facilities' → 'facility',
    'official titles' → 'official title') and without an abbreviation's dot ('org.');
    as written when it ends otherwise."""
    value = value.removesuffix(".")
    if not value.isascii() or len(value) < 4 or value.endswith("ss"):
        return value
    if value.endswith("ies"):
        return value[:-3] + "y"
    if value.endswith(("ches", "shes", "xes", "sses")):
        return value[:-2]
    return value[:-1] if value.endswith("s") else value


_KIND_QUALIFIER = re.compile(r"^(?P<kind>[^(（\[]+)[(（\[][^)）\]]*[)）\]]$")


def _kind(value: str) -> Kind | None:
    if value in KIND_ALIASES:
        return KIND_ALIASES[value]
    try:
        return Kind(value)
    except ValueError:
        return None


# (a run of separators is tried from its start only: linear on a long one)
_NAME_SUFFIX = re.compile(r"(?:(?<![\s_-])[\s_-]+names?|(?<=[^\x00-\x7f])[名명])$")


def split_list(value: str) -> tuple[str, ...]:
    if not value:
        return ()  # most list cells are empty
    return tuple(dict.fromkeys(p.strip() for p in value.split(LIST_SEPARATOR) if p.strip()))


_NOT_WORD = re.compile(r"[^\w]+")


def id_for_forms(kind: Kind, forms: Mapping[str, Term]) -> str:
    """The id of an entry written without one: from its English form where it has one
    (whatever column comes first: a sheet kept by a Japanese team puts ja first), else
    from its first form, so one entry has one id however its sheet orders the columns."""
    usable = [
        (locale, t.text or t.variants[0]) for locale, t in forms.items() if t.text or t.variants
    ]
    english = [form for locale, form in usable if locale.split("_")[0].split("-")[0] == "en"]
    return make_id(kind, (english or [form for _, form in usable])[0])


def make_id(kind: Kind, form: str) -> str:
    slug = _NOT_WORD.sub("-", form.casefold()).strip("-")
    return f"{kind}:{slug}"


def decode(data: bytes, path: str) -> tuple[str | None, Problem | None]:
    """UTF-8 (BOM allowed) text of a file, or the problem naming the line of the bad byte.
    UTF-16 with its BOM (Excel's "Unicode Text") is read as well."""
    workbook = _workbook_format(data)
    if workbook is not None:
        return None, Problem(path, None, "encoding", workbook)
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            line = data[: exc.start].decode("utf-16", "replace").count("\n") + 1
            return None, Problem(path, line, "encoding", "broken UTF-16; save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = "save it as UTF-8"
        legacy = _legacy_encoding(data)
        if legacy:
            hint = f"it looks like {legacy}; save it as UTF-8 (Excel: 'CSV UTF-8')"
        return None, Problem(
            path, line, "encoding", f"not UTF-8 (byte 0x{data[exc.start]:02x}); {hint}"
        )
    return text, None


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), old .doc
_SAVE_AS = "save it as Excel Workbook (.xlsx) or as CSV UTF-8"


def _workbook_format(data: bytes) -> str | None:
    """Why ``data`` is a spreadsheet in another format, not CSV text (a team passes its
    '.xls' or LibreOffice '.ods' file, or a workbook renamed '.csv'), or None."""
    if data.startswith(_OLE2):
        return f"an Excel 97-2003 workbook (.xls) or other binary Office file, not CSV; {_SAVE_AS}"
    if not data.startswith(b"PK\x03\x04"):
        return None
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError):
        return "a damaged zip archive, not CSV text; " + _SAVE_AS
    if b"opendocument.spreadsheet" in mimetype:
        return f"an OpenDocument spreadsheet (.ods), not CSV; {_SAVE_AS}"
    if "xl/workbook.xml" in names:
        return "an Excel workbook (.xlsx) under another name: rename it to .xlsx"
    return "a zip archive, not CSV text; " + _SAVE_AS


def _legacy_encoding(data: bytes) -> str | None:
    """What Excel saves a "CSV" in on Japanese or Korean Windows, when ``data`` reads as
    one of them with its script in it: named in the error, not guessed at (bytes of
    either often decode as the other, so the script decides)."""
    best, most = None, 0
    for codec, what, script in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # EUC-KR's Hangul read as Shift_JIS is mostly half-width katakana, which counts
        # against it: a Korean sheet is never named Shift_JIS for the odd kanji it gives
        count = len(script.findall(text)) - len(_HALFWIDTH_KANA.findall(text))
        if count > most:
            best, most = what, count
    return best


_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")
_LEGACY = (
    # kana or kanji: a sheet of names and titles often has no kana at all
    ("cp932", "Shift_JIS (cp932)", re.compile("[\u3041-\u30ff\u4e00-\u9fff]")),
    # Hangul syllables, read as EUC-KR proper: cp949's extension would read Shift_JIS as
    # Hangul too (Korean text stays within EUC-KR, so nothing is missed that way)
    ("euc_kr", "EUC-KR (cp949)", re.compile("[\uac00-\ud7a3]")),
)
