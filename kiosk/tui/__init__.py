"""The kiosk's terminal UI (Textual). It calls services only; every rule stays in the domain."""

import os

#: How often Textual may paint. A field's crop is drawn a frame after the field (typing never
#: waits for a picture); at Textual's default of 60 that frame cost the crop ~17 ms more
#: (tests/bench/bench_tui.py: Enter → crop p95 92 ms at 60, 76 ms at 120; the field itself 15 and
#: 11 ms). Textual reads it once, when it is first imported: import this package before it.
FRAMES_PER_SECOND = 120

os.environ.setdefault("TEXTUAL_FPS", str(FRAMES_PER_SECOND))
