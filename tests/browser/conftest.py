"""Real-browser fixtures: the real app served on a free loopback port, and Debian's Chromium
driven by Playwright (never a browser that a test tool downloads)."""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from ..conftest import SEEDS, make_app

CHROMIUM = os.environ.get("SOURCED_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium_path():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} not found: .ci/run installs Debian's chromium")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, chromium_path):
    """The whole app, real content, on 127.0.0.1:<free port>, for the whole session."""
    if not SEEDS.is_dir() and os.environ.get("CI"):
        pytest.fail("source texts missing")
    tmp = tmp_path_factory.mktemp("live")
    app = make_app(tmp, WTF_CSRF_ENABLED=True)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.app = app
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    thread.join(5)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(params=[True, False], ids=["js", "nojs"])
def page(request, browser, live_server):
    """A fresh page, once with JavaScript on and once with it off. Requests to anywhere but the
    app fail the test: no page may reach off the machine."""
    yield from _guarded_page(browser, live_server, js=request.param)


@pytest.fixture
def js_page(browser, live_server):
    """A page with JavaScript on, for tools that run inside the page (axe-core)."""
    yield from _guarded_page(browser, live_server, js=True)


def _guarded_page(browser, live_server, js: bool):
    context = browser.new_context(java_script_enabled=js, base_url=live_server.url)
    outside: list[str] = []

    def guard(route):
        if route.request.url.startswith(live_server.url):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()
    context.route("**/*", guard)
    pg = context.new_page()
    pg.js = js
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert outside == [], f"requests left the machine: {outside}"
    assert errors == [], f"JavaScript errors: {errors}"


def screenshot(pg, name: str) -> None:
    """Write phone- and desktop-width screenshots for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    size = pg.viewport_size
    for label, width in (("phone", 390), ("desktop", 1280)):
        pg.set_viewport_size({"width": width, "height": 900})
        pg.screenshot(path=str(ARTIFACTS / f"{name}-{label}{'' if pg.js else '-nojs'}.png"), full_page=True)
    if size:
        pg.set_viewport_size(size)


def pytest_collection_modifyitems(items):
    """The live server's threads may drop a static file's handle when the browser aborts a request
    mid-navigation; that unclosed-file warning is the server's housekeeping, not the app's
    behaviour, so it is not an error in the browser walks (elsewhere warnings stay errors)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"))
            item.add_marker(pytest.mark.filterwarnings("ignore::ResourceWarning"))
