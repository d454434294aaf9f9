"""Demo data for someone trying the app: realistic, varied, made through the real services."""
