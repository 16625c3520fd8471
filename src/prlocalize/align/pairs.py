"""prlocalize.align.pairs
~~~~~~~~~~~~~~~~~~~~~~~

Finding the versions of each release in an archive folder, by the usual layouts: a
language tag before the suffix (``launch.en.txt`` + ``launch.ja.html``), set off at the
end or start of the name (``launch-en.md`` + ``launch-jp.md``, ``2024_launch_EN.html``,
``[KR] launch.txt``, ``launch (English).html``, ``決算説明会（英文）.html``,
``launch（英語版）.html``, ``launch-english-version.html``), or a folder per language
(``en/launch.html`` + ``ja/launch.html``, ``English/`` + ``Japanese/``); the original
may have no tag beside translations that have one (``launch.html`` + ``launch_ja.html``,
``news/0422.html`` + ``en/news/0422.html``), or a page may link to its translation (see
:mod:`prlocalize.align.links`). Japanese sites' one-letter tags count when
the file's text is in that language (``index_e.html``, ``20240422e.html``), and so do
the languages' one-character names (``PR_20241203_英.html``, ``20241203和.html``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from prlocalize.align.corrections import uncorrected
from prlocalize.catalog.compare import Value, missing_values, numbers
from prlocalize.errors import InputError
from prlocalize.fsutil import iter_release_files, saved_suffix
from prlocalize.locales import language, language_named
from prlocalize.readers.bilingual import second_is_source, two_languages

if TYPE_CHECKING:
    from prlocalize.align.translation_keys import PageKey

_TAG = re.compile(r"^[a-z]{2,3}(?:[-_](?:[A-Za-z]{4}|[A-Z]{2}|\d{3}))?$")
MAX_BYTES = 2 * 1024 * 1024  # a release is tens of kilobytes; 2 MB is a book


@dataclass(frozen=True, slots=True)
class ReleasePair:
    stem: str  # the release, as the layout names it ("2024/launch")
    source: Path
    target: Path
    source_lang: str
    target_lang: str
    # the versions' items when both are in one CMS export (see prlocalize.align.exports)
    source_item: str = ""
    target_item: str = ""


def language_tag(tag: str) -> str | None:
    """``tag`` as a language code (``ja``, ``pt_BR``, ``zh_Hant``) when it is one."""
    if not _TAG.match(tag):
        return None
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    return str(locale)


# a tag set off by '-', '_' or a space, or in brackets, at the end of the name
# ('launch-en', '2024-05-01_launch_JP', 'launch (English)', '決算説明会（英文）') or at
# its start ('[EN] launch', '【英文】決算説明会')
_OPEN, _CLOSE = r"[(\[（【]", r"[)\]）】]"
_TAG_CHARS = r"[^\s_\-()\[\]（）【】.]+"
_TRAILING = re.compile(rf"^(?P<stem>.*?[^\s_\-])[\s_\-]*{_OPEN}?(?P<tag>{_TAG_CHARS}){_CLOSE}?$")
_LEADING = re.compile(
    rf"^(?:{_OPEN}(?P<bracketed>{_TAG_CHARS}){_CLOSE}[\s_\-]*|(?P<tag>{_TAG_CHARS})[\s_\-]+)"
    r"(?P<stem>\S.*)$"
)
# 'launch-english-version', 'launch (English ver.)': the word for a version after the tag
_VERSION = re.compile(r"(?:version|ver\.?|edition)\W*$", re.IGNORECASE)


def loose_tag(tag: str) -> str | None:
    """The language a name's tag stands for, where a name sets it off by '-', '_' or
    brackets: one of the aliases above ('jp', 'KR', 'English', '日本語'). Other codes
    count only as ``launch.de.html`` or a folder ``de/`` say them: at the end of a name,
    'is', 'to' or 'IT' is more often a word than Icelandic, Tongan or Italian."""
    return language_named(tag)


# the one-letter tags of Japanese sites ('index_e.html', 'press_j.pdf', '20240422e.html'):
# taken only where the file's text is in that language ('plan_c' may be a plan C)
_LETTERS = {"e": "en", "j": "ja", "k": "ko", "c": "zh"} | {
    # and the one-character names of the languages ('PR_20241203_英', '보도자료_영')
    "英": "en", "和": "ja", "日": "ja", "韓": "ko", "영": "en", "국": "ko", "한": "ko", "中": "zh"
}  # fmt: skip
_GLUED_LETTER = re.compile(r"^(?P<stem>.*\d)(?P<tag>[EJKCejkc英和日韓영국한中])$")
# or at the start of the name, set off: 'E_20250520_bank.html', 'J-bank.html'
_LEADING_LETTER = re.compile(r"^(?P<tag>[EJKCejkc英和日韓영국한中])[\s_\-](?P<stem>\S.*)$")
# a document saved as text keeps the suffix of the format it was saved from
# ('PR_2025-03-20_ja.docx.txt', '2025-012J.pdf.txt'): no part of the release's name
_SAVED_FROM = re.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|rtf|odt|hwpx?|html?|md|txt)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PairSearch:
    pairs: list[ReleasePair]
    unpaired: list[Path]  # release files in no pair, in path order (to rename)
    # exports and feeds that hold releases align cannot pair: (file, what it is)
    unread: list[tuple[Path, str]] = field(default_factory=list)
    # versions a corrected one replaces: (the one first published, its correction)
    superseded: list[tuple[Path, Path]] = field(default_factory=list)


def find_pairs(folder: str | Path, source_lang: str | None = None) -> list[ReleasePair]:
    """Every (source, translation) pair of releases below ``folder`` (see
    :func:`search_pairs`)."""
    return search_pairs(folder, source_lang).pairs


def search_pairs(folder: str | Path, source_lang: str | None = None) -> PairSearch:
    """Every (source, translation) pair of releases below ``folder``, and the release
    files left without a partner.

    The source of a release is the version in ``source_lang`` (default: English when
    there is one, else the first language in alphabetical order); each other version
    is paired with it.
    """
    root = Path(folder)
    if not root.is_dir():
        raise InputError(root, None, "not a folder", "--pairs takes a folder of releases")
    versions: dict[str, dict[str, Path]] = {}
    untagged: dict[str, list[Path]] = {}
    lettered: list[tuple[str, str, Path]] = []
    files: dict[str, Path] = {}
    corrected: list[tuple[tuple[str, str], Path]] = []
    for path in iter_release_files([root]):
        rel = path.relative_to(root)
        files[rel.as_posix()] = path
        fixed = uncorrected(rel, _base(rel))
        if fixed is not None and (release := _release_of(fixed)) is not None:
            corrected.append((release, path))  # it takes its twin's place, below
            continue
        found = _release_of(rel)
        if found is None and (hosted := _host_tagged(rel)) and _language_of(path) == hosted[1]:
            found = hosted
        if found is not None:
            versions.setdefault(found[0], {}).setdefault(found[1], path)
        elif (letter := _lettered(rel)) is not None:
            lettered.append((*letter, path))
        else:
            untagged.setdefault(_plain_stem(rel), []).append(path)
    superseded: list[tuple[Path, Path]] = []
    for (stem, lang), path in corrected:
        release_versions = versions.setdefault(stem, {})
        if lang in release_versions:
            superseded.append((release_versions[lang], path))
        release_versions[lang] = path
    for stem, lang, path in lettered:  # after the others: a code beats a letter
        if lang in versions.get(stem, {}):
            continue
        if _language_of(path) == lang:
            versions.setdefault(stem, {})[lang] = path
        else:  # 'plan_c.html' in English: plan C, a name without a tag
            untagged.setdefault(_plain_stem(path.relative_to(root)), []).append(path)
    bilingual: list[ReleasePair] = []
    leftovers: list[Path] = []
    for stem, paths in untagged.items():
        # 'launch.html' beside 'launch_ja.html', 'news/0422.html' beside
        # 'en/news/0422.html': the original, named without a tag (its language read from
        # its text); two such files for one release say nothing
        twin = stem if stem in versions else _mirrored(paths[0].relative_to(root), versions)
        if twin is not None and len(paths) == 1:
            read = _language_of(paths[0])
            if read is not None:
                versions[twin].setdefault(read, paths[0])
        elif twin is None:
            # a file with both versions, one after the other: a pair in itself
            for path in paths:
                held = _held_pairs(stem, path, source_lang)
                if held is None:
                    leftovers.append(path)
                bilingual += held or []
    _join_linked(root, files, versions, leftovers)
    _join_by_translation_key(root, versions, leftovers)
    _join_by_release_word(root, versions, leftovers)
    _join_by_id_in_language_folders(versions)
    _join_by_near_dates(root, versions, leftovers)
    pairs = []
    for stem in sorted(versions):
        langs = versions[stem]
        if len(langs) < 2:
            # a bilingual file named by its languages ('notice_KR_EN.txt', read as the
            # English of 'notice_KR'), or by the one it opens with ('results_JP.txt':
            # the Japanese, then '[English]' and the English), and no other version of
            # it: the pairs it holds
            (lang, path), *_ = langs.items()
            if _tagged_twice(stem, lang) or _opens_versions(path, lang):
                bilingual += _held_pairs(stem, path, source_lang) or []
            continue
        source = _source(langs, source_lang)
        if source is None:
            continue
        for lang in sorted(langs):
            if lang != source:
                pairs.append(ReleasePair(stem, langs[source], langs[lang], source, lang))
    exported, alone, unread = _exported_pairs(root, source_lang)
    every = sorted([*pairs, *bilingual, *exported], key=lambda pair: (pair.stem, pair.target_lang))
    paired = {path for pair in every for path in (pair.source, pair.target)}
    replaced = {old for old, _ in superseded}
    unpaired = [files[rel] for rel in sorted(files) if files[rel] not in paired | replaced]
    return PairSearch(every, [*unpaired, *alone], unread, superseded)


def _opens_versions(path: Path, lang: str) -> bool:
    """Whether ``path``, tagged ``lang``, holds versions of its release in ``lang`` and
    another language, as its text says and its reader confirms (the raw text of a page's
    front matter and shortcodes, 'title = …', '{{< figure src=… >}}', reads as English)."""
    held = two_languages(path)
    if held is None or lang not in held:
        return False
    from prlocalize.errors import PrlocalizeError
    from prlocalize.readers import read_document
    from prlocalize.readers.bilingual import language_versions

    try:
        check_size([path])
        return language_versions(read_document(path)) is not None
    except PrlocalizeError:
        return False  # unreadable: listed without a partner, as before


def _tagged_twice(stem: str, lang: str) -> bool:
    """Whether a release ``stem`` whose version in ``lang`` is named ends in the tag of
    another language as well ('notice_KR' of 'notice_KR_EN.txt')."""
    found = _TRAILING.match(stem.rpartition("/")[2])
    other = loose_tag(found["tag"]) if found else None
    return other is not None and other != lang


def _held_pairs(stem: str, path: Path, source_lang: str | None) -> list[ReleasePair] | None:
    """The pairs of versions ``path`` holds itself (one after the other, or a column
    per language), or None when it holds one language."""
    held = two_languages(path)
    if held is None:
        return None
    if len(held) == 2:
        first, second = held
        if second_is_source(first, second, source_lang):
            first, second = second, first
        return [ReleasePair(stem, path, path, first, second)]
    # three versions or more (a column per language): each with the source
    origin = _source(dict.fromkeys(held, path), source_lang) or held[0]
    return [ReleasePair(stem, path, path, origin, lang) for lang in held if lang != origin]


def _exported_pairs(
    root: Path, source_lang: str | None
) -> tuple[list[ReleasePair], list[Path], list[tuple[Path, str]]]:
    """The pairs of the versions CMS exports below ``root`` hold (see
    :mod:`prlocalize.align.exports`), their versions without a partner (as
    ``export.xml#412``), and the exports and feeds that hold none it can pair."""
    from prlocalize.align.exports import EXPORT_SUFFIXES, export_kind, read_export

    pairs: list[ReleasePair] = []
    alone: list[Path] = []
    unread: list[tuple[Path, str]] = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.suffix.lower() not in EXPORT_SUFFIXES or any(p.startswith(".") for p in rel.parts):
            continue
        kind = export_kind(path) if path.is_file() else None
        if kind is None:
            continue
        items = read_export(path)
        releases: dict[str, dict[str, str]] = {}
        for item in items:
            releases.setdefault(item.release, {}).setdefault(item.lang, item.key)
        joined = False
        for release, langs in releases.items():
            source = _source(dict.fromkeys(langs, path), source_lang)
            if len(langs) < 2 or source is None:
                alone += [Path(f"{path}#{key}") for key in langs.values()]
                continue
            joined = True
            for lang in sorted(langs):
                if lang != source:
                    stem = f"{rel.as_posix()}#{release}"
                    pairs.append(
                        ReleasePair(stem, path, path, source, lang, langs[source], langs[lang])
                    )
        if not joined:
            unread.append((path, kind))
    return pairs, alone, unread


def _join_linked(
    root: Path, files: dict[str, Path], versions: dict[str, dict[str, Path]], leftovers: list[Path]
) -> None:
    """Pages that name their other-language version by a link (``hreflang``, a language
    switch; see :mod:`prlocalize.align.links`), or whose entry in the site's saved
    sitemap names it (:mod:`prlocalize.align.sitemaps`), join that version's release:
    each page still without a counterpart, whether its name had a tag or not."""
    from prlocalize.align.links import HTML_SUFFIXES, linked_versions
    from prlocalize.align.sitemaps import sitemap_alternates

    where = {path: (stem, lang) for stem, langs in versions.items() for lang, path in langs.items()}
    alone = [path for path, (stem, _) in where.items() if len(versions[stem]) == 1]
    pages = sorted(
        path.relative_to(root).as_posix()
        for path in (*alone, *leftovers)
        if saved_suffix(path.name) in HTML_SUFFIXES
    )
    if not pages:
        return
    for page, target in linked_versions(pages, files, alternates=sitemap_alternates(root, files)):
        mine, theirs = files[page], files[target]
        lang = where[mine][1] if mine in where else _language_of(mine)
        other = where[theirs][1] if theirs in where else _language_of(theirs)
        if lang is None or other is None or lang == other:
            continue
        if mine in where and len(versions[where[mine][0]]) > 1:
            # paired since (a page that linked to it came first): a version it names
            # that is still alone joins it (the Korean page of a release whose
            # Japanese page joined its English one)
            if theirs not in where or len(versions[where[theirs][0]]) == 1:
                mine, theirs, lang, other = theirs, mine, other, lang
            else:
                continue
        if theirs in where:
            stem = where[theirs][0]
        else:
            stem = _plain_stem(Path(target))
            if stem in versions:
                continue
            versions[stem] = {other: theirs}
            where[theirs] = (stem, other)
        if lang in versions[stem]:
            continue
        if mine in where:
            del versions[where[mine][0]]
        versions[stem][lang] = mine
        where[mine] = (stem, lang)


def _join_by_translation_key(
    root: Path, versions: dict[str, dict[str, Path]], leftovers: list[Path]
) -> None:
    """A static site's pages that name one ``translationKey`` (Hugo) or ``lang_ref``
    (Jekyll) in their front matter are versions of one release, whatever their slugs
    ('content/en/news/hydrogen-buses.md', 'content/ja/news/suiso-bus.md'): those still
    alone join each other, or the one release that holds some of the key's pages, when
    together they hold each language once and their dates are at most two weeks apart
    (a key shared by two pages of one language, or copied into a page published a
    month later, says nothing)."""
    from prlocalize.align.translation_keys import MARKDOWN_SUFFIXES, page_key

    where = {path: stem for stem, langs in versions.items() for path in langs.values()}
    keyed: dict[str, list[PageKey]] = {}
    for path in (*where, *leftovers):
        if path.suffix.lower() in MARKDOWN_SUFFIXES and (page := page_key(path)) is not None:
            keyed.setdefault(page.key, []).append(page)
    for same_key in keyed.values():
        pages = [(page.path, page.lang) for page in _same_days(same_key)]
        stems = {where[path] for path, _ in pages if path in where}
        homes = [stem for stem in stems if len(versions[stem]) > 1]
        if len(pages) < 2 or len(homes) > 1:
            continue  # alone, or two releases already: the key ties nothing more
        joined = dict(versions[homes[0]]) if homes else {}
        for path, said in pages:
            if path in where and where[path] in homes:
                continue
            lang = next(iter(versions[where[path]])) if path in where else said
            lang = lang or _language_of(path)
            if lang is None or lang in joined:
                break
            joined[lang] = path
        else:
            if len(joined) < 2:
                continue
            for stem in stems:
                del versions[stem]
            for path, _ in pages:
                if path not in where:
                    leftovers.remove(path)
            home = homes[0] if homes else min(stems, default=None)
            if home is None:  # all were without a tag: named by the first, as no other
                home = _plain_stem(pages[0][0].relative_to(root))
                while home in versions:
                    home += "~"
            versions[home] = joined


def _same_days(pages: list[PageKey]) -> list[PageKey]:
    """The pages of one key published within two weeks of most of them (a page the key
    was copied into with another release's front matter, months later, is left out);
    none when two sets of pages far apart are as many."""
    dated = [page.published for page in pages if page.published is not None]
    if not dated:
        return pages

    def near(one: date, other: date) -> bool:
        return abs((one - other).days) <= _LATE_DAYS

    counts = {day: sum(near(day, other) for other in dated) for day in dated}
    most = max(counts.values())
    anchors = [day for day, n in counts.items() if n == most]
    if any(not near(anchors[0], day) for day in anchors):
        return []
    return [page for page in pages if page.published is None or near(page.published, anchors[0])]


# the words a name uses for "press release" in each language ('press_20240405_en.txt'
# beside '보도자료_20240405.txt', 'newsrelease_20241202_en.txt' beside
# 'ニュースリリース_20241202.txt'): they name no release
_RELEASE_WORDS = frozenset(
    (
        *("press", "pressrelease", "news", "newsrelease", "release", "pr", "media"),
        *("mediarelease", "announcement", "notice"),
        *("ニュースリリース", "プレスリリース", "リリース", "ニュース", "お知らせ"),
        *("報道発表", "報道資料", "報道発表資料", "発表資料", "広報資料"),
        *("보도자료", "보도참고자료", "보도", "뉴스", "알림", "공지"),
        *("新闻稿", "新聞稿", "新闻", "新聞"),
    )
)
_NAME_WORD = re.compile(r"[^\s_\-.()\[\]（）【】「」]+")


def _release_key(stem: str) -> str | None:
    """``stem`` as a name that several spellings of one release's name share: without
    its words for "press release", its separators and a date's punctuation folded
    ('2024/20240405' for '2024/press_20240405', '2024/보도자료_20240405' and
    '2024/2024-04-05'); None without a number of four digits or more (a date, a
    release number) to tell the release by."""
    parent, _, base = stem.rpartition("/")
    kept = [word for word in _NAME_WORD.findall(base) if word.casefold() not in _RELEASE_WORDS]
    key = re.sub(r"(?<=\d)_(?=\d)", "", "_".join(kept).casefold())
    return f"{parent}/{key}" if re.search(r"\d{4}", key) else None


def _join_by_release_word(
    root: Path, versions: dict[str, dict[str, Path]], leftovers: list[Path]
) -> None:
    """Releases and untagged files whose names differ only in their words for "press
    release" or in a date's punctuation (see :func:`_release_key`) are one release, the
    language of an untagged file read from its text: when together they hold each
    language once."""
    found: dict[str, list[tuple[str, Path | None]]] = {}
    for stem in versions:
        if (key := _release_key(stem)) is not None:
            found.setdefault(key, []).append((stem, None))
    for path in leftovers:
        stem = _plain_stem(path.relative_to(root))
        if (key := _release_key(stem)) is not None:
            found.setdefault(key, []).append((stem, path))
    for members in found.values():
        if len({stem for stem, _ in members}) < max(len(members), 2):
            continue  # alone, or two untagged files of one name (which say nothing)
        langs: dict[str, Path] = {}
        for stem, file in members:
            lang = _language_of(file) if file is not None else None
            held = versions[stem] if file is None else {lang: file} if lang else {}
            if not held or set(held) & set(langs):
                break  # a language twice, or a file in no language read: not one release
            langs.update(held)
        else:
            for stem, file in members:
                if file is None:
                    del versions[stem]
                else:
                    leftovers.remove(file)
            versions[members[0][0]] = langs


_SLUG_PARTS = re.compile(r"[-_.]")


def _id_key(stem: str) -> str | None:
    """``stem`` of a release in a language folder as the numbers that open or close its
    name, an id or a date ('1042' of 'news/{lang}/2025/03/1042-acme-launch',
    '2025-03-14-acme-launch', 'acme-launch-20250314'), in its folder; None for a name
    without such a number of three digits or more, or outside a language folder. A
    number inside the slug is its own ('kr-arm-5', 'dai2kojo': in one version only)."""
    parent, _, base = stem.rpartition("/")
    if "{lang}" not in parent.split("/"):
        return None
    parts = _SLUG_PARTS.split(base)
    numbers = list(takewhile(str.isdigit, parts)) or list(takewhile(str.isdigit, parts[::-1]))[::-1]
    if not numbers or max(map(len, numbers)) < 3:
        return None
    return f"{parent}/" + "-".join(numbers)


def _join_by_id_in_language_folders(versions: dict[str, dict[str, Path]]) -> None:
    """A CMS export keeps each language in its own folder tree and names each version
    by a slug in its own language ('news/en/2025/03/1042-acme-launch.html' and
    'news/ja/2025/03/1042-acme-hatsubai.html'): the releases each alone in their
    language whose names, in the same mirrored folder, have the same numbers (an id, a
    date) are one release, when together they hold each language once."""
    found: dict[str, list[str]] = {}
    for stem, held in versions.items():
        if len(held) == 1 and (key := _id_key(stem)) is not None:
            found.setdefault(key, []).append(stem)
    for stems in found.values():
        langs = [lang for stem in stems for lang in versions[stem]]
        if len(stems) < 2 or len(set(langs)) < len(langs):
            continue  # alone, or two releases of one language share the numbers
        joined = {lang: path for stem in stems for lang, path in versions.pop(stem).items()}
        versions[stems[0]] = joined


# a date in a file's name ('20250604_Notice', 'pr-2025-06-02'): four-digit year first
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)")
# a date of six digits, two of the year first, as Japanese and Korean offices name files
# ('240820_運賃改定.docx' for 20 August 2024): a month and a day that are one
_SHORT_NAME_DATE = re.compile(r"(?<!\d)(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_CJK_NAME_DATE = re.compile(r"((?:19|20)\d\d) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\.?"
_MONTH_FIRST = re.compile(
    rf"(?<![a-z]){_MONTH}[ _-](?P<day>\d{{1,2}}),?[ _-](?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})[ _-]{_MONTH},?[ _-](?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_LATE_DAYS = 14  # a translation published later than its original: within two weeks
_MIN_SHARED = 3  # figures both versions must give (dates, amounts, counts)


def _join_by_near_dates(
    root: Path, versions: dict[str, dict[str, Path]], leftovers: list[Path]
) -> None:
    """A translation published days after its original and named by its own date
    ('20250602_社長交代のお知らせ.txt' and '20250604_Notice_of_Change_of_President.txt',
    two days apart, in one folder): releases still alone whose names hold dates at most
    two weeks apart, in different languages, are one release when they give the same
    figures (most of them, three at least) and each is the other's best match in its
    language. A release in three languages is the versions so matched to each other."""
    alone = _dated_alone(root, versions, leftovers)
    for group in alone.values():
        figures_of: dict[Path, list[Value]] = {}
        best: dict[tuple[Path, str], Path] = {}
        for one in group:
            for lang in {other.lang for other in group} - {one.lang}:
                found = _best_in(one, [o for o in group if o.lang == lang], figures_of)
                if found is not None:
                    best[(one.path, lang)] = found.path
        for members in _mutual_groups(group, best):
            _join_dated(root, members, versions, leftovers)


def _best_in(one: _Dated, others: list[_Dated], cache: dict[Path, list[Value]]) -> _Dated | None:
    """Of ``others`` (one language), the one version ``one`` is best matched with:
    most figures shared, then nearest date; None when none or two tie."""
    scored = [
        (_shared_figures(one, other, cache), -abs((one.day - other.day).days), other)
        for other in others
        if abs((one.day - other.day).days) <= _LATE_DAYS
    ]
    scored = [item for item in scored if item[0] > 0]
    if not scored:
        return None
    top = max(scored, key=lambda item: item[:2])
    return top[2] if sum(item[:2] == top[:2] for item in scored) == 1 else None


def _mutual_groups(group: list[_Dated], best: dict[tuple[Path, str], Path]) -> list[list[_Dated]]:
    """The versions linked by being each other's best match, as groups that hold each
    language once (a group with a language twice says nothing)."""
    by_path = {member.path: member for member in group}
    parent = {member.path: member.path for member in group}

    def top(path: Path) -> Path:
        while parent[path] != path:
            path = parent[path]
        return path

    for (path, _lang), other in best.items():
        if best.get((other, by_path[path].lang)) == path:
            parent[top(other)] = top(path)
    groups: dict[Path, list[_Dated]] = {}
    for member in group:
        groups.setdefault(top(member.path), []).append(member)
    return [
        sorted(members, key=lambda m: m.path)
        for members in groups.values()
        if len(members) > 1 and len({m.lang for m in members}) == len(members)
    ]


@dataclass(frozen=True, slots=True)
class _Dated:
    path: Path
    stem: str | None  # its release in ``versions``, None for an untagged file
    lang: str
    day: date


def _dated_alone(
    root: Path, versions: dict[str, dict[str, Path]], leftovers: list[Path]
) -> dict[str, list[_Dated]]:
    """The releases still in one language whose names hold a date, by folder."""
    held = {path for langs in versions.values() for path in langs.values()}
    found: dict[str, list[tuple[Path, str | None, str | None]]] = {}
    for stem, langs in versions.items():
        if len(langs) == 1:
            ((lang, path),) = langs.items()
            found.setdefault(stem.rpartition("/")[0], []).append((path, stem, lang))
    for path in leftovers:
        if path not in held:
            found.setdefault(_plain_stem(path.relative_to(root)).rpartition("/")[0], []).append(
                (path, None, None)
            )
    groups: dict[str, list[_Dated]] = {}
    for folder, members in found.items():
        dated = [
            (path, stem, lang, day) for path, stem, lang in members if (day := _name_date(path))
        ]
        tagged = {lang for *_, lang, _ in dated if lang}
        if len(dated) < 2 or (len(tagged) == 1 and all(lang for *_, lang, _ in dated)):
            continue  # alone, or one language only: nothing to pair
        group = []
        for path, release, tag, day in dated:
            read = tag or _language_of(path)
            if read is not None:
                group.append(_Dated(path, release, read, day))
        groups[folder] = group
    return groups


def name_date(path: Path) -> date | None:
    """The date a file's name holds (see :func:`_name_date`)."""
    return _name_date(path)


def _name_date(path: Path) -> date | None:
    """The date a file's name holds: '20250604', '2025-06-04', '250604', or written out
    as each language writes it ('December 3, 2026', '3 Dec 2026', '2026年12月3日',
    '2026년 12월 3일')."""
    base = _base(path)
    found = _NAME_DATE.search(base) or _CJK_NAME_DATE.search(base)
    if found is not None:
        year, month, day = int(found[1]), int(found[2]), int(found[3])
    elif (short := _SHORT_NAME_DATE.search(base)) is not None:
        year, month, day = int(short[1]), int(short[2]), int(short[3])
        year += 2000 if year < 70 else 1900  # an archive's oldest files are of the 1990s
    elif (written := _MONTH_FIRST.search(base) or _DAY_FIRST.search(base)) is not None:
        year, day = int(written["year"]), int(written["day"])
        month = _MONTHS.index(written["month"][:3].casefold()) + 1
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shared_figures(one: _Dated, other: _Dated, cache: dict[Path, list[Value]]) -> int:
    """How many figures ``one`` and ``other`` both give, when they are most of what
    each gives and three at least; else 0."""
    mine, theirs = _figures(one.path, cache), _figures(other.path, cache)
    shared = len(mine) - len(missing_values(mine, theirs))
    if shared < _MIN_SHARED or 2 * shared < max(len(mine), len(theirs)):
        return 0
    return shared


def _figures(path: Path, cache: dict[Path, list[Value]]) -> list[Value]:
    if path not in cache:
        from prlocalize.errors import PrlocalizeError
        from prlocalize.readers import read_document

        try:
            document = read_document(path)
            cache[path] = [v for s in document.segments() for v in numbers(s.plain or s.text)]
        except PrlocalizeError:
            cache[path] = []
    return cache[path]


def _join_dated(
    root: Path,
    members: list[_Dated],
    versions: dict[str, dict[str, Path]],
    leftovers: list[Path],
) -> None:
    """Make ``members`` the versions of one release."""
    stem = next((m.stem for m in members if m.stem), None)
    stem = stem or _plain_stem(members[0].path.relative_to(root))
    for member in members:
        if member.stem is not None:
            versions.pop(member.stem, None)
        elif member.path in leftovers:
            leftovers.remove(member.path)
    versions[stem] = {member.lang: member.path for member in members}


# a page saved from a URL that names its language in the query string
# ('release.php@id=88&lang=ko.html' as wget saves 'release.php?id=88&lang=ko',
# 'view%3Fno=12%26hl=ja.html'): the parameter is the tag, the rest names the release
_QUERY_LANG = re.compile(
    r"(?P<sep>[?@&;])(?:lang|language|locale|hl|lng)=(?P<tag>[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)"
    r"(?=$|[&;#])",
    re.IGNORECASE,
)


def _query_tagged(base: str) -> tuple[str, str] | None:
    """(name without the language parameter, language) of a saved URL's name."""
    found = _QUERY_LANG.search(unquote(base))
    if found is None:
        return None
    tag = found["tag"]
    primary = re.split(r"[-_]", tag)[0].lower()
    # a site's 'ko-KR' is its Korean pages (a region tells versions apart in Chinese only)
    lang = language_tag(primary if primary != "zh" else tag) or loose_tag(tag)
    if lang is None:
        return None
    name = unquote(base)
    rest = name[found.end() :]
    if found["sep"] in "?@" and rest[:1] in ("&", ";"):
        rest = found["sep"] + rest[1:]  # the next parameter opens the query now
    return name[: found.start()] + rest, lang


def _release_of(rel: Path) -> tuple[str, str] | None:
    """(release stem, language) of a file by its name or its folders; None when neither says."""
    base = _base(rel)
    parent = rel.parent.as_posix()
    if (queried := _query_tagged(base)) is not None:
        return _in_folder(parent, queried[0]), queried[1]
    stem_part, dot, tag = base.rpartition(".")
    if dot and stem_part and (lang := language_tag(tag) or loose_tag(tag)):
        return _in_folder(parent, stem_part), lang
    for name in dict.fromkeys((base, _VERSION.sub("", base).rstrip(" _-"))):
        for pattern in (_TRAILING, _LEADING):
            found = pattern.match(name)
            if found and (lang := loose_tag(found["tag"] or found["bracketed"])):
                return _in_folder(parent, found["stem"]), lang
    parts = rel.parent.parts
    for i in range(len(parts) - 1, -1, -1):
        lang = language_tag(parts[i]) or loose_tag(parts[i])
        if lang:
            rest = [*parts[:i], "{lang}", *parts[i + 1 :], _without_letter(base, lang)]
            return "/".join(rest), lang
    return None


# a site whose languages are subdomains, saved by `wget -m` under each host's name
# ('ja.example.com/news/0507.html' beside 'www.example.com/news/0507.html')
_HOST = re.compile(r"^(?P<sub>[A-Za-z]{2,3})\.(?P<host>[\w-]+(?:\.[\w-]+)+)$")


def _host_tagged(rel: Path) -> tuple[str, str] | None:
    """(release stem, language) of a page saved in a host folder named by a language
    subdomain ('ja.example.com', 'kr.example.com'); the caller checks its text says it."""
    parts = rel.parent.parts
    for i, part in enumerate(parts):
        found = _host_language(part)
        if found is not None:
            rest = [*parts[:i], "{lang}." + found[1], *parts[i + 1 :], _base(rel)]
            return "/".join(rest), found[0]
    return None


def _host_language(folder: str) -> tuple[str, str] | None:
    """(language, the rest of the host) of a folder named by a language subdomain."""
    found = _HOST.match(folder)
    if found is None:
        return None
    sub = found["sub"]
    lang = (language_tag(sub.lower()) if len(sub) == 2 else None) or loose_tag(sub)
    return (lang, found["host"]) if lang is not None else None


def _site_twins(parts: tuple[str, ...], base: str) -> list[str]:
    """The stems a page saved under its site's own host ('www.example.com',
    'example.com') has beside language subdomains ('{lang}.example.com')."""
    twins = []
    for i, part in enumerate(parts):
        bare = part[4:] if part.casefold().startswith("www.") else part
        if "." in bare and not bare.startswith(".") and _host_language(part) is None:
            twins.append("/".join([*parts[:i], "{lang}." + bare, *parts[i + 1 :], base]))
    return twins


def _without_letter(base: str, lang: str) -> str:
    """``base`` without a one-letter tag that says its folder's language again
    ('english/press/pr090415e' beside 'press/pr090415' and 'korean/press/pr090415k',
    as Japanese sites name them): the release's name is 'pr090415'."""
    for pattern in (_TRAILING, _GLUED_LETTER, _LEADING_LETTER):
        found = pattern.match(base)
        if found and _LETTERS.get(found["tag"].casefold()) == lang:
            return str(found["stem"])
    return base


def _lettered(rel: Path) -> tuple[str, str] | None:
    """(stem, language) by a one-letter tag set off at the end of the name ('index_e',
    'news-J') or after its digits ('20240422e'), as Japanese sites write them; its text
    must still say that language."""
    base = _base(rel)
    for pattern in (_TRAILING, _GLUED_LETTER, _LEADING_LETTER):
        found = pattern.match(base)
        if found and (lang := _LETTERS.get(found["tag"].casefold())):
            return _in_folder(rel.parent.as_posix(), found["stem"]), lang
    return None


def _mirrored(rel: Path, versions: dict[str, dict[str, Path]]) -> str | None:
    """The release an untagged file is the original of when a language folder mirrors
    its path ('news/0422.html' and 'en/news/0422.html', 'eng/news/0422.html'), or a
    language subdomain its site's ('www.example.com/news/0422.html' and
    'ja.example.com/news/0422.html'): the one tagged stem that is its path with a
    language folder put in or its host's language said."""
    parts = rel.parent.parts
    base = _base(rel)
    found = [
        stem
        for i in range(len(parts) + 1)
        if (stem := "/".join([*parts[:i], "{lang}", *parts[i:], base])) in versions
    ]
    found += [stem for stem in _site_twins(parts, base) if stem in versions]
    return found[0] if len(found) == 1 else None


def _plain_stem(rel: Path) -> str:
    """The release a file named without a tag is ('2024/launch' for 2024/launch.html)."""
    return _in_folder(rel.parent.as_posix(), _base(rel))


def _base(rel: Path) -> str:
    """The name of a file without its suffix, nor the one of the format it was saved
    from ('PR_0320_ja' for PR_0320_ja.docx.txt)."""
    page, query, rest = rel.name.partition("?")
    if query and saved_suffix(rel.name) != rel.suffix.lower():
        # 'exhibit.html?lang=en': the page's name and its query, which may tag it
        return f"{Path(page).stem}?{rest}"
    return _SAVED_FROM.sub("", rel.stem)


def _in_folder(parent: str, stem: str) -> str:
    return f"{parent}/{stem}" if parent != "." else stem


def _language_of(path: Path) -> str | None:
    """The language of a release named without a tag, as `check` reads it (an HTML
    page's ``lang``, else its text); None when it cannot be read (align says why)."""
    from prlocalize.errors import PrlocalizeError
    from prlocalize.readers import read_document

    try:
        check_size([path])
        return language(read_document(path).lang)
    except PrlocalizeError:
        return None


def _source(langs: dict[str, Path], wanted: str | None) -> str | None:
    if wanted:
        for lang in langs:
            if lang == wanted or lang.split("_")[0] == wanted.split("_")[0]:
                return lang
        return None
    return "en" if "en" in langs else sorted(langs)[0]


def check_size(paths: Iterable[Path]) -> None:
    """Refuse files too large to be one release before reading them."""
    for path in paths:
        try:
            size = os.stat(path).st_size
        except OSError as exc:
            raise InputError(path, None, f"cannot read: {exc.strerror or exc}") from None
        if size > MAX_BYTES:
            raise InputError(
                path,
                None,
                f"{size / 1024 / 1024:.1f} MB is not one release (align reads up to "
                f"{MAX_BYTES // 1024 // 1024} MB per file)",
                "split it into releases, or check that the right file was given",
            )
