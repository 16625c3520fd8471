"""prlocalize.catalog.units
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The unit a release gives a measurement in: '3.2mg', '25 kg', '10μm', '37℃', '35 MW',
'1,650㎡', '110GB', '5Mbps', '2,692坪', in symbols or in words ('square meters',
'ミリグラム', '킬로와트'). A
translation that keeps the figure but changes its unit ('3.2mg' as '3.2 μg', '35 MW' as
'35kW', '37℃' as '37°F') states a quantity a thousand times off, or another temperature;
figures.py compares the figure only.

Only a value given in the same kind of unit on both sides is judged, and only where the
translation never gives it in the source's unit: a value converted ('25 ℃' as '77°F')
changes its figure, which figures.py reads, and a unit left out is not judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# each unit as written → (what it measures, the unit)
_SYMBOLS: dict[str, tuple[str, str]] = {
    "kg": ("mass", "kg"), "㎏": ("mass", "kg"), "g": ("mass", "g"), "mg": ("mass", "mg"),
    "㎎": ("mass", "mg"), "μg": ("mass", "μg"), "µg": ("mass", "μg"), "㎍": ("mass", "μg"),
    "ng": ("mass", "ng"),
    "km": ("length", "km"), "㎞": ("length", "km"), "m": ("length", "m"), "cm": ("length", "cm"),
    "㎝": ("length", "cm"), "mm": ("length", "mm"), "㎜": ("length", "mm"),
    "μm": ("length", "μm"), "µm": ("length", "μm"), "㎛": ("length", "μm"),
    "nm": ("length", "nm"),
    "㎡": ("area", "m2"), "m²": ("area", "m2"), "m2": ("area", "m2"), "km²": ("area", "km2"),
    "㎢": ("area", "km2"), "km2": ("area", "km2"),
    "℃": ("temperature", "C"), "°C": ("temperature", "C"), "℉": ("temperature", "F"),
    "°F": ("temperature", "F"),
    "kW": ("power", "kW"), "MW": ("power", "MW"), "GW": ("power", "GW"),
    "kWh": ("energy", "kWh"), "MWh": ("energy", "MWh"), "GWh": ("energy", "GWh"),
    "mL": ("volume", "mL"), "ml": ("volume", "mL"), "㎖": ("volume", "mL"),
    "ℓ": ("volume", "L"),
    "KB": ("data", "KB"), "MB": ("data", "MB"), "GB": ("data", "GB"), "TB": ("data", "TB"),
    "kbps": ("data rate", "kbps"), "Kbps": ("data rate", "kbps"),
    "Mbps": ("data rate", "Mbps"), "Gbps": ("data rate", "Gbps"),
    "坪": ("area", "tsubo"), "평": ("area", "tsubo"),  # one unit, 3.3 m², in both languages
}  # fmt: skip
_WORDS: dict[str, tuple[str, str]] = {
    "kilograms": ("mass", "kg"), "grams": ("mass", "g"), "milligrams": ("mass", "mg"),
    "micrograms": ("mass", "μg"), "kilometers": ("length", "km"), "kilometres": ("length", "km"),
    "meters": ("length", "m"), "metres": ("length", "m"), "centimeters": ("length", "cm"),
    "millimeters": ("length", "mm"), "micrometers": ("length", "μm"),
    "nanometers": ("length", "nm"), "square meters": ("area", "m2"),
    "square metres": ("area", "m2"), "square kilometers": ("area", "km2"),
    "degrees Celsius": ("temperature", "C"), "degrees Fahrenheit": ("temperature", "F"),
    "kilowatts": ("power", "kW"), "megawatts": ("power", "MW"), "gigawatts": ("power", "GW"),
    "milliliters": ("volume", "mL"), "liters": ("volume", "L"), "litres": ("volume", "L"),
    "キログラム": ("mass", "kg"), "グラム": ("mass", "g"), "ミリグラム": ("mass", "mg"),
    "マイクログラム": ("mass", "μg"), "キロメートル": ("length", "km"),
    "メートル": ("length", "m"), "センチメートル": ("length", "cm"),
    "ミリメートル": ("length", "mm"), "マイクロメートル": ("length", "μm"),
    "ナノメートル": ("length", "nm"), "平方メートル": ("area", "m2"),
    "平方キロメートル": ("area", "km2"), "キロワット": ("power", "kW"),
    "メガワット": ("power", "MW"), "ギガワット": ("power", "GW"),
    "ミリリットル": ("volume", "mL"), "リットル": ("volume", "L"),
    "킬로그램": ("mass", "kg"), "그램": ("mass", "g"), "밀리그램": ("mass", "mg"),
    "마이크로그램": ("mass", "μg"), "킬로미터": ("length", "km"), "미터": ("length", "m"),
    "센티미터": ("length", "cm"), "밀리미터": ("length", "mm"),
    "마이크로미터": ("length", "μm"), "나노미터": ("length", "nm"),
    "제곱미터": ("area", "m2"), "제곱킬로미터": ("area", "km2"), "킬로와트": ("power", "kW"),
    "메가와트": ("power", "MW"), "기가와트": ("power", "GW"), "밀리리터": ("volume", "mL"),
    "리터": ("volume", "L"),
    "gigabytes": ("data", "GB"), "megabytes": ("data", "MB"), "terabytes": ("data", "TB"),
    "ギガバイト": ("data", "GB"), "メガバイト": ("data", "MB"), "テラバイト": ("data", "TB"),
    "기가바이트": ("data", "GB"), "메가바이트": ("data", "MB"), "테라바이트": ("data", "TB"),
    "tsubo": ("area", "tsubo"), "pyeong": ("area", "tsubo"),
}  # fmt: skip
_ALL = {**_SYMBOLS, **_WORDS}
_SURFACES = "|".join(re.escape(u) for u in sorted(_ALL, key=len, reverse=True))
# a figure and its unit: '3.2mg', '25 kg', '1,650 square meters', '37 °C'; a Latin unit
# ends where its word does ('5 min', '2 million' have none)
_MEASURE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)? ?({_SURFACES})(?![A-Za-z²])"
)
_GATE = re.compile(
    r"\d ?[A-Za-zμµ㎏㎎㎍㎞㎝㎜㎛㎡㎢℃℉°㎖ℓキグミメセマナ平ギリテ坪킬그밀마미센나제메기리테평]"
)


_CURRENCY_SIGNS = frozenset("$¥€£₩")


@dataclass(frozen=True, slots=True)
class UnitChange:
    """A measurement whose unit the translation changes."""

    source: str  # the figure with its unit, as the source writes it
    target: str  # ... and as the translation does


def unit_changes(source: str, target: str) -> list[UnitChange]:
    """The source's measurements the target gives with the same figure in another unit
    of the same kind (and never in the source's unit)."""
    mine = _measures(source)
    if not mine:
        return []
    theirs = _measures(target)
    changes = []
    for (value, kind, unit), written in mine.items():
        if (value, kind, unit) in theirs:
            continue
        others = [w for (v, k, u), w in theirs.items() if v == value and k == kind and u != unit]
        if others:
            changes.append(UnitChange(written, others[0]))
    return changes


def _measures(text: str) -> dict[tuple[Decimal, str, str], str]:
    """(value, kind, unit) → the measurement as written, for each of ``text``."""
    if _GATE.search(text) is None:
        return {}
    found: dict[tuple[Decimal, str, str], str] = {}
    for match in _MEASURE.finditer(text):
        if match[3] == "m" and text[match.start() - 1 : match.start()] in _CURRENCY_SIGNS:
            continue  # '$5m': five million dollars
        try:
            value = Decimal(match[1].replace(",", "") + (match[2] or ""))
        except InvalidOperation:
            continue
        kind, unit = _ALL[match[3]]
        found.setdefault((value, kind, unit), match[0])
    return found
