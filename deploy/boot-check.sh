#!/usr/bin/env bash
# Boot the image that deploy/build-image.sh built, in QEMU, and check the appliance from
# the outside. On demand only (not in .ci/run: far too slow for CI).
#
#   bash deploy/boot-check.sh [--record]
#
# --record copies the login screendump and the results into deploy/boot-check/ (for
# deploy/README.md's "measured run"). Everything else stays in $STEMKIOSK_IMAGE_DIR/boot-check.
# Environment: STEMKIOSK_IMAGE_DIR (default /var/tmp/stemkiosk-image), STEMKIOSK_ACCEL
# (kvm or tcg; default kvm when /dev/kvm works, else tcg).
#
# Run time on 2 cores: 17 to 21 min with TCG (measured on this project's machine kind,
# where /dev/kvm exists but cannot run a guest): two boots of 5 to 8 min each (to the
# login screen), ~3 min for logging in and entering 14 fields, ~1 min to copy the image.
# With a working KVM it should be a few minutes (not measured here).
#
# The virtual machine: q35, UEFI (OVMF, Secure Boot off), a TPM 2.0 (swtpm), the image as
# its disk (a copy, grown by 10 GiB so that systemd-repart can add the data partition at
# first boot), no PS/2 keyboard and no network card, and on a USB 3 controller: a USB
# keyboard, a USB stick (FAT, one file) and a USB network adapter (QEMU usb-net, CDC/RNDIS,
# its other end a QEMU "user" network with restrict=on: nothing could leave the host
# even if the guest brought it up). A serial port logs to serial.log, the QEMU monitor (QMP)
# takes screendumps (PNG), types on the USB keyboard and presses reset.
#
# What is added to the copy, and why (the built image itself is never changed; its
# SHA-256 is checked before and after): the appliance has no shell and no serial console,
# so two test-only units from deploy/boot-check/ are put into the copy's root file system:
#   stemkiosk-test-provision.service  the demo election and its accounts in the data
#                                     directory (kiosk demo --setup-only --no-scans), so the
#                                     check can log in and enter results;
#   stemkiosk-test-report.service     at every boot, a read-only report on the serial port
#                                     (test-report): units, interfaces, USB, mounts, nft,
#                                     encryption, the confirmed fields of station 1.
# Nothing else differs from the built image.
#
# Checks (each PASS or FAILED, with the evidence in results.txt):
#   1 kiosk     stemkiosk.service active on tty1, not restarting, cage + foot + kiosk tui running
#   2 login     the login screen is on the screen (screendump, OCR: "Gebruikersnaam",
#               "Wachtwoord"); the time from power-on to it is the boot time
#   3 network   no interface but lo is up, no route, with the USB network adapter attached
#               (and blocked); no USB network driver in the kernel log of the whole boot
#   4 usb-stick the USB stick is present, blocked by usbguard, has no driver and no disk,
#               none in the kernel log of the whole boot (initrd included), nothing from it
#               is mounted; the USB keyboard is allowed (it typed)
#   5 nft       the nft ruleset is loaded: table inet stemkiosk, five drop policies
#   6 luks      the data directory is on dm-crypt LUKS2 (inside the VM), bound to the TPM2;
#               after power-off, the data partition on the disk starts with a LUKS2 header
#               (cryptsetup luksDump on the host)
#   7 reset     log in as invoerder1, open station 1 without a scan (F4), confirm 14 fields,
#               type a 15th without confirming, hard reset (QEMU system_reset) while the
#               entry is open; after the reboot the kiosk is back (login screen) and the
#               database holds exactly the 14 confirmed values; logging in again, the entry
#               resumes with 14 confirmed (screen)
set -euo pipefail

deploy="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
helpers="$deploy/boot-check"
out="${STEMKIOSK_IMAGE_DIR:-/var/tmp/stemkiosk-image}"
image="$out/stemkiosk.raw"
run="$out/boot-check"
record=0
[ "${1:-}" = "--record" ] && record=1

say() { printf '[boot-check] %s\n' "$*"; }
# Debian's python3 (where apt puts python3-pil), not whatever python3 is first on PATH.
py=/usr/bin/python3
qmp() { "$py" "$helpers/qmp.py" "$run/qmp.sock" "$@"; }

