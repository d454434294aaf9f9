"""Adapters that compute calendar data from third-party libraries (kept out of the pure domain)."""
