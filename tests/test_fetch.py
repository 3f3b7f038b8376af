"""The fetch stage against real HTTP servers on loopback.

The test server is reached by its host name (`localhost`), which the settings allow-list
(`loopback_settings` in conftest.py); the same server addressed as 127.0.0.1 is not on
the list, which is how a redirect to 127.0.0.1 is shown to be refused by the guard.
"""

from __future__ import annotations

import itertools
import re
import socket
import threading

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline.stages.fetch import Fetcher, FetchError, HostThrottle, Request as FetchRequest
from pipeline.settings import Settings
from slow_server import dripping_server

MB = 1024 * 1024


def requested_paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


def test_fetch_returns_body_media_type_charset_and_validators(httpserver, loopback_settings):
    httpserver.expect_request("/page", headers={"User-Agent": loopback_settings.user_agent}).respond_with_data(
        "<p>Привет</p>".encode("cp1251"),
        headers={"Content-Type": "Text/HTML; charset=Windows-1251", "ETag": '"v1"', "Last-Modified": "Sat, 08 Jan 2022 10:00:00 GMT"},
    )  # fmt: skip
    with Fetcher(loopback_settings) as fetcher:
        response = fetcher.fetch(httpserver.url_for("/page"))
    assert response.status == 200
    assert response.body == "<p>Привет</p>".encode("cp1251")
    assert response.content_type == "text/html"
    assert response.charset == "windows-1251"
    assert response.etag == '"v1"'
    assert response.last_modified == "Sat, 08 Jan 2022 10:00:00 GMT"
    assert response.url == response.final_url == httpserver.url_for("/page")
    assert not response.not_modified


def test_conditional_get_sends_validators_and_returns_not_modified(httpserver, loopback_settings):
    httpserver.expect_request(
        "/feed", headers={"If-None-Match": '"v1"', "If-Modified-Since": "Sat, 08 Jan 2022 10:00:00 GMT"}
    ).respond_with_data("", status=304)
    httpserver.expect_request("/feed").respond_with_data("<rss/>", content_type="application/rss+xml")
    with Fetcher(loopback_settings) as fetcher:
        conditional = fetcher.fetch(
            httpserver.url_for("/feed"), etag='"v1"', last_modified="Sat, 08 Jan 2022 10:00:00 GMT"
        )
        plain = fetcher.fetch(httpserver.url_for("/feed"))
    assert conditional.not_modified and conditional.body == b""
    assert plain.status == 200 and plain.body == b"<rss/>"


@pytest.mark.parametrize(
    ("cache_control", "max_age"),
    [
        ("public, max-age=600", 600.0),
        ('max-age="300"', 300.0),
        ("no-cache", 0.0),
        ("max-age=600, no-store", 0.0),
        ("private", None),
        ("max-age=soon", None),
        ("max-age=99999999999999999999999999", 2.0**31),  # RFC 9111's cap: no date overflows
    ],
)
def test_an_answer_says_how_long_it_stays_fresh(httpserver, loopback_settings, cache_control, max_age):
    httpserver.expect_request("/feed").respond_with_data("<rss/>", headers={"Cache-Control": cache_control})
    with Fetcher(loopback_settings) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/feed")).max_age == max_age


@pytest.mark.parametrize(
    ("status", "transient"),
    [(400, False), (403, False), (404, False), (410, False),
     (408, True), (425, True), (429, True), (500, True), (502, True), (503, True)],
)  # fmt: skip
def test_error_status_is_a_fetch_error_naming_url_and_status(httpserver, loopback_settings, status, transient):
    httpserver.expect_request("/gone").respond_with_data("no", status=status)
    url = httpserver.url_for("/gone")
    with Fetcher(loopback_settings) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.status == status
    assert caught.value.url == url
    assert caught.value.reason.startswith(f"HTTP {status} ")
    assert str(caught.value) == f"{url}: {caught.value.reason}"
    assert caught.value.transient is transient


