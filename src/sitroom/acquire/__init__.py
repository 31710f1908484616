"""acquire: reports in every form an analyst meets, read into :class:`SourceDocument` records.

    from sitroom.acquire import iter_documents, AcquireOptions
    for item in iter_documents(["reports/", "https://example.org/feed.xml"], AcquireOptions()):
        ...  # a SourceDocument, or an InputError naming the input and the reason

Formats: plain text and Markdown, HTML (trafilatura), RSS/Atom feeds, WARC and
WARC.gz, JSONL/JSON and CSV dumps, folders recursively, and http(s) URLs.
Duplicate detection lives in :mod:`sitroom.acquire.dedup`.
"""

from .dedup import DEFAULT_THRESHOLD, NearDuplicateIndex, content_hash, minhash_signature, similarity
from .fetch import FetchResult, fetch_url, is_url
from .options import DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT, AcquireOptions
from .sources import bytes_documents, file_documents, iter_documents, url_documents, walk_folder
from .text import source_from_text

__all__ = [
    "AcquireOptions", "DEFAULT_MAX_BYTES", "DEFAULT_USER_AGENT", "DEFAULT_THRESHOLD",
    "iter_documents", "source_from_text", "file_documents", "url_documents", "bytes_documents", "walk_folder",
    "fetch_url", "FetchResult", "is_url",
    "content_hash", "minhash_signature", "similarity", "NearDuplicateIndex",
]
