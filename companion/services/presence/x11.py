"""The little of Xlib that presence needs, through ctypes (no python-xlib dependency).

One private connection per user: Qt keeps its own xcb connection, and a source that reads
events from this one (the idle alarms) never steals Qt's.
"""

from __future__ import annotations

import ctypes
import os
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

XA_ATOM, XA_WINDOW, XA_CARDINAL = 4, 33, 6
EVENT_SIZE = 24 * ctypes.sizeof(c_long)  # XEvent is a union padded to 24 longs


class XEvent(ctypes.Union):
    _fields_ = [("type", c_int), ("pad", c_ubyte * EVENT_SIZE)]


def _load(name: str):
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


_xlib = _load("libX11.so.6")
if _xlib is not None:
    _xlib.XOpenDisplay.restype = c_void_p
    _xlib.XOpenDisplay.argtypes = [c_char_p]
    _xlib.XCloseDisplay.argtypes = [c_void_p]
    _xlib.XConnectionNumber.argtypes = [c_void_p]
    _xlib.XPending.argtypes = [c_void_p]
    _xlib.XNextEvent.argtypes = [c_void_p, POINTER(XEvent)]
    _xlib.XFlush.argtypes = [c_void_p]
    _xlib.XDefaultRootWindow.restype = c_ulong
    _xlib.XDefaultRootWindow.argtypes = [c_void_p]
    _xlib.XInternAtom.restype = c_ulong
    _xlib.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
    _xlib.XGetWindowProperty.argtypes = [
        c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong, POINTER(c_ulong),
        POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong), POINTER(c_void_p)]
    _xlib.XFree.argtypes = [c_void_p]
    _xlib.XDefaultScreen.argtypes = [c_void_p]
    _xlib.XGetSelectionOwner.restype = c_ulong
    _xlib.XGetSelectionOwner.argtypes = [c_void_p, c_ulong]
    # A failed request (a window that closed between two questions) must not exit the app.
    _ERROR_HANDLER = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)(lambda display, event: 0)
    _xlib.XSetErrorHandler(_ERROR_HANDLER)


def xlib():
    """libX11, or None when the machine has no X libraries."""
    return _xlib


class Display:
    """A private connection to the X server named by DISPLAY."""

    def __init__(self, name: str | None = None):
        name = name if name is not None else os.environ.get("DISPLAY", "")
        self.handle = _xlib.XOpenDisplay(name.encode()) if (_xlib and name) else None
        self.name = name

    def __bool__(self) -> bool:
        return bool(self.handle)

    def fileno(self) -> int:
        return _xlib.XConnectionNumber(self.handle)

    def atom(self, name: str) -> int:
        return _xlib.XInternAtom(self.handle, name.encode(), 0)

    def root(self) -> int:
        return _xlib.XDefaultRootWindow(self.handle)

    def screen(self) -> int:
        """The default screen's number."""
        return _xlib.XDefaultScreen(self.handle)

    def selection_owner(self, selection: str) -> int:
        """The window that owns ``selection`` (a tray's _NET_SYSTEM_TRAY_S0...); 0 if none."""
        return _xlib.XGetSelectionOwner(self.handle, self.atom(selection))

    def cardinals(self, window: int, prop: str, type_: int) -> list[int]:
        """A 32-bit list property (atoms, windows, cardinals); empty when absent."""
        actual, fmt, count, after = c_ulong(), c_int(), c_ulong(), c_ulong()
        data = c_void_p()
        status = _xlib.XGetWindowProperty(self.handle, window, self.atom(prop), 0, 1024, 0, type_,
                                          byref(actual), byref(fmt), byref(count), byref(after),
                                          byref(data))
        if status != 0 or not data.value:
            return []
        try:
            if fmt.value != 32:
                return []
            # Xlib hands 32-bit items back as C longs.
            return list(ctypes.cast(data, POINTER(c_ulong))[:count.value])
        finally:
            _xlib.XFree(data)

    def events(self):
        """Every event waiting on the connection, without blocking."""
        while _xlib.XPending(self.handle):
            event = XEvent()
            _xlib.XNextEvent(self.handle, byref(event))
            yield event

    def flush(self) -> None:
        _xlib.XFlush(self.handle)

    def close(self) -> None:
        if self.handle:
            _xlib.XCloseDisplay(self.handle)
            self.handle = None

