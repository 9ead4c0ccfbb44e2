"""The shape of the code, as the README's "How it is built" describes it: a test fails when a change
drifts from it (a domain module importing Flask, a setting missing from the README, a migration out
of order, a function or module grown past what a newcomer can read at once)."""
import ast
import re
from pathlib import Path

import pytest
import yaml

from webapp.config import PROJECT_ROOT, SETTINGS

WEBAPP = PROJECT_ROOT / "webapp"
README = (PROJECT_ROOT / "README.md").read_text()
# The web layer and the database's Flask glue may import Flask; nothing else may. served.py is the
# per-request view of the content (the site's plus teachers' published articles), cached on `g`;
# ratelimit.py is the views' rate-limit decorator.
WEB_LAYER = {"__init__.py", "web.py", "cli.py", "db/__init__.py", "served.py", "ratelimit.py"}
MAX_FUNCTION_LINES = 55
MAX_MODULE_LINES = 450


def python_files():
    return sorted(p for p in WEBAPP.rglob("*.py") if "__pycache__" not in p.parts)


def rel(p: Path) -> str:
    return p.relative_to(WEBAPP).as_posix()


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


DOMAIN = [p for p in python_files() if not rel(p).startswith("views/") and rel(p) not in WEB_LAYER]


@pytest.mark.parametrize("path", DOMAIN, ids=rel)
def test_domain_modules_import_nothing_from_flask(path):
    flaskish = {m for m in imported_modules(path) if m.split(".")[0] in ("flask", "flask_wtf", "flask_limiter",
                                                                          "htmx_flask")}
    assert not flaskish, f"{rel(path)} imports {flaskish}: domain logic stays plain Python"


def test_the_domain_check_covers_the_core_modules():
    # a guard for the guard: the list above is not accidentally empty or missing the core
    names = {rel(p) for p in DOMAIN}
    assert {"attempts.py", "assignments.py", "authoring.py", "bank.py", "quiz.py", "facts.py",
            "db/attempts.py", "bot/engine.py"} <= names


def test_every_setting_is_documented_in_the_readme():
    for s in SETTINGS:
        row = next((line for line in README.splitlines() if line.startswith(f"| `SOURCED_{s.name}` |")), None)
        assert row is not None, f"SOURCED_{s.name} is missing from README's settings table"
        assert s.shown in row, f"README gives another default for SOURCED_{s.name}"


def test_the_readme_documents_no_setting_that_does_not_exist():
    documented = set(re.findall(r"^\| `SOURCED_([A-Z_]+)` \|", README, re.M))
    assert documented == {s.name for s in SETTINGS}


def test_migrations_are_in_numeric_order_and_named_once():
    from webapp.db import MIGRATIONS
    names = [n for n, _ in MIGRATIONS]
    assert names == sorted(names) and len(set(names)) == len(names)
    assert all(re.fullmatch(r"\d{3}_[a-z0-9_]+", n) for n in names)


def long_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            n = node.end_lineno - node.lineno + 1
            if n > MAX_FUNCTION_LINES:
                out.append(f"{rel(path)}:{node.lineno} {node.name} ({n} lines)")
    return out


def test_no_function_is_longer_than_a_screen():
    found = [f for p in python_files() for f in long_functions(p)]
    assert not found, "functions past about 50 lines: " + "; ".join(found)


def test_no_module_is_longer_than_it_can_be_read_at_once():
    found = [f"{rel(p)} ({n} lines)" for p in python_files()
             if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES]
    assert not found, "modules past about 450 lines: " + "; ".join(found)


def test_the_bot_overview_names_every_module_of_the_bot():
    """webapp/bot/__init__.py is the bot's map: a new module it does not name is a step a newcomer cannot find."""
    overview = ast.get_docstring(ast.parse((WEBAPP / "bot" / "__init__.py").read_text()))
    named = set(re.findall(r"`(\w+)", overview))
    modules = {p.stem for p in (WEBAPP / "bot").glob("*.py") if p.stem != "__init__"}
    assert not modules - named, "bot modules the overview in webapp/bot/__init__.py does not name: " + ", ".join(sorted(modules - named))


def test_no_code_names_a_fact_of_the_article():
    """A new article is data, not code: a rule keyed to one fact's id ("after geneva-treatment-guarantee…") would never
    fire for another article's facts. Rules read what a fact says, its kind and its topics; a fact's id lives in content/."""
    ids = {f["id"] for p in (PROJECT_ROOT / "content" / "facts").glob("*.yaml") for f in yaml.safe_load(p.read_text())["facts"]}
    named = re.compile(r"""["']([a-z0-9]+(?:-[a-z0-9]+)+)["']""")
    found = sorted(f"{rel(p)}: {m}" for p in python_files() for m in named.findall(p.read_text()) if m in ids)
    assert ids and not found, "fact ids written into the code: " + "; ".join(found)
