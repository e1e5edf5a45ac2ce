"""A label or instructions written once, or once per language (`{en: …, km: …, lo: …}`).

The text per language is a `LocalText`: a `str` whose value is the default language's text
(`en` when given, else the first language written), so everything that reads a label as text
(reconciler, exports, data dictionary, supervisors' views) keeps the default text unchanged.
The operator's station shows `in_language(text, code)` (docs/forms.md, "Labels in several
languages").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic only when a definition is validated (`per_language`): the
    # reconciler and the messages read `in_language` without it (keying.forms.compiled)
    from pydantic import ValidatorFunctionWrapHandler

DEFAULT_LANGUAGE = "en"
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # as the `language` setting writes them: en, km, lo


class LocalText(str):
    """The default language's text; `languages` maps each code written to its text."""

    languages: dict[str, str]

    def __new__(cls, languages: dict[str, str]) -> LocalText:
        default = languages.get(DEFAULT_LANGUAGE, next(iter(languages.values())))
        text = super().__new__(cls, default)
        text.languages = dict(languages)
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (LocalText, (self.languages,))


def in_language(text: str | None, code: str) -> str | None:
    """`text` in the language `code` when written in it, else its default text."""
    if isinstance(text, LocalText):
        return text.languages.get(code, str(text))
    return text


class TextError(ValueError):
    """A problem in a text per language; `key` is the language code at fault (or None)."""

    def __init__(self, key: str | None, message: str) -> None:
        super().__init__(message)
        self.key = key


def per_language(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Pydantic wrap validator: a plain string as before; a mapping of language code → text,
    each text checked as the plain string would be, becomes a LocalText."""
    if isinstance(value, LocalText):
        value = value.languages  # a definition dumped and validated again keeps its languages
    if not isinstance(value, dict):
        return handler(value)
    if not value:
        raise TextError(None, "give the text in at least one language, like {en: …, km: …}")
    from pydantic import ValidationError  # loaded already: a model is validating

    texts: dict[str, str] = {}
    for code, text in value.items():
        if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code):
            raise TextError(
                str(code), f"{code!r} is not a language code: 2 or 3 small letters, like km"
            )
        if not isinstance(text, str):
            what = "missing" if text is None else f"a {_kind(text)}, not text"
            raise TextError(code, f"the {code} text is {what}")
        try:
            texts[code] = handler(text)
        except ValidationError as exc:
            raise TextError(code, exc.errors(include_url=False)[0]["msg"]) from None
    return LocalText(texts)


def _kind(value: object) -> str:
    kinds: dict[type, str] = {dict: "mapping", list: "list"}
    return kinds.get(type(value), type(value).__name__)
