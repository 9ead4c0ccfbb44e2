"""WALK-7 S8: the class is given one address, the shortest that works, everywhere a teacher shows it:
"<host>/join" to type the code into, and "<host>/join/CODE" as the link and the QR codes' target."""
from __future__ import annotations

import re

from tests.test_live import start, teacher  # noqa: F401  (a fixture)
from tests.test_teach import published, signed_in  # noqa: F401  (a fixture)

HOST = "localhost"  # the test client's host


def test_assignment_page_and_projector_give_the_same_short_addresses(client, signed_in, app):
    _, aid, code = published(client, app)
    page = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    projector = client.get(f"/teach/assignments/{aid}/projector").get_data(as_text=True)
    for html in (page, projector):
        assert "/quiz/join" not in html
        assert f"{HOST}/join" in html
    assert f'href="http://{HOST}/join/{code}"' in page
    assert re.search(rf"Students go to <strong[^>]*>{HOST}/join</strong> and type the code", page)
    assert f'<p class="projector-address">{HOST}/join</p>' in projector
    assert f"It opens http://{HOST}/join/{code}" in projector  # what the QR code encodes
    assert client.get(f"/join/{code}").status_code == 200


def test_the_live_lobby_links_the_short_address_which_leads_to_the_live_page(app, teacher):
    sid, code = start(teacher, app)
    lobby = teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    assert f"{HOST}/join" in lobby and f"http://{HOST}/join/{code}" in lobby
    assert "/live/join" not in lobby
    r = app.test_client().get(f"/join/{code}")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/live/join/{code}")
