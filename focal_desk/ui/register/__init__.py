"""The register (home screen): windowed model, filter bar, view."""
