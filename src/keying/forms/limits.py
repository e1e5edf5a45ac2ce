"""The bounds of a form definition: every size and number a definition may have.

A definition is read on every workstation, by the reconciler and by `keying form check`; a
bad one must be refused at load in one line (`file:line: message`), never hang or exhaust a
machine later. Each bound is far above what a real paper form needs (docs/forms.md,
"Limits") and low enough that the work it allows stays small.
"""

from __future__ import annotations

from decimal import Decimal

# --- the file and its YAML (keying.forms.yaml_tree) ---------------------------------------
MAX_FILE_BYTES = 512 * 1024  # the shipped definitions are 2-5 KB
MAX_YAML_DEPTH = 16  # nested mappings and lists; a definition needs 7
MAX_YAML_NODES = 50_000  # scalars, mappings and lists in the whole file

# --- counts --------------------------------------------------------------------------------
MAX_FIELDS = 1_000  # fields of a form
MAX_COLUMNS = 100  # columns of a table
MAX_CHOICES = 5_000  # codes of a choice field
MAX_CHECKS = 500  # cross-field checks of a form
MAX_FORMATS = 10  # date formats of a date field
MAX_ABBREVIATIONS = 1_000
MAX_NO_VALUE_WORDS = 200

# --- numbers -------------------------------------------------------------------------------
MAX_VERSION = 1_000_000
MAX_PAGES = 100  # pages per document
MAX_LENGTH = 10_000  # `max_length` of a field (Qt's line edit takes at most 32,767)
MAX_ROWS = 1_000  # `min_rows`/`max_rows` of a table
MAX_BOUND = Decimal(10) ** 15  # `min`/`max` of a number lie within ±10^15

# --- text ----------------------------------------------------------------------------------
MAX_NAME = 64  # form, field, column and check names
MAX_LABEL = 500  # title, labels, choice labels, check messages
MAX_TEXT = 20_000  # description and instructions
MAX_CODE = 64  # a choice code
MAX_WORD = 100  # an abbreviation, a no-value word, a date format

# --- patterns (keying.forms.patterns) and rules (keying.forms.rules) -----------------------
MAX_PATTERN = 500  # characters of a `pattern`
MAX_RULE = 4_000  # characters of a `show_if` or check rule
MAX_RULE_TOKENS = 500  # tokens of one rule
MAX_RULE_NESTING = 32  # parentheses, `not` and unary minus inside each other
