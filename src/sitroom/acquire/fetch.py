"""Fetching URLs safely: timeouts, a size cap, few redirects, and no private addresses.

A fetch runs on the analyst's machine or a server, so a URL taken from a feed or
a dump must not be able to reach into the local network (cloud metadata services
at 169.254.169.254, admin pages on 127.0.0.1, intranet hosts). Two checks:
the host of every hop, redirects included, is resolved and each of its addresses
checked before the request, which gives a clear error; and the connection itself
goes through a guarded network backend (:func:`_network_backend`), which resolves the host again, checks the
addresses and connects to a checked address, so a DNS answer that changes between
the two (DNS rebinding) cannot reach a private address either. The same backend
gives every socket operation what is left of one deadline for the whole request,
so a server that drips its answer cannot hold a fetch longer than the timeout.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from typing import Mapping, Optional
from urllib.parse import urljoin, urlsplit

from ..errors import InputError
from .options import AcquireOptions

_REDIRECTS = {301, 302, 303, 307, 308}
_HTTP = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class FetchResult:
    """A fetched resource: final URL after redirects, body, and the declared type and charset."""

    url: str
    content: bytes
    content_type: Optional[str]
    charset: Optional[str]
    status: int = 200  # 304 when a conditional request found nothing changed (content is then empty)
    etag: Optional[str] = None
    last_modified: Optional[str] = None


def is_url(value: str) -> bool:
    """True for http(s) URLs, the only kind sitroom fetches (well-formed or not: fetching says what is wrong)."""
    return _HTTP.match(value) is not None


def fetch_url(url: str, opts: AcquireOptions, headers: Optional[Mapping[str, str]] = None) -> FetchResult:
    """GET ``url`` following at most ``opts.max_redirects`` redirects, each hop re-checked.

    headers: extra request headers, e.g. ``If-None-Match`` for a conditional request (a 304
        answer comes back as a result with ``status`` 304 and no content).

    RAISES InputError: bad URL, refused address, timeout, HTTP error, too many
        redirects, or a body larger than ``opts.max_bytes``.
    """
    import httpx

    headers = {"User-Agent": opts.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                                                          "text/plain;q=0.8,*/*;q=0.5", **(headers or {})}
    timeout = httpx.Timeout(opts.timeout)
    current = url
    # One deadline for the whole request, redirects and body included: httpx's timeouts bound
    # each socket operation, so a server dripping a byte at a time could hold a fetch for ever.
    deadline = time.monotonic() + opts.timeout
    # trust_env=False: proxies from the environment would resolve hosts where we cannot check them.
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no public hook for the socket layer; its pool's backend is the one place that
    # sees the address actually connected to and every read. Pinned httpx 0.28 / httpcore 1.0.
    transport._pool._network_backend = _network_backend(deadline, guard=not opts.allow_private)
    with httpx.Client(headers=headers, timeout=timeout, follow_redirects=False, trust_env=False,
                      transport=transport) as client:
        for _hop in range(opts.max_redirects + 1):
            check_address(current, url, opts.allow_private, timeout=max(deadline - time.monotonic(), 0.001))
            try:
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase} from {current}")
                    body = b"" if response.status_code == 304 else _read_capped(response, url, opts)
                    return FetchResult(url=str(response.url), content=body,
                                       content_type=response.headers.get("content-type"),
                                       charset=response.charset_encoding, status=response.status_code,
                                       etag=response.headers.get("etag"),
                                       last_modified=response.headers.get("last-modified"))
            except httpx.TimeoutException:
                raise InputError(url, f"timed out after {opts.timeout:g} s fetching {current}") from None
            except httpx.InvalidURL as exc:
                raise InputError(url, f"bad URL {current}: {exc}") from None
            except httpx.HTTPError as exc:
                if str(exc).startswith("refused:"):  # from the guarded backend
                    raise InputError(url, str(exc)) from None
                raise InputError(url, f"fetch failed: {type(exc).__name__}: {exc}") from None
    raise InputError(url, f"too many redirects (more than {opts.max_redirects})")


def _resolve(host: str, port: int, timeout: float) -> list:
    """getaddrinfo within ``timeout`` seconds. The C resolver takes no timeout and can hang for minutes on a
    dead name server, so it runs in a daemon thread that is abandoned, not waited for, when time is up.

    RAISES socket.timeout: not resolved in time; socket.gaierror / UnicodeError: not resolvable.
    """
    import threading

    box: dict = {}

    def run() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except Exception as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=run, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise socket.timeout(f"resolving {host} took longer than the fetch deadline")
    if "error" in box:
        raise box["error"]
    return box["infos"]


def _public_addresses(host: str, infos: list) -> list[str]:
    """Every address of ``infos`` (``host``'s), all public, else a "refused:" ValueError naming the first that is not."""
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        reason = non_public_reason(address)
        if reason:
            raise ValueError(f"refused: {host} resolves to {reason} address {address} "
                             "(use --allow-private to fetch from it)")
        addresses.append(str(address))
    return addresses


def _network_backend(deadline: float, guard: bool):
    """An httpcore network backend whose every socket operation ends by ``deadline`` (time.monotonic),
    and which, when ``guard`` is set, connects only to public addresses, checked at connection time."""
    import httpcore  # imported here: httpx and httpcore are only needed when something is fetched

    def remaining(timeout: Optional[float], exc_type) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise exc_type("the whole-request deadline has passed")
        return left if timeout is None else min(timeout, left)

    class DeadlineStream(httpcore.NetworkStream):
        def __init__(self, stream):
            self._stream = stream

        def read(self, max_bytes, timeout=None):
            return self._stream.read(max_bytes, remaining(timeout, httpcore.ReadTimeout))

        def write(self, buffer, timeout=None):
            self._stream.write(buffer, remaining(timeout, httpcore.WriteTimeout))

        def close(self):
            self._stream.close()

        def start_tls(self, ssl_context, server_hostname=None, timeout=None):
            return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname,
                                                         remaining(timeout, httpcore.ConnectTimeout)))

        def get_extra_info(self, info):
            return self._stream.get_extra_info(info)

    class DeadlineBackend(httpcore.SyncBackend):
        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
            # Resolving is bounded by the deadline too (the system resolver alone can wait minutes).
            try:
                infos = _resolve(host, port, remaining(timeout, httpcore.ConnectTimeout))
            except socket.timeout as exc:
                raise httpcore.ConnectTimeout(str(exc)) from None
            except (socket.gaierror, UnicodeError) as exc:
                raise httpcore.ConnectError(f"cannot resolve host {host}: {exc}") from None
            try:
                addresses = _public_addresses(host, infos) if guard else [i[4][0] for i in infos]
            except ValueError as exc:
                raise httpcore.ConnectError(str(exc)) from None
            last: Exception = httpcore.ConnectError(f"no address for {host}")
            for address in addresses:  # TLS still verifies the certificate against the host name
                try:
                    return DeadlineStream(super().connect_tcp(address, port, remaining(timeout, httpcore.ConnectTimeout),
                                                              local_address, socket_options))
                except httpcore.ConnectError as exc:
                    last = exc
            raise last

    return DeadlineBackend()


