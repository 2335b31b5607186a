"""``python -m kiosk.airgap``: see ``kiosk.airgap.cli``."""

import sys

from kiosk.airgap.cli import main

sys.exit(main())
