"""Composition root: builds every object once and wires their signals together."""

from __future__ import annotations

from companion import pyside_setup  # noqa: F401  (first, before other imports: see it)

import logging
import sys
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from companion import assets, cli, logs
from companion.core import settings as settings_file
from companion.core.clock import Clock, utc_now
from companion.core.history import History, HistoryError
from companion.core.prompts import KIND_NAMES, PROMPTS
from companion.core.reminders import next_active_start
from companion.core.settings import Settings
from companion.core.today import day_bounds, describe_time, log_glass, summarize, undo_last_glass
from companion.services import paths, single_instance
from companion.services.reminders import ReminderService
from companion.ui import icons
from companion.ui.tray import TrayMenu

if TYPE_CHECKING:
    from companion.ui.prompt import PromptToast
    from companion.ui.prompt_center import PromptCenter
    from companion.ui.today import TodayWindow

log = logging.getLogger(__name__)
# Loading the scheduler and the D-Bus clients takes ~70 ms of the GUI thread. Started a
# moment after start-up, that time is not spent before the tray icon docks and the window
# is first painted (those need round trips to the display server after show()); nothing
# can be due in the meantime that the scheduler does not then catch up on.
SERVICES_DELAY_MS = 250


class Companion(QObject):
    """The running app: settings, history, reminders, tray, windows."""

    def __init__(self, places: paths.Places, clock: Clock = utc_now, tz: tzinfo | None = None,
                 confirm_quit: Callable[[], bool] | None = None, start_paused: bool = False,
                 services_delay_ms: int | None = None):
        super().__init__()
        self.places = places
        self.clock = clock
        if tz is None:
            import tzlocal
            tz = tzlocal.get_localzone()
        self.tz = tz
        self.confirm_quit = confirm_quit or self._ask_quit
        self.notices: list[str] = []

        loaded = settings_file.load(places.settings_file)
        self.settings = loaded.settings
        if loaded.problems:
            self.notices.append("Some settings could not be used and were reset:\n"
                                + "\n".join(loaded.problems))
            # Write the repaired file, so the same problem is not reported at every start;
            # never over a file that is still there because it could not be used.
            if not loaded.keep_file and (problem := self._save_settings(self.settings)):
                log.warning("%s", problem)
                self.notices.append(problem)
        self.history = self._open_history()

        self.reminders = ReminderService(self.settings, self.history, self.tz, clock)
        self.reminders.due.connect(self.show_prompt)
        self.reminders.changed.connect(self.refresh)
        # Built in start_services(), once the tray icon or window is up.
        self.prompt_center: PromptCenter | None = None
        self.sleep = None

        self.icon = icons.load("companion")
        self.tray = TrayMenu(self.icon, icons.load("companion-paused"), self)
        self.tray.requested.connect(self.handle_action)
        self.tray.activated.connect(self.show_today)
        self._today: TodayWindow | None = None  # built the first time it is shown
        self.windows: dict[str, object] = {}

        # Re-read today's counts when the local day changes (one timer, re-armed daily).
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        self._start_paused = start_paused
        self._services_delay_ms = services_delay_ms
        self._day = None

    def _open_history(self) -> History:
        try:
            history = History(self.places.history_file, self.clock, on_error=self.tell)
        except HistoryError as exc:
            # Leave the file exactly as it is (newer version, full or read-only disk) and
            # keep this session's entries in memory so the app still works.
            self.notices.append(f"{exc}. Companion keeps today's entries in memory only "
                                "until this is fixed and Companion is restarted.")
            history = History(Path(":memory:"), self.clock, on_error=self.tell)
        if history.recovered_from:
            self.notices.append(
                f"Your history file was damaged, so it was moved aside to "
                f"{history.recovered_from.name} (nothing in it was deleted) and a new one "
                f"was started.")
        return history

    @property
    def today(self) -> TodayWindow:
        """The Today window, built the first time it is needed.

        In the tray, most sessions never open it, so it costs nothing until then.
        """
        if self._today is None:
            from companion.ui.today import TodayWindow
            window = TodayWindow(self.tz)
            window.requested.connect(self.handle_action)
            window.close_requested.connect(self._today_closed)
            window.show_notice("\n\n".join(self.notices) or None)
            self._today = window
            self.refresh()
        return self._today

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        self.reminders.restore_pause()
        if self._services_delay_ms is not None:  # the rest once the tray icon or window is up
            QTimer.singleShot(self._services_delay_ms, self.start_services)
        else:
            self.start_services()
        if self.notices:
            self.tray.notify("Companion", self.notices[0])
        self.refresh()

    def start_services(self) -> None:
        """Prompts, sleep watching and the scheduler: nothing is due before they run."""
        from companion.services.notifications import DesktopNotifier
        from companion.services.sleep_watch import SleepWatcher
        from companion.ui.prompt_center import PromptCenter
        notifier = DesktopNotifier(icon_path=str(assets.path("icons", "companion.svg")), parent=self)
        self.prompt_center = PromptCenter(notifier, self)
        self.prompt_center.answered.connect(self.answer_prompt)
        self.sleep = SleepWatcher(parent=self)
        self.sleep.resumed.connect(self.reminders.system_resumed)
        self.reminders.start(paused=self._start_paused)

    def shutdown(self) -> None:
        self.reminders.stop()
        if self.prompt_center is not None:
            self.prompt_center.close_all()
        self.history.close()

    def tell(self, message: str, title: str = "Companion") -> None:
        """Show something the user should read, below today's earlier messages."""
        log.warning("%s", message)
        self.notices.append(message)
        if self._today is not None:
            self._today.show_notice("\n\n".join(self.notices))
        self.tray.notify(title, message)

    # -- actions (tray, Today window, command line, other launches) ---------------
    def handle_actions(self, actions: list[str]) -> None:
        for action in actions:
            self.handle_action(action)

    def handle_action(self, action: str) -> bool:
        """Carry out one named action; False if it was unknown or refused."""
        name, _, arg = action.partition(":")
        handlers: dict[str, Callable[[], object]] = {
            "show": self.show_today, "log_water": lambda: self.log_water(arg or "tray"),
            "undo_water": self.undo_water, "resume": self.reminders.resume,
            "stretch": lambda: self.open_stretch(arg or None),
            "breathe": lambda: self.open_breathing(arg or None), "check": self.open_check,
            "settings": self.open_settings, "history": self.open_history,
            "enable_hydration": self.enable_hydration, "quit": self.quit,
            "pause": lambda: self.pause(arg),
        }
        handler = handlers.get(name)
        if handler is None:
            log.warning("unknown action %r", action)
            return False
        return handler() is not False  # a handler returns False when it refused

    def pause(self, how: str) -> bool:
        """Pause for a number of minutes, until the next active day, or until resumed.

        Returns False, and changes nothing, for anything else (it may come from another
        launch, so it is checked here too).
        """
        if how == "forever":
            self.reminders.pause()
        elif how == "next-day":
            self.reminders.pause(until=next_active_start(self.settings, self.clock(), self.tz))
        elif (minutes := cli.pause_minutes_or_none(how)) is not None:
            self.reminders.pause(minutes=minutes)
        else:
            log.warning("refused a pause of %r: %s", how, cli.PAUSE_ALLOWED)
            return False
        return True

    def log_water(self, via: str) -> None:
        _, caution = log_glass(self.history, self.settings.glass_ml, self.clock(), via)
        if caution:
            self.tell(caution, title="Easy does it")
        self.refresh()

    def undo_water(self) -> None:
        if undo_last_glass(self.history, self.clock(), self.tz) is None:
            self.tell("There is no glass from today to undo.")
        self.refresh()

    def enable_hydration(self) -> None:
        plan = self.settings.hydration
        if not plan.enabled:
            self.apply_settings(self.settings.with_plan("hydration", replace(plan, enabled=True)))
        self.show_today()

    def show_today(self) -> None:
        self.refresh()
        self.today.show()
        self.today.raise_()
        self.today.activateWindow()

    def _today_closed(self) -> None:
        if self.tray.available:
            self.today.hide()
            if not self.settings.tray_hint_shown:
                self.tray.notify("Companion is still here",
                                 "Companion keeps running in the tray. Use Quit in its menu "
                                 "to close it.")
                self.apply_settings(replace(self.settings, tray_hint_shown=True))
        elif self.confirm_quit():
            self.quit()

    def _ask_quit(self) -> bool:
        answer = QMessageBox.question(
            self.today, "Quit Companion?",
            "There is no system tray here, so closing this window stops your reminders. "
            "Quit Companion?")
        return answer == QMessageBox.StandardButton.Yes

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()

    # -- reminders ---------------------------------------------------------------
    @property
    def prompts(self) -> dict[str, PromptToast]:
        """The toasts on screen, by kind (native notifications are not widgets)."""
        return self.prompt_center.toasts if self.prompt_center is not None else {}

    def show_prompt(self, kind: str) -> None:
        """A reminder is due: show its prompt (replacing an unanswered one of that kind)."""
        self.prompt_center.show(kind, self.settings.snooze_minutes,
                                self.settings.prompt_timeout_minutes)

    def answer_prompt(self, kind: str, action: str, minutes: int = 0) -> None:
        """Carry out the user's answer to a prompt."""
        if action == "primary":
            self.reminders.done(kind)
            what = PROMPTS[kind].primary_action
            if what == "log_water":
                self.log_water("prompt")
            elif what == "stretch":
                self.open_stretch("quick-hand")
            else:
                self.open_breathing(None)
        elif action == "snooze":
            self.reminders.snooze(kind, minutes or None)
        elif action == "skip":
            self.reminders.skip(kind)
        elif action == "timeout":
            self.reminders.missed(kind)
        # No refresh here: every answer re-arms the reminders, whose `changed` refreshes.

    # -- settings ----------------------------------------------------------------
    def apply_settings(self, new: Settings) -> None:
        """Save new settings and let every part use them at once."""
        if (problem := self._save_settings(new)) is not None:
            self.tell(problem)
        from companion import first_run
        if (problem := first_run.settings_changed(self.settings, new)) is not None:
            self.tell(problem)
        changed_plans = any(new.plan(k) != self.settings.plan(k) for k in KIND_NAMES)
        self.settings = new
        if changed_plans:
            self.reminders.apply_settings(new)
        from companion import features
        features.apply_settings(self, new)
        self.refresh()

    def _save_settings(self, settings: Settings) -> str | None:
        """Save settings; on failure, the sentence to tell the user."""
        try:
            settings_file.save(settings, self.places.settings_file)
        except OSError as exc:
            return (f"Could not save your settings ({exc.strerror}); they apply until "
                    "Companion quits.")
        return None

    def open_settings(self) -> None:
        from companion.ui.settings_dialog import SettingsDialog
        visible = self._today is not None and self._today.isVisible()
        from companion.diagnose import speech_engine_problem
        dialog = SettingsDialog(self.settings, self._today if visible else None,
                                speech_problem=speech_engine_problem())
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def open_history(self) -> None:
        from companion.ui.history_view import HistoryView
        view = self.windows.get("history")
        if view is None:
            view = HistoryView(self.history, self.tz)
            self.windows["history"] = view
        view.reload()
        view.show()
        view.raise_()

    # -- features (created on first use so start-up stays fast) --------------------
    def open_stretch(self, routine_id: str | None) -> None:
        self._open("stretch", lambda window: window.start(routine_id))

    def open_breathing(self, pattern_id: str | None) -> None:
        self._open("breathing", lambda window: window.start(pattern_id))

    def open_check(self) -> None:
        self._open("check", lambda window: window.show_checklist())

    def _open(self, name: str, begin: Callable[[object], object]) -> None:
        window = self._feature(name)
        if window is not None:
            begin(window)
            window.show()
            window.raise_()

    def _feature(self, name: str):
        if name not in self.windows:
            from companion import features
            try:
                self.windows[name] = features.build(name, self)
            except Exception as exc:  # a broken content file must not take the app down
                log.exception("could not open %s", name)
                self.tell(f"Could not open this part of Companion: {exc}")
                return None
        return self.windows[name]

    def session_ended(self, kind: str, summary: dict) -> None:
        """A stretch or breathing session finished or stopped."""
        if kind == "stretch" and summary.get("steps_done", 0) > 0:
            self.reminders.restart_interval("stretch")  # re-arms, and so refreshes
        else:
            self.refresh()

    # -- rendering ---------------------------------------------------------------
    def refresh(self) -> None:
        """Bring the Today window, tray tooltip and pause state up to date."""
        now = self.clock()
        day = summarize(self.history, now, self.tz, self.settings.water_goal_glasses)
        nexts = self.reminders.next_times()
        paused = self.reminders.paused_until()
        self.tray.set_paused(paused is not False)
        lines = [f"Companion — {day.glasses}/{day.goal_glasses} glasses today"]
        if paused is not False:
            lines.append("Paused" + ("" if paused is None else
                                     f" until {describe_time(paused, now, self.tz)}"))
        lines += [f"{KIND_NAMES[k]}: {describe_time(t, now, self.tz)}" for k, t in nexts.items()]
        self.tray.set_tooltip("\n".join(lines))
        today, midnight = day_bounds(now, self.tz)
        if self._day is not None and today != self._day:
            self.notices.clear()  # yesterday's messages are done with
            if self._today is not None:
                self._today.show_notice(None)
        self._day = today
        if self._today is not None:
            from companion import features
            self._today.show_day(day, now)
            self._today.show_schedule(nexts, paused, now)
            self._today.show_alert(features.today_alert(self))
        self._midnight.start(max(1000, int((midnight - now).total_seconds() * 1000) + 1000))