def test_closed_port_is_a_fetch_error(loopback_settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Closed now: nothing listens on the port.
    url = f"http://localhost:{port}/"
    with Fetcher(loopback_settings) as fetcher, pytest.raises(FetchError, match="cannot fetch") as caught:
        fetcher.fetch(url)
    assert caught.value.url == url and caught.value.status is None
    assert caught.value.transient  # the server may be back next time


def test_read_timeout_is_a_fetch_error(httpserver, loopback_settings):
    release = threading.Event()

    def stall(request: Request) -> Response:
        release.wait(10)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(stall)
    settings = loopback_settings.replace(read_timeout=0.2)
    try:
        with Fetcher(settings) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.fetch(httpserver.url_for("/slow"))
    finally:
        release.set()
    assert caught.value.reason == "timed out (no data for 0.2 s)"
    assert caught.value.transient


@pytest.mark.parametrize("headers_at_once", [False, True], ids=["headers-dripped", "body-dripped"])
def test_a_server_dripping_its_answer_is_cut_off_at_the_fetch_deadline(headers_at_once):
    """A byte every 0.05 s never trips the read timeout; the deadline ends the fetch whatever
    phase it is in (a body without a length would otherwise just end, truncated, when cut)."""
    settings = Settings(allow_private_networks=True, respect_robots=False, host_delay=0, fetch_deadline=1)
    with dripping_server(headers_at_once=headers_at_once) as url:
        with Fetcher(settings) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.fetch(url)
    assert (caught.value.url, caught.value.reason) == (url, "no complete answer within the 1 s fetch deadline")
    assert caught.value.transient  # it may answer in time next run


def streamed_body(sent: list[int], total: int, chunk: int = MB):
    """A body of `total` bytes, produced a chunk at a time; `sent` counts what was produced."""
    for _ in range(total // chunk):
        sent.append(chunk)
        yield b"x" * chunk


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "no-content-length"])
def test_fifty_megabyte_body_is_refused_without_being_read(httpserver, loopback_settings, declare_length):
    sent: list[int] = []
    headers = {"Content-Length": str(50 * MB)} if declare_length else {}
    httpserver.expect_request("/huge").respond_with_handler(
        lambda request: Response(streamed_body(sent, 50 * MB), headers=headers, content_type="text/html")
    )
    settings = loopback_settings.replace(max_response_bytes=2 * MB)
    with Fetcher(settings) as fetcher, pytest.raises(FetchError, match=f"larger than {2 * MB} bytes") as caught:
        fetcher.fetch(httpserver.url_for("/huge"))
    # The server stops producing once the client hangs up; far less than 50 MB left it.
    assert sum(sent) < 50 * MB
    assert not caught.value.transient  # it will be as big next time


def test_redirects_are_followed_and_final_url_reported(httpserver, loopback_settings):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/middle"})
    httpserver.expect_request("/middle").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/new")}
    )
    httpserver.expect_request("/new").respond_with_data("here", content_type="text/plain")
    with Fetcher(loopback_settings) as fetcher:
        response = fetcher.fetch(httpserver.url_for("/old"))
    assert response.url == httpserver.url_for("/old")
    assert response.final_url == httpserver.url_for("/new")
    assert response.body == b"here"


def test_redirect_loop_is_a_fetch_error(httpserver, loopback_settings):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/c"})
    httpserver.expect_request("/c").respond_with_data("", status=302, headers={"Location": "/b"})
    with Fetcher(loopback_settings) as fetcher:
        with pytest.raises(FetchError) as back_to_start:
            fetcher.fetch(httpserver.url_for("/b"))
        with pytest.raises(FetchError) as further_on:
            fetcher.fetch(httpserver.url_for("/a"))
    # The reason never repeats the URL that str() already starts with.
    assert back_to_start.value.url == httpserver.url_for("/b")
    assert back_to_start.value.reason == "redirect loop back to this URL"
    assert further_on.value.url == httpserver.url_for("/a")
    assert further_on.value.reason == f"redirect loop at {httpserver.url_for('/b')}"
    assert not further_on.value.transient


