"""Process start: ``python -m companion`` and the ``companion`` command.

Parses the command line (before Qt, so --help needs no display), sets up logging, and
hands the command line to a copy that is already running: all in plain Python, so a
second launch forwards its actions and exits without loading Qt. Only a process that
becomes the running copy then creates the QApplication, applies the start-up tweaks (each
an explicit, logged call), builds and runs the app until a way out (Quit, a signal, the
end of the session) has it say goodbye; then exits with 0.
"""

from __future__ import annotations

import logging
import sys

from companion import cli
from companion.core.i18n import translate
from companion.core.kinds import Action, Request

log = logging.getLogger("companion")


def main(argv: list[str] | None = None) -> int:
    """Start Companion, or hand the command line to the copy already running."""
    args = cli.parser().parse_args(argv)
    if args.diagnose:  # before any QApplication: it must work where Companion cannot
        from companion.services.diagnose import command
        return command.main()
    actions = cli.actions(args)
    from companion import logs
    from companion.services import paths
    from companion.services.single_instance import client, place
    from companion.services.single_instance.protocol import ForwardError

    places = paths.resolve()
    logs.setup(places.log_file, args.verbose)
    claim, problem = None, None
    try:
        name = place.server_name(str(places.data_dir))
    except place.NoPrivateFolder as exc:  # say so, and run on our own
        name, problem = None, str(exc)
    # A start at login with nothing to ask leaves a running copy be; any other launch with
    # nothing to ask asks for Today (protocol.request).
    handed = None if args.autostart and not actions else [str(action) for action in actions]
    try:
        # Atomic under a lock: of launches made at the same moment, exactly one goes on.
        # Exporting or importing years of history takes seconds, not the milliseconds
        # of a glass: the launch waits longer before it says it does not know the outcome.
        slow = any(request.action in (Action.EXPORT, Action.IMPORT) for request in actions)
        claim = (client.forward_or_claim(name, handed, **({"result_timeout": 300.0} if slow else {}))
                 if name is not None else None)
    except ForwardError as exc:
        log.error("%s", exc)
        print(f"companion: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. another user's file in the way: run, but say so
        problem = str(exc.strerror or exc)
    else:
        if name is not None and claim is None:
            if handed is None:
                log.info("started at login, but Companion is running already: nothing to do")
            else:
                log.info("handed %s to the running Companion", handed or ["show"])
            return 0
    if Request(Action.QUIT) in actions:  # nothing running to close: starting one only to quit it is no help
        if claim is not None:
            claim.give_up()  # lets go of the start lock and removes the socket
        print("companion: Companion is not running.", file=sys.stderr)
        return 0
    return run(args, actions, places, claim, problem)


def run(args, actions: list[Request], places, claim, problem: str | None) -> int:
    """Be the running copy: Qt, the tray icon, the app, and the event loop until the goodbye."""
    from companion import startup
    startup.skip_pyside_source_scan()  # first: it only helps modules imported after it
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName("Companion")
    qapp.setOrganizationName("Companion")
    qapp.setDesktopFileName("companion")
    qapp.setQuitOnLastWindowClosed(False)
    # The tray icon first: its dock request leaves the moment it is shown (not with the
    # event loop's first turn), so the person's words, the settings and the icon are
    # built before the rest of Companion is even imported; the app then adopts them.
    # Nothing else moves, and all of it still runs before the event loop's first turn, so
    # later launches (waiting on the start lock until the server serves) and signals meet
    # the app as before.
    from companion.ui.shell.shown_first import show_first
    first = show_first(places)
    qapp.setWindowIcon(first.home.icon)
    server = None
    if claim is not None:
        from companion.services.single_instance.server import InstanceServer
        server = InstanceServer.from_claim(claim)
    from companion.app import SERVICES_DELAY_MS, Companion
    app = Companion(places, services_delay_ms=SERVICES_DELAY_MS, first=first)
    ending = listen_for_the_end(qapp, app)  # from here nothing is lost
    if server is not None:
        from companion.services.single_instance.protocol import reading_requests
        server.serve(reading_requests(app.commands.run_all))  # replies once saved; lets launches in
        app.listener = server  # the goodbye removes its socket
    if problem is not None:
        log.warning("cannot listen for later launches: %s", problem)
        # Worded here, not where it was found: only now are the person's words installed.
        app.home.notices.append(translate(  # shown with the other start-up messages
            "start", "Companion cannot listen for later launches ({problem}), so starting it again "
            "would open a second copy.").format(problem=problem))
    app.start()
    app.commands.run_all(with_today(actions, args.autostart, app.home.tray.available,
                                    welcome=not app.settings.welcome_done))
    from companion import first_run
    # After the actions: on a first start the welcome comes up, and Today once it is answered.
    first_run.on_start(app, at_login=args.autostart)
    log.info("Companion started (tray %s)", "available" if app.home.tray.available else "missing")
    code = qapp.exec() if not app.leaving else 0
    app.quit("the event loop ended")  # nothing after a goodbye; the goodbye if the loop ended otherwise
    ending.close()  # from here on, a signal does what it always did
    return code


def with_today(actions: list[Request], at_login: bool, tray: bool, welcome: bool) -> list[Request]:
    """The actions of this start, with Today opened first when the person should see it.

    A start by hand (the menu, a terminal) opens Today, so it never looks as if nothing
    started, unless it asked for another window; without a tray Today opens anyway, as
    Companion's home. A start at login stays quiet in the tray. On a first start the
    welcome comes alone, and Today after it (``first_run``).
    """
    from companion.commands import WINDOWS
    if at_login or welcome or Request(Action.SHOW) in actions:
        return actions
    if tray and any(request.action in WINDOWS for request in actions):
        return actions
    return [Request(Action.SHOW), *actions]


def listen_for_the_end(qapp, app):
    """Have every way out (a signal, the session's end, Quit) run the app's one goodbye
    (``Companion.shutdown``) and then end the event loop with exit code 0.

    A signal that arrives before the event loop runs waits for it, like any other input.
    """
    from companion.services.goodbye import SessionEnd
    ending = SessionEnd(qapp)
    ending.leaving.connect(app.quit)
    ending.saving.connect(app.save_sessions)
    # exit(), not quit(): see Companion.quit. The loop ends once the current call returns,
    # so a launch that sent Quit still hears "done" from the call that quits.
    app.finished.connect(lambda: qapp.exit(0))
    ending.start()
    return ending


if __name__ == "__main__":
    sys.exit(main())
