"""One export: the files a format makes, written all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from keying.export.atomic import ExportPathError, check_folder, file_set
from keying.export.jsonfile import write_json
from keying.export.model import FORMATS, ExportRecord
from keying.export.sheets import DICTIONARY, build_sheets, dictionary_sheet
from keying.export.stats import write_stats
from keying.export.tabular import write_csv, write_xlsx
from keying.forms.model import FormDefinition


def companion(out: Path, name: str, suffix: str) -> Path:
    """A file beside OUT: `OUT_members.csv` for a table, `OUT.dictionary.csv`."""
    if name == DICTIONARY:
        return out.with_name(f"{out.stem}.dictionary.csv")
    return out.with_name(f"{out.stem}_{name}{suffix}")


def write_export(
    form: FormDefinition,
    batch: str,
    records: list[ExportRecord],
    fmt: str,
    out: Path,
    provenance: bool = False,
    step: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write the export; return the files made. ExportPathError when OUT cannot be written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    check_folder(out)
    say = step or (lambda _: None)
    with file_set() as files:
        if fmt == "json":
            say("json")
            write_json(form, batch, records, provenance, files.temp_for(out))
            return list(files.pending)
        main, tables = build_sheets(form, records, provenance)
        numbered = fmt in ("dta", "sav")
        dictionary = dictionary_sheet(main, tables, numbered)
        if fmt == "xlsx":
            say("xlsx")
            write_xlsx([main, *tables, dictionary], files.temp_for(out))
            return list(files.pending)
        for sheet, target in [(main, out)] + [
            (t, companion(out, t.name, out.suffix)) for t in tables
        ]:
            say(sheet.name)
            if fmt == "csv":
                write_csv(sheet, files.temp_for(target))
            else:
                write_stats(sheet, files.temp_for(target), fmt)
        write_csv(dictionary, files.temp_for(companion(out, DICTIONARY, ".csv")))
        return list(files.pending)


__all__ = ["ExportPathError", "write_export"]
