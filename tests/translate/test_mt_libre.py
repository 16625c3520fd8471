"""Machine translation through deep-translator's real LibreTranslator client,
against a LibreTranslate-compatible server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from contract import CASES, MASKED, UNKNOWN, BackendContract, MachineBackendContract
from translate_servers import LibreServer

from prlocalize.errors import BackendError
from prlocalize.glossary.model import Glossary
from prlocalize.translate.base import Interrupted
from prlocalize.translate.cache import MtCache
from prlocalize.translate.engine import MtOptions
from prlocalize.translate.mt import DeepTranslatorBackend
from prlocalize.translate.policy import Budget
from prlocalize.translate.protect import ProtectedBackend


def _table(server: LibreServer) -> None:
    server.behaviour.table.update({(t, text): out for _, t, text, out in (*CASES, MASKED)})


def libre_backend(server: LibreServer, options: MtOptions) -> DeepTranslatorBackend:
    return DeepTranslatorBackend("libre", _with_url(options, server))


class TestLibreBackend(MachineBackendContract):
    @pytest.fixture
    def backend(self, libre: LibreServer, options: MtOptions) -> DeepTranslatorBackend:
        _table(libre)
        return libre_backend(libre, options)


class TestProtectedLibreBackend(BackendContract):
    """Wrapped for term protection (with no glossary terms), it still keeps the contract."""

    @pytest.fixture
    def backend(self, libre: LibreServer, options: MtOptions) -> ProtectedBackend:
        _table(libre)
        return ProtectedBackend(libre_backend(libre, options), Glossary())


def _with_url(options: MtOptions, server: LibreServer) -> MtOptions:
    options.url = server.url
    return options


def test_answers_are_drafts_named_after_the_service(libre: LibreServer, options: MtOptions) -> None:
    _table(libre)
    (candidate,) = libre_backend(libre, options).translate(["Shonan iPark"], "en", "ja")
    assert candidate is not None
    assert (candidate.origin, candidate.needs_review, candidate.label) == ("libre", True, "libre")


def test_glossary_terms_are_protected(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    libre.behaviour.table[("ja", 'Welcome to <x id="0"/>, said <x id="1"/>.')] = (
        '<x id="1"/>は「<x id="0"/>へようこそ」と述べた。'
    )
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    (candidate,) = backend.translate(["Welcome to Shonan iPark, said Oh Youngju."], "en", "ja")
    assert candidate is not None
    assert candidate.text == "オ・ヨンジュは「湘南アイパークへようこそ」と述べた。"
    sent = [LibreServer.fields(r)["q"] for r in libre.requests]
    assert sent == ['Welcome to <x id="0"/>, said <x id="1"/>.']  # the names never left


def test_dnt_term_and_person_without_form(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    libre.behaviour.table[("ja", '<x id="0"/> met <x id="1"/>.')] = (
        '<x id="0"/>は<x id="1"/>に会った。'
    )
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    (candidate,) = backend.translate(["Mikio Kato met YouTube."], "en", "ja")
    assert candidate is not None
    assert candidate.text == "Mikio KatoはYouTubeに会った。"
    assert candidate.notes == (
        "no approved form for 'Mikio Kato' (person:mikio-kato); kept as written",
    )


def test_a_dropped_placeholder_rejects_the_answer(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    libre.behaviour.table[("ja", '<x id="0"/> opened.')] = '<x id="0"/>が開設された。'
    libre.behaviour.drop_placeholder = True
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    (candidate,) = backend.translate(["Shonan iPark opened."], "en", "ja")
    assert candidate is not None
    assert candidate.rejected == 'protected term placeholder lost <x id="0"/>'


def test_placeholders_the_engine_rewrote_are_read_and_stray_tags_refused(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    """Through the real client: quotes made typographic and a tag written open and closed
    still put the approved forms back; a placeholder the engine wrapped words in gives no
    draft (never '湘南アイパーク湘南</x>')."""
    table = libre.behaviour.table
    table[("ja", '<x id="0"/> welcomed <x id="1"/>.')] = "<x id=“0”></x>は<x id=”1”/>を迎えた。"
    table[("ja", '<x id="0"/> opened.')] = '<x id="0">湘南</x>が開設された。'
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    welcomed, opened = backend.translate(
        ["Shonan iPark welcomed Oh Youngju.", "Shonan iPark opened."], "en", "ja"
    )
    assert welcomed is not None and welcomed.text == "湘南アイパークはオ・ヨンジュを迎えた。"
    assert opened is not None
    assert opened.rejected == "markup the source does not have: </x>"


def test_an_answer_in_another_language_is_no_draft(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    """An engine that hands a sentence back as it was, or answers Japanese in Korean,
    gives no draft; a name, a URL or a heading the same in both languages stays one."""
    table = libre.behaviour.table
    echoed = "The depot will close at night for repairs."
    table[("ja", echoed)] = echoed
    table[("ja", "Repairs begin in March.")] = "수리는 3월에 시작된다."
    table[("ja", "www.aozora-rail.example/depot")] = "www.aozora-rail.example/depot"
    table[("ja", "Aozora Depot Tours")] = "Aozora Depot Tours"
    table[("ko", '<x id="0"/> is open.')] = '<x id="0"/>は営業しています。'
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    texts = [echoed, "Repairs begin in March.", "www.aozora-rail.example/depot"]
    answers = backend.translate([*texts, "Aozora Depot Tours"], "en", "ja")
    assert [a.rejected if a else None for a in answers] == [
        "the answer is in en, not ja",
        "the answer is in ko, not ja",
        None,
        None,
    ]
    (korean,) = backend.translate(["Shonan iPark is open."], "en", "ko")
    assert korean is not None and korean.rejected == "the answer is in ja, not ko"


def test_an_answer_that_goes_on_in_the_other_language_is_no_draft(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    """Begun in the language asked for, then the rest in the neighbouring one: the
    figures are all there, so no check objects, and a Korean catalog got Japanese."""
    table = libre.behaviour.table
    table[("ko", "Ferry 3 leaves at 8:15 and arrives at 11:40.")] = (
        "3호선은 8時15分に出発し、11時40分に到着します。"
    )
    table[("ja", "Ferry 3 leaves at 8:15 and arrives at 11:40.")] = (
        "3号船은 8시 15분에 출발해 11시 40분에 도착한다."
    )
    # a name quoted in the other script is no switch of language
    table[("ko", "Hanako Ito will speak.")] = "이토 하나코(伊藤はなこ) 씨가 발표한다."
    table[("ja", "Kim Minjun will speak.")] = "김민준（キム・ミンジュン）氏が講演します。"
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    ferry, speaker = backend.translate(
        ["Ferry 3 leaves at 8:15 and arrives at 11:40.", "Hanako Ito will speak."], "en", "ko"
    )
    assert ferry is not None and ferry.rejected == "the answer is in ja, not ko"
    assert speaker is not None and speaker.rejected is None
    ferry, speaker = backend.translate(
        ["Ferry 3 leaves at 8:15 and arrives at 11:40.", "Kim Minjun will speak."], "en", "ja"
    )
    assert ferry is not None and ferry.rejected == "the answer is in ko, not ja"
    assert speaker is not None and speaker.rejected is None


def test_character_references_an_engine_writes_are_undone(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    """An engine that reads plain text as HTML answers '&quot;' for a quote and escapes
    the placeholders: the draft got '&quot;' and the placeholder was taken as lost."""
    table = libre.behaviour.table
    table[("ja", 'Visit "Dock 4" at <x id="0"/>.')] = (
        "&lt;x id=&quot;0&quot;/&gt;の&quot;ドック4&quot;にお越しください。"
    )
    table[("ja", "R&amp;D starts at Dock 4.")] = "ドック4でR&amp;Dを開始。"
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    visit, own = backend.translate(
        ['Visit "Dock 4" at Shonan iPark.', "R&amp;D starts at Dock 4."], "en", "ja"
    )
    assert visit is not None and visit.rejected is None
    assert visit.text == '湘南アイパークの"ドック4"にお越しください。'
    assert own is not None and own.text == "ドック4でR&amp;Dを開始。"  # the source's own


def test_an_answer_in_chinese_is_no_japanese_or_korean_draft(
    libre: LibreServer, options: MtOptions, glossary: Glossary
) -> None:
    table = libre.behaviour.table
    table[("ja", "The ferry seats 420 passengers.")] = "这艘渡轮可载客420人。"
    table[("ko", "The ferry seats 420 passengers.")] = "这艘渡轮可载客420人。"
    # a Japanese headline of Han letters alone is Japanese
    table[("ja", "New Ferry Service to Start")] = "新航路開設"
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    texts = ["The ferry seats 420 passengers.", "New Ferry Service to Start"]
    chinese, headline = backend.translate(texts, "en", "ja")
    assert chinese is not None and chinese.rejected == "the answer is in zh, not ja"
    assert headline is not None and headline.rejected is None
    (chinese,) = backend.translate(texts[:1], "en", "ko")
    assert chinese is not None and chinese.rejected == "the answer is in zh, not ko"


def test_429_is_retried_with_backoff(libre: LibreServer, options: MtOptions, sleeps) -> None:
    _table(libre)
    libre.behaviour.throttle = 2
    assert [
        c and c.text for c in libre_backend(libre, options).translate(["Shonan iPark"], "en", "ko")
    ] == ["쇼난 아이파크"]
    assert len(sleeps) == 2 and all(0 <= s <= 1.0 for s in sleeps)  # jittered, growing cap


def test_persistent_server_error_is_a_backend_error(
    libre: LibreServer, options: MtOptions, sleeps
) -> None:
    libre.behaviour.fail_after = 0
    with pytest.raises(BackendError, match=r"libre: server error .*\(HTTP 500\) after 4 attempts"):
        libre_backend(libre, options).translate(["Shonan iPark"], "en", "ja")
    assert len(libre.requests) == 4 and len(sleeps) == 3


def test_failure_mid_batch_keeps_what_was_answered(
    libre: LibreServer, tmp_path: Path, sleeps
) -> None:
    libre.behaviour.tag_unknown = True
    libre.behaviour.fail_after = 3
    cache = MtCache(tmp_path / "cache.sqlite")
    from prlocalize.translate.policy import RetryPolicy

    opts = MtOptions(
        url=libre.url, workers=1, cache=cache, retry=RetryPolicy(attempts=2, sleep=sleeps)
    )
    texts = [f"Sentence {n}." for n in range(6)]
    with pytest.raises(Interrupted) as caught:
        DeepTranslatorBackend("libre", opts).translate(texts, "en", "ja")
    done = [c.text if c else None for c in caught.value.partial]
    assert done[:3] == ["[ja] Sentence 0.", "[ja] Sentence 1.", "[ja] Sentence 2."]
    assert done[3:] == [None, None, None]
    # a re-run asks the server only for what is missing
    libre.behaviour.fail_after = None
    before = libre.count()
    again = DeepTranslatorBackend("libre", opts).translate(texts, "en", "ja")
    assert all(again)
    assert libre.count() - before == 3


def test_a_text_the_engine_always_breaks_on_is_rejected_and_the_rest_translated(
    libre: LibreServer, sleeps
) -> None:
    from prlocalize.translate.policy import RetryPolicy

    libre.behaviour.tag_unknown = True
    libre.behaviour.fail_on = {"Gate 7 opens at dawn."}
    opts = MtOptions(url=libre.url, workers=1, retry=RetryPolicy(attempts=2, sleep=sleeps))
    backend = DeepTranslatorBackend("libre", opts)
    texts = ["Boarding starts soon.", "Gate 7 opens at dawn.", "Meals are served."]
    first, broken, last = backend.translate(texts, "en", "ja")
    assert first is not None and first.text == "[ja] Boarding starts soon."
    assert last is not None and last.text == "[ja] Meals are served."
    assert broken is not None and broken.text == ""
    assert broken.rejected is not None and "HTTP 500" in broken.rejected
    # two failures with no answer between: the service is down, and no text is blamed
    libre.behaviour.fail_after = len(libre.requests)
    with pytest.raises(Interrupted) as caught:
        backend.translate(["Seats are assigned.", "Doors close early."], "en", "ja")
    assert caught.value.partial == [None, None]


def test_a_text_that_breaks_a_protected_answer_keeps_its_reason(
    libre: LibreServer, options: MtOptions, glossary: Glossary, sleeps
) -> None:
    libre.behaviour.tag_unknown = True
    libre.behaviour.fail_on = {'Trains stop at <x id="0"/>.'}
    backend = ProtectedBackend(libre_backend(libre, options), glossary)
    texts = ["Buses run hourly.", "Trains stop at Shonan iPark."]
    answered, broken = backend.translate(texts, "en", "ja")
    assert answered is not None and answered.rejected is None
    assert broken is not None and broken.rejected is not None
    assert "the service failed on this text" in broken.rejected  # not "placeholder lost"


def test_cached_segments_cost_no_request(libre: LibreServer, tmp_path: Path) -> None:
    libre.behaviour.tag_unknown = True
    opts = MtOptions(url=libre.url, cache=MtCache(tmp_path / "cache.sqlite"))
    texts = ["One.", "Two.", "One."]
    first = DeepTranslatorBackend("libre", opts).translate(texts, "en", "ko")
    assert libre.count() == 2  # duplicates are sent once
    second = DeepTranslatorBackend("libre", opts).translate(texts, "en", "ko")
    assert libre.count() == 2
    assert [c.text for c in first] == [c.text for c in second]  # type: ignore[union-attr]


def test_budget_stops_before_overspending(libre: LibreServer) -> None:
    libre.behaviour.tag_unknown = True
    budget = Budget(max_chars=10)
    opts = MtOptions(url=libre.url, workers=1, budget=budget)
    got = DeepTranslatorBackend("libre", opts).translate(["12345", "1234", "123"], "en", "ja")
    assert [bool(c) for c in got] == [True, True, False]
    assert (budget.spent, budget.refused) == (9, 1)
    assert libre.count() == 2


def test_unknown_text_costs_one_request_and_gives_none(
    libre: LibreServer, options: MtOptions
) -> None:
    assert libre_backend(libre, options).translate([UNKNOWN], "en", "ja") == [None]
    assert libre.count() == 1


def test_self_hosted_key_is_optional_public_key_required(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BackendError) as caught:
        DeepTranslatorBackend("libre", MtOptions())
    assert "PRLOCALIZE_LIBRE_API_KEY" in str(caught.value)
    DeepTranslatorBackend("libre", MtOptions(url="http://127.0.0.1:9/"))  # no key needed


@pytest.mark.parametrize(
    ("provider", "variable"),
    [
        ("microsoft", "PRLOCALIZE_MICROSOFT_API_KEY"),
        ("papago", "PRLOCALIZE_PAPAGO_CLIENT_ID"),
    ],
)
def test_missing_keys_name_the_variable(provider: str, variable: str) -> None:
    with pytest.raises(BackendError, match=f"set the environment variable {variable}"):
        DeepTranslatorBackend(provider, MtOptions())


def test_key_never_reaches_messages_or_cache(
    libre: LibreServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps
) -> None:
    secret = "libre-secret-4711"
    monkeypatch.setenv("PRLOCALIZE_LIBRE_API_KEY", secret)
    libre.behaviour.key = "another-key"  # the server refuses ours: 403
    cache_path = tmp_path / "cache.sqlite"
    opts = MtOptions(url=libre.url, cache=MtCache(cache_path))
    with pytest.raises(BackendError) as caught:
        DeepTranslatorBackend("libre", opts).translate(["Shonan iPark"], "en", "ja")
    assert secret not in str(caught.value)
    assert "check PRLOCALIZE_LIBRE_API_KEY" in str(caught.value)
    libre.behaviour.key = secret
    libre.behaviour.tag_unknown = True
    DeepTranslatorBackend("libre", opts).translate(["Shonan iPark"], "en", "ja")
    for path in tmp_path.iterdir():
        assert secret.encode() not in path.read_bytes()


def test_a_service_that_stops_answering_times_out(libre: LibreServer, sleeps) -> None:
    """deep-translator sends no timeout of its own; the backend adds MtOptions.timeout."""
    from prlocalize.translate.policy import RetryPolicy

    _table(libre)
    libre.behaviour.delay = 2.0
    opts = MtOptions(
        url=libre.url, workers=1, timeout=0.2, retry=RetryPolicy(attempts=2, sleep=sleeps)
    )
    with pytest.raises(BackendError, match="cannot reach the service"):
        DeepTranslatorBackend("libre", opts).translate(["Shonan iPark"], "en", "ja")
    assert len(libre.requests) == 2  # the timeout is retryable, like any network failure
