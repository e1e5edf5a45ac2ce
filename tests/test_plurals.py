"""Messages about a number of things (polish5, item 1): no "document(s)" on screen. The
English source marks a plural "(s)" and says it for the number; each translation gives its
own plural forms (French: 0 and 1 singular; Khmer and Lao: no inflection)."""

from __future__ import annotations

import pickle
import re

import pytest
from PySide6.QtWidgets import QApplication

from keying.forms.wording import counted, english, plural, say
from keying.ui.language import TRANSLATIONS, Language, local
from tests.test_language import CODES, in_contexts

DRAWN = plural.translate("keying", "%n refused item(s)", None, 1)


def test_english_says_the_plural_for_the_number() -> None:
    assert english("%n document(s) drawn now.", 0) == "0 documents drawn now."
    assert english("%n document(s) drawn now.", 1) == "1 document drawn now."
    assert english("%n document(s) drawn now.", 2) == "2 documents drawn now."
    said = counted("{0}: %n page(s) of {1}", 1, "D-001", 3)
    assert said == "D-001: 1 page of 3" and said.number == 1
    assert pickle.loads(pickle.dumps(said)) == said  # a Said crosses threads and processes
    assert pickle.loads(pickle.dumps(said)).number == 1
    assert said.count("1") == 2  # still a str: str.count is not shadowed
    assert local(counted(DRAWN, 1)) == "1 refused item" and local(counted(DRAWN, 3)) == (
        "3 refused items"
    )


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("fr", ["0 élément refusé", "1 élément refusé", "2 éléments refusés"]),
        (
            "sw",
            [
                "Vipengee 0 vilivyokataliwa",
                "Kipengee 1 kilichokataliwa",
                "Vipengee 2 vilivyokataliwa",
            ],
        ),
        ("km", ["ធាតុដែលបានបដិសេធ 0", "ធាតុដែលបានបដិសេធ 1", "ធាតុដែលបានបដិសេធ 2"]),
        ("lo", ["ລາຍການທີ່ຖືກປະຕິເສດ 0", "ລາຍການທີ່ຖືກປະຕິເສດ 1", "ລາຍການທີ່ຖືກປະຕິເສດ 2"]),
    ],
)
def test_each_language_says_its_own_plural(qapp, code: str, said: list[str]) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = Language()
    try:
        assert language.install(app, code) == code
        assert [local(counted(DRAWN, n)) for n in (0, 1, 2)] == said
        with_args = counted(
            plural.translate(
                "keying",
                "%n decision(s) not saved yet — the central database does not answer ({0}): "
                "{1}{2}.",
                None,
                1,
            ),
            1,
            say("no answer yet"),
            "D-001: P1",
            "",
        )
        assert "D-001: P1" in local(with_args) and "%n" not in local(with_args)
    finally:
        language.install(app, "en")


@pytest.mark.parametrize("code", CODES)
def test_no_translation_says_s_in_brackets(code: str) -> None:
    """No "(s)", "(es)", "(x)" plural left in any translation: a plural message has forms."""
    for (_, source), message in in_contexts(TRANSLATIONS / f"keying_{code}.ts").items():
        t = message.find("translation")
        assert t is not None
        texts = [t.text or ""] + [f.text or "" for f in t.iter("numerusform")]
        for text in texts:
            assert not re.search(r"\w\((s|es|x|e\)?\(s)\)", text), (code, source, text)
