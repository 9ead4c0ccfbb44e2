"""`flask content check`: a clear report and a non-zero exit on any problem."""
import subprocess
import sys

from webapp.cli import content_cli


def test_content_check_passes_on_the_real_content(app, seeds):
    result = app.test_cli_runner().invoke(content_cli, ["check", "--texts", str(seeds)])
    assert result.exit_code == 0, result.output
    assert "content check: OK" in result.output and "verified" in result.output


def test_content_check_reports_file_record_field_and_exits_1(mini_content):
    path = mini_content / "content/facts/boats.yaml"
    path.write_text(path.read_text().replace('text: "412"', 'text: "413"'))
    from click.testing import CliRunner
    result = CliRunner().invoke(content_cli, ["check", "--content", str(mini_content / "content"),
                                              "--texts", str(mini_content / "texts")])
    assert result.exit_code == 1
    assert "facts/boats.yaml › boats-registered › figures.1: value 412 is not what the text '413' says" in result.output


def test_content_check_runs_through_flask_even_when_the_app_cannot_start(mini_content):
    """The command is a Flask plugin, so it works exactly when broken content stops the app."""
    path = mini_content / "content/facts/boats.yaml"
    path.write_text(path.read_text().replace("related: [regatta-visitors]", "related: [gone]"))
    env = {"SOURCED_CONTENT_DIR": str(mini_content / "content"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "flask", "--app", "webapp", "content", "check",
                           "--texts", str(mini_content / "texts")], capture_output=True, text=True, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "unknown fact 'gone'" in proc.stderr
