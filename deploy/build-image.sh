#!/usr/bin/env bash
# Build the Stemkiosk appliance image (deploy/mkosi) with mkosi 25 from Debian 13 packages,
# and print its size and SHA-256. On demand only (not in .ci/run: it takes far too long).
#
#   bash deploy/build-image.sh            # -> /var/tmp/stemkiosk-image/stemkiosk.raw
#
# Environment:
#   STEMKIOSK_IMAGE_DIR  where the image, mkosi's caches and the tools tree go
#                        (default /var/tmp/stemkiosk-image; never inside the repository)
#   STEMKIOSK_CACHE      where Debian 13's mkosi is unpacked (shared with check.sh)
#
# Run time on 2 cores (this project's machine kind: Debian 12 host, measured 2026-12-03):
#   first build  9 min  (546 s: the Debian 13 tools tree, then the image; packages and
#                        wheels downloaded)
#   rebuild      4 min  (227 s: tools tree, package cache and the installed packages
#                        (Incremental=yes) reused; the build script, initrd and UKI rerun)
#
# How it runs on a machine older than Debian 13 (e.g. Debian 12, whose mkosi is 14 and
# whose systemd 252 has no ukify and a too-old systemd-repart):
#   * mkosi 25 is taken from Debian 13's mkosi package, unpacked into a private directory,
#     never installed (as check.sh does);
#   * mkosi builds a Debian 13 "tools tree" first (ToolsTree=default, release trixie) and
#     runs every tool of the image build from it: apt, systemd-repart, ukify, bootctl,
#     mkfs. The host needs only python3, apt/dpkg and util-linux's unshare; mkosi sandboxes
#     itself with mount and user namespaces (root here). No loop devices are needed:
#     systemd-repart writes the partitions into the image file directly.
#
# Reproducibility: SourceDateEpoch= (mkosi.conf) clamps every file time and is passed to
# pip and the byte-compiler, and Seed= fixes the partition and file-system UUIDs. The
# Debian and PyPI packages are those of the build day: two builds on one day from the same
# commit give the same file tree; across days, the packages may have been updated.
set -euo pipefail

deploy="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
recipe="$deploy/mkosi"
out="${STEMKIOSK_IMAGE_DIR:-/var/tmp/stemkiosk-image}"
cache="${STEMKIOSK_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/stemkiosk}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

say() { printf '[build-image] %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
    say "run as root (mkosi needs it to build a bootable disk image)"
    exit 2
fi
case "$out" in
"$(cd "$deploy/.." && pwd)"/*) say "STEMKIOSK_IMAGE_DIR must be outside the repository"; exit 2 ;;
esac
mkdir -p "$out/cache" "$out/packages" "$out/work"

# -- host tools ------------------------------------------------------------------------
need=()
command -v python3 >/dev/null || need+=(python3)
command -v apt-get >/dev/null || need+=(apt)
command -v unshare >/dev/null || need+=(util-linux)
[ -e /usr/share/keyrings/debian-archive-keyring.gpg ] || need+=(debian-archive-keyring)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# -- mkosi 25 --------------------------------------------------------------------------
# shellcheck source=deploy/mkosi-tool.sh
. "$deploy/mkosi-tool.sh"
find_mkosi "$cache" "$scratch"
say "using mkosi $(mkosi_version "${mkosi[@]}") on $(sed -nE 's/^PRETTY_NAME="?([^"]*)"?$/\1/p' /etc/os-release)"

# -- apt sources -----------------------------------------------------------------------
# mkosi's own Debian source list adds deb.debian.org/debian-debug (trixie-debug), which the
# mirror here does not serve (HTTP 400), and apt then fails. A sandbox tree with our own
# list replaces it, for the tools tree and the image alike: trixie, trixie-updates and
# trixie-security, main only, binary packages only.
sandbox="$out/sandbox"
mkdir -p "$sandbox/etc/apt/sources.list.d"
cat >"$sandbox/etc/apt/sources.list.d/mkosi.sources" <<'SOURCES'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://security.debian.org/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES

# -- TLS for pip in the build ----------------------------------------------------------
# mkosi.build.chroot runs pip inside the image, which trusts only Debian's CA bundle. Where
# the build machine reaches PyPI through a TLS-inspecting proxy with its own CA (as here),
# pip there fails with CERTIFICATE_VERIFY_FAILED. The host's bundle is therefore handed to
# the build script as an extra build source (/work/src/host-ca, read-only, build time only;
# it never lands in the image) and named by PIP_CERT.
host_ca="$out/host-ca"
mkdir -p "$host_ca"
cp /etc/ssl/certs/ca-certificates.crt "$host_ca/ca-certificates.crt"

# -- build -----------------------------------------------------------------------------
# Heavy steps run with nice -n 10 so that a developer's machine stays usable.
# The Debian 13 tools tree (1.5 GB, about 3 min to make) is made once by
# ToolsTree=default and then reused as a plain directory: mkosi -f would otherwise remove
# and rebuild it on every run. Remove $out/tools to refresh it.
if [ -x "$out/tools/usr/bin/systemd-repart" ] && [ -x "$out/tools/usr/bin/ukify" ]; then
    tools=(--tools-tree="$out/tools")
else
    tools=(--tools-tree=default --tools-tree-distribution=debian --tools-tree-release=trixie
        --tools-tree-sandbox-tree="$sandbox")
fi
start=$(date +%s)
say "building (log: $out/build.log)"
set +e
(cd "$recipe" && nice -n 10 "${mkosi[@]}" \
    "${tools[@]}" --sandbox-tree="$sandbox" \
    --build-sources="$host_ca:host-ca" --environment=PIP_CERT=/work/src/host-ca/ca-certificates.crt \
    --incremental=yes \
    --output-directory="$out" --cache-directory="$out/cache" \
    --package-cache-directory="$out/packages" --workspace-directory="$out/work" \
    -f build) 2>&1 | tee "$out/build.log"
rc=${PIPESTATUS[0]}
set -e
end=$(date +%s)
if [ "$rc" -ne 0 ]; then
    say "FAILED: mkosi build exited $rc after $((end - start)) s (see $out/build.log)"
    exit "$rc"
fi

image="$out/stemkiosk.raw"
if [ ! -s "$image" ]; then
    say "FAILED: mkosi finished but $image is missing"
    exit 1
fi
size=$(stat -c %s "$image")
(cd "$out" && sha256sum stemkiosk.raw >stemkiosk.raw.sha256)
sha=$(cut -d' ' -f1 "$out/stemkiosk.raw.sha256")
{
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "build_seconds=$((end - start))"
    echo "size_bytes=$size"
    echo "sha256=$sha"
    # The build takes the working tree (BuildSources=), not the commit: say when it differed.
    echo "commit=$(git -C "$deploy/.." rev-parse --short HEAD 2>/dev/null || echo unknown)$(
        [ -z "$(git -C "$deploy/.." status --porcelain 2>/dev/null)" ] || echo ' (working tree with uncommitted changes)')"
} >"$out/build-info.txt"
say "image:   $image"
say "size:    $size bytes ($(numfmt --to=iec-i --suffix=B "$size"))"
say "sha256:  $sha"
say "time:    $((end - start)) s"
