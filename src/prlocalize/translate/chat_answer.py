"""prlocalize.translate.chat_answer
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The list of translations a chat model's message holds. Asked for a JSON object
``{"translations": [...]}``, models (and the local servers that ignore
``response_format``) wrap it: in a Markdown code fence (```` ```json ````), after a line
of their own ('Here are the translations:'), under another key (``"translation"``,
``"result"``) or as a bare array. Each of these still holds the answer, read here; a
message that holds an error (``{"error": …}`` inside an HTTP 200) or no list at all
says why.
"""

from __future__ import annotations

import json
import re

# a Markdown code fence round the JSON, with or without a language ('```json')
_FENCE = re.compile(r"```[\w-]*[ \t]*\n(.*?)\n?[ \t]*```", re.DOTALL)


class Unreadable(ValueError):
    """The message holds no list of translations (the reason says what it holds)."""


class ModelError(Exception):
    """The message is an error the server wrote where the answer belongs."""


def chat_translations(content: object) -> list[object]:
    """The translations ``content`` holds (each a text where the model wrote one), or
    :class:`Unreadable` / :class:`ModelError`."""
    return [_text(item) for item in _items(content)]


def _items(content: object) -> list[object]:
    if not isinstance(content, str) or not content.strip():
        raise Unreadable("an empty message")
    value = _json(content)
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        if isinstance(value.get("translations"), list):
            return list(value["translations"])
        if "error" in value:
            raise ModelError(_error_message(value["error"]))
        # a model that named the key itself ('translation', 'result'): the one list it holds
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            return list(lists[0])
        raise Unreadable("a JSON object without a list of translations")
    if isinstance(value, str):
        return [value]  # one text answered as a JSON string
    raise Unreadable(f"no JSON list of translations ({_excerpt(content)})")


def _text(item: object) -> object:
    """An item as a text: a model that answers ``[{"id": 0, "translation": "…"}]`` wrote
    the translation as the object's one text, and one that answers
    ``["{\"translation\": \"…\"}"]`` wrote that object as a string."""
    if isinstance(item, str) and item.lstrip().startswith("{") and item.rstrip().endswith("}"):
        try:
            inner = json.loads(item)
        except ValueError:
            return item  # braces of the text's own
        return _one_text(inner) if isinstance(inner, dict) else item
    return _one_text(item) if isinstance(item, dict) else item


def _one_text(item: dict[object, object]) -> object:
    texts = [v for v in item.values() if isinstance(v, str) and v.strip()]
    return texts[0] if len(texts) == 1 else item


def _json(content: str) -> object:
    """The JSON value ``content`` is, or holds in a fence or after words of its own."""
    candidates = [content]
    candidates += [m.group(1) for m in _FENCE.finditer(content)]
    starts = [i for i in (content.find("{"), content.find("[")) if i >= 0]
    if starts:  # 'Here are the translations: {...}': from the first bracket to the last
        start = min(starts)
        end = max(content.rfind("}"), content.rfind("]"))
        if end > start:
            candidates.append(content[start : end + 1])
    for text in candidates:
        try:
            return json.loads(text)
        except ValueError:
            continue
    return None


def _error_message(error: object) -> str:
    if isinstance(error, dict):
        error = error.get("message") or error.get("type") or error
    return " ".join(str(error).split())[:200]


def _excerpt(content: str) -> str:
    words = " ".join(content.split())
    return f"'{words[:60]}…'" if len(words) > 60 else f"'{words}'"
