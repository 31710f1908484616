"""The watch state (feeds and their items) on SQLite and PostgreSQL."""

from __future__ import annotations

from sitroom.store import testing as T


def test_a_feed_is_added_once_and_keeps_its_validators(store):
    feed = store.feeds.ensure("https://example.org/feed.xml")
    assert store.feeds.ensure("https://example.org/feed.xml").id == feed.id
    assert (feed.polls, feed.etag, feed.last_polled) == (0, None, None)
    store.feeds.record_poll(feed.id, "new", etag='"abc"', last_modified="Mon, 12 Jul 2021 10:00:00 GMT",
                            title="Wire")
    store.feeds.record_poll(feed.id, "not modified", keep_validators=True)
    [row] = store.feeds.list()
    assert (row.url, row.title, row.etag, row.last_modified, row.polls, row.last_status) == (
        "https://example.org/feed.xml", "Wire", '"abc"', "Mon, 12 Jul 2021 10:00:00 GMT", 2, "not modified")
    store.feeds.record_poll(feed.id, "failed", error="timed out", keep_validators=True)
    row = store.feeds.get("https://example.org/feed.xml")
    assert (row.etag, row.last_status, row.last_error) == ('"abc"', "failed", "timed out")
    assert store.feeds.get("https://example.org/other.xml") is None


def test_items_are_remembered_done_or_failed_with_their_attempts(store):
    feed = store.feeds.ensure("https://example.org/feed.xml")
    doc_id = store.add_document(T.source("A report."), T.published("2021-07-12"), "en", None)
    long_id = "https://example.org/news/" + "x" * 3000  # ids may be long URLs: stored by digest
    store.feeds.mark_item(feed.id, long_id, link=long_id, title="A report", document_id=doc_id)
    store.feeds.mark_item(feed.id, "urn:2", error="HTTP 404 Not Found")
    store.feeds.mark_item(feed.id, "urn:2", error="HTTP 404 Not Found")
    assert store.feeds.item_states(feed.id, [long_id, "urn:2", "urn:3"]) == {long_id: (True, 0), "urn:2": (False, 2)}
    store.feeds.mark_item(feed.id, "urn:2", document_id=doc_id)
    assert store.feeds.item_states(feed.id, ["urn:2"]) == {"urn:2": (True, 2)}
    assert store.feeds.get("https://example.org/feed.xml").items == 2
    other = store.feeds.ensure("https://example.org/other.xml")
    assert store.feeds.item_states(other.id, [long_id]) == {}
