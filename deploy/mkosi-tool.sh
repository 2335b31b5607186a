#!/usr/bin/env bash
# Sourced by check.sh and build-image.sh: find mkosi 25 (the version of Debian 13).
#
#   find_mkosi CACHE SCRATCH     sets the array `mkosi` to the command that runs it
#   mkosi_version COMMAND...     prints its major version
#
# This machine's mkosi when it is 25 or newer; else Debian 13's mkosi package, downloaded with
# apt-get into SCRATCH (a private apt directory: the host's sources are not touched), unpacked
# into CACHE/mkosi-trixie once and reused, never installed. Pure Python: python3 runs it.

# shellcheck disable=SC2034 # `mkosi` is the sourcing script's array (a file-wide directive)
mkosi_version() { "$@" --version 2>/dev/null | sed -nE 's/^mkosi ([0-9]+).*/\1/p'; }

find_mkosi() {
    local cache="$1" scratch="$2" unpacked apt_dir mirror
    if command -v mkosi >/dev/null && [ "$(mkosi_version mkosi)" -ge 25 ] 2>/dev/null; then
        mkosi=(mkosi)
        return
    fi
    unpacked="$cache/mkosi-trixie"
    if [ ! -d "$unpacked/usr/lib/python3/dist-packages/mkosi" ]; then
        printf '[mkosi] this machine'"'"'s mkosi is older than 25 or missing: fetching Debian 13'"'"'s mkosi package\n'
        apt_dir="$scratch/apt"
        mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$unpacked"
        mirror="$(sed -nE 's/^URIs: *([^ ]+debian)\/? *$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)"
        echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror:-http://deb.debian.org/debian} trixie main" \
            >"$apt_dir/sources.list"
        local apt_options=(-o Dir::Etc::SourceList="$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir" -o Dir::State::status=/dev/null
            -o APT::Sandbox::User=root)
        apt-get -qq "${apt_options[@]}" update
        (cd "$apt_dir" && apt-get -qq "${apt_options[@]}" download mkosi)
        dpkg-deb -x "$apt_dir"/mkosi_*.deb "$unpacked"
    fi
    mkosi=(env PYTHONPATH="$unpacked/usr/lib/python3/dist-packages" python3 -m mkosi)
}
