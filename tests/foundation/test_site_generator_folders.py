"""A static site generator's source tree given as a folder of releases: the site's
templates, theme, new-page skeletons and built pages are no releases. `check site/` read
the Go templates of 'layouts/' as HTML releases ('{{ .Date.Format "2006-01-02" }}' got a
PR302 that --fix would have applied to the template), and align listed them."""

from __future__ import annotations

from pathlib import Path

from prlocalize.fsutil import iter_release_files

TEMPLATE = """\
{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  <p class="date">{{ i18n "published" }} {{ .Date.Format "2006-01-02" }}</p>
  {{ .Content }}
</article>
{{ end }}
"""
RELEASE = "---\ntitle: Hoshino Ferry Adds a Night Sailing\n---\n\nThe ferry sails at 9 p.m.\n"


def _site(root: Path, config: str, build: tuple[str, ...], content: str) -> None:
    (root / config).write_text('baseURL = "https://hoshino.example/"\n', encoding="utf-8")
    for folder in build:
        (root / folder / "_default").mkdir(parents=True)
        (root / folder / "_default" / "single.html").write_text(TEMPLATE, encoding="utf-8")
    (root / content).mkdir(parents=True)
    (root / content / "night-sailing.md").write_text(RELEASE, encoding="utf-8")
    (root / "static").mkdir()
    (root / "static" / "2019-ferry-notice.html").write_text("<p>Old notice.</p>", encoding="utf-8")


def _found(root: Path, folder: Path | None = None) -> list[str]:
    return [p.relative_to(root).as_posix() for p in iter_release_files([folder or root])]


def test_a_hugo_sites_templates_theme_and_built_pages_are_passed_over(tmp_path: Path) -> None:
    _site(tmp_path, "hugo.toml", ("layouts", "themes", "archetypes", "public"), "content/en/news")
    assert _found(tmp_path) == ["content/en/news/night-sailing.md", "static/2019-ferry-notice.html"]
    # the built site given itself is read
    assert _found(tmp_path, tmp_path / "public") == ["public/_default/single.html"]


def test_a_jekyll_sites_layouts_and_includes_are_passed_over(tmp_path: Path) -> None:
    _site(tmp_path, "_config.yml", ("_layouts", "_includes", "_site"), "_posts")
    assert _found(tmp_path) == ["_posts/night-sailing.md", "static/2019-ferry-notice.html"]


def test_a_folder_named_layouts_outside_a_site_is_read(tmp_path: Path) -> None:
    (tmp_path / "layouts").mkdir()
    (tmp_path / "layouts" / "floor-plan.html").write_text("<p>New office.</p>", encoding="utf-8")
    (tmp_path / "config.toml").write_text("", encoding="utf-8")  # no content/: no Hugo site
    assert _found(tmp_path) == ["layouts/floor-plan.html"]


def test_check_of_a_site_reads_no_template(tmp_path: Path, run_cli) -> None:
    _site(tmp_path, "hugo.toml", ("layouts", "themes"), "content/en/news")
    result = run_cli("check", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "PR302" not in result.output and "single.html" not in result.output
