"""A plain translation learnt from a text archive ('… | press@hangyeol-power.example')
answers the msgid that links the same words ('… | <a href="mailto:…">press@…</a>', a
release's contact line) with the msgid's element put back round them, where both sides
write those words once: before, the line found no match at all. Words written twice, or
a translation without them, give no exact answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.translate.memory import MemoryBackend, TranslationMemory, Unit

MAIL = "press@hangyeol-power.example"
LINK = f'<a href="mailto:{MAIL}">{MAIL}</a>'
KO = "한결전력 홍보실 최유나 차장 | 02-6900-1234 | "
JA = "ハンギョル電力 広報室 チェ・ユナ次長 | +82-2-6900-1234 | "


def _backend(tmp_path: Path, target: str) -> MemoryBackend:
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add([Unit("ko", "ja", KO + MAIL, target, origin="archive")])
    return MemoryBackend(memory)


def test_the_link_is_put_back(tmp_path: Path) -> None:
    (ja,) = _backend(tmp_path, JA + MAIL).translate([KO + LINK], "ko", "ja")
    assert ja is not None and not ja.needs_review
    assert ja.text == JA + LINK


@pytest.mark.parametrize(
    "target",
    [
        JA + "広報室までお問い合わせください",  # the address not written
        JA + MAIL + " / " + MAIL,  # written twice: which one is linked cannot be told
    ],
)
def test_no_exact_answer(tmp_path: Path, target: str) -> None:
    (ja,) = _backend(tmp_path, target).translate([KO + LINK], "ko", "ja")
    assert ja is None or ja.needs_review
