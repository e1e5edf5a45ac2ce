"""The use-cases the windows and commands call, one module per use case.

- `workspace`: where a workstation's data lives (`Workspace`) and `Services`, the one object
  per process the composition root builds (`keying.ui.app` or a command) and passes on;
- `sign_in`: signing in;
- `startup`: what the operator is told when storage fails (a refused save, a lost cache, a
  start that cannot go on);
- `keying`: one signed-in operator's keying (`OperatorStation`): the queue, drafts,
  finishing, flagging a page, syncing;
- `closing`: closing a document when its second pass arrives (reconcile, store the result);
- `adjudication`: one signed-in supervisor's adjudication (`SupervisorDesk`): claim, decide,
  undo; `final_record`: a document's final record, its provenance and the errors it charges;
  `bulk_minor`: a field's minor flags decided in bulk;
- `sampling`: verification sampling (the draw when pass 1 comes in);
- `demo`: creating the demo workspace;
- `ingest`: importing scans as a batch (`keying batch import`), all or nothing;
- `passes`: passes keyed elsewhere and gold values from JSONL, under the app's rules;
- `export`, `report`: a batch's final data out, and its quality report.

`ingest`, `passes`, `export` and `report` are imported from their modules (they serve the
commands; importing `keying.services` does not load them).

Nothing here is global and nothing imports Qt. The public names are importable from
`keying.services` itself.
"""

from keying.services.keying import FinishOutcome, OpenTask, OperatorStation, SyncState
from keying.services.sign_in import SignedIn, SignInError
from keying.services.startup import DISK_FULL, SaveFailed, startup_problem
from keying.services.workspace import Services, Timeouts, Workspace, timeouts_from
from keying.storage.vocabulary import Decision, DocumentStatus, PageFlagReason, Role, TaskKind

# The stored words the windows show or choose from (defined in keying.storage.vocabulary).
__all__ = [
    "DISK_FULL",
    "Decision",
    "DocumentStatus",
    "FinishOutcome",
    "OpenTask",
    "OperatorStation",
    "PageFlagReason",
    "Role",
    "SaveFailed",
    "Services",
    "SignInError",
    "SignedIn",
    "SyncState",
    "TaskKind",
    "Timeouts",
    "Workspace",
    "startup_problem",
    "timeouts_from",
]
