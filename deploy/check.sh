#!/usr/bin/env bash
# Checks of the appliance recipe in deploy/ that need no target hardware (run by CI).
#
#   bash deploy/check.sh
#
# 1. shellcheck on every shell script in deploy/ (dev.sh excepted, see below)
# 2. nft -c -f on the firewall, in a throwaway network namespace; then the ruleset is
#    loaded there and its drop policies are checked
# 3. systemd-analyze verify on the kiosk's units, in a scratch root
# 4. usbguard-rule-parser on the USB rules
# 5. cupsd -t on the CUPS configuration
# 6. mkosi summary (mkosi 25, the version of Debian 13) on the image recipe, and the
#    parsed configuration checked (release, packages, SourceDateEpoch, scripts)
#
# Missing Debian packages are installed with apt-get (as root; CI runs as root) without
# starting their services. On a machine older than Debian 13, mkosi 25 is taken from
# Debian 13's own mkosi package (downloaded with apt-get into a private directory,
# unpacked, never installed). Exits non-zero when any check fails.
set -euo pipefail

deploy="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
recipe="$deploy/mkosi"
extra="$recipe/mkosi.extra"
cache="${STEMKIOSK_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/stemkiosk}"
failures=()
scratch="$(mktemp -d)"
policy_rc_created=0

