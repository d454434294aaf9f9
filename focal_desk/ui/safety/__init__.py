"""The register's safety net in the window: the start-up check's verdict, backups, restore."""
