"""prlocalize.catalog.survey_answers
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A survey's question that let each respondent give more than one answer ('（複数回答）',
'(복수 응답)', '(multiple answers allowed)'): its shares add up to more than 100%, and
a translation that drops the note presents them as one answer each, so that the figures
read as wrong or as a share of the whole. The source's note is read narrowly (the set
phrases of a survey report); the translation's broadly, as any word of several answers,
so that the note said otherwise counts.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["multiple_answers_dropped"]

_MULTIPLE_ANSWERS = {
    "en": lazy_compile(
        r"\bmultiple\s(?:answers?|responses?|selections?|choices)\b|"
        r"\b(?:select|choose|check|tick|pick)\s(?:all|any)\s(?:that|which)\sapply\b|"
        r"\bmore\sthan\sone\s(?:answer|response|option|choice)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"複数回答|複数選択|複数の回答|いくつでも|[（(]MA[)）]"),
    "ko": lazy_compile(r"(?:복수|중복)\s?(?:응답|선택|답변|회답)"),
}
_SEVERAL_ANSWERS = {
    "en": lazy_compile(
        r"\bmultiple\b|\bmore\sthan\sone\b|\ball\sthat\sapply\b|\bany\snumber\b|"
        r"\bseveral\s(?:answers|responses|options|choices)\b|\bMA\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"複数|いくつでも|MA"),
    "ko": lazy_compile(r"복수|중복|여러\s?(?:개|가지|항목)|모두\s?(?:선택|고르)|MA"),
}


def multiple_answers_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> str | None:
    """The source's 'multiple answers' ('複数回答', '복수 응답') where the translation has
    no word of several answers at all, else None."""
    said, loose = _MULTIPLE_ANSWERS.get(source_lang), _SEVERAL_ANSWERS.get(target_lang)
    if said is None or loose is None:
        return None
    found = said.search(source)
    if found is None or loose.search(target) is not None:
        return None
    return found[0]
