"""PR406 on a site template's output in a sentence ('{{ site.data.company.name }} will
run the fund', as a Jekyll or Eleventy release writes it): a translation that wrote the
words out, dropped it or changed its inside said nothing, and the page showed the
translator's guess instead of the site's value (or lost it)."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MSGID = "{{ site.data.company.name }} will run the fund for {{ page.year }}."


@pytest.mark.parametrize(
    ("locale", "msgstr", "messages"),
    [
        (
            "ja",
            "キストレル社が{{ page.year }}年の基金を運営します。",
            ["Template output '{{ site.data.company.name }}' missing from the translation"],
        ),
        (
            "ko",
            "{{ site.data.company.이름 }}가 {{ page.year }}년 기금을 운영한다.",
            [
                "Template output '{{ site.data.company.name }}' missing from the translation",
                "Template output '{{ site.data.company.이름 }}' not in the source",
            ],
        ),
    ],
)
def test_a_template_output_lost_or_changed_is_reported(
    locale: str, msgstr: str, messages: list[str]
) -> None:
    found = [f for f in translation_findings(locale, MSGID, msgstr) if f.code == "PR406"]
    assert [f.message for f in found] == messages


@pytest.mark.parametrize(
    "msgstr",
    [
        "{{ site.data.company.name }}が{{ page.year }}年の基金を運営します。",
        "{{page.year}}年の基金は{{site.data.company.name}}が運営します。",  # order, spacing
    ],
)
def test_template_outputs_kept_are_no_finding(msgstr: str) -> None:
    assert not [f for f in translation_findings("ja", MSGID, msgstr) if f.code == "PR406"]


def test_braces_in_the_text_alone_are_no_template() -> None:
    msgid = "Write {{ to open a group."
    assert not [
        f
        for f in translation_findings("ja", msgid, "グループは{{で始めます。")
        if f.code == "PR406"
    ]