if [ "$(id -u)" -ne 0 ]; then say "run as root"; exit 2; fi
if [ ! -s "$image" ]; then say "no image at $image: run bash deploy/build-image.sh first"; exit 2; fi

# -- host tools -------------------------------------------------------------------------
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
[ -e /usr/share/OVMF/OVMF_CODE_4M.fd ] || need+=(ovmf)
command -v swtpm >/dev/null || need+=(swtpm swtpm-tools)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
command -v mcopy >/dev/null || need+=(mtools)
command -v mkfs.vfat >/dev/null || need+=(dosfstools)
command -v cryptsetup >/dev/null || need+=(cryptsetup-bin)
command -v sfdisk >/dev/null || need+=(fdisk)
/usr/bin/python3 -c 'import PIL' 2>/dev/null || need+=(python3-pil)
if [ "${#need[@]}" -gt 0 ]; then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# -- results ------------------------------------------------------------------------------
declare -A result evidence
order=(kiosk login network usb-stick nft luks reset)
for c in "${order[@]}"; do result[$c]="NOT RUN"; evidence[$c]="the run stopped before this check"; done
check() { # check NAME PASS|FAILED EVIDENCE
    result[$1]=$2
    evidence[$1]=$3
    say "  $2: $1 - $3"
}

qemu_pid=""
swtpm_pid=""
loop=""
cleanup() {
    if [ -n "$loop" ]; then umount "$run/root" 2>/dev/null || true; losetup -d "$loop" 2>/dev/null || true; fi
    if [ -n "$qemu_pid" ] && kill -0 "$qemu_pid" 2>/dev/null; then kill "$qemu_pid" 2>/dev/null || true; fi
    if [ -n "$swtpm_pid" ] && kill -0 "$swtpm_pid" 2>/dev/null; then kill "$swtpm_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

summary() {
    local failed=0 c
    {
        echo "date $(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "image $image"
        echo "image_sha256 $image_sha"
        echo "image_size_bytes $(stat -c %s "$image")"
        echo "accel $accel"
        echo "boot_to_login_first_s ${boot1:-?}"
        echo "boot_to_login_after_reset_s ${boot2:-?}"
        echo "run_seconds $(($(date +%s) - run_start))"
        for c in "${order[@]}"; do
            echo "check $c ${result[$c]// /_} ${evidence[$c]}"
            [ "${result[$c]}" = PASS ] || failed=1
        done
    } >"$run/results.txt"
    say "---------------------------------------------------------------"
    say "boot to login screen: first boot ${boot1:-?} s, after the hard reset ${boot2:-?} s ($accel)"
    for c in "${order[@]}"; do say "$(printf '%-8s %-9s %s' "${result[$c]}" "$c" "${evidence[$c]}")"; done
    say "results: $run/results.txt, screens: $run/*.png, serial log: $run/serial.log"
    if [ "$record" -eq 1 ]; then
        cp "$run/results.txt" "$helpers/last-run.txt"
        [ -s "$run/login.png" ] && cp "$run/login.png" "$helpers/login.png"
        [ -s "$run/before-reset.png" ] && cp "$run/before-reset.png" "$helpers/before-reset.png"
        [ -s "$run/entry-resumed.png" ] && cp "$run/entry-resumed.png" "$helpers/entry-resumed.png"
        say "recorded in ${helpers#"$deploy/../"}/"
    fi
    return "$failed"
}
stop() { # stop REASON: end the run here; every check not run yet stays NOT RUN
    say "STOPPED: $*"
    summary || true
    exit 1
}

run_start=$(date +%s)
rm -rf "$run"
mkdir -p "$run/root" "$run/tpm"
image_sha=$(sha256sum "$image" | cut -d' ' -f1)
say "image $image ($(numfmt --to=iec-i --suffix=B "$(stat -c %s "$image")"), sha256 $image_sha"

# -- the disk: a copy of the image with the two test-only units ---------------------------
disk="$run/disk.raw"
cp --sparse=always "$image" "$disk"
truncate -s +10G "$disk"
root_part=$(sfdisk --json "$disk" 2>/dev/null | "$py" -c '
import json, sys
table = json.load(sys.stdin)["partitiontable"]
for part in table["partitions"]:
    if part["type"].upper() == "4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709":  # root, x86-64
        print(part["start"] * table.get("sectorsize", 512), part["size"] * table.get("sectorsize", 512))
')
[ -n "$root_part" ] || stop "no x86-64 root partition in $image"
read -r root_offset root_size <<<"$root_part"
loop=$(losetup --find --show --offset "$root_offset" --sizelimit "$root_size" "$disk")
mount "$loop" "$run/root"
install -m 0644 "$helpers/stemkiosk-test-provision.service" "$helpers/stemkiosk-test-report.service" \
    "$run/root/etc/systemd/system/"
install -m 0755 "$helpers/test-report" "$run/root/usr/libexec/stemkiosk/test-report"
mkdir -p "$run/root/etc/systemd/system/graphical.target.wants"
ln -sf ../stemkiosk-test-provision.service "$run/root/etc/systemd/system/graphical.target.wants/"
ln -sf ../stemkiosk-test-report.service "$run/root/etc/systemd/system/graphical.target.wants/"
umount "$run/root"
losetup -d "$loop"
loop=""
say "disk: copy of the image + 10 GiB + the test-only units (provision, report)"

# -- the USB stick: FAT with one file -------------------------------------------------------
truncate -s 64M "$run/stick.raw"
mkfs.vfat -n STICK "$run/stick.raw" >/dev/null
echo "if the kiosk can read this, the USB stick was not blocked" >"$run/README.TXT"
mcopy -i "$run/stick.raw" "$run/README.TXT" ::README.TXT

# -- TPM 2.0 and firmware -----------------------------------------------------------------
swtpm socket --tpm2 --tpmstate dir="$run/tpm" --ctrl type=unixio,path="$run/swtpm.sock" \
    --log file="$run/swtpm.log" &
swtpm_pid=$!
cp /usr/share/OVMF/OVMF_VARS_4M.fd "$run/ovmf-vars.fd"

# -- accelerator ----------------------------------------------------------------------------
accel="${STEMKIOSK_ACCEL:-}"
if [ -z "$accel" ]; then
    # /dev/kvm may exist and still not run a guest (nested KVM here: "failed to set MSR
    # 0x10a", or "KVM internal error ... emulation failure" in the firmware). So the probe
    # runs the firmware for 10 s: usable only if QEMU is still running then, without error.
    accel=tcg
    if [ -w /dev/kvm ]; then
        # (in a subshell whose stderr is the log: bash's "Aborted" for the crashed QEMU goes there too)
        probe_rc=$( (timeout 10 qemu-system-x86_64 -accel kvm -machine q35 -cpu host -nodefaults -display none -m 256 \
            -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd \
            >"$run/kvm-probe.log" 2>&1; echo $?) 2>>"$run/kvm-probe.log")
        if [ "$probe_rc" -eq 124 ] && ! grep -qi 'error' "$run/kvm-probe.log"; then
            accel=kvm
        else
            say "KVM not usable here (probe: exit $probe_rc, $(grep -i -m1 error "$run/kvm-probe.log" || true)): TCG"
        fi
    fi
fi
if [ "$accel" = kvm ]; then cpu=host; else cpu=max; fi
timeout_boot=$([ "$accel" = kvm ] && echo 600 || echo 2400)
say "accelerator: $accel"

# -- boot ---------------------------------------------------------------------------------------
for _ in $(seq 50); do [ -S "$run/swtpm.sock" ] && break; sleep 0.1; done
qemu-system-x86_64 \
    -name stemkiosk-boot-check -nodefaults -display none \
    -machine q35,i8042=off -accel "$accel" -cpu "$cpu" -smp 2 -m 2048 \
    -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd \
    -drive if=pflash,format=raw,unit=1,file="$run/ovmf-vars.fd" \
    -chardev socket,id=chrtpm,path="$run/swtpm.sock" -tpmdev emulator,id=tpm0,chardev=chrtpm \
    -device tpm-tis,tpmdev=tpm0 \
    -drive if=none,id=system,format=raw,file="$disk" -device virtio-blk-pci,drive=system,bootindex=1 \
    -vga std \
    -device qemu-xhci,id=xhci \
    -device usb-kbd,bus=xhci.0 \
    -drive if=none,id=stick,format=raw,file="$run/stick.raw" -device usb-storage,bus=xhci.0,drive=stick \
    -netdev user,id=usbnet,restrict=on -device usb-net,bus=xhci.0,netdev=usbnet \
    -serial file:"$run/serial.log" \
    -qmp unix:"$run/qmp.sock",server=on,wait=off \
    >"$run/qemu.log" 2>&1 &
qemu_pid=$!
boot_start=$(date +%s)
for _ in $(seq 100); do [ -S "$run/qmp.sock" ] && break; sleep 0.1; done
kill -0 "$qemu_pid" 2>/dev/null || stop "QEMU did not start: $(tail -n 3 "$run/qemu.log")"

# wait_screen NAME TIMEOUT WORD...: screendumps every 3 s until the OCR finds every WORD;
# prints the seconds it took; the last screendump is NAME.png, its text NAME.txt.
wait_screen() {
    local name=$1 limit=$2 start now
    shift 2
    start=$(date +%s)
    while :; do
        now=$(date +%s)
        if [ $((now - start)) -gt "$limit" ]; then return 1; fi
        kill -0 "$qemu_pid" 2>/dev/null || return 1
        if qmp screendump "$run/$name.png" 2>/dev/null && [ -s "$run/$name.png" ]; then
            "$py" "$helpers/qmp.py" - ocr "$run/$name.png" >"$run/$name.txt" 2>/dev/null || true
            local word missing=0
            for word in "$@"; do grep -qi -- "$word" "$run/$name.txt" || missing=1; done
            if [ "$missing" -eq 0 ]; then echo $(($(date +%s) - start)); return 0; fi
        fi
        sleep 3
    done
}

# report N: the Nth serial report (between BEGIN and END), once it is complete
wait_report() {
    local n=$1 limit=$2 start
    start=$(date +%s)
    until [ "$(grep -ac '^STEMKIOSK-REPORT-END' "$run/serial.log" 2>/dev/null || true)" -ge "$n" ]; do
        [ $(($(date +%s) - start)) -le "$limit" ] || return 1
        kill -0 "$qemu_pid" 2>/dev/null || return 1
        sleep 3
    done
    tr -d '\r' <"$run/serial.log" | awk -v n="$n" '
        /^STEMKIOSK-REPORT-BEGIN/ { k++ } k == n { print } /^STEMKIOSK-REPORT-END/ && k == n { exit }' >"$run/report-$n.txt"
}
field() { sed -nE "s/^$2 (.*)$/\1/p" "$run/report-$1.txt" | head -n1; }

say "booting (first boot: systemd-repart makes the encrypted data partition)"
if boot1=$(wait_screen login "$timeout_boot" Gebruikersnaam Wachtwoord); then
    boot1=$(($(date +%s) - boot_start))
    check login PASS "login screen on the screen $boot1 s after power-on (screendump login.png; OCR: Gebruikersnaam, Wachtwoord)"
else
    boot1=""
    check login FAILED "no login screen within $timeout_boot s (last screendump login.png, its OCR login.txt)"
fi
wait_report 1 "$timeout_boot" || stop "no report on the serial port within $timeout_boot s (serial.log)"
r=1

# 1 kiosk
unit=$(field $r kiosk_unit) restarts=$(field $r kiosk_restarts) tty=$(field $r kiosk_tty) vt=$(field $r active_vt)
procs=$(sed -nE 's/^kiosk_process ([^ ]+).*/\1/p' "$run/report-$r.txt" | sort -u | tr '\n' ' ')
tui=$(grep -c '^kiosk_process .*kiosk tui' "$run/report-$r.txt" || true)
as_root=$(grep -c '^kiosk_process [^ ]* uid=0 ' "$run/report-$r.txt" || true)
kiosk_uid=$(sed -nE 's/^kiosk_process cage uid=([0-9]+).*/\1/p' "$run/report-$r.txt" | head -n1)
if [ "$unit" = active ] && [ "$restarts" = 0 ] && [ "$tty" = /dev/tty1 ] && [ "$vt" = tty1 ] &&
    [[ " $procs" == *" cage "* ]] && [[ " $procs" == *" foot "* ]] && [ "$tui" -ge 1 ] && [ "$as_root" -eq 0 ]; then
    check kiosk PASS "stemkiosk.service active, 0 restarts, TTYPath=/dev/tty1, active VT tty1; running: ${procs}(kiosk tui), as uid $kiosk_uid, none as root"
else
    check kiosk FAILED "unit=$unit restarts=$restarts tty=$tty vt=$vt processes=[$procs] kiosk-tui=$tui as-root=$as_root"
fi

# 3 network
up=""
while read -r _ name _ flags _; do # netif NAME operstate=.. flags=0x.. carrier=..
    flags=${flags#flags=}
    if [ "$name" != lo ] && [ $((flags & 1)) -eq 1 ]; then up="$up$name "; fi # IFF_UP
done < <(grep '^netif ' "$run/report-$r.txt")
ifaces=$(awk '$1 == "netif" { printf "%s ", $2 }' "$run/report-$r.txt")
routes=$(grep -c '^route ' "$run/report-$r.txt" || true)
usbnet=$(grep -E '^usb .* id=0525:a4a2 ' "$run/report-$r.txt" || true)
qemu_usb=$(qmp hmp "info usb" 2>/dev/null | tr -d '\r' | tr '\n' ';')
net_log=$(grep -cE '^kernel_usb .*(cdc_ether|cdc_subset|rndis_host|usbnet)' "$run/report-$r.txt" || true)
[ "$(field $r kernel_log_lines)" -ge 100 ] 2>/dev/null || net_log="unknown (kernel log not read)"
if [ -z "$up" ] && [ "$routes" -eq 0 ] && [ -n "$usbnet" ] && [[ "$qemu_usb" == *"QEMU USB Network"* ]] &&
    grep -q '^usbguard .*block id 0525:a4a2' "$run/report-$r.txt" && [ "$net_log" = 0 ]; then
    check network PASS "interfaces: ${ifaces}- none up but lo, no routes; USB network adapter attached (QEMU: $(grep -o 'QEMU USB Network[^;]*' <<<"$qemu_usb"); guest: ${usbnet#usb }), blocked by usbguard, no USB network driver in the kernel log of the whole boot"
else
    check network FAILED "interfaces up besides lo: [${up}] routes=$routes usb-net in guest: [${usbnet}] usbguard: [$(grep '0525:a4a2' "$run/report-$r.txt" | grep '^usbguard' | head -n1)] kernel log lines about USB network drivers: $net_log"
fi

# 4 usb-stick
stick=$(grep -E '^usb .* id=46f4:0001 ' "$run/report-$r.txt" || true)
keyboard=$(grep -E '^usb .* interfaces=03,' "$run/report-$r.txt" | head -n1 || true)
mounted=$(grep -E '^mount /dev/sd' "$run/report-$r.txt" || true)
sd_disks=$(grep -cE '^block sd' "$run/report-$r.txt" || true)
# the kernel log must have been read (a journalctl that failed would hide everything)
kernel_lines=$(field $r kernel_log_lines)
[ "${kernel_lines:-0}" -ge 100 ] 2>/dev/null || kernel_lines=0
storage_log=$(grep -cE '^kernel_usb .*(usb-storage|uas|Attached SCSI|sd [0-9]+:)' "$run/report-$r.txt" || true)
[ "$kernel_lines" -gt 0 ] || storage_log="unknown (kernel log not read)"
if [ -n "$stick" ] && [[ "$stick" == *"authorized=0"* ]] && [[ "$stick" == *"drivers= "* ]] &&
    grep -q '^usbguard .*block id 46f4:0001' "$run/report-$r.txt" && [ "$sd_disks" -eq 0 ] &&
    [ "$storage_log" = 0 ] && ! grep -qE '^mount /dev/sd' "$run/report-$r.txt"; then
    check usb-stick PASS "stick attached and blocked: ${stick#usb }; $(grep '^usbguard .*46f4:0001' "$run/report-$r.txt" | cut -c10- | cut -d' ' -f1-4); no sd disk, none in the kernel log of the whole boot (initrd included), nothing mounted; keyboard allowed: ${keyboard#usb }"
else
    check usb-stick FAILED "stick: [${stick}] sd disks: $sd_disks, kernel log lines about USB storage or sd: $storage_log, mounts: [$mounted]"
fi

# 5 nft
drops=$(grep -c '^nft .*policy drop;' "$run/report-$r.txt" || true)
if grep -q '^nft table inet stemkiosk' "$run/report-$r.txt" && grep -q '^nft table arp stemkiosk_arp' "$run/report-$r.txt" &&
    [ "$drops" -eq 5 ]; then
    check nft PASS "ruleset loaded: table inet stemkiosk + table arp stemkiosk_arp, $drops chains with policy drop"
else
    check nft FAILED "nft list ruleset: $(grep -c '^nft ' "$run/report-$r.txt") lines, $drops drop policies ($(grep '^nft ' "$run/report-$r.txt" | head -n 3 | tr '\n' ' '))"
fi

# 6 luks (inside; the host side follows after power-off)
source_dev=$(field $r data_source)
dm=$(grep -E '^dm stemkiosk-data uuid=CRYPT-LUKS2-' "$run/report-$r.txt" || true)
part=$(grep -E '^block [^ ]+ part crypto_LUKS stemkiosk-data' "$run/report-$r.txt" || true)
tpm2=$(grep -cE '^cryptenroll .*tpm2' "$run/report-$r.txt" || true)
luks_inside=0
if [ "$source_dev" = /dev/mapper/stemkiosk-data ] && [ -n "$dm" ] && [ -n "$part" ] && [ "$tpm2" -ge 1 ]; then
    luks_inside=1
fi
luks_evidence="inside: /var/lib/stemkiosk on $source_dev, ${dm#dm }, partition ${part#block }, tpm2 keyslots: $tpm2"

# 7 reset: log in, enter, hard reset
say "entry: log in as invoerder1, station 1 without a scan (F4), 14 fields"
keys_ok=1
if ! { qmp type invoerder1 && qmp key ret && sleep 2 && qmp type stemkiosk-demo && qmp key ret; }; then keys_ok=0; fi
wait_screen overview 300 Overzicht >/dev/null || keys_ok=0
if [ "$keys_ok" -eq 1 ]; then
    if ! { qmp type 1 && sleep 2 && qmp key f4; }; then keys_ok=0; fi
    wait_screen entry 300 Eerste invoer >/dev/null || keys_ok=0
fi
expected=()
# confirm VALUE RESULT: type VALUE, Enter, and wait until the screen's header counts one
# more confirmed field ("N bevestigd"); RESULT ("CODE=VALUE") is what the database must hold.
confirmed=0
confirm() {
    [ "$keys_ok" -eq 1 ] || return 0
    if ! { qmp type "$1" && qmp key ret; }; then keys_ok=0; return 0; fi
    confirmed=$((confirmed + 1))
    if wait_screen "field-$confirmed" 180 "\\<$confirmed bevestigd" >/dev/null; then
        expected+=("$2")
    else
        keys_ok=0
        say "  the screen did not show '$confirmed bevestigd' after typing $1 (field-$confirmed.png)"
    fi
}
if [ "$keys_ok" -eq 1 ]; then
    # five pairs of tick boxes (yes/no): "no" ticked each time, then four counts
    for pair in obj_vote events notes_vote obj_count notes_count; do
        confirm n "R.$pair.yes=false"
        confirm j "R.$pair.no=true"
    done
    confirm 1234 A=1234
    confirm 12 B=12
    confirm 1246 D=1246
    confirm 317 E.1=317
    [ "$keys_ok" -eq 1 ] && qmp type 99 # the 15th field (E.2): typed, not confirmed
    sleep 2
    qmp screendump "$run/before-reset.png" || true
fi
if [ "$keys_ok" -eq 1 ]; then
    say "hard reset (system_reset) with the entry open at field 15"
    qmp reset
    reset_start=$(date +%s)
    sleep 5
    if boot2=$(wait_screen login-after-reset "$timeout_boot" Gebruikersnaam Wachtwoord); then
        boot2=$(($(date +%s) - reset_start))
    else
        boot2=""
    fi
    if wait_report 2 "$timeout_boot"; then
        got=$(sed -nE 's/^confirmed entry=1 (.*)$/\1/p' "$run/report-2.txt" | tr '\n' ' ')
        want="$(printf '%s ' "${expected[@]}")"
        count=$(field 2 confirmed_count)
        unit2=$(field 2 kiosk_unit)
        resumed=0
        qmp type invoerder1 && qmp key ret && sleep 1 && qmp type stemkiosk-demo && qmp key ret &&
            wait_screen overview-after-reset 300 Overzicht >/dev/null &&
            qmp type 1 && sleep 2 && qmp key ret &&
            wait_screen entry-resumed 300 "14 bevestigd" >/dev/null && resumed=1
        if [ -n "$boot2" ] && [ "$unit2" = active ] && [ "$got" = "$want" ] && [ "$count" = 14 ] && [ "$resumed" -eq 1 ]; then
            check reset PASS "after the hard reset the kiosk was back on the login screen in $boot2 s; the database holds exactly the 14 confirmed values (${got% }); the 15th, unconfirmed, is not there; logged in again, the entry resumes with '14 bevestigd' (entry-resumed.png)"
        else
            check reset FAILED "login screen after reset: ${boot2:-no}; kiosk unit: $unit2; confirmed in the database: [$got] (count $count), expected [$want]; entry resumed on screen: $resumed"
        fi
    else
        check reset FAILED "no second report on the serial port after the hard reset (serial.log)"
    fi
else
    check reset FAILED "could not drive the entry with the USB keyboard (see overview.png/.txt, entry.png/.txt, before-reset.png/.txt)"
fi

# power off, then 6 luks from the host: the data partition's header on the disk
qmp quit || true
for _ in $(seq 100); do kill -0 "$qemu_pid" 2>/dev/null || break; sleep 0.2; done
qemu_pid=""
data_part=$(sfdisk --json "$disk" 2>/dev/null | "$py" -c '
import json, sys
table = json.load(sys.stdin)["partitiontable"]
for part in table["partitions"]:
    if part.get("name") == "stemkiosk-data":
        print(part["start"] * table.get("sectorsize", 512), part["size"] * table.get("sectorsize", 512))
')
luks_host=0
if [ -n "$data_part" ]; then
    read -r data_offset data_size <<<"$data_part"
    loop=$(losetup --find --show --read-only --offset "$data_offset" --sizelimit "$data_size" "$disk")
    if cryptsetup luksDump "$loop" >"$run/luksDump.txt" 2>&1 && grep -q '^Version:[[:space:]]*2' "$run/luksDump.txt" &&
        grep -q 'systemd-tpm2' "$run/luksDump.txt"; then
        luks_host=1
    fi
    losetup -d "$loop"
    loop=""
    luks_evidence="$luks_evidence; host: partition stemkiosk-data ($((data_size / 1024 / 1024 / 1024)) GiB) is LUKS$(sed -nE 's/^Version:[[:space:]]*//p' "$run/luksDump.txt"), cipher $(sed -nE 's/^[[:space:]]*cipher:[[:space:]]*//p' "$run/luksDump.txt" | head -n1), token $(grep -o 'systemd-tpm2' "$run/luksDump.txt" | head -n1) (luksDump.txt)"
else
    luks_evidence="$luks_evidence; host: no partition named stemkiosk-data on the disk"
fi
if [ "$luks_inside" -eq 1 ] && [ "$luks_host" -eq 1 ]; then
    check luks PASS "$luks_evidence"
else
    check luks FAILED "$luks_evidence"
fi

if [ "$(sha256sum "$image" | cut -d' ' -f1)" != "$image_sha" ]; then
    say "the built image changed during the check: that must not happen"
    exit 1
fi
summary
