"""The `keying` command: admin commands without Qt, and `keying app` to open the window.

Each command lives in its own module under `keying.commands` with a `register(subparsers)`
function; modules are imported only when their command runs, so `keying --help` and quick
commands stay fast. Every command logs to `keying.log` in the data directory (`keying.logs`);
`--verbose` (before or after the command's name) also logs to stderr.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from keying import __version__
from keying.dirs import data_dir, data_folder
from keying.logs import log_path, open_log

log = logging.getLogger(__name__)
EX_SOFTWARE = 70  # an unexpected error of keying itself (sysexits.h)

# name → (module under keying.commands, one-line help). Order is the order of --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "app": ("app", "open the keying window (the default command)"),
    "demo": ("demo", "create a demo workspace (once) and open the app on it"),
    "form": ("form", "check form definitions"),
    "db": ("db", "create or upgrade the central database's schema"),
    "user": ("user", "add, list and disable operator accounts"),
    "sync": ("sync", "list what the central database refused from the workstations"),
    "bench": ("bench", "measure keying's speed and quality figures on this PC"),
    "reconcile": ("reconcile", "reconcile two (or three) keyings in JSONL files"),
    "batch": ("batch", "import scans as batches; list, prioritise, close them"),
    "pass": ("passes", "import a pass of a batch keyed elsewhere (JSONL)"),
    "export": ("export", "export a batch's final data: CSV, XLSX, JSON, Stata, SPSS"),
    "report": ("report", "write a batch's quality report (one HTML file)"),
    "training": ("training", "qualification thresholds per form; who trained and qualified"),
    "stats": ("stats", "print a batch's figures: per keyer, per field, per day"),
}


_TOP_OPTIONS = ("-h", "--help", "--version")
_VERBOSE = ("-v", "--verbose")
_VERBOSE_HELP = "log to stderr too, DEBUG and above"


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, the terminal's width read as `shutil.get_terminal_size` reads it
    without importing shutil (argparse makes a formatter for every option it registers, and
    shutil with its compression modules was a few per cent of `keying reconcile`'s start-up)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _columns() -> int:
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with `only`, that command's alone (the other commands'
    modules are not imported and their parsers not made: start-up stays short)."""
    parser = argparse.ArgumentParser(
        prog="keying",
        description="Double-entry keying of scanned documents.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"keying {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help=_VERBOSE_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if only is not None and name != only:
            continue  # each parser costs a few look-ups of argparse's translations
        cmd = sub.add_parser(
            name, help=help_text, description=help_text, formatter_class=_Formatter
        )
        if only is None or name == only:
            importlib.import_module(f"keying.commands.{module_name}").register(cmd)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # --verbose may come anywhere (`keying db upgrade --verbose`): taken out here, before `--`.
    end = args_list.index("--") if "--" in args_list else len(args_list)
    verbose = any(a in _VERBOSE for a in args_list[:end])
    args_list = [a for a in args_list[:end] if a not in _VERBOSE] + args_list[end:]
    # `keying` alone, or `keying --workspace DIR`, opens the app.
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in _TOP_OPTIONS):
        args_list.insert(0, "app")
    parser = build_parser(args_list[0] if args_list[0] in COMMANDS else None)
    if verbose:
        args_list.insert(0, "--verbose")
    args = parser.parse_args(args_list)
    open_log(data_folder(), verbose=args.verbose)
    log.debug("keying %s: %s", __version__, " ".join(args_list))
    global _ended
    _ended = False
    if _held:
        gc.enable()  # see entry()
    try:
        result: int = args.run(args)
    except Exception as exc:  # a fault of keying itself: one line here, the traceback logged
        log.exception("keying %s failed", args.command)
        if args.verbose:
            raise
        what = " ".join(str(exc).split())[:200]
        print(
            f"keying {args.command}: unexpected error ({type(exc).__name__}: {what}); "
            f"the details are in {log_path(data_dir())}",
            file=sys.stderr,
        )
        return EX_SOFTWARE
    _ended = bool(getattr(args, "quick_exit", False))
    return result


_ended = False  # the command that ran asked for the quick exit (`entry`) and returned
_held = False  # `entry` stopped the collector until the command runs


def entry() -> NoReturn:
    """The process: `keying` and `python -m keying` run `main`, then end.

    A command that holds nothing to tear down after it returns (`reconcile`: its output
    flushed and committed, its worker processes ended) sets `quick_exit` in its parser's
    defaults; the process then ends without the interpreter's tear-down (freeing every
    module and object one by one, and collecting them: about 8 % of `keying reconcile`'s
    start-up, stop 28) once the exit handlers have run (the log file flushed and closed) and
    stdout and stderr are flushed, when no other thread runs. Otherwise (another command,
    a usage error, an unexpected error) the usual exit.

    The collector is off from the process's start (`python -m keying`: from `__main__`)
    until the command runs: the objects of the imports and the parser live as long as the
    process, and looking for cycles among them was 4 % of `keying reconcile`'s start-up
    (stop 29)."""
    global _held
    gc.disable()
    _held = True
    code = main()
    threads = sys.modules.get("threading")
    if _ended and (threads is None or threads.active_count() == 1):
        import atexit

        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                code = 120  # what Python's own exit answers then
        os._exit(code)
    raise SystemExit(code)
