"""Final data out: CSV, XLSX (openpyxl), JSON, Stata and SPSS (pyreadstat), with a data
dictionary. No database here: `keying.services` gathers `ExportRecord`s and passes them in.

- `model`: what is exported (records, provenance) and the columns a form gives;
- `typed`: keyed strings → typed values (dates, numbers, codes, booleans; markers kept);
- `atomic`: every file written to a temporary name and renamed when all are complete;
- `tabular` (CSV, XLSX), `jsonfile`, `stats` (DTA, SAV): the writers.
"""

from keying.export.model import FORMATS, ExportRecord, Provenance
from keying.export.write import write_export

__all__ = ["FORMATS", "ExportRecord", "Provenance", "write_export"]