cleanup() {
    rm -rf "$scratch"
    if [ "$policy_rc_created" -eq 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
}
trap cleanup EXIT

say() { printf '[check] %s\n' "$*"; }
ok() { printf '[check]   ok: %s\n' "$*"; }
fail() {
    printf '[check]   FAILED: %s\n' "$*" >&2
    failures+=("$1")
}

# -- tools -----------------------------------------------------------------------

need_packages=()
need() { # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || need_packages+=("$2")
}
need shellcheck shellcheck
need nft nftables
need systemd-analyze systemd
need usbguard-rule-parser usbguard
need unshare util-linux
need python3 python3
[ -x /usr/sbin/cupsd ] || need_packages+=(cups-daemon)

if [ "${#need_packages[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "missing tools; run as root or install: apt-get install ${need_packages[*]}"
        exit 2
    fi
    say "installing ${need_packages[*]} (services are not started)"
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 0755 /usr/sbin/policy-rc.d
        policy_rc_created=1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

# -- 1. shellcheck -----------------------------------------------------------------

say "1. shellcheck"
scripts=()
while IFS= read -r -d '' file; do
    case "$file" in
    "$deploy/dev.sh") continue ;; # the developer set-up script is not part of the appliance
    esac
    if [[ "$file" == *.sh ]] || head -n1 "$file" | grep -qE '^#!.*\b(ba|da)?sh\b'; then
        scripts+=("$file")
    fi
done < <(find "$deploy" -type f ! -path '*/.*' -print0 | sort -z)
if shellcheck -x "${scripts[@]}"; then
    ok "${#scripts[@]} scripts: ${scripts[*]#"$deploy/"}"
else
    fail "shellcheck"
fi

# -- 2. nftables -------------------------------------------------------------------

say "2. nftables ruleset (in a throwaway network namespace)"
ruleset="$extra/etc/nftables.conf"
if [ "$(id -u)" -eq 0 ]; then netns=(unshare --net); else netns=(unshare --map-root-user --net); fi
if "${netns[@]}" nft -c -f "$ruleset"; then
    ok "nft -c -f ${ruleset#"$deploy/"}"
else
    fail "nft -c -f ${ruleset#"$deploy/"}"
fi
# Load it for real (into the namespace, which vanishes afterwards) and read back the policies.
# shellcheck disable=SC2016 # $1 is expanded by the inner shell
if loaded="$("${netns[@]}" sh -c 'nft -f "$1" && nft list ruleset' sh "$ruleset")"; then
    drops="$(grep -c 'policy drop;' <<<"$loaded" || true)"
    accepts="$(grep -cE '^\s*(iif|oif) "lo" accept' <<<"$loaded" || true)"
    others="$(grep -cE '(^|[[:space:]])accept$' <<<"$loaded" || true)"
    if [ "$drops" -eq 5 ] && [ "$accepts" -eq 2 ] && [ "$others" -eq 2 ]; then
        ok "5 hooks with policy drop; only loopback accepted"
    else
        fail "ruleset: expected 5 drop policies and only 2 loopback accepts, got $drops drops, $accepts loopback accepts, $others accepts"
    fi
else
    fail "loading the ruleset in a namespace"
fi

# -- 3. systemd units ----------------------------------------------------------------

say "3. systemd-analyze verify (scratch root: mkosi.extra + this machine's systemd units)"
# The units refer to units and programs that Debian packages install in the image
# (nftables.service, cups.service, /opt/stemkiosk/venv/bin/python, ...). The scratch root
# gets this machine's systemd units, an empty stub for each packaged unit this machine
# lacks, and an empty executable stub for each program in an Exec*= line that is not
# there: verify then checks our units' syntax, settings and dependencies.
root="$scratch/root"
mkdir -p "$root/usr/lib/systemd"
cp -a "$extra/." "$root/"
cp -a /usr/lib/systemd/system "$root/usr/lib/systemd/"
for unit in nftables.service usbguard.service cups.service cups.socket; do
    [ -e "$root/usr/lib/systemd/system/$unit" ] ||
        printf '[Unit]\nDescription=stub of %s\n' "$unit" >"$root/usr/lib/systemd/system/$unit"
done
units=("$root"/etc/systemd/system/stemkiosk*)
while IFS= read -r program; do
    if [ ! -e "$root$program" ]; then
        mkdir -p "$root$(dirname "$program")"
        printf '#!/bin/sh\nexit 0\n' >"$root$program"
        chmod 0755 "$root$program"
    fi
done < <(sed -nE 's/^Exec[A-Za-z]*=[-@:+!]*([^ ]+).*/\1/p' "${units[@]}" | sort -u)
if output="$(systemd-analyze verify --man=no --root="$root" "${units[@]}" 2>&1)" && [ -z "$output" ]; then
    ok "${#units[@]} units: ${units[*]##*/}"
else
    printf '%s\n' "$output" >&2
    fail "systemd-analyze verify"
fi
for unit in ctrl-alt-del.target getty@.service systemd-networkd.service; do
    if [ "$(readlink "$extra/etc/systemd/system/$unit")" != /dev/null ]; then
        fail "$unit is not masked"
    fi
done

# -- 4. usbguard ---------------------------------------------------------------------

say "4. usbguard rules"
rules="$extra/etc/usbguard/rules.conf"
if usbguard-rule-parser -f "$rules" >"$scratch/usbguard.out" 2>&1; then
    grep '^OUTPUT: .' "$scratch/usbguard.out" >"$scratch/usbguard.rules" || true
    count="$(wc -l <"$scratch/usbguard.rules")"
    if [ "$count" -eq 0 ] || grep -vq '^OUTPUT: allow with-interface ' "$scratch/usbguard.rules"; then
        fail "usbguard: a rule other than 'allow with-interface' (see ${rules#"$deploy/"})"
    else
        ok "$count rules parse, all 'allow with-interface'; the rest is blocked by ImplicitPolicyTarget=block"
    fi
else
    cat "$scratch/usbguard.out" >&2
    fail "usbguard-rule-parser"
fi
if ! grep -qx 'ImplicitPolicyTarget=block' "$extra/etc/usbguard/usbguard-daemon.conf"; then
    fail "usbguard-daemon.conf does not block by default"
fi

# -- 5. CUPS -------------------------------------------------------------------------

say "5. cupsd -t"
if output="$(/usr/sbin/cupsd -t -c "$extra/etc/cups/cupsd.conf" 2>&1)"; then
    ok "cupsd.conf: $output"
else
    printf '%s\n' "$output" >&2
    fail "cupsd -t"
fi

# -- 6. mkosi ------------------------------------------------------------------------

say "6. mkosi summary"
mkosi=()
# shellcheck source=deploy/mkosi-tool.sh
. "$deploy/mkosi-tool.sh"
find_mkosi "$cache" "$scratch"
say "   using mkosi $(mkosi_version "${mkosi[@]}")"
if (cd "$recipe" && "${mkosi[@]}" summary >"$scratch/summary.txt" 2>&1 &&
    "${mkosi[@]}" --json summary >"$scratch/summary.json" 2>>"$scratch/summary.txt"); then
    ok "mkosi summary parses the recipe"
    if python3 - "$scratch/summary.json" <<'PY'; then
import json
import sys

image = json.load(open(sys.argv[1]))["Images"][0]
problems = []
def expect(condition, text):
    if not condition:
        problems.append(text)

expect(image["Distribution"] == "debian" and image["Release"] == "trixie", "not Debian trixie")
expect(image["Format"] == "disk", "output is not a disk image")
expect(isinstance(image["SourceDateEpoch"], int), "SourceDateEpoch= is not set")
packages = set(image["Packages"])
required = {"python3", "python3-venv", "tesseract-ocr", "tesseract-ocr-nld", "sane-utils", "cups", "foot",
            "cage", "nftables", "usbguard", "fonts-dejavu-core"}
expect(required <= packages, f"packages missing: {sorted(required - packages)}")
forbidden = {"network-manager", "ifupdown", "isc-dhcp-client", "dhcpcd-base", "wpasupplicant", "connman",
             "systemd-resolved", "systemd-timesyncd", "openssh-server", "openssh-client", "dropbear",
             "avahi-daemon", "cups-browsed", "sane-airscan", "ipp-usb", "modemmanager", "bluez"}
expect(not (forbidden & packages), f"network packages in the image: {sorted(forbidden & packages)}")
expect(image["WithRecommends"] is False, "WithRecommends= must stay off (cups recommends cups-browsed)")
expect(any(s.endswith("mkosi.build.chroot") for s in image["BuildScripts"]), "build script not found")
expect(any(s.endswith("mkosi.postinst") for s in image["PostInstallationScripts"]), "postinst script not found")
expect(image["Ssh"] in (False, "no", "disabled") or not image["Ssh"], "Ssh= is on")
for text in problems:
    print(f"[check]   FAILED: {text}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
        ok "trixie disk image, SourceDateEpoch set, required packages in, no network packages"
    else
        fail "mkosi configuration content"
    fi
else
    cat "$scratch/summary.txt" >&2
    fail "mkosi summary"
fi

# -- result --------------------------------------------------------------------------

if [ "${#failures[@]}" -gt 0 ]; then
    say "FAILED: ${failures[*]}"
    exit 1
fi
say "all appliance checks passed (the image itself is built and booted on demand: deploy/build-image.sh, deploy/boot-check.sh)"
