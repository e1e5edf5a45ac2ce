"""Demo data: generated documents of the shipped form definitions, with true values."""

from keying.demo.render import render_document
from keying.demo.values import DemoDocument, generate_batch, generate_values

__all__ = ["DemoDocument", "generate_batch", "generate_values", "render_document"]
