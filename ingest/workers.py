"""Extraction worker processes that die with the process that started them.

The pool uses the forkserver start method: a helper process (the fork server) forks
each worker. If the kg process is killed (SIGKILL, OOM), neither notices by itself:
a worker blocks forever on its task queue, whose write end it holds too, and the
fork server waits until every worker is gone. So on Linux each asks the kernel for a
parent-death signal (``prctl(PR_SET_PDEATHSIG)``): the fork server dies with kg (via
``ingest.forkserver_preload``, which the fork server imports when it starts) and each
worker dies with the fork server.

The signal follows the *thread* that started the process. The fork server is started
by the thread that first starts workers; when that thread ends, the fork server goes
too, and multiprocessing starts a new one for the next pool (it checks before use).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.context import BaseContext

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PRELOAD = ["__main__", "ingest.forkserver_preload"]  # __main__ is multiprocessing's default


def die_with_parent() -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux; elsewhere nothing).

    If the parent died before the request took effect, the request never fires, so that
    case is checked afterwards and the process exits at once.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:
        os._exit(1)


def worker_context() -> tuple[BaseContext, Callable[[], None]]:
    """The multiprocessing context and worker initializer for extraction pools."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context, die_with_parent
