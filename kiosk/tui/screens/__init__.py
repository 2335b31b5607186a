"""The kiosk's screens, one per module."""
