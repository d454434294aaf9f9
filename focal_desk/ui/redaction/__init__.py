"""Redaction of catalogue files before a partial provision (issue 11 item 4)."""
