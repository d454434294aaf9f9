"""Intake of a new request (Ctrl+N): one form for walk-in and written requests, with attachments."""
