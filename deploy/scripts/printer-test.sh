#!/bin/sh
# Print a test page on a kiosk printer and check that the queue is a local USB printer.
#
#   printer-test.sh [NAME]      NAME defaults to the default printer (lpstat -d)
#
# The page says which machine and queue printed it and when, so it can be kept with
# the election-night records. Exit status: 0 sent, 1 not sent, 2 bad queue.
set -eu

name=${1:-}
if [ -z "$name" ]; then
    name=$(lpstat -d 2>/dev/null | sed -n 's/^system default destination: //p')
fi
if [ -z "$name" ]; then
    echo "printer-test: no printer given and no default printer set (printer-setup.sh)" >&2
    exit 2
fi

device=$(lpstat -v "$name" 2>/dev/null | sed -n 's/^device for [^:]*: //p')
case "$device" in
usb://*) ;;
"") echo "printer-test: no printer queue '$name'" >&2; exit 2 ;;
*) echo "printer-test: queue '$name' prints to '$device', not to a usb:// printer" >&2; exit 2 ;;
esac

now=$(date '+%Y-%m-%d %H:%M:%S %Z')
host=$(cat /etc/hostname 2>/dev/null || echo stemkiosk)
if printf '%s\n' \
    "Stemkiosk - testafdruk / test page" \
    "" \
    "Machine:  $host" \
    "Printer:  $name ($device)" \
    "Tijd/time: $now" \
    "" \
    "0123456789  ABCDEFGHIJKLMNOPQRSTUVWXYZ  abcdefghijklmnopqrstuvwxyz" |
    lp -d "$name" -t "Stemkiosk testafdruk"; then
    echo "printer-test: test page sent to $name"
else
    echo "printer-test: the test page could not be sent to $name" >&2
    exit 1
fi
