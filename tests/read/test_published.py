"""Publication date: metadata first, then a dateline, else inferred from the text and marked so."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.read.published import find_published

DATA = Path(__file__).resolve().parents[1] / "data"


def test_seed_article_date_is_inferred_from_its_latest_past_date():
    seed = (DATA / "seed.txt").read_text(encoding="utf-8")
    published = find_published(seed)
    assert published.value == "2021-07-12"
    assert published.source == "inferred" and published.inferred
    assert "2021-07-11" in published.note


@pytest.mark.parametrize("given, value", [
    ("2019-12-20 15:25:40", "2019-12-20"),
    ("2021-10-02T00:00:00Z", "2021-10-02"),
    ("Wed, 17 Feb 2021 14:43:02 +0000", "2021-02-17"),
    ("17 February 2021", "2021-02-17"),
])
def test_metadata_date_wins(given, value):
    published = find_published("KABUL, Afghanistan (Jan. 25, 2013) - Troops moved.", given)
    assert (published.value, published.source, published.inferred) == (value, "metadata", False)


def test_unreadable_metadata_falls_back_to_the_dateline():
    published = find_published("KABUL, Afghanistan (Jan. 25, 2013) - Troops moved.", "not a date")
    assert (published.value, published.source) == ("2013-01-25", "dateline")


@pytest.mark.parametrize("text, value", [
    ("KABUL, Afghanistan (Jan. 25, 2013) - Afghan troops took over.", "2013-01-25"),
    ("SOUTHWEST ASIA (Jan. 10, 2017) – Coalition forces conducted 26 strikes.", "2017-01-10"),
    ("BAGHDAD, Iraq, Dec. 6, 2016 — Iraqi forces attempted to seize the hospital.", "2016-12-06"),
    ("Headline of the story\nBy A. Reporter\n\nMOSUL, Iraq (Nov. 3, 2016) - Fighting continued.", "2016-11-03"),
])
def test_dateline_with_a_full_date(text, value):
    published = find_published(text)
    assert (published.value, published.source, published.inferred) == (value, "dateline", False)


def test_dateline_without_a_year_takes_the_year_from_the_text():
    text = ("KABUL, July 12 (Reuters) - Taliban fighters took a district on Sunday. The withdrawal "
            "agreed in 2020 should be completed by Aug. 31, 2021, officials said.")
    published = find_published(text)
    assert (published.value, published.source, published.inferred) == ("2021-07-12", "dateline", False)
    assert published.note == "dateline without a year; year 2021 taken from the text"


def test_dateline_without_a_date_or_a_year_is_passed_over():
    assert find_published("MBABANE (Reuters) - Police arrested the head of the party on Friday.").source == "unknown"
    assert find_published("KABUL, July 12 (Reuters) - Fighting went on.").value is None


def test_dates_the_text_puts_in_the_future_are_not_evidence():
    text = ("Troops arrived on July 8, 2021. The withdrawal should be completed on August 31, 2021, "
            "and talks are scheduled for September 11.")
    published = find_published(text)
    assert (published.value, published.source) == ("2021-07-09", "inferred")


def test_a_year_alone_gives_no_date_and_says_so():
    # The reviewer's fr_latin1.html was stored with no date, yet as "inferred".
    published = find_published("The offensive of 2019 displaced thousands.")
    assert (published.value, published.source, published.inferred) == (None, "unknown", False)
    assert published.note == "no day known; the text names the year 2019"


def test_a_yearless_date_near_new_year_goes_to_the_year_before():
    # A January report recalling "December 28" means the December just gone.
    text = ("Activists were detained during a press conference on Wednesday, Jan. 6, 2021. "
            "The group had been arrested on August 23 and tried on December 28.")
    published = find_published(text)
    assert (published.value, published.source) == ("2021-01-07", "inferred")


@pytest.mark.parametrize("text, value", [
    ("Click to expand Image\n\n(Tunis, December 28, 2019) \u2013 Moroccan authorities should release him.", "2019-12-28"),
    ("(Beirut, Lebanon, 3 May 2021) - Security forces beat protesters.", "2021-05-03"),
    ("BRUSSELS, BELGIUM, EUROPE, April 4, 2022 /EINPresswire.com/ -- Journalists were charged.", "2022-04-04"),
    ("LOUISVILLE, KY--(Marketwire - December 23, 2010) - The company announced today a purchase.", "2010-12-23"),
    ("Monday, November 16, 2020\n\nWhat you need to know about the elections\n\nVoters went to the polls.",
     "2020-11-16"),
])
def test_press_release_datelines_and_a_heading_date(text, value):
    published = find_published(text)
    assert (published.value, published.source, published.inferred) == (value, "dateline", False)


@pytest.mark.parametrize("text", [
    "(The hearing was adjourned to December 28, 2019) - the lawyer said.",  # a parenthesis of the body
    "Protests spread on November 16, 2020 across the country.\nPolice arrested 40 people.",  # a sentence
    "Police arrested 40 people in the capital after a week of protests that had grown every day, " * 3
    + "\nNovember 16, 2020\nMore on this story.",  # a date line after the report has begun
])
def test_dates_that_open_no_dateline_or_heading(text):
    published = find_published(text)
    assert published.source != "dateline"


def test_a_yearless_date_takes_the_year_of_a_full_date_near_it():
    text = ("Two bombs killed six police officers on December 9, 2016. "
            "A bomb ripped through the church on December 11.")
    published = find_published(text)
    assert (published.value, published.source) == ("2016-12-12", "inferred")


def test_law_names_are_not_years():
    text = "KAJANG, Sept 17 - They were charged under the Kidnapping Act 1961 on Friday."
    assert find_published(text).value is None


@pytest.mark.parametrize("text", [
    # A bare birth year: no other year, so a yearless day would take the year of the suspect's birth.
    "A parcel bomb left outside the court on 14 March was defused. The suspect was born in Hamburg to "
    "Turkish parents in 1998.",
    # A full birthday is no past report either.
    "The journalist, born on June 2, 1979 in Lagos, was detained at the airport on Sunday.",
])
def test_birth_years_and_birthdays_do_not_date_the_report(text):
    published = find_published(text)
    assert (published.value, published.source) == (None, "unknown")
    assert "1998" not in (published.note or "") and "1979" not in (published.note or "")


def test_a_birth_year_beside_a_year_of_news_leaves_that_year():
    text = ("Militants shelled the village on 3 May, killing a farmer born in 1961. "
            "The attack was the worst in the district since 2019.")
    published = find_published(text)
    assert (published.value, published.source) == ("2019-05-04", "inferred")


def _re3d(url_part: str) -> dict:
    import json

    root = Path(__file__).resolve().parents[2]
    with open(root / "src/sitroom/data/samples/re3d.jsonl", encoding="utf-8") as f:
        return next(d for d in map(json.loads, f) if url_part in (d.get("url") or ""))


def test_the_urls_month_beats_a_referenced_agreements_date():
    # Issue 14: a State Department statement of October 2015 refers to "the December 25, 2011 agreement";
    # without the URL the date is inferred as 2011-12-26.
    doc = _re3d("/2015/10/248970.htm")
    assert find_published(doc["text"]).value == "2011-12-26"
    p = find_published(doc["text"], url=doc["url"])
    assert (p.value, p.source, p.inferred) == ("2015-10-01", "url", True)
    assert p.note == "month 2015-10 from the URL's path /2015/10; the day is not known"


@pytest.mark.parametrize("url, value", [
    ("https://example.org/world/2021/07/12/kabul-falls.html", "2021-07-12"),
    ("https://example.org/news/2021-07-12-kabul-falls", "2021-07-12"),
])
def test_a_full_date_path_gives_the_day(url, value):
    p = find_published("Fighting went on in Kabul on July 3.", url=url)
    assert (p.value, p.source, p.inferred) == (value, "url", False)


def test_an_inferred_day_within_the_urls_month_is_kept():
    p = find_published("The attack took place on October 28, 2015, in Baghdad.",
                       url="https://example.org/2015/10/attack.html")
    assert (p.value, p.source) == ("2015-10-29", "inferred")
    assert p.note.endswith("within 2015-10, the month of the URL's path /2015/10")


@pytest.mark.parametrize("url", ["https://example.org/2019/13/x", "https://example.org/id/20151021", "http://[::1"])
def test_urls_without_a_date_path_change_nothing(url):
    text = "The attack took place on October 28, 2015, in Baghdad."
    assert find_published(text, url=url) == find_published(text)


def test_metadata_and_dateline_still_come_first():
    url = "https://example.org/2015/10/attack.html"
    assert find_published("Text.", "2015-11-02", url=url).value == "2015-11-02"
    assert find_published("KABUL, Afghanistan (Jan. 25, 2013) - Text.", url=url).value == "2013-01-25"


# Review finding 7: a record's date that no reader reads is refused with its reason, never dropped silently.
def test_check_published_says_why_a_record_date_is_refused():
    from sitroom.read.published import check_published

    with pytest.raises(ValueError, match=r"^'2024-13-45' is not a real date: month must be in 1\.\.12$"):
        check_published("2024-13-45")
    with pytest.raises(ValueError, match=r"^'2024-02-30' is not a real date: day is out of range for month$"):
        check_published("2024-02-30")
    with pytest.raises(ValueError, match=r"^'yesterday' is not a date \(write it as YYYY-MM-DD"):
        check_published("yesterday")
    for good in ("2024-03-14", "2021-07-12T10:00:00Z", "Wed, 17 Feb 2021 14:43:02 +0000", "March 14, 2024"):
        assert check_published(good) == good


# Review 3, item 1: a date after today is no publication date.
def test_a_future_date_is_refused_as_a_record_date_and_passed_over_as_metadata():
    import datetime as dt

    from sitroom.read.published import check_published

    with pytest.raises(ValueError, match=r"^'2031-01-01' is after today \(\d{4}-\d\d-\d\d\): a report cannot be "
                                         r"published in the future$"):
        check_published("2031-01-01")
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()  # a time zone ahead of this machine's
    assert check_published(tomorrow) == tomorrow
    published = find_published("KABUL, July 12, 2021 - Taliban fighters took Garmsir.", "2031-01-01")
    assert (published.value, published.source) == ("2021-07-12", "dateline")
