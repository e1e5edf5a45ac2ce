"""`keying reconcile --form FORM.yaml A.jsonl B.jsonl [--third C.jsonl] [--out OUT.jsonl]`.

Every failure is one line on stderr and a non-zero exit, never a traceback: a malformed
input line is reported as `file:line: message` and the run goes on (exit 1 at the end); an
input that cannot be read or an output that cannot be written stops the run (exit 1) and
leaves an existing output file as it was (see `outfile.py`).
"""

from __future__ import annotations

import argparse
import gc
import os
import stat
import sys
import time
from typing import IO, Any

from keying.forms.errors import FormDefinitionError


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--form", required=True, metavar="FORM.yaml", help="form definition")
    parser.add_argument("a", metavar="A.jsonl", help="pass A: one JSON object per line")
    parser.add_argument("b", metavar="B.jsonl", help="pass B, matched to A by document")
    parser.add_argument("--third", metavar="C.jsonl", help="pass C, the tie-break")
    parser.add_argument(
        "--out",
        metavar="OUT.jsonl",
        help="write results here, replacing the file only when the run completes (default stdout)",
    )
    parser.add_argument(
        "--explain-all",
        action="store_true",
        help="write the explanation of every field, also of those keyed identically",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="reconcile in N worker processes (default: one per processor; 1: in this "
        "process); the output is the same, in the same order",
    )
    parser.set_defaults(run=run, quick_exit=True)  # see keying.cli.entry


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError(f"not a number of processes from 1 to 256: {text!r}")
    return n


class _WriteFailed(Exception):
    """Writing the output failed (disk full, read-only file system...)."""


class _Terminated(Exception):
    """SIGTERM (a shutdown, `kill`) while writing --out: stop and remove the temporary file."""


def _terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _on_sigterm(handler: Any) -> Any:
    """Set SIGTERM's handler; the one before it, or None where signals cannot be set (a
    thread other than the main one: a caller in the same process)."""
    import signal

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:
        return None


def _fail(message: str) -> int:
    print(f"keying reconcile: {message}", file=sys.stderr)
    return 1


def _check_inputs(paths: list[str]) -> str | None:
    """Why an input cannot be read (a folder, a device, missing), or None."""
    for path in paths:
        try:
            st = os.stat(path)
        except OSError as exc:
            return f"{path}: {exc.strerror}"
        if not stat.S_ISREG(st.st_mode):
            kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
            return f"{path} is {kind}: inputs must be files"
    return None


def run(args: argparse.Namespace) -> int:
    # What is made before the documents (modules, the form, its plan) lives as long as the
    # run: out of the collector's way. The results are freed as they are written and hold
    # no cycles, so the youngest generation is collected less often (about 3 % of the run).
    # Both undone after, for a caller in the same process (the tests).
    thresholds = gc.get_threshold()
    gc.set_threshold(50_000, 50, 100)
    try:
        return _run(args)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _import_msgspec() -> None:
    """Import msgspec, this process's first time, without `typing_extensions`.

    msgspec takes `get_type_hints` from typing_extensions when it can import it, else from
    typing; on the Pythons keying runs on (3.11 and later) typing_extensions' answers with
    `include_extras=True` (msgspec's only call) as typing's own, and its `Required` and
    `NotRequired` are typing's. Importing it was 4 % of this command's start-up (12 M of
    296 M instructions, stop 29). Hidden only while msgspec imports, so that anything
    imported later finds it; nothing done where either was imported already (a caller in
    the same process)."""
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # import refused
    try:
        import msgspec  # noqa: F401
    finally:
        if sys.modules.get("typing_extensions", False) is None:
            del sys.modules["typing_extensions"]


def _run(args: argparse.Namespace) -> int:
    _import_msgspec()
    from keying.commands.outfile import AtomicOutput, OutputError, check_target
    from keying.forms.compiled import load_compiled
    from keying.reconcile.jobs import default_jobs
    from keying.reconcile.jsonl import reconcile_files

    inputs = [p for p in (args.a, args.b, args.third) if p is not None]
    why = _check_inputs(inputs)
    if why is not None:
        return _fail(why)
    try:
        if args.out is not None:
            check_target(args.out, inputs)
        form = load_compiled(args.form)
    except OutputError as exc:
        return _fail(str(exc))
    except (FormDefinitionError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1

    out: AtomicOutput | None = None
    stdout: IO[bytes] = sys.stdout.buffer
    try:
        if args.out is not None:
            out = AtomicOutput(args.out)
    except OutputError as exc:
        return _fail(str(exc))
    raw_sink = out.write if out is not None else stdout.write

    def sink(data: bytearray) -> None:
        try:
            raw_sink(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _WriteFailed(exc.strerror or str(exc)) from None

    tty = sys.stderr.isatty()
    start = time.perf_counter()
    buf = bytearray()

    def write(line: bytes) -> None:
        buf.extend(line)
        buf.append(10)
        if len(buf) >= 1 << 16:
            sink(buf)
            buf.clear()

    def report(message: str) -> None:
        if tty:
            sys.stderr.write("\r\x1b[K")
        print(message, file=sys.stderr)

    def progress(n: int) -> None:
        rate = n / max(time.perf_counter() - start, 1e-9)
        sys.stderr.write(f"\r{n} documents, {rate:,.0f}/s")
        sys.stderr.flush()

    done = False
    # SIGTERM stops the run as Ctrl+C does: the temporary file is removed, the target kept
    before_sigterm = _on_sigterm(_terminated) if out is not None else None
    gc.freeze()  # see run()
    try:
        totals = reconcile_files(
            form,
            args.a,
            args.b,
            args.third,
            write,
            report,
            progress if tty else None,
            explain_all=args.explain_all,
            jobs=args.jobs if args.jobs is not None else default_jobs(),
        )
        sink(buf)
        if out is not None:
            out.commit()
        else:
            try:
                stdout.flush()
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise _WriteFailed(exc.strerror or str(exc)) from None
        done = True
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except _WriteFailed as exc:
        target = args.out if args.out is not None else "stdout"
        return _fail(f"stopped: cannot write {target}: {exc}")
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"stopped: {where}{exc.strerror or exc}")
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except _Terminated:
        _fail("stopped: terminated (SIGTERM)")
        return 143
    finally:
        if out is not None and not done:
            out.discard()
        if before_sigterm is not None:
            _on_sigterm(before_sigterm)
    if tty:
        sys.stderr.write("\r\x1b[K")
        print(
            f"{totals.documents} documents: {totals.agreed} agreed, {totals.discrepant} "
            f"discrepant, {totals.missing} missing; {totals.bad_lines} malformed lines",
            file=sys.stderr,
        )
    return 1 if totals.bad_lines or totals.missing else 0
