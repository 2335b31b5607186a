#!/bin/sh
# Set up a locally attached (USB) printer in CUPS for the kiosk, as root.
#
#   printer-setup.sh NAME URI MODEL
#
#   NAME   queue name: letters, digits, '-' and '_' (e.g. totaalblad)
#   URI    the device, only usb://... (list them with: lpinfo --include-schemes usb -v)
#   MODEL  the driver, as listed by `lpinfo -m`, e.g. drv:///sample.drv/generic.ppd
#          (Generic PostScript) or drv:///sample.drv/generpcl.ppd (Generic PCL laser)
#
# "-m everywhere" (IPP Everywhere) is refused: CUPS builds that driver by asking the
# printer over IPP, which only works for ipp:// and ipps:// device URIs, never usb://.
# The queue becomes the default, is enabled, accepts jobs and is never shared.
set -eu

usage() {
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ "$#" -eq 3 ] || usage
name=$1
uri=$2
model=$3

case "$name" in
"" | *[!A-Za-z0-9_-]*) echo "printer-setup: bad queue name '$name'" >&2; exit 2 ;;
esac
case "$uri" in
usb://?*) ;;
*) echo "printer-setup: only usb:// printers are allowed on the kiosk, not '$uri'" >&2; exit 2 ;;
esac
case "$model" in
everywhere)
    echo "printer-setup: 'everywhere' needs an ipp:// printer; choose a driver from 'lpinfo -m'" >&2
    exit 2 ;;
"" | -*) echo "printer-setup: bad driver '$model'" >&2; exit 2 ;;
esac

lpadmin -p "$name" -E -v "$uri" -m "$model" -o printer-is-shared=false
lpadmin -d "$name"
cupsenable "$name"
cupsaccept "$name"
lpstat -v "$name"
echo "printer-setup: $name is ready; print a test page with printer-test.sh $name"
