"""`prlocalize build --jobs`: the same bytes, the same messages and the same failures with
one worker and with several, on an archive of a few hundred releases whose catalogs are
partly translated (untranslated, fuzzy, withheld by the checks, refused by the sanitizer)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.catalog import build_template, merge_catalog, po_path, write_catalog
from prlocalize.readers import read_document

RELEASES = 200
LOCALES = ("ja", "ko")
ORGS = ("Hanul Bank", "Minato Seiki Co., Ltd.", "Northwind Biologics Corp.", "Acme Inc.")
SENTENCES = (
    "{org} today announced a partnership worth {n} million dollars.",
    "The agreement was signed on May {d}, 2024, in Tokyo.",
    "Revenue grew by {n}.{d}% compared with the previous fiscal year.",
    "For details, visit https://www.example.com/news/{n}.",
    "The facility will employ around {n}0 researchers from {org}.",
    "Participants discussed regenerative medicine and market access in Asia.",
)


def _paragraph(rnd: random.Random) -> str:
    return " ".join(
        rnd.choice(SENTENCES).format(
            org=rnd.choice(ORGS), n=rnd.randint(2, 99), d=rnd.randint(1, 9)
        )
        for _ in range(rnd.randint(2, 4))
    )


def _release(rnd: random.Random, index: int) -> tuple[str, str]:
    title = f"{rnd.choice(ORGS)} Opens Office No. {index}"
    paragraphs = [_paragraph(rnd) for _ in range(rnd.randint(2, 4))]
    kind = index % 3
    if kind == 0:
        return "md", f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    if kind == 1:
        body = "".join(
            f"<p>{p} See <a href='https://e.example/{index}'>more</a>.</p>\n" for p in paragraphs
        )
        head = f"<!DOCTYPE html>\n<html lang='en'><head><title>{title}</title></head>\n"
        return "html", f"{head}<body>\n<h1>{title}</h1>\n{body}</body></html>\n"
    return "txt", f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def _translate(msgid: str, locale: str, n: int) -> tuple[str, bool]:
    """(msgstr, fuzzy): every few entries untranslated, fuzzy, with a changed figure (the
    checks withhold it) or with markup the source lacks (the sanitizer refuses it)."""
    mark = "訳" if locale == "ja" else "번역"
    if n % 5 == 0:
        return "", False
    if n % 7 == 0:
        return f"［{mark}］{msgid}", True
    if n % 11 == 0 and re.search(r"\d", msgid):
        return f"［{mark}］" + re.sub(r"\d", "7", msgid), False
    if n % 13 == 0:
        return f"<b onclick='x()'>{mark}</b>{msgid}", False
    return f"［{mark}］{msgid}", False


def make_archive(root: Path, count: int = RELEASES) -> Path:
    """``root/rel`` with ``count`` releases and ``root/loc`` with their catalogs."""
    rnd = random.Random(16)
    releases = root / "rel"
    releases.mkdir(parents=True)
    n = 0
    for index in range(count):
        suffix, text = _release(rnd, index)
        path = releases / f"news-{index:04d}.{suffix}"
        path.write_text(text, encoding="utf-8")
        template = build_template([read_document(path, lang="en")])
        for locale in LOCALES:
            catalog, _ = merge_catalog(None, template, locale)
            for message in catalog:
                if message.id:
                    n += 1
                    message.string, fuzzy = _translate(str(message.id), locale, n)
                    if fuzzy:
                        message.flags.add("fuzzy")
            write_catalog(po_path(root / "loc", locale, path.stem), catalog)
    return root


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("archive"))


def _build(run_cli: Callable[..., Result], root: Path, out: str, *extra: str) -> Result:
    args = ["build", str(root / "rel"), "-d", str(root / "loc"), "-o", str(root / out)]
    return run_cli(*args, *[a for loc in LOCALES for a in ("-l", loc)], *extra)


def test_one_worker_and_three_write_the_same_bytes_and_say_the_same(
    archive: Path, run_cli: Callable[..., Result]
) -> None:
    one = _build(run_cli, archive, "out1", "--jobs", "1")
    three = _build(run_cli, archive, "out3", "--jobs", "3")
    assert one.exit_code == three.exit_code == 0, one.output
    pages = tree(archive / "out1")
    assert len(pages) == RELEASES * 3
    assert pages == tree(archive / "out3")  # byte for byte, every page
    # every kind of fallback happened, and is reported alike, in the same order
    assert one.output == three.output
    assert " PR404 " in one.output and " PR406 " in one.output
    assert "(not published: the source sentence stands in)" in one.output
    assert f"{RELEASES * 3} page(s) built: {RELEASES * 3} written, 0 unchanged" in one.output
    fell_back = re.search(r"(\d+) segment\(s\) published in the source language", one.output)
    assert fell_back and int(fell_back.group(1)) > RELEASES
    # and a page says what it withheld: the source sentence stands where a changed figure was
    ja = next(p for p in pages if p.startswith("ja/"))
    assert "［訳］" in pages[ja].decode()


def test_a_broken_catalog_midway_stops_every_worker_and_writes_nothing(
    archive: Path, run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(archive / "rel", root / "rel")
    shutil.copytree(archive / "loc", root / "loc")
    assert _build(run_cli, root, "out", "--jobs", "3").exit_code == 0
    before = tree(root / "out")
    # every release changes, so every page would be rewritten; one catalog midway is broken
    for release in sorted((root / "rel").iterdir()):
        release.write_text(release.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    broken = po_path(root / "loc", "ko", "news-0120")
    lines = broken.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("msgid ") and i > 20)
    lines[at] = 'msgid "an unterminated string'
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for jobs in ("1", "3"):
        result = _build(run_cli, root, "out", "--jobs", jobs)
        assert result.exit_code == 2, result.output
        assert f"{broken}:{at + 1}" in result.output
        assert tree(root / "out") == before  # no page replaced, no temp file left behind


def test_fallback_fail_with_workers_lists_the_same_and_writes_nothing(
    archive: Path, run_cli: Callable[..., Result]
) -> None:
    one = _build(run_cli, archive, "fail1", "--jobs", "1", "--fallback", "fail")
    three = _build(run_cli, archive, "fail3", "--jobs", "3", "--fallback", "fail")
    assert one.exit_code == three.exit_code == 1
    assert one.output == three.output
    assert re.search(r"news-0000\.md:\d+: no ja translation: ", one.output)
    assert not (archive / "fail1").exists() and not (archive / "fail3").exists()