def test_too_many_redirects_is_a_fetch_error(httpserver, loopback_settings):
    for hop in range(3):
        httpserver.expect_request(f"/{hop}").respond_with_data("", status=307, headers={"Location": f"/{hop + 1}"})
    httpserver.expect_request("/3").respond_with_data("finally")
    settings = loopback_settings.replace(max_redirects=2)
    with Fetcher(settings) as fetcher, pytest.raises(FetchError, match="more than 2 redirects"):
        fetcher.fetch(httpserver.url_for("/0"))
    assert "/3" not in requested_paths(httpserver)


def test_redirect_to_loopback_address_is_refused_before_connecting(httpserver, loopback_settings):
    if httpserver.host == "127.0.0.1":
        pytest.skip("the test server must be reached by a name other than 127.0.0.1")
    secret = f"http://127.0.0.1:{httpserver.port}/secret"  # the very same server, by address
    httpserver.expect_request("/start").respond_with_data("", status=302, headers={"Location": secret})
    httpserver.expect_request("/secret").respond_with_data("metadata")
    with Fetcher(loopback_settings) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(httpserver.url_for("/start"))
    assert caught.value.url == httpserver.url_for("/start")
    assert f"refused: redirected to {secret}" in caught.value.reason
    assert "127.0.0.1" in caught.value.reason
    assert requested_paths(httpserver) == ["/start"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/",
        "http://[::1]:9/",
        "http://localhost:9/",  # a name that resolves to loopback
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
        "http://100.100.100.200/latest/meta-data/",  # cloud metadata (shared address space)
        "http://[fd00:ec2::254]/",  # cloud metadata (IPv6 unique local)
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://224.0.0.1/",  # multicast
        "http://0.0.0.0:9/",
        "http://[::ffff:127.0.0.1]:9/",  # loopback in IPv4-mapped form
    ],
)
def test_non_public_addresses_are_refused_by_default(url):
    with Fetcher(Settings(respect_robots=False)) as fetcher, pytest.raises(FetchError, match="refused: ") as caught:
        fetcher.fetch(url)
    assert caught.value.url == url
    assert not caught.value.transient


def test_allow_private_networks_turns_the_guard_off(httpserver):
    httpserver.expect_request("/inside").respond_with_data("ok")
    settings = Settings(allow_private_networks=True, respect_robots=False, host_delay=0)
    with Fetcher(settings) as fetcher:
        assert fetcher.fetch(f"http://127.0.0.1:{httpserver.port}/inside").body == b"ok"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_non_http_schemes_are_refused(url, loopback_settings):
    with Fetcher(loopback_settings) as fetcher, pytest.raises(FetchError, match="unsupported URL scheme") as caught:
        fetcher.fetch(url)
    assert url not in caught.value.reason and not caught.value.transient


@pytest.mark.parametrize(
    ("url", "reason"), [("http:///path", "no host in the URL"), ("http://[::1/", "invalid URL: Invalid port: ':1'")]
)
def test_malformed_urls_are_refused_without_repeating_them(url, reason, loopback_settings):
    with Fetcher(loopback_settings) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert (caught.value.url, caught.value.reason) == (url, reason)


def test_redirect_to_a_file_url_is_refused(httpserver, loopback_settings):
    httpserver.expect_request("/sneaky").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    with Fetcher(loopback_settings) as fetcher, pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        fetcher.fetch(httpserver.url_for("/sneaky"))


def test_robots_txt_is_obeyed_and_read_once_per_host(httpserver, loopback_settings):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\n\nUser-agent: newsmon\nDisallow: /private\n", content_type="text/plain"
    )
    httpserver.expect_request("/public").respond_with_data("open")
    httpserver.expect_request("/private/page").respond_with_data("closed")
    with Fetcher(loopback_settings.replace(respect_robots=True)) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/public")).body == b"open"
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(httpserver.url_for("/private/page"))
        assert caught.value.reason == f"disallowed by {httpserver.url_for('/robots.txt')}"
        assert not caught.value.transient  # the site does not want it fetched
        assert fetcher.fetch(httpserver.url_for("/public")).body == b"open"
    assert requested_paths(httpserver) == ["/robots.txt", "/public", "/public"]


