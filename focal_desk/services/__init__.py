"""Use cases, one per user intent. They own the transaction; concretes arrive as constructor arguments."""
