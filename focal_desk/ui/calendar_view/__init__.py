"""Calendar & rules page: the year view of working days, its changes and imports, the rule sets."""
