"""A form definition at the limits of `keying.forms.limits` (1,000 fields, a choice field of
5,000 codes), and a workspace of one document keyed with it. The station must open and key
it (tests/test_ui_station_limits.py); `keying bench --only station_limits` times the open.
No Qt here: the measuring half is `keying.ui.benchmark_limits`."""

from __future__ import annotations

from pathlib import Path

from keying.forms import parse_form
from keying.forms.limits import MAX_CHOICES, MAX_FIELDS
from keying.services import Services, Workspace
from keying.storage import repo
from keying.storage.users import add_user
from keying.storage.vocabulary import Role

LOGIN = "limits"
PASSWORD = "limits-password"
NAME = "limits"


def code(k: int) -> str:
    return f"C{k:04d}"


def limits_form_yaml(fields: int = MAX_FIELDS, codes: int = MAX_CHOICES) -> str:
    """`fields` fields: the first a required choice of `codes` codes, the second a required
    integer, the rest optional text (every third with a `max_length`)."""
    lines = [f"form: {NAME}", "title: A form at the limits", "version: 1", "fields:"]
    lines.append("  - name: region")
    lines.append("    label: Region")
    lines.append("    type: choice")
    lines.append("    choices:")
    lines.extend(f"      {code(k)}: Region number {k}" for k in range(codes))
    lines.append("  - {name: count, label: Count, type: integer, min: 0, max: 999}")
    for k in range(2, fields):
        extra = ", max_length: 40" if k % 3 == 0 else ""
        lines.append(
            f"  - {{name: f{k:04d}, label: Field {k}, type: text, required: false{extra}}}"
        )
    return "\n".join(lines) + "\n"


def build_workspace(directory: Path, page: bytes, documents: int = 1) -> Workspace:
    """A workspace with one operator and a batch of `documents` one-page documents of the
    limits form (`page`: the PNG of each page)."""
    text = limits_form_yaml()
    definition = parse_form(text, "<limits>")
    workspace = Workspace.from_dir(directory)
    services = Services.open(workspace)
    try:
        with services.sessions() as session:
            add_user(
                session, login=LOGIN, display_name="Limits", role=Role.OPERATOR, password=PASSWORD
            )
            form = repo.add_form_definition(session, definition.form, definition.version, text)
            batch = repo.add_batch(session, "Limits batch", form)
            for i in range(documents):
                repo.add_document(session, batch, f"L-{i:03d}", [(page, "image/png", 400, 300)])
            session.commit()
    finally:
        services.close()
    return workspace
