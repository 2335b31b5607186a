"""Storage: one SQLite file (through sqlite-utils) plus content-addressed page images.

Every change is written together with its audit event in one transaction, so the
audit log can never disagree with the data it describes.
"""

from kiosk.store.database import Store, open_store
from kiosk.store.home import resolve_home

__all__ = ["Store", "open_store", "resolve_home"]
