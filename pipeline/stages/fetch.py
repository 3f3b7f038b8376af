"""Fetch stage: polite, bounded HTTP GETs that fail with a `FetchError` naming the URL.

Every request
  * goes to http(s) only, and never to a loopback, private, link-local, multicast,
    reserved or cloud-metadata address: the host's resolved addresses are checked
    before connecting, again on every redirect hop (`Settings.allow_private_networks`
    turns the guard off; `Settings.allowed_hosts` exempts named hosts);
  * follows redirects itself, so each hop is checked, up to `Settings.max_redirects`;
  * obeys robots.txt (RFC 9309), fetched once per origin and cached for the
    fetcher's life: 2xx is parsed, 4xx allows everything, and 5xx or an unreachable
    robots.txt disallows everything, as RFC 9309 section 2.3.1.4 requires;
  * waits `Settings.host_delay` seconds after the previous request to the same host
    finished (one request in flight per host), or longer where the host's robots.txt
    asks (`Crawl-delay`, up to MAX_CRAWL_DELAY), while other hosts proceed in parallel;
    a 429 or 503 with `Retry-After` holds the host back that long, and when that is longer
    than a fetch may take, its pages fail for now (transient) and wait for the next run;
  * streams the body and stops reading past `Settings.max_response_bytes`
    (decompressed size, so a gzip bomb is caught too);
  * must be answered in full within `Settings.fetch_deadline` seconds of the fetch's first
    request (redirects included, waits for the host's turn not), however slowly the server
    drips its headers or body: the connection is cut when the time is up (`_Cutoff`).

`Fetcher.fetch_many` yields each answer as it comes, so a slow host holds back nothing else.

A `FetchError` says whether it is `transient` (no answer, or none within the deadline, a
5xx, 408, 425 or 429, or robots.txt unavailable): trying again later may succeed. Anything else (another 4xx,
a refused address or scheme, robots.txt disallowing, an oversized body, redirect
trouble) will fail the same way next time.

Known gap: the address check and the connection resolve the name separately, so a
DNS server that answers differently within that window (DNS rebinding) is not caught.
"""

from __future__ import annotations

import email.utils
import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, TypeVar

import httpx
from protego import Protego

from pipeline.errors import NewsmonError
from pipeline.settings import Settings

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Request Timeout, Too Early, Too Many Requests: the client errors that ask to come back later.
_TRANSIENT_CLIENT_STATUSES = frozenset({408, 425, 429})
# A robots.txt Crawl-delay above this is taken as this: a feed of pages a minute apart is read.
MAX_CRAWL_DELAY = 60.0
_ALLOW_ALL = Protego.parse("")
_DISALLOW_ALL = Protego.parse("User-agent: *\nDisallow: /")

T = TypeVar("T")


