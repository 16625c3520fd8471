"""prlocalize.rules.links
~~~~~~~~~~~~~~~~~~~~~~

Word lists for PR202 and PR203: phrases that only make sense as link text
("click here", "こちら", "여기"), link texts that say nothing about their target,
and the names of social networks that releases list as links.
"""

from __future__ import annotations

import re

_HERE = r"(?:here|여기(?:에서|서|를|에)?|こちら|ここ)"

# A phrase that points at a link. In plain text there is nothing to follow.
LINK_PHRASE = re.compile(
    r"\bclick\s+(?:here|this\s+link)\b"
    rf"|\b(?:please\s+)?(?:refer\s+to|see|visit|go\s+to|check\s+out|tap)\s+{_HERE}(?=\s*[.。!)]|\s*$)"
    r"|\b(?:(?:is|are)\s+available|can\s+be\s+(?:found|downloaded|viewed)|download\s+it"
    r"|learn\s+more|read\s+more|register|watch\s+it)\s+here(?=\s*[.。!)]|\s*$)"
    r"|(?:詳しく|詳細|くわしく)は、?(?:こちら|ここ)"
    r"|(?:こちら|ここ)を(?:クリック|ご覧|ご参照|参照)"
    r"|こちらから(?:お申し?込|申し?込|ダウンロード|ご確認|ご登録|ご覧)"
    r"|(?:여기|이곳)를\s*(?:클릭|눌러)"
    # 'can be checked / applied for / downloaded here' ('여기서 그치지 않고' is not a link)
    r"|(?:여기|이곳)(?:에서|서)\s*(?:확인|신청|다운로드|내려받|등록|조회|시청)"
    r"|자세한\s*(?:내용|사항)은\s*여기",
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
LINK_HINT = re.compile(r"here|click|여기|이곳|こちら|ここ", re.IGNORECASE)
# ... and every social-network list one of these.
SOCIAL_HINT = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in SOCIAL_NETWORKS) + r")\b\s*[/|・·]"
)

_SOCIAL_SEPARATOR = re.compile(r"[/|・·]")


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
SOCIAL_LIST = re.compile(rf"(?<![\w.])(?:{_NAME})(?:{_SEP}(?:{_NAME}))+(?![\w.])")


# 'Follow us on Facebook, Instagram and LinkedIn.': the names were links on the page the
# text came from; with no handle or address after them they lead nowhere
FOLLOW_US = re.compile(
    r"(?i:\b(?:follow|find|connect\s+with|like|join)\s+us\s+on)\s+"
    rf"(?:{_SOCIAL})(?:\s*(?:,\s*and|,\s*or|,|and|or)\s+(?:{_SOCIAL}))*"
    r"(?=\s*[.!]?\s*$)"
)


def has_follow_hint(text: str) -> bool:
    """Whether ``text`` may hold a ``FOLLOW_US`` phrase (no lower-casing of every segment)."""
    return " us on " in text or " Us on " in text or " Us On " in text or " US ON " in text


def strip_link_text(text: str) -> str:
    return re.sub(r"[\s.。!>»→]+$", "", text.strip()).casefold()


USABLE_HREF = re.compile(r"^\s*(?!javascript:)(?!#\s*$)\S+", re.IGNORECASE)


def usable_href(href: str | None) -> bool:
    """Whether ``href`` leads somewhere (not missing, empty, '#' or 'javascript:')."""
    return bool(href) and USABLE_HREF.match(href or "") is not None
