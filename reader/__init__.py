"""A terminal reader that sees who said what."""

__version__ = "0.1.0"
