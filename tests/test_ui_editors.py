"""The station picks each field's editor from the table in keying.ui.editors (default:
FieldEditor) and shows its type's hint when the field has no instructions."""

from __future__ import annotations

from keying.forms import parse_form
from keying.forms.types import TYPES
from keying.ui.editors import DEFAULT_EDITOR, EDITORS, CodeEditor
from keying.ui.fields import FieldEditor
from tests.support.ui import make_form

EXTRA = {"date": ", format: DD/MM/YYYY", "choice": ", choices: {A: Apple, B: Banana}"}
SCALARS = sorted(n for n in TYPES if not TYPES[n].table)
FORM = parse_form(
    "form: t\ntitle: T\nversion: 1\nfields:\n"
    + "".join(f"  - {{name: f_{n}, label: {n}, type: {n}{EXTRA.get(n, '')}}}\n" for n in SCALARS)
)


def test_editors_come_from_the_table_with_a_default(qtbot) -> None:
    form = make_form(qtbot, FORM)
    for name in SCALARS:
        editor = form.editor(f"f_{name}")
        assert isinstance(editor, FieldEditor)
        assert type(editor) is EDITORS.get(name, DEFAULT_EDITOR), name
    assert type(form.editor("f_choice")) is CodeEditor
    assert type(form.editor("f_text")) is FieldEditor
    # a code and its meaning never wrap apart (a no-break space between them)
    assert form.editor("f_choice").codes_hint() == "A\u00a0Apple  ·  B\u00a0Banana"
    assert form.editor("f_text").codes_hint() == ""


def test_the_guide_shows_the_hint_of_the_type(qtbot) -> None:
    form = make_form(qtbot, FORM)
    for name in SCALARS:
        form.load({}, f"f_{name}")
        field = FORM.field(f"f_{name}")
        assert form.guide_text.text() == field.kind.hint(field), name
