"""PR404: a model number changed in a translation is one defect and gets one finding. The
figures read 'PC-20K' and 'HRV-7200W' as designations and report them changed; the codes
check ('a model, lot or part number one letter off') reported the same change again."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (
            "対象製品は電気ケトル「PC-20K」です。",
            "The affected product is the PC-20H kettle.",
            "PC-20H",
        ),
        (
            "対象はロボット掃除機HRV-7200Wです。",
            "The affected model is the HRV-7200V.",
            "HRV-7200V",
        ),
        # a lot number the figures do not read as a designation: the codes check's alone
        (
            "ロット番号A2401からA2415までが対象です。",
            "Lots B2401 through A2415 are affected.",
            "B2401",
        ),
    ],
)
def test_a_changed_code_is_reported_once(msgid: str, msgstr: str, found: str) -> None:
    findings = [f for f in translation_findings("en", msgid, msgstr) if f.code == "PR404"]
    assert [f.found for f in findings] == [found], [f.message for f in findings]
