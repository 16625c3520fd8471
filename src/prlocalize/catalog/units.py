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

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from prlocalize.catalog.screens import first_digit
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

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
    "㎢": ("area", "km2"), "km2": ("area", "km2"), "ft²": ("area", "ft2"),
    "sq ft": ("area", "ft2"), "sq. ft.": ("area", "ft2"), "sq. ft": ("area", "ft2"),
    "sq m": ("area", "m2"), "sqm": ("area", "m2"), "ha": ("area", "ha"),
    "℃": ("temperature", "C"), "°C": ("temperature", "C"), "℉": ("temperature", "F"),
    "°F": ("temperature", "F"),
    "kW": ("power", "kW"), "MW": ("power", "MW"), "GW": ("power", "GW"),
    "mL": ("volume", "mL"), "ml": ("volume", "mL"), "㎖": ("volume", "mL"),
    "ℓ": ("volume", "L"), "L": ("volume", "L"),
    "KB": ("data", "KB"), "MB": ("data", "MB"), "GB": ("data", "GB"), "TB": ("data", "TB"),
    "kbps": ("data rate", "kbps"), "Kbps": ("data rate", "kbps"),
    "Mbps": ("data rate", "Mbps"), "Gbps": ("data rate", "Gbps"),
    "坪": ("area", "tsubo"), "평": ("area", "tsubo"),  # one unit, 3.3 m², in both languages
    "lb": ("mass", "lb"), "lbs": ("mass", "lb"), "oz": ("mass", "oz"),
    "inch": ("length", "inch"), "in.": ("length", "inch"), "ft": ("length", "ft"),
    # a charger's kW for a battery's kWh is the slip, so power and energy are one kind
    "W": ("power", "W"), "Wh": ("power", "Wh"), "kWh": ("power", "kWh"),
    "MWh": ("power", "MWh"), "GWh": ("power", "GWh"),
    # a battery's capacity is given in mAh or Wh: '5,000mAh' as '5,000 Wh' is the slip too
    "mAh": ("power", "mAh"), "Ah": ("power", "Ah"),
    "Hz": ("frequency", "Hz"), "kHz": ("frequency", "kHz"), "MHz": ("frequency", "MHz"),
    "GHz": ("frequency", "GHz"),
    # metric horsepower (PS; what 馬力 and 마력 are) is 1.4% less than imperial (hp): a
    # figure kept in the other one is their loose usage, a figure converted is exact
    "hp": ("power", "hp"), "PS": ("power", "PS"), "馬力": ("power", "PS"), "마력": ("power", "PS"),
    "km/h": ("speed", "km/h"), "kph": ("speed", "km/h"), "mph": ("speed", "mph"),
    "m/s": ("speed", "m/s"), "m/sec": ("speed", "m/s"),
    # an orbit's or a launcher's speed in km/s ('7.6 km/s', '秒速7.6km'): no length in km
    "km/s": ("speed", "km/s"), "m/h": ("speed", "m/h"),
    # fuel and electricity economy, either way up: '15.2km/L' as '15.2 L/100 km' is the slip
    "km/L": ("economy", "km/L"), "km/l": ("economy", "km/L"), "km/ℓ": ("economy", "km/L"),
    "L/100 km": ("economy", "L/100km"), "L/100km": ("economy", "L/100km"),
    "mpg": ("economy", "mpg"), "km/kWh": ("economy", "km/kWh"),
    "Wh/km": ("economy", "Wh/km"),
    # a latency or response time: '45 ms' as '45秒' is the slip (not a bare 's': '1990s')
    # emissions, in tonnes of CO2 or its equivalent: '182万t-CO2', '1.82 million tCO2e',
    # '12 Mt-CO2e' ('182만 kg-CO2' for '182万t-CO2' is a thousand times off)
    "t-CO2": ("mass", "t"), "t-CO2e": ("mass", "t"), "tCO2": ("mass", "t"),
    "tCO2e": ("mass", "t"), "t-CO2eq": ("mass", "t"), "tCO2eq": ("mass", "t"),
    "kg-CO2": ("mass", "kg"), "kg-CO2e": ("mass", "kg"), "kgCO2": ("mass", "kg"),
    "kgCO2e": ("mass", "kg"), "Mt-CO2": ("mass", "Mt"), "Mt-CO2e": ("mass", "Mt"),
    "MtCO2": ("mass", "Mt"), "MtCO2e": ("mass", "Mt"),
    # a food's energy, on its label in kcal or kJ: '286 kcal' as '286kJ' is the slip
    "kcal": ("food energy", "kcal"), "㎉": ("food energy", "kcal"), "kJ": ("food energy", "kJ"),
    "ms": ("time", "ms"), "msec": ("time", "ms"), "sec": ("time", "s"),
    "秒": ("time", "s"), "초": ("time", "s"),
    # a ship's or a terminal's capacity, in containers (TEU, FEU: two TEU) or by weight
    # ('24,000TEU級' as '24,000-tonne class' gives another ship): see _CONTENTS
    "TEU": ("containers", "TEU"), "FEU": ("containers", "FEU"), "t": ("mass", "t"),
    # energy utilities: a national grid's or a fleet's output is given in TWh, its
    # capacity in TW ('3.5TWh' as '3.5 GWh' is a thousand times off, as '3.5 TW' a power)
    "TW": ("power", "TW"), "TWh": ("power", "TWh"),
    # ... and the CO2 a plant avoids in megatonnes ('160만 톤' as '1.6 Mt')
    "Mt": ("mass", "Mt"), "Gt": ("mass", "Gt"),
}  # fmt: skip
_WORDS: dict[str, tuple[str, str]] = {
    "kilograms": ("mass", "kg"), "grams": ("mass", "g"), "milligrams": ("mass", "mg"),
    "micrograms": ("mass", "μg"), "kilometers": ("length", "km"), "kilometres": ("length", "km"),
    "meters": ("length", "m"), "metres": ("length", "m"), "centimeters": ("length", "cm"),
    # the singular of a measure made an adjective: 'a 1,350-meter-long bridge'
    "kilometer": ("length", "km"), "kilometre": ("length", "km"), "meter": ("length", "m"),
    "metre": ("length", "m"), "square meter": ("area", "m2"), "square metre": ("area", "m2"),
    "millimeters": ("length", "mm"), "micrometers": ("length", "μm"),
    "nanometers": ("length", "nm"), "square meters": ("area", "m2"),
    "square metres": ("area", "m2"), "square kilometers": ("area", "km2"),
    "square kilometres": ("area", "km2"), "square feet": ("area", "ft2"),
    "square foot": ("area", "ft2"), "hectares": ("area", "ha"), "acres": ("area", "acre"),
    "hectare": ("area", "ha"), "acre": ("area", "acre"),
    "平方フィート": ("area", "ft2"), "ヘクタール": ("area", "ha"), "エーカー": ("area", "acre"),
    "제곱피트": ("area", "ft2"), "평방피트": ("area", "ft2"), "헥타르": ("area", "ha"),
    "에이커": ("area", "acre"),
    # an are (100 m²), in which farms give yields ('10アール当たり', a tenth of a hectare)
    "アール": ("area", "are"), "아르": ("area", "are"), "ares": ("area", "are"),
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
    "pounds": ("mass", "lb"), "ounces": ("mass", "oz"), "ポンド": ("mass", "lb"),
    "tons": ("mass", "t"), "tonnes": ("mass", "t"), "ton": ("mass", "t"),
    "tonne": ("mass", "t"), "トン": ("mass", "t"), "톤": ("mass", "t"),
    "파운드": ("mass", "lb"), "inches": ("length", "inch"), "インチ": ("length", "inch"),
    "인치": ("length", "inch"), "feet": ("length", "ft"), "miles": ("length", "mile"),
    "マイル": ("length", "mile"), "마일": ("length", "mile"),
    "horsepower": ("power", "hp"), "watts": ("power", "W"), "kilowatt-hours": ("power", "kWh"),
    "キロワット時": ("power", "kWh"), "킬로와트시": ("power", "kWh"),
    "milliseconds": ("time", "ms"), "seconds": ("time", "s"), "ミリ秒": ("time", "ms"),
    "밀리초": ("time", "ms"),
    "kilocalories": ("food energy", "kcal"), "kilojoules": ("food energy", "kJ"),
    "キロカロリー": ("food energy", "kcal"), "キロジュール": ("food energy", "kJ"),
    "킬로칼로리": ("food energy", "kcal"), "킬로줄": ("food energy", "kJ"),
    # energy utilities: output in words ('3.5 terawatt-hours', '35億キロワット時' aside)
    "terawatts": ("power", "TW"), "megawatt-hours": ("power", "MWh"),
    "gigawatt-hours": ("power", "GWh"), "terawatt-hours": ("power", "TWh"),
    "メガワット時": ("power", "MWh"), "ギガワット時": ("power", "GWh"),
    "テラワット時": ("power", "TWh"), "テラワット": ("power", "TW"),
    "메가와트시": ("power", "MWh"), "기가와트시": ("power", "GWh"),
    "테라와트시": ("power", "TWh"), "테라와트": ("power", "TW"),
}  # fmt: skip
_ALL = {**_SYMBOLS, **_WORDS}
_SURFACES = "|".join(re.escape(u) for u in sorted(_ALL, key=len, reverse=True))
# a figure and its unit: '3.2mg', '25 kg', '1,650 square meters', '37 °C', '6.7-inch'; a
# Latin unit ends where its word does ('5 min', '2 million' have none); a minus sign, or
# the word for below zero ('영하 20°C', 'マイナス20℃'), is kept for converting temperatures
_MEASURE = lazy_compile(
    rf"(?:(?<![\d.,])([-−–]|(?:영하|マイナス|氷点下|零下) ?|\b[Mm]inus ))?(?<![\d.,])"
    rf"(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?"
    rf"(?: ?([万만億억])(?:\d,\d{{3}}|\d{{1,4}}[千천]?)?| (thousand|million|billion))?"
    rf"[ -]?({_SURFACES})(?![A-Za-z²])"
)
# a scale word between a figure and its unit: '48万kW' (480,000 kW, said '480 MW' in
# English), '15만kW', '1.2億kWh', '3 million kWh': a capacity or an output is given so in
# Japanese and Korean, and in MW or GWh in English; after 万 or 만 the thousands may
# follow ('8万5千トン', '2만4천TEU', '2만4000TEU'), which _rest reads
_SCALES: dict[str, Decimal] = {
    "万": Decimal(10_000), "만": Decimal(10_000), "億": Decimal(100_000_000),
    "억": Decimal(100_000_000), "thousand": Decimal(1000), "million": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
}  # fmt: skip
_SIGN_REACH = len("minus ")  # the longest sign _MEASURE reads before a figure
_GATE = lazy_compile(
    r"\d[ -]?[A-Za-zμµ㎏㎎㎍㎞㎝㎜㎛㎡㎢℃℉°㎖ℓキグミメセマナ平ギリテ坪ポイ馬ヘエ万億만억ト톤"
    r"킬그밀마미센나제메기리테평파인秒초헥에ア아]"
)


