"""PR4xx on official translations between Japanese and Korean, and on Japanese written
the way Japanese releases write figures: a code or a telephone number right after
Japanese words, with no space."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text


def _check(glossary: Glossary, locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    )
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=glossary,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return [(f.code, f.severity.label) for f in report.findings]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "findings"),
    [
        # a designation or a telephone number glued to the Japanese before it
        (
            "ko",
            "韓国におけるSKR-207の販売権を取得します。",
            "한국 내 SKR-207의 판매권을 확보합니다.",
            [],
        ),
        ("en", "新薬SKR-207の承認を申請しました。", "It filed for approval of SKR-207.", []),
        ("en", "お問い合わせは電話03-3501-1511まで。", "Call +81-3-3501-1511.", []),
        ("ja", "문의: 홍보팀 02-2100-1234", "お問い合わせ：広報チーム電話02-2100-1234", []),
        # ... and changed
        (
            "en",
            "新薬SKR-207の承認を申請しました。",
            "It filed for approval of SKR-270.",
            [("PR404", "error")],
        ),
        (
            "en",
            "お問い合わせは電話03-3501-1511まで。",
            "Call +81-3-3501-1151.",
            [("PR404", "error")],
        ),
    ],
)
def test_a_figure_right_after_japanese_words(
    locale: str, msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), locale, msgid, msgstr) == findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "findings"),
    [
        # the consolidated cumulative period of a Japanese results summary: the first
        # nine (six, three) months, as the English version says it
        (
            "当第3四半期連結累計期間の売上高は2,415億円となりました。",
            "For the nine months ended December 31, 2026, net sales were ¥241.5 billion.",
            [],
        ),
        (
            "当第2四半期連結累計期間の営業利益は87億円でした。",
            "Operating profit for the six months ended September 30, 2026 was ¥8.7 billion.",
            [],
        ),
        # ... and another period
        (
            "当第3四半期連結累計期間の売上高は2,415億円となりました。",
            "For the six months ended September 30, 2026, net sales were ¥241.5 billion.",
            [("PR404", "error")],
        ),
    ],
)
def test_a_cumulative_quarter_said_in_months(
    msgid: str, msgstr: str, findings: list[tuple[str, str]]
) -> None:
    assert _check(Glossary([]), "en", msgid, msgstr) == findings
