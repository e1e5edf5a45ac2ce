"""A central database that hangs: a listening socket on loopback that accepts connections and
never reads or answers them (what a PostgreSQL host that hangs, or a firewall that swallows
packets after the handshake, looks like to the client)."""

from __future__ import annotations

import contextlib
import socket
import threading


class SilentServer:
    """Accepts TCP connections on loopback and never reads or answers them."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=16)
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"postgresql://keying:secret@127.0.0.1:{self.port}/keying"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.accepted.append(conn)

    def close(self) -> None:
        """Stop listening and drop every connection: clients fail at once (refused/EOF)."""
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (Linux)
        self.listener.close()
        for conn in self.accepted:
            conn.close()
        self._thread.join(5)
