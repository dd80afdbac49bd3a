"""Companion's own sentences in German (and one look at Indonesian): what a person with a
German desktop reads in reminders, the status line, History, the endings and the doctor's
report, through the real Qt translators and the shipped .qm files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.core import diary, report
from companion.core.checklist import load_default
from companion.core.clock import FakeClock
from companion.core.endings import breathing_ending, stretch_ending
from companion.core.history import Event, History
from companion.core.history_words import Context, sentence, summary
from companion.core.prompts import KIND_NAMES, PROMPTS
from companion.core.statistics import Tally, twitch_summary
from companion.core.status_line import status_line

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 9, 50, tzinfo=TZ)  # a Monday


def test_a_reminder_prompt_reads_in_the_chosen_language_at_the_moment_it_is_shown(language):
    language("de")
    water = PROMPTS["hydration"]
    assert (water.title, water.body, water.primary) == (
        "Zeit für etwas Wasser", "Ein Glas Wasser jetzt hält Sie in Schwung.", "Ein Glas getrunken")
    assert PROMPTS["stretch"].title == KIND_NAMES["stretch"] == "Dehnpause"
    assert PROMPTS["stretch"].primary_action == "stretch"  # what it does is not translated
    language("id")
    assert PROMPTS["breathing"].title == "Sejenak untuk bernapas"
    language("en")  # the same table, read again: no restart needed
    assert PROMPTS["hydration"].title == "Time for some water"


def test_the_status_line_names_the_next_reminder_in_german_word_order(language):
    language("de")
    line = status_line({"hydration": None, "stretch": NOW + timedelta(minutes=40)}, False, NOW, TZ)
    assert line == "Erinnerungen an · als Nächstes: Dehnpause um 10:30"
    held = status_line({"hydration": NOW}, False, NOW, TZ, held={"hydration": "in a call"})
    assert held == "Erinnerungen an · Wasser wartet: im Anruf"  # recorded in English, shown in German


def test_a_days_summary_counts_in_german_plurals(language):
    language("de")
    glasses = [Event("water_logged", NOW, {"ml": 250}) for _ in range(3)]
    stretch = [Event("stretch_session", NOW, {"steps_done": 2, "steps_total": 5, "completed": False})]
    assert summary(glasses + stretch) == "3 Gläser · 1 Dehnpause"
    assert summary(glasses[:1]) == "1 Glas"
    assert summary([]) == "Keine Gläser"


def test_history_sentences_are_whole_german_sentences(language):
    language("de")
    ctx = Context(tz=TZ, names={"quick-hand": "Schnelle Handdehnung"})
    stopped = Event("stretch_session", NOW, {"routine": "quick-hand", "steps_done": 2, "steps_total": 5,
                                             "completed": False, "seconds": 70})
    assert sentence(stopped, ctx) == ("Dehnpause: Schnelle Handdehnung, beendet nach 2 von 5 Schritten"
                                      " (1 Min. 10 Sek.)")
    missed = Event("reminder_missed", NOW, {"kind": "hydration", "reason": "screen locked"})
    assert sentence(missed, ctx) == "Wasser-Erinnerung verpasst: Bildschirm gesperrt"
    twitch = Event("twitch_logged", NOW, {"area": "palm", "side": "left", "strength": "faint"})
    assert sentence(twitch, ctx) == "Zuckung im Tagebuch eingetragen: Handfläche, links, schwach"


def test_endings_say_what_was_done_in_german(language):
    language("de")
    done = stretch_ending({"steps_done": 5, "steps_total": 5, "seconds": 65, "completed": True}, "Hände")
    assert done.headline == "Gut gemacht"
    assert done.detail == "Hände: alle 5 Schritte in 1:05. Das zählt als Ihre Dehnpause."
    calm = breathing_ending({"cycles_done": 1, "seconds": 12, "completed": True})
    assert calm.detail == "1 Atemzug in 0:12. Spüren Sie, wie es Ihnen jetzt geht."


def test_the_doctors_report_is_worded_in_german(language, tmp_path):
    language("de")
    start = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    history = History(tmp_path / "h.db", FakeClock(start))
    for day, area in ((0, "palm"), (0, "palm"), (1, "eyelid")):
        diary.add(history, area, "left", occurred_at=start + timedelta(days=day))
    html = report.report_html(history, load_default(), start - timedelta(days=1), start + timedelta(days=3),
                              start, tz=UTC, name="Ana")
    assert "<h1>Zuckungstagebuch</h1>" in html and "<b>Name:</b> Ana" in html
    assert "3 Episoden an 2 Tagen." in html  # German plurals, dative after "an"
    assert "<h2>Nach Körperstelle</h2>" in html and "<td>Handfläche</td>" in html
    assert "<th>Körperstelle</th>" in html and "Woche 10, 2026" in html
    assert "Episodes" not in html and "Twitch diary" not in html


def test_statistics_keep_german_nouns_capitalised_inside_a_sentence(language):
    language("de")
    day = Tally(NOW.date(), NOW.date(), glasses=1, twitches={"palm": 2}, triggers={"caffeine": 2})
    lines = twitch_summary([day], 0, {"caffeine": "Koffein"})
    assert lines[0] == "Muskelzucken wurde an 1 Tag eingetragen (2 Episoden)."
    assert "Wo: Handfläche 2." in lines and "Eingetragene Auslöser: Koffein 2." in lines
    assert "keine ärztliche Beratung" in lines[-1]
    language("en")
    assert "Triggers you logged: caffeine 2." in twitch_summary([day], 0, {"caffeine": "Caffeine"})


def test_diary_choices_read_in_german_however_the_table_is_read(language):
    language("de")
    assert diary.AREAS["palm"] == dict(diary.AREAS)["palm"] == "Handfläche"
    assert dict(diary.SIDES.items())["both"] == "beide Seiten"
    assert diary.AREAS.english("palm") == "Palm" and "palm" in diary.AREAS  # keys stay ids


def test_a_bad_settings_file_is_explained_in_german_with_the_files_own_names(language):
    from companion.core.settings_schema import from_dict
    language("de")
    _, problems = from_dict({"glass_ml": 45, "hydration": {"interval_minutes": "soon"}, "zzz": 1})
    assert problems == [
        "hydration.interval_minutes sollte eine ganze Zahl von 5 bis 480 sein, nicht 'soon'; "
        "es gilt der Standardwert",
        "glass_ml sollte eine ganze Zahl von 50 bis 1000 sein, nicht 45; es gilt der Standardwert",
        "zzz ist keine Einstellung, die Companion kennt; ignoriert"]
