"""Loaded by the offline test into every Tally process it starts (via PYTHONPATH).

An audit hook sees every network attempt Python makes (connect, name look-up, HTTP); each
is written to $TALLY_NETWORK_LOG and refused, so a test can prove the app stays offline.
"""

import os
import socket
import sys

_LOG = os.environ.get("TALLY_NETWORK_LOG")
_WATCHED = {
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.sendto", "http.client.connect", "urllib.Request", "ftplib.connect",
    "smtplib.connect",
}


def _hook(event, args):
    if event not in _WATCHED:
        return
    if event == "socket.connect" and args and getattr(args[0], "family", None) == socket.AF_UNIX:
        return  # local inter-process sockets are not the network
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {args!r}\n")
    raise OSError(f"network access attempted in an offline test: {event}")


if _LOG:
    sys.addaudithook(_hook)
