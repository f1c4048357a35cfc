"""Start-up that does not grow with history, and a server that never outlives its users.

Against the real server: the log is compacted into a snapshot after a command that
wrote, a start after that loads the snapshot instead of replaying Cypher, and a
client killed with SIGKILL does not leave the server running (the watchdog stops it).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.config import Settings
from kg.queries import INDEXED_PROPERTIES
from kg.store import GraphStoreError, dialect_falkordb, embedded, embedded_server, open_store
from kg.store.embedded import COMPACT_FROM_BYTES
from kg.store.falkordb_store import FalkorDBStore
from tests.support import live_servers

REPO = Path(__file__).resolve().parent.parent


def log_parts(data_dir: Path) -> dict[str, int]:
    """Sizes of the append-only log's parts: the snapshot ('base') and the tail ('incr')."""
    folder = data_dir / "graph" / "appendonlydir"
    return {kind: sum(p.stat().st_size for p in folder.glob(f"*.{kind}.*")) for kind in ("base", "incr")}


def write_many(settings: Settings, n: int) -> None:
    store = open_store(settings)
    try:
        for batch in range(0, n, 500):
            store.run("UNWIND $rows AS row MERGE (:Thing {id: row.id, text: row.text})",
                      {"rows": [{"id": f"t{i}", "text": "行政复议" * 20} for i in range(batch, batch + 500)]})
    finally:
        store.close()


def wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def test_a_command_that_wrote_leaves_a_snapshot_not_a_log_to_replay(settings: Settings, data_dir: Path) -> None:
    write_many(settings, 3000)
    parts = log_parts(data_dir)
    assert parts["incr"] <= COMPACT_FROM_BYTES, parts  # the Cypher writes were folded into the snapshot
    assert parts["base"] > 20_000, parts  # 3,000 nodes, RDB-encoded
    store = open_store(settings)
    try:
        assert store.run("MATCH (n:Thing) RETURN count(n) AS c")[0]["c"] == 3000
    finally:
        store.close()


def test_a_killed_client_does_not_keep_the_server_running(settings: Settings, data_dir: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time\nfrom kg.config import Settings\nfrom kg.store import open_store\n"
         "store = open_store(Settings.from_env())\nprint('open', flush=True)\ntime.sleep(600)"],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE)
    assert holder.stdout.readline().strip() == b"open"
    assert live_servers(data_dir)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert wait_until(lambda: not live_servers(data_dir), 10), "the watchdog must stop an orphaned server"
    assert not embedded_server(settings).status().running


