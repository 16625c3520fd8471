"""PR404 on a shoe's size given in another system: a foot's length ('26.5cm', '265mm')
as a US, UK or EU size ('US 8.5', 'UK 8', 'EU 42'), or the other way round, within a size
of the usual charts, is the size said; a range keeps one chart at both ends. A size off
the charts, or a range whose ends fit two charts ('24.5～28.0cm' as 'US 6.5–11'), is
reported as changed."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SNEAKER = "スニーカー（26.5cm）：16,500円（税込）"
RANGE = "サイズ：24.5cm～28.0cm"
US_RANGE = "Sizes: US 6.5–10"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SNEAKER, "Sneakers (US 8.5): ¥16,500 incl. tax"),
        ("en", SNEAKER, "Sneakers (EU 42): ¥16,500 incl. tax"),
        ("en", "스니커즈(265mm): 16,500엔(세금 포함)", "Sneakers (UK 8): ¥16,500 incl. tax"),
        ("ja", "Sneakers (US 8.5): $110", "スニーカー（26.5cm）：110ドル"),
        ("en", RANGE, "Sizes: US 6.5–10"),
        ("ko", "サイズ：22.5cm～25.0cm（ウィメンズ）", "사이즈: US 5.5~8(여성)"),
        ("ja", US_RANGE, "サイズ：24.5～28.0cm"),
        ("ko", US_RANGE, "사이즈: 245~280mm"),
        ("ko", "Available in sizes US 7–12.", "사이즈 250~300mm로 출시된다."),
    ],
)
def test_size_in_another_system(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SNEAKER, "Sneakers (US 7.5): ¥16,500 incl. tax"),
        ("ja", "Sneakers (US 8.5): $110", "スニーカー（28.5cm）：110ドル"),
        ("en", RANGE, "Sizes: US 6.5–11"),
        ("ko", US_RANGE, "사이즈: 245~290mm"),
    ],
)
def test_size_off_the_chart_is_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert any("changed" in m for m in _pr404(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgstr", "found"),
    [
        ("en", "Sizes: 24.5–28.0 cm (US 7.5–10)", "7.5"),
        ("ko", "사이즈: 255~280mm(US 6.5~10)", "255"),
    ],
)
def test_both_systems_are_compared_each_with_its_own(locale: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, "サイズ：24.5cm～28.0cm（US 6.5～10）", msgstr)
    assert any(f"'{found}'" in m for m in messages), messages
