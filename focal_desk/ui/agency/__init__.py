"""The office profile form and the first-run wizard."""