_CURRENCY_SIGNS = frozenset("$¥€£₩")


@dataclass(frozen=True, slots=True)
class UnitChange:
    """A measurement whose unit the translation changes."""

    source: str  # the figure with its unit, as the source writes it
    target: str  # ... and as the translation does


def unit_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[UnitChange]:
    """The source's measurements the target gives with the same figure in another unit
    of the same kind (and never in the source's unit)."""
    if silent(memo, "units.unit_changes"):
        return []
    mine = _measures(source)
    if not mine:
        keep_silent(memo, "units.unit_changes")
        return []
    theirs = _measures(target)
    changes = []
    for (value, kind, unit), written in mine.items():
        if (value, kind, unit) in theirs:
            continue
        others = [
            w
            for (v, k, u), w in theirs.items()
            if v == value and _CONTENTS.get(k, k) == _CONTENTS.get(kind, kind) and u != unit
        ]
        if others:
            changes.append(UnitChange(written, others[0]))
    return changes


# what a package holds, by weight or by volume: the same figure in grams for millilitres
# ('280ml' as '280 g', '80g' as '80 ml') is the slip, not a conversion; so is what a ship
# carries or a port handles, in containers or in tonnes ('120万TEU' as '1.2 million t');
# and a plan's data, a volume, given as a speed ('データ容量20GB' as '20 Gbps of data')
_CONTENTS = {
    "mass": "contents",
    "volume": "contents",
    "containers": "contents",
    "data": "data",
    "data rate": "data",
}


