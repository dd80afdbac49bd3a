"""Just enough of libwayland-client, through ctypes, to speak a small protocol on our own connection.

Qt hides its Wayland connection and knows nothing of protocols such as ext-idle-notify-v1, so
we open a second one to the same compositor (as Safe Eyes does with pywayland). libwayland-client
does the wire format; a protocol is described here as ``wl_interface`` tables, the way
wayland-scanner would generate them in C. Nothing is generated or compiled at install time, and
no package beyond the library Qt's own Wayland plugin already loads.

Events are read only when the socket is readable (the caller watches :meth:`Connection.fileno`
with a QSocketNotifier and calls :meth:`Connection.dispatch`): no thread, no polling.
"""

from __future__ import annotations

import ctypes
from ctypes import CFUNCTYPE, POINTER, Structure, Union, c_char_p, c_int, c_int32, c_uint32, c_void_p


class Message(Structure):
    _fields_ = [("name", c_char_p), ("signature", c_char_p), ("types", c_void_p)]


class Interface(Structure):
    _fields_ = [("name", c_char_p), ("version", c_int), ("method_count", c_int),
                ("methods", POINTER(Message)), ("event_count", c_int), ("events", POINTER(Message))]


class Argument(Union):
    """``union wl_argument``: one request argument."""

    _fields_ = [("i", c_int32), ("u", c_uint32), ("s", c_char_p), ("o", c_void_p)]


Arg = int | bytes | c_void_p | None  # uint, string, object (a proxy), new id


def interface(name: str, version: int, methods: list[tuple[str, str, list]],
              events: list[tuple[str, str]]) -> Interface:
    """A ``wl_interface`` table: methods as (name, signature, argument interfaces or None)."""
    keep = []  # ctypes memory the table points into lives as long as the table

    def messages(items) -> ctypes.Array:
        array = (Message * max(len(items), 1))()
        for i, (msg_name, signature, *types) in enumerate(items):
            kinds = types[0] if types else []
            table = (c_void_p * max(len(kinds), 1))(*[None if t is None else ctypes.addressof(t)
                                                      for t in kinds])
            texts = (msg_name.encode(), signature.encode())
            keep.extend((table, texts))
            array[i] = Message(*texts, ctypes.addressof(table))
        keep.append(array)
        return array

    iface = Interface(name.encode(), version, len(methods),
                      ctypes.cast(messages(methods), POINTER(Message)), len(events),
                      ctypes.cast(messages(events), POINTER(Message)))
    iface._keep = keep
    return iface


def _library():
    try:
        lib = ctypes.CDLL("libwayland-client.so.0")
    except OSError:
        return None
    lib.wl_display_connect.restype = c_void_p
    lib.wl_display_connect.argtypes = [c_char_p]
    lib.wl_display_disconnect.argtypes = [c_void_p]
    for name in ("wl_display_get_fd", "wl_display_roundtrip", "wl_display_flush", "wl_display_prepare_read",
                 "wl_display_read_events", "wl_display_dispatch_pending"):
        getattr(lib, name).argtypes = [c_void_p]
    # Not variadic (libwayland 1.20+): ctypes passes the arguments as an array.
    lib.wl_proxy_marshal_array_flags.restype = c_void_p
    lib.wl_proxy_marshal_array_flags.argtypes = [c_void_p, c_uint32, c_void_p, c_uint32, c_uint32,
                                                 POINTER(Argument)]
    lib.wl_proxy_add_listener.argtypes = [c_void_p, c_void_p, c_void_p]
    lib.wl_proxy_get_version.restype = c_uint32
    lib.wl_proxy_get_version.argtypes = [c_void_p]
    lib.wl_proxy_destroy.argtypes = [c_void_p]
    return lib


_lib = None
REGISTRY_GLOBAL = CFUNCTYPE(None, c_void_p, c_void_p, c_uint32, c_char_p, c_uint32)
REGISTRY_REMOVE = CFUNCTYPE(None, c_void_p, c_void_p, c_uint32)
NO_ARGS = CFUNCTYPE(None, c_void_p, c_void_p)
MARSHAL_DESTROY = 1  # WL_MARSHAL_FLAG_DESTROY


def library():
    """libwayland-client, or None where it is not installed."""
    global _lib
    if _lib is None:
        _lib = _library() or False
    return _lib or None


