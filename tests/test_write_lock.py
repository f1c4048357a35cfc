"""One writer per data directory: a second ingest (CLI or web job) waits for the first, and says so."""

from __future__ import annotations

import threading
import time

from kg.config import Settings
from kg.corpus import Corpus


def test_a_second_writer_waits_for_the_first_and_says_why(settings: Settings) -> None:
    first, messages = Corpus(settings), []
    second = Corpus(settings, say=messages.append)
    order: list[str] = []

    def write_second() -> None:
        with second.writing():
            order.append("second")

    with first.writing():
        waiting = threading.Thread(target=write_second)
        waiting.start()
        time.sleep(0.5)
        assert order == [] and any("writing to" in m and "waiting" in m for m in messages)
        order.append("first done")
    waiting.join(timeout=10)
    assert order == ["first done", "second"]
    first.close()
    second.close()
