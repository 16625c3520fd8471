"""PR410 on a decision the source says was made in part ('一部認容', '원고 일부 승소',
'partially upheld', 'upheld in part') in a translation that says no part of anything
('The Court upheld the plaintiff's claims'): the court reads as having given the
plaintiff all it asked. A translation with any word of a part stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

JA = "本裁判所は、原告の請求を一部認容しました。"
KO = "법원은 원고의 청구를 일부 인용했다."
EN = "The Court partially upheld Hoshizora's claims."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "The Court upheld the plaintiff's claims."),
        ("en", KO, "The court granted the plaintiff's claims."),
        (
            "en",
            "서울고등법원은 원고 일부 승소 판결을 내렸다.",
            "The Seoul High Court ruled for the plaintiff.",
        ),
        ("ja", EN, "本裁判所は星空製薬の請求を認容しました。"),
        ("ko", EN, "법원은 호시조라의 청구를 인용했다."),
        ("ja", "The claims were upheld in part.", "請求は認容されました。"),
    ],
)
def test_in_part_dropped_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "The Court partially upheld the plaintiff's claims."),
        ("en", JA, "The Court upheld part of the plaintiff's claims."),
        ("en", KO, "The court upheld some of the plaintiff's claims."),
        ("ja", EN, "本裁判所は星空製薬の請求を一部認容しました。"),
        ("ko", EN, "법원은 호시조라의 청구를 일부 인용했다."),
        ("ja", "The claims were upheld in part.", "請求は一部認容されました。"),
        # a part that is no decision's ('一部の製品', 'partially funded')
        ("en", "一部の製品を回収します。", "We are recalling certain products."),
        ("ja", "The project is partially funded by the city.", "本事業は市の助成を受けています。"),
    ],
)
def test_in_part_kept_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
