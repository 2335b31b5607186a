"""Widgets of the kiosk UI, one per module."""
