"""Issued documents in the UI: preview, issue, view, print, save a copy, cancel; and the costs (Mẫu 03)."""