def test_a_lingering_server_stays_warm_then_stops(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_GRAPH_LINGER_S", "2")
    settings = Settings.from_env()
    store = open_store(settings)
    store.close()
    assert embedded_server(settings).status().running, "kept warm for the next command"
    again = open_store(settings)  # joins the warm server
    pid = embedded_server(settings).status().pid
    again.close()
    assert embedded_server(settings).status().pid == pid
    assert wait_until(lambda: not live_servers(data_dir), 10), "stopped once idle for the linger"


def test_a_rewrite_another_process_started_since_the_check_is_no_error(tmp_path: Path) -> None:
    """Two commands that wrote may both find the log grown; the second's BGREWRITEAOF is refused while the first's
    runs, and the log is compacted all the same: no error for the command that lost the race."""
    import redis

    from kg.store.embedded import EmbeddedFalkorDB

    class Client:
        def info(self, section: str) -> dict[str, int]:
            return {"aof_current_size": 2 * COMPACT_FROM_BYTES, "aof_base_size": 0}

        def bgrewriteaof(self) -> None:
            raise redis.exceptions.ResponseError("Background append only file rewriting already in progress")

        def close(self) -> None:
            pass

    server = EmbeddedFalkorDB(tmp_path)
    server._client = Client  # type: ignore[method-assign]
    assert server.compact_if_grown() is False


def test_the_watchdog_compacts_before_it_takes_the_users_lock_to_stop(tmp_path: Path) -> None:
    """A stop holds graph.users exclusively and every starting command waits on it: the long part, compacting
    the log, is done before, while nobody holds anything."""
    from kg.store.watchdog import watch

    calls: list[str] = []

    class Server:
        users_path = tmp_path / "graph.users"
        pin_path = tmp_path / "graph.pin"

        def running_pid(self) -> int:
            return 1

        def compact_before_stop(self) -> None:
            calls.append("compact")

        def stop_if_unused(self) -> bool:
            calls.append("stop")
            return True

    watch(Server(), 0.0)
    assert calls == ["compact", "stop"]


def test_a_server_that_stops_answering_fails_the_command_with_a_clear_error(settings: Settings, data_dir: Path) -> None:
    """A server that stops answering (stopped here with SIGSTOP, as one stuck in a futex wait) fails the statement after
    the store's timeout, naming the socket and what to do, instead of leaving the command waiting forever."""
    store = FalkorDBStore(embedded_server(settings), query_timeout_s=1.0)
    pid = int((data_dir / "graph.pid").read_text())
    try:
        assert store.run("RETURN 1 AS one") == [{"one": 1}]
        os.kill(pid, signal.SIGSTOP)
        started = time.monotonic()
        with pytest.raises(GraphStoreError, match="did not answer within 1 s; stop it with `kg graph stop`"):
            store.run("MATCH (n) RETURN count(n) AS c")
        assert time.monotonic() - started < 10
    finally:
        os.kill(pid, signal.SIGCONT)
        store.close()


def test_a_server_stuck_before_the_schema_is_restarted_and_the_command_goes_on(
        settings: Settings, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that stops answering and works at nothing (stopped here with SIGSTOP, as a fresh server stuck in futex
    waits on CREATE INDEX in a CI run) is killed and started again by the command creating the schema, which then goes
    on with every index made; what the store held before is still there."""
    monkeypatch.setattr(embedded, "STUCK_WATCH_S", 0.3)
    first = open_store(settings)
    first.run("CREATE (:Thing {id: 'kept'})")
    first.close()  # (compacted into the snapshot the restart loads)
    store = FalkorDBStore(embedded_server(settings), schema_timeout_s=1.0)
    stuck = int((data_dir / "graph.pid").read_text())
    try:
        os.kill(stuck, signal.SIGSTOP)
        store.ensure_schema()
        assert int((data_dir / "graph.pid").read_text()) != stuck
        assert not Path(f"/proc/{stuck}").exists() or embedded._is_zombie(stuck)
        indexed = {(row["label"], prop) for row in store.run(dialect_falkordb.INDEXES) for prop in row["properties"]}
        assert set(INDEXED_PROPERTIES) <= indexed
        store.run("CREATE (:Thing {id: 'new'})")
        assert store.run("MATCH (t:Thing) RETURN t.id AS id ORDER BY id") == [{"id": "kept"}, {"id": "new"}]
    finally:
        store.close()


def test_a_server_at_work_on_another_statement_is_waited_for_not_restarted(
        settings: Settings, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema statement unanswered while the server works (its CPU time advancing: counted up here while SIGSTOP
    holds it, as another process's long statement would) waits as any statement does; the server is not killed."""
    monkeypatch.setattr(embedded, "STUCK_WATCH_S", 0.3)
    ticks = iter(range(0, 10**6, 1000))
    monkeypatch.setattr(embedded, "_cpu_ticks", lambda pid: next(ticks))
    store = FalkorDBStore(embedded_server(settings), query_timeout_s=30.0, schema_timeout_s=1.0)
    pid = int((data_dir / "graph.pid").read_text())
    resume = threading.Timer(3.0, os.kill, (pid, signal.SIGCONT))
    try:
        os.kill(pid, signal.SIGSTOP)
        resume.start()
        store.ensure_schema()
        assert int((data_dir / "graph.pid").read_text()) == pid
        assert store.run("RETURN 1 AS one") == [{"one": 1}]
    finally:
        resume.cancel()
        os.kill(pid, signal.SIGCONT)
        store.close()


def test_a_server_another_process_restarted_meanwhile_is_left_running(settings: Settings) -> None:
    """Two commands timing out on one stuck server: the second to look finds it restarted (another pid) and keeps the
    new one, which the first is already using."""
    store = open_store(settings)
    server = embedded_server(settings)
    running = server.running_pid()
    try:
        assert server.restart_if_stuck(running + 1_000_000)
        assert server.running_pid() == running
        assert store.run("RETURN 1 AS one") == [{"one": 1}]
    finally:
        store.close()


def test_a_server_not_answering_a_ping_at_once_is_joined_not_taken_for_another_program(
        settings: Settings, data_dir: Path) -> None:
    """A server that does not answer a ping within its 2 s (stopped here with SIGSTOP; a long statement may hold it) is
    still this data directory's server: a command joins it rather than calling its socket taken by another program."""
    first = open_store(settings)
    pid = int((data_dir / "graph.pid").read_text())
    try:
        os.kill(pid, signal.SIGSTOP)
        second = embedded_server(settings)
        second.acquire()
        assert embedded_server(settings).status().pid == pid
        second.release()
    finally:
        os.kill(pid, signal.SIGCONT)
        first.close()
