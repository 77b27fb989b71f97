#!/usr/bin/env bash
# Refresh requirements/constraints.txt: the newest versions that pyproject.toml allows
# (with the test extra), resolved by uv for Python 3.11 on any platform, then
# install them into .venv so that the tests run on exactly the locked versions.
# Run the tests afterwards and commit the file only when they pass.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh
.venv/bin/python -m pip install --quiet --disable-pip-version-check "uv>=0.5"
.venv/bin/uv pip compile pyproject.toml --extra test --python-version 3.11 --universal \
  --upgrade --quiet -o requirements/constraints.txt
bash scripts/setup.sh test
