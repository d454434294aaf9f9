"""Decree 30 PDFs of the forms in forms/ (reportlab; no Qt, no storage)."""
