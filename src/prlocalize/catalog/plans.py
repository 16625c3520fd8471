"""A plan of the source stated as done in a translation.

A ministry's release closes a section with what it will do ('시행령 제정안을 12월 중
입법예고할 예정이다', '年内に公表する予定です'): a translation that says it was done ('The
Ministry gave advance notice of the draft decree in December', '立法予告した') reports a
step the ministry has not taken. The source's plan is read narrowly, as the sentence's
own predicate ('…할 예정이다', '…계획입니다', '…方針です', '…予定だ'; not '개소 예정인 센터',
a centre due to open, said of a noun); the translation's broadly, as any word of a plan,
an intention, an expectation or the future ('will', 'plans', 'scheduled', 'due', '予定',
'見込み', '계획', '할 것'), and only where the translation's predicate is in the past
('gave', 'した。', '했다.'), since a plain present or non-past says a plan too.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

# the plan as the source sentence's predicate, at its end
_PLANNED = {
    "ko": lazy_compile(
        r"(?:예정|계획|방침)(?:이다|입니다|이며|임|이라고\s?(?:밝혔다|말했다|설명했다))"
        r"\s?[.。]?[\"'”’]?\s*$"
    ),
    "ja": lazy_compile(
        r"(?:予定|方針|計画)(?:です|だ|である|としています|としている|となっています)"
        r"\s?[。.]?[」』]?\s*$"
    ),
}
_PLANNED_GATE = {"ko": ("예정", "계획", "방침"), "ja": ("予定", "方針", "計画")}
# ... and any word of a plan, an intention, an expectation or the future
_NOT_DONE = {
    "en": lazy_compile(
        r"\b(?:will|shall|would|plans?|planned|planning|schedul\w*|expect\w*|intend\w*|"
        r"intention|aims?|aimed|due|slated|upcoming|proposed|going\sto|set\sto|is\sto|are\sto|"
        r"to\sbe|next|future|later|soon|forthcoming|prepar\w*)\b|'ll\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "予定|方針|計画|見込|見通|意向|目指|考え|つもり|する(?:こと|ため)|めど|目途"
    ),
    "ko": lazy_compile(r"예정|계획|방침|전망|목표|할\s?것|될\s?것|겠|려고|하고자|할\s?방"),
}
# a predicate in the past: an English verb ('gave', 'announced'; a present tense, 'goes
# out for comment in December', says a plan too), a Japanese or a Korean one at the
# sentence's end ('立法予告した。', '실시했다.')
_PAST = {
    "en": lazy_compile(
        r"\b(?:was|were|had|did|gave|made|took|held|began|sent|put|launched|\w{2,}(?<!ne)"
        r"(?<!fe)(?<!se)(?<!spe)(?<!ce)(?<!bre)(?<!inde)ed)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"(?:た|ました|でした)\s?[。.]?[」』]?\s*$"),
    "ko": lazy_compile(r"(?:었|았|였|했|됐)(?:다|습니다)\s?[.。]?[\"'”’]?\s*$"),
}


def plan_said_as_done(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's plan ('입법예고할 예정이다') where the translation has no word of a plan
    or of the future at all ('gave advance notice'), else None."""
    planned, loose = _PLANNED.get(source_lang), _NOT_DONE.get(target_lang)
    if planned is None or loose is None:
        return None
    if not any(word in source for word in _PLANNED_GATE[source_lang]):
        return None
    found = planned.search(source)
    if found is None or loose.search(target) is not None:
        return None
    past = _PAST.get(target_lang)
    if past is not None and past.search(target) is None:
        return None
    return found[0].strip()
