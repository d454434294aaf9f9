"""`python -m focal_desk` and the PyInstaller entry point (build.spec)."""

from focal_desk.app.cli import main

raise SystemExit(main())
