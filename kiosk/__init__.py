"""Stemkiosk: offline calculation aid for Dutch municipal counting committees."""

__version__ = "0.1.0"
