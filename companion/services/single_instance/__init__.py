"""One Companion per user: a second launch hands its actions to the first and exits.

The running copy listens on a Unix-domain socket in a folder only the user can enter
(``place``); both ends check that the other runs as the same user (``credentials``).
Launches made at the same moment decide who becomes the running copy under a file lock
(``lock``). A launch speaks the line protocol of ``protocol`` through ``client``, which
is plain Python (socket, fcntl, json): a second launch forwards its actions and exits
without ever loading Qt. Only the process that becomes the running copy binds the socket
(``listener``) and then serves it from Qt's event loop (``server``).

Import the part you use from its module: this package imports nothing itself, so that a
forwarding launch loads only what it needs.
"""