def test_robots_rules_apply_to_redirect_targets(httpserver, loopback_settings):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private\n")
    httpserver.expect_request("/open").respond_with_data("", status=302, headers={"Location": "/private/x"})
    httpserver.expect_request("/private/x").respond_with_data("closed")
    with (
        Fetcher(loopback_settings.replace(respect_robots=True)) as fetcher,
        pytest.raises(FetchError, match="disallowed"),
    ):
        fetcher.fetch(httpserver.url_for("/open"))
    assert "/private/x" not in requested_paths(httpserver)


def test_robots_txt_missing_allows_everything(httpserver, loopback_settings):
    httpserver.expect_request("/robots.txt").respond_with_data("not here", status=404)
    httpserver.expect_request("/page").respond_with_data("open")
    with Fetcher(loopback_settings.replace(respect_robots=True)) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/page")).body == b"open"


def test_robots_txt_server_error_disallows_everything(httpserver, loopback_settings):
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_request("/page").respond_with_data("open")
    with Fetcher(loopback_settings.replace(respect_robots=True)) as fetcher:
        with pytest.raises(FetchError, match=r"robots.txt unavailable \(HTTP 503.*assume disallow-all") as caught:
            fetcher.fetch(httpserver.url_for("/page"))
    assert requested_paths(httpserver) == ["/robots.txt"]
    assert caught.value.transient  # robots.txt may answer next time


class FakeClock:
    """Time that passes only when someone sleeps; records the sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_host_throttle_spaces_requests_to_one_host_only():
    clock = FakeClock()
    throttle = HostThrottle(2.0, clock=clock, sleep=clock.sleep)
    with throttle.turn("a.example"):
        clock.now += 0.5  # the request takes half a second
    with throttle.turn("b.example"):
        pass
    assert clock.sleeps == []  # first visits, and another host, never wait
    with throttle.turn("a.example"):
        pass
    assert clock.sleeps == [2.0]  # counted from the end of the previous request
    clock.now += 5.0
    with throttle.turn("a.example"):
        pass
    assert clock.sleeps == [2.0]  # the delay had already passed


def test_fetcher_waits_between_requests_to_one_host(httpserver, loopback_settings):
    clock = FakeClock()
    httpserver.expect_request("/page").respond_with_data("ok")
    throttle = HostThrottle(2.0, clock=clock, sleep=clock.sleep)
    with Fetcher(loopback_settings, throttle=throttle) as fetcher:
        results = list(fetcher.fetch_many([httpserver.url_for("/page")] * 3, FetchRequest))
    assert [result.body for _, result in results] == [b"ok"] * 3
    assert requested_paths(httpserver) == ["/page"] * 3
    # No time passes on the fake clock but by sleeping: every request after the first waits the whole delay.
    assert clock.sleeps == [2.0, 2.0]


def test_a_hosts_crawl_delay_spaces_its_requests_further(httpserver, loopback_settings):
    clock = FakeClock()
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 7\n")
    httpserver.expect_request("/page").respond_with_data("ok")
    throttle = HostThrottle(2.0, clock=clock, sleep=clock.sleep)
    with Fetcher(loopback_settings.replace(respect_robots=True), throttle=throttle) as fetcher:
        for _ in range(3):
            assert fetcher.fetch(httpserver.url_for("/page")).body == b"ok"
    # robots.txt itself at the default delay; each page after it 7 s after the one before
    assert clock.sleeps == [2.0, 7.0, 7.0]


def test_retry_after_holds_the_host_back_and_a_long_one_waits_for_the_next_run(httpserver, loopback_settings):
    clock = FakeClock()
    httpserver.expect_oneshot_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "30"})
    httpserver.expect_request("/page").respond_with_data("ok")
    throttle = HostThrottle(0.0, longest_wait=60, clock=clock, sleep=clock.sleep)
    with Fetcher(loopback_settings, throttle=throttle) as fetcher:
        with pytest.raises(FetchError) as busy:
            fetcher.fetch(httpserver.url_for("/busy"))
        assert busy.value.transient
        assert fetcher.fetch(httpserver.url_for("/page")).body == b"ok"
        assert clock.sleeps == [30.0]  # the host's pause, then the page
        throttle.pause(httpserver.host, 3600)  # as a Retry-After of an hour would
        with pytest.raises(FetchError, match="asked for a pause") as paused:
            fetcher.fetch(httpserver.url_for("/page"))
        assert paused.value.transient and clock.sleeps == [30.0]


def test_fetch_many_runs_hosts_concurrently_and_yields_each_answer_as_it_comes(
    httpserver, other_host, loopback_settings
):
    """The request to host A is answered only once B's answer was handed on: a fetcher
    yielding in the order asked would wait for A with B's answer held back."""
    b_handed_on = threading.Event()

    def a_waits_for_b(request: Request) -> Response:
        return Response("a") if b_handed_on.wait(10) else Response("B never came", status=503)

    httpserver.expect_request("/a").respond_with_handler(a_waits_for_b)
    other_host.expect_request("/b").respond_with_data("b")
    httpserver.expect_request("/missing").respond_with_data("", status=404)
    urls = [httpserver.url_for("/a"), other_host.url_for("/b"), httpserver.url_for("/missing")]
    settings = loopback_settings.replace(allowed_hosts=(httpserver.host, "127.0.0.1"), concurrency=2)
    results = {}
    with Fetcher(settings) as fetcher:
        for url, answer in fetcher.fetch_many(urls, FetchRequest):
            results[url] = answer
            if url == urls[1]:
                b_handed_on.set()
    assert list(results)[0] == urls[1]
    assert results[urls[0]].body == b"a"
    assert results[urls[1]].body == b"b"
    assert isinstance(results[urls[2]], FetchError) and results[urls[2]].status == 404


