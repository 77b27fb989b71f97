"""Reproducible installs: every dependency is pinned in requirements/constraints.txt
(written by uv, see scripts/lock.sh), scripts/setup.sh installs from it, and the
tests run on exactly the pinned versions."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

from conftest import ROOT
from packaging.markers import Marker

CONSTRAINTS = ROOT / "requirements" / "constraints.txt"


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised as PEP 503 has it."""
    name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    found = {}
    for line in CONSTRAINTS.read_text().splitlines():
        m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)(?:\s*;\s*(.*))?$", line)
        if m and (not m[3] or Marker(m[3]).evaluate()):  # the pin for this Python and OS
            found[_name(m[1])] = m[2]
    return found


def test_every_dependency_is_pinned():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    pinned = pins()
    assert wanted - set(pinned) == set(), "run scripts/lock.sh after changing pyproject.toml"
    assert {"streamlit", "pandas", "plotly", "pyarrow"} <= set(pinned)


def test_setup_installs_from_the_constraints():
    setup = (ROOT / "scripts" / "setup.sh").read_text()
    install = [line for line in setup.splitlines() if "pip install" in line or "-c " in line]
    assert any("-c requirements/constraints.txt" in line for line in install)
    assert "uv " not in setup  # a fresh machine needs only Python 3.11 and pip


def test_the_tests_run_on_the_pinned_versions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = {_name(r) for r in project["dependencies"]}
    pinned = pins()
    installed = {name: importlib.metadata.version(name) for name in direct}
    assert installed == {name: pinned[name] for name in direct}, "run bash scripts/setup.sh"
