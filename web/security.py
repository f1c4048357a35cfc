"""Security headers on every response.

Pages load only their own static scripts and styles, so the Content-Security-Policy allows
nothing else: no inline scripts, no other origins, no framing. The one exception is the graph
page, whose vendored vis-network injects its own <style> element; a view that needs that calls
``allow_inline_styles``.
"""

from __future__ import annotations

from flask import Flask, Response, g

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def allow_inline_styles() -> None:
    """Let this response's page carry inline <style> (vis-network's stylesheet)."""
    g.csp_inline_styles = True


def content_security_policy() -> str:
    policy = dict(POLICY)
    if g.get("csp_inline_styles"):
        policy["style-src"] += " 'unsafe-inline'"
    return "; ".join(f"{name} {value}" for name, value in policy.items())


def add_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", content_security_policy())
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def register(app: Flask) -> None:
    app.after_request(add_headers)
