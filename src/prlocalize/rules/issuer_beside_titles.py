"""prlocalize.rules.issuer_beside_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The issuing company between a person's name and title, left out of a translation that
keeps the person and the title: '박도윤 한결전력 사장은' as 'パク・ドユン社長は' or 'said
President & CEO Do-yoon Park', '이서진 한결전력 신재생사업본부장은' as 'Seo-jin Lee, Head of
the Renewable Energy Business Division, said'. A release's own officers are known to be
its own once the translation names the company; a partner's officer left without the
partner ('高橋雄一常務執行役員' for '다카하시 유이치 아사기리상사 상무집행임원') is still
reported, as the company a catalog's source names most often is the issuer.
"""

from __future__ import annotations

from collections import Counter

from prlocalize.catalog.compare import mask_tags
from prlocalize.glossary.matcher import TermMatch
from prlocalize.rules.base import TranslationContext

# what may stand between a name, its company and its title: spaces, a particle of
# possession ('の', '의'), a comma, a bracket ('한결전력(사장 박도윤)은')
_BETWEEN = frozenset(" \u3000の의,、(（:：")
_REACH = 3  # characters between two of them at most


def issuer_left_beside_a_title(
    ctx: TranslationContext, match: TermMatch, accepted: tuple[str, ...]
) -> bool:
    """Whether ``match``, a company of the msgid, stands beside a person and a title the
    msgstr both keeps, is the company the catalog's msgids name most often, and is
    named in full in a msgstr of the catalog."""
    if match.entry.kind != "org":
        return False
    from prlocalize.rules.translation_support import source_matches  # (a cycle otherwise)

    matches = source_matches(ctx)
    msgid = mask_tags(ctx.pair.msgid)
    title = next(
        (m for m in matches if m.entry.kind == "title" and _next_to(msgid, match, m)), None
    )
    if title is None:
        return False
    person = next(
        (
            m
            for m in matches
            if m.entry.kind == "person" and (_next_to(msgid, m, match) or _next_to(msgid, title, m))
        ),
        None,
    )
    if person is None or not _kept(ctx, person) or not _kept(ctx, title):
        return False
    return _issuer(ctx) == match.entry.id and _named_in_a_msgstr(ctx, match.entry.id, accepted)


def _next_to(text: str, first: TermMatch, second: TermMatch) -> bool:
    gap = text[first.end : second.start]
    return 0 <= second.start - first.end <= _REACH and all(c in _BETWEEN for c in gap)


def _kept(ctx: TranslationContext, match: TermMatch) -> bool:
    """Whether the msgstr writes an approved or accepted form of ``match``'s entry."""
    from prlocalize.rules.translation_support import target_matches  # (a cycle otherwise)

    return any(
        t.entry.id == match.entry.id and t.kind in {"approved", "variant"}
        for t in target_matches(ctx)
    )


def _issuer(ctx: TranslationContext) -> str | None:
    """The company the catalog's msgids name in the most messages (once per catalog)."""
    key = "issuer-by-count"
    if key not in ctx.catalog_cache:
        counts: Counter[str] = Counter()
        for pair in ctx.catalog:
            named = {
                m.entry.id
                for m in ctx.source_matcher.find(mask_tags(pair.msgid))
                if m.entry.kind == "org"
            }
            counts.update(named)
        ranked = counts.most_common(2)
        tied = len(ranked) == 2 and ranked[0][1] == ranked[1][1]
        ctx.catalog_cache[key] = ranked[0][0] if ranked and not tied else None
    found: str | None = ctx.catalog_cache[key]
    return found


def _named_in_a_msgstr(ctx: TranslationContext, entry_id: str, accepted: tuple[str, ...]) -> bool:
    key = f"issuer-named:{entry_id}"
    if key not in ctx.catalog_cache:
        ctx.catalog_cache[key] = any(f in p.msgstr for p in ctx.catalog for f in accepted if f)
    return bool(ctx.catalog_cache[key])