class Connection:
    """A client connection: the compositor's globals by interface name, requests, listeners."""

    def __init__(self, display: str | None = None):
        self.lib = library()
        self.handle = self.lib.wl_display_connect(display.encode() if display else None) if self.lib else None
        self.globals: dict[str, tuple[int, int]] = {}  # interface name -> (global name, version)
        self._callbacks: list = []  # listeners must outlive the proxies they serve
        if self.handle:
            self._registry = self.request(c_void_p(self.handle), 1, self.interface("wl_registry"), [None])
            self.listen(self._registry, REGISTRY_GLOBAL(self._global), REGISTRY_REMOVE(self._removed))
            self.lib.wl_display_roundtrip(self.handle)

    def __bool__(self) -> bool:
        return bool(self.handle)

    def interface(self, name: str) -> Interface:
        """One of the core interfaces libwayland-client carries (wl_registry, wl_seat...)."""
        return Interface.in_dll(self.lib, f"{name}_interface")

    def fileno(self) -> int:
        return self.lib.wl_display_get_fd(self.handle)

    def bind(self, iface: Interface, version: int) -> c_void_p | None:
        """A new proxy for the compositor's global of this interface, or None if it has none."""
        name = iface.name.decode()
        if name not in self.globals:
            return None
        number, offered = self.globals[name]
        version = min(version, offered)
        return self.request(self._registry, 0, iface, [number, iface.name, version, None], version)

    def request(self, proxy: c_void_p, opcode: int, iface: Interface | None, args: list[Arg],
                version: int | None = None, destroy: bool = False) -> c_void_p | None:
        """Send a request; returns the new proxy when the request creates one (``iface`` given).
        Proxies are ``c_void_p``: as arguments they go out as objects, plain ints as uints."""
        array = (Argument * max(len(args), 1))()
        for i, arg in enumerate(args):
            if isinstance(arg, bytes):
                array[i].s = arg
            elif isinstance(arg, int):
                array[i].u = arg & 0xFFFFFFFF
            elif arg is not None:
                array[i].o = arg.value
        if version is None:
            version = self.lib.wl_proxy_get_version(proxy)
        made = self.lib.wl_proxy_marshal_array_flags(
            proxy, opcode, ctypes.byref(iface) if iface is not None else None, version,
            MARSHAL_DESTROY if destroy else 0, array)
        return c_void_p(made) if made else None

    def listen(self, proxy: c_void_p, *handlers) -> None:
        """Attach the event handlers (CFUNCTYPE objects, in the protocol's event order)."""
        table = (c_void_p * len(handlers))(*[ctypes.cast(h, c_void_p) for h in handlers])
        self._callbacks.append((table, handlers))
        self.lib.wl_proxy_add_listener(proxy, table, None)

    def flush(self) -> None:
        self.lib.wl_display_flush(self.handle)

    def roundtrip(self) -> bool:
        return self.lib.wl_display_roundtrip(self.handle) >= 0

    def dispatch(self) -> bool:
        """Read what the socket holds and run the handlers; never blocks. False once the
        connection is lost (the compositor went away)."""
        lib, handle = self.lib, self.handle
        while lib.wl_display_prepare_read(handle) != 0:
            if lib.wl_display_dispatch_pending(handle) < 0:
                return False
        lib.wl_display_flush(handle)
        if lib.wl_display_read_events(handle) < 0:
            return False
        return lib.wl_display_dispatch_pending(handle) >= 0

    def destroy(self, proxy: c_void_p, destructor: int | None = None) -> None:
        """Let go of an object: through its destructor request (opcode) if it has one, so the
        compositor forgets it too, else on our side only (wl_seat before version 5)."""
        if destructor is None:
            self.lib.wl_proxy_destroy(proxy)
        else:
            self.request(proxy, destructor, None, [], destroy=True)

    def close(self) -> None:
        """Disconnect; the compositor drops whatever we still had."""
        if self.handle:
            self.destroy(self._registry)
            self.lib.wl_display_disconnect(self.handle)
            self.handle = None

    def _global(self, _data, _registry, number: int, name: bytes, version: int) -> None:
        self.globals.setdefault(name.decode(), (number, version))

    def _removed(self, _data, _registry, number: int) -> None:
        self.globals = {k: v for k, v in self.globals.items() if v[0] != number}

