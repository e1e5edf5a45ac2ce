"""Database failures as one line a person can act on, with every password masked.

Used by the admin commands (one line on stderr, exit 1) and by the window's start-up dialog,
so both say the same thing about the same failure.
"""

from __future__ import annotations

from sqlalchemy import URL

# insufficient_privilege; invalid_schema_name (no schema the account may create in)
_NO_CREATE = ("42501", "3F000")


def shown_url(url: str | URL) -> str:
    """The URL for messages: the password masked; a URL that does not parse, as given."""
    from keying.storage.engine import display_url

    try:
        return display_url(url)
    except Exception:
        return repr(str(url))


def mask_password(text: str, url: str | URL) -> str:
    """`text` with the password of `url` (if it has one) replaced by ***."""
    from sqlalchemy import make_url

    try:
        password = make_url(url).password
    except Exception:
        return text
    if password:
        text = text.replace(str(password), "***")
    return text


def first_line(exc: BaseException, url: str | URL) -> str:
    """The first line of the driver's own message, its password masked."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return mask_password(lines[0] if lines else type(orig).__name__, url)


def describe(url: str | URL, exc: BaseException) -> str | None:
    """What is wrong with the database at `url`, in one line; None for a failure of another kind."""
    from alembic.util.exc import CommandError as AlembicError
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    from keying.storage.engine import ForeignSchema, UnsupportedDatabase

    where = shown_url(url)
    if isinstance(exc, (ArgumentError, NoSuchModuleError, UnsupportedDatabase)):
        if isinstance(exc, UnsupportedDatabase):
            return f"{where} is not a database URL keying can use: {exc}"
        return (
            f"{where} is not a database URL keying can use "
            "(sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE)"
        )
    if isinstance(exc, AlembicError):
        return (
            f"the schema of {where} is at a revision this keying does not know "
            f"(made by a newer version, or by another application?): {first_line(exc, url)}"
        )
    if isinstance(exc, DBAPIError):
        hint = ""
        if getattr(exc.orig, "sqlstate", None) in _NO_CREATE:
            hint = " (run `keying db upgrade` as the database's owner, or grant CREATE)"
        return f"cannot use the database {where}: {first_line(exc, url)}{hint}"
    if isinstance(exc, ForeignSchema):
        return f"{where}: {exc}"
    if isinstance(exc, ValueError):  # keying.storage's refusals name what is wrong themselves
        return mask_password(str(exc), url)
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        return f"cannot use the database {where}:{name} {exc.strerror or exc}"
    return None
