"""The provision package of a request (issue 11 item 5)."""
