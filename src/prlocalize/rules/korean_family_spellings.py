"""prlocalize.rules.korean_family_spellings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The spellings of one Korean family name in Latin letters (for PR102): 이 is written
'Lee', 'Yi', 'Rhee' or 'Ri', 박 'Park', 'Pak' or 'Bak', 최 'Choi' or 'Choe', 정 'Jung',
'Jeong' or 'Chung'. Each person keeps one spelling for life (passport, business card,
the company's site), and the sheet gives it; a release that writes the person's given
name with another spelling of the family name ('Lee Jung-hoon' for the sheet's 'Rhee
Jung-hoon') names them wrongly, and no edit distance tells it ('Lee' and 'Rhee' are two
letters apart in a word of three).
"""

from __future__ import annotations

# one line per family name: its spellings, the Revised Romanization's first
_SPELLINGS_TEXT = """
    lee yi rhee ri rhie yee
    park pak bak bahk
    choi choe chey choy
    jeong jung chung cheong joung
    kim gim
    kang gang
    cho jo joh
    yoon yun youn
    shin sin shinn
    lim im rim
    seo suh
    kwon gwon
    ahn an
    yoo yu
    jeon chun chon jun
    ko go koh
    moon mun
    son sohn
    bae pae bai
    baek paik paek
    heo huh hur
    shim sim
    noh roh
    kwak gwak
    seong sung
    ju joo choo chu
    gu koo ku
    eom um uhm
    byeon byun pyun
    yeom yum
    hyeon hyun
    gong kong
"""
# a spelling (case-folded) → the family name's first spelling, its key
KOREAN_FAMILY_KEY: dict[str, str] = {
    spelling: line.split()[0]
    for line in _SPELLINGS_TEXT.strip().splitlines()
    for spelling in line.split()
}
