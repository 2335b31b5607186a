"""boot-check helper: talk to a running QEMU over QMP, and read its screen with tesseract.

Used by deploy/boot-check.sh only (host side, standard library + tesseract; python3-pil is
used when present to enlarge and invert the screen for the OCR). Not part of the image.

    qmp.py SOCKET screendump FILE.png      the guest's screen as PNG (QEMU monitor screendump)
    qmp.py SOCKET type TEXT                 type TEXT on the guest's keyboard (send-key per key)
    qmp.py SOCKET key KEY...                press keys by QEMU name: ret, f4, esc, ...
    qmp.py SOCKET hmp COMMAND               one human monitor command, prints its answer
    qmp.py SOCKET reset                     hard reset (system_reset): like the reset button
    qmp.py SOCKET quit                      stop QEMU at once
    qmp.py - ocr FILE.png                   print the text tesseract reads on a screendump
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

KEYS = {
    " ": "spc",
    "-": "minus",
    ".": "dot",
    "/": "slash",
    ",": "comma",
    "\n": "ret",
}


class Qmp:
    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(30)
        self.sock.connect(path)
        self.file = self.sock.makefile("rwb")
        self._read()  # greeting
        self.call("qmp_capabilities")

    def _read(self) -> dict:
        while True:
            line = self.file.readline()
            if not line:
                raise RuntimeError("QMP connection closed")
            message = json.loads(line)
            if "event" not in message:
                return message

    def call(self, command: str, **arguments: object) -> object:
        request: dict = {"execute": command}
        if arguments:
            request["arguments"] = arguments
        self.file.write(json.dumps(request).encode() + b"\n")
        self.file.flush()
        answer = self._read()
        if "error" in answer:
            raise RuntimeError(f"{command}: {answer['error'].get('desc', answer['error'])}")
        return answer.get("return")

    def keys(self, *names: str) -> None:
        self.call("send-key", keys=[{"type": "qcode", "data": name} for name in names])
        time.sleep(0.12)


def key_of(char: str) -> list[str]:
    if char in KEYS:
        return [KEYS[char]]
    if char.isupper():
        return ["shift", char.lower()]
    if char.isalnum() and char.isascii():
        return [char]
    raise SystemExit(f"qmp.py: no key for {char!r}")


def ocr(png: str) -> str:
    """The text on a screendump; the screen is enlarged and inverted first when Pillow is there."""
    with tempfile.TemporaryDirectory() as scratch:
        source = png
        try:
            from PIL import Image, ImageOps

            image = Image.open(png).convert("L")
            image = ImageOps.invert(image).resize((image.width * 2, image.height * 2))
            source = os.path.join(scratch, "ocr.png")
            image.save(source)
        except ImportError:
            pass
        done = subprocess.run(["tesseract", source, "-", "--psm", "11"], capture_output=True, text=True, check=False)
        return done.stdout


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, command, args = argv[1], argv[2], argv[3:]
    if command == "ocr":
        if not shutil.which("tesseract"):
            print("qmp.py: tesseract is not installed", file=sys.stderr)
            return 2
        print(ocr(args[0]))
        return 0
    qmp = Qmp(path)
    if command == "screendump":
        target = os.path.abspath(args[0])
        try:
            qmp.call("screendump", filename=target, format="png")
        except RuntimeError:  # QEMU before 7.1 writes PPM only
            qmp.call("screendump", filename=target)
    elif command == "type":
        for char in " ".join(args):
            qmp.keys(*key_of(char))
    elif command == "key":
        for name in args:
            qmp.keys(*name.split("+"))
    elif command == "hmp":
        print(qmp.call("human-monitor-command", **{"command-line": " ".join(args)}))
    elif command == "reset":
        qmp.call("system_reset")
    elif command == "quit":
        try:
            qmp.call("quit")
        except RuntimeError:
            pass
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
