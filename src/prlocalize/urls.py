"""prlocalize.urls
~~~~~~~~~~~~~~~

Whether a link in a translation is the source's link localised: the same page of the
same site in the translation's language. Translators rightly point ``/en/news/`` at
``/ja/news/`` or add ``?lang=ja``; the translation checks (PR406) and the build's
sanitizer both accept that, and nothing else: another host, scheme, port, user or
fragment, or any other change of path or query, is a different link.
:func:`localize_link` makes such a link (the build names a translated page's own
address with it), and :func:`check_page_url` / :func:`fill_page_url` read the
``page-url`` setting, a template of the pages' addresses.

>>> localized_link("https://www.example.com/en/news/", "https://www.example.com/ja/news/", "ja")
True
>>> localized_link("https://example.com/news", "https://example.com.evil/news", "ja")
False
"""

from __future__ import annotations

import ipaddress
import re
from functools import cache
from typing import NamedTuple
from urllib.parse import (
    SplitResult,
    parse_qs,
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urlsplit,
    urlunsplit,
)

__all__ = [
    "Redirect",
    "check_page_url",
    "fill_page_url",
    "language_markers",
    "localize_link",
    "localized_link",
    "private_address",
    "shows_another_address",
    "unwrap_redirect",
]

# query parameters that name the page's language
LANGUAGE_PARAMETERS = frozenset({"lang", "hl", "locale", "language", "lng", "lc", "ln"})
_TAG = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*", re.IGNORECASE)


def localized_link(source: str, target: str, locale: str) -> bool:
    """Whether ``target`` is ``source`` with only its language markers (a path segment such
    as ``en`` / ``en-us``, or a ``lang``/``hl``/``locale`` parameter) set to ``locale``."""
    if source == target:
        return True
    try:
        old, new = urlsplit(source.strip()), urlsplit(target.strip())
    except ValueError:
        return False
    if (old.scheme.lower(), old.netloc.lower(), old.fragment) != (
        new.scheme.lower(),
        new.netloc.lower(),
        new.fragment,
    ):
        return False
    language = locale.replace("-", "_").split("_")[0].lower()
    paths = _same_path(old.path.split("/"), new.path.split("/"), language)
    queries = _same_query(old.query, new.query, language)
    if paths is None or queries is None:
        return False
    return paths or queries  # something was localised, the rest is the same


def language_markers(url: str) -> list[str]:
    """The language tags a URL's path segments and language parameters hold (``jp`` in
    ``/jp/news``, ``ko`` in ``?lang=ko``)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return []
    found = [segment for segment in parts.path.split("/") if segment and _is_language(segment)]
    found += [
        value
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() in LANGUAGE_PARAMETERS and value
    ]
    return found


def localize_link(url: str, source_lang: str, locale: str) -> str | None:
    """``url`` with its one marker of ``source_lang`` changed to ``locale``'s, written the
    way the marker was ('en' → 'ja', 'en-US' → 'ja-JP', 'us' → 'jp'): a path segment, a
    language parameter, a file name's suffix (``news.en.html``) or the host's first label
    (``en.example.com``). None when it has no such marker, or several."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    source = source_lang.replace("-", "_").split("_")[0].lower()
    found: list[tuple[str, int]] = []
    segments = parts.path.split("/")
    for i, segment in enumerate(segments):
        if _marks(segment, source):
            found.append(("path", i))
        elif (named := _SUFFIXED.fullmatch(segment)) and _marks(named["code"], source):
            found.append(("suffix", i))
    labels = (parts.hostname or "").split(".")
    if len(labels) >= 3 and _marks(labels[0], source):
        found.append(("host", 0))
    query = parse_qsl(parts.query, keep_blank_values=True)
    for i, (key, value) in enumerate(query):
        if key.lower() in LANGUAGE_PARAMETERS and _marks(value, source):
            found.append(("query", i))
    if len(found) != 1:
        return None
    where, i = found[0]
    if where == "path":
        segments[i] = _written_like(segments[i], source, locale)
    elif where == "suffix":
        named = _SUFFIXED.fullmatch(segments[i])
        assert named is not None
        code = _written_like(named["code"], source, locale)
        segments[i] = f"{named['name']}{named['sep']}{code}{named['ext']}"
    elif where == "host":
        at = parts.netloc.lower().find(labels[0].lower())
        host = _written_like(labels[0], source, locale).lower()
        netloc = parts.netloc[:at] + host + parts.netloc[at + len(labels[0]) :]
        return urlunsplit(parts._replace(netloc=netloc))
    else:
        key, value = query[i]
        query[i] = (key, _written_like(value, source, locale))
        return urlunsplit(parts._replace(query=urlencode(query, safe="-_")))
    return urlunsplit(parts._replace(path="/".join(segments)))