class FetchError(NewsmonError):
    """A URL could not be fetched; `str()` is "URL: reason", and `reason` never repeats the URL.

    Pass `transient=True` for a cause other than an HTTP status that may clear by itself
    (no answer, robots.txt unavailable); a status is judged by `transient` itself.
    """

    def __init__(self, url: str, reason: str, *, status: int | None = None, transient: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self._transient_cause = transient

    @property
    def transient(self) -> bool:
        """Whether fetching again later may succeed."""
        if self.status is not None and (self.status >= 500 or self.status in _TRANSIENT_CLIENT_STATUSES):
            return True
        return self._transient_cause


@dataclass(frozen=True, slots=True)
class Request:
    """A GET to make; conditional (a 304 when unchanged) when it carries a stored copy's validators."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    body: bytes
    content_type: str  # media type only, lower-case; "" when the server sent none
    charset: str | None
    etag: str | None
    last_modified: str | None
    max_age: float | None = None  # seconds it stays fresh (Cache-Control); 0: check every time

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _KeyedLocks:
    """One lock per key (host, origin), created on first use."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def __getitem__(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())


class HostThrottle:
    """Spaces requests to one host `delay` seconds apart (more where the host asks: its
    robots.txt `Crawl-delay`), and holds a host back as long as its `Retry-After` says;
    other hosts never wait on it.

    A turn holds the host's lock for the whole request, so a host has at most one
    request in flight, and the delay counts from the end of the previous one. A host that
    asked for a pause longer than `longest_wait` is not waited for: its turn raises
    HostPaused, and its pages wait for the next run.
    """

    def __init__(
        self,
        delay: float,
        *,
        longest_wait: float = float("inf"),
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._delay = delay
        self._longest_wait = longest_wait
        self._clock = clock
        self._sleep = sleep
        self._locks = _KeyedLocks()
        self._ready_at: dict[str, float] = {}
        self._delays: dict[str, float] = {}  # hosts that asked for more than `delay`

    def slow_down(self, host: str, delay: float) -> None:
        """Space this host's requests `delay` seconds apart from now on (never less than the default)."""
        self._delays[host] = max(self._delay, delay)

    def pause(self, host: str, seconds: float) -> None:
        """Send this host nothing for `seconds` (its `Retry-After`)."""
        self._ready_at[host] = max(self._ready_at.get(host, 0.0), self._clock() + seconds)

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        with self._locks[host]:
            wait_for = self._ready_at.get(host, 0.0) - self._clock()
            if wait_for > self._longest_wait:
                raise HostPaused(wait_for)
            if wait_for > 0:
                self._sleep(wait_for)
            try:
                yield
            finally:
                self._ready_at[host] = max(
                    self._ready_at.get(host, 0.0), self._clock() + self._delays.get(host, self._delay)
                )


class HostPaused(Exception):
    """A host asked for a pause longer than a fetch may wait; `seconds` of it are left."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class _RobotsRules:
    rules: Protego
    refusal: str  # the reason given for a URL the rules disallow
    unavailable: bool = False  # disallow-all stands in for a robots.txt that failed for now


class Fetcher:
    """Fetches URLs under the rules in the module docstring. Use as a context manager."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        throttle: HostThrottle | None = None,  # default: `Settings.host_delay` on the real clock
    ) -> None:
        self._settings = settings
        self._allowed_hosts = frozenset(host.lower().strip("[]") for host in settings.allowed_hosts)
        self._client = httpx.Client(
            transport=transport,
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            # No idle connection is kept: every request makes its own, which `_Cutoff` learns of
            # as it is made, and can cut at the deadline.
            limits=httpx.Limits(max_keepalive_connections=0),
            follow_redirects=False,  # each hop is checked by `_follow`
        )
        self._throttle = throttle or HostThrottle(settings.host_delay, longest_wait=settings.fetch_deadline)
        self._robots: dict[str, _RobotsRules] = {}
        self._robots_locks = _KeyedLocks()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url`; a conditional GET when `etag`/`last_modified` are given (304 -> `not_modified`)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, check_robots=self._settings.respect_robots)

    def fetch_many(
        self, items: Iterable[T], request: Callable[[T], Request | None]
    ) -> Iterator[tuple[T, Response | FetchError | None]]:
        """Fetch each item's `request(item)` on `settings.concurrency` threads; yield (item, result)
        as each is answered, not in the order of `items`, so that a slow host holds back nothing
        else (each fetch ends by `fetch_deadline` at the latest).

        An item whose request is None is not fetched: it is yielded (its result None) as soon
        as it is taken. Items are taken from `items` only while fewer than `concurrency` fetches
        are in flight, so a long iterable is never loaded whole.
        """
        window = max(1, self._settings.concurrency)
        in_flight: dict[Future[Response | FetchError], T] = {}
        pending = iter(items)
        with ThreadPoolExecutor(window, thread_name_prefix="newsmon-fetch") as pool:
            try:
                while True:
                    for item in pending:  # resumed where the window last filled up
                        wanted = request(item)
                        if wanted is None:
                            yield item, None
                            continue
                        in_flight[pool.submit(self._fetch_or_error, wanted)] = item
                        if len(in_flight) == window:
                            break
                    if not in_flight:
                        return
                    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield in_flight.pop(future), future.result()
            finally:
                for future in in_flight:
                    future.cancel()

    def _fetch_or_error(self, request: Request) -> Response | FetchError:
        try:
            return self.fetch(request.url, etag=request.etag, last_modified=request.last_modified)
        except FetchError as exc:
            return exc

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> Response:
        target = self._checked_url(url, url)
        seen = {target}
        deadline = _Deadline(self._settings.fetch_deadline)
        for hop in range(self._settings.max_redirects + 1):
            self._check_address(url, target, redirected=hop > 0)
            if check_robots:
                self._check_robots(url, target)
            response, body = self._get(url, target, headers, deadline)
            status = response.status_code
            if status not in _REDIRECT_STATUSES:
                return _response(url, target, response, body)
            location = response.headers.get("location")
            if not location:
                raise FetchError(url, f"HTTP {status} redirect without a Location header", status=status)
            target = self._checked_url(url, str(target.join(location)))
            if target in seen:
                back_to = " back to this URL" if str(target) == url else f" at {target}"
                raise FetchError(url, f"redirect loop{back_to}", status=status)
            seen.add(target)
        raise FetchError(url, f"more than {self._settings.max_redirects} redirects", status=status)

    def _checked_url(self, url: str, hop: str) -> httpx.URL:
        where = "" if hop == url else f" (redirected to {hop})"
        try:
            target = httpx.URL(hop)
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"invalid URL{where}: {exc}") from None
        if target.scheme not in ("http", "https"):
            raise FetchError(url, f"unsupported URL scheme {target.scheme!r}{where}; only http and https are fetched")
        if not target.host:
            raise FetchError(url, f"no host in the URL{where}")
        return target

    def _check_address(self, url: str, target: httpx.URL, *, redirected: bool) -> None:
        """Refuse a host that resolves to any non-public address (SSRF guard)."""
        host = target.host.lower()
        if self._settings.allow_private_networks or host in self._allowed_hosts:
            return
        try:
            infos = socket.getaddrinfo(target.raw_host.decode("ascii"), target.port, type=socket.SOCK_STREAM)
        except UnicodeError as exc:
            raise FetchError(url, f"cannot resolve host {host!r}: {exc}") from None
        except socket.gaierror as exc:  # often a resolver that is down for now
            raise FetchError(url, f"cannot resolve host {host!r}: {exc}", transient=True) from None
        for *_, sockaddr in infos:
            address = ipaddress.ip_address(sockaddr[0])
            if not _is_public(address):
                via = f"redirected to {target}, whose host " if redirected else ""
                raise FetchError(
                    url,
                    f"refused: {via}{host!r} resolves to non-public address {address} "
                    "(see NEWSMON_ALLOWED_HOSTS / NEWSMON_ALLOW_PRIVATE_NETWORKS)",
                )

    def _check_robots(self, url: str, target: httpx.URL) -> None:
        origin = f"{target.scheme}://{target.netloc.decode('ascii')}"
        with self._robots_locks[origin]:
            if origin not in self._robots:
                self._robots[origin] = self._read_robots(origin)
        robots = self._robots[origin]
        if not robots.rules.can_fetch(str(target), self._settings.user_agent):
            raise FetchError(url, robots.refusal, transient=robots.unavailable)

    def _read_robots(self, origin: str) -> _RobotsRules:
        robots_url = f"{origin}/robots.txt"
        try:
            response = self._follow(robots_url, {}, check_robots=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return _RobotsRules(_ALLOW_ALL, "")
            return _RobotsRules(
                _DISALLOW_ALL,
                f"robots.txt unavailable ({exc.reason}); RFC 9309 says to assume disallow-all",
                unavailable=exc.transient,
            )
        text = response.body.decode("utf-8", errors="replace")  # RFC 9309: robots.txt is UTF-8
        rules = Protego.parse(text)
        if delay := rules.crawl_delay(self._settings.user_agent):
            host = httpx.URL(origin).host.lower()
            self._throttle.slow_down(host, min(float(delay), MAX_CRAWL_DELAY))
        return _RobotsRules(rules, f"disallowed by {robots_url}")

    def _get(
        self, url: str, target: httpx.URL, headers: dict[str, str], deadline: "_Deadline"
    ) -> tuple[httpx.Response, bytes]:
        """One throttled GET of `target` within `deadline`: the closed response and its body
        (empty for a redirect)."""
        host = target.host.lower()
        try:
            return self._get_in_turn(url, host, target, headers, deadline)
        except HostPaused as paused:  # only a turn raises it, before anything is sent
            reason = f"the host asked for a pause ({paused.seconds:.0f} s more, Retry-After)"
            raise FetchError(url, reason, transient=True) from None

    def _get_in_turn(
        self, url: str, host: str, target: httpx.URL, headers: dict[str, str], deadline: "_Deadline"
    ) -> tuple[httpx.Response, bytes]:
        with self._throttle.turn(host), _Cutoff(url, deadline) as cutoff:
            request = self._client.build_request("GET", target, headers=headers, extensions={"trace": cutoff.trace})
            try:
                response = self._client.send(request, stream=True)
                try:
                    if response.status_code in _REDIRECT_STATUSES:
                        return response, b""
                    if response.status_code >= 400:
                        if (wait := _retry_after(response)) is not None:
                            self._throttle.pause(host, wait)
                        raise FetchError(
                            url,
                            f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                            status=response.status_code,
                        )
                    return response, self._read_capped(url, response)
                finally:
                    response.close()
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timed out ({_describe_timeout(exc, self._settings)})", transient=True) from None
            except httpx.HTTPError as exc:
                # A transport error (refused, reset, cut short) may clear; a body that cannot be decoded will not.
                reason = f"cannot fetch: {exc or type(exc).__name__}"
                raise FetchError(url, reason, transient=isinstance(exc, httpx.TransportError)) from None

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self._settings.max_response_bytes
        too_big = f"response larger than {cap} bytes"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"{too_big} (Content-Length: {declared})", status=response.status_code)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchError(url, too_big, status=response.status_code)
        return bytes(body)


class _Deadline:
    """One fetch's time limit, counted from its first request: waiting for the host's turn
    behind other requests does not use it up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends: float | None = None

    def remaining(self) -> float:
        if self._ends is None:
            self._ends = time.monotonic() + self.seconds
        return self._ends - time.monotonic()


class _Cutoff:
    """Cuts one request's connection when its fetch's deadline passes, in whatever phase.

    httpx has no total timeout, and its read timeout starts again with every byte. The
    connection is learnt from httpcore's `trace` extension as it is made (the client keeps no
    idle connection, so every request makes its own) and shut down from a timer thread, which
    wakes the blocked read at once. A request cut off is a FetchError however it ended: a body
    without a length just ends when its connection does.
    """

    def __init__(self, url: str, deadline: _Deadline) -> None:
        self._url = url
        self._deadline = deadline
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._fired = False
        self._timer = threading.Timer(max(0.0, deadline.remaining()), self._fire)
        self._timer.daemon = True

    def trace(self, event: str, info: Mapping[str, Any]) -> None:
        if not event.endswith("connect_tcp.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        # A duplicate of the socket: TLS takes the original over, and shutting the duplicate
        # down shuts the connection down.
        watched = sock.dup()
        with self._lock:
            self._sockets.append(watched)
            if self._fired:
                _shut_down(watched)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            for sock in self._sockets:
                _shut_down(sock)

    def __enter__(self) -> "_Cutoff":
        if self._deadline.remaining() <= 0:
            raise self._expired()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            if self._fired:
                raise self._expired() from None

    def _expired(self) -> FetchError:
        reason = f"no complete answer within the {self._deadline.seconds:g} s fetch deadline"
        return FetchError(self._url, reason, transient=True)


def _shut_down(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # the connection is closed already
        pass


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    # ::ffff:127.0.0.1 is 127.0.0.1 on the wire.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    # is_global excludes loopback, private, link-local (169.254.169.254 metadata),
    # shared (100.64/10, Alibaba metadata), reserved and unspecified, but not multicast.
    return address.is_global and not address.is_multicast


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds a 429 or 503 asks to wait (`Retry-After`: seconds, or an HTTP date); else None."""
    value = response.headers.get("retry-after")
    if response.status_code not in (429, 503) or not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds()) if when.tzinfo else None


def _describe_timeout(exc: httpx.TimeoutException, settings: Settings) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"no connection within {settings.connect_timeout:g} s"
    if isinstance(exc, httpx.ReadTimeout):
        return f"no data for {settings.read_timeout:g} s"
    return str(exc) or type(exc).__name__


def _response(url: str, target: httpx.URL, response: httpx.Response, body: bytes) -> Response:
    headers = response.headers
    charset = response.charset_encoding
    return Response(
        url=url,
        final_url=str(target),
        status=response.status_code,
        headers=headers,
        body=body,
        content_type=headers.get("content-type", "").partition(";")[0].strip().lower(),
        charset=charset.lower() if charset else None,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        max_age=_max_age(headers.get("cache-control")),
    )


def _max_age(cache_control: str | None) -> float | None:
    """The freshness `Cache-Control` gives: max-age's seconds, 0 for no-cache or no-store."""
    directives = {
        name.strip().lower(): value.strip().strip('"')
        for name, _, value in (part.partition("=") for part in (cache_control or "").split(","))
    }
    if "no-cache" in directives or "no-store" in directives:
        return 0.0
    age = directives.get("max-age", "")
    # RFC 9111 reads a delta above 2**31 seconds as 2**31: a huge one must not overflow a date
    return min(float(age), 2.0**31) if age.isdigit() else None