def _measures(text: str) -> dict[tuple[Decimal, str, str], str]:
    """(value, kind, unit) → the measurement as written, for each of ``text``."""
    found: dict[tuple[Decimal, str, str], str] = {}
    for measure in _measure_list(text):
        unit = _LOOSELY_ONE.get(measure.unit, measure.unit)
        found.setdefault((measure.value, measure.kind, unit), measure.written)
    return found


# units a translation may give the source's figure in without converting it ('218 PS'
# as '218 hp'), which converted_starts tells apart when the figure is converted
_LOOSELY_ONE = {"PS": "hp"}


@dataclass(frozen=True, slots=True)
class _Measure:
    value: Decimal  # signed
    kind: str
    unit: str
    written: str
    start: int  # where its figure starts (after any sign)
    step: Decimal  # the figure's last place: 35 → 1, 17.2 → 0.1


# A text's measurements are read by unit_changes, signs_dropped and converted_starts, one
# after the other: kept for the few texts last read (what is kept is never changed).
@functools.lru_cache(maxsize=16)
def _measure_list(text: str) -> tuple[_Measure, ...]:
    degrees = _degrees(text) if any(word in text for word in _DEGREE_WORDS) else []
    if "'" in text or "′" in text or "’" in text:
        degrees += _heights(text)
    if _GATE.search(text) is None:
        return tuple(degrees)
    found = degrees
    # a match starts at its figure's first digit or at most _SIGN_REACH characters before
    # it (its sign, 'マイナス '): none starts before the text's first digit less that
    first = first_digit(text)
    start = max(0, first - _SIGN_REACH) if first >= 0 else len(text)
    for match in _MEASURE.finditer(text, start):
        if match[6] == "m" and text[match.start(2) - 1 : match.start(2)] in _CURRENCY_SIGNS:
            continue  # '$5m': five million dollars
        try:
            value = Decimal(match[2].replace(",", "") + (match[3] or ""))
        except InvalidOperation:
            continue
        kind, unit = _ALL[match[6]]
        # a speed said by its word before the figure: '초속 35m', '秒速35m' (metres per
        # second, as weather reports give wind), '시속 80km', '時速80km'
        written = match[0].strip()
        per = _SPEED_WORD.search(text, max(0, match.start() - _SPEED_REACH), match.start(2))
        if per is not None and _PER_TIME.get((per[1], unit)) is not None:
            kind, unit = "speed", _PER_TIME[(per[1], unit)]
            written = text[per.start() : match.end()]
        elif kind == "length" and (after := _PER_TIME_EN.match(text, match.end())) is not None:
            # ... or in English by its words after it: '2 meters per second', '80
            # kilometers an hour', '60 miles per hour'
            speed = _PER_TIME_EN_UNITS.get((unit, after[1].casefold()[0]))
            if speed is not None:
                kind, unit, written = "speed", speed, text[match.start() : after.end()].strip()
        # a dash before a figure is a minus only for a temperature ('5-10 kg' is a range)
        if match[1] and kind == "temperature":
            value = -value
        step = Decimal(1).scaleb(-len(match[3]) + 1) if match[3] else Decimal(1)
        scale = match[4] or match[5]
        if scale:
            value, step = value * _SCALES[scale], step * _SCALES[scale]
            if match[4]:
                rest = _rest(text[match.end(4) : match.start(6)])
                if rest is not None:
                    value, step = value + rest[0], rest[1]
        found.append(_Measure(value, kind, unit, written, match.start(2), step))
    return tuple(found)


