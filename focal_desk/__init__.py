"""focal_desk — the information focal point's desk (Law on Access to Information 104/2016/QH13)."""

__version__ = "0.1.0"
