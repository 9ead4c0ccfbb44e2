"""No long run of the articles' words is copied into the project."""
import os
import subprocess

from webapp.config import PROJECT_ROOT


def test_prose_check_finds_no_verbatim_runs(seeds):
    tool = PROJECT_ROOT.parent / "shared" / "tools" / "prose-check"
    proc = subprocess.run([str(tool), str(PROJECT_ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
    assert "verbatim runs of 12+ words: 0" in proc.stdout
