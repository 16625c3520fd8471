"""PR404 on an outbreak notice or a hospital's opening whose counts the translation gives
each other's figures: the infected and their close contacts ('感染者8人、濃厚接触者42人' as
'42 infected and eight close contacts'), the hospitalised and the dead ('3人が入院し、1人が
死亡' as 'three have died and one has been hospitalized'), a hospital's beds and its
intensive care unit's ('600床、うち集中治療室（ICU）は24床' as '24 beds, including 600 in
the ICU'), a trial's vaccine and placebo groups ('ワクチン群の0.8%、プラセボ群の0.9%').
Every figure stayed, so the figures matched. Japanese and Korean may name what
befell a count after it ('3人が入院し', '1명이 숨졌다'); English after it only."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CONTACTS_JA = "感染者は8人、濃厚接触者は42人です。"
CONTACTS_KO = "요양병원에서 확진자 8명, 밀접접촉자 42명이 확인됐다."
WARD_JA = "感染者のうち3人が入院し、1人が死亡しました。"
WARD_KO = "확진자 중 3명이 입원 치료 중이며, 1명이 숨졌다."
BEDS_JA = "病床数は600床で、うち集中治療室（ICU）は24床です。"
BEDS_EN = "The hospital has 600 beds, including 24 in the intensive care unit (ICU)."
CLUSTER_KO = "집단감염으로 감염자 15명과 접촉자 63명이 확인됐다."
ICU_JA = "南浜市民病院（病床数320床）のICU病床は16床です。"
PLACEBO_EN = "Three participants in the placebo group were hospitalized and one died."
ARMS_EN = (
    "Serious adverse events occurred in 0.8% of vaccine recipients and 0.9% of placebo recipients."
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CONTACTS_JA, "Eight people have been infected and 42 identified as close contacts."),
        ("en", CONTACTS_KO, "Eight confirmed cases and 42 close contacts were identified."),
        ("en", WARD_JA, "Of those infected, three have been hospitalized and one has died."),
        ("en", WARD_KO, "Of the confirmed cases, three are in hospital and one has died."),
        ("en", BEDS_JA, BEDS_EN),
        ("ko", BEDS_EN, "병상 수는 600병상이며, 이 중 중환자실(ICU)은 24병상이다."),
        ("ja", BEDS_EN, "病床数は600床で、うち24床が集中治療室（ICU）です。"),
        ("en", CLUSTER_KO, "The cluster has left 15 people infected and 63 contacts identified."),
        ("en", ICU_JA, "Minamihama Citizens Hospital (320 beds) has 16 ICU beds."),
        ("ja", ARMS_EN, "有害事象はワクチン群の0.8%、プラセボ群の0.9%に発現しました。"),
        ("ko", ARMS_EN, "이상사례는 백신군의 0.8%, 위약군의 0.9%에서 발생했다."),
        ("ja", PLACEBO_EN, "プラセボ群では3人が入院し、1人が死亡しました。"),
        ("ko", PLACEBO_EN, "위약군에서는 3명이 입원했고 1명이 사망했다."),
        # a span before its subject's verb: not the count's label
        ("en", WARD_JA, "Three days after symptoms began, three were hospitalized and one died."),
        # one figure for both: nothing to trade
        ("en", "感染者8人、濃厚接触者8人", "Eight infected and eight close contacts."),
        # the hospitalised among the infected told in another order, each with its own
        ("en", WARD_JA, "One person has died, and three remain in hospital."),
        # "one of them": the one read by its figure alone
        ("en", WARD_JA, "Three were hospitalized, and one of them has since died."),
    ],
)
def test_the_counts_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", CONTACTS_JA, "42 people have been infected and eight identified as close contacts."),
        ("en", CONTACTS_KO, "42 confirmed cases and eight close contacts were identified."),
        ("en", WARD_JA, "Of those infected, three have died and one has been hospitalized."),
        ("en", WARD_KO, "Of the confirmed cases, three have died and one is in hospital."),
        ("en", BEDS_JA, "The hospital has 24 beds, including 600 in the intensive care unit."),
        ("ko", BEDS_EN, "병상 수는 24병상이며, 이 중 중환자실(ICU)은 600병상이다."),
        ("en", CLUSTER_KO, "The cluster has left 63 people infected and 15 contacts identified."),
        ("ja", PLACEBO_EN, "プラセボ群では3人が死亡し、1人が入院しました。"),
        ("ko", PLACEBO_EN, "위약군에서는 3명이 사망했고 1명이 입원했다."),
        ("en", ICU_JA, "Minamihama Citizens Hospital (16 beds) has 320 ICU beds."),
        ("ja", ARMS_EN, "有害事象はワクチン群の0.9%、プラセボ群の0.8%に発現しました。"),
        ("ko", ARMS_EN, "이상사례는 백신군의 0.9%, 위약군의 0.8%에서 발생했다."),
    ],
)
def test_counts_swapped_are_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]
