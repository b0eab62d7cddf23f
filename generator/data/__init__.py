"""Data files the generator ships (see ``places.py`` for how each is made)."""
