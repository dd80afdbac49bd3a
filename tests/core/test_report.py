from datetime import UTC, datetime, timedelta

from companion.core import diary, report
from companion.core.checklist import load_default
from companion.core.clock import FakeClock
from companion.core.history import History

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday, ISO week 10
UTC = UTC


def _history(tmp_path):
    return History(tmp_path / "h.db", FakeClock(T0))


def test_counts_by_body_area_with_sides(tmp_path):
    h = _history(tmp_path)
    for area, side in [("palm", "left"), ("palm", "left"), ("palm", "right"), ("calf", "both")]:
        diary.add(h, area, side)
    rows = report.by_area(diary.entries(h))
    assert rows == [["Palm", "3", "left 2, right 1"], ["Calf", "1", "both sides 1"]]


def test_counts_by_iso_week_include_quiet_weeks(tmp_path):
    h = _history(tmp_path)
    for day in (0, 1, 15):
        diary.add(h, "thumb", "left", occurred_at=T0 + timedelta(days=day))
    rows = report.by_week(diary.entries(h), T0.date(), (T0 + timedelta(days=21)).date(), UTC)
    assert [(r[0], r[2]) for r in rows] == [("Week 10, 2026", "2"), ("Week 11, 2026", "0"),
                                            ("Week 12, 2026", "1"), ("Week 13, 2026", "0")]
    assert rows[0][1] == "2 Mar 2026 to 8 Mar 2026"


def test_report_holds_the_periods_entries_checks_and_the_note(tmp_path):
    h = _history(tmp_path)
    diary.add(h, "palm", "left", note="while typing <fast>", triggers=["caffeine"])
    diary.add(h, "eyelid", "right", note="last year", occurred_at=T0 - timedelta(days=300))
    h.record("symptom_check", {"answers": ["over_two_weeks"], "level": "see_doctor_soon",
                               "reasons": ["Twitching for more than two weeks"]})
    html = report.report_html(h, load_default(), T0 - timedelta(days=7), T0 + timedelta(days=1),
                              T0, tz=UTC)
    assert "while typing &lt;fast&gt;" in html  # escaped, so it cannot break the layout
    assert "last year" not in html
    assert "Caffeine" in html
    assert "See a doctor soon" in html and "Twitching for more than two weeks" in html
    assert "1 episode on 1 day." in html
    assert "not medical advice" in html
