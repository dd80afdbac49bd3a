"""Composition root: builds every object once and wires their signals together.

Where a reminder lives, end to end: it is planned in ``core.schedule`` and
``core.reminders`` (the board), fired by ``services.reminders`` (on the one alarm of
``services.scheduler``), shown by ``ui.shell.prompt_center``, answered through ``commands``, and
recorded in ``core.history``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from companion import assets
from companion.commands import CommandHost, Commands
from companion.core import wording
from companion.core.clock import Clock, utc_now
from companion.core.history import History, HistoryError
from companion.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from companion.core.kinds import EventKind, ReminderKind
from companion.core.settings import KINDS, Settings
from companion.core.today import WITH_GNOME, summarize
from companion.services import language, paths
from companion.services.qt_values import queued
from companion.services.reminders import ReminderService
from companion.ui.features import FeatureHost, Features
from companion.ui.shell.home import Status
from companion.ui.shell.shown_first import ShownFirst, show_first

if TYPE_CHECKING:
    from companion.core.desktop_breaks import BreakTaken
    from companion.services.clock_watch import ClockWatch
    from companion.services.computer_time import ComputerTime
    from companion.services.dbus import Buses
    from companion.services.gnome_breaks import GnomeBreaks
    from companion.services.logind import LogindWatch
    from companion.services.presence.call_pause import CallPauseWatch
    from companion.services.presence.gate import PresenceGate
    from companion.services.scheduler import AlarmClock
    from companion.services.share import ShareFolder
    from companion.services.zone_watch import ZoneWatch
    from companion.ui.shell.desktop_notice import DesktopNotice
    from companion.ui.shell.prompt import PromptToast
    from companion.ui.shell.prompt_center import PromptCenter
    from companion.ui.shell.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)
# Loading the scheduler and the D-Bus clients takes ~70 ms of the GUI thread. Started a
# moment after start-up, that time is not spent before the tray icon docks and the window
# is first painted (those need round trips to the display server after show()); nothing
# can be due in the meantime that the scheduler does not then catch up on.
SERVICES_DELAY_MS = 250
# Why a prompt still open at the end was taken down (History: "Water reminder withdrawn:
# Companion was closed"). Not recorded as missed: the user did not let it lapse, and a
# missed reminder counts against their day.
# Recorded in English, shown translated (history_words).
CLOSED = QT_TRANSLATE_NOOP("away", "Companion was closed")


def _nothing() -> None:
    """A goodbye step for a part that was never built."""


class Companion(QObject):
    """The running app: settings, history, reminders, the tray and Today, feature windows."""

    finished = Signal()  # goodbye said: everything is saved and closed; the process may end

    def __init__(self, places: paths.Places, clock: Clock = utc_now, tz: tzinfo | None = None,
                 confirm_quit: Callable[[], bool] | None = None, start_paused: bool = False,
                 services_delay_ms: int | None = None, new_ticker: Callable | None = None,
                 new_motion: Callable | None = None,
                 make_scheduler: Callable[[], AlarmClock] | None = None,
                 new_presence_monitor: Callable[[object], QObject] | None = None,
                 scheduler_time: Callable[[datetime], datetime] | None = None,
                 first: ShownFirst | None = None):
        super().__init__()
        self.places = places
        self.clock = clock
        self._zone_from_system = tz is None  # then it follows the system's while running
        # Words, settings and the tray come first (ui.shell.shown_first): a start
        # (__main__) builds them before importing this module, so the tray icon docks
        # before the rest is built; ``first`` hands them over.
        if first is None:
            first = show_first(places, tz, confirm_quit)
        self.settings_store, self.home = first
        self.settings_store.setParent(self)
        self.home.setParent(self)
        self.tz = tz = self.home.tz
        self.history = self._open_history()
        # scheduler_time maps a simulated clock's moments onto real ones (tests only).
        self._scheduler_time = scheduler_time
        self.reminders = ReminderService(self.settings, self.history, tz, clock,
                                         make_scheduler=make_scheduler,
                                         scheduler_time=scheduler_time)
        self.features = Features(FeatureHost(
            history=self.history, clock=clock, tz=tz, routines_dir=places.routines_dir,
            patterns_dir=places.patterns_dir, settings=lambda: self.settings,
            apply_settings=self.apply_settings, tell=self.home.tell,
            run=lambda request: self.commands.run(request), show_today=self.home.show_today,
            open_settings=self.open_settings, session_ended=self.session_ended,
            diary_changed=self.refresh, new_motion=new_motion or self._desktop_motion,
            **({"new_ticker": new_ticker} if new_ticker is not None else {})))
        self.commands = Commands(CommandHost(
            reminders=self.reminders, history=self.history, settings=lambda: self.settings,
            apply_settings=self.apply_settings, clock=clock, tz=tz, tell=self.home.tell,
            refresh=self.refresh, navigate=self.features.navigate,
            stop_sessions=self.features.stop_sessions, pause_for_call=self.pause_for_call,
            quit=self.quit, leaving=lambda: self.leaving))
        # Built in start_services(), once the tray icon or window is up.
        self.prompt_center: PromptCenter | None = None
        self._buses: Buses | None = None  # the one session and one system bus (see buses)
        self.logind: LogindWatch | None = None  # sleep, wake, lock and shutdown
        self.clock_watch: ClockWatch | None = None  # built in start_services() too
        self.zone_watch: ZoneWatch | None = None
        self.call_pause: CallPauseWatch | None = None
        # Presence (who is at the computer) is built in start_services() too: its sources
        # load D-Bus and X11 code that a tray start-up need not wait for.
        self.presence: Any = None  # a PresenceMonitor, or what new_presence_monitor made
        self.gate: PresenceGate | None = None
        # The break screen up now (a stretch or breathing break the person asked to be
        # shown as a screen), and the warnings before one; built when first needed.
        self.break_screen: Any = None
        self._break_warnings: Any = None
        self._new_presence_monitor = new_presence_monitor
        self.computer_time: ComputerTime | None = None  # today's time at the computer, the limit
        self.desktop_breaks: GnomeBreaks | None = None  # GNOME's own break reminders
        self.share: ShareFolder | None = None  # one history across computers (a shared folder)
        self.notice: DesktopNotice | None = None  # messages that are not reminders
        self.listener: Any = None  # what later launches reach us through (set by __main__)
        self.leaving = False  # set at the start of the goodbye; nothing new starts after it
        self._settings_window: SettingsDialog | None = None  # Settings, once opened (reused)

        self.reminders.due.connect(self.show_prompt)
        self.reminders.changed.connect(self.refresh)
        self.settings_store.changed.connect(self._settings_changed)
        self.settings_store.problem.connect(self.home.tell)
        self.home.requested.connect(self.commands.run)
        self.home.refresh_needed.connect(self.refresh)
        self.home.quit_requested.connect(self.quit)
        self.home.tray_hint_given.connect(
            lambda: self.apply_settings(replace(self.settings, tray_hint_shown=True)))
        self._start_paused = start_paused
        self._services_delay_ms = services_delay_ms

    @staticmethod
    def follow_colours() -> None:
        """Readable greys and check boxes, and the desktop's light or dark, live (once).

        Called before a window is built, never at start-up: see follow_system_colours.
        """
        from companion.ui.widgets.colors import follow_system_colours
        follow_system_colours()

    def _open_history(self) -> History:
        notices = self.home.notices
        try:
            history = History(self.places.history_file, self.clock, on_error=self.home.tell)
        except HistoryError as exc:
            # Leave the file exactly as it is (newer version, full or read-only disk) and
            # keep this session's entries in memory so the app still works.
            notices.append(translate("app", "{problem}. Companion keeps today's entries in memory only "
                                     "until this is fixed and Companion is restarted.").format(problem=exc))
            history = History(Path(":memory:"), self.clock, on_error=self.home.tell)
        if history.recovered_from:
            notices.append(translate(
                "app", "Your history file was damaged, so it was moved aside to {file} (nothing in "
                "it was deleted) and a new one was started.").format(file=history.recovered_from.name))
        return history

    @property
    def settings(self) -> Settings:
        """The settings in force now."""
        return self.settings_store.current

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        self.reminders.restore_pause()
        if self._services_delay_ms is not None:  # the rest once the tray icon or window is up
            QTimer.singleShot(self._services_delay_ms, self.start_services)
        else:
            self.start_services()
        self.refresh()

    @property
    def buses(self) -> Buses:
        """The session and system bus connections everyone shares, each opened when first used."""
        if self._buses is None:
            from companion.services.dbus import Buses
            self._buses = Buses(parent=self)
        return self._buses

    def _desktop_motion(self):
        """The desktop's reduced-motion wish, asked on the shared session bus (first window
        with animation)."""
        from companion.services.motion import DesktopMotion
        return DesktopMotion(self.buses.session, parent=self)

    def start_services(self) -> None:
        """Prompts, sleep watching and the scheduler: nothing is due before they run."""
        from companion.services.logind import LogindWatch
        from companion.services.notifications import DesktopNotifier
        from companion.ui.shell.prompt_center import PromptCenter
        notifier = DesktopNotifier(self.buses.session, icon_path=str(assets.path("icons", "companion.svg")),
                                   parent=self)
        self.prompt_center = PromptCenter(notifier, self)
        self.prompt_center.answered.connect(self.commands.answer)
        self.reminders.settled.connect(self.prompt_center.withdraw)  # e.g. a glass from the tray
        self.home.inform = notifier.inform
        if self.home.notices:  # start-up problems: once, where messages pop up here
            self.home.notify("Companion", self.home.notices[0])
        from companion.ui.shell.desktop_notice import DesktopNotice
        self.notice = DesktopNotice(notifier, self.home.tell, self)
        notifier.action_invoked.connect(self._break_warning_answered)
        # One logind watch: the reminders catch up after sleep, presence hears sleep and
        # lock from it, and a shutdown starts the goodbye (as SIGTERM would, only earlier).
        # The reminders settle a turn after a wake-up (queued): by then presence has been
        # told, in that order every time (a prompt due at resume is held "just back").
        self.logind = LogindWatch(self.buses.system, parent=self)
        self.logind.resumed.connect(queued(self.reminders, self.reminders.system_resumed))
        self.logind.shutting_down.connect(lambda: self.quit("the computer is shutting down"))
        self.logind.start()
        self._start_computer_time()
        self._start_presence()
        self._start_desktop_breaks()
        self._keep_history()
        self._start_sharing()
        self.reminders.start(paused=self._start_paused)
        self._watch_time()
        from companion.services.presence.call_pause import CallPauseWatch
        self.call_pause = CallPauseWatch(self._in_call, self.reminders.paused_for_call, self.clock,
                                         parent=self)
        self.call_pause.ended.connect(self._call_over)
        if self.reminders.paused_for_call() and isinstance(until := self.reminders.paused_until(), datetime):
            self.call_pause.start(until)  # a pause for a call, carried over a restart

    def _start_sharing(self) -> None:
        """Share the history through the folder chosen in Settings (when one is)."""
        if self.share is None and not self.settings.share_folder:
            return  # nothing shared: nothing loaded
        if self.share is None:
            from companion.services.share import ShareFolder
            try:
                self.share = ShareFolder(self.history, self.places.data_dir, self.clock,
                                         self.home.tell, self)
            except OSError as exc:  # this machine's id could not be kept
                log.error("cannot share the history: %s", exc)
                self.home.tell(translate("Sync", "Companion cannot share your history: its data "
                                         "folder cannot be written ({error}).").format(
                                             error=exc.strerror or exc))
                return
            self.share.arrived.connect(self._shared_arrived)
            self.share.settings_arrived.connect(self._shared_settings_arrived)
        self.share.use(self.settings.share_folder, self.settings.machine_name)
        self.share.share_settings(self.settings if self.settings.share_settings else None)
        if self._settings_window is not None:  # sharing was just turned on there
            page = self._settings_window.pages["Share history"]
            if not page.property("following"):
                page.setProperty("following", True)
                page.follow(self.share)  # type: ignore[attr-defined]

    def _shared_arrived(self, events: list) -> None:
        """Entries from other machines: Today and the reminders count them as local ones.
        A break taken there restarts the interval here as one taken here would."""
        from companion.core.merge import answers
        if self.leaving:
            return
        for event in sorted(events, key=lambda e: e.at):
            if (kind := answers(event)) is not None:
                self.reminders.taken_elsewhere(kind, event.at)
        self.refresh()

    def _shared_settings_arrived(self, winners: dict) -> None:
        """Settings changed later on another computer (shared settings): use them here."""
        from companion.core import shared_settings
        if self.leaving:
            return
        new, problems = shared_settings.apply(self.settings, winners)
        for problem in problems:
            log.warning("a shared setting was not taken over: %s", problem)
        self.apply_settings(new)

    def _start_computer_time(self) -> None:
        """Count today's time at the computer from presence and sleep; the daily limit."""
        from companion.services.computer_time import ComputerTime
        self.computer_time = ComputerTime(self.history, self.clock, self.tz,
                                          self.settings.computer_time_limit_minutes, self,
                                          scheduler_time=self._scheduler_time)
        self.computer_time.limit_reached.connect(self._computer_time_reached)
        assert self.logind is not None  # (started just before)
        self.logind.suspended.connect(self.computer_time.suspended)
        self.logind.resumed.connect(self.computer_time.resumed)

    def _computer_time_reached(self, total, limit) -> None:
        from companion.core.active_time import limit_message
        assert self.notice is not None  # (built before the count starts)
        title, text = limit_message(total, limit)
        self.notice.show("computer_time", title, text)
        self.refresh()

    def _start_desktop_breaks(self) -> None:
        """Follow GNOME's own break reminders (GNOME 48 and later; nothing elsewhere)."""
        from companion.services.gnome_breaks import GnomeBreaks
        self.desktop_breaks = GnomeBreaks(self.buses.session, self.clock, self)
        self.desktop_breaks.changed.connect(self._desktop_breaks_changed)
        self.desktop_breaks.began.connect(self._desktop_break_began)
        self.desktop_breaks.taken.connect(self._desktop_break_taken)
        self.desktop_breaks.start()

    def _stretch_led_by_desktop(self, settings: Settings) -> bool:
        gnome = self.desktop_breaks
        if gnome is None:  # not followed yet (before the services start): nothing leads
            return False
        from companion.core.desktop_breaks import movement_on, stretch_led_by_desktop
        return stretch_led_by_desktop(settings.desktop_breaks, movement_on(gnome.selected),
                                      gnome.screen_time)

    def _reminder_settings(self, settings: Settings) -> Settings:
        """The settings the reminders follow: without Companion's own stretch reminders
        while GNOME's movement breaks lead (one reminder, not two)."""
        if not self._stretch_led_by_desktop(settings):
            return settings
        stretch = settings.plan(ReminderKind.STRETCH)
        return settings.with_plan(ReminderKind.STRETCH, replace(stretch, enabled=False))

    def _desktop_breaks_changed(self) -> None:
        log.info("GNOME's movement breaks %s", "run" if self.desktop_breaks and self.desktop_breaks.movement
                 else "do not run")
        self.reminders.apply_settings(self._reminder_settings(self.settings))

    def _desktop_break_began(self) -> None:
        """GNOME's break begins: offer Companion's guided stretch for it (when GNOME leads)."""
        if not self._stretch_led_by_desktop(self.settings) or self.leaving:
            return
        from companion.core.kinds import Action, Request
        assert self.notice is not None  # (built before the desktop breaks are followed)
        self.notice.show("desktop_break", translate("app", "A break from GNOME"),
                         translate("app", "Companion's guided hand and wrist stretch fits this break."),
                         (translate("app", "Stretch with Companion"),
                          lambda: self.commands.run(Request(Action.STRETCH, "hand-wrist"))))

    def _desktop_break_taken(self, taken: BreakTaken) -> None:
        """A GNOME movement break counts as a stretch break: recorded, and the interval restarts."""
        if self.leaving:
            return
        # Companion's own idle watch may have seen the same absence as a natural break
        # (recorded, interval restarted): one break, not two.
        seen = self.history.events([EventKind.NATURAL_BREAK], taken.start - timedelta(hours=1), taken.end
                                   + timedelta(minutes=1))
        # (Its own: time away from another computer may have been time at this one.)
        if any(e.machine is None and datetime.fromisoformat(e.data["start"]) < taken.end
               and datetime.fromisoformat(e.data["end"]) > taken.start for e in seen):
            log.info("GNOME's break %s-%s was a natural break already", taken.start, taken.end)
            return
        self.history.record(EventKind.DESKTOP_BREAK, {
            "start": taken.start.isoformat(), "end": taken.end.isoformat(),
            "minutes": round(taken.minutes, 1), "by": "GNOME"}, at=taken.end)
        self.reminders.restart_interval(ReminderKind.STRETCH)  # re-arms, so refreshes

    def _watch_time(self) -> None:
        """Follow clock changes and the system's zone (not a test's own clock or zone)."""
        from companion.services.clock_watch import ClockWatch
        from companion.services.zone_watch import ZoneWatch
        if self.clock is utc_now:
            self.clock_watch = ClockWatch(parent=self)
            self.clock_watch.jumped.connect(self.reminders.clock_jumped)
            if self.computer_time is not None:  # a sleep logind did not tell of
                self.clock_watch.jumped.connect(self.computer_time.clock_jumped)
            self.clock_watch.start()
        if self._zone_from_system:
            self.zone_watch = ZoneWatch(self.tz, self.clock, parent=self)
            self.zone_watch.changed.connect(self.change_zone)
            if self.logind is not None:
                self.logind.resumed.connect(self.zone_watch.check)
            if self.clock_watch is not None:
                self.clock_watch.jumped.connect(self.zone_watch.check)  # (drops the amount)
            self.zone_watch.start()

    def change_zone(self, tz: tzinfo) -> None:
        """The system's time zone changed: plan, show and count days in the new one."""
        self.tz = self.home.tz = tz
        if self.home.today_built:
            self.home.today.tz = tz
        self.features.change_zone(tz)
        if self.computer_time is not None:
            self.computer_time.change_zone(tz)
        self.commands.host = replace(self.commands.host, tz=tz)
        self.reminders.change_zone(tz)  # re-plans, and its `changed` refreshes

    def pause_for_call(self) -> None:
        """Pause reminders until the user's call ends (CALL_PAUSE_LIMIT at the latest)."""
        from companion.core.activity import CALL_PAUSE_LIMIT
        from companion.core.wording import describe_time
        until = self.clock() + CALL_PAUSE_LIMIT
        self.reminders.pause(until=until, for_call=True)
        if self.call_pause is not None:  # else start_services() starts it for this pause
            self.call_pause.start(until)
        if self._in_call() is None:
            self.home.tell(translate("app", "Companion cannot see calls on this computer (no camera or "
                                     "microphone it can watch), so reminders stay paused until {time} "
                                     "or until you resume them.").format(
                time=describe_time(until, self.clock(), self.tz)))

    def _keep_history(self) -> None:
        """Remove what is older than the age the user chose to keep (none by default)."""
        from companion.core import retention
        if removed := retention.apply(self.history, self.settings.keep_history_days,
                                      self.clock(), self.tz):
            log.info("removed %d history entries older than %s, as chosen in settings",
                     removed, retention.label(self.settings.keep_history_days))

    def _in_call(self) -> bool | None:
        ask = getattr(self.presence, "in_call", None)
        return ask() if ask is not None else None

    def _call_over(self) -> None:
        log.info("the call is over (or the pause reached its limit): reminders resume")
        self.reminders.resume()
        self.refresh()

    def _start_presence(self) -> None:
        """The gate before the first reminder; the sources a moment later, off the start-up path."""
        from companion.core.activity import ActivityModel
        from companion.services.presence.gate import PresenceGate
        from companion.services.presence.settings import presence_choices, presence_rules
        self.presence = self._presence_monitor(presence_choices(self.settings))
        self.gate = PresenceGate(ActivityModel(presence_rules(self.settings), self.clock()),
                                 self.presence, self.history.record, self.clock, self,
                                 scheduler_time=self._scheduler_time)
        # Queued: a hold happens inside the scheduler's run, before the job is re-armed; a
        # refresh right then would find the job "wrongly" armed and re-arm it.
        self.gate.changed.connect(queued(self, self.refresh))
        self.reminders.use_gate(self.gate)
        self._count_presence()
        QTimer.singleShot(0, self.presence.start)

    def _count_presence(self) -> None:
        """Today's computer time hears the same presence facts as the gate."""
        if self.computer_time is not None:
            self.presence.fact.connect(self.computer_time.observe)

    def _presence_monitor(self, choices):
        if self._new_presence_monitor is not None:
            return self._new_presence_monitor(choices)
        from companion.services.presence.monitor import PresenceMonitor
        return PresenceMonitor(choices, self.clock, buses=self.buses, logind=self.logind, parent=self)

    def save_sessions(self) -> None:
        """Record the sessions in progress as stopped, now (a logout is coming)."""
        if not self.leaving:
            self.features.end_sessions()

    def shutdown(self, why: str = "quit") -> None:
        """Say goodbye in one order, whatever asked for it; only the first call does anything.

        Nothing new starts; sessions in progress are recorded as stopped with what was done;
        open prompts are recorded as withdrawn; the history is written and closed; then
        notifications, windows and the socket for later launches go. A step that fails is
        logged and the next one still runs: a half goodbye would leave a process that
        refuses everything and never ends.
        """
        if self.leaving:
            return
        self.leaving = True
        log.info("saying goodbye (%s)", why)
        steps = (("stop reminders and presence", self._stop_services),  # nothing new comes up
                 ("end the sessions", self.features.end_sessions),
                 ("withdraw the prompts", self._withdraw_prompts),
                 ("take the break screen down", self._end_break_screen),
                 ("close the history", self.history.close),
                 ("close the notifications", self.prompt_center.close_all if self.prompt_center else _nothing),
                 ("close the D-Bus connections", self._buses.close if self._buses else _nothing),
                 ("close the windows", self.features.close_all),
                 ("remove the socket", lambda: self.listener and self.listener.close()))
        for what, step in steps:
            try:
                step()
            except Exception:
                log.exception("could not %s while saying goodbye", what)
        log.info("goodbye")

    def _stop_services(self) -> None:
        self.settings_store.stop_watching()  # an edit taken up now would find the history closed
        for watch in (self.clock_watch, self.zone_watch):  # a jump or a new zone re-plans nothing now
            if watch is not None:
                watch.stop()
        self.reminders.stop()
        if self.call_pause is not None:  # it would ask on, and end a pause in a closed history
            self.call_pause.stop()
        if self._break_warnings is not None:  # no warning of a break that will not come
            self._break_warnings.plan({}, 0)
        if self.presence is not None:
            self.presence.stop()
        if self.desktop_breaks is not None:
            self.desktop_breaks.stop()
        if self.computer_time is not None:
            self.computer_time.stop()  # keeps the time counted so far, before the history closes
        if self.share is not None:
            self.share.stop()

    def _withdraw_prompts(self) -> None:
        for kind in sorted(self.reminders.open_prompts):
            self.reminders.withdrawn(kind, CLOSED)
        if self.gate is not None:  # held for later, which is now never
            for kind in sorted(self.gate.held()):
                self.history.record(EventKind.REMINDER_WITHDRAWN, {"kind": kind, "reason": CLOSED})
            self.gate.forget()

    def quit(self, why: str = "quit") -> None:
        """Say goodbye (see shutdown), then tell the process it may end (``finished``), once.

        ``__main__`` connects ``finished`` to QCoreApplication.exit(0), not quit(): quit()
        sends a Quit event that closes every window first, and the Today window without a
        tray asks before letting Companion go, which left it running with reminders stopped.
        """
        if self.leaving:
            return
        self.shutdown(why)
        self.finished.emit()

    # -- reminders ---------------------------------------------------------------
    @property
    def prompts(self) -> dict[str, PromptToast]:
        """The toasts on screen, by kind (native notifications are not widgets)."""
        return self.prompt_center.toasts if self.prompt_center is not None else {}

    def show_prompt(self, kind: str) -> None:
        """A reminder is due: show its prompt (replacing an unanswered one of that kind).

        A break the person asked to see as a screen comes as the break screen instead; it
        arrives here after the presence gate, so the gate holds it as it holds a prompt.
        """
        assert self.prompt_center is not None  # reminders start after it
        settings = self.settings
        if settings.break_screen_stretch or settings.break_screen_breathing:
            from companion.core.breaks import uses_screen
            screen = self.break_screen
            if uses_screen(settings, kind) and (screen is None or screen.kind == kind):
                self._show_break_screen(kind)
                return
        self.prompt_center.show(kind, settings.snooze_minutes, settings.prompt_timeout_minutes)

    # -- the break screen ----------------------------------------------------------
    def _break_offer(self, kind: str):
        """The break screen's rules, and what it may offer today (its daily limits)."""
        from companion.core.breaks import offer, rules, used_today
        from companion.core.local_days import day_bounds
        now = self.clock()
        events = self.history.events([EventKind.REMINDER_SNOOZED, EventKind.REMINDER_SKIPPED],
                                     since=day_bounds(now, self.tz)[0])
        chosen = rules(self.settings)
        return chosen, offer(chosen, used_today(events, kind, now, self.tz))

    def _show_break_screen(self, kind: str) -> None:
        from companion.ui.breakscreen.content import break_content
        from companion.ui.breakscreen.screen import BreakScreen
        from companion.ui.breakscreen.warning import warning_key
        self.follow_colours()
        if self.break_screen is not None:  # the same break due again: the old one lapsed
            self.break_screen.end()
        if self.prompt_center is not None and self.prompt_center.notifier is not None:
            self.prompt_center.notifier.close(warning_key(kind))
        chosen, offered = self._break_offer(kind)
        screen = BreakScreen(break_content(kind, self.places.routines_dir, self.places.patterns_dir),
                             chosen, offered, self.settings.prompt_timeout_minutes,
                             self.features.reduced_motion(), parent=self)
        screen.answered.connect(self._break_answered)
        screen.ended.connect(self._break_ended)
        self.break_screen = screen
        screen.show()

    def _break_answered(self, kind: str, answer: str, minutes: int) -> None:
        from companion.core.breaks import BreakAnswer
        screen = self.break_screen
        start = screen.content.start if screen is not None else None
        if answer == BreakAnswer.START and screen is not None and screen.up:
            # The routine leads, above the screen: marked so before it is shown.
            window = self.features.window("stretch" if kind == ReminderKind.STRETCH else "breathing")
            if window is not None:
                screen.lead(window)
        self.commands.answer_break(kind, answer, minutes, start=start)

    def _break_ended(self) -> None:
        screen, self.break_screen = self.break_screen, None
        if screen is not None and screen.started and not self.leaving:
            self.features.stop_sessions()  # "Done": the break is over (what was done counts)
        if screen is not None:
            screen.deleteLater()

    def _end_break_screen(self) -> None:
        if self.break_screen is not None:
            self.break_screen.end()

    def _plan_break_warnings(self, next_times: dict) -> None:
        """Arm the warning before each break screen (when the person wants one)."""
        settings = self.settings
        wanted = settings.break_warning and (settings.break_screen_stretch
                                             or settings.break_screen_breathing)
        if not wanted or self.prompt_center is None:
            if self._break_warnings is not None:
                self._break_warnings.plan({}, settings.break_warning_seconds)
            return
        from companion.core.breaks import SCREEN_KINDS, uses_screen
        if self._break_warnings is None:
            from companion.ui.breakscreen.warning import BreakWarnings
            self._break_warnings = BreakWarnings(self.clock, self._scheduler_time, parent=self)
            self._break_warnings.coming.connect(self._warn_of_break)
        dues = {kind: due for kind in SCREEN_KINDS
                if uses_screen(settings, kind) and (due := next_times.get(kind)) is not None}
        self._break_warnings.plan(dues, settings.break_warning_seconds)

    def _warn_of_break(self, kind: str) -> None:
        """A small notification shortly before the break screen, with Postpone if allowed."""
        from companion.core.prompts import KIND_NAMES
        from companion.ui.breakscreen.warning import warning_key
        if self.leaving or self.break_screen is not None or kind in self.reminders.open_prompts:
            return
        if self.gate is not None and (self.gate.model.away_reason() or self.gate.monitor.busy_reason()):
            return  # the screen will be held anyway; a warning now is noise
        chosen, offered = self._break_offer(kind)
        seconds = self.settings.break_warning_seconds
        title = translate("app", "{reminder} in {seconds}").format(
            reminder=KIND_NAMES[kind], seconds=tr("%n seconds", "duration", seconds))
        body = translate("app", "Your break screen comes up then. Time to finish what you are writing.")
        actions = [("postpone", translate("app", "Postpone {minutes} min").format(
            minutes=chosen.postpone_minutes))] if offered.postpone else []
        center = self.prompt_center
        if center is not None and center.native and center.notifier is not None \
                and center.notifier.show(warning_key(kind), title, body, actions):
            return
        self.home.tray.notify(title, body)  # no server for buttons: a plain word instead

    def _break_warning_answered(self, key: str, action: str) -> None:
        from companion.core.breaks import SCREEN_KINDS, VIA_WARNING
        from companion.ui.breakscreen.warning import warning_key
        kind = next((k for k in SCREEN_KINDS if warning_key(k) == key), None)
        if kind is None or action != "postpone" or self.leaving:
            return  # a prompt's answer (the prompt centre's), or the body clicked
        chosen, offered = self._break_offer(kind)
        if offered.postpone:
            self.reminders.postpone_upcoming(kind, chosen.postpone_minutes, via=VIA_WARNING)

    def session_ended(self, kind: ReminderKind, summary: dict) -> None:
        """A stretch or breathing session finished or stopped."""
        screen = self.break_screen
        if screen is not None and screen.kind == kind and screen.started:
            screen.end()  # the routine ended, and the break with it
        if kind is ReminderKind.STRETCH and summary.get("steps_done", 0) > 0:
            self.reminders.restart_interval(ReminderKind.STRETCH)  # re-arms, so refreshes
        else:
            self.refresh()

    # -- settings ----------------------------------------------------------------
    def apply_settings(self, new: Settings, made_from: Settings | None = None) -> None:
        """Save new settings and let every part use them at once (see SettingsStore.apply)."""
        self.settings_store.apply(new, made_from)

    def _settings_changed(self, new: Settings, old: Settings) -> None:
        from companion import first_run  # start at login follows its setting
        if (problem := first_run.settings_changed(old, new)) is not None:
            self.home.tell(problem)
        if any(new.plan(kind) != old.plan(kind) or new.week_for(kind) != old.week_for(kind)
               for kind in KINDS) or new.desktop_breaks != old.desktop_breaks:
            self.reminders.apply_settings(self._reminder_settings(new))
        if self.computer_time is not None and (
                new.computer_time_limit_minutes != old.computer_time_limit_minutes):
            self.computer_time.set_limit(new.computer_time_limit_minutes)
        if self.gate is not None:
            self._presence_settings_changed(new, old)
        if self.logind is not None:  # (else start_services() starts sharing)
            if (new.share_folder, new.machine_name) != (old.share_folder, old.machine_name):
                self._start_sharing()
            elif self.share is not None:
                self.share.share_settings(new if new.share_settings else None)
        self.features.apply_settings(new)
        if language.chosen(new.language) != language.current():
            self.change_language(language.chosen(new.language))
        wording.choose_water_unit(new.water_unit)
        self.refresh()

    def change_language(self, code: str) -> None:
        """Words in ``code`` from now on: the tray menu and notifications at once, each
        window when it is next opened (one open now keeps its words until then)."""
        language.install(code)
        self.home.language_changed()
        self.features.language_changed()

    def _presence_settings_changed(self, new: Settings, old: Settings) -> None:
        from companion.services.presence.settings import presence_choices, presence_rules
        assert self.gate is not None  # (asked only once it exists)
        self.gate.model.rules = presence_rules(new)
        if presence_choices(new) != presence_choices(old):
            # Sources are connected once, at start: a new choice means a new monitor.
            self.presence.stop()
            self.presence = self._presence_monitor(presence_choices(new))
            self.gate.use_monitor(self.presence)
            self._count_presence()
            self.presence.start()

    # -- windows (the rest open through features.navigate) -------------------------
    def open_settings(self) -> None:
        """Open Settings (or bring it forward); each change is applied as it is made."""
        self.follow_colours()
        if self._settings_window is not None and self._settings_window.isVisible():
            self._settings_window.raise_()
            self._settings_window.activateWindow()
            return
        from companion.ui.shell.settings_dialog import SettingsDialog
        today = self.home.today if self.home.today_built else None
        sources = self.presence.describe() if self.presence is not None else None
        if sources is not None and self.desktop_breaks is not None:
            sources.append(self.desktop_breaks.status())
        from companion.services.diagnose.media import speech_engine_problem
        dialog = SettingsDialog(self.settings, today if today and today.isVisible() else None,
                                sources=sources, speech_problem=speech_engine_problem)
        from companion.ui.shell.settings_data import DataHost, DataSection, add_to
        add_to(dialog, DataSection(DataHost(
            self.history, self.clock, lambda: self.tz, lambda: self.settings,
            self.apply_settings, self.refresh)))
        if self.share is not None:  # how sharing goes, live
            dialog.pages["Share history"].setProperty("following", True)
            dialog.pages["Share history"].follow(self.share)  # type: ignore[attr-defined]
        # Only what was changed in it: the file may have been edited meanwhile.
        dialog.changed.connect(lambda new, made_from: self.apply_settings(new, made_from=made_from))
        self._settings_window = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # -- what the tray and Today show ----------------------------------------------
    def refresh(self) -> None:
        """Bring the Today window, tray tooltip and pause state up to date."""
        if self.leaving:
            return  # the history may be closed already; nobody looks any more
        now = self.clock()
        held = self.gate.held() if self.gate is not None else {}
        if self._stretch_led_by_desktop(self.settings):
            held = {**held, ReminderKind.STRETCH: WITH_GNOME}
        computer = self.computer_time.today() if self.computer_time is not None else None
        next_times = self.reminders.next_times()
        self._plan_break_warnings(next_times)
        self.home.show(Status(
            now=now,
            day=summarize(self.history, now, self.tz, self.settings.water_goal_glasses, computer),
            next_times=next_times,
            paused=self.reminders.paused_until(),
            held=held,
            paused_for_call=self.reminders.paused_for_call(),
            alert=self.features.today_alert() if self.home.today_built else None))
