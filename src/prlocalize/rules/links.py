"""prlocalize.rules.links
~~~~~~~~~~~~~~~~~~~~~~

Word lists for PR202 and PR203: phrases that only make sense as link text
("click here", "こちら", "여기"), link texts that say nothing about their target,
and the names of social networks that releases list as links.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_HERE = r"(?:here|여기(?:에서|서|를|에)?|こちら|ここ)"

# What a reader looks for or does on a page, as the topic before '여기' (fixed-width
# lookbehinds, tried only where '여기' is)
_KO_TOPICS = (
    "정보", "내용", "사항", "자료", "영상", "안내", "일정", "방법", "양식", "서식", "신청",
    "신청서", "접수", "예약", "구매", "다운로드", "조회", "참가", "등록", "문의", "시청", "열람",
)  # fmt: skip
_KO_TOPIC_BEFORE_HERE = "|".join(
    f"(?<={topic}{particle}{space}여기)"
    for topic in _KO_TOPICS
    for particle in "은는"
    for space in ("", " ")
)

# ... and what the reader then does there: apply, see, get, check ('할 수 있다', '볼 수',
# '받으면 된다', '참고'); not what a schedule or a story does ('일정은 여기서 마무리된다')
_KO_DONE_THERE = (
    r"\s*(?:할|하면|하실|하세요|하시면|볼|보실|보면|보세요|받을|받으실|받으면|받아|"
    r"내려받|확인|신청|참고|참조|이용|가능)"
)

# A phrase that points at a link. In plain text there is nothing to follow.
LINK_PHRASE = lazy_compile(
    # 'click here', 'by clicking here', 'tap here to watch': a link's words wherever they
    # stand in the sentence
    r"\b(?:click(?:ing)?|tap(?:ping)?)\s+(?:on\s+)?(?:here|this\s+link)\b"
    rf"|\b(?:please\s+)?(?:refer\s+to|see|visit|go\s+to|check\s+out|tap)\s+{_HERE}(?=\s*[.。!)]|\s*$)"
    r"|\b(?:(?:is|are)\s+available|can\s+be\s+(?:found|downloaded|viewed)|download\s+it"
    r"|learn\s+more|read\s+more|register|watch\s+it)\s+here(?=\s*[.。!)]|\s*$)"
    r"|(?:詳しく|詳細|くわしく)は、?(?:こちら|ここ)"
    r"|(?:こちら|ここ)を(?:クリック|ご覧|ご参照|参照)"
    r"|こちらから(?:お申し?込|申し?込|ダウンロード|ご確認|ご登録|ご覧)"
    # 'X is here' closing its sentence ('お申し込みはこちら', '検索はこちら。'), after the
    # longer phrases that start at the same 'こちら': not 'こちらの製品', 'はこちらです'
    r"|(?:(?<=は)|(?<=は、))こちら(?=\s*(?:[。．！!）)」]|から|より|$))"
    # 'posted / to be checked here' ('後日こちらに掲載します', 'こちらでご確認ください'), and
    # 'こちら' alone in brackets, a link's label ('ウェブサイト（こちら）'); not 'こちらにお越し'
    r"|こちら(?:に|で)(?=(?:ご?確認|ご?覧|ご?参照|掲載|公開|ご?案内|お?申し?込|ダウンロード))"
    r"|(?<=[（(])こちら(?=[）)])"
    # ... or alone as a label's value, a link's text copied without it ('公式サイト：こちら',
    # '신청: 여기')
    r"|(?:(?<=[：:])|(?<=[：:] ))(?:こちら|ここ|여기)(?=\s*$)"
    r"|(?:여기|이곳)를\s*(?:클릭|눌러)"
    # 'can be checked / applied for / downloaded here' ('여기서 그치지 않고' is not a link)
    r"|(?:여기|이곳)(?:에서|서)\s*(?:확인|신청|다운로드|내려받|등록|조회|시청)"
    r"|자세한\s*(?:내용|사항)은\s*여기"
    # 'here' after what is found or done there ('견학 신청은 여기에서 할 수 있다', '자세한
    # 정보는 여기에서 볼 수 있다'): the reader's business, so 'here' is a page; not a place
    # ('여기에 담겨', '여기서 일하는', '여기까지')
    rf"|여기(?:{_KO_TOPIC_BEFORE_HERE})(?:에서|서|를|로)?(?![가-힣])(?={_KO_DONE_THERE})",
    re.IGNORECASE,
)

# A paragraph that is a link's label alone, the link itself left behind when the text was
# copied from a web page ('▶ 자세히 보기', '보도자료 원문 바로가기', 'Read more →'): matched
# whole, once trimmed of arrows and brackets. Only the labels no heading is made of
# ('Details' or '다운로드' may head a section).
LINK_LABEL = lazy_compile(
    r"(?:(?:read|learn|view|see)\s+more|click\s+here|자세히\s*(?:보기|알아보기)|더\s*보기"
    r"|상세\s*보기|(?:[가-힣]{1,8}\s){0,3}[가-힣]{0,8}\s?바로\s?가기"
    r"|詳細を見る|もっと見る|続きを読む)\Z",
    re.IGNORECASE,
)
# A phrase that points at a link or an address after it ('use the link below', '以下の
# リンク', '下記URL', '아래 링크'): with none after it, it points at nothing.
POINTER_PHRASE = lazy_compile(
    r"\b(?:link|url|address)\s+below\b|\bfollowing\s+(?:link|url)\b"
    r"|(?:以下|下記)の?(?:リンク|URL|ＵＲＬ|アドレス|サイト|ページ)"
    r"|(?:아래|다음|하단)(?:의)?\s?(?:링크|URL|주소|사이트)",
    re.IGNORECASE,
)

# Link texts that say nothing about where they go (whole link text, case-folded).
VAGUE_LINK_TEXTS = frozenset(
    {
        "click here",
        "here",
        "click",
        "this",
        "this link",
        "link",
        "more",
        "read more",
        "learn more",
        "more info",
        "more information",
        "details",
        "see more",
        "go",
        "こちら",
        "ここ",
        "こちらをクリック",
        "ここをクリック",
        "詳しくはこちら",
        "詳細はこちら",
        "여기",
        "여기를 클릭",
        "클릭",
        "자세히 보기",
        "더 보기",
    }
)

SOCIAL_NETWORKS = (
    "YouTube",
    "Facebook",
    "X",
    "Twitter",
    "LinkedIn",
    "Instagram",
    "TikTok",
    "LINE",
    "Threads",
    "Weibo",
    "WeChat",
    "KakaoTalk",
    "Naver Blog",
    "note",
    "Pinterest",
)

# Every phrase above contains one of these (a cheap first test) ...
LINK_HINT = lazy_compile(r"here|click|여기|이곳|こちら|ここ", re.IGNORECASE)
# ... and every social-network list one of these.
SOCIAL_HINT = lazy_compile(
    r"\b(?:" + "|".join(re.escape(n) for n in SOCIAL_NETWORKS) + r")\b\s*[/|・·]"
)

_SOCIAL_SEPARATOR = lazy_compile(r"[/|・·]")


def has_link_hint(text: str) -> bool:
    """``LINK_HINT.search(text) is not None``, answered without the regex for most texts.

    The regex is case-insensitive, so it is tried at every position; but it can only
    match where the lower-cased text has "here" or "cl" (no character other than the
    ASCII pair folds to h, e, r, c or l) or the text one of the Korean and Japanese words.
    """
    low = text.lower()
    if "here" in low or "cl" in low or "여기" in text or "이곳" in text or "ここ" in text:
        return LINK_HINT.search(text) is not None
    return "こちら" in text  # the only alternative left, matched as written


def has_social_hint(text: str) -> bool:
    """``SOCIAL_HINT.search(text) is not None``: a match ends with one of its separators."""
    return _SOCIAL_SEPARATOR.search(text) is not None and SOCIAL_HINT.search(text) is not None


_SOCIAL = "|".join(re.escape(n) for n in sorted(SOCIAL_NETWORKS, key=len, reverse=True))
_SEP = r"\s*(?:/|\||・|·)\s*"
_NAME = rf"(?:{_SOCIAL})(?:\s*\([^)]{{1,30}}\))?"
# two or more network names in a row, separated by slashes or bars (a link bar)
SOCIAL_LIST = lazy_compile(rf"(?<![\w.])(?:{_NAME})(?:{_SEP}(?:{_NAME}))+(?![\w.])")


# 'Follow us on Facebook, Instagram and LinkedIn.': the names were links on the page the
# text came from; with no handle or address after them they lead nowhere
FOLLOW_US = lazy_compile(
    r"(?i:\b(?:follow|find|connect\s+with|like|join)\s+us\s+on)\s+"
    rf"(?:{_SOCIAL})(?:\s*(?:,\s*and|,\s*or|,|and|or)\s+(?:{_SOCIAL}))*"
    r"(?=\s*[.!]?\s*$)"
)


def has_follow_hint(text: str) -> bool:
    """Whether ``text`` may hold a ``FOLLOW_US`` phrase (no lower-casing of every segment)."""
    return " us on " in text or " Us on " in text or " Us On " in text or " US ON " in text


def strip_link_text(text: str) -> str:
    return re.sub(r"[\s.。!>»→]+$", "", text.strip()).casefold()


USABLE_HREF = lazy_compile(r"^\s*(?!javascript:)(?!#\s*$)\S+", re.IGNORECASE)
# a target left to be filled in: '[the report](LINK)', 'href="TBD"', '(URL)', '(https://)'
# (matched whole, once its spaces and brackets are stripped)
_PLACEHOLDER_HREF = lazy_compile(
    r"link|url|tbd|tbc|todo|xxx+|placeholder|insert[ _-]?(?:link|url)|(?:link|url)[ _-]?"
    r"(?:here|tbd)|add[ _-]?link|링크|リンク|https?://",
    re.IGNORECASE,
)


def placeholder_href(href: str) -> bool:
    """Whether ``href`` is a target left to be filled in ('LINK', 'TBD', 'https://')."""
    bare = href.strip().strip("<>[]{}()").strip()
    return bool(bare) and _PLACEHOLDER_HREF.fullmatch(bare) is not None


def usable_href(href: str | None) -> bool:
    """Whether ``href`` leads somewhere (not missing, empty, '#', 'javascript:' or a
    placeholder: 'LINK', 'TBD', 'URL', 'https://')."""
    return (
        bool(href)
        and USABLE_HREF.match(href or "") is not None
        and not placeholder_href(href or "")
    )


# --- link words of each language (PR204: a link left in another language) -------------
#
# A link whose text is written in another script than the release's is untranslated
# when that text is a link word of its own language ('바로가기', 'こちら', 'Click here'):
# names, brands and language names in a language menu are link texts too, and stay silent.
# Each pattern matches a whole link text, trimmed of arrows, brackets and end marks.

_KO_LINK_WORDS = (
    r"(?:여기|이곳)(?:에서|서|를|에|로|을)?(?:\s*클릭(?:하세요|하십시오|해\s*주세요)?)?"
    r"|클릭(?:하세요|하십시오)?|자세히(?:\s*(?:보기|알아보기|보러\s*가기))?"
    r"|자세한\s*(?:내용|정보|사항)(?:\s*(?:보기|확인))?|더\s*(?:보기|알아보기)"
    r"|상세\s*(?:보기|정보)|(?:[가-힣]{1,8}\s*)?바로\s*가기|(?:[가-힣]{1,8}\s*)?보러\s*가기"
    r"|링크|다운로드|내려받기"
)
_JA_LINK_WORDS = (
    r"(?:詳しく|詳細|くわしく)?は?、?(?:こちら|ここ)(?:から|より)?"
    r"(?:を?クリック(?:してください)?|をご覧(?:ください)?|をご参照(?:ください)?)?"
    r"|詳細(?:情報)?(?:を見る|はこちら)?|詳しく(?:見る|はこちら)?|もっと見る|続きを読む"
    r"|クリック|リンク|ダウンロード|[^\s]{1,12}はこちら"
)
_EN_LINK_WORDS = (
    r"(?:please\s+)?(?:click(?:ing)?|tap(?:ping)?)(?:\s+(?:on\s+)?(?:here|this\s+link))?"
    r"|here|this\s+link"
    r"|(?:read|learn|see|view|find\s+out)\s+more|more(?:\s+(?:info|information|details))?"
    r"|(?:see\s+|view\s+|more\s+)?details|download(?:\s+here)?"
)
# a link named for the kind of page it opens ('Media page', '미디어 페이지', 'メディア向けページ',
# 'official website'): a common noun, not a name, so on a working link too it is a link
# the translator missed; a site named for its language or reach ('English site', 'Global
# website') is a language menu's. A newsroom's sections are pages too ('보도자료실',
# '공지사항', 'プレスルーム', 'Press room'), and so are a guide's, information's and outline's
# ('チケット案内', '공연 정보', 'イベント概要'), as 'Roaming guide' is in English; and the
# document a link opens ('報告書', '発表資料', '보고서', '논문': the report, the paper; a
# press kit, a form, a catalogue: 'プレスキット', '申込フォーム', '신청서', 'fact sheet')
_KO_PAGE_WORDS = (
    r"(?:[가-힣]{1,8} ?){0,2}(?:홈페이지|누리집|웹사이트|사이트|페이지|보도자료|자료실|게시판"
    r"|뉴스룸|공지사항|미디어 ?센터|안내|정보|개요|보고서|자료|백서|논문|전문"
    r"|키트|신청서|양식|카탈로그|브로슈어|팸플릿)"
)
_JA_PAGE_WORDS = (
    r"(?:[^\s]{1,12} )?[^\s]{0,12}(?:ページ|サイト|ニュースルーム|プレスルーム|メディアセンター"
    r"|案内|情報|概要|報告書|資料|白書|リリース|論文|全文"
    r"|キット|フォーム|カタログ|パンフレット|ファクトシート|申込書)"
)
_EN_PAGE_WORDS = (
    r"(?:(?!(?:global|international|worldwide|english|japanese|korean) )[a-z'’]+ ){0,3}"
    r"(?:page|web ?page|website|web ?site|site|home ?page|news ?room|press ?room"
    r"|media (?:room|cent(?:er|re))|press kit|media kit|fact ?sheet|brochure"
    r"|(?:application|registration|entry) form)"
    # a guide named in lower case ('Roaming guide', 'user guide'); in title case it may
    # be a title ('Michelin Guide')
    r"|(?-i:(?:[A-Za-z][a-z'’]* ){0,3}guide)"
)
LINK_WORDS: dict[str, re.Pattern[str]] = {
    "Korean": lazy_compile(rf"(?:{_KO_LINK_WORDS}|{_KO_PAGE_WORDS})\Z"),
    "Japanese": lazy_compile(rf"(?:{_JA_LINK_WORDS}|{_JA_PAGE_WORDS})\Z"),
    "English": lazy_compile(rf"(?:{_EN_LINK_WORDS}|{_EN_PAGE_WORDS})\Z", re.IGNORECASE),
}
# a link that asks the reader to act ('Book now', 'Unsubscribe', '予約する', '수신 거부'): the
# buttons and footers of a newsletter or a booking page. As a link's whole text in
# another language than the release's it is no name but a link the translator missed;
# in running text these are common words ('예약은 6월 10일부터'), so they are not link
# phrases there (LINK_WORD_RUN)
_KO_CALLS = (
    r"(?:지금\s*)?(?:예약|예매|신청|구매|구독|가입|문의|등록)(?:\s*하기)?"
    r"|구독\s*(?:취소|해지)|수신\s*거부|회원\s*가입(?:\s*하기)?|티켓\s*(?:예매|구매)(?:\s*하기)?"
    # what to open, then how, as a button says it ('논문 보기', '보도자료 전문 읽기',
    # '논문 다운로드'): a noun's verb in '-기' or a download is no name
    # (a link apart: '스마트링크' may be a company's name)
    r"|(?:[가-힣]{1,8}\s*){1,3}(?:보기|읽기|듣기|내려받기|다운로드(?:\s*하기)?)"
    r"|(?:[가-힣]{1,8}\s){1,3}링크"
)
_JA_CALLS = (
    r"(?:ご|お)?(?:予約|申込み?|申し込み|購入|会員登録|新規登録|登録|購読|配信停止|配信解除"
    r"|問い合わせ|問合せ)(?:する|はこちら|フォーム)?|申し込む|チケットを購入(?:する)?"
    # an object and its verb ('論文を読む', '全文を見る', '資料をダウンロード'), or a
    # link to something ('論文へのリンク'): a phrase, no name
    r"|[^\s]{1,12}を[^\s]{1,10}|[^\s]{1,12}への?リンク"
)
_EN_CALLS = (
    r"(?:book|buy|reserve|register|apply|sign\s+up|subscribe|unsubscribe"
    r"|(?:get|buy)\s+tickets?)(?:\s+(?:now|today|here|online))?"
    r"|(?:shop|order|join)\s+(?:now|today|here|online)"  # alone, a menu's label ('Shop')
    r"|contact\s+us|opt\s+out|manage\s+(?:preferences|subscriptions?)"
    # what to open, and how ('Read the paper', 'Watch the video', 'Download the full
    # report (PDF)'): a verb and its object in lower case, no title ('Read the Room')
    r"|(?:read|view|see|watch|download|open)\s+(?:the|this|our|full)"
    r"(?-i:(?:\s+[a-z][\w'’-]*){1,4})"
    r"(?:\s*\([^)]*)?"
)
CALLS_TO_ACTION: dict[str, re.Pattern[str]] = {
    "Korean": lazy_compile(rf"(?:{_KO_CALLS})\Z"),
    "Japanese": lazy_compile(rf"(?:{_JA_CALLS})\Z"),
    "English": lazy_compile(rf"(?:{_EN_CALLS})\Z", re.IGNORECASE),
}
# the same words where they stand in running text: 'Official website: 바로가기'
LINK_WORD_RUN: dict[str, re.Pattern[str]] = {
    "Korean": lazy_compile(rf"(?<![가-힣])(?:{_KO_LINK_WORDS})(?![가-힣])"),
    "Japanese": lazy_compile(rf"(?:{_JA_LINK_WORDS})"),
}
_DECORATION = "\\s\"'“”‘’「」『』【】\\[\\]()（）<>＜＞«»‹›≫→⇒➔▶►▸▷・:：.。!！|"
_TRIM = lazy_compile(rf"^[{_DECORATION}]+|[{_DECORATION}]+$")


def trim_link_text(text: str) -> str:
    """Link text without the arrows, brackets and marks around it ('[詳細はこちら →]')."""
    return _TRIM.sub("", text)


# names of languages as a language menu labels its links ('日本語', '한국어', 'English'):
# each menu language in itself and in English, Japanese and Korean (as Babel's CLDR data
# gives them), and the short forms menus use ('简体中文', '영문', '韓文')
_LANGUAGE_NAMES_TEXT = """
english japanese korean chinese french german spanish italian portuguese russian
vietnamese thai indonesian malay arabic hindi filipino mongolian ukrainian polish dutch
turkish deutsch español français italiano português nederlands polski türkçe melayu
indonesia русский українська монгол العربية हिन्दी ไทย
日本語 中文 简体中文 繁體中文 繁体中文 简体 繁體 汉语 漢語 英語 英文 和文 日文 韓文 韓国語 中国語
フランス語 ドイツ語 スペイン語 イタリア語 ポルトガル語 ロシア語 ベトナム語 タイ語
インドネシア語 マレー語 アラビア語 ヒンディー語 フィリピノ語 モンゴル語 ウクライナ語
ポーランド語 オランダ語 トルコ語
한국어 한글 국문 영문 영어 일본어 중국어 프랑스어 독일어 스페인어 이탈리아어 포르투갈어
러시아어 베트남어 태국어 인도네시아어 말레이어 아랍어 힌디어 필리핀어 몽골어
우크라이나어 폴란드어 네덜란드어 튀르키예어
"""
_LANGUAGE_NAMES = frozenset(_LANGUAGE_NAMES_TEXT.split()) | {"tiếng việt"}


# a site or page named for its language ('日本語サイト', 'English website', '영문 페이지')
_SITE_OF_LANGUAGE = lazy_compile(
    r"(.{1,20}?) ?(?:web ?site|site|home ?page|page|サイト|ページ|홈페이지|사이트|페이지)",
    re.IGNORECASE,
)


# the names of the three release languages, in each of them: a link named for the
# release's own language in another ('Japanese site' in a Japanese sentence) is no menu's
_OWN_LANGUAGE_NAMES = {
    "en": frozenset({"english", "英語", "英文", "영어", "영문"}),
    "ja": frozenset({"japanese", "日本語", "和文", "일본어"}),
    "ko": frozenset({"korean", "韓国語", "韓文", "한국어", "한글", "국문"}),
}


def names_language(text: str, lang: str) -> bool:
    """Whether ``text`` names ``lang`` (a language code) as a language menu does
    ('Japanese', 'Japanese site', '일본어 사이트' for 'ja')."""
    names = _OWN_LANGUAGE_NAMES.get(lang)
    if names is None:
        return False
    trimmed = trim_link_text(text).casefold()
    site = _SITE_OF_LANGUAGE.fullmatch(trimmed)
    return trimmed in names or (site is not None and site.group(1) in names)


def is_language_name(text: str) -> bool:
    """Whether ``text`` names a language as a language menu does ('日本語', 'English',
    '日本語サイト', 'English website')."""
    trimmed = trim_link_text(text).casefold()
    if trimmed in _LANGUAGE_NAMES:
        return True
    site = _SITE_OF_LANGUAGE.fullmatch(trimmed)
    return site is not None and site.group(1) in _LANGUAGE_NAMES
