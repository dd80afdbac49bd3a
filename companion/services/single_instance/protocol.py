"""What a launch and the running copy say to each other: one connection, lines of UTF-8.

* launch -> running copy: a JSON list of 1 to ``MAX_ACTIONS`` action strings, then "\\n".
* running copy -> launch: ``accepted`` right before carrying the actions out, then ``ok``
  once they are done and saved, or ``error: <why>`` (nothing was done, or, if the history
  could not be written, that it was done but not saved yet). A request that cannot be read
  gets ``error: <why>`` without ``accepted``.

Guarantee: the running copy acts on a request only if its ``accepted`` line reached the
launch's socket. A launch that stops waiting first shuts its socket for reading, which
makes that send fail (the kernel decides, under one lock, which came first), so the copy
drops the request. So a launch that says "did not answer" knows nothing was done, and one
that got ``ok`` knows the actions were carried out and written to the history. Uncertain
(and said so, as Unconfirmed) are only ``accepted`` arriving in the microseconds between
the launch's time running out and its shutdown, and a copy that took the request but then
died or took over RESULT_TIMEOUT_S (say, a modal dialog) before answering.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from companion.core.i18n import translate
from companion.core.kinds import Request

TIMEOUT_S = 5.0  # to connect and have the running copy take the request
START_TIMEOUT_S = 30.0  # for a copy that is starting (on a busy machine) to get ready
RESULT_TIMEOUT_S = 10.0  # once taken, to carry it out (a glass takes milliseconds)
MAX_MESSAGE = 4096  # bytes in a request line; the command line makes a few dozen
MAX_ACTIONS = 20

ACCEPTED = b"accepted\n"
OK = b"ok\n"

#: Carries out a request's actions: None once all are done and saved, else why not.
Handler = Callable[[list[str]], "str | None"]
#: The same, given the actions as Requests (``commands.Commands.run_all``).
RequestsHandler = Callable[[list[Request]], "str | None"]


def reading_requests(handler: RequestsHandler) -> Handler:
    """A Handler that reads a launch's action lines as Requests and hands them to ``handler``.

    The one place the running copy reads actions from text. A line that names no action
    refuses the whole request, before anything is done.
    """
    def handle(lines: list[str]) -> str | None:
        requests = [Request.parse(line) for line in lines]
        unknown = [line for line, request in zip(lines, requests) if request is None]
        if unknown:
            return translate("commands", "Companion cannot do {requests}, so nothing was done").format(
                requests=", ".join(map(repr, unknown)))
        return handler([request for request in requests if request is not None])
    return handle


class ForwardError(Exception):
    """A running copy exists but did not confirm that it carried out the actions."""


class NoAnswer(ForwardError):
    """The running copy did not take the request: nothing was done."""


class Refused(ForwardError):
    """The running copy said no: nothing was done (or, the message says, not saved yet)."""


class Unconfirmed(ForwardError):
    """The running copy took the request but did not say whether it was done."""


def request(actions: list[str]) -> bytes:
    """The line a launch sends (no actions: show the window)."""
    return (json.dumps(actions or ["show"]) + "\n").encode()


def parse_request(line: bytes) -> list[str]:
    """The actions in one request line; ValueError saying why it is not a request."""
    try:
        message = json.loads(line)
    except (ValueError, RecursionError) as exc:  # RecursionError: "[[[[..." nested deep
        raise ValueError("the request is not readable") from exc
    if not isinstance(message, list) or not all(isinstance(a, str) for a in message):
        raise ValueError("the request is not a list of actions")
    if not message:
        raise ValueError("the request has no actions")
    if len(message) > MAX_ACTIONS:
        raise ValueError(f"the request has {len(message)} actions; at most {MAX_ACTIONS} "
                         "are taken at once")
    return message


def error_line(text: str) -> bytes:
    """The running copy's refusal, on one line of bounded length."""
    return ("error: " + " ".join(text.split())[:300] + "\n").encode()


def outcome(line: bytes) -> None:
    """Read the running copy's last word: returns on ``ok``, else raises why not."""
    if line == OK.rstrip():
        return
    text = line.decode("utf-8", "replace")
    if text.startswith("error"):
        raise Refused(f"the running Companion refused this: {text.partition(':')[2].strip()}")
    raise Unconfirmed(f"the running Companion answered {text!r}, so it is not known whether "
                      "this was done; look in Companion before trying again")
