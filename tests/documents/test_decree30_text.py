"""User text → reportlab markup: NFC, controls, characters the font lacks, escaping, line breaks."""

from __future__ import annotations

import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paraparser import ParaParser

from focal_desk.documents.decree30_text import REPLACEMENT, clean, escape, markup


def test_clean_composes_decomposed_vietnamese() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết, đường Lê Lợi")
    assert nfd != "Nguyễn Thị Ánh Tuyết, đường Lê Lợi"
    assert clean(nfd) == "Nguyễn Thị Ánh Tuyết, đường Lê Lợi"


def test_clean_drops_controls_keeps_line_breaks_and_turns_tabs_into_spaces() -> None:
    assert clean("a\x00b\x07c\x1bd\x7fe\x85f") == "abcdef"
    assert clean("một\r\nhai\rba\nbốn\u2028năm") == "một\nhai\nba\nbốn\nnăm"
    assert clean("cột\tcột") == "cột cột"


def test_clean_replaces_what_the_font_cannot_draw_one_mark_per_emoji() -> None:
    assert clean("Cảm ơn 😀!") == f"Cảm ơn {REPLACEMENT}!"
    assert clean("👍🏽") == REPLACEMENT  # the skin-tone modifier is dropped, not a second mark
    # a joiner the font has (zero width) is kept as typed; each emoji is one mark
    assert clean("👨\u200d👩\u200d👧").replace("\u200d", "") == REPLACEMENT * 3
    assert clean("❤\ufe0f") in ("❤", REPLACEMENT)  # the variation selector never prints a mark
    assert clean("số 1–2 … “trích” ₫ «x»") == "số 1–2 … “trích” ₫ «x»"


def test_escape_makes_markup_characters_literal() -> None:
    assert escape('<b>&"\'') == "&lt;b&gt;&amp;&quot;&#39;"


def test_markup_round_trips_through_reportlabs_parser() -> None:
    typed = 'Ông <b>Bình</b> & "bà" O\'Neil &amp; <br/> a<b'
    _, fragments, _ = ParaParser().parse(markup(typed), ParagraphStyle("t"))
    assert "".join(f.text for f in fragments) == typed


def test_markup_turns_line_breaks_into_br() -> None:
    assert markup("một\nhai") == "một<br/>hai"
