"""`check --fix` on a release copied out of a PDF: the slips sit in a list item wrapped
under a hanging indent and in a paragraph on the page after a running header; each is
patched where it is in the file, and the pages' furniture is left as it was."""

from __future__ import annotations

from pathlib import Path

HEADER = "                                            NEWS RELEASE\nTakase Ropeway Co., Ltd.\n\n"
BEFORE = (
    HEADER
    + " •  The ropeway will run its cabins until 9 p.m. from July ,and the last\n"
    + "    cabin down will leave the summit at 8:40 p.m.\n\n"
    + "Page 1 of 2\n\f"
    + HEADER
    + "Tickets for the night runs cost 2,400 yen.The ropeway expects 30,000\n"
    + "riders over the summer.\n\n"
    + "Page 2 of 2\n"
)


def test_fix_patches_a_pdf_text_where_the_slips_are(run_cli, tmp_path: Path) -> None:
    release = tmp_path / "ropeway.txt"
    release.write_text(BEFORE, encoding="utf-8")
    run_cli("check", str(release), "--fix")
    assert release.read_text(encoding="utf-8") == BEFORE.replace(
        "from July ,and", "from July, and"
    ).replace("yen.The", "yen. The")
