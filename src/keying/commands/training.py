"""`keying training set-threshold|clear-threshold|grant|status`: qualification on gold
documents (docs/training.md).

An account is a trainee on a form that has a threshold until it qualifies on it (its last N
training documents reach the accuracy and the keystrokes per hour), or an admin grants the
qualification (an experienced keyer); until then it gets no live work of that form.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import run_command

if TYPE_CHECKING:
    from keying.services.training import ThresholdInfo, TraineeStatus

PROG = "keying training"


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    th = sub.add_parser(
        "set-threshold",
        help="set a form's qualification threshold",
        description=(
            "Set (or change) the threshold an account must reach on a form's gold documents "
            "before it gets live work of that form: accuracy (percent of values right) and "
            "keystrokes per hour over its last N training documents."
        ),
    )
    th.add_argument("--form", required=True, metavar="NAME", help="the form's name")
    th.add_argument("--accuracy", required=True, type=float, metavar="PERCENT")
    th.add_argument("--kph", required=True, type=int, metavar="N", help="keystrokes per hour")
    th.add_argument("--last", required=True, type=int, metavar="N", help="over N documents")
    th.add_argument("--by", metavar="LOGIN", help="the admin setting it (for the audit trail)")
    add_database_url(th)
    th.set_defaults(run=run_set_threshold)

    clear = sub.add_parser(
        "clear-threshold",
        help="remove a form's threshold",
        description="Remove a form's threshold: every account may key it live again.",
    )
    clear.add_argument("--form", required=True, metavar="NAME")
    add_database_url(clear)
    clear.set_defaults(run=run_clear_threshold)

    grant = sub.add_parser(
        "grant",
        help="qualify an account on a form without training",
        description="Record an account as qualified on a form (an experienced keyer).",
    )
    grant.add_argument("--login", required=True, metavar="LOGIN")
    grant.add_argument("--form", required=True, metavar="NAME")
    grant.add_argument("--by", metavar="LOGIN", help="the admin granting it")
    add_database_url(grant)
    grant.set_defaults(run=run_grant)

    status = sub.add_parser(
        "status",
        help="who trained, their figures, who qualified when",
        description=(
            "The thresholds, then per account and form: training documents keyed, accuracy "
            "and keystrokes per hour over the threshold's last N, and when it qualified."
        ),
    )
    status.add_argument("--login", metavar="LOGIN", help="only this account")
    add_database_url(status)
    status.set_defaults(run=run_status)


def run_set_threshold(args: argparse.Namespace) -> int:
    from keying.services.training import TrainingRefused, set_threshold

    def show(info: ThresholdInfo) -> None:
        print(
            f"form {info.form_name!r}: qualified at {info.accuracy:g} % accuracy and "
            f"{info.kph} keystrokes/hour over the last {info.last_n} training documents"
        )

    return run_command(
        f"{PROG} set-threshold",
        args,
        lambda s: set_threshold(s, args.form, args.accuracy, args.kph, args.last, args.by),
        show,
        (TrainingRefused,),
    )


def run_clear_threshold(args: argparse.Namespace) -> int:
    from keying.services.training import clear_threshold

    def show(done: bool) -> None:
        print(f"form {args.form!r}: " + ("threshold removed" if done else "had no threshold"))

    return run_command(
        f"{PROG} clear-threshold", args, lambda s: clear_threshold(s, args.form), show
    )


def run_grant(args: argparse.Namespace) -> int:
    from keying.services.training import TrainingRefused, grant

    def show(at: datetime) -> None:
        print(f"{args.login!r} is qualified on {args.form!r} since {at:%Y-%m-%d %H:%M} UTC")

    return run_command(
        f"{PROG} grant",
        args,
        lambda s: grant(s, args.login, args.form, args.by),
        show,
        (TrainingRefused,),
    )


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} %"


def _kph(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def run_status(args: argparse.Namespace) -> int:
    from keying.services.training import TrainingRefused, thresholds, training_status

    return run_command(
        f"{PROG} status",
        args,
        lambda s: (thresholds(s), training_status(s, args.login)),
        lambda found: _print_status(args, *found),
        (TrainingRefused,),
    )


def _print_status(
    args: argparse.Namespace, limits: list[ThresholdInfo], rows: list[TraineeStatus]
) -> None:
    if not limits:
        print("no form has a threshold: every account may key every form live")
    for t in limits:
        print(
            f"threshold {t.form_name}: {t.accuracy:g} % at {t.kph:,} keystrokes/hour "
            f"over the last {t.last_n}"
        )
    if not rows:
        print("nobody has trained yet" + (f" ({args.login})" if args.login else ""))
        return
    header = ("login", "form", "documents", "accuracy", "keys/hour", "qualified")
    table = [header]
    for r in rows:
        if r.qualified_at is None:
            when = "not yet"
        else:
            when = f"{r.qualified_at:%Y-%m-%d %H:%M} UTC"
            when += f" (granted by {r.granted_by})" if r.granted_by else ""
        last = f" (last {r.standing.documents})" if r.standing else ""
        table.append(
            (
                r.login,
                r.form_name,
                f"{r.documents}{last}",
                _pct(r.standing.accuracy if r.standing else None),
                _kph(r.standing.kph if r.standing else None),
                when,
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[-1])
