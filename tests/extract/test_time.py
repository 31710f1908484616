"""Time expressions resolved against the publication date: a table of what an ACLED coder would write."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.extract.time import find_times, resolve_expression

PUB = dt.date(2021, 7, 12)  # the seed article's publication date (a Monday)

# (expression, start, end, precision); publication date 2021-07-12 unless the case says otherwise.
TABLE = [
    # the seed article's checks
    ("aver the past 24 hours", "2021-07-11", "2021-07-12", "day"),
    ("in early July", "2021-07-01", "2021-07-10", "part of month"),
    ("On June 8", "2021-06-08", "2021-06-08", "day"),
    ("on July 8", "2021-07-08", "2021-07-08", "day"),
    ("until September 11", "2021-09-11", "2021-09-11", "day"),
    ("August 31, 2021", "2021-08-31", "2021-08-31", "day"),
    ("on July 11", "2021-07-11", "2021-07-11", "day"),
    # relative expressions
    ("yesterday", "2021-07-11", "2021-07-11", "day"),
    ("today", "2021-07-12", "2021-07-12", "day"),
    ("last night", "2021-07-11", "2021-07-11", "day"),
    ("overnight", "2021-07-11", "2021-07-12", "range"),  # the night over two days: a range, not one exact day
    ("on Monday", "2021-07-12", "2021-07-12", "day"),  # a Monday report's "on Monday" is its own day
    ("last Monday", "2021-07-05", "2021-07-05", "day"),
    ("on Saturday", "2021-07-10", "2021-07-10", "day"),
    ("last Friday", "2021-07-09", "2021-07-09", "day"),
    # the report's own day
    ("at the time of writing", "2021-07-06", "2021-07-12", "publication"),  # as an undated report is
    ("but at time of publication she had not", "2021-07-06", "2021-07-12", "publication"),
    # days named by a fixed feast or observance
    ("on May Day", "2021-05-01", "2021-05-01", "day"),
    ("on Human Rights Day", "2020-12-10", "2020-12-10", "day"),  # last December's, not one to come
    ("on Christmas Eve 2019", "2019-12-24", "2019-12-24", "day"),
    ("on New Year\u2019s Day", "2021-01-01", "2021-01-01", "day"),
    ("last week", "2021-07-05", "2021-07-11", "range"),
    ("earlier this week", "2021-07-12", "2021-07-12", "range"),
    ("last month", "2021-06-01", "2021-06-30", "month"),
    ("this year", "2021-01-01", "2021-12-31", "year"),
    ("last year", "2020-01-01", "2020-12-31", "year"),
    ("two days ago", "2021-07-10", "2021-07-10", "day"),
    ("3 days ago", "2021-07-09", "2021-07-09", "day"),
    ("over the past three days", "2021-07-09", "2021-07-12", "range"),
    ("over the next three months", "2021-07-12", "2021-10-12", "range"),
    # parts of months and months
    ("mid-July", "2021-07-11", "2021-07-20", "part of month"),
    ("late July", "2021-07-21", "2021-07-31", "part of month"),
    ("late February 2020", "2020-02-21", "2020-02-29", "part of month"),
    ("at the end of June", "2021-06-21", "2021-06-30", "part of month"),
    ("in July", "2021-07-01", "2021-07-31", "month"),
    ("July 2021", "2021-07-01", "2021-07-31", "month"),
    ("in March", "2021-03-01", "2021-03-31", "month"),
    # absolute dates and ranges
    ("2019", "2019-01-01", "2019-12-31", "year"),
    ("in 2019", "2019-01-01", "2019-12-31", "year"),
    ("between May 3 and May 5", "2021-05-03", "2021-05-05", "range"),
    ("Between 22 and 31 December 2019, he", "2019-12-22", "2019-12-31", "range"),  # opening the sentence
    ("From May 3 to May 5, troops", "2021-05-03", "2021-05-05", "range"),
    ("from 3 to 5 July", "2021-07-03", "2021-07-05", "range"),
    ("July 3-5", "2021-07-03", "2021-07-05", "range"),
    ("3 July 2021", "2021-07-03", "2021-07-03", "day"),
    ("Jan. 25, 2013", "2013-01-25", "2013-01-25", "day"),
    ("Dec.14th", "2020-12-14", "2020-12-14", "day"),
    ("the 1st of July", "2021-07-01", "2021-07-01", "day"),
    ("2021-07-05", "2021-07-05", "2021-07-05", "day"),
    ("between 2019 and 2021", "2019-01-01", "2021-12-31", "range"),
    ("in the 1990s", "1990-01-01", "1999-12-31", "range"),
    ("over the weekend", "2021-07-10", "2021-07-11", "range"),
    # two days of one week told together: from the first to the last (the report a Monday)
    ("On Tuesday and Thursday", "2021-07-06", "2021-07-08", "range"),
    ("on Friday and on Saturday", "2021-07-09", "2021-07-10", "range"),
    # the seven days up to the report, unlike "last week", the calendar week before
    ("in the last week", "2021-07-05", "2021-07-12", "range"),
    ("over the past week", "2021-07-05", "2021-07-12", "range"),
    # a month-day well after publication is last year's, unless the sentence is about the future
    ("on December 20", "2020-12-20", "2020-12-20", "day"),
    ("elections will be held on December 20", "2021-12-20", "2021-12-20", "day"),
]


@pytest.mark.parametrize("text,start,end,precision", TABLE)
def test_resolves_against_publication_date(text, start, end, precision):
    value = resolve_expression(text, PUB)
    assert value is not None, text
    assert (value.start, value.end, value.precision) == (start, end, precision)


def test_recently_is_kept_with_unknown_precision():
    value = resolve_expression("has recently arrived", PUB)
    assert value.precision == "unknown" and value.start is None and value.text == "recently"


@pytest.mark.parametrize("text", ["On June 8", "yesterday", "last week", "in early July", "on Monday"])
def test_relative_dates_need_a_publication_date(text):
    value = resolve_expression(text, None)
    assert value.precision == "unknown" and value.start is None


def test_absolute_dates_resolve_without_publication_date():
    value = resolve_expression("August 31, 2021", None)
    assert (value.start, value.precision) == ("2021-08-31", "day")


@pytest.mark.parametrize("text", ["they may attack", "2,000 people fled", "the 201st Russian base", "2019 soldiers",
                                  "Every day", "a 1,500-strong force"])
def test_words_that_are_not_dates(text):
    assert find_times(text, PUB) == []


def test_mentions_carry_their_span():
    text = "Taliban militants took control over Garmsir district over the past 24 hours."
    (start, end, value), = find_times(text, PUB)
    assert text[start:end] == "over the past 24 hours" == value.text


@pytest.fixture(scope="module")
def seed_extraction_times(nlp, seed_text):
    """The time stage run on the parsed seed article with its gold publication date."""
    from sitroom.extract.time import make_time
    from sitroom.pipeline import DocContext
    from sitroom.records import DocumentIn, Published

    ctx = DocContext(DocumentIn(id="seed", text=seed_text), Published(value="2021-07-12", source="given"), "en")
    ctx.doc = nlp(seed_text)
    make_time()(ctx)
    return ctx.times


@pytest.mark.slow
def test_time_stage_on_seed(seed_extraction_times, seed_text):
    by_text = {t.text: t for t in seed_extraction_times}
    assert by_text["in early July"].date.start == "2021-07-01"
    assert by_text["until September 11"].date.end == "2021-09-11"
    assert by_text["On June 8"].date.start == "2021-06-08"
    for t in seed_extraction_times:
        assert t.extractor.split("@")[0] == "sitroom.time.v1"
        assert seed_text[t.start:t.end] == t.text


def _stage_times(text: str, published: str):
    from sitroom.extract.time import make_time
    from sitroom.pipeline import DocContext
    from sitroom.read.nlp import get_nlp
    from sitroom.records import DocumentIn, Published

    ctx = DocContext(DocumentIn(id="t", text=text), Published(value=published, source="given"), "en")
    ctx.doc = get_nlp()(text)
    make_time()(ctx)
    return {t.text: (t.date.start, t.date.end, t.date.precision) for t in ctx.times}


@pytest.mark.slow
@pytest.mark.parametrize("later,day", [
    ("The next day", "2020-04-02"), ("The following day", "2020-04-02"), ("Three days later", "2020-04-04"),
    ("Nine days prior", "2020-03-23"),
])
def test_days_counted_from_the_date_told_before(later, day):
    text = f"On April 1, police shot a man in Cebu. {later}, a farmer was shot and killed by police in Agusan."
    assert _stage_times(text, "2020-05-20")[later] == (day, day, "day")


def test_days_counted_from_nothing_date_nothing():
    (_, _, value), = find_times("The next day, a farmer was shot.", PUB)
    assert value.start is None and value.precision == "unknown"


def test_a_lowercase_may_day_is_no_holiday():
    assert find_times("Traders may day-trade the shares.", PUB) == []


@pytest.mark.parametrize("text", ["Soldiers opened fire on May Day marchers in Dhaka.",
                                  "the Bastille Day attack in Nice", "the Valentine's Day massacre",
                                  "the New Year's Day Foundation"])
def test_a_feast_that_names_an_event_or_a_body_dates_nothing(text):
    assert find_times(text, PUB) == []


def test_writing_alone_is_no_date():
    assert find_times("He was arrested for writing about the time of the protests.", PUB) == []


@pytest.mark.slow
def test_a_quoted_post_counts_from_its_own_day():
    post = ("So last night, someone i went to school with was shot, and his friend Dua has been kidnapped in Karachi. "
            "pic.twitter.com/7XcKzCblt8 \u2014 Najib Shaikh (@NajibShaikhs) December 1, 2019\n\n")
    after = "Police said yesterday they had no suspects.\n"
    times = _stage_times(post + after, "2019-12-03")
    assert times["last night"] == ("2019-11-30", "2019-11-30", "day")
    assert times["yesterday"] == ("2019-12-02", "2019-12-02", "day")  # the report's own words: from its day
    # unsigned, the same words count from the report's day
    assert _stage_times(post.split(" pic.")[0] + ".\n", "2019-12-03")["last night"] == ("2019-12-02", "2019-12-02", "day")


@pytest.mark.parametrize("sentence,day", [
    ("Police arrested the journalist on Wednesday due to his posts.", "2021-07-07"),  # a cause: last Wednesday
    ("The journalist is due to appear in court on Wednesday.", "2021-07-14"),  # what is to come: next Wednesday
    ("He was due to be released on Wednesday.", "2021-07-14"),
    ("A strike due to begin Wednesday was called off.", "2021-07-14"),
])
def test_due_to_a_cause_is_no_future(sentence, day):
    (value,) = [v for _, _, v in find_times(sentence, PUB)]
    assert (value.start, value.precision) == (day, "day")


def _times_of_undated(text: str):
    """The time stage's values on ``text`` given no publication date: its own time as read.published
    estimates it from the text (a dateline, a full date near a yearless one), else none."""
    from sitroom.extract.time import make_time
    from sitroom.pipeline import DocContext
    from sitroom.read.nlp import get_nlp
    from sitroom.read.published import find_published
    from sitroom.records import DocumentIn

    ctx = DocContext(DocumentIn(id="t", text=text), find_published(text), "en")
    ctx.doc = get_nlp()(text)
    make_time()(ctx)
    return {t.text: (t.date.start, t.date.end, t.date.precision) for t in ctx.times}


@pytest.mark.slow
def test_an_undated_text_anchors_on_its_dateline():
    times = _times_of_undated("(Tunis, December 28, 2019) \u2013 Police arrested a journalist yesterday. "
                              "On Monday, his lawyer was detained.")
    assert times["yesterday"] == ("2019-12-27", "2019-12-27", "day")
    assert times["On Monday"] == ("2019-12-23", "2019-12-23", "day")  # the Saturday's Monday before


@pytest.mark.slow
def test_a_yearless_day_takes_the_year_of_a_full_date_near_it():
    times = _times_of_undated("A bomb ripped through the church on Sunday, December 11. Two days before, two "
                              "bombs killed six police officers on December 9, 2016.")
    assert [v for k, v in times.items() if "December 11" in k] == [("2016-12-11", "2016-12-11", "day")]


@pytest.mark.slow
def test_an_undated_text_that_names_no_year_invents_none():
    times = _times_of_undated("On Monday, Dec. 26, a commander was killed by an airstrike near Tabqa. "
                              "Yesterday, coalition aircraft struck ISIL targets.")
    assert times and all(start is None for start, _, _ in times.values()), times


# A Friday: "on Thursday" is the day before, the next Thursday six days ahead.
_FRIDAY = "2022-01-07"


@pytest.mark.parametrize("sentence,phrase,day", [
    ("He was arrested by plainclothes officers on Friday last week.", "on Friday last week", "2021-12-31"),
    ("On Monday morning of last week, troops raided the village.", "On Monday morning of last week", "2021-12-27"),
    ("The hearing opens on Monday next week.", "on Monday next week", "2022-01-10"),
    ("He has been held since a raid on July 25 last year.", "on July 25 last year", "2021-07-25"),
    ("He has been held since a raid on 3 January this year.", "on 3 January this year", "2022-01-03"),
])
def test_a_day_of_a_named_week_or_year(sentence, phrase, day):
    values = {sentence[a:b]: v for a, b, v in find_times(sentence, dt.date.fromisoformat(_FRIDAY))}
    assert (values[phrase].start, values[phrase].precision) == (day, "day")


# A September report: a month counted from its year is that month, not the whole year nor this year's month.
_SEPTEMBER = dt.date(2023, 9, 14)


@pytest.mark.parametrize("sentence,phrase,start,end,precision", [
    ("The convoy was ambushed in June last year.", "in June last year", "2022-06-01", "2022-06-30", "month"),
    ("The camp was shelled in December of last year.", "in December of last year", "2022-12-01", "2022-12-31", "month"),
    ("Fighting resumed in March this year.", "in March this year", "2023-03-01", "2023-03-31", "month"),
    ("He was abducted in early October last year.", "in early October last year", "2022-10-01", "2022-10-10",
     "part of month"),
    ("The town fell in mid-July last year.", "in mid-July last year", "2022-07-11", "2022-07-20", "part of month"),
    ("The rebels took the mine late last year.", "late last year", "2022-09-01", "2022-12-31", "range"),
    ("The offensive began early this year.", "early this year", "2023-01-01", "2023-04-30", "range"),
    ("Talks collapsed at the end of last year.", "at the end of last year", "2022-09-01", "2022-12-31", "range"),
    ("Troops withdrew in the middle of last month.", "in the middle of last month", "2023-08-11", "2023-08-20",
     "part of month"),
    ("Strikes hit the port early last month.", "early last month", "2023-08-01", "2023-08-10", "part of month"),
    ("Two journalists were detained earlier this month.", "earlier this month", "2023-09-01", "2023-09-14", "range"),
    ("Gunmen raided the village last December.", "last December", "2022-12-01", "2022-12-31", "month"),
])
def test_a_month_or_part_told_from_the_reports_year(sentence, phrase, start, end, precision):
    found = [(sentence[a:b], v.start, v.end, v.precision) for a, b, v in find_times(sentence, _SEPTEMBER)]
    assert found == [(phrase, start, end, precision)]


def test_a_lone_weekday_and_a_lone_last_week_stay_apart():
    values = {v.text: v for _, _, v in find_times("He was arrested on Friday. Last week, he was warned.",
                                                  dt.date.fromisoformat(_FRIDAY))}
    assert values["on Friday"].start == "2022-01-07"
    assert (values["Last week"].start, values["Last week"].end) == ("2021-12-27", "2022-01-02")


@pytest.mark.parametrize("sentence,time,day", [
    # a day on a verb told in the past is the last one, though the sentence speaks of the future elsewhere
    ("The writer was arrested on Friday ahead of planned protests.", "on Friday", "2020-07-31"),
    ("The lawyers said on Tuesday that the court would hear their appeal.", "on Tuesday", "2020-07-28"),
    # a day to come stays to come
    ("The court will hear the appeal on Tuesday.", "on Tuesday", "2020-08-04"),
    ("The hearing was postponed to Tuesday, when the lawyers will ask for bail.", "Tuesday", "2020-08-04"),
    ("The hearing was scheduled for Tuesday.", "for Tuesday", "2020-08-04"),
])
def test_a_day_on_a_verb_told_in_the_past_is_past(sentence, time, day):
    # published Friday 2020-07-31
    assert _stage_times(sentence, "2020-07-31")[time][0] == day


# A sentence may open with the weekday's modifier ("Last Friday, ..."): capitalised, it still says which week.
# Publication on a Friday (2019-09-27): "last Friday" is the week before, a plain "Friday" that very day.
@pytest.mark.parametrize("sentence, day", [
    ("Last Friday, hundreds of nurses marched to the ministry.", "2019-09-20"),
    ("Last Tuesday, gunmen stormed a village market.", "2019-09-24"),
    ("Next Friday, the union says, the dockers will strike again.", "2019-10-04"),
    ("police detained the editor last Friday", "2019-09-20"),
])
def test_a_capitalised_weekday_modifier_counts(sentence, day):
    found = find_times(sentence, dt.date(2019, 9, 27))
    assert [v.start for _, _, v in found] == [day]


@pytest.mark.parametrize("sentence", [
    "Friday, the crowd gathered again in the square.",      # no modifier: the report's own Friday
    "On Friday, police fired tear gas at the crowd.",
])
def test_an_unmodified_weekday_is_the_reports_own(sentence):
    found = find_times(sentence, dt.date(2019, 9, 27))
    assert [v.start for _, _, v in found] == ["2019-09-27"]