_THOUSANDS = frozenset("千천")
# fashion: a person's height in feet and inches, as American English gives a model's
# ('5\'9"', '5′9″', "5' 11''"): in inches, so that '175cm' given so is converted
_HEIGHT = lazy_compile(r"(?<![\d.'′’])([4-7])\s?['′’]\s?(1[01]|[0-9])(?![\d.])\s?(?:\"|″|”|''|’’)?")


def _heights(text: str) -> list[_Measure]:
    return [
        _Measure(
            Decimal(int(m[1]) * 12 + int(m[2])), "length", "inch", m[0], m.start(1), Decimal(1)
        )
        for m in _HEIGHT.finditer(text)
    ]


def _rest(between: str) -> tuple[Decimal, Decimal] | None:
    """What follows 万 or 만 before the unit ('5千', '4000', '4천 '), with its last place."""
    digits = between.strip(" -").replace(",", "")
    if not digits:
        return None
    if digits[-1] in _THOUSANDS:
        return Decimal(digits[:-1]) * 1000, Decimal(1000)
    return Decimal(digits), Decimal(1)


# a temperature in degrees with the word that makes it one before it ('섭씨 85도', '摂氏40度',
# '영하 20도', 'マイナス20度', '화씨 100도'): '度' and '도' alone are also an angle, a count
# of times ('3度目') or a year ('年度'), and are not read
_DEGREE_WORDS = ("섭씨", "화씨", "摂氏", "華氏", "영하", "マイナス", "氷点下", "零下")
_DEGREES = lazy_compile(
    r"(?:(영하|マイナス|氷点下|零下) ?)?(섭씨|摂氏|화씨|華氏)? ?(?<![\d.,])(\d+)(\.\d+)? ?(?:도|度)"
)


