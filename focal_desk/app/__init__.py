"""Composition root: paths, logging, migrate-then-wire, the command line."""
