"""Use cases: each combines the domain, the store (and later OCR) into one step of the night."""
