"""SQLite storage: engine and PRAGMAs, migrations, repositories returning domain dataclasses, search.

Import submodules directly; ``schema_version`` and ``migrate`` stay light for a fast start-up.
"""
