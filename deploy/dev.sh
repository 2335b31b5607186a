#!/usr/bin/env bash
# Set up Stemkiosk on a Debian machine (as root) and run it or its tests.
#
#   bash deploy/dev.sh demo [kiosk demo options]   install, create the demo election, start the kiosk
#   bash deploy/dev.sh test [pytest options]       install, run the test suite
#   bash deploy/dev.sh install                     only install
#
# Installs the Debian packages the kiosk and its tests need, then the project
# (with its test extras) into .venv in the repository. Safe to run again.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"
system_packages=(python3 python3-venv python3-dev gcc tesseract-ocr tesseract-ocr-nld poppler-utils fonts-dejavu-core)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

install_system_packages() {
    local missing=()
    for package in "${system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        log "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
        exit 2
    fi
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
    # Prefer the python3 on PATH when it is new enough (a developer's pyenv),
    # else Debian's.
    local candidate
    for candidate in python3 /usr/bin/python3; do
        if command -v "$candidate" >/dev/null &&
            "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    log "Python 3.11 or newer with the venv module is needed"
    exit 2
}

install_project() {
    if [ ! -x "$venv/bin/python" ]; then
        log "creating $venv"
        "$(pick_python)" -m venv "$venv"
    fi
    local stamp="$venv/.installed-$(sha256sum "$repo/pyproject.toml" | cut -c1-16)"
    if [ ! -e "$stamp" ]; then
        log "installing the project and its test tools into $venv"
        "$venv/bin/python" -m pip install -q --upgrade pip
        "$venv/bin/python" -m pip install -q -e "$repo[dev]"
        rm -f "$venv"/.installed-*
        touch "$stamp"
    fi
}

command="${1:-}"
shift || true
case "$command" in
    install)
        install_system_packages
        install_project
        ;;
    demo)
        install_system_packages
        install_project
        exec "$venv/bin/kiosk" demo "$@"
        ;;
    test)
        install_system_packages
        install_project
        cd "$repo"
        exec "$venv/bin/python" -m pytest "$@"
        ;;
    *)
        sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