def main(argv: list[str] | None = None) -> int:
    """Start Companion, or hand the command line to the copy already running."""
    args = cli.parser().parse_args(argv)
    if args.diagnose:  # before any QApplication: it must work where Companion cannot
        from companion import diagnose
        return diagnose.main()
    actions = cli.actions(args)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Companion")
    qapp.setOrganizationName("Companion")
    qapp.setDesktopFileName("companion")
    qapp.setQuitOnLastWindowClosed(False)
    places = paths.resolve()
    logs.setup(places.log_file, args.verbose)
    name = single_instance.server_name(str(places.data_dir))
    try:
        if single_instance.forward(name, actions):
            log.info("handed %s to the running Companion", actions or ["show"])
            return 0
    except single_instance.NoAnswer as exc:
        log.error("%s", exc)
        print(f"companion: {exc}", file=sys.stderr)
        return 1
    server, problem = None, None
    try:
        server = single_instance.InstanceServer(name)
    except OSError as exc:  # e.g. another user's file in the way: run, but say so
        problem = (f"Companion cannot listen for later launches ({exc.strerror or exc}), so "
                   f"starting it again would open a second copy.")
    app = Companion(places, services_delay_ms=SERVICES_DELAY_MS)
    if server is not None:
        server.actions_received.connect(app.handle_actions)
    if problem is not None:
        log.warning("%s", problem)
        app.notices.append(problem)  # shown by start(), with the other start-up messages
    qapp.setWindowIcon(app.icon)
    app.start()
    if not app.tray.available and "show" not in actions and not args.autostart:
        actions.insert(0, "show")  # no tray: the window is the home
    from companion import first_run
    first_run.on_start(app, at_login=args.autostart)
    app.handle_actions(actions)
    log.info("Companion started (tray %s)", "available" if app.tray.available else "missing")
    code = qapp.exec()
    if server is not None:
        server.close()
    return code