def _degrees(text: str) -> list[_Measure]:
    """The temperatures of ``text`` said in degrees after their word (see _DEGREES)."""
    found = []
    for match in _DEGREES.finditer(text):
        below, scale = match[1], match[2]
        if below is None and scale is None:
            continue  # '20度', '85도에서': an angle or a count as often as a temperature
        value = Decimal(match[3] + (match[4] or ""))
        step = Decimal(1).scaleb(-len(match[4]) + 1) if match[4] else Decimal(1)
        unit = "F" if scale in ("화씨", "華氏") else "C"
        found.append(
            _Measure(
                -value if below else value, "temperature", unit, match[0], match.start(3), step
            )
        )
    return found


# (an approximation may come between: '秒速約7.6km', '시속 약 80km')
_SPEED_WORD = lazy_compile(r"(초속|秒速|시속|時速)\s?(?:約|약|最大|최대|最高|최고)?\s?$")
_SPEED_REACH = 7  # the longest _SPEED_WORD before a figure: '시속 최대 '
_PER_TIME = {
    ("초속", "m"): "m/s",
    ("秒速", "m"): "m/s",
    ("시속", "km"): "km/h",
    ("時速", "km"): "km/h",
    # ... and an orbit's speed per second in km, a drone's per hour in metres: the wrong
    # one of the two ('秒速7.6m' for 7.6 km/s) is a thousand times off
    ("초속", "km"): "km/s",
    ("秒速", "km"): "km/s",
    ("시속", "m"): "m/h",
    ("時速", "m"): "m/h",
}
_PER_TIME_EN = lazy_compile(r" (?:per|an?) (second|sec|hour|hr)\b", re.IGNORECASE)
_PER_TIME_EN_UNITS = {
    ("m", "s"): "m/s",
    ("m", "h"): "m/h",
    ("km", "s"): "km/s",
    ("km", "h"): "km/h",
    ("mile", "h"): "mph",
}
# each unit in the unit its kind is converted through (temperatures apart)
# (every metric prefix of a kind: a dose in μg is routinely given in mg, '500μg' as
# '0.5 mg', and a volume in mL in L)
_FACTORS: dict[str, Decimal] = {
    "ng": Decimal("1e-9"), "μg": Decimal("1e-6"), "mg": Decimal("0.001"), "g": Decimal(1),
    "kg": Decimal(1000), "lb": Decimal("453.59237"), "oz": Decimal("28.349523"),
    "t": Decimal(1000000), "Mt": Decimal("1e12"),
    "nm": Decimal("1e-6"), "μm": Decimal("0.001"), "mm": Decimal(1), "cm": Decimal(10),
    "m": Decimal(1000), "km": Decimal(1000000), "inch": Decimal("25.4"), "ft": Decimal("304.8"),
    "mL": Decimal("0.001"), "L": Decimal(1), "GW": Decimal(1000000),
    "mile": Decimal("1609344"), "km/h": Decimal(1), "mph": Decimal("1.609344"),
    "m/s": Decimal("3.6"), "km/s": Decimal(3600), "m/h": Decimal("0.001"),
    "W": Decimal("0.001"), "kW": Decimal(1), "MW": Decimal(1000), "hp": Decimal("0.7457"),
    "PS": Decimal("0.73549875"),
    "km/L": Decimal(1), "mpg": Decimal("0.4251437"), "ms": Decimal("0.001"), "s": Decimal(1),
    "Hz": Decimal(1), "kHz": Decimal(1000), "MHz": Decimal("1e6"), "GHz": Decimal("1e9"),
    "Wh": Decimal("0.001"), "kWh": Decimal(1), "MWh": Decimal(1000), "GWh": Decimal(1000000),
    "kcal": Decimal("4.184"), "kJ": Decimal(1),
    "m2": Decimal(1), "km2": Decimal(1000000), "ft2": Decimal("0.09290304"),
    "ha": Decimal(10000), "acre": Decimal("4046.8564224"), "are": Decimal(100),
    "TW": Decimal("1e9"), "TWh": Decimal("1e9"), "Gt": Decimal("1e15"),
}  # fmt: skip
# a range's first figure takes the unit its second one has: '0~35°C', '32 to 95 degrees',
# and its sign: '-10～40℃', '영하 10~40℃'; so do a box's sides before its last one: '47 ×
# 47 × 12.9 mm', '(1.85 x 1.85 x 0.51 in.)', 'W310×D190×H220mm'
_RANGE_HEAD = lazy_compile(
    r"(?<![\d.,])([-−]|(?:영하|マイナス|氷点下|零下) ?)?(?<![\d.,])(\d+(?:\.\d+)?) ?"
    r"(?:(?:~|～|〜|–|-|to|から|에서) ?|[×✕x] ?(?:[WDHＷＤＨ]|幅|奥行き?|高さ)? ?)(?=[-−]?\d)"
)


