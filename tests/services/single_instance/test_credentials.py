"""Another local user: never spoken to, never heard."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time

from desktop_helpers import stop
from instance_helpers import (
    NOBODY,
    WAIT_MS,
    Recorder,
    as_nobody,
    glasses_on_disk,
    in_thread,
    private_folder,
    read_line,
)

from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name
from companion.services.single_instance.protocol import (
    NoAnswer,
)

# -- another local user --------------------------------------------------------------------
PLANTED = r"""
import os, socket, sys
folder, name = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)
os.chmod(folder, 0o777)
s = socket.socket(socket.AF_UNIX)
s.bind(name)
os.chmod(name, 0o777)
s.listen(64)   # accepts, reads whatever it is told, never answers
print("ready", flush=True)
while True:   # until the test ends it
    conn, _ = s.accept()
    conn.settimeout(1)
    try:
        print("heard", conn.recv(4096).hex(), flush=True)
    except OSError:
        print("heard nothing", flush=True)
"""


def test_another_users_socket_is_never_trusted(qtbot, serve, short_home, companion,
                                               monkeypatch):
    """Another user plants a folder and a listening socket where the temp folder fallback
    would put ours: we never talk to it, start at once, and serve our own launches."""
    data = str(companion.places.data_dir)
    digest = os.path.basename(server_name(data))  # the file name is the same in any folder
    shared = tempfile.mkdtemp(prefix="companion-shared-")
    os.chmod(shared, 0o1777)  # like /tmp
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(tempfile, "tempdir", shared)
    squatted = os.path.join(shared, f"companion-{os.getuid()}")
    where = [squatted, os.path.join(squatted, digest)]
    planted = as_nobody(f"import sys; sys.argv[1:] = {where!r}\n" + PLANTED)
    try:
        assert read_line(planted.stdout) == "ready"
        name = server_name(data)
        assert not name.startswith(squatted)  # that folder is not ours
        assert name.startswith(data)  # our private data folder instead
        before = time.monotonic()
        assert forward(name, ["log_water:command line"]) is False  # nobody of ours yet
        assert time.monotonic() - before < 1  # the planted socket did not hold start-up
        serve(name, companion.handle)
        assert in_thread(qtbot, lambda: forward(name, ["log_water:command line"])) == {
            "value": True}
        assert glasses_on_disk(companion) == 1
    finally:
        stop(planted)
        heard = planted.stdout.read().decode()
        shutil.rmtree(shared, ignore_errors=True)
    assert "heard" not in heard  # the planted socket was never even connected to


VICTIM = r"""
import sys
from companion.services.single_instance.client import forward
print(forward(sys.argv[1], ["log_water:command line"], timeout=2), flush=True)
"""


def test_a_socket_planted_in_my_folder_by_another_user_is_not_spoken_to():
    """Root plants a listening socket in another user's private folder: that user's launch
    checks who listens (SO_PEERCRED) and sends nothing."""
    folder = private_folder(owner=NOBODY)
    name = os.path.join(folder, "companion-x.sock")
    planted = socket.socket(socket.AF_UNIX)
    try:
        planted.bind(name)
        os.chmod(name, 0o666)
        planted.listen(8)
        victim = as_nobody(f"import sys; sys.argv[1:] = [{name!r}]\n" + VICTIM)
        try:
            out, _ = victim.communicate(timeout=30)
        finally:
            stop(victim)
        assert victim.returncode == 0 and out.decode().strip() == "False"
        conn, _ = planted.accept()  # it did connect, and looked at who was listening
        conn.settimeout(5)
        assert conn.recv(4096) == b""  # then hung up without a word
        conn.close()
    finally:
        planted.close()
        shutil.rmtree(folder, ignore_errors=True)


INTRUDER = r"""
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
got = b""
try:
    s.sendall(b'["log_water:intruder"]\n')
    s.settimeout(10)
    while chunk := s.recv(4096):
        got += chunk
except OSError:
    pass   # hung up on: fine, what matters is what came back
print(repr(got), flush=True)
"""


def test_another_users_launch_is_not_heard(qtbot, serve):
    """Even where file modes would let another user connect, their request is not read."""
    folder = private_folder(mode=0o711)  # others may pass through, as a careless setup might
    name = os.path.join(folder, "companion-x.sock")
    handler = Recorder()
    serve(name, handler)
    os.chmod(name, 0o666)
    intruder = as_nobody(f"import sys; sys.argv[1:] = [{name!r}]\n" + INTRUDER)
    try:
        qtbot.waitUntil(lambda: intruder.poll() is not None, timeout=WAIT_MS)
        assert intruder.stdout.read().decode().strip() == "b''"  # hung up, no answer
        assert handler.calls == []
    finally:
        stop(intruder)
        shutil.rmtree(folder, ignore_errors=True)


def test_peers_of_another_uid_are_refused_both_ways(qtbot, serve, companion_home):
    """The same checks with the expected uid injected, for systems where a test cannot
    switch users."""
    name = server_name(str(companion_home))
    handler = Recorder()
    serve(name, handler, uid=os.getuid() + 1)  # every client looks like someone else
    got = in_thread(qtbot, lambda: forward(name, ["log_water:x"]))
    assert isinstance(got["error"], NoAnswer) and "nothing was done" in str(got["error"])
    assert handler.calls == []

    other = name + "2"
    serve(other, handler)
    # The launch expects another uid, so it takes this server for someone else's.
    assert in_thread(qtbot, lambda: forward(other, ["log_water:x"], uid=os.getuid() + 1)) == {
        "value": False}
    assert handler.calls == []
