"""The contract every translation backend passes (after keyring's BackendBasicTests).

A backend's test class inherits :class:`BackendContract` and provides a ``backend``
fixture that knows every pair in :data:`CASES` and nothing about :data:`UNKNOWN`.
"""

from __future__ import annotations

from typing import Any

import pytest

# (source, target, text, translation): Latin, Japanese and Hangul both ways
CASES: tuple[tuple[str, str, str, str], ...] = (
    ("en", "ja", "Shonan iPark", "湘南アイパーク"),
    ("en", "ko", "Shonan iPark", "쇼난 아이파크"),
    ("en", "ja", "Ministry of SMEs and Startups", "中小ベンチャー企業部"),
    ("en", "ko", "Ministry of SMEs and Startups", "중소벤처기업부"),
    ("ko", "ja", "중소벤처기업부", "中小ベンチャー企業部"),
    ("ja", "ko", "湘南アイパーク", "쇼난 아이파크"),
)
UNKNOWN = "Zebras compose sonnets at dawn"
# what a machine backend receives after term masking, and must give back with the tag
MASKED = ("en", "ja", '<x id="0"/> opened in 2018.', '<x id="0"/>は2018年に開設された。')


def answers(backend: Any, texts: list[str], source: str, target: str) -> list[str | None]:
    return [c.text if c else None for c in backend.translate(texts, source, target)]


class BackendContract:
    """Order and length kept, empty batch, CJK and Hangul, unknown text gives None."""

    def test_empty_batch_gives_empty_list(self, backend: Any) -> None:
        assert backend.translate([], "en", "ja") == []

    @pytest.mark.parametrize(("source", "target", "text", "expected"), CASES)
    def test_known_text(
        self, backend: Any, source: str, target: str, text: str, expected: str
    ) -> None:
        assert answers(backend, [text], source, target) == [expected]

    def test_order_and_length_kept(self, backend: Any) -> None:
        texts = ["Ministry of SMEs and Startups", UNKNOWN, "Shonan iPark", "Shonan iPark"]
        assert answers(backend, texts, "en", "ko") == [
            "중소벤처기업부",
            None,
            "쇼난 아이파크",
            "쇼난 아이파크",
        ]

    def test_unknown_text_gives_none(self, backend: Any) -> None:
        assert backend.translate([UNKNOWN], "en", "ja") == [None]

    def test_cjk_and_hangul_batch(self, backend: Any) -> None:
        assert answers(backend, ["중소벤처기업부", UNKNOWN], "ko", "ja") == [
            "中小ベンチャー企業部",
            None,
        ]
        assert answers(backend, ["湘南アイパーク"], "ja", "ko") == ["쇼난 아이파크"]

    def test_candidates_name_their_origin(self, backend: Any) -> None:
        (candidate,) = backend.translate(["Shonan iPark"], "en", "ja")
        assert candidate is not None
        assert candidate.origin == backend.name
        assert candidate.rejected is None


class MachineBackendContract(BackendContract):
    """A machine backend also gives term placeholders back (its fixture knows MASKED)."""

    def test_masks_survive(self, backend: Any) -> None:
        source, target, text, expected = MASKED
        assert answers(backend, [text, UNKNOWN], source, target) == [expected, None]