def _in_base(value: Decimal, unit: str) -> Decimal | None:
    """``value`` in its kind's base unit (°C, g, mm, km/h, kW, km/L), if it converts."""
    if unit == "C":
        return value
    if unit == "F":
        return (value - 32) * 5 / 9
    if unit == "L/100km":
        return Decimal(100) / value if value else None
    factor = _FACTORS.get(unit)
    return value * factor if factor is not None else None


def converted_starts(source: str, target: str) -> frozenset[int]:
    """Where the source's figures start that the target gives converted into another unit
    of the same kind ('32°F to 95°F' as '0℃～35℃', '6.7-inch' as '17cm', '15.2km/L' as
    '6.6 L/100 km'), agreeing to the places the translation writes."""
    mine = _measure_list(source)
    if not mine:
        return frozenset()
    theirs = _measure_list(target)
    if not theirs:
        return frozenset()
    theirs = (*theirs, *_range_heads(target, theirs))
    mine = (*mine, *_range_heads(source, mine))
    metric_reader = _KANA_OR_HANGUL.search(target) is not None
    starts = set()
    given = {_LOOSELY_ONE.get(other.unit, other.unit) for other in theirs}
    # the source's own figures ('290 kW (394 PS)'): where the translation gives a figure
    # in the source figure's unit, its copy of another of them converts nothing
    # ('209kW(394마력)' gives no 290 kW as 394 PS)
    own = {(m.value, _LOOSELY_ONE.get(m.unit, m.unit)) for m in mine}
    for measure in mine:
        base = _in_base(measure.value, measure.unit)
        if base is None:
            continue
        # a horsepower the translation gives in horsepower is converted there or not at
        # all: '239kW(325마력)' as '239 kW (302 hp)' is no 325 given as 239 kW
        loose = _LOOSELY_ONE.get(measure.unit, measure.unit)
        within = loose in _LOOSELY_ONE.values() and loose in given
        # a whole number of inches has a nominal metric size at 25 mm an inch, which the
        # trade gives for it ('12インチ' wafers are '300 mm' ones, 8-inch ones 200 mm):
        # 1.6% off the exact conversion, more than the source's rounding allows
        nominal = (
            measure.value * _NOMINAL_INCH
            if measure.unit == "inch" and measure.value == measure.value.to_integral_value()
            else None
        )
        for other in theirs:
            if other.kind != measure.kind or other.unit == measure.unit:
                continue
            if within and _LOOSELY_ONE.get(other.unit, other.unit) != loose:
                continue
            if loose in given and (other.value, _LOOSELY_ONE.get(other.unit, other.unit)) in own:
                continue
            if (other.unit in _ENERGY) != (measure.unit in _ENERGY):
                continue  # '1,200W' as '1.2 kWh' is a slip, not a conversion
            if metric_reader and other.unit in _IMPERIAL and measure.unit not in _IMPERIAL:
                continue  # '23 kg' as '50ポンド': an engine's conversion, not a translation
            other_base = _in_base(other.value, other.unit)
            one = _in_base(other.value + other.step, other.unit)
            if other_base is None or one is None:
                continue
            # within half the translation's last place, and 1% for the source's rounding
            slack = abs(one - other_base) / 2 + abs(base) / 100
            if abs(base - other_base) <= slack or (
                nominal is not None and abs(nominal - other_base) <= slack
            ):
                starts.add(measure.start)
                inches = _HEIGHT.match(measure.written)
                if inches is not None:  # ('6\'1"': its inches are a figure of their own)
                    starts.add(measure.start + inches.start(2) - inches.start(1))
                break
    return frozenset(starts)


