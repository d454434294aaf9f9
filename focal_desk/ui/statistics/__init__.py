"""The statistics page, its report dialog and the log-book export dialog (issue 9)."""