# a file name with a language before its extension: news.en.html, news_en-us.htm
_SUFFIXED = re.compile(
    r"(?P<name>.+?)(?P<sep>[._-])(?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)(?P<ext>\.[A-Za-z0-9]{1,5})"
)


def _marks(segment: str, language: str) -> bool:
    return bool(segment) and bool(_TAG.fullmatch(segment)) and _names(segment, language)


def _written_like(marker: str, source: str, locale: str) -> str:
    """``locale``'s code in the shape of ``marker``, a code of ``source``: a country
    ('us' → 'jp'), a language ('en' → 'ja', 'zh-Hant' for zh_Hant) or a language and
    region ('en-US' → 'ja-JP', 'en_us' → 'ja_jp'; the region the locale names, else
    the one its language is most written in)."""
    target = locale.replace("_", "-")
    language, _, rest = target.partition("-")
    language = language.lower()
    separator = "_" if "_" in marker else "-"
    if marker.lower() == _country(source) and marker.lower() != source:
        written = _country(language) or language
    elif separator not in marker:
        written = target
    else:
        region = rest if len(rest) == 2 else (_country(language) or "")
        written = f"{language}{separator}{region.upper()}" if region else language
    if marker.islower():
        return written.lower()
    if marker.isupper():
        return written.upper()
    return written


def check_page_url(template: str) -> str:
    """``template`` when it is a usable ``page-url`` (the pages' addresses on the site,
    ``https://news.example.com/{lang}/{stem}.html``); else ValueError saying why."""
    import string

    try:
        names = {
            field for _, field, _, _ in string.Formatter().parse(template) if field is not None
        }
    except ValueError as error:
        raise ValueError(f"page-url {template!r} is not a template: {error}") from None
    unknown = sorted(names - {"lang", "locale", "stem"})
    if unknown:
        raise ValueError(
            f"page-url {template!r} names {', '.join('{' + n + '}' for n in unknown)}; "
            "use {lang}, {locale} and {stem}"
        )
    if "stem" not in names or not names & {"lang", "locale"}:
        raise ValueError(
            f"page-url {template!r} must hold {{stem}} and {{lang}} or {{locale}}, "
            "e.g. 'https://news.example.com/{lang}/{stem}.html'"
        )
    if any(c in template for c in "\r\n\t\"'<> "):
        raise ValueError(f"page-url {template!r} holds a space, quote or angle bracket")
    scheme = urlsplit(template.replace("{", "").replace("}", "")).scheme
    if scheme not in ("http", "https") and not template.startswith("/"):
        raise ValueError(
            f"page-url {template!r} is neither an http(s) URL nor a path from the site's root"
        )
    return template


def fill_page_url(template: str, locale: str, stem: str) -> str:
    """The ``page-url`` of one page: ``{lang}`` is the BCP 47 tag (``zh-Hant``),
    ``{locale}`` the locale as the output folder names it, ``{stem}`` percent-encoded."""
    return template.format(
        lang=quote(locale.replace("_", "-"), safe="-"),
        locale=quote(locale, safe="-_"),
        stem=quote(stem, safe="-_.~"),
    )


def _same_path(old: list[str], new: list[str], language: str) -> bool | None:
    """None: the paths differ otherwise; else whether a language segment was localised."""
    if len(new) == len(old) + 1:  # a language segment added: /news/ → /ja/news/
        for i, segment in enumerate(new):
            if _names(segment, language) and new[:i] + new[i + 1 :] == old:
                return True
        return None
    if len(new) != len(old):
        return None
    changed = False
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        if not (_is_language(a) and _names(b, language)):
            return None
        changed = True
    return changed


def _same_query(old: str, new: str, language: str) -> bool | None:
    before = parse_qsl(old, keep_blank_values=True)
    after = parse_qsl(new, keep_blank_values=True)
    plain_before = [(k, v) for k, v in before if k.lower() not in LANGUAGE_PARAMETERS]
    plain_after = [(k, v) for k, v in after if k.lower() not in LANGUAGE_PARAMETERS]
    if plain_before != plain_after:
        return None
    old_langs = {k.lower(): v for k, v in before if k.lower() in LANGUAGE_PARAMETERS}
    new_langs = {k.lower(): v for k, v in after if k.lower() in LANGUAGE_PARAMETERS}
    if not set(old_langs) <= set(new_langs):
        return None
    changed = False
    for key, value in new_langs.items():
        if old_langs.get(key) == value:
            continue
        if not _names(value, language):
            return None
        changed = True
    return changed


