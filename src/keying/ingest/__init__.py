"""Scans into pages: folders of images, multi-page TIFF and PDF (Pillow, pypdfium2).

- `files`: which files an import reads (recursive, natural order) and which it skips;
- `pages`: one file → upright page images ready to store, or `UnreadableFile` with a reason;
- `plan`: files → documents and their external references (`name`, `name#2`), duplicates.

No database here: `keying.services.ingest` stores what these produce.
"""
