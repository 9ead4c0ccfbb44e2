"""The bot's tests use the `bot` fixture of tests/conftest.py (shared with tests/test_render.py)."""
