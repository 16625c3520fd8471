"""A test a product passed stated as an endorsement in a translation.

Cosmetics and personal-care releases say a product was tested ('dermatologically
tested', '피부과 테스트 완료', '皮膚科医によるパッチテスト済み'): a fact about a test, which
advertising rules keep apart from a claim. A translation that drops the test and says the
product is recommended, approved or proven safe by dermatologists ('dermatologist-
recommended', '皮膚科医が推奨', '피부과 전문의 추천') makes a claim the source does not. The
source's test is read narrowly (a test by a skin or eye doctor, or a patch test); the
translation's broadly, as any word of testing.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_TESTED = {
    "en": lazy_compile(
        r"\b(?:dermatologist|dermatologically|ophthalmologist|ophthalmologically|clinically|"
        r"patch)[- ]tested\b|\btested\sby\s(?:dermatologists|ophthalmologists)\b|"
        r"\b(?:dermatological|patch)\stests?\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"(?:皮膚科|眼科)(?:専門)?医?(?:による|の)?(?:立ち会いのもと|監修のもと)?(?:パッチ)?"
        r"(?:テスト|試験)|パッチテスト"
    ),
    "ko": lazy_compile(
        r"(?:피부과|안과)\s?(?:전문의\s?)?(?:테스트|시험|임상)|(?:패치|첩포)\s?(?:테스트|시험)"
    ),
}
# ... and any word of a test in a translation
_ANY_TEST = {
    "en": lazy_compile(r"\btest\w*|\btrials?\b|\bstud(?:y|ies)\b", re.IGNORECASE),
    "ja": lazy_compile("テスト|試験|検査|評価"),
    "ko": lazy_compile("테스트|시험|검사|평가|임상"),
}
# the doctor or the kind of test a test is by ('dermatologically', '皮膚科', '패치'): the
# translation says the same test where one of these stands near a word of testing (a
# patch test is how Japanese says a dermatological one); a clinical test has none
_TESTERS = {
    "en": lazy_compile(r"dermatolog\w*|ophthalmolog\w*|\bpatch\b", re.IGNORECASE),
    "ja": lazy_compile("皮膚科|眼科|パッチ"),
    "ko": lazy_compile("피부과|안과|패치|첩포"),
}
_NEAR = {"en": 30, "ja": 15, "ko": 15}
# what a text must hold to speak of such a test (a substring test before the patterns)
_GATE = {
    "en": ("ested", "test"),
    "ja": ("テスト", "試験"),
    "ko": ("테스트", "시험", "임상"),
}


def tested_said_as_claim(
    source: str, target: str, source_lang: str, target_lang: str
) -> str | None:
    """The source's test ('dermatologically tested') where the translation says no such
    test ('recommended by dermatologists', a test word far from the doctor), else None."""
    tested, loose = _TESTED.get(source_lang), _ANY_TEST.get(target_lang)
    if tested is None or loose is None:
        return None
    if not any(word in source for word in _GATE[source_lang]):
        return None
    found = tested.search(source)
    if found is None:
        return None
    if _TESTERS[source_lang].search(found[0]) is None:  # ('clinically tested')
        return None if loose.search(target) is not None else found[0]
    near = _NEAR[target_lang]
    for tester in _TESTERS[target_lang].finditer(target):
        around = target[max(0, tester.start() - near) : tester.end() + near]
        if loose.search(around) is not None:
            return None
    return found[0]
