"""User text → reportlab paragraph markup that prints as typed.

NFC first (a decomposed "ế" is one glyph in the font). Line breaks become <br/>; tabs become a space; other
C0/C1 controls and DEL are dropped. A character the font cannot draw (an emoji, a rare symbol) prints as
U+FFFD "�" — one mark per character — except invisible ones (joiners, variation selectors, skin-tone
modifiers, combining marks left over after NFC), which are dropped so that an emoji prints one mark, not three.
"""

from __future__ import annotations

import unicodedata

from .fonts import serif_family

REPLACEMENT = "\ufffd"
_SKIN_TONES = range(0x1F3FB, 0x1F400)


def clean(text: str) -> str:
    """NFC text with only characters the font draws, plus "\\n" for line breaks."""
    covered = serif_family().covered
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\n" or code in (0x2028, 0x2029):  # line and paragraph separators
            out.append("\n")
        elif ch == "\t":
            out.append(" ")
        elif code < 0x20 or 0x7F <= code < 0xA0:
            continue
        elif code in covered:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cf", "Mn", "Me") or code in _SKIN_TONES:
            continue
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def escape(text: str) -> str:
    """Markup-safe: &, <, > and quotes as entities (reportlab's parser reads them back as typed)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def markup(text: str) -> str:
    """Clean, escape, and turn line breaks into <br/>."""
    return "<br/>".join(escape(line) for line in clean(text).split("\n"))
