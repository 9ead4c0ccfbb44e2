"""The README stays true: its two commands, and every CLI command documented."""
import re
from pathlib import Path

from webapp.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text()


def shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, re.S)


def test_readme_gives_a_run_command_and_a_test_command():
    blocks = shell_blocks()
    assert any("flask --app webapp run" in b for b in blocks)
    assert any("pytest" in b for b in blocks)


def test_ci_runs_exactly_the_readme_test_command():
    test_cmd = next(b for b in shell_blocks() if "pytest" in b).strip()
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert test_cmd in ci.splitlines()


def test_every_flask_command_is_documented():
    from importlib.metadata import entry_points
    for ep in entry_points(group="flask.commands"):
        if not ep.value.startswith("webapp."):
            continue
        group = ep.load()
        for name in getattr(group, "commands", {}) or [""]:
            assert f"flask --app webapp {ep.name} {name}".strip() in README, f"{ep.name} {name} not in README"


def test_instance_folder_keeps_only_its_readme_in_git():
    ignore = (PROJECT_ROOT / ".gitignore").read_text()
    assert "instance/*" in ignore and "!instance/README.md" in ignore
    assert (PROJECT_ROOT / "instance" / "README.md").exists()
