"""`keying batch import|list|show|set-priority|close|gold`: batches of scanned documents."""

from __future__ import annotations

import argparse
import sys

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, guarded, report, upgrade_schema


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import",
        help="import scans (folders, JPEG, PNG, TIFF, PDF) as a new batch",
        description=(
            "Import scanned documents as a new batch, all or nothing. Folders are read "
            "recursively in natural order (page2 before page10). One document per file, or "
            "each file cut every N pages with --pages-per-document; a document's reference is "
            "its file name without extension (name#2 for the second document of a file). "
            "Unreadable files are skipped and listed; duplicate references stop the import "
            "before anything is written."
        ),
    )
    imp.add_argument(
        "--form",
        required=True,
        metavar="FORM",
        help="a form definition file (stored if new), or the name[@version] of a stored one",
    )
    imp.add_argument("--name", required=True, metavar="NAME", help="the new batch's name")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to import")
    imp.add_argument(
        "--pages-per-document",
        type=int,
        metavar="N",
        help="cut each file into documents of N pages (default: one document per file)",
    )
    imp.add_argument(
        "--dpi", type=int, default=200, help="resolution PDF pages are rasterized at (200)"
    )
    add_database_url(imp)
    imp.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from keying.commands.progress import progress_bar
    from keying.config import resolve_database_url
    from keying.ingest_service import (
        ImportCancelled,
        ImportProgress,
        ImportRefused,
        ImportRequest,
        import_batch,
    )
    from keying.storage.engine import make_engine, session_factory

    prog = "keying batch import"
    url = resolve_database_url(args.database_url)
    request = ImportRequest(args.form, args.name, args.paths, args.pages_per_document, args.dpi)
    try:
        upgrade_schema(url)
        engine = guarded(url, lambda: make_engine(url))
        try:
            with progress_bar("importing") as bar:

                def show(p: ImportProgress) -> None:
                    name = p.path.name if p.path else ""
                    bar.update(p.files_done, p.files_total, name)

                result = guarded(url, lambda: import_batch(session_factory(engine), request, show))
        finally:
            engine.dispose()
    except ImportRefused as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        return 1
    except (ImportCancelled, KeyboardInterrupt):
        print(f"{prog}: interrupted: nothing was imported", file=sys.stderr)
        return 130
    except CommandError as exc:
        return report(prog, exc)
    for skipped in result.skipped:
        print(f"skipped {skipped}", file=sys.stderr)
    print(
        f"batch {result.batch!r} ({result.form}): {result.documents} documents, "
        f"{result.pages} pages imported ({result.new_blobs} new page images stored); "
        f"{len(result.skipped)} skipped"
    )
    return 0
