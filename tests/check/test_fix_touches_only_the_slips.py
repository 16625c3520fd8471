"""Property: `check --fix` on a release assembled from sentences, some with a fixable slip
(a glued name, a forbidden company form, a glossary compound, a doubled mark, a missing
space), gives the same release assembled from the sentences as they should be, byte for
byte: in plain text, Markdown and HTML, with LF, CRLF or CR-only line endings, in UTF-8
or the legacy encoding an HTML page declares. The sentences without a slip hold words a
fix must not touch (an address, a file name, a handle, a correction's quoted wrong form)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from check_support import settings_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prlocalize.checking import check_paths

GLOSSARY = (
    "kind,en,given:en,family:en,forbidden:en,variants:en\n"
    "person,Harue Tominaga,Harue,Tominaga,,\n"
    'org,"Kestrel Rail Co., Ltd.",,,Kestrel Railway,Kestrel Rail\n'
    "term,low-floor,,,lowfloor,\n"
)
# (as written, as it should be); equal where the sentence has no slip
SENTENCES = [
    ("Kestrel Rail adds ten low-floor trams.", None),
    ("Harue Tominaga, its president, rode the first one.", None),
    ("The timetable is at kestrelrail.tokyo/lowfloor-trams today.", None),
    ("Riders can download lowfloor_map.pdf or follow @KestrelRailway.", None),
    ('Correction: an earlier notice misspelled "low-floor" as "lowfloor".', None),
    ("Fares stay at 180 yen, as before.", None),
    ("Kestrel Railway adds ten lowfloor trams.", "Kestrel Rail adds ten low-floor trams."),
    ("HarueTominaga, its president, rode the first one.", None),
    ("Service starts on April 1,, 2028.", "Service starts on April 1, 2028."),
    ("The trams run quietly.They are step-free.", "The trams run quietly. They are step-free."),
]
FIXED = {
    "HarueTominaga, its president, rode the first one.": (
        "Harue Tominaga, its president, rode the first one."
    ),
}


def _page(paragraphs: list[str], shape: str) -> str:
    if shape == "html":
        body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            '<html><head><meta charset="{charset}"><title>Tram news</title></head>\n'
            f"<body>\n<h1>Tram news</h1>\n{body}\n</body></html>\n"
        )
    head = "# Tram news" if shape == "md" else "Tram news"
    return "\n\n".join([head, *paragraphs]) + "\n"


_PARAGRAPH = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=4),
    shape=st.sampled_from(["txt", "md", "html"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    codec=st.sampled_from(["utf-8", "cp932"]),
)
def test_fix_gives_the_release_as_it_should_be(
    paragraphs: list[list[tuple[str, str | None]]], shape: str, newline: str, codec: str
) -> None:
    if shape != "html":
        codec = "utf-8"  # a plain file's legacy encoding is a setting, tested elsewhere
    written = [" ".join(s for s, _ in p) for p in paragraphs]
    wanted = [" ".join(right or FIXED.get(s, s) for s, right in p) for p in paragraphs]
    charset = "shift_jis" if codec == "cp932" else "utf-8"
    before = _page(written, shape).replace("{charset}", charset).replace("\n", newline)
    after = _page(wanted, shape).replace("{charset}", charset).replace("\n", newline)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "g.csv").write_text(GLOSSARY, encoding="utf-8")
        path = Path(folder) / f"news.{shape}"
        path.write_bytes(before.encode(codec))
        config = settings_for(Path(folder), Path(folder) / "g.csv")
        check_paths([path], config, fix=True, cache=False)
        assert path.read_bytes().decode(codec) == after
        assert path.read_bytes() == after.encode(codec)
        second = check_paths([path], config, fix=True, cache=False)
        assert second.fixed == 0
