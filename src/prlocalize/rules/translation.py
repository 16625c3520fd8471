"""prlocalize.rules.translation
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

PR4xx: checks of translations in gettext catalogs. Each rule sees one message of a
.po file (:class:`~prlocalize.rules.base.TranslationContext`) and points its
findings at the .po file's text. Fuzzy and untranslated messages are not checked:
they are work in progress, and ``prlocalize compile`` reports them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from prlocalize.catalog.compare import (
    MarkupError,
    links,
    markup_elements,
    mask_tags,
    tags_added_to_plain,
)
from prlocalize.catalog.inline_code import code_spans, code_texts, identifiers, translated_code
from prlocalize.catalog.template_outputs import template_outputs
from prlocalize.catalog.trademark_marks import sign_changes
from prlocalize.findings import Finding, Fix, Severity
from prlocalize.glossary.definitions import find_definitions, has_definition
from prlocalize.glossary.model import (
    LEGAL_FORMS,
    Entry,
    Kind,
    misplaced_legal_forms,
    without_legal_form,
)
from prlocalize.glossary.wordlike import NAME_KINDS
from prlocalize.invisible import (
    character_name,
    compose,
    decomposed_words,
    invisible_replacement,
    shown,
    stray_invisibles,
    without_ignorable,
)
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.address_generics import exit_named_short, generic_written_short
from prlocalize.rules.base import Rule, TranslationContext
from prlocalize.rules.defined_words import another_body_for_a_defined_word
from prlocalize.rules.former_names import cites_former_name
from prlocalize.rules.honorifics import (
    has_honorific,
    honorifics_after_latin_names,
    romanised_honorifics,
)
from prlocalize.rules.issuer_beside_titles import issuer_left_beside_a_title
from prlocalize.rules.product_names import kept_product_names
from prlocalize.rules.slash_parts import parts_reordered
from prlocalize.rules.title_marks import marks_lost
from prlocalize.rules.translated_punctuation import stray_marks
from prlocalize.rules.translated_slips import long_mark_added, name_slip, slip_beside_form
from prlocalize.rules.translation_support import (
    FIGURES_OF_THE_PAIR_ALONE,
    a_word_of_the_release,
    accepted_forms,
    acronym_kept,
    announced_today,
    as_a_common_word,
    blank,
    dateline_end,
    family_name_rendered,
    family_names_alone,
    figure_differences,
    figure_in_dropped_profile,
    in_compound_title,
    in_listing,
    in_profile_aside,
    is_foreign,
    japanese_runs,
    kept_company_names,
    kept_names,
    korean_runs,
    misdefined_short_forms,
    more_specific_title,
    named_by_family_name,
    named_by_its_short_form,
    opening_a_misspelt_name,
    other_sense,
    outline_marker,
    outside_longer_names,
    referred_to_again,
    referred_to_by_its_kind,
    runs,
    short_forms_of_another,
    source_acronym_kept,
    source_matches,
    subject_left_unsaid,
    target_matches,
    title_given_another_rank,
    title_left_to_the_first_mention,
    title_of_another_rank,
    titles_swapped_in_brackets,
    words,
    written_in,
)
from prlocalize.scripts import Script, expected_scripts, is_cjk

if TYPE_CHECKING:
    from prlocalize.catalog.figures import Item
    from prlocalize.catalog.party_values import Mention, Swap
    from prlocalize.glossary.matcher import TermMatch
    from prlocalize.rules.ja_ko_ranks import RankChange

_SOURCE_RUN_MIN_WORDS = 3  # shorter Latin runs are usually names, brands or acronyms
# a link's text in a catalog's message ('<a href="…">project page</a>'), and the language
# whose link words (rules.links) a source language's link text is read against
_LINK_TEXT = lazy_compile(r"<a\b[^>]*>([^<]{1,80})</a>")
_LINK_LANGUAGES = {"en": "English", "ja": "Japanese", "ko": "Korean"}
# a figure with the unit Japanese or Korean counts large numbers in ('300億', '3,000억',
# '1만'), left so in a translation whose script has no such letter: 'KRW 3,000억' for
# 'KRW 300 billion' reads as a figure nobody can check
_CJK_SCALE = lazy_compile(r"\d\s?[万億兆만억조]+")


class TranslationRule(Rule):
    target = "translation"

    def whole(self, ctx: TranslationContext, message: str, **kwargs: object) -> Finding:
        return self.finding(ctx.path, ctx.pair.span, message, **kwargs)  # type: ignore[arg-type]


class UnapprovedTermTranslation(TranslationRule):
    """Glossary term translated without its approved form

    Why is this bad?
        Names, titles and organisations must read the same in every release; a
        translator's own rendering (or the English left in place) makes the same
        person look like two. Terms the source misspells (forbidden forms) are left
        to the source checks. A person the release names in full in one message may
        go by the family name with a title or honorific in the others ('森本社長',
        '모리모토 사장은'), as official Japanese and Korean releases write, and in
        English ('President Park', 'Park said') where Korean repeats the full name;
        another given name beside it ('森本健治', 'チェ・ミンソク', 'Minjun Park'), or
        another family name before the given name ('森繁 健太' for '森重 健太'), is still
        reported. A katakana name's parts may be joined otherwise
        ('ユン·ソジン', 'ユン ソジン' for 'ユン・ソジン'). Where the source so names a
        person of the glossary it names in full elsewhere ('佐藤社長', 'Sato added', '최
        사장은'), the translation must say that person's name too ('President Sato',
        '佐藤は'; 'President Kato' is another person); a name the sheet writes in three
        words ('Min Jae Kang') goes by its first word or its last, and English may leave
        out the title the source gives after the family name alone ('이 전무는' as 'Rhee
        said': English titles the full name once). An
        acronym the translation defines in brackets after the name it abbreviates
        ('Ministry of Trade, Industry and Energy (MOTIE)', 'Personal Information
        Protection Commission (PIPC, Chairperson …)') may stand for the name in
        the catalog's other messages, as a quoted short form may. So may a company or a
        person named in full go by the word for one ('同社', '当社', '회사는', '동사',
        'the Company', '同氏'), and a product ('本製品', '이 제품', 'the new model', the
        number in its name going with it); in a catalog that never names them in full,
        that word is reported; that word opening another name ('The Ministry of
        Strategy and Finance', an old name) is that name, reported. A Japanese or Korean
        translation may leave unsaid a
        company the English makes its sentence's subject ('Brightfold expects …' as
        '…を見込んでいます'), as those languages drop a subject the reader knows, where
        the catalog names it in full elsewhere and no other subject takes its place ('同氏は',
        '花園自動車は'), and none written one letter off ('쓰키시로는' for the translation's
        own '츠키시로'). A title inside a longer Japanese or Korean word is not that title
        ('代表取締役' and '대표이사', which English often renders 'CEO', are no plain
        director; '取締役会' and '이사회' are the board; '日韓環境大臣会合' and '환경장관회의'
        are a meeting of ministers), nor is one inside a longer glossary name of the
        translation ('장관' of the sheet's '한일 디지털 장관회의' renders no 'Minister').
        The company profile Japanese and Korean releases put in a bracket after a
        company's name ('（本社：横浜市、代表取締役社長：佐藤健二、以下「ノースウィンド」）',
        '(대표 김민준, 이하 노스윈드)', '(은행장 이서연, 이하 "하나은행")') may be left
        out as a whole, as official
        translations do; where the translation keeps it, its names are still checked.
        A short form the translation defines must follow the name the source defines it
        for: '고토부키홀딩스 주식회사(이하 '고토부키코리아')' for '寿コリア株式会社（以下
        「寿コリア」）' names the parent where the source names its subsidiary, and
        '기요세푸드 주식회사(…, 이하 '노스게이트')' gives the bidder's short form to the
        company it bids for, where the sentence names both. A short form the source
        defines right after a name ('Daon Biologics Inc. (KOSDAQ: 298170; "Daon")',
        '北浜大学（以下「北浜大」）') names that body wherever the source writes it again:
        the translation must name it there too (by its glossary form, its own short
        form, '当社', or a subject left unsaid), not the partner ('ダオンは' for
        'Tsukishiro will'); a word for any body defined so ('以下「当社」') may be 'we'.
        Such a word (its issuer's '当社', '회사', 'the Company'; a new body's '現地法人',
        'the Subsidiary') stands for the body it follows and no other: where the source
        says it and names no other body, a translation that names another one instead
        ('Hanul Materials aims …' for '当社は、本提携により…'; the parent for '현지법인은')
        is reported, and 'the Company' does not stand for the partner the source names.
        A glossary term inside such a short form ('北浜' of 「北浜大」) is not that term.
        A short form the translation defines ('以下「ダオン」') is not written where it
        only opens the full name misspelt ('ダオンバイオロジックス', 'Aoba Denkou' for
        'Aoba Denko').
        A title
        the translation gives with a word of rank the source does not say ('Vice
        Minister', 'State Minister', '상무집행임원' for 執行役員, '副社長', '准教授' for
        Professor) is another office; a more specific title renders a general one
        ('長官' of 'Minister, Ministry of SMEs and Startups' for 'Minister') unless the
        source gives that specific title itself and the translation a title the
        source never says ('総務大臣 … 과학기술정보통신부 차관' for two ministers). A
        personnel line's new post given in brackets and its current one outside is
        another office too ('専務執行役員 藤村 和樹（現 常務執行役員）' as 'Managing Executive
        Officer: Kazuki Fujimura (currently Senior Managing Executive Officer)'). A Korean
        office written onto its place, sharing its last syllable ('전라남도지사' of 전라남도
        and 도지사, '서울특별시장'), is that office too ('Vice Governor' for it is another
        rank). Between
        Japanese and Korean, which call officers by the same ranks (社長 사장, 会長 회장,
        部長 부장, 市長 시장), a glossary person's rank after or before the name must be the
        same rank where the sheet has no row for it: '가토 회장' for '加藤社長' is reported,
        '가토 대표' and a promotion ('常務の加藤が社長に') are not. A message that gives
        several posts ('윤태경 전무가 부사장으로, 강민호 상무가 전무로') and a translation
        that writes one glossary title fewer times than the source and another more
        times ('Executive Vice President' twice, 'Senior Vice President' once) has given
        one post the other's rank; a repeated title said once, with nothing in its place,
        is a repetition left out. An English
        term may be in the plural ('solid-state batteries' for 'solid-state battery'), and
        a title in lower case, in the plural or as its office ('directorships'). An
        English name with more letters run on is another name ('Sewon Displays' is not
        'Sewon Display'; a possessive or a hyphen after it is still the name). A funding
        round's lead given to a body the source names beside it ('led by Kurobe Ventures,
        with participation from Aster Capital' as 'アスター・キャピタルをリード投資家とし、
        黒部ベンチャーズ…') is reported, and so is the largest holding given to another
        body the source names ('Xが筆頭株主' for 'Y will become the largest
        shareholder'); co-leads in another order are not. So is a
        company's legal form written one letter off beside its name ('주시회사',
        '株式会杜', 'Co., Ldt.'), which the name alone, an accepted short form, let pass.
        A brand the source sets in quotation marks or title brackets
        ('"Arcadia of the Ages"', '《별빛 연대기》': a game's or a film's title) keeps
        marks of some kind in a Japanese or Korean translation, which mark a work's
        title wherever it stands ('星霜のアルカディアの' is reported; English may write
        it bare). A person the translation sets beside the body (a city, a prefecture, a
        company, in a title or not) that the source gives another of its persons
        ('水瀬県を代表してパク・ジェウォン市長が' for 'Governor Haruka Kitayama signed
        for Minase Prefecture', 'Mayor Kenji Morozumi of Seowon City' for '両角 健司
        朝比奈市長') has been given the other side, and a witness the source names ('in
        the presence of', '立会い', '입회') of whom the translation says no such thing
        ('…閣下とともに署名しました') has been made a signatory. A title heading a city
        or a prefecture may be said by the place before the office ('Asahina Mayor') or
        with the name between ('Governor Haruka Kitayama of Minase Prefecture'); a
        body's title ('そらみ財団 理事長') with the name between its body and its rank
        ('そらみ財団の空野亜紀理事長'), and a sheet's 'Rank, Body' written 'Rank of the
        Body' in the source, is the title. A foundation named without its form of legal
        person ('公益財団法人', '재단법인') is named, as a company without '株式会社' is. A
        Korean translation that writes a person's name in one word with the title, the
        organisation or the place beside it ('윤하은다솔텔레콤 대표이사는',
        '(대표이사윤하은)') is reported, as PR101 reports it in a Korean release.

        A large team sheet names brands and places with words of the language ('Next',
        'Cloud', 'スマート', '한'). A name that is a piece of a longer Japanese or Korean
        word ('スマートフォン', '東京都' for '京都', '森林' for '森') is no name, nor is a
        one-syllable Hangul name alone ('한 사람', '89만 원') without a title or an
        honorific beside it. A one-word brand or place that the translation writes in
        lower case ('クラウド型' as 'cloud-based') is the word it is named after, and a
        one-word name that opens a sentence ('Next steps include …') is that word in a
        release that writes it in lower case elsewhere.

    Example:
        In a ``ja`` catalog::

            msgid "Hiroaki Ueno opened the meeting."
            msgstr "Hiroaki Ueno氏が開会を宣言した。"

    Use instead:
        The glossary's form, as the ``#.`` hint above the entry gives it::

            msgstr "上野 裕明氏が開会を宣言した。"

    Fix safety:
        No automatic fix: where the approved form goes in the sentence is the
        translator's call.
    """

    code = "PR401"
    name = "unapproved-term-translation"
    severity = Severity.ERROR

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        msgstr = ctx.pair.msgstr
        in_target: list[TermMatch] | None = None  # the msgstr's own matches, when needed
        kept: list[str] | None = None  # official names the translation keeps, when asked
        seen: set[str] = set()
        for match in source_matches(ctx):
            entry = match.entry
            if entry.dnt or entry.id in seen or not entry.approved(ctx.locale):
                continue
            if match.kind == "forbidden":
                # the source itself is wrong (PR1xx reports it there), so what the
                # translator meant cannot be told: "Presdient, Japan Pharmaceutical
                # Manufacturers Association" is rightly 会長, not President's 社長
                continue
            seen.add(entry.id)
            names = accepted_forms(match, ctx.locale)
            defined = tuple(
                form
                for form in _defined_elsewhere(ctx.defined.get(entry.id, ()), msgstr)
                if not opening_a_misspelt_name(form, msgstr, names)
            )
            accepted = (*names, *defined)
            text = msgstr  # where the title may be written (not inside another's name)
            if entry.kind == "title" and any(written_in(form, msgstr) for form in accepted):
                if in_target is None:
                    in_target = target_matches(ctx)
                text = outside_longer_names(accepted, msgstr, in_target, entry.id)
            if any(written_in(form, text) for form in accepted):
                if entry.kind != "title":
                    if in_target is None:
                        in_target = target_matches(ctx)
                    others = [msgstr[t.start : t.end] for t in in_target if t.entry.id != entry.id]
                    # a known wrong form of the entry (a former name cited, '（旧社名：…）')
                    # is PR402's to judge, not a slip
                    term = entry.term(ctx.locale)
                    others += term.forbidden if term is not None else ()
                    slip = slip_beside_form(msgstr, names, others)
                    if slip is None and "ー" in msgstr:
                        slip = long_mark_added(msgstr, names, others)  # 'コルバクサー'
                    if slip is not None:  # '오스트라비모트' beside '오스트라비모드'
                        yield self.whole(
                            ctx,
                            f"Approved translation of '{match.text}' misspelt: '{slip}'",
                            found=slip,
                            suggestion=entry.approved(ctx.locale),
                        )
                        continue
                    bare = (
                        marks_lost(
                            ctx.pair.msgid,
                            match.start,
                            match.end,
                            msgstr,
                            accepted,
                            language(ctx.locale),
                            language(ctx.source_lang),
                        )
                        if entry.kind == "brand"
                        else None
                    )
                    if bare is not None:  # '星霜のアルカディアの' for '"Arcadia of the Ages"'
                        yield self.whole(
                            ctx,
                            f"Approved translation of '{match.text}' written without the "
                            f"quotation marks or title brackets the source sets it in: '{bare}'",
                            found=bare,
                        )
                        continue
                ranked = (
                    title_of_another_rank(ctx, match, accepted) if entry.kind == "title" else None
                )
                if ranked is not None:  # '상무집행임원' for 執行役員: a managing officer
                    yield self.whole(
                        ctx,
                        f"Title '{match.text}' translated as another rank, '{ranked}'",
                        found=ranked,
                        suggestion=entry.approved(ctx.locale),
                    )
                continue
            if spaced_between_parts(text, accepted):
                if entry.kind != "person":
                    continue
                if in_target is None:
                    in_target = target_matches(ctx)
                if not any(t.entry.id == entry.id and t.kind == "glued" for t in in_target):
                    continue
                # '고바야시겐타' for '고바야시 겐타': a name glued, as PR101 reports it in a
                # release, not a compound Korean may write either way
            if entry.kind == "title" and title_around_a_name(text, accepted, ctx.locale):
                continue  # '北風財団の水島春子理事長' for '北風財団 理事長': a name between
            if entry.kind == "term" and in_the_plural(msgstr, accepted):
                continue  # 'solid-state batteries' for the sheet's 'solid-state battery'
            if entry.kind == "title" and title_in_running_text(text, accepted):
                continue  # 'Changes in directors', 'directorships' for the sheet's 'Director'
            if okurigana_dropped_in_compound(msgstr, accepted):
                continue  # '公開買付期間' for '公開買付け': a compound drops the kana ending
            if punctuated_otherwise(msgstr, accepted):
                continue  # 'Economy, Trade' for a sheet's 'Economy Trade': its commas lost
            if entry.kind == "term" and hyphenated_before_a_noun(msgstr, accepted):
                continue  # 'grid-connection works' for the sheet's 'grid connection'
            if entry.kind == "place" and generic_written_short(msgstr, accepted):
                continue  # 'Tokyo Sta.', 'Tokyo station', 'Sakura Bldg.': directions' style
            if entry.kind == "place" and exit_named_short(
                ctx.pair.msgid, match.end, msgstr, accepted
            ):
                continue  # 'the Tokyo International Forum Exit': the station's 国際フォーラム口
            if entry.kind == "person" and family_in_capitals(msgstr, accepted):
                continue  # 'KISHIDA Fumio': Japanese government style for 'Fumio Kishida'
            if entry.kind == "person" and romanized_otherwise(msgstr, accepted):
                continue  # 'Oh Young-ju' for 'Oh Youngju': the same letters, set otherwise
            if entry.kind == "person" and joined_otherwise(msgstr, accepted):
                continue  # 'ユン·ソジン', 'ユン ソジン' for 'ユン・ソジン': the same parts
            if entry.kind == "title" and acronym_kept(match.text, msgstr):
                continue  # 'CEO' in a Japanese or Korean sentence: the title, as it is known
            if entry.kind == "brand" and match.text.isascii() and match.text in msgstr:
                continue  # a brand kept as the source spells it ('Mirai Armの価格'): a mark
            if entry.kind == "org" and any(
                written_in(f, msgstr) for f in without_legal_form(accepted)
            ):
                # '星野ロボティクス' for '星野ロボティクス株式会社' in running text; a whole
                # word ('Aoba Denkou' is no 'Aoba Denko' of 'Aoba Denko Corporation')
                continue
            if entry.kind == "org" and source_acronym_kept(ctx.pair.msgid, match.end, msgstr):
                continue  # '미국 식품의약국(FDA)의 승인' as 'FDA approval'
            if entry.kind in {"org", "place"} and named_by_its_place_or_head(msgstr, accepted):
                continue  # 'Vice Minister of Oceans and Fisheries' for '해양수산부 차관'
            if entry.kind == "title" and titled_by_its_place(msgstr, accepted):
                continue  # 'Asahina Mayor', 'Governor Haruka Kitayama of Minase Prefecture'
            if (
                entry.kind == "person"
                and named_by_family_name(ctx, entry, accepted)
                and name_slip(msgstr, names, ()) is None
            ):
                continue  # '森本社長', '모리모토 사장': the release names the person in full
            if entry.kind in {"org", "person", "brand"} and referred_to_again(ctx, entry, accepted):
                continue  # '同社は', '회사는': the release names the company in full
            if entry.kind == "org" and referred_to_by_its_kind(ctx, entry, accepted):
                continue  # "the store's second floor": the release names the store in full
            if entry.kind == "org" and named_by_its_short_form(ctx, entry, accepted):
                continue  # "Hangyeol's orders": the release names Hangyeol Heavy Industries
            if entry.kind == "org" and subject_left_unsaid(ctx, entry, match, accepted):
                continue  # 'Brightfold expects …' as '…を見込んでいます': a subject known
            if entry.kind == "org" and issuer_left_beside_a_title(ctx, match, accepted):
                continue  # '박도윤 한결전력 사장은' as 'パク・ドユン社長は': the issuer's own
            if kept is None:
                kept = [msgstr[s:e] for s, e in kept_names(ctx.pair.msgid, msgstr)]
            if any(match.text in name for name in kept):
                continue  # part of an official English name the translation keeps
            if entry.kind == "place" and match.end <= dateline_end(ctx.pair.msgid):
                continue  # datelines are routinely dropped (figure-left-out reports the date)
            if in_listing(ctx, match):
                continue  # an exchange's name in a stock listing, dropped as routinely
            if in_profile_aside(ctx, match):
                continue  # '（本社：横浜市、代表：佐藤健二）': a profile, dropped as a whole
            if entry.kind == "title" and other_sense(match, msgstr, ctx.source_lang):
                continue  # '글로벌 시장' is a market: 'グローバル市場'
            if entry.kind in {"brand", "place"} and as_a_common_word(msgstr, accepted):
                continue  # 'クラウド型' as 'cloud-based': the word the brand 'Cloud' is named after
            if entry.kind in NAME_KINDS and a_word_of_the_release(ctx, match):
                continue  # 'Next steps include …' where the release writes 'next' as a word
            if entry.kind == "title" and title_left_to_the_first_mention(ctx, match):
                continue  # '이 전무는' as 'Rhee said': English titles a name once
            if in_compound_title(ctx, match):
                continue  # '대표이사' is the CEO, '取締役会' the board: no director
            if entry.kind == "term" and a_rate_of_it(ctx.pair.msgid, match):
                continue  # '営業利益率', '영업이익률': the operating margin, another word
            if in_target is None:  # (most translations never get here: the form is in it)
                in_target = target_matches(ctx)
            mine = [t for t in in_target if t.entry.id == entry.id]
            if any(t.kind in {"approved", "variant"} for t in mine):
                continue
            if any(t.kind == "forbidden" for t in mine):
                continue  # forbidden-translation says it better
            if more_specific_title(match, in_target, ctx.source_lang, source_matches(ctx)):
                continue
            approved = entry.approved(ctx.locale)
            near = next((t for t in mine if t.kind in {"glued", "reversed"}), None)
            if near is not None:
                yield self.finding(
                    ctx.path,
                    ctx.pair.source_span(near.start, near.end),
                    f"Glossary term '{match.text}' translated as '{near.text}'",
                    found=near.text,
                    suggestion=approved,
                )
                continue
            slip = name_slip(msgstr, names, ()) if entry.kind == "person" else None
            if slip is not None:  # '水野あかねさん' for '水野あかり'
                yield self.whole(
                    ctx,
                    f"Approved translation of '{match.text}' misspelt: '{slip}'",
                    found=slip,
                    suggestion=approved,
                )
                continue
            yield self.whole(
                ctx,
                f"Approved translation of '{match.text}' missing",
                found=match.text,
                suggestion=approved,
            )
        if language(ctx.locale) == "ko":
            yield from self._glued_names(ctx, in_target)
        for form, named in misdefined_short_forms(ctx):
            yield self.whole(
                ctx,
                f"Short form '{form}' defined for '{named.text}', which the source does not "
                f"name; '{form}' is the glossary's name of another body",
                found=named.text,
            )
        for form, named, other in short_forms_of_another(ctx):
            yield self.whole(
                ctx,
                f"Short form '{form}' defined for '{named.text}' shortens '{other}', another "
                "body the source names",
                found=form,
            )
        for word, body, instead in another_body_for_a_defined_word(ctx):
            yield self.whole(
                ctx,
                f"'{word}' stands for '{body.approved(ctx.source_lang) or body.id}' (as the "
                f"release defines it), the translation names '{instead.text}' there instead",
                found=instead.text,
                suggestion=body.approved(ctx.locale),
            )
        for part, persons in family_names_alone(ctx):
            if not family_name_rendered(ctx, persons, part):
                approved = persons[0].approved(ctx.locale)
                yield self.whole(
                    ctx,
                    f"Family name '{part}' ({persons[0].approved(ctx.source_lang)}) "
                    f"missing from the translation: the glossary writes '{approved}'",
                    found=part,
                    suggestion=approved,
                )
        for change in _rank_changes(ctx):
            yield self.whole(
                ctx,
                f"Title '{change.said}' of {change.name} translated as another rank, "
                f"'{change.as_rank}'",
                found=change.as_rank,
                suggestion=change.equivalent,
            )
        traded = title_given_another_rank(ctx)
        if traded is not None:
            said, given = traded
            yield self.whole(
                ctx,
                f"Title '{said.text}' translated as another rank, '{given.text}': the "
                f"translation writes '{given.text}' more often than the source says it and "
                f"'{said.text}' less often",
                found=given.text,
                suggestion=said.entry.approved(ctx.locale),
            )
        swapped = titles_swapped_in_brackets(ctx)
        if swapped is not None:
            outside, inside = swapped
            yield self.whole(
                ctx,
                f"Titles '{outside}' and '{inside}' swapped: the source gives '{inside}' in "
                f"brackets (a current or former post) and '{outside}' outside, the "
                "translation the other way round",
                found=inside,
            )
        yield from self._legal_form_slips(ctx)
        from prlocalize.rules.pair_readings import (
            lead_given_to_another,
            office_given_to_another,
            witness_dropped,
        )

        lead = lead_given_to_another(ctx)
        if lead is not None:
            leader, co_investor, role = lead
            yield self.whole(
                ctx,
                f"'{leader}' {role} in the source; the translation says so of "
                f"'{co_investor}', which the source names beside it",
                found=co_investor,
            )
        office = office_given_to_another(ctx)
        if office is not None:
            yield self.whole(
                ctx,
                f"'{office[0]}' set beside '{office[1]}' in the translation, which the "
                f"source gives to '{office[2]}'",
                found=office[1],
            )
        witness = witness_dropped(ctx)
        if witness is not None:
            yield self.whole(
                ctx,
                f"The source's witness ('{witness}') is given no witness in the translation",
                found=witness,
            )

    def _legal_form_slips(self, ctx: TranslationContext) -> Iterator[Finding]:
        """A company the source names whose legal form the translation writes one letter
        off beside its name ('주시회사', '株式会杜', 'Co., Ldt.')."""
        from prlocalize.rules.pair_readings import legal_form_slip

        msgstr, seen = ctx.pair.msgstr, set()
        for match in source_matches(ctx):
            entry = match.entry
            term = entry.term(ctx.locale)
            if entry.kind != "org" or entry.id in seen or term is None:
                continue
            seen.add(entry.id)
            # (a Japanese or Korean form written right elsewhere: slip_beside_form's)
            forms = [f for f in term.accepted if f.isascii() or f not in msgstr]
            slip = legal_form_slip(msgstr, forms)
            if slip is not None:
                yield self.whole(
                    ctx,
                    f"Legal form of '{match.text}' misspelt in the translation: '{slip[0]}'",
                    found=slip[0],
                    suggestion=slip[1],
                )

    def _glued_names(
        self, ctx: TranslationContext, in_target: list[TermMatch] | None
    ) -> Iterator[Finding]:
        """A person the source names whose name a Korean translation writes in one word
        with a title, an organisation or a place ('윤하은다솔텔레콤 대표이사는')."""
        persons = {m.entry.id for m in source_matches(ctx) if m.entry.kind == "person"}
        if not persons:
            return
        from prlocalize.rules.pair_readings import glued_korean_names, name_slip_index

        if in_target is None:
            in_target = target_matches(ctx)
        index = name_slip_index(ctx.glossary, "ko")
        for glued in glued_korean_names(ctx.pair.msgstr, in_target, index, persons):
            yield self.whole(
                ctx,
                f"Name '{glued.name.text}' glued to {glued.what} '{glued.other}' in the "
                f"translation: Korean sets them apart ('{glued.spaced}')",
                found=ctx.pair.msgstr[glued.start : glued.end],
                suggestion=glued.spaced,
            )


def _rank_changes(ctx: TranslationContext) -> Iterator[RankChange]:
    """The ranks a Japanese or Korean translation gives the glossary persons its msgid
    names, in full or by the family name, that are another rank than the source's."""
    from prlocalize.rules.pair_readings import rank_changes

    if {language(ctx.source_lang), language(ctx.locale)} != {"ja", "ko"}:
        return
    matches = source_matches(ctx)
    persons = {m.entry.id: m.entry for m in matches if m.entry.kind == "person"}
    for _part, entries in family_names_alone(ctx):
        persons.update((entry.id, entry) for entry in entries)
    titles = frozenset(m.text for m in matches if m.entry.kind == "title")
    yield from rank_changes(
        ctx.pair.msgid,
        ctx.pair.msgstr,
        ctx.source_lang,
        ctx.locale,
        list(persons.values()),
        titles,
    )


# a space (ASCII, ideographic or no-break) between two Japanese, Chinese or Korean letters
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
# a space between CJK letters, or between a CJK letter and a Latin letter or digit
# ('代表取締役社長 兼 CEO', 'iPark 研究所'): Japanese sets such spaces by house style
_CJK_GAP = lazy_compile(
    f"(?<=[{_CJK}])[ \u3000\u00a0]+(?=[{_CJK}A-Za-z0-9])"
    f"|(?<=[A-Za-z0-9])[ \u3000\u00a0]+(?=[{_CJK}])"
)


def _defined_elsewhere(defined: Iterable[str], msgstr: str) -> tuple[str, ...]:
    """The short forms of an entry the catalog defines, but those ``msgstr`` defines
    itself: where a translation defines one ('Hokuyo Logistic Holdings, Inc. ("Hokuyo
    Logistics")'), the name it shortens must be there in its approved form."""
    defined = tuple(defined)
    if not defined or not (has_definition(msgstr) or "(" in msgstr or "（" in msgstr):
        return defined
    here = {d.form for d in find_definitions(msgstr)}
    return tuple(form for form in defined if form not in here)


def spaced_between_parts(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted form with other spacing between its CJK
    letters (or a CJK letter and a Latin one: '社長 兼 CEO' for '社長兼CEO'): '星野 健二'
    or '星野\u3000健二' for '星野健二' (official Japanese releases set
    a name that way as often as not), '사쿠라모빌리티' or '최고경영자' for '사쿠라 모빌리티'
    and '최고 경영자' (Korean may write a proper or technical noun joined or spaced; the
    glossary's derived forms already take '호시노겐지' for '호시노 겐지')."""
    squeezed = None
    for form in accepted:
        if not _CJK_LETTER.search(form):
            continue  # no CJK letters: spacing in Latin is another matter (a glued name)
        squeezed = squeezed if squeezed is not None else _CJK_GAP.sub("", msgstr)
        if _CJK_GAP.sub("", form) in squeezed:
            return True
    return False


_CJK_LETTER = lazy_compile(f"[{_CJK}]")

# what may stand between a body and its rank in a Japanese or Korean title around a
# name ('北風財団の水島春子理事長', '기타카제재단 미즈시마 하루코 이사장'): a particle, the
# name and spaces, short and with no sentence's or clause's end
_AROUND_A_NAME = 24
_CLAUSE_ENDS = frozenset("。、，,.;；:：!?！？「」『』()（）\n")


def title_around_a_name(msgstr: str, accepted: tuple[str, ...], locale: str) -> bool:
    """Whether ``msgstr`` writes an accepted Japanese or Korean title of a body and a rank
    ('北風財団 理事長', '기타카제재단 이사장') with a person's name between them, as
    official releases put the name: '北風財団の水島春子理事長', '기타카제재단 미즈시마 하루코
    이사장'. The rank must follow the body closely, with no clause's end between."""
    if language(locale) not in {"ja", "ko"}:
        return False
    # the body may end at any of the form's spaces: '카자하나항공 | 대표이사 사장'
    splits = (
        (form[:at], form[at + 1 :]) for form in accepted for at, c in enumerate(form) if c == " "
    )
    for body, rank in splits:
        if not body or not rank:
            continue
        start = msgstr.find(body)
        while start != -1:
            after = start + len(body)
            found = msgstr.find(rank, after, after + _AROUND_A_NAME + len(rank))
            if (
                found > after
                and not _CLAUSE_ENDS.intersection(msgstr[after:found])
                and msgstr[found - 1] not in "副부"  # '副理事長' is a vice chair
            ):
                return True
            start = msgstr.find(body, start + 1)
    return False


def in_the_plural(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted English term in the plural ('solid-state
    batteries', 'Technologies' for 'battery', 'technology'), in any case: a headline's
    'Four LNG Carriers' for 'LNG carrier' (a plural in 's' in the sheet's own case holds
    the form already)."""
    for form in accepted:
        if len(form) <= 2 or not form.isascii() or not form[-1].isalpha():
            continue
        if form[-1] == "y" and form[-2] not in "aeiouAEIOU":
            plural = re.escape(form[:-1]) + "ies"
        else:
            plural = re.escape(form) + "(?:es|s)"
        if re.search(rf"(?<![A-Za-z]){plural}(?![A-Za-z])", msgstr, re.IGNORECASE):
            return True
    return False


def title_in_running_text(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted English title in lower case, in the plural,
    as the office it names ('Changes in directors', 'their directorships' for the
    sheet's 'Director'), as the adjective of the office ('the presidential election',
    'a gubernatorial race', 'mayoral candidates' for '대통령 선거', '知事選', '市長選挙') or as
    its verb ('chaired the committee' for '위원장을 맡았다'), as running text and personnel
    notices' headings do."""
    for form in accepted:
        if len(form) > 2 and form.isascii():
            said = rf"(?<![A-Za-z]){re.escape(form)}(?:s|ships?)?(?![A-Za-z])"
            if re.search(said, msgstr, re.IGNORECASE):
                return True
            office = (*_office_adjectives(form), *_office_verbs(form))
            if office and re.search(
                rf"(?<![A-Za-z])(?:{'|'.join(office)})(?![A-Za-z])", msgstr, re.IGNORECASE
            ):
                return True
    return False


# the verbs English makes of an office ('chaired the committee' for '위원장을 맡았다',
# '委員長を務めた'; 'heads the division' for '본부장을 맡고 있다')
_OFFICE_VERBS = {
    "chair": r"chair(?:s|ed|ing)",
    "chairperson": r"chair(?:s|ed|ing)",
    "chairman": r"chair(?:s|ed|ing)",
    "chairwoman": r"chair(?:s|ed|ing)",
    "head": r"head(?:s|ed|ing)",
}


def _office_verbs(form: str) -> tuple[str, ...]:
    """The verb of the office ``form``'s last word names, as a regex alternative."""
    verb = _OFFICE_VERBS.get(form.rpartition(" ")[2].casefold())
    return (verb,) if verb else ()


# the adjectives of offices English does not make by a suffix
_OFFICE_ADJECTIVES = {"governor": "gubernatorial", "emperor": "imperial", "pope": "papal"}


def _office_adjectives(form: str) -> tuple[str, ...]:
    """The adjectives of the office a title names, its last word made one ('Minister':
    'ministerial', 'Mayor': 'mayoral', 'President': 'presidential', 'Prime Minister':
    'prime ministerial'), as regex alternatives."""
    head, _, last = form.rpartition(" ")
    word = last.casefold()
    if len(word) < 4 or not word.isalpha():
        return ()
    made = {word + "ial", word + "al", _OFFICE_ADJECTIVES.get(word, word + "ial")}
    if word.endswith("t"):
        made.add(word[:-1] + "tial")  # 'president': 'presidential'
    lead = re.escape(head) + r"[\s-]" if head else ""
    return tuple(lead + re.escape(adjective) for adjective in sorted(made))


# an English name of a body and how the title of its head says it: 'Ministry of X' in
# 'Minister of X', 'X City' in 'Mayor of X' or 'X Mayor', 'X Prefecture' in 'Governor of X'
_PLACE_BODY = lazy_compile(
    r"City of (.+)|(.+?) (?:Metropolitan |Special )?City|(.+?) Prefecture"
    r"(?:al Government)?|(.+?) Metropolitan Government"
)
_HEADS_TITLES = (
    (lazy_compile(r"Ministry (of .+)"), r"Minister {0}"),
    # a city's or a prefecture's government goes by the place ('Busan will hold', 'Mayor of
    # Setohama', 'Governor of Kagawa')
    (_PLACE_BODY, r"{0}"),
)


def named_by_its_place_or_head(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` names a ministry of ``accepted`` in the title of its head, or a
    city or prefecture by the place's name, as English does: '해양수산부 차관' is the 'Vice
    Minister of Oceans and Fisheries', '瀬戸浜市長' the 'Mayor of Setohama', '부산광역시는'
    'Busan'."""
    for form in accepted:
        if not form.isascii():
            continue
        for name, title in _HEADS_TITLES:
            found = name.fullmatch(form)
            if found is None:
                continue
            said = title.format(re.escape(next(g for g in found.groups() if g)))
            if re.search(rf"(?<![A-Za-z])(?:{said})(?![A-Za-z])", msgstr):
                return True
    return False


# a title that heads a city or a prefecture ('Mayor of Asahina City', 'Governor of Minase
# Prefecture'): its office, and the body it heads
_HEAD_OF_BODY = lazy_compile(r"(?P<head>[A-Z][A-Za-z -]*?) of (?P<body>[A-Z].+)")
# a rank before the office's word makes another office ('Vice Governor', 'Deputy Mayor')
_RANK_BEFORE = lazy_compile(r"(?:Vice|Deputy|Acting|Assistant|Former|former)[ -]$")


def titled_by_its_place(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` gives a title of ``accepted`` that heads a city or a prefecture
    in another of English's ways: the place before the office ('Asahina Mayor', 'Minase
    Prefecture Governor'), the place without its generic ('Mayor of Asahina'), or the
    name between ('Governor Haruka Kitayama of Minase Prefecture', as '미나세현 지사
    기타야마 하루카' is said), for the sheet's 'Mayor of Asahina City'. A rank before the
    office ('Vice Governor … of Minase Prefecture') is another office."""
    for form in accepted:
        title = _HEAD_OF_BODY.fullmatch(form) if form.isascii() else None
        if title is None:
            continue
        body = _PLACE_BODY.fullmatch(title["body"])
        if body is None:
            continue
        place = next(g for g in body.groups() if g)
        head = re.escape(title["head"])
        places = rf"(?:{re.escape(title['body'])}|{re.escape(place)})"
        said = re.compile(
            rf"(?<![A-Za-z]){places} {head}(?![A-Za-z])"
            rf"|(?<![A-Za-z-]){head}(?: [A-Z][A-Za-z'’.-]*){{0,4}} of (?:the )?{places}"
            r"(?![A-Za-z])"
        )
        for found in said.finditer(msgstr):
            if found.group().startswith(title["head"]) and _RANK_BEFORE.search(
                msgstr, max(0, found.start() - 9), found.start()
            ):
                continue  # 'Vice Governor Haruka Kitayama of Minase Prefecture'
            return True
    return False


# what makes a word for a rate or a share of what comes before it
_RATE_ENDINGS = ("率", "률", "율", "比率", "비율", "비중")


def a_rate_of_it(msgid: str, match: TermMatch) -> bool:
    """Whether ``match``, a term in a Japanese or Korean msgid, is the head of a word for
    its rate or share ('営業利益率', '영업이익률', '海外売上高比率' for '営業利益',
    '영업이익', '売上高'): translations name that otherwise ('operating margin', '해외 매출
    비중'), without the term's approved form."""
    return msgid.startswith(_RATE_ENDINGS, match.end) and not match.text.isascii()


# a Japanese word of two or more kanji with its kana ending (okurigana): '公開買付け',
# '申込み', '取扱い'
_OKURIGANA_WORD = lazy_compile(r"([\u4e00-\u9fff々]{2,})[\u3041-\u3096]{1,2}")


def okurigana_dropped_in_compound(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted Japanese form that ends in okurigana without
    it, inside a longer compound noun: '公開買付期間', '公開買付者' and '公開買付代理人' for
    '公開買付け', '申込書' for '申込み'. Official (公用文) and legal Japanese drop the kana
    of such a word when a kanji follows it; the word alone keeps them."""
    for form in accepted:
        word = _OKURIGANA_WORD.fullmatch(form)
        if word and re.search(re.escape(word[1]) + "[\u4e00-\u9fff]", msgstr):
            return True
    return False


def family_in_capitals(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted 'Given Family' Latin name family name first,
    in capitals ('KISHIDA Fumio' for 'Fumio Kishida'), as the Japanese government and
    many Japanese organisations write names in English: the order is said by the
    capitals, so it is no reversal."""
    for form in accepted:
        words = form.split()
        if len(words) != 2 or not form.isascii() or not words[1][:1].isupper():
            continue
        given, family = words
        if re.search(rf"(?<![A-Za-z]){re.escape(family.upper())}\s+{re.escape(given)}\b", msgstr):
            return True
    return False


def punctuated_otherwise(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted Latin form of several words with commas or
    semicolons between them set otherwise: 'Minister of Economy, Trade and Industry' for
    a glossary's 'Minister of Economy Trade and Industry'. A sheet kept as a plain CSV
    file drops the commas of a name (they would split its row) or writes a semicolon
    for one; the words and their order must be the glossary's."""
    plain = None
    for form in accepted:
        if " " not in form or not form.isascii():
            continue
        plain = plain if plain is not None else _unpunctuated(msgstr)
        key = re.escape(_unpunctuated(form))
        if re.search(rf"(?<![A-Za-z]){key}(?![A-Za-z])", plain):
            return True
    return False


def hyphenated_before_a_noun(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted Latin term of several words hyphenated before
    the word it qualifies ('grid-connection works', 'power-purchase agreement terms' for
    the sheet's 'grid connection'), as English joins a compound used as an adjective; the
    words and their order must be the glossary's."""
    for form in accepted:
        if " " not in form or not form.isascii():
            continue
        joined = re.escape(form.replace(" ", "-"))
        if re.search(rf"(?<![A-Za-z-]){joined} [A-Za-z]", msgstr, re.IGNORECASE):
            return True
    return False


def _unpunctuated(text: str) -> str:
    return " ".join(_LIST_PUNCTUATION.sub(" ", text).split())


_LIST_PUNCTUATION = lazy_compile(r"[,;]")


# what joins the parts of a foreign name in katakana: the middle dot in its full-width,
# half-width and Latin forms (a Korean keyboard types '·'), an equals sign, a space
_KATAKANA_JOINERS = "[・･·＝= \u3000]"
_KATAKANA_NAME_PART = lazy_compile("[\u30a1-\u30fa\u30fc]+")


def joined_otherwise(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted katakana name of parts joined by a middle dot
    with another joiner between the same parts: 'ユン·ソジン', 'ユン ソジン' or 'ユン＝ソジン'
    for 'ユン・ソジン' (the Latin middle dot a Korean keyboard types, a space or the equals
    sign Japanese also sets between the parts of a foreign name). The parts and their
    order must be the glossary's."""
    for form in accepted:
        parts = re.split("[・･·]", form)
        if len(parts) < 2 or not all(_KATAKANA_NAME_PART.fullmatch(p) for p in parts):
            continue
        joined = _KATAKANA_JOINERS.join(re.escape(part) for part in parts)
        if re.search(f"(?<![\u30a1-\u30fa\u30fc]){joined}(?![\u30a1-\u30fa\u30fc])", msgstr):
            return True
    return False


def romanized_otherwise(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether ``msgstr`` writes an accepted Latin form of a person's name with its
    syllables set otherwise: 'Oh Young-ju' or 'Oh Young Ju' for 'Oh Youngju', 'Kim
    Minjun' for 'Kim Min-jun' (Korean given names are romanized all three ways, and
    official English releases of a ministry hyphenate them). The letters and their order
    must be the glossary's; the order of the name's parts too."""
    for form in accepted:
        words = form.replace("-", "").split()
        if len(words) < 2 or not form.isascii():
            continue
        spelled = r"\s+".join(r"[-\s]?".join(re.escape(c) for c in word) for word in words)
        if re.search(rf"(?<![A-Za-z]){spelled}(?![A-Za-z])", msgstr, re.IGNORECASE):
            return True
    return False


class ForbiddenTranslation(TranslationRule):
    """Translation uses a form the glossary forbids

    Why is this bad?
        Forbidden forms are known mistakes (a wrong reading of a name, an old
        company name); readers and search engines take them for another entity.
        An old name cited as such ('（旧社名：…）', '(formerly …)', '(구 사명: …)') is a
        mention, not a use, and so is one the source says too (it tells of the change:
        'Aozora Robotix changed its trade name to …').

    Example:
        In a ``ja`` catalog::

            msgid "iPark Institute Co., Ltd. hosted the meeting."
            msgstr "アイパークインスティテュート株式会社が会合を主催した。"

    Use instead:
        ::

            msgstr "アイパークインスティチュート株式会社が会合を主催した。"

    Fix safety:
        The replacement is suggested, not applied: the form may be part of a longer
        word.
    """

    code = "PR402"
    name = "forbidden-translation"
    severity = Severity.ERROR

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        matcher, msgstr = ctx.target_matcher, ctx.pair.msgstr
        if not matcher.has_forbidden and not (
            matcher.has_legal_swaps and any(legal in msgstr for legal in LEGAL_FORMS)
        ):
            return  # no forbidden form in this locale: the msgstr need not be searched
        for match in target_matches(ctx):
            if match.kind != "forbidden":
                continue
            if cites_former_name(msgstr, match.start):
                continue  # '（旧社名：北浜運輸株式会社）': the old name, cited, not used
            if any(
                m.kind == "forbidden" and m.entry.id == match.entry.id for m in source_matches(ctx)
            ):
                continue  # the source says the old name itself ('X changed its name to Y')
            span = ctx.pair.source_span(match.start, match.end)
            approved = match.approved
            fix = None
            if approved and len(span) == len(match.text):  # written in one piece in the file
                fix = Fix.replace(span, approved, f"Use '{approved}'", safe=False)
            misplaced = approved is not None and match.form in misplaced_legal_forms(approved)
            yield self.finding(
                ctx.path,
                span,
                f"Legal form on the wrong side of the name: '{match.text}'"
                if misplaced
                else f"Forbidden translation '{match.text}'",
                found=match.text,
                suggestion=approved,
                fix=fix,
            )


class AlteredDntTerm(TranslationRule):
    """Do-not-translate term changed in the translation

    Why is this bad?
        Brands and product names marked ``dnt`` in the glossary stay as written in
        every language; a transliteration is a different name. A term the glossary
        writes in capitals (a logotype: "SEIRAN") is that term only where the source
        writes it in capitals too: "Seiran" is another word (the company's name),
        which a translation may write in its own letters. A trademark sign the source
        puts after a brand the translation keeps in Latin letters is part of it: given
        as another ('DataHub Pro™' as 'DataHub Pro®') it claims a registration the owner
        does not hold or plays one down, and moved off the brand or left off it while
        the translation keeps other signs it marks nothing (a translation with no sign
        at all follows a house style and is not judged). So is a sign after a glossary
        brand the translation writes in its own letters: '테날리맙®(졸벡사)' for
        'ZORVEXA® (tenalimab)' gives the brand's sign and place to its generic name.
        A name a Japanese or Korean source writes in Latin letters, in the glossary or
        not ('名称：Veridane Therapeutics, Inc.'), is kept as written by an English
        translation: a word of it one letter off ('Veridane Therapeutic, Inc.',
        'Aurora Stuido') is a misspelt name.

    Example:
        In a ``ja`` catalog::

            msgid "Follow us on LinkedIn."
            msgstr "リンクトインでフォローしてください。"

    Use instead:
        ::

            msgstr "LinkedInでフォローしてください。"

    Fix safety:
        No automatic fix: the translated form has to be found and replaced by hand.
    """

    code = "PR403"
    name = "altered-dnt-term"
    severity = Severity.ERROR

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        from prlocalize.rules.pair_readings import latin_names_misspelt

        msgstr = ctx.pair.msgstr
        # a brand of the glossary the translation writes in its own letters ('졸벡사' for
        # 'ZORVEXA') carries the source's sign too
        rendered = (
            {
                m.text: accepted_forms(m, ctx.locale)
                for m in source_matches(ctx)
                if m.entry.kind == "brand"
            }
            if any(sign in ctx.pair.msgid for sign in "®™℠")
            else None
        )
        for change in sign_changes(ctx.pair.msgid, msgstr, rendered):
            how = f"given as '{change.written}'" if change.written else "not after it"
            yield self.whole(
                ctx,
                f"Trademark sign '{change.sign}' of '{change.name}' {how} in the translation",
                found=change.written or change.name,
                suggestion=change.name + change.sign,
            )
        for slip in latin_names_misspelt(
            ctx.pair.msgid, msgstr, language(ctx.source_lang), language(ctx.locale)
        ):
            yield self.whole(
                ctx,
                f"Name '{slip.name}' the source writes in Latin letters misspelt in the "
                f"translation: '{slip.word}' as '{slip.written}'",
                found=slip.written,
                suggestion=slip.word,
            )
        for match in source_matches(ctx):
            if not match.entry.dnt:
                continue
            written = {t.text for t in match.entry.forms.values() if t.text}
            if _logotype_in_lower_case(match.text, written):
                continue
            forms = {match.text, *written}
            if any(form in msgstr for form in forms):
                continue
            # written decomposed or with an invisible character inside, the term is
            # unchanged to its reader (PR412 reports the characters)
            plain = without_ignorable(unicodedata.normalize("NFC", msgstr))
            if any(unicodedata.normalize("NFC", form) in plain for form in forms):
                continue
            yield self.whole(
                ctx,
                f"Do-not-translate term '{match.text}' changed",
                found=match.text,
                suggestion=match.text,
            )


def _logotype_in_lower_case(text: str, written: set[str]) -> bool:
    """Whether ``text`` matched a term the glossary writes only in capitals ('SEIRAN')
    but is not in capitals itself ('Seiran'): a term is matched without case, a
    logotype is not."""
    return bool(written) and all(map(_in_capitals, written)) and not _in_capitals(text)


def _in_capitals(form: str) -> bool:
    return sum(c.isalpha() for c in form) >= 2 and form.upper() == form


def _figure_unit(item: Item) -> str:
    """What a figure counts in, as a message names it: its currency, 'percent', or ''."""
    return item.currency or ("percent" if item.percent else "")


def _code_key(code: str) -> str:
    """A model number as compared: upper case, without its hyphens."""
    return code.upper().replace("-", "").replace("‐", "").replace("‑", "")


# digests of the (languages, msgid, msgstr) that NumberMismatch found nothing in by
# the pair alone (see its check); a process's, at most _CLEAN_LIMIT of them (16 bytes
# each: the texts themselves are not held)
_CLEAN_PAIRS: set[bytes] = set()
_CLEAN_LIMIT = 200_000


def _pair_key(ctx: TranslationContext) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for part in (ctx.source_lang, ctx.locale, ctx.pair.msgid, ctx.pair.msgstr):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.digest()


# what a garment's changed word is, as apparel_changes names it
_APPAREL = {"line": "line (men's / women's / unisex / kids)", "colour": "colour"}


class NumberMismatch(TranslationRule):
    """Number, date or amount of the source changed or missing in the translation

    Figures are compared by what they mean: "May 10, 2024" matches "2024年5月10日",
    "令和6年5月10日" and "2024년 5월 10일" ("昭和40年" matches "1965" and "Showa 40"; a
    year given in both calendars as two years, "昭和41年（1965年）", is reported, and so
    is a date that loses or gains its "BCE", "紀元前" or "기원전"; a list of prices by
    category, "一般1,600円、大学生1,000円", keeps each price with its category);
    "2,500" matches "2500" and "２５００";
    "25,000" matches "2万5000", "₩1.2 trillion" "1조 2천억 원"; "fiscal year ended
    March 31, 2026" and "FY3/2026" match "2026年3月期", "FY2025" "2025年度" and "2025
    회계연도".
    "30%" matches "3割", "小数点以下第2位を四捨五入" "rounded to one decimal place",
    "H1 2025" "2025年上半期", "3 p.m." "15時" and "午後3時" (not
    "午前3時": a time said in the other half of the day is changed), "tripled" "3倍"
    and "세 배" (not "2倍"; a multiplier said another way, "100%増" for "doubled", is
    not reported, but one given as a percentage it is not, "1.5배" as "1.5%" or "2倍" as
    "rose 200%", is), and "24/7", "24時間365日" or "50/50" are figures of speech, not
    figures. A floor given on the other side of the ground ("地下1階", "B1" as "1F",
    "1階") is changed; "三丁目8番1号" matches "3-8-1". A school grade is matched by the
    pupil's age across the two numberings ("grades 7–9" is "中学1〜3年" and "중학교
    1~3학년", "grade 10" "高1"; "中学2年" for grade 9 is another grade). A stock
    code, wire timestamp, date or designation ("COVID-19", named 新型コロナウイルス感染症)
    the translation only leaves out is figure-left-out's (information); a changed one is
    reported here, and so is the date ending a period whose start the translation keeps
    ("1月15日から7月31日まで" as "from January 15": the period is left open). The
    number of a glossary name that the translation renders by an approved form without
    it is part of the name ("Nikkei 225" as 日経平均株価);
    "Windows 11" as "Windows 10" is compared. A percentage kept with its change turned
    around ("前年同期比3.2%減" as "rose 3.2%", "3.2% 증가" as "decreased by 3.2%"), and an
    amount of money so ("an increase of ¥6" as "6円の減配"), or a count or an amount
    with its scale word or in thousands, whichever way each language scales it ("31万人の
    増加" as "a decrease of 310,000", "23만 명 감소" as "rose by 230,000"), is reported
    too, where each side says the change once; so is a change in percentage points given
    in percent ("0.6%p 하락" or "1.5ポイント" as "0.6%", "1.5%") and one in percent given in points
    ("up 18.9%" as "18.9%p 증가"; not of a rate, whose change English often gives in
    percent, nor a survey's margin of error, "±3.1%p" as "±3.1%", in either unit), a
    percentage given as a bare number ("8~12%를" as "8～12を", "9.4% 감소" as "9.4減少";
    not where the source also writes the value bare, or the translation keeps it with a
    sign, a ratio's mark or a counter), a forecast revised the other way
    ("revised upward" as "下方修正", "상향 조정" as "revised downward"), and a count the
    English source spells out given as another number nearby ("three regions" as
    "2地域"; left out, or counted in other units, "two weeks" as "14日間", it is not
    judged). A time keeps its minutes ("17:30" is "17時30分" and "17時半", not "17時")
    and its zone: a time given in a zone of another offset ("(KST)" as "(PST)") is
    changed, and so is one given at the same hour in another zone beside the source's
    ("13:00 KST (04:00 UTC)" as "13:00 KST(04:00 KST)"); "JST" as "한국 시간" (the same
    offset) is not, nor is a time given converted
    to a zone the translation names ("5:00 p.m. ET" as "日本時間午前7時"), its date moved
    with it where it falls on another day there ("5:00 p.m. PT on March 4" as
    "3月5日午前10時（日本時間）"; the source's date kept beside it is changed) and
    converted with the offset of the season the source's date is in ("1:30 p.m. ET" on
    July 28 is 2:30 in Japan, 3:30 only in winter); so is the time, and its date, a
    translation gives again in another zone beside the source's ("3:00 p.m. JST (3:00
    a.m. EDT)" for "15時" is changed, "2:00 a.m. EDT" is not; a Japanese or Korean
    source that names no zone gives its times in its reader's, so "5月15日10時30分"
    given only as "9:30 p.m. EDT on May 14" is the same moment), and an
    hour said by its part of the day ("새벽 2시", "밤 9시", "朝8時") is in that half; nor is an
    amount said in another currency ("$48 million" as "4,800万円"). An afternoon hour
    keeps its half ("2 p.m." as "2時" in a Japanese sentence with no 午前/午後, which
    counts hours to 24, is changed). A bound keeps its
    figure in or out where both sides say so exactly ("5개 이하" as "5個未満", "3 or
    higher" as "3を超える" are changed; "more than" as "以上" is usage), a deadline its
    day ("5月4日まで" as "5월 4일 전까지", "by March 31" as "3月31日より前" are changed;
    "이전까지" is read either way), a month its part ("3月下旬" as "early March", "3월
    초순" as "3月中旬" are changed), a place its point of the compass ("South Gyeongsang"
    as "慶尚北道", "the north exit" as "남쪽 출구", "western Japan" as "東日本"; "South
    Korea" as "한국" and "東京" name none), and a price its
    tax ("4,180엔(세금 포함)" as "4,180円（税抜）" is changed, and so is "598万円（税込）"
    as "598만 엔" in a sentence that says nothing of tax). A date given
    with its weekday on both sides keeps the day ("6月26日（金）" as "Thursday, June 26"
    is changed; one the translation adds must be the calendar's, "2027年4月1日（金）" for a
    Thursday is not), so does a day of the week named with no date ("毎週月曜日" as "on
    Tuesdays"), a price the unit it is counted per ("per room" as "1名1泊", "회선당" as
    "per family"), a change the period it is measured against ("year on year" as
    "前四半期比", "전년 말 대비" as "from the end of the previous quarter"), a dividend
    its kind ("year-end dividend" as "中間配当", "분기 배당" as "期末配当"), and a
    measurement its unit ("3.2mg" as "3.2 μg", "35 MW" as "35kW",
    "37℃" as "37°F", "9.4 months" as "9.4주", "82.5kWh" as "82.5 kW", "15.2km/L" as
    "15.2 L/100 km", "6.7-inch" as "6.7cm", "초속 35m" (m/s) as "35 km/h", "45ms" as
    "45秒", "20Ah" as "20 mAh", "5,200mAh" as "5,200 Wh", "2.4GHz" as "2.4 MHz"; converted,
    "32°F" as "0℃" or "6.7-inch" as "17cm", it is said), a temperature below zero its
    sign ("영하 20°C" as "20°C", "-10～40℃" as "10 to 40°C"), a spec sheet's dimensions
    their sides ("W310×D190×H220mm" as "190 × 310 × 220 mm (W × D × H)"), a loan's
    fixed and variable rates each other's figures ("변동금리는 연 3.2~4.5%, 고정금리는 연
    3.8~4.9%" as "the fixed rate ranges from 3.2% to 4.5%, the variable rate from 3.8%"), a model
    number its letters ("HRV-7200W" as "HRV-7200B"), a version or a date its bound ("iOS
    16以降" as "iOS 16 or earlier", "9月18日以降に発送" as "ships before September 18"), a
    garment whom it is for and its colours ("ウィメンズ" as "men's", "アイボリー" as "Navy",
    "네이비" as "블루"; a colour only dropped or added is not judged), a figure results
    tables mark negative its sign ("△1,234" as "1,234", "前年同期比△3.4%" as "up 3.4%";
    "(1,234)", "−1,234" or a word of a fall or a loss keep it; '▲' in Korean, a rise, and
    triangles that open list items are no sign), a credit rating its notch ("AA-" as "AA"
    or "A+"), and a board's grade its letter ("CERO B" as "CERO C", "ESRB T" as "ESRB
    M", a game's age rating), and a software version is compared whole ("Ver.2.1.0" as
    "Ver.2.0.1" or "Ver.2.1", "バージョン2.1.0" and "버전 2.1.0" the same);
    a change from one percentage or rating to another keeps its
    direction ("from 42% to 50%" as "50%에서 42%로", "from A+ to AA-" as
    "「AA-」から「A+」へ" are turned round). An exchange ratio with a decimal term keeps
    its order ("1:0.35" as "0.35：1" is changed), a p-value its sign ("p<0.001" as
    "p>0.001"), and a dose its count ("twice daily" as "1일 1회"); "500μg" as "0.5 mg"
    (another prefix of the unit), "P = .003" (no leading zero), "biweekly" or "隔週" for
    "2주 간격" and "¥1,530 per share" for "1株1,530円" say the same figures. So do a
    Korean date written short ("25.11.03", "11.3(월)": "November 3, 2025"; its weekday
    is compared too), a quarter's short year ("3Q25", "Q3'25": 2025) or its months ("the
    October–December quarter" for "4분기"), "10.5 mn" (10.5
    million), a run the source counts said by its last place ("3개 분기 연속" as "a
    third straight quarter"), months from January to December said as the year
    ("1~12월 누적" as "full-year", "年間"), a Japanese quarter's results said by the
    months they cover ("第3四半期決算" as "the nine months ended December 31"), an amount
    rounded to the digits it is written with ("KRW 12.45 trillion" for "12조 4,530억 원";
    "12.54 trillion" or "KRW 1 trillion" is changed), a change in bare points ("down 0.8
    points" for "0.8ポイント上昇" is turned round), and a range that writes its scale
    once, after its second figure ("9,200～9,600百万円" is "¥9.2 billion to ¥9.6
    billion", "USD 700–710 billion" is "7,000억~7,100억 달러"). A power of ten is one
    value ("× 10⁻³" as "× 10^-3" or "0.001"; as "× 10⁻²" it is changed), and a
    chemical formula's subscripts are its designation's digits ("CO₂" as "CO₃",
    "LiFePO₄" as "LiFePO₃" are changed; named in words, "二酸化炭素", it is left
    out); an affiliation's mark after a name ("Inoue¹") is none. A source's 100 percent
    said as the whole ('wholly owned', 'wholly funded', '全額出資', '전액 출자', 'all
    shares') is said. A model, lot or part
    number written one letter off ("PC-20K" as "PC-20H", lot "A2401" as "B2401",
    "KT-210" as "KT-21O" with a letter O) names another product and is changed; one
    only left out, or named in words, is not judged. A correction's wrong and right
    values ("誤：約1万2,000台　正：約1万4,000台", "정정 전: … / 정정 후: …", "Incorrect: … /
    Correct: …") given the other way round are changed, and so are two parties' figures
    ("みなと電機が51％、ハンビットが49％" as "49% held by Minato and 51% by Hanbit": each
    figure belongs to the glossary name, or the short form the release defines for it,
    written nearest it in its clause, with nothing that parts two parties between them,
    or in brackets right after it, as a survey gives each answer's share), two brands
    given each other's places in a ranking ("2位", "3위", "No. 2", "second"), and a brand
    given another place, said in words on one side ("Hoshi Wallet third" as "4위"); so
    are, with no name, two places given each other's shares ("second at 27.5%, … third at
    18.9%" as "3위는 …(27.5%), 2위는 …(18.9%)") and a place said only in words given
    another in figures ("ranked first" as "2位"),
    and so is a number dialled only
    in its country (Japan's "0120-…", "0800-…", "0570-…", Korea's "080-…", "1588-…")
    written in the international form ("+81-120-…"), which no caller abroad can reach.
    A timetable's next-day mark ("02:20 (+1)") is the day of arrival, said as the mark or
    in words ("翌日", "다음 날"); lost, or another day ("翌々日"), it is changed. An
    airport's code in brackets given as another ("Haneda (HND)" as "羽田（NRT）") is changed,
    and so is a paper's DOI with a letter changed ("10.1126/science.adz1234" as
    "…abz1234").
    Days of the week without a date are compared as timetables list them ("Mon/Wed/Fri",
    "月・水・金曜日", "매일(화요일 제외)"): a day replaced, a day left out of the list, or an
    exception ("daily except Tuesdays") dropped is reported; days said as their group
    ("平日", "주말") are said.

    Why is this bad?
        A wrong date or figure in a press release is a factual error, and the
        translation is the version many readers will quote. What official
        translations leave out as a rule is not missing: a stock code, however it is
        written ('(TSE: 2914)', '（コード番号：2914　東証プライム）', '(2914.T)', PR409
        reports it; kept on another exchange or market, 'Nasdaq' as 'NYSE', '코스피' as
        'KOSDAQ', 'プライム' as 'Standard', it is changed), and a company's profile
        bracket left out as a whole, its head
        office's address, capital and staff included ('（本社：東京都千代田区丸の内1-2-3、
        資本金：12億円）'); a figure of a profile the translation keeps is compared.

    Example:
        In a ``ja`` catalog::

            msgid "More than 2,500 people work there."
            msgstr "250人以上が働いている。"

    Use instead:
        ::

            msgstr "2,500人以上が働いている。"

    Fix safety:
        No automatic fix.
    """

    code = "PR404"
    name = "number-mismatch"
    severity = Severity.ERROR

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        # A pair an archive repeats (a boilerplate paragraph, a contact line, a
        # disclaimer, translated from memory the same way in every release) is read once
        # a process when it gives no finding and its figures matched without the
        # glossary's help: the verdict then depends on its two texts and languages alone
        key = _pair_key(ctx)
        if key in _CLEAN_PAIRS:
            return
        clean = True
        for finding in self._findings(ctx):
            clean = False
            yield finding
        if clean and ctx.cache.get(FIGURES_OF_THE_PAIR_ALONE) is True:
            if len(_CLEAN_PAIRS) >= _CLEAN_LIMIT:
                _CLEAN_PAIRS.clear()  # (memory stays bounded; a repeated pair comes back)
            _CLEAN_PAIRS.add(key)

    def _findings(self, ctx: TranslationContext) -> Iterator[Finding]:
        from prlocalize.rules.pair_readings import (
            added_time_wrong,
            afternoon_as_morning,
            allergens_dropped,
            apparel_changes,
            basis_changes,
            bound_flips,
            bracketed_codes_changed,
            calendar_slips,
            categories_swapped,
            code_range_turned,
            codes_changed,
            comparison_changes,
            compass_changes,
            converted_day_kept,
            count_nouns_changed,
            country_figures_swapped,
            deadline_changes,
            dividend_changes,
            dois_changed,
            domestic_number_made_international,
            duration_unit_changes,
            ends_swapped,
            era_mark_changed,
            flips,
            floor_changed,
            from_to_reversed,
            grade_changes,
            ground_changed,
            labels_swapped,
            lanes_changed,
            law_dates_swapped,
            market_changed,
            market_said_otherwise,
            month_part_changes,
            multiplier_as_percent,
            negatives_dropped,
            ordinal_said_as_count,
            percent_as_points,
            percents_dropped,
            period_turned,
            periods_changed,
            place_said_otherwise,
            points_as_percent,
            premium_base_changes,
            prices_swapped,
            range_part_changes,
            rating_action_turned,
            rating_changes,
            rating_reversed,
            recurring_day_changes,
            restated_year_converted_wrong,
            revision_flip,
            scale_changed,
            shares_of_places_swapped,
            sides_swapped,
            signs_dropped,
            starts_said_as_ends,
            streak_changed,
            strictness_changes,
            tax_basis_against_the_list,
            tax_basis_dropped,
            tax_basis_flips,
            unit_changes,
            weekday_changes,
            wrong_right_swapped,
            year_parts_swapped,
            zone_changed,
            zone_dropped,
            zone_relabelled,
        )

        times_differ = False
        changed: set[str] = set()  # designations reported changed (as codes below: once)
        reported: set[object] = set()  # the keys of the figures reported (a floor's: once)
        for difference in figure_differences(ctx):
            item, replacement = difference.item, difference.changed_to
            times_differ = times_differ or item.kind in ("time", "timestamp")
            # ('15時' read as a number, changed to '3:00 a.m. EDT': a time differs too)
            times_differ = times_differ or (
                replacement is not None and replacement.kind in ("time", "timestamp")
            )
            label = _FIGURE_LABELS.get(item.kind, "Number")
            if replacement is not None:
                said, other = item.text, replacement.text
                changed.add(_code_key(said))
                reported.update(item.keys)
                # (a sum in another currency, or a share said as a sum: '20%' as '20円')
                said_in, other_in = _figure_unit(item), _figure_unit(replacement)
                if said_in and other_in and said_in != other_in:
                    said, other = f"{said} ({said_in})", f"{other} ({other_in})"
                yield self.whole(
                    ctx,
                    f"{label} '{said}' of the source changed to '{other}' in the translation",
                    found=replacement.text,
                    suggestion=item.text,
                )
            elif difference.ends_period:
                yield self.whole(
                    ctx,
                    f"{label} '{item.text}' ending a period of the source missing from the "
                    "translation (the period is left open)",
                    found=item.text,
                )
            elif (
                not item.routine
                and item.kind not in ("times", "half-said")
                and not outline_marker(ctx, item)
                and not figure_in_dropped_profile(ctx, item)
            ):
                # (a multiplier said another way, "100%増" for "doubled", is not missing,
                # nor "the first half" of a programme said as 前半部分; an outline's number
                # left out is figure-left-out's)
                reported.update(item.keys)
                yield self.whole(
                    ctx,
                    f"{label} '{item.text}' of the source missing from the translation",
                    found=item.text,
                )

        for said, other in codes_changed(
            mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr), memo=ctx.source_cache
        ):
            if _code_key(said) in changed:
                continue  # ('HRV-7200W' as 'HRV-7200V': the designation's finding says it)
            yield self.whole(
                ctx,
                f"Code '{said}' of the source (a model, lot or part number) changed to "
                f"'{other}' in the translation",
                found=other,
                suggestion=said,
            )
        code_range = code_range_turned(ctx.pair.msgid, ctx.pair.msgstr)
        if code_range is not None:  # 'LM2-100214～LM2-158730' as 'LM2-158730 to LM2-100214'
            yield self.whole(
                ctx,
                f"Range '{code_range[0]}' of the source given from its end to its start in "
                f"the translation: '{code_range[1]}'",
                found=code_range[1],
            )
        for said, other in bracketed_codes_changed(ctx.pair.msgid, ctx.pair.msgstr):
            yield self.whole(
                ctx,
                f"Code '{said}' in brackets in the source changed to '{other}' in the translation",
                found=other,
                suggestion=said,
            )
        for said, other in dois_changed(ctx.pair.msgid, ctx.pair.msgstr):
            yield self.whole(
                ctx,
                f"DOI '{said}' of the source changed to '{other}' in the translation",
                found=other,
                suggestion=said,
            )
        abroad = domestic_number_made_international(ctx.pair.msgid, ctx.pair.msgstr)
        if abroad is not None:
            yield self.whole(
                ctx,
                f"Number '{abroad}' of the translation is a free or nationwide number written "
                "in the international form, which no caller abroad can reach; the source gives "
                "it for callers in the country",
                found=abroad,
            )
        swapped = wrong_right_swapped(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        )
        if swapped is not None:
            yield self.whole(
                ctx,
                f"Correction's wrong value '{swapped[0]}' and right value '{swapped[1]}' of "
                "the source given the other way round in the translation",
                found=swapped[1],
            )
        swap, place = _party_changes(ctx)
        if swap is not None:
            yield self.whole(
                ctx,
                f"Figures '{swap.first}' of '{swap.first_name}' and '{swap.second}' of "
                f"'{swap.second_name}' in the source given the other way round in the "
                "translation",
                found=swap.second,
            )

        run = streak_changed(mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr))
        if run is not None:
            yield self.whole(
                ctx,
                f"Run '{run[0]}' of the source counted as '{run[1]}' in the translation",
                found=run[1],
            )
        if place is not None:
            yield self.whole(
                ctx,
                f"Place '{place[0]}' of '{place[1]}' in the source given as '{place[2]}' in the "
                "translation",
                found=place[2],
            )

        places = (
            None
            if swap is not None
            else shares_of_places_swapped(
                ctx.pair.msgid,
                ctx.pair.msgstr,
                language(ctx.source_lang),
                language(ctx.locale),
                memo=ctx.source_cache,
            )
        )
        if places is not None:
            yield self.whole(
                ctx,
                f"Shares of places '{places[0]}' and '{places[1]}' of the source given to "
                "each other's place in the translation",
                found=places[1],
            )
        countries = (
            None
            if swap is not None or places is not None
            else country_figures_swapped(
                ctx.pair.msgid,
                ctx.pair.msgstr,
                language(ctx.source_lang),
                language(ctx.locale),
                memo=ctx.source_cache,
            )
        )
        if countries is not None:
            yield self.whole(
                ctx,
                f"Figures of '{countries[0]}' and '{countries[1]}' in the source given to "
                "each other's country in the translation",
                found=countries[1],
            )
        other_place = (
            None
            if swap or place or places or countries
            else place_said_otherwise(ctx.pair.msgid, ctx.pair.msgstr)
        )
        if other_place is not None:
            yield self.whole(
                ctx,
                f"Place '{other_place[0]}' of the source given as '{other_place[1]}' in the "
                "translation",
                found=other_place[1],
            )

        wrong_year = restated_year_converted_wrong(ctx.pair.msgid, ctx.pair.msgstr)
        if wrong_year is not None:
            yield self.whole(
                ctx,
                f"Year '{wrong_year[0]}' of the translation is not the year '{wrong_year[1]}' "
                "it gives beside it in the other calendar",
                found=wrong_year[0],
            )

        swapped_prices = categories_swapped(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        )
        if swapped_prices is not None:
            yield self.whole(
                ctx,
                f"Prices of '{swapped_prices[0]}' and '{swapped_prices[1]}' of the source "
                "given to each other's category in the translation",
                found=swapped_prices[1],
            )

        swapped_names = prices_swapped(ctx)
        if swapped_names is not None:
            yield self.whole(
                ctx,
                f"Prices of '{swapped_names[0]}' and '{swapped_names[1]}' of the source "
                "given to each other in the translation",
                found=swapped_names[1],
            )
        swapped_specs = labels_swapped(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        )
        if swapped_specs is not None:
            yield self.whole(
                ctx,
                f"Figures of the {swapped_specs.first} ('{swapped_specs.first_figure}') and "
                f"the {swapped_specs.second} ('{swapped_specs.second_figure}') of the source "
                "given to each other in the translation",
                found=swapped_specs.found,
            )
        market = market_said_otherwise(ctx.pair.msgid, ctx.pair.msgstr)
        if market is not None:
            yield self.whole(
                ctx,
                f"Market '{market[0]}' of the source is '{market[1]}' in the translation",
                found=market[1],
            )

        era_mark = era_mark_changed(ctx.pair.msgid, ctx.pair.msgstr)
        if era_mark is not None:
            where = "of the source missing from" if era_mark[0] == "dropped" else "added in"
            yield self.whole(
                ctx,
                f"Date before the common era ('{era_mark[1]}') {where} the translation: its "
                "year or century is on the other side of the era",
                found=era_mark[1],
            )
        grounds = ground_changed(ctx.pair.msgid, ctx.pair.msgstr, memo=ctx.source_cache)
        for said, other in grounds:
            yield self.whole(
                ctx,
                f"Floor '{said}' of the source given on the other side of the ground as "
                f"'{other}' in the translation",
                found=other,
                suggestion=said,
            )
        floor = (
            None
            if grounds
            else floor_changed(
                mask_tags(ctx.pair.msgid),
                mask_tags(ctx.pair.msgstr),
                language(ctx.source_lang),
                language(ctx.locale),
                memo=ctx.source_cache,
            )
        )
        if floor is not None and not reported & {Decimal(floor[2]), ("ordinal", floor[2])}:
            yield self.whole(
                ctx,
                f"Floor '{floor[0]}' of the source given as '{floor[1]}' in the translation",
                found=floor[1],
                suggestion=floor[0],
            )
        for said, other in periods_changed(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        ):
            yield self.whole(
                ctx,
                f"'{said}' of the source given for another period in the translation: '{other}'",
                found=other,
            )
        for said, other in count_nouns_changed(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        ):
            yield self.whole(
                ctx,
                f"'{said}' of the source counts schools or places, '{other}' in the "
                "translation people",
                found=other,
            )
        road = lanes_changed(ctx.pair.msgid, ctx.pair.msgstr)
        if road is not None:
            yield self.whole(
                ctx,
                f"Lanes '{road[0]}' of the source ({road[1]} in all) given as '{road[2]}' "
                f"({road[3]} in all) in the translation",
                found=road[2],
                suggestion=road[0],
            )
        # a building's floors counted on both sides of the ground, one side in English
        swapped_scale = [] if grounds else scale_changed(ctx.pair.msgid, ctx.pair.msgstr)
        if swapped_scale:
            said, other = swapped_scale[0]
            yield self.whole(
                ctx,
                f"Floors above and below ground of the source ('{said}') given on the "
                f"other sides in the translation ('{other}')",
                found=other,
            )
        if ends_swapped(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        ):
            yield self.whole(
                ctx,
                "Dates of the works' start and completion of the source given the other "
                "way round in the translation (groundbreaking dated as the completion)",
            )
        if law_dates_swapped(
            ctx.pair.msgid,
            ctx.pair.msgstr,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        ):
            yield self.whole(
                ctx,
                "Dates of the law's promulgation and entry into force of the source given "
                "the other way round in the translation (promulgation dated as the entry "
                "into force)",
            )

        backwards = period_turned(ctx.pair.msgid, ctx.pair.msgstr)
        if backwards is not None:
            yield self.whole(
                ctx,
                f"Period '{backwards[0]}' of the source given from its end to its start in "
                f"the translation: '{backwards[1]}'",
                found=backwards[1],
                suggestion=backwards[0],
            )
        # (times the translation gives otherwise may be converted to its reader's zone)
        changed_zone = (
            None
            if times_differ
            else zone_changed(ctx.pair.msgid, ctx.pair.msgstr, memo=ctx.source_cache)
        )
        if changed_zone is not None:
            said, other = changed_zone
            yield self.whole(
                ctx,
                f"Time zone '{said}' of the source changed to '{other}' in the translation",
                found=other,
                suggestion=said,
            )
        # (a zone changed wherever the source's is reported above already)
        relabelled = (
            None if changed_zone is not None else zone_relabelled(ctx.pair.msgid, ctx.pair.msgstr)
        )
        if relabelled is not None:
            said, other = relabelled
            yield self.whole(
                ctx,
                f"Time '{said}' of the source given at the same hour in another zone in the "
                f"translation: '{other}'",
                found=other,
                suggestion=said,
            )
        dropped_zone = (
            None
            if times_differ
            else zone_dropped(ctx.pair.msgid, ctx.pair.msgstr, ctx.locale, memo=ctx.source_cache)
        )
        if dropped_zone is not None:
            yield self.whole(
                ctx,
                f"Time zone '{dropped_zone}' of the source missing from the translation",
                found=dropped_zone,
            )
        day_kept = (
            None
            if times_differ
            else converted_day_kept(ctx.pair.msgid, ctx.pair.msgstr, memo=ctx.source_cache)
        )
        if day_kept is not None:
            source_day, kept_day, should = day_kept
            day = "-".join(f"{part:02}" for part in should if part is not None)
            yield self.whole(
                ctx,
                f"Date '{source_day.text}' of the source kept as '{kept_day.text}' beside a "
                f"time the translation converts to another zone, where it falls on another "
                f"day ({day})",
                found=kept_day.text,
            )

        added = (
            None
            if times_differ or day_kept is not None
            else added_time_wrong(
                ctx.pair.msgid, ctx.pair.msgstr, ctx.source_lang, memo=ctx.source_cache
            )
        )
        if added is not None:
            given, there = added
            yield self.whole(
                ctx,
                f"'{given}' in the translation, the source's time given again in another "
                f"zone, is not the same moment (it is {there} there)",
                found=given,
            )

        source, target = mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr)

        # (a time whose figures differ is reported above already)
        slip = None if times_differ else afternoon_as_morning(source, target, ctx.locale)
        if slip is not None:
            yield self.whole(
                ctx,
                f"Afternoon time '{slip.source}' of the source is '{slip.target}' in the "
                "translation, which says no 午前/午後 and so reads it on the 24-hour clock",
                found=slip.target,
                suggestion=slip.source,
            )
        for flip in flips(source, target, memo=ctx.source_cache):
            if flip.quality:
                way, other = ("better", "worse") if flip.source_up else ("worse", "better")
                way, other = f"is for the {way}", f"is for the {other}"
            else:
                way, other = ("up", "down") if flip.source_up else ("down", "up")
                way, other = f"goes {way}", f"goes {other}"
            yield self.whole(
                ctx,
                f"Change '{flip.source}' of the source {way}, '{flip.target}' in the "
                f"translation {other}",
                found=flip.target,
            )
        for bound in bound_flips(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{bound.source}' of the source bounds the figure the other way from "
                f"'{bound.target}' in the translation (at least / at most)",
                found=bound.target,
            )
        for span in duration_unit_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{span.source}' of the source given in another unit of time, "
                f"'{span.target}', in the translation",
                found=span.target,
            )
        for price in tax_basis_flips(source, target):
            yield self.whole(
                ctx,
                f"'{price.source}' of the source and '{price.target}' of the translation "
                "differ on whether tax is included (税込 / 税抜, 부가세 포함 / 별도)",
                found=price.target,
            )
        against = tax_basis_against_the_list(source, target, lambda: _price_list_tax(ctx))
        if against is not None:
            price, inside = against
            yield self.whole(
                ctx,
                f"'{price.target}' of the translation says otherwise of tax than the release, "
                f"whose prices {'include' if inside else 'exclude'} it, for '{price.source}' "
                "(税込 / 税抜, 부가세 포함 / 별도)",
                found=price.target,
            )
        dropped = tax_basis_dropped(source, target)
        if dropped is not None:
            yield self.whole(
                ctx,
                f"'{dropped.source}' of the source says whether tax is included, "
                f"'{dropped.target}' of the translation does not (税込 / 税抜, 부가세 포함 / 별도)",
                found=dropped.target,
            )
        for bound in strictness_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{bound.source}' of the source and '{bound.target}' of the translation "
                "differ on whether the figure itself is included (以上 / 超, 이하 / 미만)",
                found=bound.target,
            )

        for deadline in deadline_changes(source, target, memo=ctx.source_cache):
            if deadline.included:
                says = f"'{deadline.source}' of the source takes its day in, '{deadline.target}'"
            else:
                says = (
                    f"'{deadline.target}' of the translation takes its day in, '{deadline.source}'"
                )
            yield self.whole(
                ctx,
                f"Deadline {says} leaves it out (まで / 前日まで, 까지 / 전까지, by / before)",
                found=deadline.target,
                suggestion=deadline.source,
            )

        for start in starts_said_as_ends(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{start.source}' of the source starts or ends a period on its day, "
                f"'{start.target}' of the translation the other (から / まで, 부터 / 까지, "
                "from / until)",
                found=start.target,
            )

        for part in month_part_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Part of the year '{part.source}' of the source is another in the "
                f"translation: '{part.target}' (初め / 半ば / 末, early / mid / late)"
                if part.of_year
                else f"Part of the month '{part.source}' of the source is another in the "
                f"translation: '{part.target}' (上旬 / 中旬 / 下旬, early / mid / late)",
                found=part.target,
                suggestion=part.source,
            )

        for part_of_range in range_part_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Part of the range '{part_of_range.source}' of the source is another in the "
                f"translation: '{part_of_range.target}' (前半 / 後半, low / high)",
                found=part_of_range.target,
                suggestion=part_of_range.source,
            )

        for garment in apparel_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{garment.source}' of the source is another {_APPAREL[garment.what]} in the "
                f"translation: '{garment.target}'",
                found=garment.target,
                suggestion=garment.source,
            )
        pointed = False
        for point in compass_changes(source, target, memo=ctx.source_cache):
            pointed = True
            yield self.whole(
                ctx,
                f"'{point.source}' of the source points the other way in the translation: "
                f"'{point.target}' (north / south, east / west)",
                found=point.target,
            )
        market = (
            None
            if pointed
            else market_changed(
                source,
                target,
                language(ctx.source_lang),
                language(ctx.locale),
                memo=ctx.source_cache,
            )
        )
        if market is not None:  # '北米および韓国' as 'North America and Europe'
            yield self.whole(
                ctx,
                f"Country or region '{market[0]}' of the source given as '{market[1]}' in "
                "the translation",
                found=market[1],
            )
        revision = revision_flip(source, target, memo=ctx.source_cache)
        if revision is not None:
            yield self.whole(
                ctx,
                f"Forecast revised '{revision.source}' in the source, '{revision.target}' "
                "in the translation",
                found=revision.target,
            )
        for turned in from_to_reversed(
            source, target, language(ctx.source_lang), language(ctx.locale), memo=ctx.source_cache
        ):
            yield self.whole(
                ctx,
                f"Change '{turned.source}' of the source given the other way round in the "
                f"translation: '{turned.target}'",
                found=turned.target,
            )
        for unit in points_as_percent(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{unit.source}' of the source is in percentage points, '{unit.target}' in "
                "the translation in percent",
                found=unit.target,
            )
        for unit in percent_as_points(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"'{unit.source}' of the source is in percent, '{unit.target}' in the "
                "translation in percentage points",
                found=unit.target,
            )
        for said, other, times in multiplier_as_percent(source, target, memo=ctx.source_cache):
            # ('1.5배' as '1.5%': the digits are the multiplier's too, so nothing else saw it)
            said_as, other_as = ("Multiplier", "percentage")
            if not times:
                said_as, other_as = ("Percentage", "multiplier")
            yield self.whole(
                ctx,
                f"{said_as} '{said}' of the source given as the {other_as} '{other}' in the "
                "translation",
                found=other,
                suggestion=said,
            )

        for bare in percents_dropped(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Percentage '{bare.source}' of the source written '{bare.target}' in "
                "the translation, without its percent sign",
                found=bare.target,
                suggestion=bare.source,
            )

        source_lang, target_lang = language(ctx.source_lang), language(ctx.locale)
        allergens = allergens_dropped(source, target, source_lang, target_lang)
        if allergens is not None:
            yield self.whole(
                ctx,
                f"Allergens '{allergens[0]}' of the source given with an item fewer in the "
                f"translation: '{allergens[1]}'",
                found=allergens[1],
            )
        ordinal = ordinal_said_as_count(
            source, target, source_lang, target_lang, memo=ctx.source_cache
        )
        if ordinal is not None:
            yield self.whole(
                ctx,
                f"Number '{ordinal[0]}' of the source given as '{ordinal[1]}' in the "
                "translation (an ordinal and a count)",
                found=ordinal[1],
                suggestion=ordinal[0],
            )
        for rating in [
            *rating_changes(source, target, memo=ctx.source_cache),
            *grade_changes(source, target, memo=ctx.source_cache),
        ]:
            yield self.whole(
                ctx,
                f"Rating '{rating.source}' of the source changed to '{rating.target}' in the "
                "translation",
                found=rating.target,
                suggestion=rating.source,
            )
        moved = rating_reversed(source, target, memo=ctx.source_cache)
        if moved is not None:
            yield self.whole(
                ctx,
                f"Change '{moved.source}' of the source given the other way round in the "
                f"translation: '{moved.target}'",
                found=moved.target,
            )
        for what, said, other in rating_action_turned(
            source,
            target,
            language(ctx.source_lang),
            language(ctx.locale),
            memo=ctx.source_cache,
        ):
            yield self.whole(
                ctx,
                f"The {what} of the source, '{said}', is '{other}' in the translation",
                found=other,
                suggestion=said,
            )

        for unit_change in unit_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Unit of '{unit_change.source}' of the source changed in the translation: "
                f"'{unit_change.target}'",
                found=unit_change.target,
                suggestion=unit_change.source,
            )

        # one finding for a target's years swapped, though both years are
        for year in year_parts_swapped(source, target, memo=ctx.source_cache)[:1]:
            said, other = ("base", "target") if year.part == "base" else ("target", "base")
            yield self.whole(
                ctx,
                f"The {said} year '{year.source}' of the source is the {other} year in the "
                f"translation: '{year.target}'",
                found=year.target,
                suggestion=year.source,
            )

        for sides in sides_swapped(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Dimensions '{sides.source}' of the source given to other sides in the "
                f"translation: '{sides.target}'",
                found=sides.target,
                suggestion=sides.source,
            )
        below = signs_dropped(source, target, memo=ctx.source_cache)
        for below_zero in below:
            yield self.whole(
                ctx,
                f"Temperature '{below_zero.source}' of the source is below zero, "
                f"'{below_zero.target}' in the translation above it",
                found=below_zero.target,
                suggestion=below_zero.source,
            )

        # a temperature's figure reported above is not reported again as a figure
        reported = {re.sub(r"\D*$", "", b.target) for b in below}
        for negative in negatives_dropped(source, target, memo=ctx.source_cache):
            if negative.target in reported:
                continue
            lacks = (
                "no minus, where the range's other bound keeps its own"
                if negative.bound
                else "no minus, brackets or word of a fall or loss"
            )
            yield self.whole(
                ctx,
                f"Figure '{negative.source}' of the source is negative, '{negative.target}' "
                f"in the translation has {lacks}",
                found=negative.target,
                suggestion=negative.source,
            )

        for change in weekday_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Weekday of '{change.source}' in the source is another day in the "
                f"translation: '{change.target}'",
                found=change.target,
                suggestion=change.source,
            )
        for off_day in calendar_slips(source, target):
            yield self.whole(
                ctx,
                f"Weekday of '{off_day.target}' in the translation is not the date's: the "
                f"calendar makes it a {off_day.weekday}",
                found=off_day.target,
            )
        for recurring in recurring_day_changes(source, target, memo=ctx.source_cache):
            if recurring.left_out:
                yield self.whole(
                    ctx,
                    f"Day of the week '{recurring.target}' of the source missing from the "
                    "translation",
                    found=recurring.target,
                )
                continue
            yield self.whole(
                ctx,
                f"Day of the week '{recurring.source}' of the source changed to "
                f"'{recurring.target}' in the translation",
                found=recurring.target,
                suggestion=recurring.source,
            )

        for compared in comparison_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Change measured '{compared.source}' in the source, '{compared.target}' in "
                "the translation",
                found=compared.target,
                suggestion=compared.source,
            )

        for dividend in dividend_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Dividend '{dividend.source}' of the source is '{dividend.target}' in the "
                "translation",
                found=dividend.target,
                suggestion=dividend.source,
            )

        for basis in basis_changes(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Price counted per '{basis.source}' in the source, per '{basis.target}' "
                "in the translation",
                found=basis.target,
                suggestion=basis.source,
            )

        languages = language(ctx.source_lang), language(ctx.locale)
        for premium in premium_base_changes(source, target, *languages, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Premium of {premium.percent} measured over '{premium.source}' in the source, "
                f"over '{premium.target}' in the translation",
                found=premium.target,
                suggestion=premium.source,
            )


_PARTIES = frozenset({Kind.ORG, Kind.PERSON, Kind.BRAND, Kind.PLACE})


def _party_changes(
    ctx: TranslationContext,
) -> tuple[Swap | None, tuple[str, str, str] | None]:
    """Two parties' figures of the msgid given the other way round in the msgstr, else a
    party's place in a ranking given otherwise: the parties are glossary names and the
    short forms the release defines for them (read once for both; the msgid's figures
    and their owners once for every catalog of the release, the msgstr's names only where
    the msgid's figures have owners)."""
    from prlocalize.rules.pair_readings import Mention, party_changes

    mine = [
        Mention(m.start, m.end, m.entry.id, m.text)
        for m in source_matches(ctx)
        if m.entry.kind in _PARTIES
    ]
    if len({m.key for m in mine}) < 2:
        return None, None
    # the verdict depends on the glossary: the pair is not one to remember as clean
    ctx.cache[FIGURES_OF_THE_PAIR_ALONE] = False
    source, target = mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr)
    return party_changes(
        source, target, mine, lambda: _their_parties(ctx, mine, Mention), memo=ctx.source_cache
    )


def _their_parties(
    ctx: TranslationContext, mine: list[Mention], mention: type[Mention]
) -> list[Mention]:
    """The parties the msgstr names of those the msgid names (``mine``): glossary names,
    and the short forms the release defines for them (``mention``: the class of
    party_values, which is imported only when a pair is read)."""
    target = mask_tags(ctx.pair.msgstr)
    theirs = [
        mention(m.start, m.end, m.entry.id, m.text)
        for m in target_matches(ctx)
        if m.entry.kind in _PARTIES
    ]
    keys = {m.key for m in mine}
    for key, forms in ctx.defined.items():
        if key not in keys:
            continue
        for form in forms:
            theirs.extend(
                mention(at, at + len(form), key, form) for at in _written_at(form, target)
            )
    return theirs


def _written_at(form: str, text: str) -> Iterator[int]:
    """Where ``form`` stands in ``text`` as a word of its own (Latin letters around it
    are another word: 'Minato' of 'Minatomirai')."""
    at = text.find(form)
    while at != -1:
        end = at + len(form)
        if not (at and text[at - 1].isalnum() and text[at - 1].isascii()) and not (
            end < len(text) and text[end].isalnum() and text[end].isascii()
        ):
            yield at
        at = text.find(form, at + 1)


class FigureLeftOut(TranslationRule):
    """Stock code, timestamp, date or designation of the source left out of the translation

    Localised releases routinely drop the stock codes after a company's name, the
    wire service's timestamp, the dateline and a date said once already; each item
    left out is reported once, as the source writes it, so that a reviewer can
    confirm the omission was meant. A changed one is a number-mismatch.

    Why is this bad?
        Usually it is not: official translations drop these as a matter of course,
        so it is information for the reviewer, not a warning (raise it with
        ``[tool.prlocalize.severity] PR409 = "warning"`` where every item must
        stay). A date that matters to the reader (an event's, a deadline) should stay.

    Example:
        In a ``ja`` catalog::

            msgid "Takeda (TSE: 4502) opened the lab."
            msgstr "武田薬品は研究所を開設しました。"

    Use instead:
        ::

            msgstr "武田薬品（東証：4502）は研究所を開設しました。"

    Fix safety:
        No automatic fix.
    """

    code = "PR409"
    name = "figure-left-out"
    severity = Severity.INFO

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        for difference in figure_differences(ctx):
            item = difference.item
            if (
                difference.changed_to is None
                and (item.routine or outline_marker(ctx, item))
                and not difference.ends_period
                and not announced_today(ctx, item)
            ):
                label = _FIGURE_LABELS.get(item.kind, "Number")
                if item.area is not None:
                    label = "Area restated"  # ('（約2,571坪）': a conversion, of no currency)
                message = f"{label} '{item.text}' of the source left out of the translation"
                yield self.whole(ctx, message, found=item.text)


def _price_list_tax(ctx: TranslationContext) -> bool | None:
    """What the catalog's notes on prices say of tax for all of them (worked out once per
    catalog: see directions.price_list_tax)."""
    if "price-list-tax" not in ctx.catalog_cache:
        from prlocalize.catalog.directions import price_list_tax

        listed = price_list_tax([pair.msgid for pair in ctx.catalog])
        ctx.catalog_cache["price-list-tax"] = listed
    said: bool | None = ctx.catalog_cache["price-list-tax"]
    return said


_FIGURE_LABELS = {
    "date": "Date",
    "month": "Month",
    "fiscal": "Fiscal period",
    "quarter": "Quarter",
    "stock": "Stock code",
    "timestamp": "Timestamp",
    "time": "Time",
    "times": "Multiplier",
    "conversion": "Currency conversion",
    "code": "Designation",
    "version": "Version",
    "half": "Half year",
    "half-said": "Half year",
    "ratio": "Ratio",
    "month-day": "Date",
    "day-mark": "Next-day mark",
}


class UrlMismatch(TranslationRule):
    """URL or e-mail address of the source missing or altered in the translation

    Why is this bad?
        A changed address sends readers (and journalists' replies) nowhere, or to
        someone else. A link localised on the same site (``/en/`` → ``/ja/``,
        ``?lang=ja``) is the page in the translation's language, not a change.

    Example:
        In a ``ja`` catalog::

            msgid "Write to pr@example.com."
            msgstr "pr@example.jpまでご連絡ください。"

    Use instead:
        ::

            msgstr "pr@example.comまでご連絡ください。"

    Fix safety:
        No automatic fix.
    """

    code = "PR405"
    name = "url-mismatch"
    severity = Severity.ERROR

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        msgstr = ctx.pair.msgstr
        kept: list[str] | None = None
        for text, _, _ in links(mask_tags(ctx.pair.msgid)):
            if text in msgstr and _written_whole(text, msgstr):
                continue
            kind = "E-mail address" if "@" in text and "://" not in text else "URL"
            if kind == "URL":
                if kept is None:
                    from prlocalize.urls import localized_link

                    kept = [other for other, _, _ in links(mask_tags(msgstr))]
                if any(localized_link(text, other, ctx.locale) for other in kept):
                    continue  # /en/ → /ja/, ?lang=ja on the same site: the page in its language
            yield self.whole(
                ctx,
                f"{kind} '{text}' missing or altered in the translation",
                found=text,
                suggestion=text,
            )


# what would make an address found in a translation part of a longer one: more letters of
# its last label or path ('pr@example.co' in 'pr@example.com'), another label
# ('pr@example.com' in 'pr@example.com.kr'), or more of an e-mail's local part before it
_ADDRESS_GOES_ON = lazy_compile(r"[A-Za-z0-9_\-]|\.[A-Za-z0-9]")
_LOCAL_PART = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def _written_whole(address: str, msgstr: str) -> bool:
    """Whether ``msgstr`` writes ``address`` somewhere as a whole, not inside a longer one."""
    start = msgstr.find(address)
    while start != -1:
        end = start + len(address)
        before_ok = "@" not in address or not start or msgstr[start - 1] not in _LOCAL_PART
        if before_ok and _ADDRESS_GOES_ON.match(msgstr, end) is None:
            return True
        start = msgstr.find(address, start + 1)
    return False


class MarkupMismatch(TranslationRule):
    """Inline markup of the source missing, altered or broken in the translation

    Why is this bad?
        Links and emphasis are carried into the published page from the
        translation; a lost link or a changed address breaks the page. Bold moved
        from the figure the source stresses to another ('**$48 million** (about ¥7.2
        billion)' as '4,800万ドル（約**72億円**）') stresses what the release does not.
        An element in the translation of a sentence without markup ('<br>' to break a
        headline) is refused by build, which publishes the source sentence instead,
        and so is a direction override, embedding or isolate the source does not have
        (U+202E shows 'lertseK' as 'Kestrel': the page says what no reviewer read).
        Other invisible characters a paste brought (PR412) are left out of the page.
        A link's ``title`` (its tooltip, '[the plan](/plan/ "Harbour plan")' in
        Markdown) is text: translated, it is no change to the markup. A site
        template's output in a sentence ('{{ site.data.company.name }} will run the
        fund', Jekyll, Eleventy, Jinja) is markup the site fills in: translated or lost,
        the page shows the words instead of the value or loses it. Inline code (a
        command, an endpoint, a setting in ``<code>``) is kept character for
        character: its text changed ('enabled = false' as 'enabled = true') is a
        different command; written again where the translation repeats its noun, it is
        no markup added, and a key's caption put in Japanese or Korean is translated.
        So is code a plain-text release names without markup: a function with its
        brackets ('sorae_rt.compile()') or a name joined by underscores ('max_batch_size').

    Example:
        In a ``ja`` catalog::

            msgid "See the <a href=\\"https://www.shonan-ipark.com/\\">website</a>."
            msgstr "ウェブサイトをご覧ください。"

    Use instead:
        ::

            msgstr "<a href=\\"https://www.shonan-ipark.com/\\">ウェブサイト</a>をご覧ください。"

    Fix safety:
        No automatic fix: which words the markup spans is the translator's call.
    """

    code = "PR406"
    name = "markup-mismatch"
    severity = Severity.ERROR

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        if "{{" in ctx.pair.msgid or "{{" in ctx.pair.msgstr:
            yield from self._template_outputs(ctx)
        # a function or a setting named without markup ('API「sorae_rt.compile()」')
        named = identifiers(ctx.pair.msgid)
        if named:
            yield from self._code_altered(ctx, named, identifiers(ctx.pair.msgstr))
        try:
            source = markup_elements(ctx.pair.msgid)
        except MarkupError:
            return
        if source is None:
            # a sentence without markup: build publishes its translation as text, and
            # refuses one that writes an element (the source sentence goes out instead)
            for tag in tags_added_to_plain(ctx.pair.msgid, ctx.pair.msgstr):
                yield self.whole(ctx, f"Inline markup '{tag}>' not in the source", found=tag)
            return
        try:
            target = markup_elements(ctx.pair.msgstr)
        except MarkupError:
            yield self.whole(ctx, "Inline markup of the translation is not well formed")
            return
        target = target or type(source)()
        missing = sorted((source - target).elements())
        extra = sorted((target - source).elements())
        source_code, target_code = code_texts(ctx.pair.msgid), code_texts(ctx.pair.msgstr)
        for tag, text in (target_code - source_code).elements():
            # a command the source writes, written again where the translation repeats
            # its noun ('…に代わるもので、<code>POST /v2/jobs</code>は…'): no markup added
            if (tag, text) in source_code and f"<{tag}>" in extra:
                extra.remove(f"<{tag}>")
        yield from self._code_altered(ctx, source_code, target_code)
        for element in missing:
            altered = next((e for e in extra if _tag(e) == _tag(element)), None)
            if altered is not None:
                extra.remove(altered)
                if _untitled(element) == _untitled(altered):
                    continue  # a link's title is text a reader sees: translated, as it should be
                if _localized(_untitled(element), _untitled(altered), ctx.locale):
                    continue  # /en/ → /ja/, ?lang=ja on the same site: the page in its language
                yield self.whole(
                    ctx,
                    f"Inline markup '{element}' altered to '{altered}' in the translation",
                    found=altered,
                    suggestion=element,
                )
            else:
                yield self.whole(
                    ctx, f"Inline markup '{element}' missing from the translation", found=element
                )
        for element in extra:
            yield self.whole(ctx, f"Inline markup '{element}' not in the source", found=element)
        if not missing and not extra and "<" in ctx.pair.msgstr:
            moved = emphasis_moved(ctx.pair.msgid, ctx.pair.msgstr)
            if moved is not None:
                yield self.whole(
                    ctx,
                    f"Figure '{moved}' the source sets in bold is not in bold in the translation",
                    found=moved,
                )

    def _code_altered(
        self,
        ctx: TranslationContext,
        source: Counter[tuple[str, str]],
        target: Counter[tuple[str, str]],
    ) -> Iterator[Finding]:
        """Inline code whose text the translation changed ('enabled = false' as 'enabled =
        true'): paired in order with the translation's code of the same tag the source
        does not write; one put in Japanese or Korean words (a menu label) is translated."""
        changed = [
            (tag, text)
            for tag, text in (target - source).elements()
            if (tag, text) not in source and not translated_code(text)
        ]
        for tag, text in (source - target).elements():
            altered = next((c for c in changed if c[0] == tag), None)
            if altered is None:
                continue  # dropped with its element: reported as markup missing
            changed.remove(altered)
            yield self.whole(
                ctx,
                f"Inline code '{text}' altered to '{altered[1]}' in the translation",
                found=altered[1],
                suggestion=text,
            )

    def _template_outputs(self, ctx: TranslationContext) -> Iterator[Finding]:
        """A site template's output ('{{ site.data.company.name }}') the source writes and
        the translation lost or changed, or one the translation made up."""
        source, target = template_outputs(ctx.pair.msgid), template_outputs(ctx.pair.msgstr)
        for output in sorted((source - target).elements()):
            yield self.whole(
                ctx, f"Template output '{output}' missing from the translation", found=output
            )
        for output in sorted((target - source).elements()):
            yield self.whole(ctx, f"Template output '{output}' not in the source", found=output)


_HREF = lazy_compile(r' href="([^"]*)"')
# a title (a link's tooltip, '[text](url "Title")' in Markdown) is text, not markup
_TITLE = lazy_compile(r' title="[^"<>]*"')


def _untitled(element: str) -> str:
    """``element`` with its title's text left out (that it has one is kept)."""
    return _TITLE.sub(' title=""', element) if " title=" in element else element


_BOLD = lazy_compile(r"<(strong|b)>([^<]{1,300})</\1>")


def emphasis_moved(msgid: str, msgstr: str) -> str | None:
    """A figure the source sets in bold that the translation writes out of bold (its
    bold on something else): only a figure the translation has, outside its bold."""
    # imported here: the figure reader costs a tenth of a second to import, and a check
    # of releases (no catalog) never needs it
    from prlocalize.catalog.figures import items as figure_items

    stressed = [item for m in _BOLD.finditer(msgid) for item in figure_items(m[2])]
    if not stressed:
        return None
    spans = [m.span(2) for m in _BOLD.finditer(msgstr)]
    inside = [item for start, end in spans for item in figure_items(msgstr[start:end])]
    outside = figure_items(_BOLD.sub(lambda m: " " * len(m[0]), msgstr))
    for item in stressed:
        if any(item.fits(other) for other in inside):
            continue
        if any(item.fits(other) for other in outside):
            return item.text
    return None


def _localized(element: str, altered: str, locale: str) -> bool:
    """Whether ``altered`` is ``element`` with its link localised (see :mod:`prlocalize.urls`)."""
    from prlocalize.urls import localized_link

    old, new = _HREF.search(element), _HREF.search(altered)
    if old is None or new is None:
        return False
    same_rest = _HREF.sub("", element, count=1) == _HREF.sub("", altered, count=1)
    return same_rest and localized_link(old.group(1), new.group(1), locale)


def _tag(element: str) -> str:
    return element[1:].split(" ", 1)[0].rstrip(">")


# a model number, SKU or version: letters and digits run together or joined by hyphens,
# dots or slashes ('HB-PW5-GR', 'KX9000', 'v2.3.1'), the same in every language; one
# with a digit (see _designations: a lookahead for it rescanned a long run of hyphens
# from each of them)
_DESIGNATION = lazy_compile(r"(?<![A-Za-z\d])[A-Za-z\d]+(?:[-./][A-Za-z\d]+)*(?![A-Za-z\d])")


# an identifier's label in capitals before it ('DOI: 10.1038/…', 'ISBN 978-4-…', 'PMID:
# 3812'), which every language keeps with it: with a colon, or before an identifier in parts
_ID_LABEL = lazy_compile(r"(?<![A-Za-z])[A-Z]{2,6}(?:\s?[:：]\s?|(\s))$")


def _designations(text: str) -> list[tuple[int, int]]:
    """The spans of the model numbers, SKUs and versions of ``text`` (with their labels)."""
    spans = []
    for m in _DESIGNATION.finditer(text):
        if not any(c.isdigit() for c in m.group()):
            continue
        start = m.start()
        label = _ID_LABEL.search(text, max(0, start - 10), start)
        if label is not None and (label[1] is None or any(c in m.group() for c in "./-")):
            start = label.start()
        spans.append((start, m.end()))
    return spans


class IdenticalTranslation(TranslationRule):
    """Translation identical to the source text in another script

    Why is this bad?
        A Japanese or Korean page with English sentences copied into it reads as
        unfinished; usually the message was confirmed without being translated.
        Names without an approved form, brands and addresses are allowed, and so
        are model numbers, SKUs and versions ('HB-PW5-GR', 'v2.3.1'), which no
        translation changes.

    Example:
        In a ``ja`` catalog::

            msgid "Press Release"
            msgstr "Press Release"

    Use instead:
        ::

            msgstr "プレスリリース"

    Fix safety:
        No automatic fix.
    """

    code = "PR407"
    name = "identical-translation"
    severity = Severity.WARNING

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        pair = ctx.pair
        if pair.msgstr.strip() != pair.msgid.strip():
            return
        allowed = [
            (m.start, m.end)
            for m in source_matches(ctx)
            if m.entry.dnt or not m.entry.approved(ctx.locale)
        ]
        source = mask_tags(pair.msgid)
        kept = _designations(source)
        text = blank(source, allowed + kept + [(s, e) for _, s, e in links(pair.msgid)])
        foreign = [w for w in words(text) if is_foreign(w[0][0], ctx.locale)]
        if any(len(word) >= 2 for word, _, _ in foreign):
            yield self.whole(ctx, f"Translation identical to the source '{pair.msgid}'")


class SourceScriptLeft(TranslationRule):
    """Words of the source language left in the translation

    Why is this bad?
        A run of English words inside a Japanese or Korean sentence is a part the
        translator (or the machine) skipped. Glossary names and brands are allowed,
        and so is an official English name kept in brackets as the source writes it
        (「Shonan iPark Open Innovation Program」) or in italics (a journal's title,
        ``<em>Journal of Cardiac Rhythm</em>``), a name the source spells out before its
        acronym, whole or by its opening words ('Science Based Targets' of 'the Science
        Based Targets initiative (SBTi)'), and a web address without its scheme as the
        source writes it ('example.com/news', a link's text or not), a person named
        with initials as the source writes them ('R. K. Mensah', 'Daniel P. Oyelaran':
        an author list's or a citation's), and a company's name with its legal form as
        the source writes it ('Halvorsen & Pike LLP', 'Tamsin Optics Inc.': a foreign
        company, as a career line or a partner's mention keeps it), a product's or a
        service's name as the source writes it, where a word of it is shaped like a
        brand or an acronym ('SecureGate Client for macOS', 'AWS, Microsoft Azure,
        Google Cloud'; not in a headline set in title case), and inline code
        (``<code>datahub sync --plan</code>``: a command is no English). In a Korean
        translation of a Japanese release, Japanese with its kana ('年間取扱高の拡大を目指します',
        '新会社の資本金') is such a part: Korean writes no kana, though it may write a
        word in hanja ('日 정부'); so
        is Korean in a Japanese translation of a Korean release ('자세한 내용은
        公式サイトで'), which writes no Hangul but a name's original in brackets: one
        syllable written onto a word or a name is such a part too ('院長님は', an
        honorific left). A
        Chinese translation writes neither kana nor Hangul: Japanese or Korean left in
        it ('本公司は2030年度までに', '자세한 내용은') is such a part too. A
        figure left in the units Japanese and Korean count large numbers in ('KRW 3,000억',
        '¥300億' in an English translation) is one too: its reader cannot check it. So
        is a Japanese or Korean honorific kept after a name in Latin letters, one word
        though it is ('Kenji Ashida 氏', 'Professor Morishita 様', 'Yuna Seo 님': a
        programme's speaker line translated), or romanised onto it where the source
        gives the person one ('Kiyosawa-san' for '清沢 陽翔 氏'); not a label's pair
        ('Name 氏名'), nor 'Fuji-san' for '富士山'. So is a link's text kept as the
        source writes it where it is a link word or the page it opens ('詳細は<a …>project
        page</a>をご覧ください', '<a …>자세히 보기</a>' in English), one or two words
        though it is; not a name on the link ('LINE').

    Example:
        In a ``ja`` catalog::

            msgid "The participants talked about advanced biotechnology."
            msgstr "参加者は talked about advanced biotechnology について議論した。"

    Use instead:
        ::

            msgstr "参加者は先端バイオテクノロジーについて議論した。"

    Fix safety:
        No automatic fix.
    """

    code = "PR408"
    name = "source-script-left"
    severity = Severity.WARNING

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        pair = ctx.pair
        if pair.msgstr.strip() == pair.msgid.strip():
            return  # identical-translation reports it
        allowed = [(m.start, m.end) for m in target_matches(ctx)]
        allowed += [(m.start, m.end) for m in ctx.source_matcher.find(pair.msgstr)]
        allowed += [(s, e) for _, s, e in links(pair.msgstr)]
        # a web address without its scheme ('aozorawings.example/busan') kept as the source
        # writes it (one changed on the way, '…/pusan', is still reported)
        allowed += [
            m.span() for m in _BARE_ADDRESS.finditer(pair.msgstr) if m.group() in pair.msgid
        ]
        allowed += kept_names(pair.msgid, pair.msgstr)
        allowed += kept_company_names(pair.msgid, pair.msgstr)  # 'Halvorsen & Pike LLP'
        from prlocalize.catalog.units import measure_spans

        allowed += measure_spans(pair.msgstr)  # '16.2km/L(38mpg)': units, in any language
        allowed += code_spans(pair.msgstr)  # a command or an endpoint is no prose
        text = blank(mask_tags(pair.msgstr), allowed)
        # the source's own script, which the translation's language never writes
        # (a translation that writes Han letters shares the source's kanji or hanja: the
        # kana or Hangul around them tell Japanese or Korean left, in Korean, Chinese or
        # Japanese alike)
        left: list[tuple[int, int]] = []
        target_scripts = expected_scripts(ctx.locale)
        if Script.HAN in target_scripts:
            if language(ctx.source_lang) == "ja" and not target_scripts & _KANA:
                left = list(japanese_runs(text))
            elif language(ctx.source_lang) == "ko" and Script.HANGUL not in target_scripts:
                left = list(korean_runs(text, mask_tags(pair.msgstr)))
        for start, end in left:
            found = pair.msgstr[start:end]
            yield self.finding(
                ctx.path,
                pair.source_span(start, end),
                f"Source-language text left in the translation: '{found}'",
                found=found,
            )
        source_scripts = expected_scripts(ctx.source_lang) - expected_scripts(ctx.locale)
        if not any(is_cjk(script) for script in expected_scripts(ctx.locale)):
            for match in _CJK_SCALE.finditer(text):
                start, end = _figure_start(text, match.start()), match.end()
                left.append((start, end))
                found = pair.msgstr[start:end]
                yield self.finding(
                    ctx.path,
                    pair.source_span(start, end),
                    f"Figure left in the source's units in the translation: '{found}'",
                    found=found,
                )
        if any(count >= _SOURCE_RUN_MIN_WORDS for _, _, count in runs(text, source_scripts)):
            # a product's name as the source writes it ('SecureGate Client for macOS'),
            # looked for only where a long run of the source's words stands
            text = blank(text, kept_product_names(pair.msgid, pair.msgstr))
        for start, end, count in runs(text, source_scripts):
            if any(s <= start < e for s, e in left):
                continue  # (reported whole, with its kanji)
            if count >= _SOURCE_RUN_MIN_WORDS:
                left.append((start, end))
                found = pair.msgstr[start:end]
                yield self.finding(
                    ctx.path,
                    pair.source_span(start, end),
                    f"Source-language text left in the translation: '{found}'",
                    found=found,
                )
        yield from self._honorifics_left(ctx, left)
        yield from self._link_words_left(ctx, left)

    def _link_words_left(
        self, ctx: TranslationContext, left: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """A link's text the source gives as a link word or the page it opens ('project
        page', 'click here', 'こちら', '자세히 보기') kept as the source writes it on the
        translation's link: one or two words, fewer than a run needs, and no name."""
        pair = ctx.pair
        if "</a>" not in pair.msgstr:
            return
        key = _LINK_LANGUAGES.get(language(ctx.source_lang))
        if key is None or language(ctx.locale) == language(ctx.source_lang):
            return
        from prlocalize.rules.links import CALLS_TO_ACTION, LINK_WORDS, trim_link_text

        said = {trim_link_text(m[1]) for m in _LINK_TEXT.finditer(pair.msgid)}
        for match in _LINK_TEXT.finditer(pair.msgstr):
            text = trim_link_text(match[1])
            if not text or text not in said or (key == "English" and text.isupper()):
                continue  # (translated, or a design label in capitals: 'MORE')
            if LINK_WORDS[key].match(text) is None and CALLS_TO_ACTION[key].match(text) is None:
                continue  # a name on the link ('LINE', 'Shonan iPark')
            start, end = match.span(1)
            if any(s < end and start < e for s, e in left):
                continue  # (reported as a run already)
            yield self.finding(
                ctx.path,
                pair.source_span(start, end),
                f"Link text left in the source language: '{text}'",
                found=text,
            )

    def _honorifics_left(
        self, ctx: TranslationContext, left: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """A Japanese or Korean honorific kept after a name in Latin letters ('Kenji Ashida
        氏' for '芦田 健司 氏'): one word, fewer than a run needs, and never a name's own."""
        pair = ctx.pair
        if any(is_cjk(script) for script in expected_scripts(ctx.locale)):
            return
        spans = honorifics_after_latin_names(mask_tags(pair.msgstr))
        if language(ctx.source_lang) in ("ja", "ko") and has_honorific(pair.msgid):
            spans += romanised_honorifics(pair.msgstr)  # 'Kiyosawa-san' for '清沢 陽翔 氏'
        for start, end in spans:
            found = pair.msgstr[start:end]
            if any(s <= start < e for s, e in left):
                continue
            yield self.finding(
                ctx.path,
                pair.source_span(start, end),
                f"Honorific '{found}' left after a name in the translation",
                found=found,
            )


_KANA = frozenset({Script.HIRAGANA, Script.KATAKANA})


# a host name with a lower-case top-level domain and perhaps a path, at the start of a
# word ('www.' or not): a domain is no text in the source's language left untranslated
_BARE_ADDRESS = lazy_compile(
    r"(?<![A-Za-z0-9_@.-])(?:[A-Za-z0-9-]+\.)+[a-z]{2,24}\b(?:/[A-Za-z0-9._~%+&=?#/:@-]*)?"
)


def _figure_start(text: str, end: int) -> int:
    """Where the figure whose last digit is at ``end`` starts ('3,000' of '3,000억')."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",."):
        start -= 1
    return start


class NegationMismatch(TranslationRule):
    """Negation of the source missing from the translation, or one added

    A translation that keeps every figure and name but drops a 'not' says the opposite
    ('Applications submitted after the deadline will not be accepted' as
    '締切後に提出された申請も受け付けます'), and so does one that adds a negation the
    source does not have. The source's negation is read narrowly, as a predicate said
    not to hold ('will not', 'has no plans', '受け付けません', '호환되지 않는다'), leaving
    out idioms that say something positive ('no later than', 'not only', 'なければ
    ならない', '欠かせない', '뿐만 아니라', '끊임없이'); the translation's broadly, as any
    negative word, prefix or word of keeping and ending ('未定', '不要', '対象外', 'free
    of', 'unchanged', '据え置き', 'only'; a service, a shop or a flight said not to run:
    '運休', '欠航', '휴관', 'suspended'), so that a negation said otherwise counts. Only a
    translation with none at all is reported, and only as a warning: what a sentence
    means is the reviewer's to judge. So is a price said free where the source says paid
    ('無料' as 'paid', '유료' as '무료'; '高校生以下無料' as 'high school students ¥500', a
    sum the source does not give where nothing is said free), a price at a premium said
    to be at a discount ('38.6%のプレミアム' as '38.6% 할인'), and a tax or fee said left
    out where the source says it is included ('including taxes' as '税別', '세금 포함' as
    'plus tax'), a country a licence's territory leaves out said taken in ('日本を除く全世界'
    as 'worldwide, including Japan', '일본을 포함한'), a sum said in part where the source
    says all of it ('전액' as 'part of'), or the other way round, and a result said to
    fall short of a forecast where the source says
    it exceeds it ('前回予想を上回る' as '이전 전망을 밑돌'); and an approximate figure
    ('about 80,000', '約72億円', '약 8만', '2030年頃') in a translation with no word that
    keeps any figure from being exact, or the other way round, a figure the source
    states exact made approximate ('812 patients' as '約812人'; not where the source has
    such a word, or '規模', '상당', 'worth'); so is a limit ('최대 5Mbps', 'up to 80
    guests', '最大80席', '50만 명 이상', '120万人を超え', '120만 명을 넘어섰다', a version's
    '7.2.4 and later', '4.8 and earlier', '22.04 or newer') stated as the figure itself
    ('speeds of 5 Mbps', '80席', '1.2 million users', 'p<0.001' as 'p=0.001',
    'SecureGate 7.2.4'), and each limit of a message is asked, a loan's amount and
    its term ('最大1億円、最長35年', '최장 35년') as two. A rate's or an amount's period
    said as the other ('3.25% per annum' as '월 3.25%', '월 최대 3만 원' as '30,000 won a
    year'; not a date's month nor a span in years) and a loan's rate said fixed where the
    source says variable ('변동금리' as 'a fixed rate'), or the other way round, are
    turned round. A contrast the source says with 'rather than' ('in minutes
    rather than days' as '며칠이 아닌 몇 분 만에') is no negation added. A Japanese
    'there is none' ('影響はない', '差はなく') is a negation, and so
    is an adjective said not to hold ('大きくない', '高くなかった'; not '少なくない', many),
    and 'no difference' may be said as likeness ('were similar', '同程度', '비슷했다'),
    'cannot' as 'it is difficult', as notices politely say it ('visitors who cannot
    travel' as '방문이 어려운 분들', '来場が難しい方'), and
    'not large' as a degree next to none ('had little effect', 'a limited impact', '軽微',
    '미미', '제한적'); the Korean 'however' ('다만') and 'but' ('하지만') are no 'only'; the
    translation's word for a fall the source speaks of ('하락' as 'decline') or for a
    limited offer it names ('限定色' as '한정 색상') is no negation of its own. A
    listing the source says is kept ('상장은 유지된다', 'will
    remain listed', 'will not be delisted') said as ended ('上場廃止となる') is reported,
    and the other way round, and so is a loss said as a profit ('영업손실' as 'operating
    profit', '赤字' as '흑자'). In an incident notice, what the source says was not
    touched said as touched ('含まれておりません' as 'was included', '포함되지 않았습니다'
    as '포함되었습니다'; even where the translation keeps another 'not' of the sentence),
    or the other way round, is reported; so is an apology ('お詫び申し上げます', '사과드립니다',
    'we apologize') said as mere regret ('遺憾', '유감', 'we regret'), and a possibility
    ('漏えいした可能性があります', '유출 가능성이 있다', 'may have been accessed',
    'suspected') stated as a fact in a translation with no word of possibility, risk,
    suspicion or estimate ('was leaked'); new possibilities ('新たな可能性') and 'as soon
    as possible' are no hedge. A product's test by a doctor or a patch test
    ('dermatologically tested', '피부과 테스트 완료', 'パッチテスト済み') said with no word of
    that test ('recommended by dermatologists', '皮膚科医が推奨') is a claim the source does
    not make, and is reported too. So is a plan a ministry ends its sentence with
    ('입법예고할 예정이다', '公表する予定です') stated as done ('gave advance notice',
    '立法予告した') in a translation with no word of a plan or of the future ('will',
    'scheduled', '予定', '할 것'); a translation in the present ('goes out for comment in
    December') says a plan. A law's promulgation said as its entry into force ('공포된다' as
    'will take effect', '施行' as 'promulgated'), or the other way round, is turned round
    too. The Korean 'not know' is one verb ('잘 모르겠다',
    '모른다'), a negation of its own. An offer said to last only while its stock does
    ('なくなり次第終了', '소진 시까지', 'while supplies last') in a translation with no word
    of stock or selling out is reported too: the shop would owe it for the whole period.
    So is an offer limited in time, in number or to some buyers ('期間限定', '数量限定',
    '기간 한정', 'for a limited time', 'limited-edition') in a translation with no word of
    a limit, an end, an exclusive or a stock ('until', 'seasonal', 'のみ', '까지' count):
    the product reads as a regular one. A nutrient claimed at none ('糖類ゼロ', 'zero
    sugar', '무설탕') said as claimed at less ('low sugar', '저당', '糖質オフ'), or the
    other way round, is reported: the two claims are regulated apart, and neither has a
    figure.
    So is a survey's note that its question took several answers ('（複数回答）', '(복수
    응답)', 'multiple answers allowed') in a translation with no word of several answers:
    its shares, which add up to more than 100%, read as one answer a respondent. So is a
    figure's scope a donation, a grant or a volunteering report gives it ('延べ1,200人',
    '누적 3만 시간', 'a total of'; '1人あたり', '1인당', 'per student', 'each winner';
    '年間120万円', '연 500만 원', 'a year'; '同額を上乗せ', '매칭그랜트', 'matched by') where
    the translation has no word of it at all: a running total reads as one year's, each
    student's grant as the round's, a matched gift as the company's alone
    ('participants in total', 'has supported', 'annually' say it). A rise
    or a fall the source says with no figure near it ('their workload had increased',
    '순위가 한 계단 올랐다') said the other way only ('업무량이 줄었다', 'fell one place') is
    turned round; a change with its figure is the figure check's. So is a capacity's or a
    rate's period, a month said as a year ('月産10万枚' as '100,000 wafers a year',
    '연산 40GWh' as 'a monthly capacity of 40 GWh') or the other way round, where the
    translation says the source's period nowhere ('for a month', '5年間' and 'a year
    earlier' are no period of a rate); so is a service's frequency, a week said as a
    month ('週3便' as 'three sailings a month', 'three a week' as '월 3회'), and a
    delivery's day, the same said as the next ('当日お届け' as 'next-day delivery'). A
    route between two glossary places said with a direction ('from Busan to Tokyo',
    '釜山発東京向け', '부산에서 도쿄까지', 'A → B') given the other way round ('東京から
    釜山まで') is reported too; places named with no direction ('between', '～間') are
    no route. So is a port rotation, three or more glossary places a source lists as a
    sequence of calls ('rotation', 'via', '寄港', '経由', '순으로', '기항'), given in
    another order; a list that is no sequence ('offices in A, B and C') is not judged.
    A collaboration's partners ('KAZENE × HAN SEOYOON', 'BRAND x ARTIST') named in the
    other order ('HAN SEOYOON × KAZENE') are reported too: the order is the contract's.
    A club's run of titles, wins or losses in a row
    ('3連覇', '5連勝', '3연패', 'a fourth straight title') in a translation with no word
    of a run ('3度目の優勝', '네 번째 우승', 'a third title') is reported: the club won
    three titles, not three in a row; so is a run of titles said as one of losses, or the
    other way round (the Korean '연패' of '3연패를 달성' as 'three straight defeats'; a
    '연패' whose words tell neither is not read). A match's score given the other way
    round ('2-1で勝利' as 'won 1-2', '2대1 승리' as '1-2') is reported where neither side
    speaks of a loss (a loss is written with the club's own goals first in Japanese and
    Korean, the winner's in English: '1-2で敗れた' is 'lost 2-1'); a draw has no order.
    '申し訳ございません' ('we are sorry') is no negation.
    In a disaster notice, an evacuation order said as an advisory ('避難指示' as
    'evacuation advisory'), a weather agency's emergency warning said as a warning or an
    advisory ('大雨特別警報' as '大雨警報'), and an earthquake's magnitude given as its
    seismic intensity or the other way round ('규모 6.2' as 'intensity 6.2') are reported.
    In a health notice, a routine vaccination said as a voluntary one ('定期接種' as
    '임의접종', 'routine vaccination' as '任意接種') or the other way round is reported, and
    so is a price the source says is free that the translation leaves unsaid ('無料で接種
    できます' as '접종할 수 있다'; free said otherwise, '自己負担なし', 'at no cost', is kept,
    and what a thing is free of, 'free of preservatives', is no price).
    A judgment's or an order's word given as its other is turned round too: who won
    ('勝訴' as '敗訴', 'wins lawsuit' as '패소'; '원고 패소' as 'ruled in favor of Hanbit, the
    plaintiff'), which side a party was ('as plaintiff' as '被告である'), which appeal (an
    appeal to a High Court, '控訴', '항소', as '上告' or '상고', the Supreme Court's) and which
    order (a cease-and-desist order, '排除措置命令', '시정명령', as a surcharge order; a
    surcharge, '課徴金', '과징금', as a criminal fine). An outcome said bare ('勝訴', 'won the
    case') is compared only where neither side names a party's role, and a role only where
    neither side says a decision in any words: the plaintiff's loss is the defendant's win
    ('原告敗訴' as 'ruled in favor of the defendant'). English 'appeal' is read by the court
    it names, and 'fine' alone is either order. So is a claim or an appeal upheld said
    dismissed ('棄却' as 'upheld the appeal', 'dismissed the claims' as '認容'; 'upheld the
    ruling' is the appeal dismissed, read as neither), and a decision the source says was
    made in part ('一部認容', '원고 일부 승소', 'partially upheld') in a translation that says
    no part of anything ('upheld the plaintiff's claims'): the court gave all it asked.
    A Chinese translation says a negation with any negative word ('不', '没有', '未', '无')
    or a word of stopping, keeping or bounding ('停驶', '维持不变', '以内'); one with none
    of them ('did not change' as '更改了') is reported. A label of parts set off by
    slashes given in another order ('착공 / 상업운전' as 'Commercial operation / Start of
    construction', a glossary word of one part written in another) is reported too: a
    table's header then puts each date under the other milestone. So are an energy
    utility's milestones and load turned round: the works' start said as their completion
    beside the plant's start of operation ('착공' as '竣工' where the translation says
    '商業運転開始' too), a maintenance brought forward said as postponed ('앞당겨' as
    '延期'), peak demand said as the base load or off-peak, and a year's figure said a
    month's where the source says 'a year' more often than the translation. A hotline's
    weekday range that ends on another day ('月～金' as 'Monday to Saturday') or takes in
    a day the source closes ('土日祝日を除く' beside 'Monday to Saturday') is reported too,
    and so is a recall's inspection dropped before the replacement ('点検し、対象の場合は
    交換' as 'will replace'): every vehicle's part then reads as replaced, and a total
    given of each ('計2車種、61,223台' as '2개 차종 각 61,223대').

    Why is this bad?
        A dropped 'not' turns a release's statement around (a product said to be
        compatible, a deadline said to be open) while every check of figures and
        names passes.

    Example:
        In a ``ja`` catalog::

            msgid "The AirFlow X5 is not compatible with earlier filters."
            msgstr "AirFlow X5は従来のフィルターにも対応しています。"

    Use instead:
        ::

            msgstr "AirFlow X5は従来のフィルターには対応していません。"

    Fix safety:
        No automatic fix.
    """

    code = "PR410"
    name = "negation-mismatch"
    severity = Severity.WARNING

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        from prlocalize.rules.pair_readings import (
            Mention,
            approximation_added,
            approximation_dropped,
            claim_level_changed,
            closed_days_dropped,
            collaborations_reversed,
            exception_reversed,
            failure_stated_certain,
            free_dropped,
            free_priced,
            inspection_dropped,
            limit_dropped,
            limited_offer_dropped,
            may_list_a_rotation,
            may_say_a_route,
            multiple_answers_dropped,
            negation_dropped,
            one_side_dropped,
            partial_decision_dropped,
            plan_said_as_done,
            possibility_dropped,
            reversals,
            rotation_reordered,
            routes_reversed,
            scale_confused,
            scopes_dropped,
            score_reversed,
            stock_limit_dropped,
            streak_dropped,
            streak_turned,
            tested_said_as_claim,
            total_said_each,
            weekday_range_changed,
            yearly_rate_added,
        )

        source, target = mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr)
        source_lang, target_lang = language(ctx.source_lang), language(ctx.locale)
        rounded = approximation_dropped(source, target, source_lang, target_lang)
        if rounded is not None:
            yield self.whole(
                ctx,
                f"Approximate figure '{rounded}' of the source stated as exact in the translation",
                found=rounded,
            )
        else:
            hedged = approximation_added(source, target, source_lang, target_lang)
            if hedged is not None:
                yield self.whole(
                    ctx,
                    f"Figure '{hedged}' of the translation approximate where the source "
                    "states it exact",
                    found=hedged,
                )
        limit = limit_dropped(source, target, source_lang, target_lang)
        if limit is not None:
            yield self.whole(
                ctx,
                f"Limit '{limit}' of the source stated as an exact figure in the translation",
                found=limit,
            )
        hedge = possibility_dropped(source, target, source_lang, target_lang)
        if hedge is not None:
            yield self.whole(
                ctx,
                f"Possibility '{hedge}' of the source stated as a fact in the translation",
                found=hedge,
            )
        tested = tested_said_as_claim(source, target, source_lang, target_lang)
        if tested is not None:
            yield self.whole(
                ctx,
                f"Test '{tested}' of the source not said as a test in the translation (a "
                "claim the source does not make?)",
                found=tested,
            )
        plan = plan_said_as_done(source, target, source_lang, target_lang)
        if plan is not None:
            yield self.whole(
                ctx,
                f"Plan '{plan}' of the source stated as done in the translation",
                found=plan,
            )
        certain = failure_stated_certain(source, target, source_lang, target_lang)
        if certain is not None:  # 'おそれがあります' as '… and the housing will rupture'
            yield self.whole(
                ctx,
                f"Possibility '{certain[0]}' of the source stated as certain in the "
                f"translation: '{certain[1]}'",
                found=certain[1],
            )
        stock = stock_limit_dropped(source, target, source_lang, target_lang)
        if stock is not None:
            yield self.whole(
                ctx,
                f"Condition '{stock}' of the source (while stocks last) missing from the "
                "translation",
                found=stock,
            )
        else:
            offer = limited_offer_dropped(source, target, source_lang, target_lang)
            if offer is not None:
                yield self.whole(
                    ctx,
                    f"Limit '{offer}' of the source's offer missing from the translation",
                    found=offer,
                )
        claim = claim_level_changed(source, target, source_lang, target_lang)
        if claim is not None:
            yield self.whole(
                ctx,
                f"Claim '{claim[0]}' of the source said as '{claim[1]}' in the translation",
                found=claim[1],
            )
        several = multiple_answers_dropped(source, target, source_lang, target_lang)
        if several is not None:
            yield self.whole(
                ctx,
                f"Condition '{several}' of the source missing from the translation: its "
                "shares read as one answer a respondent",
                found=several,
            )
        in_part = partial_decision_dropped(source, target, source_lang, target_lang)
        if in_part is not None:
            yield self.whole(
                ctx,
                f"'{in_part}' of the source (in part) missing from the translation: the "
                "decision reads as whole",
                found=in_part,
            )
        turned_words = set()  # what a reversal reports needs no report of its scope too
        for turned in reversals(source, target, source_lang, target_lang):
            turned_words.add(turned.said)
            yield self.whole(
                ctx,
                f"'{turned.said}' of the source said as its opposite, '{turned.as_opposite}'",
                found=turned.as_opposite,
            )
        # a route's ends given the other way round, a rotation's ports in another order:
        # a word that says a direction or a sequence is looked for before the places are
        route = may_say_a_route(source, source_lang) and may_say_a_route(target, target_lang)
        rotation = may_list_a_rotation(source, source_lang)
        places = _places_named(ctx, Mention) if route or rotation else None
        for turned_route in (
            routes_reversed(source, target, *places, source_lang, target_lang)
            if places and route
            else ()
        ):
            yield self.whole(
                ctx,
                f"Route '{turned_route[0]}' of the source runs the other way in the "
                f"translation: '{turned_route[1]}'",
                found=turned_route[1],
            )
        reordered = (
            rotation_reordered(source, target, *places, source_lang, target_lang)
            if places and rotation
            else None
        )
        if reordered is not None:
            yield self.whole(
                ctx,
                f"Places '{reordered[0]}' of the source given in another order in the "
                f"translation: '{reordered[1]}'",
                found=reordered[1],
            )
        labels = parts_reordered(ctx)
        if labels is not None:
            yield self.whole(
                ctx,
                f"Parts of '{labels[0]}' of the source given in another order in the "
                f"translation: '{labels[1]}'",
                found=labels[1],
            )
        for pair in collaborations_reversed(source, target, memo=ctx.source_cache):
            yield self.whole(
                ctx,
                f"Collaboration '{pair.source}' of the source names its partners in the "
                f"other order in the translation: '{pair.target}'",
                found=pair.target,
                suggestion=pair.source,
            )
        free = free_priced(source, target, source_lang, target_lang)
        if free is not None:
            yield self.whole(
                ctx,
                f"'{free}' of the source given as a price in the translation, which names "
                "nothing free",
                found=free,
            )
        elif not turned_words:  # (free said as paid: reported above as turned round)
            free = free_dropped(source, target, source_lang, target_lang)
            if free is not None:
                yield self.whole(
                    ctx,
                    f"'{free}' of the source missing from the translation, which says "
                    "nothing is free: the price reads as unsaid",
                    found=free,
                )
        for scope in scopes_dropped(source, target, source_lang, target_lang):
            if scope.said in turned_words:
                continue  # 'per annum' said as '월': its reversal is reported above
            yield self.whole(
                ctx,
                f"'{scope.said}' of the source ({scope.what}) missing from the translation: "
                "its figure reads as another",
                found=scope.said,
            )
        score = score_reversed(source, target, source_lang, target_lang)
        if score is not None:
            yield self.whole(
                ctx,
                f"Score '{score[0]}' of the source given the other way round, '{score[1]}', "
                "in the translation",
                found=score[1],
            )
        measure = scale_confused(source, target, source_lang, target_lang)
        if measure is not None:
            yield self.whole(
                ctx,
                f"Earthquake's measure '{measure[0]}' of the source given as the other measure "
                f"(magnitude or seismic intensity), '{measure[1]}', in the translation",
                found=measure[1],
            )
        turned_run = streak_turned(source, target, source_lang, target_lang)
        if turned_run is not None:
            yield self.whole(
                ctx,
                f"Run '{turned_run[0]}' of the source said as a run of "
                f"{'losses' if turned_run[1] == 'loss' else 'titles or wins'} in the translation",
                found=turned_run[0],
            )
        else:
            run = streak_dropped(source, target, source_lang, target_lang)
            if run is not None:
                yield self.whole(
                    ctx,
                    f"Run '{run}' of the source (in a row) missing from the translation: its "
                    "number reads as a count or a place",
                    found=run,
                )
        yearly = yearly_rate_added(source, target, source_lang, target_lang)
        if yearly is not None:
            yield self.whole(
                ctx,
                f"'{yearly[1]}' of the translation gives the source's sum '{yearly[0]}' as a "
                "yearly amount: it reads as many times itself",
                found=yearly[1],
            )
        excepted = exception_reversed(source, target, source_lang, target_lang)
        if excepted is not None:
            yield self.whole(
                ctx,
                f"'{excepted[0]}' of the source, which leaves a country out, said the other "
                f"way in the translation: '{excepted[1]}'",
                found=excepted[1],
            )
        each = total_said_each(source, target, source_lang, target_lang)
        if each is not None:  # '計2車種、61,223台' as '2개 차종 각 61,223대'
            yield self.whole(
                ctx,
                f"Total '{each[0]}' of the source given of each in the translation ('{each[1]}'): "
                "the figure reads as many times itself",
                found=each[1],
            )
        closed = closed_days_dropped(source, target, source_lang, target_lang)
        if closed is not None:
            yield self.whole(
                ctx,
                f"Days '{closed}' the source says are closed named nowhere in the translation",
                found=closed,
            )
        one_side = one_side_dropped(source, target, source_lang, target_lang)
        if one_side is not None:  # '左右のヘッドランプ' as 'the right headlamp'
            yield self.whole(
                ctx,
                f"'{one_side[0]}' of the source (both sides) given as one side only in the "
                f"translation: '{one_side[1]}'",
                found=one_side[1],
            )
        inspected = inspection_dropped(source, target, source_lang, target_lang)
        if inspected is not None:  # '点検し、対象の場合は交換' as 'will replace'
            yield self.whole(
                ctx,
                f"Inspection '{inspected}' of the source missing from the translation, which "
                "keeps the replacement: every part reads as replaced",
                found=inspected,
            )
        ranged = weekday_range_changed(source, target, source_lang, target_lang)
        if ranged is not None:  # '月～金' or '土日祝日を除く' as 'Monday to Saturday'
            yield self.whole(
                ctx,
                f"Days '{ranged[0]}' of the source given as '{ranged[1]}' in the translation",
                found=ranged[1],
            )
        dropped = negation_dropped(source, target, source_lang, target_lang)
        if dropped is not None:
            yield self.whole(
                ctx,
                f"Negation '{dropped}' of the source missing from the translation",
                found=dropped,
            )
            return
        added = negation_dropped(target, source, target_lang, source_lang)
        if added is not None:
            yield self.whole(
                ctx, f"Negation '{added}' in the translation where the source has none", found=added
            )


def _places_named(
    ctx: TranslationContext, mention: type[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The glossary places the msgid and the msgstr write, where the pair names two
    (``mention``: party_values' class, imported only when a pair is read)."""
    # the places either text names: the matcher passes over a place run into the words
    # after it ('東京向け', '부산까지'), so each one's forms are then looked for in both
    places = {
        m.entry.id: m.entry
        for m in (*source_matches(ctx), *target_matches(ctx))
        if m.entry.kind == Kind.PLACE
    }
    if len(places) < 2:
        return None
    source, target = mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr)
    return (
        _places_in(source, ctx.source_lang, places.values(), mention),
        _places_in(target, ctx.locale, places.values(), mention),
    )


def _places_in(
    text: str, locale: str, places: Iterable[Entry], mention: type[Mention]
) -> list[Mention]:
    """Where ``text`` writes each of ``places`` in ``locale`` (``mention``: party_values'
    class, imported only when a pair is read)."""
    found: list[Mention] = []
    for entry in places:
        term = entry.term(locale)
        approved = entry.approved(locale)
        forms = {*(term.accepted if term is not None else ()), *((approved,) if approved else ())}
        for form in forms:
            found.extend(
                mention(at, at + len(form), entry.id, form) for at in _written_at(form, text)
            )
    return found


class TranslatedParticleMismatch(TranslationRule):
    """Korean particle that does not fit the glossary name before it in the translation

    Why is this bad?
        Korean writes '은/는', '이/가', '을/를', '과/와' and '으로/로' by the sound the
        word before them ends in. A name replaced in a catalog (the glossary's approved
        form changed, a machine draft edited, a name pasted over another) keeps the
        particle the old word chose, and '오영주은' reads as a typo in the name on the
        published page. Names ending in a Hangul syllable are judged (PR107's rule for
        releases); a name in Latin letters, digits or kanji is not.

    Example:
        In a ``ko`` catalog::

            msgid "Oh Youngju opened the roundtable."
            msgstr "오영주은 라운드테이블을 열었다."

    Use instead:
        ::

            msgstr "오영주는 라운드테이블을 열었다."

    Fix safety:
        No automatic fix: ``check --fix`` edits releases, and a translator's catalog is
        theirs to edit.
    """

    code = "PR411"
    name = "translated-particle-mismatch"
    severity = Severity.WARNING

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        if language(ctx.locale) != "ko":
            return
        from prlocalize.hangul import particle_slip

        text = mask_tags(ctx.pair.msgstr)
        for m in target_matches(ctx):
            if m.kind not in {"approved", "variant"}:
                continue
            slip = particle_slip(text, m.text, m.end)
            if slip is not None:
                yield self.finding(
                    ctx.path,
                    ctx.pair.source_span(slip.start, slip.end),
                    f"Particle '{slip.written}' after '{m.text}': '{m.text}' takes '{slip.proper}'",
                    found=ctx.pair.msgstr[slip.start : slip.end],
                    suggestion=slip.proper,
                )


class TranslatedInvisibleCharacter(TranslationRule):
    """Invisible character or decomposed (NFD) letters in the translation

    Why is this bad?
        A translation pasted from a word processor, a chat tool, a web page or a Mac
        brings what PR307 reports in releases: a zero-width space, word joiner, soft
        hyphen, byte order mark or direction mark inside a word, a line separator
        (U+2028) inside a sentence, or accents, kana voicing marks and Hangul written
        decomposed. The published page looks right, but its readers' searches, news
        databases and the next translation memory do not find the name, and some
        screens show the marks or the Hangul jamo apart. The glossary checks see
        through them ('エレーヌ・モロ\u200bー' is the approved name), so this is where
        they are reported. Variation selectors (a name's kanji in its own glyph) and
        the joiners of an emoji are left alone.

    Example:
        In a ``ja`` catalog::

            msgid "Cargo is tracked with TideLink."
            msgstr "貨物はTide\u200bLinkで追跡します。"

    Use instead:
        ::

            msgstr "貨物はTideLinkで追跡します。"

    Fix safety:
        No automatic fix: ``check --fix`` edits releases, and a translator's catalog is
        theirs to edit.
    """

    code = "PR412"
    name = "translated-invisible-character"
    severity = Severity.WARNING

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        msgstr = ctx.pair.msgstr
        if msgstr.isascii():
            return  # the common case, at once
        for start, end in stray_invisibles(msgstr):
            run = msgstr[start:end]
            names = ", ".join(dict.fromkeys(character_name(c) for c in run))
            around = shown(msgstr[max(0, start - 12) : end + 12])
            yield self.finding(
                ctx.path,
                ctx.pair.source_span(start, end),
                f"Invisible {names} in '{around}'",
                found=run,
                suggestion=invisible_replacement(msgstr, start, end),
            )
        if not unicodedata.is_normalized("NFC", msgstr):
            words = decomposed_words(msgstr)
            if words:
                start, end = words[0][0], words[-1][1]
                listed = "', '".join(compose(msgstr[a:b]) for a, b in words[:3])
                more = f" and {len(words) - 3} more" if len(words) > 3 else ""
                yield self.finding(
                    ctx.path,
                    ctx.pair.source_span(start, end),
                    f"Decomposed (NFD) letters in '{listed}'{more}: searches and glossaries "
                    "do not find them",
                    found=msgstr[start:end],
                    suggestion=compose(msgstr[start:end]),
                )


class TranslatedStrayPunctuation(TranslationRule):
    """Punctuation left over from an edit in the translation, such as ', .' or '。、'

    Why is this bad?
        A translator who cuts or moves a phrase leaves what PR301 reports in releases:
        a comma before a full stop (', .'), a comma or a full stop typed twice (',,',
        '..', '。。'), a Japanese comma after a sentence's end ('。、') and a mark with a
        space before it ('word ,', 'しました 。'). The built page carries it into the
        published release, where it looks careless. Marks the source itself has are
        PR301's to report in the release; addresses and the tags of inline markup are
        left out of the reading.

    Example:
        In an ``en`` catalog::

            msgid "다솔텔레콤은 1996년 서울에서 설립됐다."
            msgstr "Dasol Telecom was founded in Seoul in 1996, ."

    Use instead:
        ::

            msgstr "Dasol Telecom was founded in Seoul in 1996."

    Fix safety:
        No automatic fix: ``check --fix`` edits releases, and a translator's catalog is
        theirs to edit. The message names the mark the sentence needs.
    """

    code = "PR413"
    name = "translated-stray-punctuation"
    severity = Severity.WARNING

    def check(self, ctx: TranslationContext) -> Iterator[Finding]:
        for found, replacement in stray_marks(ctx.pair.msgid, ctx.pair.msgstr):
            yield self.whole(
                ctx,
                f"Stray punctuation '{found}' in the translation",
                found=found,
                suggestion=replacement,
            )


RULES: tuple[type[Rule], ...] = (
    UnapprovedTermTranslation,
    ForbiddenTranslation,
    AlteredDntTerm,
    NumberMismatch,
    UrlMismatch,
    MarkupMismatch,
    IdenticalTranslation,
    SourceScriptLeft,
    FigureLeftOut,
    NegationMismatch,
    TranslatedParticleMismatch,
    TranslatedInvisibleCharacter,
    TranslatedStrayPunctuation,
)
