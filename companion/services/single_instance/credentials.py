"""Who is at the other end of a Unix socket: both ends talk only to the same user."""

from __future__ import annotations

import socket
import struct

# Linux (and the BSDs' Linux-like layers) say who is at the other end of a socket. Where
# the system cannot, the private folder is the only guard.
CAN_CHECK_PEER = hasattr(socket, "SO_PEERCRED")


def peer_credentials(conn: socket.socket) -> tuple[int, int] | None:
    """(pid, uid) of the process at the other end, or None if the system cannot tell."""
    try:
        size = struct.calcsize("3i")
        pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET,
                                                             socket.SO_PEERCRED, size))
    except (AttributeError, OSError):
        return None
    return pid, uid


def is_stranger(conn: socket.socket, uid: int) -> bool:
    """True when the other end is known not to run as ``uid`` (or cannot say, where it could)."""
    peer = peer_credentials(conn)
    return CAN_CHECK_PEER and (peer is None or peer[1] != uid)
