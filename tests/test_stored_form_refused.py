"""A stored form definition that this version of keying refuses (issue 15: a workspace made
by an older keying whose form breaks a newer check): one plain message naming the form, its
version and the problem in every path that reads it, and nothing keyed lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from keying.cli import main
from keying.forms import FormDefinitionError
from keying.services.stored_forms import StoredFormRefused, parse_stored, stored_name
from keying.storage.models import FormDefinitionRow, Keying
from keying.ui.desk_link import refused_note
from tests.support.supervision import key_passes
from tests.support.ui import FORMS, open_station
from tests.support.world import World

BAD_FIELD = "  - {name: zz, label: Z, type: text, required: false, max_length: 99999999999}\n"
PROBLEM = "max_length"


def broken(text: str) -> str:
    """The definition with a field the bounds of issue 15 refuse (as an older keying stored)."""
    assert "\nfields:\n" in text
    return text.replace("\nfields:\n", "\nfields:\n" + BAD_FIELD, 1)


def break_central_forms(world_or_url: Any) -> None:
    """Every stored definition of the central database made one the checks refuse."""
    from keying.storage.engine import session_at

    sessions = (world_or_url.services.sessions if isinstance(world_or_url, World) else None) or (
        lambda: session_at(world_or_url)
    )
    with sessions() as session:
        for row in session.scalars(select(FormDefinitionRow)):
            session.execute(
                update(FormDefinitionRow)
                .where(FormDefinitionRow.id == row.id)
                .values(text=broken(row.text))
            )
        session.commit()


# --- the message ------------------------------------------------------------------------


def test_the_message_names_the_form_its_version_and_the_problem() -> None:
    text = broken((FORMS / "receipt.yaml").read_text(encoding="utf-8"))
    with pytest.raises(StoredFormRefused) as caught:
        parse_stored(text)
    message = str(caught.value)
    assert message.startswith("form receipt version 1 cannot be used: ")
    assert PROBLEM in message and "line 11" in message and "\n" not in message
    assert isinstance(caught.value, FormDefinitionError)  # old `except` clauses still hold
    assert parse_stored((FORMS / "receipt.yaml").read_text(encoding="utf-8")).form == "receipt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("form: 'a b'  # c\nversion: \"12\"\n", ("a b", "12")),
        ("title: x\nform: census\nversion: 3 # third\n", ("census", "3")),
        ("fields: [\n", ("?", "?")),
        ("form: \x1b[2J\nversion: 1\n", ("\\x1b[2J", "1")),
    ],
)
def test_the_name_and_version_are_read_without_parsing(
    text: str, expected: tuple[str, str]
) -> None:
    assert stored_name(text) == expected


# --- the CLI: one line and exit 1 ---------------------------------------------------------


@pytest.fixture
def survey_batch(tmp_path: Path, database_url: str) -> str:
    from tests import scans
    from tests.support.world import ROOT

    folder = tmp_path / "scans"
    folder.mkdir()
    scans.tiff(folder / "S-1.tif", ["1 front", "1 back"], "1", "group4")
    form = ROOT / "tests" / "data" / "generic_survey.yaml"
    args = ["--database-url", database_url, "--form", str(form), "--name", "Survey"]
    assert main(["batch", "import", *args, str(folder)]) == 0
    from keying.storage.engine import session_at
    from keying.storage.users import add_user

    with session_at(database_url) as session:
        add_user(session, login="op1", display_name="op1", role="operator", password="pw pw pw")
        session.commit()
    (tmp_path / "a.jsonl").write_text('{"document": "S-1", "values": {}}\n', encoding="utf-8")
    break_central_forms(database_url)
    return database_url


@pytest.mark.parametrize(
    "command",
    [
        ["report", "--batch", "Survey", "--out", "{out}/r.html"],
        ["export", "--batch", "Survey", "--format", "csv", "--out", "{out}/e.csv"],
        [
            "pass",
            "import",
            "--batch",
            "Survey",
            "--pass",
            "1",
            "--operator",
            "op1",
            "{out}/a.jsonl",
        ],
    ],
)
def test_report_and_export_say_it_in_one_line(
    survey_batch: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    capsys.readouterr()
    args = [a.format(out=tmp_path) for a in command]
    assert main([*args, "--database-url", survey_batch]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    prog = " ".join(args[:2] if args[0] == "pass" else args[:1])
    assert err.startswith(f"keying {prog}: error: form survey version 2 cannot be used: ")
    assert PROBLEM in err
    assert not list(tmp_path.glob("r.html")) and not list(tmp_path.glob("e.csv"))


# --- the station: a plain message, nothing keyed lost -------------------------------------


@pytest.fixture
def world_options() -> dict[str, Any]:
    return {"documents": 2, "form_path": FORMS / "receipt.yaml"}


def test_the_station_says_so_and_keeps_what_was_keyed(qtbot, world: World) -> None:
    station = world.station("op1")
    task = station.next_task()
    assert task is not None
    station.commit_field(task, {"company": "SHOP ONE"}, {}, "address")
    # The workstation's keying is upgraded: the checks now refuse the stored definition.
    break_central_forms(world)
    cache = world.services.cache
    cache._db.execute("UPDATE forms SET text = ?", (broken(cache.form_text(task.task.form_key)),))
    cache._db.commit()

    again = world.station("op1")
    assert again.next_held() is None  # passed over, not opened
    [why] = again.refused_forms.values()
    assert why.startswith("form receipt version 1 cannot be used") and PROBLEM in why
    draft = cache.draft(task.task_id)
    assert draft is not None and draft.values == {"company": "SHOP ONE"}  # nothing lost

    view = open_station(qtbot, world, "op1")
    assert view.current is None
    shown = view.empty.text()
    assert "cannot be opened" in shown and "form receipt version 1" in shown
    assert "Nothing you keyed is lost" in shown
    draft = cache.draft(task.task_id)
    assert draft is not None and draft.values == {"company": "SHOP ONE"}


def test_a_pass_sent_for_a_refused_form_is_stored_and_waits(world: World) -> None:
    """A keying finished before the upgrade is still sent: stored centrally, the document
    not reconciled (its form cannot be read), never a round that fails for good."""
    stations = [world.station(login) for login in ("op1", "op2")]
    tasks = [s.next_task() for s in stations]
    assert all(t is not None for t in tasks)
    break_central_forms(world)
    for station, task in zip(stations, tasks, strict=True):
        assert task is not None
        station.finish(task, {"company": "X"}, {}, [])
    with world.services.sessions() as session:
        assert len(session.scalars(select(Keying)).all()) == 2
    assert world.services.cache.pending_count() == 0


# --- the supervisor desk ------------------------------------------------------------------


def test_the_desk_passes_the_document_over_and_says_why(new_world: Any) -> None:
    from keying.services.adjudication import SupervisorDesk
    from tests.test_adjudication import A, B

    world = new_world()
    key_passes(world, {"D-001": (A, B)})
    break_central_forms(world)
    desk = SupervisorDesk(world.services, world.sign_in("sup"))
    assert desk.claim(limit=3) == []
    [why] = desk.refused.values()
    assert why.startswith("D-001: form ") and PROBLEM in why
    note = refused_note(desk.refused)
    assert note.startswith("Passed over, tell your administrator: D-001: form ")
    assert refused_note({}) == ""
