"""Digitised files read from paths and bytes: what a file is, its pages as images, its text (text layer or
Vietnamese OCR), thumbnails, and redacted copies. No database, no Qt: services and the GUI call it."""
