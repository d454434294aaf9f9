"""PySide6 user interface. Talks to services and domain only."""
