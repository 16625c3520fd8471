"""A site template's output in a sentence ('{{ site.data.company.name }} will run the
fund', Jekyll, Eleventy) went to machine translation as words: an engine translated
'site data company name', dropped the braces or spaced them, and the answer lost the
value the site fills in. It is now sent as a placeholder and put back as written,
with no particle or article fitted to it (its value is unknown)."""

from __future__ import annotations

from collections.abc import Sequence

from prlocalize.glossary.model import Glossary
from prlocalize.translate.base import Candidate
from prlocalize.translate.masking import Slot, mask_terms, unmask
from prlocalize.translate.protect import ProtectedBackend

TEXT = "{{ site.data.company.name }} will run the fund from {{ page.year }}."


class _Engine:
    """Answers with the placeholders it was sent, in Japanese or Korean word order."""

    name = "fake"

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.sent: list[str] = []

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        slots: Sequence[tuple[Slot, ...]] | None = None,
    ) -> list[Candidate | None]:
        self.sent += texts
        return [Candidate(self.answer, self.name, True) for _ in texts]


def test_template_outputs_reach_the_engine_as_placeholders_and_come_back_as_written() -> None:
    engine = _Engine('<x id="1"/>年から<x id="0"/>が基金を運営します。')
    [answer] = ProtectedBackend(engine, Glossary()).translate([TEXT], "en", "ja")  # type: ignore[arg-type]
    assert engine.sent == ['<x id="0"/> will run the fund from <x id="1"/>.']
    assert answer is not None and answer.rejected is None
    assert answer.text == "{{ page.year }}年から{{ site.data.company.name }}が基金を運営します。"


def test_a_lost_template_output_is_refused() -> None:
    engine = _Engine("会社名が基金を運営します。")
    [answer] = ProtectedBackend(engine, Glossary()).translate([TEXT], "en", "ja")  # type: ignore[arg-type]
    assert answer is not None and answer.rejected


def test_no_korean_particle_is_fitted_to_a_template_output() -> None:
    masked = mask_terms("{{ site.title }} opens today.", (), "ko", [(0, 16)])
    assert unmask('<x id="0"/>는 오늘 문을 연다.', masked) == "{{ site.title }}는 오늘 문을 연다."
