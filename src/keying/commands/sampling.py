"""`keying batch set-sampling`: verify a batch by sampling (docs/import-export.md,
"Verification sampling"). Registered by `keying.commands.batch`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from keying.commands.app import add_database_url
from keying.commands.db import CommandError, report, run_command
from keying.forms.wording import english

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from keying.storage.models import Batch

DEFAULT_MIN_FIELDS = 1000  # as keying.services.sampling (not imported here: start-up stays light)
DEFAULT_WINDOW = 200


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "set-sampling",
        help="verify a batch by sampling: pass 2 only for a share of good keyers' documents",
        description=(
            "Verify a batch by sampling. When pass 1 of a document comes in, a keyer whose "
            "measured accuracy on the form reaches --min-accuracy gets the document verified "
            "by a pass 2 only when it is drawn (--rate); other keyers, gold documents and "
            "keyers measured on too few fields are always verified. A document not drawn is "
            "final as pass 1 keyed it (provenance: single pass, not verified). The draw is "
            "seeded and recorded per document. --off keys the batch twice in full again."
        ),
    )
    cmd.add_argument("--batch", required=True, metavar="NAME")
    cmd.add_argument("--rate", type=float, metavar="R", help="share verified, 0 to 1 (e.g. 0.2)")
    cmd.add_argument(
        "--min-accuracy",
        type=float,
        metavar="PCT",
        help="the keyer's measured accuracy on the form, in percent of fields right (e.g. 99.5)",
    )
    cmd.add_argument(
        "--seed", type=int, metavar="N", help="the draw's seed (default: kept, or a random one)"
    )
    cmd.add_argument(
        "--min-fields",
        type=int,
        default=DEFAULT_MIN_FIELDS,
        metavar="N",
        help=f"fields a keyer needs measured, else always verified ({DEFAULT_MIN_FIELDS})",
    )
    cmd.add_argument(
        "--window",
        type=int,
        default=DEFAULT_WINDOW,
        metavar="DOCS",
        help=f"measure the keyer's last DOCS verified documents of the form ({DEFAULT_WINDOW})",
    )
    cmd.add_argument("--off", action="store_true", help="stop sampling: key twice in full")
    add_database_url(cmd)
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from keying.services.sampling import (
        SamplingRefused,
        SamplingSet,
        clear_sampling,
        set_sampling,
    )

    prog = "keying batch set-sampling"
    if args.off:

        def cleared(changed: bool) -> None:
            print(
                f"batch {args.batch!r}: keyed twice in full"
                + ("" if changed else " (it was not sampled)")
            )

        return run_command(
            prog, args, lambda s: clear_sampling(s, args.batch), cleared, (SamplingRefused,)
        )
    if args.rate is None or args.min_accuracy is None:
        return report(prog, CommandError("give --rate and --min-accuracy (or --off)"))

    def show(done: SamplingSet) -> None:
        print(
            f"batch {done.batch!r}: keyers at {done.min_accuracy:g} % or better on the form "
            f"(measured on at least {done.min_fields} fields, last {done.window} documents) "
            f"are verified at {100 * done.rate:g} %, seed {done.seed}; "
            + english("%n document(s) drawn now", done.drawn_now)
        )

    return run_command(
        prog,
        args,
        lambda s: set_sampling(
            s, args.batch, args.rate, args.min_accuracy, args.seed, args.min_fields, args.window
        ),
        show,
        (SamplingRefused,),
    )


def sampling_lines(session: Session, batch: Batch) -> list[str]:
    """`keying batch show`: the batch's verification sampling, when it has one."""
    from keying.storage import sampling as store

    settings = store.settings(session, batch.id)
    if settings is None:
        return []
    draws = store.draws_of_batch(session, batch.id)
    once = sum(not d.verified for _, d, _ in draws)
    return [
        f"sampling  {100 * settings.rate:g} % verified for keyers at {settings.min_accuracy:g} % "
        f"or better (seed {settings.seed}): {len(draws)} drawn, {once} keyed once (not verified)"
    ]
