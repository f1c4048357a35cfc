"""The embedded FalkorDB store, tested against the real server (no mocks)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kg import queries
from kg.config import Settings
from kg.store import GraphStoreError, dialect_falkordb, embedded_server, open_store
from tests.support import live_servers


def count(store, label: str = "Thing") -> int:
    return store.run(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"]


def test_merge_is_idempotent(settings: Settings) -> None:
    store = open_store(settings)
    try:
        rows = [{"id": f"t{i}", "name": f"名{i}"} for i in range(10)]
        merge = "UNWIND $rows AS row MERGE (n:Thing {id: row.id}) SET n.name = row.name"
        store.run(merge, {"rows": rows})
        store.run(merge, {"rows": rows})
        assert count(store) == 10
        assert store.run("MATCH (n:Thing {id: $id}) RETURN n", {"id": "t3"}) == [{"n": {"id": "t3", "name": "名3"}}]
    finally:
        store.close()


def test_batched_unwind_writes_many_rows_in_one_statement(settings: Settings) -> None:
    store = open_store(settings)
    try:
        rows = [{"id": f"r{i}", "text": "依法行政" * 20} for i in range(20_000)]
        store.run("UNWIND $rows AS row MERGE (n:Thing {id: row.id}) SET n.text = row.text", {"rows": rows})
        assert count(store) == 20_000
    finally:
        store.close()


def test_schema_is_created_once_and_again_without_error(settings: Settings) -> None:
    store = open_store(settings)
    try:
        store.ensure_schema()  # a second time: the indexes are there, nothing is created
        indexed = {row["label"] for row in store.run("CALL db.indexes() YIELD label RETURN label")}
        assert {label for label, _ in queries.INDEXED_PROPERTIES} <= indexed
        # (an index another process created since the indexes were read: FalkorDB's answer to it is tolerated)
        with pytest.raises(GraphStoreError) as again:
            store.run(dialect_falkordb.schema_statements()[0])
        assert dialect_falkordb.is_already_exists(again.value)
    finally:
        store.close()


def test_stop_and_start_keep_data(settings: Settings) -> None:
    store = open_store(settings)
    store.run("CREATE (:Thing {id: 'kept'})")
    store.close()  # last user: the server stops
    assert not embedded_server(settings).status().running
    store = open_store(settings)
    try:
        assert count(store) == 1
    finally:
        store.close()


def test_kill_9_after_a_committed_write_keeps_it_and_recovers_the_stale_pid(settings: Settings) -> None:
    server = embedded_server(settings)
    store = open_store(settings)
    store.run("CREATE (:Thing {id: 'durable'})")
    pid = server.status().pid
    os.kill(pid, signal.SIGKILL)
    store.close()
    store = open_store(settings)  # must clean the stale pid/socket and start anew
    try:
        assert server.status().pid != pid
        assert store.run("MATCH (n:Thing) RETURN n.id AS id") == [{"id": "durable"}]
    finally:
        store.close()


WRITER = """
import sys
from kg.config import Settings
from kg.store import open_store
store = open_store(Settings.from_env())
try:
    for batch in range(20):
        rows = [{"id": f"{sys.argv[1]}-{batch}-{i}"} for i in range(50)]
        store.run("UNWIND $rows AS row MERGE (:Thing {id: row.id})", {"rows": rows})
finally:
    store.close()
"""


def test_two_processes_share_one_server(settings: Settings, data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, name], env=env, stderr=subprocess.PIPE)
             for name in ("a", "b")]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    assert not live_servers(data_dir), "the last process to leave must stop the server"
    store = open_store(settings)
    try:
        assert count(store) == 2 * 20 * 50
    finally:
        store.close()


def test_a_running_server_is_joined_not_restarted(settings: Settings) -> None:
    first = open_store(settings)
    pid = embedded_server(settings).status().pid
    second = open_store(settings)
    try:
        assert embedded_server(settings).status().pid == pid
        first.run("CREATE (:Thing {id: 'x'})")
        assert count(second) == 1
    finally:
        first.close()
        assert embedded_server(settings).status().running, "still used by the second store"
        second.close()
    assert not embedded_server(settings).status().running


def test_pinned_server_outlives_its_users_until_stopped(settings: Settings) -> None:
    server = embedded_server(settings)
    server.pin()
    server.release()
    store = open_store(settings)
    store.close()
    assert server.status().running and server.status().pinned
    assert server.stop()
    assert not server.status().running


def test_socket_taken_by_another_program_gives_a_clear_error(settings: Settings, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(data_dir / "graph.sock"))
    listener.listen(1)

    def answer_garbage() -> None:
        conn, _ = listener.accept()
        conn.recv(64)
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        conn.close()

    thread = threading.Thread(target=answer_garbage, daemon=True)
    thread.start()
    try:
        with pytest.raises(GraphStoreError, match="taken by another program"):
            open_store(settings)
    finally:
        listener.close()


def test_socket_held_silent_by_another_program_gives_a_clear_error(settings: Settings, data_dir: Path) -> None:
    """A listener that never answers, with no server of ours in the pid file, is another program, not a busy server."""
    data_dir.mkdir(parents=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(data_dir / "graph.sock"))
    listener.listen(1)
    try:
        with pytest.raises(GraphStoreError, match="taken by another program"):
            open_store(settings)
    finally:
        listener.close()


def test_missing_binary_gives_a_clear_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_REDIS_SERVER", str(data_dir / "no-such-redis-server"))
    with pytest.raises(GraphStoreError, match="redis-server binary was not found"):
        open_store(Settings.from_env())


def test_server_that_fails_to_start_reports_its_log(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus_module = data_dir.parent / "not-a-module.so"
    bogus_module.write_text("not a shared object")
    monkeypatch.setenv("KG_FALKORDB_MODULE", str(bogus_module))
    with pytest.raises(GraphStoreError, match="exited with code"):
        open_store(Settings.from_env())
