"""Text bound for a spreadsheet cell that Excel must show, not run."""

from __future__ import annotations


def neutralised(text: str) -> str:
    """Text a spreadsheet will not run as a formula (CSV opened in Excel): a cell starting with = + - @ (or a
    tab / carriage return that hides one) gets a leading apostrophe, as OWASP advises."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text
