"""`keying batch import|list|show|set-priority|close|gold|set-sampling`: batches of scanned
documents."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, in_session, report, run_command, run_use_case
from keying.forms.wording import english
from keying.storage.vocabulary import DocumentStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from keying.services.passes import LinesReport
    from keying.storage.models import Batch


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

    ls = sub.add_parser(
        "list",
        help="list the batches in the order the queue serves them",
        description="Every batch, highest priority first: form, documents, state, progress.",
    )
    add_database_url(ls)
    ls.set_defaults(run=run_list)

    show = sub.add_parser(
        "show",
        help="one batch in detail",
        description="A batch's form, priority, state, documents by status and open tasks.",
    )
    show.add_argument("name", metavar="NAME")
    show.add_argument(
        "--documents", action="store_true", help="also list every document and its status"
    )
    add_database_url(show)
    show.set_defaults(run=run_show)

    prio = sub.add_parser(
        "set-priority",
        help="set a batch's priority (higher is served first)",
        description=(
            "Set a batch's priority: the operator queue serves batches by priority, higher "
            "first (0 by default), then in the order they were imported."
        ),
    )
    prio.add_argument("name", metavar="NAME")
    prio.add_argument("priority", type=int, metavar="PRIORITY")
    add_database_url(prio)
    prio.set_defaults(run=run_set_priority)

    close = sub.add_parser(
        "close",
        help="close a batch: no more keying tasks are handed out",
        description=(
            "Close a batch: the queue hands out no more of its key tasks (tasks already "
            "claimed may still be finished and sent). Its data stays and can be exported."
        ),
    )
    close.add_argument("name", metavar="NAME")
    add_database_url(close)
    close.set_defaults(run=run_close)

    rec = sub.add_parser(
        "reconcile",
        help="reconcile the documents whose two passes are in and wait for it",
        description=(
            "Reconcile every document whose passes 1 and 2 are both in and that is not "
            "reconciled yet. On PostgreSQL an operator's own role cannot read the other pass, "
            "so its push does not reconcile: a supervisor's or admin's window does it, and so "
            "does this command (run it on a schedule, as the database's owner)."
        ),
    )
    add_database_url(rec)
    rec.set_defaults(run=run_reconcile)

    gold = sub.add_parser(
        "gold",
        help="mark documents as gold with their true values (JSONL)",
        description=(
            "Mark documents of a batch as gold documents with their true values, from a JSONL "
            'file of lines {"document": REFERENCE, "values": {...}} (the format of keying '
            "reconcile). Every value is checked as a keyed value; one bad line and nothing is "
            "written."
        ),
    )
    gold.add_argument("--batch", required=True, metavar="NAME")
    gold.add_argument("--values", required=True, metavar="FILE.jsonl")
    add_database_url(gold)
    gold.set_defaults(run=run_gold)

    from keying.commands import sampling

    sampling.register(sub)


def run_import(args: argparse.Namespace) -> int:
    from keying.commands.progress import progress_bar
    from keying.config import resolve_database_url
    from keying.services.ingest import (
        ImportCancelled,
        ImportProgress,
        ImportRefused,
        ImportReport,
        ImportRequest,
        import_batch,
    )

    prog = "keying batch import"
    url = resolve_database_url(args.database_url)
    request = ImportRequest(args.form, args.name, args.paths, args.pages_per_document, args.dpi)
    try:

        def run_import(sessions: sessionmaker[Session]) -> ImportReport:
            with progress_bar("importing") as bar:

                def show(p: ImportProgress) -> None:
                    name = p.path.name if p.path else ""
                    bar.update(p.files_done, p.files_total, name)

                return import_batch(sessions, request, show)

        result = run_use_case(url, run_import)
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


def _batch_or_fail(session: Session, name: str) -> Batch:
    from keying.storage.batches import find_batch

    batch = find_batch(session, name)
    if batch is None:
        raise CommandError(f"no batch named {name!r} (see keying batch list)")
    return batch


def run_list(args: argparse.Namespace) -> int:
    from keying.storage.batches import BatchSummary, all_batches, summarise

    def show(summaries: list[BatchSummary]) -> None:
        if not summaries:
            print("no batches yet: import one with `keying batch import`")
            return
        header = ("priority", "state", "documents", "final", "form", "name")
        rows = [
            (
                str(b.priority),
                b.state,
                str(b.documents),
                str(b.statuses.get(DocumentStatus.FINAL, 0)),
                b.form,
            )
            for b in summaries
        ]
        names = [b.name for b in summaries]
        widths = [max(len(r[i]) for r in [header[:5], *rows]) for i in range(5)]
        for row, name in zip([header[:5], *rows], [header[5], *names], strict=True):
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)), name)

    summaries = in_session(lambda s: [summarise(s, b) for b in all_batches(s)])
    return run_command("keying batch list", args, summaries, show)


def run_show(args: argparse.Namespace) -> int:
    from keying.commands.sampling import sampling_lines
    from keying.storage.batches import document_statuses, summarise

    def action(session: Session) -> list[str]:
        batch = _batch_or_fail(session, args.name)
        b = summarise(session, batch)
        lines = [
            f"batch     {b.name}",
            f"form      {b.form}",
            f"priority  {b.priority}",
            f"state     {b.state}"
            + (f" (closed {b.closed_at:%Y-%m-%d %H:%M})" if b.closed_at else ""),
            f"created   {b.created_at:%Y-%m-%d %H:%M}",
            f"documents {b.documents} ({b.pages} pages)",
        ]
        lines += [f"  {status:<10} {n}" for status, n in sorted(b.statuses.items())]
        tasks = ", ".join(f"{n} {kind}" for kind, n in sorted(b.open_tasks.items())) or "none"
        lines.append(f"open tasks {tasks}")
        lines += sampling_lines(session, batch)
        if args.documents:
            lines += [
                f"  {ref}  {status}  {english('%n page(s)', pages)}  {source or ''}".rstrip()
                for ref, status, pages, source in document_statuses(session, batch)
            ]
        return lines

    return run_command(
        "keying batch show", args, in_session(action), lambda lines: print("\n".join(lines))
    )


def run_set_priority(args: argparse.Namespace) -> int:
    from keying.storage import repo

    def action(session: Session) -> int:
        batch = _batch_or_fail(session, args.name)
        before = batch.priority
        batch.priority = args.priority
        repo.audit(session, "batch_priority_set", None, batch=batch.name, priority=args.priority)
        session.commit()
        return before

    def show(before: int) -> None:
        print(f"batch {args.name!r}: priority {before} → {args.priority}")

    return run_command("keying batch set-priority", args, in_session(action), show)


def run_close(args: argparse.Namespace) -> int:
    from keying.storage import repo
    from keying.storage.batches import close_batch

    def action(session: Session) -> bool:
        batch = _batch_or_fail(session, args.name)
        changed = close_batch(session, batch)
        if changed:
            repo.audit(session, "batch_closed", None, batch=batch.name)
        session.commit()
        return changed

    def show(changed: bool) -> None:
        print(
            f"closed batch {args.name!r}" if changed else f"batch {args.name!r} was closed already"
        )

    return run_command("keying batch close", args, in_session(action), show)


def run_reconcile(args: argparse.Namespace) -> int:
    from keying.services.closing import close_ready_documents

    def action(session: Session) -> int:
        total = 0
        while closed := close_ready_documents(session):
            session.commit()
            total += closed
        return total

    def show(closed: int) -> None:
        none = "no document waits to be reconciled"
        print(english("reconciled %n document(s)", closed) if closed else none)

    return run_command("keying batch reconcile", args, in_session(action), show)


def run_gold(args: argparse.Namespace) -> int:
    from keying.commands.passes import print_refusals
    from keying.services.passes import PassImportRefused, import_gold

    prog = "keying batch gold"

    def show(result: LinesReport) -> int:
        if not result.written:
            print_refusals(prog, args.values, result)
            return 1
        print(f"batch {args.batch!r}: {result.imported} documents marked gold")
        return 0

    return run_command(
        prog,
        args,
        lambda sessions: import_gold(sessions, args.batch, args.values),
        show,
        (PassImportRefused,),
    )