def check_address(url: str, original: str, allow_private: bool, timeout: float = 20.0) -> None:
    """Refuse URLs that are not http(s) or whose host resolves to a non-public address (resolved within
    ``timeout`` seconds).

    RAISES InputError: naming ``original`` (what the user gave) and the offending hop.
    """
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port  # .port raises on a port that is not a number in range
    except ValueError as exc:  # "http://[::1" (unclosed bracket), "http://host:99999"
        raise InputError(original, f"bad URL {url}: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(original, f"refused: only http and https URLs are fetched, not {url}")
    if not host:
        raise InputError(original, f"refused: no host in URL {url}")
    if allow_private:
        return
    try:
        _public_addresses(host, _resolve(host, port or (443 if parts.scheme.lower() == "https" else 80), timeout))
    except socket.timeout:
        raise InputError(original, f"timed out resolving host {host}") from None
    except ValueError as exc:
        if str(exc).startswith("refused:"):
            raise InputError(original, str(exc)) from None
        raise InputError(original, f"bad URL {url}: {exc}") from None
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(original, f"cannot resolve host {host}: {exc}") from None


def non_public_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> Optional[str]:
    """Why an address is not on the public internet ("loopback", "private"...), or None."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1
        address = mapped
    # Most specific first: Python counts 240/4 and 0/8 as "private" as well.
    for attribute in ("is_loopback", "is_link_local", "is_multicast", "is_unspecified", "is_reserved",
                      "is_private"):
        if getattr(address, attribute):
            return attribute[3:].replace("_", "-")
    if not address.is_global:  # shared address space (100.64/10) and the like
        return "non-global"
    return None


def _read_capped(response, url: str, opts: AcquireOptions) -> bytes:
    max_bytes = opts.max_bytes
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise InputError(url, f"too large: {describe_size(int(declared))} declared, over the limit of "
                              f"{describe_size(max_bytes)} (raise it with --max-mb)")
    chunks, size = [], 0
    # No chunk size: iter_bytes(n) would hold back what arrived until n bytes had come.
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:  # the header may lie or be absent: count what arrives
            raise InputError(url, f"too large: over the limit of {describe_size(max_bytes)} (raise it with --max-mb)")
        chunks.append(chunk)
    return b"".join(chunks)


def describe_size(n_bytes: int) -> str:
    """A size as people read it: "678 bytes", "20.0 MB"."""
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.1f} MB"
    return f"{n_bytes:,} bytes"
