#!/bin/sh
# Installs the Debian packages arrc needs to build and test, when missing.
# Usage: tools/install-deps.sh [build|check|bench]
set -e
need="flex bison make gcc libc6-dev libclang-dev"
case "${1:-build}" in
    check) need="$need clang libomp-dev python3 python3-numpy python3-dev python3-pytest libpng-dev gdb g++ cmake ninja-build openmpi-bin libopenmpi-dev libsleef-dev" ;;
    bench) need="$need clang libomp-dev python3 python3-numpy python3-dev libpng-dev python3-scipy python3-numba python3-matplotlib python3-opencv libopenblas-dev libsleef-dev time" ;;
esac
missing=""
for p in $need; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
