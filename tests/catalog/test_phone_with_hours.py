"""PR404 on an international telephone number followed by its opening hours in brackets
('+81-22-555-0700 (9:00-18:00 JST daily)'): the bracket is not part of the number."""

from __future__ import annotations

from catalog_support import translation_codes

from prlocalize.catalog.figures import items

SOURCE = "Reservations: +81-22-555-0700 (9:00-18:00 JST daily)."


def _codes(locale: str, msgstr: str) -> list[str]:
    return translation_codes(locale, SOURCE, msgstr)


def test_the_number_ends_before_its_hours() -> None:
    assert items(SOURCE)[0].text == "+81-22-555-0700"
    # ... while a bracket closed inside an international number is part of it
    assert [i.text for i in items("Call +1 (212) 555-0100.")] == ["+1 (212) 555-0100"]


def test_the_number_written_the_local_way_with_its_hours() -> None:
    assert _codes("ja", "ご予約：電話022-555-0700（毎日9時～18時）") == []
    assert _codes("ko", "예약: +81-22-555-0700(일본 시간 매일 오전 9시~오후 6시)") == []


def test_the_hours_changed() -> None:
    assert _codes("ko", "예약: +81-22-555-0700(일본 시간 매일 오전 9시~오후 8시)") == ["PR404"]
