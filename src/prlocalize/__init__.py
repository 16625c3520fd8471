"""prlocalize: localise press releases between English, Japanese and Korean.

Nothing heavy is imported here, so that ``prlocalize --help`` starts fast.
"""

__version__ = "0.1.0"
