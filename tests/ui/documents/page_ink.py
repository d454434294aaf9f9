"""How much ink an image of a page holds: a blank page is 0."""

from __future__ import annotations


def dark_share(image) -> float:
    """The share of sampled pixels darker than mid-grey: 0 for a blank page."""
    step = 4
    total = dark = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / total
