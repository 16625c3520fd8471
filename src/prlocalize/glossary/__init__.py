"""Glossaries of people, titles, organisations, places, brands and terms."""

from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term

__all__ = ["Entry", "Glossary", "Kind", "PersonName", "Term"]
