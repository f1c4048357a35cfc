"""The one error type the CLI and the web layer turn into a clear message."""


class GraphStoreError(RuntimeError):
    """The graph store cannot be reached, started or queried; the message says why and what to do."""
