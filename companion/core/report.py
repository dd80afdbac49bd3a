"""A twitch report for a doctor's visit: diary, counts by body area and week, recent checks.

Builds HTML (the subset QTextDocument renders) so the UI only has to print it to PDF.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from html import escape

from . import diary
from .checklist import Checklist, Level
from .history import History
from .i18n import QT_TRANSLATE_NOOP, tr, translate
from .kinds import EventKind
from .wording import date_text, moment_text

CHECK_KIND = EventKind.SYMPTOM_CHECK
RECENT_CHECKS = 10

_STYLE = """
h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }
table { border-collapse: collapse; margin-top: 4px; }
th { background-color: #e8e8e8; text-align: left; }
th, td { border: 1px solid #999999; padding: 4px; }
.muted { color: #555555; }
"""


def _day(d: date) -> str:
    return date_text(d, weekday=None, month="short", year=True)  # "2 Mar 2026"


# Shares of the page's width for the episodes' columns: the note, free text, gets the most.
# (Headings in English where written, translated where the table is made.)
# The short columns are wide enough for one long word in every shipped language
# (Indonesian "Beberapa detik", German "Handfläche"): too narrow, and Qt breaks a word in two.
EPISODE_COLUMNS = {QT_TRANSLATE_NOOP("report", "When"): 16, QT_TRANSLATE_NOOP("report", "Where"): 13,
                   QT_TRANSLATE_NOOP("report", "How long"): 14,
                   QT_TRANSLATE_NOOP("report", "How strong"): 14,
                   QT_TRANSLATE_NOOP("report", "Triggers"): 14, QT_TRANSLATE_NOOP("report", "Note"): 29}
NAME_LINE = 80  # characters of a name on the report: a name, not a letter


def _table(headers: list[str], rows: list[list[str]], empty: str,
           widths: dict[str, int] | None = None) -> str:
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f'<th width="{widths[h]}%">{escape(translate("report", h))}</th>' if widths
                   else f'<th>{escape(translate("report", h))}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    # thead repeats the header row when a table runs onto the next page.
    return f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>{body}</table>'


def by_area(entries: list[diary.Entry]) -> list[list[str]]:
    """Rows of (area, episodes, sides) in the diary's area order."""
    rows = []
    for area, label in diary.AREAS.items():
        here = [e for e in entries if e.area == area]
        if here:
            sides = Counter(e.side for e in here)
            detail = ", ".join(translate("report", "{side} {count}").format(side=word, count=sides[s])
                               for s, word in diary.SIDES.items() if sides[s])
            rows.append([label, str(len(here)), detail])
    return rows


def by_week(entries: list[diary.Entry], first: date, last: date,
            tz: tzinfo | None) -> list[list[str]]:
    """Rows of (ISO week, dates, episodes) for every week of the period, empty ones too."""
    counts = Counter(e.occurred_at.astimezone(tz).date().isocalendar()[:2] for e in entries)
    rows, monday = [], first - timedelta(days=first.weekday())
    while monday <= last:
        year, week, _ = monday.isocalendar()
        rows.append([translate("report", "Week {week}, {year}").format(week=week, year=year),
                     translate("report", "{first} to {last}").format(
                         first=_day(monday), last=_day(monday + timedelta(days=6))),
                     str(counts.get((year, week), 0))])
        monday += timedelta(days=7)
    return rows


def report_html(history: History, checklist: Checklist, since: datetime, until: datetime,
                now: datetime, tz: tzinfo | None = None, beside: Sequence[str] = (),
                charts: Sequence[tuple[str, str]] = (), name: str = "") -> str:
    """The report for episodes in [since, until), as HTML.

    ``name`` (optional) heads it, so a doctor knows whose it is. ``beside`` are sentences
    that put the diary beside water and breaks (counts only), and ``charts`` (heading,
    picture name) the pictures shown under them; the printer is given the pictures by
    those names.
    """
    name = " ".join(name.split())[:NAME_LINE]
    found = diary.entries(history, since, until)
    first = since.astimezone(tz).date()
    last = (until - timedelta(microseconds=1)).astimezone(tz).date()  # until is exclusive
    labels = {item.id: item.label for item in checklist.triggers()}
    days = len({e.occurred_at.astimezone(tz).date() for e in found})
    span = diary.days_span(found, tz)
    summary = translate("report", "{episodes} on {days}.").format(
        episodes=tr("%n episodes", "twitch episodes", len(found)), days=tr("%n days", "days, after on/of/after", days))
    if span and span > diary.LONG_RUNNING_DAYS:
        summary += " " + diary.long_running_reason(span)

    episodes = [[moment_text(e.occurred_at.astimezone(tz)), e.where(), diary.DURATIONS[e.duration],
                 diary.STRENGTHS[e.strength], ", ".join(labels.get(t, t) for t in e.triggers),
                 e.note] for e in found]
    checks = history.events([CHECK_KIND], since, until, limit=RECENT_CHECKS, newest_first=True)
    check_rows = [[moment_text(c.at.astimezone(tz)), _level_title(checklist, c.data.get("level")),
                   "; ".join(c.data.get("reasons", []))] for c in checks]

    return "".join([
        f"<html><head><style>{_STYLE}</style></head><body>",
        "<h1>{}</h1>".format(escape(translate("report", "Twitch diary"))),
        "<p><b>{}</b> {}</p>".format(escape(translate("report", "Name:")), escape(name)) if name else "",
        "<p>{period} <span class=\"muted\">{prepared}</span></p>".format(
            period=escape(translate("report", "{first} to {last}.").format(
                first=_day(first), last=_day(last))),
            prepared=escape(translate("report", "Prepared on {day} with Companion from the user's "
                                      "own notes.").format(day=_day(now.astimezone(tz).date())))),
        f"<p><b>{escape(summary)}</b></p>",
        _beside(beside, charts),
        _heading(translate("report", "By body area")),
        _table([QT_TRANSLATE_NOOP("report", "Area"), QT_TRANSLATE_NOOP("report", "Episodes"),
                QT_TRANSLATE_NOOP("report", "Sides")], by_area(found),
               translate("report", "No episodes in this period.")),
        _heading(translate("report", "By week")),
        _table([QT_TRANSLATE_NOOP("report", "Week"), QT_TRANSLATE_NOOP("report", "Dates"),
                QT_TRANSLATE_NOOP("report", "Episodes")], by_week(found, first, last, tz),
               translate("report", "No weeks.")),
        _heading(translate("report", "Episodes")),
        _table(list(EPISODE_COLUMNS), episodes, translate("report", "No episodes in this period."),
               EPISODE_COLUMNS),
        _heading(translate("report", "Recent checks (Check a symptom)")),
        _table([QT_TRANSLATE_NOOP("report", "When"), QT_TRANSLATE_NOOP("report", "Result"),
                QT_TRANSLATE_NOOP("report", "Because of")], check_rows,
               translate("report", "No check was saved in this period.")),
        f'<p class="muted">{escape(checklist.note)}</p>',
        "</body></html>",
    ])


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _beside(sentences: Sequence[str], charts: Sequence[tuple[str, str]]) -> str:
    if not sentences and not charts:
        return ""
    text = "".join(f"<p>{escape(line)}</p>" for line in sentences)
    pictures = "".join(f'<p><b>{escape(heading)}</b><br><img src="{escape(name)}" width="540"></p>'
                       for heading, name in charts)
    return _heading(translate("report", "Beside water and breaks")) + text + pictures


def _level_title(checklist: Checklist, key: str | None) -> str:
    try:
        return checklist.levels[Level.from_key(key or "")][0]
    except (KeyError, AttributeError):
        return key or translate("report", "Unknown")
