"""The line protocol, property-based: arbitrary bytes never crash or act."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from instance_helpers import (
    Recorder,
    exchange,
    in_thread,
)

from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name
from companion.services.single_instance.protocol import (
    MAX_ACTIONS,
    MAX_MESSAGE,
    Refused,
)

# -- the protocol, property-based ----------------------------------------------------------


def well_formed(data: bytes) -> list[str] | None:
    """What the protocol says a request is, written independently of the server."""
    end = data.find(b"\n")
    if end == -1 or end > MAX_MESSAGE:
        return None
    try:
        message = json.loads(data[:end])
    except (ValueError, RecursionError):
        return None
    if (isinstance(message, list) and 1 <= len(message) <= MAX_ACTIONS
            and all(isinstance(a, str) for a in message)):
        return message
    return None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=25) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=30)
requests = st.one_of(
    st.binary(max_size=MAX_MESSAGE + 200),
    st.builds(lambda v, nl: json.dumps(v).encode() + (b"\n" if nl else b""), json_values,
              st.booleans()),
    st.builds(lambda acts: json.dumps(acts).encode() + b"\n",
              st.lists(st.text(max_size=30), min_size=0, max_size=MAX_ACTIONS + 3)),
    st.builds(lambda n, tail: b"[" * n + tail + b"\n", st.integers(0, MAX_MESSAGE + 50),
              st.binary(max_size=20)),
    st.builds(lambda pad: b'["show"' + b" " * pad + b"]\n", st.integers(MAX_MESSAGE - 20,
                                                                          MAX_MESSAGE + 20)),
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=requests)
def test_arbitrary_bytes_never_crash_or_act(qtbot, serve, companion_home, data):
    name = server_name(str(companion_home))
    handler = Recorder()
    server = serve(name, handler)  # each example its own, so no state leaks between them
    reply = exchange(qtbot, name, data)
    server.close()
    expected = well_formed(data)
    if expected is None:
        assert handler.calls == []
        assert reply == b"" or (reply.startswith(b"error: ") and reply.count(b"\n") == 1)
    else:
        assert handler.calls == [expected]
        assert reply == b"accepted\nok\n"


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.text(max_size=30), min_size=1, max_size=MAX_ACTIONS),
       answer=st.one_of(st.none(), st.text(min_size=1, max_size=40)))
def test_valid_requests_round_trip(qtbot, serve, companion_home, actions, answer):
    name = server_name(str(companion_home))
    handler = Recorder(answer)
    server = serve(name, handler)
    got = in_thread(qtbot, lambda actions=actions: forward(name, actions))
    server.close()
    assert handler.calls == [actions]
    if answer is None:
        assert got == {"value": True}
    else:
        assert isinstance(got["error"], Refused)
        assert " ".join(answer.split())[:300] in str(got["error"])
