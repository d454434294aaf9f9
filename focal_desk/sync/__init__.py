"""The office-to-province exchange: the signed summary package, keys, and the transport client (no Qt)."""