def _names(segment: str, language: str) -> bool:
    """Whether ``segment`` names ``language``: ``ja``, ``ja-JP``, ``ja_jp`` or the
    language's usual country (``jp``, ``kr``)."""
    value = segment.lower().replace("_", "-")
    if value == language or value.startswith(language + "-"):
        return True
    return value == _country(language)


@cache
def _country(language: str) -> str | None:
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language)
    return str(likely).split("_")[-1].lower() if likely else None


@cache
def _is_language(segment: str) -> bool:
    """Whether a path segment is a language tag (``en``, ``en-us``, ``zh_Hant``) or a
    country code standing for one (``us``, ``jp``)."""
    if not _TAG.fullmatch(segment):
        return False
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(segment.replace("-", "_"))
        return True
    except (UnknownLocaleError, ValueError):
        english = Locale.parse("en")
        return segment.upper() in english.territories or segment.lower() in english.languages


# -- links wrapped by a mail client, an editor or a social network ----------------------


class Redirect(NamedTuple):
    """A link that goes through ``service``'s redirect; ``target`` is where it leads
    (None when the wrapper does not say: an opaque token)."""

    service: str
    target: str | None


_GOOGLE = tuple(f"{www}google.{tld}" for www in ("", "www.") for tld in ("com", "co.jp", "co.kr"))
# (service, hosts it answers on (a leading '.' is any subdomain), path, query parameter
# holding the target); each is what a draft copied out of that tool carries
_WRAPPERS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("Google", _GOOGLE, "/url", "q"),
    ("Outlook Safe Links", (".safelinks.protection.outlook.com",), "/", "url"),
    ("Facebook", ("l.facebook.com", "lm.facebook.com", "l.messenger.com"), "/l.php", "u"),
    ("LinkedIn", ("www.linkedin.com", "linkedin.com"), "/redir/redirect", "url"),
    ("Slack", ("slack-redir.net",), "/link", "url"),
    ("Proofpoint", ("urldefense.proofpoint.com",), "/v2/url", "u"),
)
_OPAQUE = (("Mimecast", ".mimecast.com", "/s/"), ("Proofpoint", "urldefense.com", "/v3/"))
_PROOFPOINT_ESCAPE = re.compile(r"-([0-9A-F]{2})")
_ABSOLUTE = re.compile(r"https?://[^\s/?#]+", re.IGNORECASE)
# what a URL may not hold as written (RFC 3986): a wrapper's parameter, decoded once, gives
# a target's '%20' as a space ('…/Fact Sheet.pdf'), which is quoted again
_NOT_IN_URLS = re.compile(r'[\s\x00-\x1f\x7f"<>\\^`{|}]')


