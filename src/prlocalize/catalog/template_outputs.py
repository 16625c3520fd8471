"""A site template's outputs in a sentence: Liquid, Jinja, Nunjucks or Handlebars
'{{ name }}' (a Jekyll or Eleventy page's '{{ site.data.company.name }}'), which the site
fills in when it builds the page. A translation keeps them as written (PR406), and
machine translation never sees them as words (:mod:`prlocalize.translate.protect`).
"""

from __future__ import annotations

from collections import Counter

from prlocalize.lazy_patterns import lazy_compile

# '{{ … }}' on one line, its inside short (a page of braces is read in one pass)
_TEMPLATE_OUTPUT = lazy_compile(r"\{\{[^{}\n]{1,200}\}\}")


def template_output_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a template's output, in order."""
    if "{{" not in text:
        return []
    return [m.span() for m in _TEMPLATE_OUTPUT.finditer(text)]


def template_outputs(text: str) -> Counter[str]:
    """The template outputs ``text`` writes ('{{ page.date }}'), their inside's spacing
    made one ('{{page.date}}' is the same output)."""
    if "{{" not in text:
        return Counter()
    return Counter(
        "{{ " + " ".join(m.group()[2:-2].split()) + " }}" for m in _TEMPLATE_OUTPUT.finditer(text)
    )
