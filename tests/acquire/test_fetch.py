"""URL fetching against a local HTTP server: redirects, size cap, timeouts, address policy."""

from __future__ import annotations

import ipaddress

import pytest

from sitroom.acquire import AcquireOptions, DEFAULT_USER_AGENT, fetch_url, iter_documents
from sitroom.acquire import fetch as fetch_module
from sitroom.acquire.fetch import non_public_reason
from sitroom.errors import InputError
from sitroom.records import SourceDocument

from .conftest import _Handler


def test_html_url_becomes_a_document(server, local_opts):
    [doc] = list(iter_documents([f"{server}/reports/eswatini-raids.html"], local_opts))
    assert isinstance(doc, SourceDocument)
    assert doc.uri == f"{server}/reports/eswatini-raids.html"
    assert doc.title == "eSwatini opposition leaders, activists targeted in police raids"
    assert "Police Commissioner William Dlamini" in doc.text


def test_requests_carry_the_configured_user_agent(server, local_opts):
    page = fetch_url(f"{server}/ua", local_opts)
    assert page.content == f"Your agent: {DEFAULT_USER_AGENT}\n".encode()


def test_loopback_is_refused_without_allow_private(server):
    [error] = list(iter_documents([f"{server}/reports/eswatini-raids.html"], AcquireOptions()))
    assert isinstance(error, InputError)
    assert error.reason == ("refused: 127.0.0.1 resolves to loopback address 127.0.0.1 "
                            "(use --allow-private to fetch from it)")


def test_localhost_by_name_is_refused_too():
    with pytest.raises(InputError, match="resolves to loopback address"):
        fetch_url("http://localhost:9/x", AcquireOptions())


@pytest.mark.parametrize("address, reason", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"),
    ("172.16.5.4", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"), ("100.64.0.1", "non-global"),
    ("::ffff:127.0.0.1", "loopback"), ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_address_policy(address, reason):
    assert non_public_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("hops", [1, 5])
def test_up_to_five_redirects_are_followed_and_each_hop_is_checked(server, local_opts, monkeypatch, hops):
    checked: list[str] = []
    real_check = fetch_module.check_address
    monkeypatch.setattr(fetch_module, "check_address", lambda url, *a, **kw: (checked.append(url), real_check(url, *a, **kw)))
    page = fetch_url(f"{server}/redirect/{hops}", local_opts)
    assert page.url == f"{server}/reports/eswatini-raids.html"
    assert len(checked) == hops + 1  # the first URL and every redirect target


def test_a_sixth_redirect_is_refused(server, local_opts):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/redirect/6", local_opts)
    assert info.value.reason == "too many redirects (more than 5)"


def test_redirect_limit_is_configurable(server):
    with pytest.raises(InputError, match="too many redirects"):
        fetch_url(f"{server}/redirect/2", AcquireOptions(allow_private=True, max_redirects=1))


def test_oversize_body_is_refused_by_its_declared_length(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/big", AcquireOptions(allow_private=True, max_bytes=1000))
    assert info.value.reason == "too large: 5,007 bytes declared, over the limit of 1,000 bytes (raise it with --max-mb)"


def test_oversize_body_without_a_length_is_cut_off_while_streaming(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/big-chunked", AcquireOptions(allow_private=True, max_bytes=3000))
    assert info.value.reason == "too large: over the limit of 3,000 bytes (raise it with --max-mb)"


def test_slow_server_times_out(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/slow", AcquireOptions(allow_private=True, timeout=0.3))
    assert info.value.reason.startswith("timed out after 0.3 s")


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_server_dripping_its_answer_is_cut_off_at_the_deadline(server, path):
    # Each byte comes within 0.1 s, so no single read times out; the whole answer would take 30 s.
    # Issue 14: a slow drip held a fetch for 83 s while the message said "timed out after 20 s".
    _Handler.drips_finished.clear()
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}{path}", AcquireOptions(allow_private=True, timeout=0.5))
    assert info.value.reason == f"timed out after 0.5 s fetching {server}{path}"
    assert _Handler.drips_finished == []  # the fetch gave up long before the server was done


def test_http_error_status_names_the_url(server, local_opts):
    [error] = list(iter_documents([f"{server}/missing"], local_opts))
    assert error.reason == f"HTTP 404 Not Found from {server}/missing"


def test_text_url_and_feed_url_are_routed_by_content_type(server, local_opts):
    [text] = list(iter_documents([f"{server}/reports/centcom-abu-jandal.txt"], local_opts))
    assert text.format == "text" and text.title == "Death of Abu Jandal al-Kuwaiti"
    assert text.url == f"{server}/reports/centcom-abu-jandal.txt"
    entries = list(iter_documents([f"{server}/reports/feed.rss"], local_opts))
    assert [e.format for e in entries] == ["feed", "feed"]


def test_unreachable_host_is_an_input_error():
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    with pytest.raises(InputError, match="fetch failed: ConnectError"):
        fetch_url("http://127.0.0.1:9/", AcquireOptions(allow_private=True, timeout=2))


def test_user_agent_seen_by_the_server(server, local_opts):
    _Handler.seen_user_agents.clear()
    fetch_url(f"{server}/redirect/2", local_opts)
    assert _Handler.seen_user_agents == [DEFAULT_USER_AGENT] * 3


def test_address_is_checked_again_when_connecting(server, monkeypatch):
    # As if DNS had answered with a public address for the pre-flight check and then
    # with 127.0.0.1 for the connection (DNS rebinding): the connection is refused.
    monkeypatch.setattr(fetch_module, "check_address", lambda *args, **kwargs: None)
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/reports/eswatini-raids.html", AcquireOptions())
    assert info.value.reason.startswith("refused: 127.0.0.1 resolves to loopback address 127.0.0.1")


@pytest.mark.parametrize("allow_private", [False, True])
def test_a_name_server_that_never_answers_is_cut_off_at_the_deadline(monkeypatch, allow_private):
    # The system resolver takes no timeout: a dead name server held a fetch for as long as it hung.
    import socket
    import threading
    import time

    release = threading.Event()

    def hanging(*args, **kwargs):
        release.wait(30)
        raise socket.gaierror("gave up")

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", hanging)
    started = time.monotonic()
    try:
        with pytest.raises(InputError) as info:
            fetch_url("http://news.example.org/report", AcquireOptions(allow_private=allow_private, timeout=0.5))
    finally:
        release.set()
    assert time.monotonic() - started < 5
    assert info.value.reason in ("timed out resolving host news.example.org",
                                 "timed out after 0.5 s fetching http://news.example.org/report")
