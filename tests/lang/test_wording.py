"""Counts in messages agree with their number (review finding 16: "extracted 1 documents", "1 copies")."""

from sitroom.lang.en.wording import count


def test_counts_agree_with_their_number():
    assert count(1, "document") == "1 document"
    assert count(0, "document") == "0 documents"
    assert count(2, "copy") == "2 copies"
    assert count(1, "copy") == "1 copy"
    assert count(3, "day") == "3 days"
    assert count(2, "worker process") == "2 worker processes"
    assert count(2, "commitment and prediction", "commitments and predictions") == "2 commitments and predictions"
    assert count(12345, "event", grouped=True) == "12,345 events"
