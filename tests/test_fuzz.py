"""Ingestion under fuzzing: whatever bytes arrive, the text pipeline either reads them or
refuses them with the project's own InputError (one line: the file and the reason); it never
raises anything else, never hangs, and a refused file leaves nothing in the database.

Inputs: random bytes, truncated UTF-8 and GB18030, huge lines, control characters, only
digits, only punctuation, seed pages with random damage, and one 50 MB file. Each generated
input must be handled within DEADLINE (hypothesis fails an example that takes longer).
The example counts keep the whole file near a minute; CI runs it on both databases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article, Document
from articles.services import ingest_document
from articles.text.dates import infer_date, infer_page_dates
from articles.text.decode import decode_bytes
from articles.text.errors import InputError
from articles.text.reflow import reflow
from articles.text.split import single_story, split_document
from tracker.models import Commitment, Evidence
from tracker.text.extract import extract
from tracker.text.numbers import find_quantities
from tracker.text.periods import find_periods

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
DEADLINE = dt.timedelta(seconds=3)
FUZZ = settings(
    deadline=DEADLINE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,  # every run explores afresh; nothing is written under .hypothesis/
)

# Characters of the domain: CJK, digits of both widths, Chinese numerals, units, punctuation.
DOMAIN = ("高新技术企业力争全年新增家亿万元技术合同成交额完成突破不少于以上左右增长同比"
          "年月日底前上下半年第三季度十四五两十余百千一二三四五六七八九〇零"
          "0123456789０１２３４５６７８９.%％·—－-–/，。、；：！？（）《》“”\"'"
          " \u3000\n\n\n\t本报讯记者通讯员文图")
domain_text = st.text(alphabet=DOMAIN, max_size=600)
any_text = st.text(max_size=600)  # every Unicode category, surrogates excluded by hypothesis


def pipeline(data: bytes, *, published_on: dt.date | None = dt.date(2024, 8, 21)) -> int:
    """Everything ingestion does to a file's bytes before the database: decode, cut into
    stories (which reflows them), date them, extract from each; also reflow and extraction on
    the whole text, and a pasted-article story. Returns the number of items found."""
    decoded = decode_bytes(data, name="fuzz.txt")
    text = decoded.text
    found = 0
    reflowed = reflow(text)
    found += len(extract(reflowed, published_on=published_on, precision="day"))
    stories = split_document(text)
    guesses = infer_page_dates([story.body for story in stories])
    assert len(guesses) == len(stories)
    for story in stories:
        assert 0 <= story.span_start <= story.span_end <= len(text)
        guess = infer_date(story.title + "\n" + story.body)
        assert guess.known == (guess.published_on is not None)
        items = extract(story.body, published_on=published_on,
                        precision="day" if published_on else "unknown")
        for item in items:
            assert story.body[item.start:item.end] == item.quote
        found += len(items)
    single_story(text, title="标题")
    return found


def read_or_refuse(data: bytes, **kwargs) -> None:
    """The property: the pipeline returns, or refuses with InputError naming the file."""
    try:
        pipeline(data, **kwargs)
    except InputError as error:
        message = str(error)
        assert message.startswith("fuzz.txt: ") and "\n" not in message, message


@settings(FUZZ, max_examples=600)
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    read_or_refuse(data)


@settings(FUZZ, max_examples=300)
@given(domain_text, st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig"]),
       st.integers(min_value=0, max_value=4000))
def test_truncated_encodings(text, encoding, cut):
    data = text.encode(encoding)
    read_or_refuse(data[: min(cut, len(data))])


@settings(FUZZ, max_examples=300)
@given(any_text)
def test_any_unicode_text(text):
    read_or_refuse(text.encode("utf-8", errors="surrogatepass"))


@settings(FUZZ, max_examples=200)
@given(domain_text, st.lists(st.sampled_from(
    ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u200b",
     "\ufeff", "\ufffd", "\r", "\r\n", "\f"]), max_size=40), st.randoms())
def test_control_characters(text, controls, rng):
    chars = list(text)
    for control in controls:
        chars.insert(rng.randint(0, len(chars)), control)
    read_or_refuse("".join(chars).encode("utf-8"))


@settings(FUZZ, max_examples=200)
@given(st.sampled_from(range(len(SEED_TEXTS))), st.randoms(),
       st.integers(min_value=1, max_value=60))
def test_damaged_seed_pages(index, rng, damage):
    """A real page with random damage: characters dropped, doubled, swapped for others."""
    chars = list(SEED_TEXTS[index][: rng.randint(200, 4000)])
    for _ in range(damage):
        at = rng.randrange(len(chars))
        action = rng.random()
        if action < 0.4:
            del chars[at]
        elif action < 0.7:
            chars.insert(at, rng.choice(DOMAIN))
        else:
            chars[at] = rng.choice(DOMAIN)
    data = "".join(chars).encode(rng.choice(["utf-8", "gb18030"]))
    read_or_refuse(data, published_on=rng.choice([None, dt.date(2023, 1, 16)]))


def degenerate_text(kind: str, size: int) -> str:
    if kind == "only digits":
        return ("3141592653589793238462643383279502884197" * (size // 40 + 1))[:size]
    if kind == "only punctuation":
        return ("，。、；：！？（）《》“”…—-.,;:!?()[]" * (size // 30 + 1))[:size]
    if kind == "only numbers":
        return ("1.6万 163.8亿元 10.09% 第17位 1/6 两个 十余家\n" * (size // 40 + 1))[:size]
    if kind == "one huge line":  # no newline and no full stop: one sentence
        sentence = "力争全年新增300家高新技术企业，技术合同成交额突破170.5亿元，"
        return (sentence * (size // len(sentence) + 1))[:size]
    return "高" * size  # one huge word


@pytest.mark.parametrize("size", [1, 5_000, 100_000])
@pytest.mark.parametrize("kind", ["only digits", "only punctuation", "only numbers",
                                  "one huge line", "one huge word"])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_degenerate_files(kind, size, encoding):
    # In a child process, so that a blow-up (work growing with the square of a line) fails
    # here instead of holding the suite for minutes. Linear work on 100,000 characters takes
    # a few seconds of CPU (17,500 figures are extracted twice from "only numbers"); work
    # growing with the square of it would take many minutes. The bound is on the child's own
    # CPU time, which other processes on a loaded machine do not lengthen; the wall-clock
    # limit only stops a child that never ends.
    data = degenerate_text(kind, size).encode(encoding)
    context = multiprocessing.get_context("fork")
    outcome = context.SimpleQueue()

    def child() -> None:
        try:
            read_or_refuse(data)
        except BaseException as error:  # reported to the parent
            outcome.put(("error", repr(error)[:2000]))
            raise SystemExit(1) from None
        outcome.put(("cpu", time.process_time()))

    process = context.Process(target=child, daemon=True)
    process.start()
    process.join(CHILD_WALL_SECONDS)
    if process.is_alive():
        process.kill()
        process.join()
        pytest.fail(f"{kind}, {size:,} characters ({encoding}): "
                    f"still running after {CHILD_WALL_SECONDS} s")
    what, value = outcome.get() if not outcome.empty() else ("exit", process.exitcode)
    assert process.exitcode == 0 and what == "cpu", value
    assert value < CHILD_CPU_SECONDS, (
        f"{kind}, {size:,} characters ({encoding}): {value:.1f} s of CPU")


# Bounds of test_degenerate_files: CPU seconds of a child (linear work takes a few), and the
# wall-clock time after which a child is taken to hang whatever the machine's load.
CHILD_CPU_SECONDS = 30
CHILD_WALL_SECONDS = 180


@settings(FUZZ, max_examples=300)
@given(domain_text, st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1),
                                                  max_value=dt.date(2100, 12, 31))))
def test_numbers_and_periods_never_raise(text, reference):
    for quantity in find_quantities(text):
        assert text[quantity.start:quantity.end]
    find_periods(text, reference=reference)
    extract(text, published_on=reference, precision="day" if reference else "unknown")


def test_refusals_name_the_file_and_the_reason():
    cases = {
        b"": "empty",
        b"   \n\n\t ": "white space",
        b"%PDF-1.7 \x00\x01\x02": "PDF",
        bytes(range(256)) * 4: "",
        "。，、！？".encode(): "punctuation",
    }
    for data, reason in cases.items():
        with pytest.raises(InputError) as refused:
            decode_bytes(data, name="bad.txt")
        assert str(refused.value).startswith("bad.txt: ")
        assert reason in str(refused.value)


def test_fifty_megabyte_file_is_handled_in_bounded_time():
    """One 50 MB file (seed pages repeated, in GB18030): decoded, cut into stories and
    extracted from, or refused with InputError, within three minutes, once."""
    page = "\n\n".join(SEED_TEXTS) + "\n\f"
    copies = 50_000_000 // len(page.encode("gb18030")) + 1
    data = (page * copies).encode("gb18030")
    assert len(data) >= 50_000_000
    started = time.process_time()  # CPU time: a loaded machine does not lengthen it
    try:
        decoded = decode_bytes(data, name="big.txt")
        assert decoded.encoding.lower().replace("-", "") in {"gb18030", "gbk"}
        stories = split_document(decoded.text)
        assert len(stories) >= copies
        # Extraction is per story; a sample of them shows it stays linear.
        for story in stories[:: max(1, len(stories) // 200)]:
            extract(story.body, published_on=None, precision="unknown")
    except InputError as error:
        assert str(error).startswith("big.txt: ")
    # Splitting reads about 1 MB/s on a slow machine: linear, so bounded; a blow-up (work
    # growing with the square of a line or a page) would take hours here.
    assert time.process_time() - started < 180


def stored() -> tuple[int, int, int, int]:
    return (Document.objects.count(), Article.objects.count(), Commitment.objects.count(),
            Evidence.objects.count())


@pytest.mark.django_db
@settings(FUZZ, max_examples=30, deadline=dt.timedelta(seconds=20),  # database writes too
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=2000),
    domain_text.map(lambda text: text.encode("utf-8")),
    st.tuples(st.sampled_from(SEED_TEXTS), st.integers(min_value=1, max_value=3000)).map(
        lambda pair: pair[0].encode("gb18030")[: pair[1]]),
), number=st.integers(min_value=0, max_value=10**9))
def test_ingest_stores_a_whole_document_or_nothing(data, number):
    """Through the ingestion service and the database: a refused file leaves no trace; an
    accepted one is stored whole, every quote where its offsets say."""
    before = stored()
    name = f"fuzz-{number}.txt"
    try:
        result = ingest_document(name=name, data=data)
    except InputError as error:
        assert str(error).startswith(f"{name}: ") and "\n" not in str(error)
        assert stored() == before
        return
    # Stored under this name, or already stored under another (the same bytes: duplicate_of).
    document = Document.objects.get(sha256=hashlib.sha256(data).hexdigest())
    assert document.name in (name, result.duplicate_of)
    articles = list(Article.objects.filter(document=document))
    assert articles
    for article in articles:
        for item in [*Commitment.objects.filter(article=article),
                     *Evidence.objects.filter(article=article)]:
            assert article.body[item.start:item.end] == item.quote


@pytest.mark.django_db
def test_binary_file_in_the_middle_of_good_ones_stores_only_the_good_ones():
    good = "本报讯 8月21日，高新区召开推进会。力争全年新增300家高新技术企业。\n记者 张三\n"
    ingest_document(name="good-1.txt", data=good.encode())
    before = stored()
    with pytest.raises(InputError) as refused:
        ingest_document(name="bad.pdf", data=b"%PDF-1.7\n" + bytes(range(256)) * 100)
    assert str(refused.value).startswith("bad.pdf: ")
    assert stored() == before
    ingest_document(name="good-2.txt", data=good.replace("300", "400").encode())
    assert Document.objects.filter(name__startswith="good-").count() == 2
    assert not Document.objects.filter(name="bad.pdf").exists()