def unwrap_redirect(url: str) -> Redirect | None:
    """Where ``url`` leads, when it is another service's redirect wrapped round a link
    ('https://www.google.com/url?q=https://example.com/&sa=D…' from a Google Docs draft,
    '….safelinks.protection.outlook.com/?url=…' from an Outlook e-mail); None for any
    other URL. The target is given only when it is an absolute http(s) URL."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    for service, hosts, wrapper_path, parameter in _WRAPPERS:
        if path != wrapper_path or not _answers(host, hosts):
            continue
        values = parse_qs(parts.query).get(parameter)
        if not values:
            return None  # the service's own page (google.com/url with nothing to follow)
        target = values[0].strip()
        if service == "Proofpoint":
            target = _PROOFPOINT_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), target)
            target = target.replace("_", "/")
        target = _NOT_IN_URLS.sub(lambda m: quote(m.group(), safe=""), target)
        return Redirect(service, target if _ABSOLUTE.match(target) else None)
    for service, suffix, prefix in _OPAQUE:
        if _answers(host, (suffix,)) and path.startswith(prefix):
            return Redirect(service, None)
    return None


def _answers(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host.endswith(h) if h.startswith(".") else host == h for h in hosts)


# -- addresses only the author can open --------------------------------------------------

# a Windows path (a drive letter, a colon, a slash) or a network share (its leading
# backslashes, one of them once Markdown unescaped it; its reader percent-encodes them)
_WINDOWS_PATH = re.compile(r"[A-Za-z]:[\\/]|\\{1,2}[^\\\s/]+\\")
# names that never resolve on the public internet (RFC 6761, 6762, and what offices use)
_PRIVATE_SUFFIXES = (
    ".localhost",
    ".local",
    ".internal",
    ".intranet",
    ".lan",
    ".corp",
    ".home.arpa",
)


def private_address(url: str) -> str | None:
    """Why readers of a published release cannot open ``url``: a file on the author's
    computer ('file:///C:/Users/…', 'C:\\Users\\…', a network share), the author's own
    machine ('http://localhost:3000/…') or an address of a private network (10.x,
    192.168.x, 'http://intranet/…', '….local'); None for any other address, a relative
    one included (a site's own pages)."""
    text = url.strip()
    if _WINDOWS_PATH.match(text) or ("%5C" in text.upper() and _WINDOWS_PATH.match(unquote(text))):
        return "a file on the author's computer or network"
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "file":
        return "a file on the author's computer or network"
    if scheme not in ("http", "https") or not host:
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "the author's own machine"
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        if "." not in host or host.endswith(_PRIVATE_SUFFIXES):
            return "a host of a private network"
        return None
    if address.is_loopback:
        return "the author's own machine"
    if address.is_private or address.is_link_local:
        return "an address of a private network"
    return None


# PR207: a link whose text is an address.
# A text that is one web address and nothing else: a scheme or 'www.' before it, or a
# host with a path ('example.com/news')
_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^\s<>\"']*", re.IGNORECASE
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CUT = re.compile(r"(?:…|\.\.\.)$")  # an address shortened for display
_TRAILING = ".,;:!?)）。、"  # punctuation a text may carry after the address


def shows_another_address(text: str, href: str) -> bool:
    """Whether the link text ``text``, itself an address, names another page than ``href``.

    Releases print the address as the link's text so that it survives
    copying into e-mail and print; when the text is edited and the target is not (or the
    other way round), readers who copy the text and readers who click reach two pages.

    A text that shows less than the target is a display, not a claim: the site alone
    ('www.example.com' for a deep page), a path the target's path continues ('/news' for
    '/news/2027/0412'), an address cut short with an ellipsis, the target without its
    query (tracking parameters). Another host is not judged: a newsletter's click
    tracker or a short link stands between the text and its page on purpose.

    >>> shows_another_address("https://www.example.com/minutes/2027-20", "https://example.com/minutes/2027-19/")
    True
    >>> shows_another_address("www.example.com", "https://www.example.com/portal/main.do?menu=7")
    False
    >>> shows_another_address("press@example.com", "mailto:info@example.com")
    True
    """
    shown, target = text.strip().rstrip(_TRAILING), href.strip()
    if _EMAIL.fullmatch(shown):
        return _other_mailbox(shown, target)
    if not _WEB_ADDRESS.fullmatch(shown) or not target.lower().startswith(("http:", "https:")):
        return False
    cut = _CUT.search(shown) is not None
    shown = _CUT.sub("", shown)
    if "://" not in shown:
        shown = "http://" + shown
    try:
        seen, opened = urlsplit(shown), urlsplit(target)
    except ValueError:
        return False
    if _host(seen) != _host(opened) or not _host(seen):
        return False
    seen_path, opened_path = _path(seen), _path(opened)
    if cut:  # what is shown must begin what is opened
        return not _joined(opened_path, opened).startswith(_joined(seen_path, seen))
    if seen_path and seen_path != opened_path and not opened_path.startswith(seen_path + "/"):
        return True
    return not _parameters(seen) <= _parameters(opened)


def _other_mailbox(shown: str, target: str) -> bool:
    if not target.lower().startswith("mailto:"):
        return False
    mailbox = unquote(target[len("mailto:") :].split("?", 1)[0]).strip()
    if "," in mailbox or not mailbox:  # several recipients: the text names one of them
        return False
    return mailbox.casefold() != shown.casefold()


def _host(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def _path(parts: SplitResult) -> str:
    """The path as a reader reads it: decoded, without a final '/' or 'index.html'."""
    path = unquote(parts.path).casefold()
    path = re.sub(r"/index\.html?$", "", path)
    return path.rstrip("/")


def _parameters(parts: SplitResult) -> set[tuple[str, str]]:
    """The query's parameters; the target may add its own (tracking) to those shown."""
    return {(k.casefold(), v.casefold()) for k, v in parse_qsl(parts.query, keep_blank_values=True)}


def _joined(path: str, parts: SplitResult) -> str:
    return f"{path}?{unquote(parts.query).casefold()}" if parts.query else path
