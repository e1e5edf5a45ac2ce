"""keying: double-entry keying of scanned documents."""

__version__ = "0.1.0"
