"""Which editor keys a field: a table keyed by field type (keying.forms.types), with a default.

Every editor is a `FieldEditor` (a line edit that counts its figures and asks the form to
move on); a type that needs more of its editor names a subclass here. A table field is a
grid of the editors of its columns (`ui.table_editor.TableEditor`).
"""

from __future__ import annotations

from keying.forms import FieldDef
from keying.ui.fields import FieldEditor, choice_hint


class CodeEditor(FieldEditor):
    """The editor of a field keyed as codes: the codes, and the one being typed, show beside
    it (`codes_hint`)."""

    shows_codes = True

    def codes_hint(self) -> str:
        return choice_hint(self.definition, self.text())


EDITORS: dict[str, type[FieldEditor]] = {
    "choice": CodeEditor,
    "boolean": CodeEditor,
}
DEFAULT_EDITOR: type[FieldEditor] = FieldEditor


def editor_class(field: FieldDef) -> type[FieldEditor]:
    """The editor class of a field or column: its type's entry, else the default."""
    return EDITORS.get(field.type, DEFAULT_EDITOR)
