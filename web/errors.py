"""Error answers: a Chinese page in the site's layout, or ``{"error": {"status", "message"}}`` on a
JSON twin; never Flask's English defaults and never a stack trace (the log keeps that)."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from web.common import wants_json

# Messages for errors raised without a description of our own (abort(404), werkzeug's 413…).
MESSAGES = {
    400: "请求有误。",
    401: "需要有效的 API 令牌。",
    403: "没有权限。",
    404: "找不到这个页面。",
    405: "不支持这种请求方法。",
    413: "上传的内容太大。",
    500: "服务器内部错误，请稍后再试。",
    503: "服务暂时不可用。",
}
TITLES = {400: "请求有误", 401: "需要授权", 403: "没有权限", 404: "页面不存在", 405: "请求方法不支持",
          413: "内容太大", 500: "服务器错误", 503: "服务暂时不可用"}


def wants_json_error() -> bool:
    """JSON for a ``.json``/``.csv`` twin (a CSV of an error would read as data) or a client that
    prefers JSON, HTML otherwise."""
    return wants_json(".json" if request.path.endswith((".json", ".csv")) else None)


def _message(error: HTTPException) -> str:
    """Our own description when a view gave one (always Chinese), else the status's message."""
    own = error.description if error.description != type(error).description else None
    return own or MESSAGES.get(error.code or 500, "请求失败。")


def error_response(error: HTTPException):
    status = error.code or 500
    message = _message(error)
    if wants_json_error():
        response = jsonify({"error": {"status": status, "message": message}})
    else:
        response = render_template("error.html", status=status, title=TITLES.get(status, "出错了"),
                                   message=message)
    allowed = getattr(error, "valid_methods", None)  # a 405 names the methods that would work
    return response, status, {"Allow": ", ".join(allowed)} if allowed else {}


def register(app: Flask) -> None:
    """Route every HTTP error and every unexpected exception to ``error_response``."""
    app.register_error_handler(HTTPException, error_response)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(InternalServerError())
