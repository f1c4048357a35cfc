"""Stops the embedded graph server once no kg process uses it any more.

Why a process of its own: a kg process killed with SIGKILL never runs its clean-up,
so it cannot stop the server it started. The kernel does drop its ``flock`` on
``graph.users`` though, and this watchdog, started beside the server, polls that
lock: when it can take it exclusively, nobody is using the server. After
``linger`` idle seconds (``KG_GRAPH_LINGER_S``) it compacts and stops the server,
unless ``kg graph start`` pinned it. It exits by itself when the server is gone.

Run as ``python -m kg.store.watchdog DATA_DIR LINGER_S``; it imports nothing heavy.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path

from kg.store.embedded import EmbeddedFalkorDB

POLL_S = 0.5


def nobody_uses(users_path: Path) -> bool:
    """True when no process holds the shared lock on ``users_path`` right now."""
    fd = os.open(users_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing drops the lock at once: clients are never kept waiting
    return True


def watch(server: EmbeddedFalkorDB, linger_s: float) -> None:
    """Stop the server once nobody has used it for ``linger_s``. The log is compacted first, while nobody holds
    anything: a stop holds ``graph.users`` exclusively, and every kg command starting meanwhile waits on that lock,
    so the stop itself must be short (a large store's rewrite takes long). A command that comes during the
    compaction keeps the server, compacted, running."""
    pid = server.running_pid()
    idle_since: float | None = None
    while pid is not None and server.running_pid() == pid:
        if server.pin_path.exists() or not nobody_uses(server.users_path):
            idle_since = None
        else:
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since >= linger_s:
                server.compact_before_stop()
                server.stop_if_unused()
                return
        time.sleep(POLL_S)


def main(argv: list[str]) -> int:
    data_dir, linger_s = Path(argv[1]), float(argv[2])
    watch(EmbeddedFalkorDB(data_dir, say=lambda message: print(f"kg watchdog: {message}", file=sys.stderr)), linger_s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
