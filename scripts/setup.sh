#!/usr/bin/env bash
# Create .venv with Python 3.11 and install the project (and, with "test", what the
# tests need, the Chromium browser included). Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
# The versions the tests passed with (scripts/lock.sh refreshes them); pip moves an
# installed package that differs to its pinned version.
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -c requirements/constraints.txt -e ".${extra}"
if [ "${1:-}" = "test" ]; then
  # The browser tests drive Debian's Chromium (Playwright's own download does not
  # work offline); the several-processes tests run Debian's nginx in front.
  missing=""
  [ -x /usr/bin/chromium ] || missing="chromium"
  [ -x /usr/sbin/nginx ] || missing="$missing nginx"
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi
