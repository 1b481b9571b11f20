#!/bin/sh
# arrc --python (docs/python.md): builds extension modules against
# /usr/bin/python3's headers and NumPy and runs tests/python with pytest
# (results against NumPy, argument checks, kernel errors, memory).  Skips
# with a message (exit 0) when Python.h, NumPy or pytest is missing.
#   tests/python_test.sh [PYTEST ARGS...]     (ARRC=..., CC=..., PYTHON=...)
cd "$(dirname "$0")/.." || exit 1
PY=${PYTHON:-/usr/bin/python3}
ARRC=${ARRC:-./arrc}; export ARRC
skip() { echo "SKIP python: $1 (tools/install-deps.sh check installs it)"; exit 0; }
[ -x "$PY" ] || skip "no $PY"
inc=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
[ -f "$inc/Python.h" ] || skip "no Python.h for $PY in $inc: install python3-dev"
"$PY" -c 'import numpy' 2>/dev/null || skip "$PY has no NumPy: install python3-numpy"
"$PY" -c 'import pytest' 2>/dev/null || skip "$PY has no pytest: install python3-pytest"
exec "$PY" -m pytest -q -p no:cacheprovider tests/python "$@"