_NOMINAL_INCH = Decimal(25)
# the units of energy among those of power (one kind, for the slips between them)
_ENERGY = frozenset({"Wh", "kWh", "MWh", "GWh", "TWh", "mAh", "Ah"})
# units Japanese and Korean readers do not measure in (a screen's inches they do), so a
# metric figure given in one of them there is converted for nobody
_IMPERIAL = frozenset({"lb", "oz", "ft", "ft2", "acre", "mile", "F", "mph", "mpg"})
_KANA_OR_HANGUL = lazy_compile(r"[\u3041-\u30ff\uac00-\ud7a3]")


_FIGURE_FIRST = lazy_compile(r"^\D*[\d.,]+")


def _range_heads(text: str, measures: Sequence[_Measure]) -> list[_Measure]:
    """The first figures of ranges whose unit only the second one has, with that unit
    (and the sides of a box before the one that writes it)."""
    by_start = {m.start: m for m in measures}
    heads = []
    # from the last: a side takes its unit from the side after it, which may be a head too
    for match in reversed(list(_RANGE_HEAD.finditer(text))):
        tail = by_start.get(match.end() + (text[match.end()] in "-−"))
        if tail is None or match.start(2) in by_start:
            continue
        value = Decimal(match[2]) * (-1 if match[1] else 1)
        step = Decimal(1).scaleb(-len(match[2].split(".")[1])) if "." in match[2] else Decimal(1)
        # written with the unit it borrows: '-10～40℃' reads '-10℃'
        written = (match[1] or "") + match[2] + _FIGURE_FIRST.sub("", tail.written, count=1)
        head = _Measure(value, tail.kind, tail.unit, written, match.start(2), step)
        heads.append(head)
        by_start[head.start] = head
    return heads[::-1]


def signs_dropped(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[UnitChange]:
    """The source's temperatures below zero that the target gives above it, with the same
    figure and unit and never below zero ('영하 20°C' as '20°C', '-4°F' as '4°F'); a range's
    first figure has its second one's unit ('-10～40℃' as '10°C to 40°C')."""
    if silent(memo, "units.signs_dropped"):
        return []
    measures = _measure_list(source)
    mine = [
        m
        for m in (*measures, *_range_heads(source, measures))
        if m.kind == "temperature" and m.value < 0
    ]
    if not mine:
        keep_silent(memo, "units.signs_dropped")
        return []
    measures = _measure_list(target)
    theirs = {(m.value, m.unit): m.written for m in (*measures, *_range_heads(target, measures))}
    return [
        UnitChange(m.written, theirs[(-m.value, m.unit)])
        for m in mine
        if (m.value, m.unit) not in theirs and (-m.value, m.unit) in theirs
    ]


def is_unit(word: str) -> bool:
    """Whether ``word`` is a unit's symbol ('MW', 'Mt-CO2e', 'kgCO2'), no code or name."""
    return word in _SYMBOLS


def measure_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` gives a figure with its unit ('16.2km/L', '38mpg', '250kW'): letters
    every language writes, never text left in another language."""
    if _GATE.search(text) is None:
        return []
    # an emissions unit ('t-CO2e') is one word to PR408 already, which counts it with the
    # English around it ('tCO2e in total' is three words left)
    return [(m.start(2), m.end()) for m in _MEASURE.finditer(text) if "CO2" not in m[6]]


# a measurement restated in another unit in brackets right after it ('42 m² (452 sq ft)',
# '210㎡（約2,260平方フィート）', '5 km (about 3.1 miles)', '25°C (77°F)'): the bracket
# opens, perhaps with a word of rounding, and the restated figure follows
_RESTATED_BETWEEN = lazy_compile(
    r"\s?[(（]\s?(?:(?:about|approx\.|approximately|around|roughly|some|nearly|約|およそ|약)\s?)?"
)


_DIGIT = lazy_compile(r"\d")
_CLOSED = lazy_compile(r"\s?[)）]")  # the bracket closes on the restatement


@dataclass(frozen=True, slots=True)
class WrongRestatement:
    """A measurement whose restatement in another unit does not convert."""

    start: int  # where the first figure starts
    end: int  # where the bracket of its restatement closes
    first: str  # the measurement, as written
    restated: str  # its restatement, as written


def restated_wrong(text: str) -> list[WrongRestatement]:
    """Each measurement of ``text`` restated in brackets in another unit of its kind that
    is off by more than the two figures' rounding and 1% ('42 m² (542 sq ft)': 42 m² is
    452 sq ft). A restatement in a unit that does not convert (a price, a count) is no
    restatement."""
    if "(" not in text and "（" not in text:
        return []
    measures = _measure_list(text)
    out = []
    for first, second in pairwise(measures):
        if first.kind != second.kind or first.unit == second.unit:
            continue
        if (first.unit in _ENERGY) != (second.unit in _ENERGY):
            continue
        figure = _DIGIT.search(first.written)
        end = first.start + len(first.written) - (figure.start() if figure is not None else 0)
        between = text[end : second.start]
        if _RESTATED_BETWEEN.fullmatch(between) is None:
            continue
        closed = _CLOSED.match(text, second.start + len(second.written))
        if closed is None:
            continue  # ('1.2GW (15MW급 풍력터빈 80기)': a turbine's size, not the farm's)
        if not _converts(first, second):
            out.append(WrongRestatement(first.start, closed.end(), first.written, second.written))
    return out


def _converts(first: _Measure, second: _Measure) -> bool:
    """Whether ``second`` states ``first`` in its own unit, within both figures' rounding
    (half their last place) and 1%."""
    values = [
        _in_base(first.value, first.unit),
        _in_base(first.value + first.step, first.unit),
        _in_base(second.value, second.unit),
        _in_base(second.value + second.step, second.unit),
    ]
    if any(value is None for value in values):
        return True  # (a unit with no conversion: nothing to judge)
    a, a_step, b, b_step = (v for v in values if v is not None)
    slack = abs(a_step - a) / 2 + abs(b_step - b) / 2 + abs(a) / 100
    return abs(a - b) <= slack
