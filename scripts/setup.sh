#!/usr/bin/env bash
# Installs what majobs' build and tests need and is idempotent: quick when everything is there.
#   Debian packages: libncurses-dev (CNcurses links ncursesw), tmux (end-to-end tests drive the binary in it),
#   htop (the performance harness's peer for key latency, bytes per move and idle cost), time (GNU time:
#   the harness reads a program's own peak RSS from it, not its Python parent's), zsh, fish and bash-completion
#   (the completion tests load majobs' scripts in each shell), man-db (the package test renders the man page).
#   PyPI: the official Huawei Cloud SDK (the referee for signing and for the emulator's compatibility, and the
#   peer of `majobs list` in the harness); pyte + ptyprocess (the harness reads the screen over a real pty).
set -euo pipefail

missing=()
for pkg in libncurses-dev tmux htop time zsh fish bash-completion man-db; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi

if ! python3 -c 'import huaweicloudsdkcore, huaweicloudsdkmodelarts' >/dev/null 2>&1; then
    echo "setup: installing the official Huawei Cloud Python SDK"
    python3 -m pip install -q --disable-pip-version-check huaweicloudsdkcore huaweicloudsdkmodelarts
fi
if ! python3 -c 'import pyte, ptyprocess' >/dev/null 2>&1; then
    echo "setup: installing pyte and ptyprocess (scripts/bench)"
    python3 -m pip install -q --disable-pip-version-check pyte ptyprocess
fi
echo "setup: ok"
