"""`python -m ocr read --template T.json IMAGE...`: read scanned PV pages, print JSON.

Exit 0 when every page was accepted, 2 when any page was refused or the
template cannot be used (the other pages are still read and printed).
"""

from __future__ import annotations

import argparse
import json
import sys

from ocr.printed import make_header_check, tesseract_available
from ocr.read import TemplateFileError, load_templates, read_images


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ocr", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    read = commands.add_parser("read", help='read scanned pages; prints {"pages": [...]}')
    read.add_argument("--template", required=True, metavar="T.json", help="from `kiosk forms template`")
    read.add_argument("--no-header-check", action="store_true", help="skip the check of the printed header")
    read.add_argument(
        "--header-check",
        choices=("render", "tesseract"),
        default="render",
        help="compare the header with its rendering (default; Tesseract reads it only when it differs), "
        "or read every header with Tesseract",
    )
    read.add_argument("images", nargs="+", metavar="IMAGE")
    args = parser.parse_args(argv)
    try:
        templates = load_templates(args.template)
    except TemplateFileError as error:
        print(f"ocr: {error}", file=sys.stderr)
        return 2
    header_check = None
    if not args.no_header_check:
        if args.header_check == "render":
            header_check = make_header_check()  # Tesseract, when installed, says what a differing header reads
        elif tesseract_available():
            header_check = make_header_check(method="tesseract")
        else:
            print("ocr: tesseract-ocr is not installed: the printed header is not cross-checked", file=sys.stderr)
    results = read_images(args.images, templates, header_check=header_check)
    json.dump({"pages": [r.to_json() for r in results]}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0 if all(r.accepted for r in results) else 2


if __name__ == "__main__":
    sys.exit(main())
