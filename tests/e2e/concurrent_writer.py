"""A writer process for the concurrency tests: opens the app on a data folder (the real start-up path,
migration included), waits for a common start time, then registers N requests and prints what it got.

    python concurrent_writer.py DATA_DIR N TAG START_AT_EPOCH
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, ProvisionForm, RequesterKind
from focal_desk.domain.errors import FocalDeskError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester


def main() -> None:
    data_dir, n, tag, start_at = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    while time.time() < start_at:  # line the processes up so that they really collide
        time.sleep(0.001)
    numbers, errors = [], []
    try:
        app = open_app(Paths(data_dir))
    except FocalDeskError as exc:
        print(json.dumps({"numbers": [], "errors": [f"start: {exc}"]}))
        return
    try:
        for i in range(n):
            draft = RequestDraft(
                requester=Requester(RequesterKind.CITIZEN, f"Người thử {tag} {i}", IdType.CCCD,
                                    f"0012030{abs(hash(tag)) % 1000:03d}{i:02d}"[:12].ljust(12, "0"), "Xã Đạo Trù"),
                channel=Channel.POSTAL,
                received_at=datetime(2026, 11, 20, 8, 0, tzinfo=VN_TZ),
                info_requested=f"Thông tin {tag} {i}",
                purpose="Thử ghi đồng thời",
                provision_form=ProvisionForm.POST,
            )
            try:
                numbers.append(app.requests.register(draft).register_number)
            except FocalDeskError as exc:
                errors.append(str(exc))
    finally:
        app.close()
    print(json.dumps({"numbers": numbers, "errors": errors}, ensure_ascii=False))


if __name__ == "__main__":
    main()
