"""An area to redact, and the checks every area passes before anything is rendered."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from .catalogue import vocabulary
from .errors import ValidationError

# Areas may touch the page's edge; find_phrase pads boxes and clamps them to the page, and a box drawn on
# screen may land a hair outside it.
_EDGE_TOLERANCE_PT = 0.5


@dataclass(frozen=True)
class RedactionArea:
    """A rectangle to remove: ``page`` from 1, corners in PDF points from the page's top-left corner, and the
    legal ground for removing it (a Đ6 point such as "6.2.b" or a Đ7 ground such as "7.2"; "" not stated)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    ground: str = ""

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def grounds() -> frozenset[str]:
    """The codes an area's ground may take: the Đ6 points and the Đ7 grounds."""
    vocab = vocabulary()
    return frozenset(c.code for c in (*vocab.secret_points, *vocab.conditional_grounds))


def check_areas(areas: Iterable[RedactionArea], sizes: Sequence[tuple[float, float]]) -> list[RedactionArea]:
    """The areas, each checked against the pages it lies on; ValidationError naming every bad one."""
    allowed = grounds()
    checked: list[RedactionArea] = []
    errors: dict[str, str] = {}
    for i, area in enumerate(areas):
        problem = _area_problem(area, sizes, allowed)
        if problem:
            errors[f"areas[{i}]"] = f"vùng thứ {i + 1}: {problem}"
        else:
            checked.append(area)
    if errors:
        raise ValidationError(errors)
    if not checked:
        raise ValidationError.single("areas", "chưa đánh dấu vùng nào cần che.")
    return checked


def _area_problem(area: object, sizes: Sequence[tuple[float, float]], allowed: frozenset[str]) -> str | None:
    if not isinstance(area, RedactionArea):
        return "không phải một vùng cần che."
    if not isinstance(area.page, int) or isinstance(area.page, bool) or not 1 <= area.page <= len(sizes):
        return f"không có trang {area.page} (tệp có {len(sizes)} trang)."
    coords = (area.x0, area.y0, area.x1, area.y1)
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in coords):
        return "tọa độ phải là số hữu hạn."
    width, height = sizes[area.page - 1]
    if not (area.x0 < area.x1 and area.y0 < area.y1):
        return "cần x0 < x1 và y0 < y1."
    tol = _EDGE_TOLERANCE_PT
    if area.x0 < -tol or area.y0 < -tol or area.x1 > width + tol or area.y1 > height + tol:
        return f"nằm ngoài trang {area.page} (rộng {width:.0f}, cao {height:.0f} điểm)."
    if not isinstance(area.ground, str) or (area.ground and area.ground not in allowed):
        return f"căn cứ '{area.ground}' không có trong danh mục Điều 6, Điều 7 (ví dụ 6.2.b, 7.2)."
    return None
