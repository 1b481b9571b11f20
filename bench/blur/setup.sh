#!/usr/bin/env bash
# Installs what the blur benchmark needs beyond gcc: NumPy and OpenCV's Python
# bindings for the `numpy` and `opencv` rows (Debian packages python3-numpy
# and python3-opencv), if `$PYTHON -c 'import numpy, cv2'` fails.
# Needs root (or sudo) for apt-get; does nothing when both import.
# Environment: PYTHON (default /usr/bin/python3; the packages are for it).
set -eu
PYTHON=${PYTHON:-/usr/bin/python3}

pkgs=()
"$PYTHON" -c 'import numpy' 2>/dev/null || pkgs+=(python3-numpy)
"$PYTHON" -c 'import cv2' 2>/dev/null || pkgs+=(python3-opencv)
if [ ${#pkgs[@]} -eq 0 ]; then
    echo "setup.sh: numpy and cv2 are installed ($PYTHON)"
    exit 0
fi

SUDO=
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "setup.sh: need root to install ${pkgs[*]} (apt-get install ${pkgs[*]})" >&2
        exit 1
    fi
fi
echo "setup.sh: installing ${pkgs[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
# an old or missing package list makes the install fail: refresh it first
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
"$PYTHON" -c 'import numpy, cv2; print("setup.sh: numpy", numpy.__version__, "/ cv2", cv2.__version__)'
