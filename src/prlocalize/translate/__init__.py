"""prlocalize.translate
~~~~~~~~~~~~~~~~~~~~~

Fill catalogs from backends tried in a chain: the glossary, the translation
memory, then machine translation with glossary terms protected. Machine output is
a draft (fuzzy) for a translator, never silently final.
"""