def test_fetch_many_sends_validators_and_yields_items_without_a_request_at_once(httpserver, loopback_settings):
    modified = "Sat, 08 Jan 2022 10:00:00 GMT"
    httpserver.expect_request(
        "/feed", headers={"If-None-Match": '"v1"', "If-Modified-Since": modified}
    ).respond_with_data("", status=304)
    httpserver.expect_request("/page").respond_with_data("page")
    feed = FetchRequest(httpserver.url_for("/feed"), etag='"v1"', last_modified=modified)
    page = FetchRequest(httpserver.url_for("/page"))
    items = ["first", feed, "between", page, "last"]
    with Fetcher(loopback_settings.replace(concurrency=2)) as fetcher:
        results = list(fetcher.fetch_many(items, lambda item: item if isinstance(item, FetchRequest) else None))
    # Taken while the window has room, the items without a request come out before any answer.
    assert [item for item, _ in results][:2] == ["first", "between"]
    answers = dict(results)
    assert [answers[item] for item in ("first", "between", "last")] == [None, None, None]
    assert (answers[feed].status, answers[feed].body) == (304, b"")
    assert (answers[page].status, answers[page].body) == (200, b"page")
    assert sorted(requested_paths(httpserver)) == ["/feed", "/page"]


def test_fetch_many_takes_no_more_than_concurrency_urls_at_once_and_a_slow_one_holds_back_no_other(
    httpserver, other_host, loopback_settings
):
    concurrency = 3
    taken: list[str] = []
    others_handed_on = threading.Event()

    def slow(request: Request) -> Response:
        return Response("first") if others_handed_on.wait(10) else Response("never released", status=503)

    def urls(count: int):
        for url in [httpserver.url_for("/first")] + [other_host.url_for(f"/{n}") for n in range(1, count)]:
            taken.append(url)
            yield url

    httpserver.expect_request("/first").respond_with_handler(slow)
    other_host.expect_request(re.compile(r"/\d+")).respond_with_handler(lambda request: Response(request.path))
    settings = loopback_settings.replace(allowed_hosts=(httpserver.host, "127.0.0.1"), concurrency=concurrency)
    bodies = []
    with Fetcher(settings) as fetcher:
        for _, response in fetcher.fetch_many(urls(10), FetchRequest):
            bodies.append(response.body)
            assert len(taken) - len(bodies) < concurrency  # in flight when this answer came
            if len(bodies) == 9:
                others_handed_on.set()
    assert sorted(bodies[:-1]) == [f"/{n}".encode() for n in range(1, 10)] and bodies[-1] == b"first"
