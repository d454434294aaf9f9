"""The request file: one window per request with its fields, deadlines, timeline, corrections and actions."""
