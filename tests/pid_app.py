"""The real app for gunicorn in tests/test_proxy.py, with the worker's pid in a response header, so a
test can tell that requests really were spread over several worker processes."""
import os

from webapp import create_app

app = create_app()
_inner = app.wsgi_app


def _with_pid(environ, start_response):
    def start(status, headers, exc_info=None):
        return start_response(status, [*headers, ("X-Worker-Pid", str(os.getpid()))], exc_info)
    return _inner(environ, start)


app.wsgi_app = _with_pid
