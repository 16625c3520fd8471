"""A memory holds a language pair only one way round when an archive of Japanese or Korean
originals is aligned beside their English versions (align takes English as the source by
default): translating the next Japanese release to English found nothing in it. A
direction the memory holds no unit of is now read from the units of the other direction,
exact matches and fuzzy ones (with the new figures put in) alike; a memory that holds the
direction asked is read as before."""

from __future__ import annotations

from pathlib import Path

from prlocalize.translate.memory import MemoryBackend, TranslationMemory, Unit

JA_1 = "記載金額は百万円未満を切り捨てて表示しています。"
EN_1 = "Amounts are rounded down to the nearest million yen."
JA_2 = "為替差損1,876百万円を営業外費用に計上しました。"
EN_2 = "A foreign exchange loss of ¥1,876 million was recorded under non-operating expenses."


def _memory(tmp_path: Path, *units: Unit) -> TranslationMemory:
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add(units)
    return memory


def test_exact_and_fuzzy_read_the_other_way(tmp_path: Path) -> None:
    memory = _memory(tmp_path, Unit("en", "ja", EN_1, JA_1), Unit("en", "ja", EN_2, JA_2))
    texts = [JA_1, "為替差損2,046百万円を営業外費用に計上しました。", "本日は晴天なり。"]
    exact, fuzzy, none = MemoryBackend(memory).translate(texts, "ja", "en")
    assert exact is not None and exact.text == EN_1 and not exact.needs_review
    assert fuzzy is not None and fuzzy.needs_review
    assert (
        fuzzy.text
        == "A foreign exchange loss of ¥2,046 million was recorded under non-operating expenses."
    )
    assert none is None


def test_the_direction_asked_comes_first(tmp_path: Path) -> None:
    memory = _memory(
        tmp_path,
        Unit("en", "ja", EN_1, JA_1),
        Unit("ja", "en", JA_1, "Figures are rounded down to millions of yen."),
    )
    (found,) = MemoryBackend(memory).translate([JA_1], "ja", "en")
    assert found is not None and found.text == "Figures are rounded down to millions of yen."
    # (an English text the memory holds only from Japanese is still read from it)
    (back,) = MemoryBackend(memory).translate([EN_1], "en", "ja")
    assert back is not None and back.text == JA_1


def test_a_unit_added_later_is_read(tmp_path: Path) -> None:
    memory = _memory(tmp_path, Unit("en", "ko", EN_1, "기재 금액은 백만 엔 미만을 절사했다."))
    assert MemoryBackend(memory).translate([JA_1], "ja", "en") == [None]
    memory.add([Unit("en", "ja", EN_1, JA_1)])
    (found,) = MemoryBackend(memory).translate([JA_1], "ja", "en")
    assert found is not None and found.text == EN_1
