"""The date of an event kept (kept_dates.act_date, section_date): from the reports merged into it (an onset, "since
Monday", tells when a state of things began, not when the act happened), or from a timeline entry's heading."""

import datetime as dt
from types import SimpleNamespace

from sitroom.extract.events import rules
from sitroom.extract.events.units import PARAGRAPH_BREAK, Unit
from sitroom.extract.events.kept_dates import act_date, cut_off_date, roundup_month, section_date
from sitroom.extract.time import find_times
from sitroom.records import DateValue, Event, Evidence, PlaceMention, TimeMention

PROTEST = "Protests / Protest with intervention"


def _event(sentence, start, end=None, precision="day", text=None):
    return Event(**rules.typed_fields(PROTEST), confidence=0.8,
                 location=PlaceMention(text="Austin", start=0, end=6, name="Austin", level="populated place",
                                       country="US"),
                 date=DateValue(start=start, end=end or start, precision=precision, text=text),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"))


WEEK = dict(start="2020-05-28", end="2020-06-03", precision="publication")
WEEKEND = _event(1, "2020-05-30", "2020-05-31", "range", "over the weekend")  # "Protests over the weekend led to ..."
SINCE = _event(2, "2020-06-01", text="since Monday")  # "Demonstrations have remained fierce since Monday"


def test_an_onset_yields_to_the_date_another_report_gives_the_act():
    e = SINCE
    out = act_date(e, [_event(0, **WEEK), WEEKEND, SINCE])
    assert (out.date.start, out.date.end, out.date.text) == ("2020-05-30", "2020-05-31", "over the weekend")
    assert out.evidence == e.evidence and out.sub_event_type == e.sub_event_type  # the date only


def test_the_most_precise_date_of_the_other_reports():
    day = _event(3, "2020-05-31", text="on Sunday")
    assert act_date(SINCE, [WEEKEND, SINCE, day]).date.start == "2020-05-31"


def test_an_onset_stands_when_no_other_report_dates_the_act():
    assert act_date(SINCE, [SINCE]).date.start == "2020-06-01"  # "detained since February 15": by itself
    assert act_date(SINCE, [_event(0, **WEEK), SINCE]).date.start == "2020-06-01"  # the publication week
    other_onset = _event(3, "2020-05-29", text="since Friday")
    assert act_date(SINCE, [SINCE, other_onset]).date.start == "2020-06-01"


def test_a_date_of_the_act_itself_is_kept():
    day = _event(3, "2020-06-02", text="on Tuesday")
    assert act_date(day, [WEEKEND, day]).date.start == "2020-06-02"
    assert act_date(WEEKEND, [WEEKEND, SINCE]).date.text == "over the weekend"


ARREST = "Strategic developments / Arrests"
PUB_WEEK = dict(start="2021-07-17", end="2021-07-23", precision="publication")


def _report(sentence, trigger, **date):
    return Event(**rules.typed_fields(ARREST), confidence=0.8, trigger=trigger, date=DateValue(**date),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"))


CAPTION = _report(1, None, start="2021-07-21", end="2021-07-21", precision="day", text="Wednesday evening")


def test_a_day_lent_by_a_report_without_a_word_of_the_type_does_not_date_what_the_others_leave_undated():
    # "Hong Kong police arrest 5 ...", then a video caption "The paper began printing ... Wednesday evening after
    # authorities froze its assets", then "The five who were arrested are members of ..."
    headline, five = _report(0, "arrest", **PUB_WEEK), _report(5, "arrested", **PUB_WEEK)
    kept = five.model_copy(update={"date": CAPTION.date})  # the merge took the one day told
    out = act_date(kept, [headline, CAPTION, five])
    assert out.date.precision == "publication" and (out.date.start, out.date.end) == ("2021-07-17", "2021-07-23")


def test_a_day_of_a_report_with_a_word_of_the_type_or_of_the_evidence_itself_stands():
    headline = _report(0, "arrest", **PUB_WEEK)
    told = _report(4, "arrested", start="2021-07-22", end="2021-07-22", precision="day", text="on Thursday")
    kept = headline.model_copy(update={"date": told.date})
    assert act_date(kept, [headline, told]).date.text == "on Thursday"  # a report with its word dates it
    own = CAPTION.model_copy()  # the evidence is the report without a cue: its own sentence dates it
    assert act_date(own, [headline, own]).date.text == "Wednesday evening"
    # a cued report that dates the event too: the day stands
    dated = _report(4, "arrested", start="2021-07-21", end="2021-07-21", precision="day", text="on Wednesday")
    kept = dated.model_copy(update={"date": CAPTION.date})
    assert act_date(kept, [CAPTION, dated]).date.text == "Wednesday evening"
    # no cued report at all: nothing to fall back on
    assert act_date(headline.model_copy(update={"date": CAPTION.date}), [CAPTION]).date.text == "Wednesday evening"



def test_a_day_lent_without_a_word_of_the_type_yields_to_the_first_report_with_one_though_a_later_one_is_dated():
    # "Riot police detain 12 students" (headline), a photo caption "Crowds gathered on Sunday night", "The 12 who
    # were detained study law", and much later "Two reporters were detained on Friday" (another arrest merged in)
    headline = _report(0, "detain", **PUB_WEEK)
    caption = _report(1, None, start="2021-07-18", end="2021-07-18", precision="day", text="on Sunday night")
    twelve = _report(3, "detained", **PUB_WEEK)
    later = _report(9, "detained", start="2021-07-16", end="2021-07-16", precision="day", text="on Friday")
    kept = twelve.model_copy(update={"date": caption.date})
    out = act_date(kept, [headline, caption, twelve, later])
    assert out.date.precision == "publication" and (out.date.start, out.date.end) == ("2021-07-17", "2021-07-23")
    # the first report with the word dated otherwise: the rule does not apply, the lent day stands as before
    first = _report(0, "detain", start="2021-07-16", end="2021-07-16", precision="day", text="on Friday")
    assert act_date(kept, [first, caption, twelve]).date.text == "on Sunday night"

# ---- a timeline's entries (kept_dates.section_date) ----

TIMELINE = ("Here is a timeline of mass kidnappings in schools:\n\n"
            "11th Dec. 2020: Gunmen Kidnap Kankara Boys\n\n"
            "On Friday, December 11th, bandits took 303 students into captivity.\n\n"
            "Feb. 17th 2021: Bandits Seize 41 In Kagara\n\n"
            "The gunmen raided the Government Science College Kagara, capturing students and teachers.\n\n"
            "26th Feb. 2021: 317 Female Students Abducted In Jangebe")


def _ctx(text, pub="2021-02-26"):
    found = find_times(text, dt.date.fromisoformat(pub))
    times = [TimeMention(text=v.text, start=a, end=b, date=v) for a, b, v in found]
    units, pos = [], 0
    for i, piece in enumerate(PARAGRAPH_BREAK.split(text)):
        start = text.index(piece, pos)
        units.append(Unit(i, start, start + len(piece), piece, i))
        pos = start + len(piece)
    return SimpleNamespace(text=text, times=times, scratch={}), units


def _undated_at(ctx, units, k):
    u = units[k]
    return Event(**rules.typed_fields("Violence against civilians / Attack"), confidence=0.8,
                 date=DateValue(start="2021-02-20", end="2021-02-26", precision="publication"),
                 evidence=Evidence(sentence=u.sentence, start=u.start, end=u.end, text=u.text, paragraph=u.paragraph))


def test_an_undated_event_of_a_timeline_entry_is_at_the_entry_date():
    ctx, units = _ctx(TIMELINE)
    out = section_date(_undated_at(ctx, units, 4), ctx, units, 0)  # "The gunmen raided ... Kagara"
    assert (out.date.start, out.date.precision) == ("2021-02-17", "day")


def test_no_entry_no_timeline_no_change():
    ctx, units = _ctx(TIMELINE)
    assert section_date(_undated_at(ctx, units, 0), ctx, units, 0).date.precision == "publication"  # before any
    dated = _undated_at(ctx, units, 4).model_copy(update={"date": DateValue(start="2021-02-18", end="2021-02-18",
                                                                            precision="day", text="Thursday")})
    assert section_date(dated, ctx, units, 0).date.start == "2021-02-18"  # its own date stands
    # one date heading is no timeline (a date line over the story)
    one = "Feb. 17th 2021: Bandits Seize 41 In Kagara\n\nThe gunmen raided the college, capturing students."
    ctx, units = _ctx(one)
    assert section_date(_undated_at(ctx, units, 1), ctx, units, 0).date.precision == "publication"
    # a date that opens a paragraph without the colon of an entry heads nothing
    plain = TIMELINE.replace(": ", " ")
    ctx, units = _ctx(plain)
    assert section_date(_undated_at(ctx, units, 4), ctx, units, 0).date.precision == "publication"


# ---- a cut-off day (kept_dates.cut_off_date) ----

def _dated(text, start, precision="day"):
    return _report(2, "arrested", start=start, end=start, precision=precision, text=text)


def test_a_cut_off_day_dates_the_act_by_then():
    for text in ("as of Tuesday", "As of March 3", "as at 5 June"):  # "... remained in custody as of Tuesday"
        out = cut_off_date(_dated(text, "2021-07-20"))
        assert (out.date.start, out.date.end, out.date.precision) == ("2021-07-14", "2021-07-20", "range"), text
        assert out.date.text == text and out.trigger == "arrested"  # the date only


def test_no_cut_off_no_change():
    for text in ("on Tuesday", "since Monday", "last night", "Tuesday as officers arrived"):
        assert cut_off_date(_dated(text, "2021-07-20")).date.precision == "day", text
    month = cut_off_date(_dated("As of April 2022", "2022-04-01", "month"))  # a month: no day to count back from
    assert month.date.precision == "month"
    assert cut_off_date(_report(2, "arrested", **PUB_WEEK)).date.precision == "publication"


# ---- a month's roundup (kept_dates.roundup_month) ----

def _in(text, pub, date=None):
    ctx = SimpleNamespace(text=text, pub_date=dt.date.fromisoformat(pub), scratch={})
    e = _report(3, "detained", **(date or dict(start="2023-03-29", end="2023-04-04", precision="publication")))
    return roundup_month(e, ctx).date


def test_an_undated_event_of_a_months_roundup_is_in_that_month():
    out = _in("Riot police at a rally, 3 March 2023, via Getty Images\n\n"
              "March 2023 in Asia-Pacific: A free expression round-up produced by our editor.\n\n"
              "Two reporters were detained in Dhaka.", "2023-04-04")
    assert (out.start, out.end, out.precision) == ("2023-03-01", "2023-03-31", "month")
    # the year not told: the latest such month, the year before when its name comes later in the year
    out = _in("December in the Americas: a roundup of key free expression news\n\nTwo were detained.", "2023-01-06")
    assert (out.start, out.end) == ("2022-12-01", "2022-12-31")
    out = _in("February in Africa: A round up of the news\n\nTwo were detained.", "2024-03-02")
    assert (out.start, out.end) == ("2024-02-01", "2024-02-29")


def test_no_roundup_heading_no_change():
    for text in ("March 2023 in review: two reporters were detained.",  # no roundup
                 "Police round up protesters in March 2023 in Dhaka: two reporters were detained.",  # no heading
                 "The editor said: March 2023 in Asia: A roundup of abuses was published.",  # not a paragraph's start
                 "Two reporters were detained.\n\n" + "x " * 400 + "\n\nMarch 2023 in Asia: A roundup"):  # too far in
        assert _in(text, "2023-04-04").precision == "publication", text[:40]
    own = dict(start="2023-03-30", end="2023-03-30", precision="day", text="on Thursday")
    assert _in("March 2023 in Asia-Pacific: A roundup\n\nTwo were detained on Thursday.", "2023-04-04", own).start \
        == "2023-03-30"  # its own day stands
