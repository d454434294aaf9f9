"""Composition root: paths, logging, migrate-then-wire, the command line."""

import time

STARTED = time.perf_counter()  # the first focal_desk code a command runs; ``gui --exit-when-ready`` counts from here
