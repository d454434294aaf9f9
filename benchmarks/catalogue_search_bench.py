"""Catalogue search on N entries (issue 11): p50/p95 of CatalogueService.search against the same FTS5 MATCH
query run raw in sqlite3 on the same database, in the same run, printed as a ratio (goal: ≤ 2× at p95).

    .venv/bin/python benchmarks/catalogue_search_bench.py --entries 20000 [--rounds 20] [--data-dir DIR] [--keep]

A third of the entries get a digitised file whose text (a few paragraphs, as a decision's body reads) is
indexed with the entry, as OCR or a PDF text layer would leave it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, CatalogueFile, Publication, vocabulary
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.storage.catalogue_search import search_match

DOC_TYPES = [("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Thông báo", "TB"), ("Báo cáo", "BC"),
             ("Nghị quyết", "NQ"), ("Công văn", "UBND"), ("Tờ trình", "TTr"), ("Chỉ thị", "CT")]
SUBJECTS = [
    "giao đất ở cho hộ gia đình", "thu hồi đất thực hiện dự án đường giao thông nông thôn",
    "phê duyệt quy hoạch sử dụng đất", "kế hoạch sử dụng đất hằng năm", "bồi thường, hỗ trợ và tái định cư",
    "phòng, chống thiên tai và tìm kiếm cứu nạn", "dự toán ngân sách xã", "quyết toán ngân sách nhà nước",
    "danh sách hộ nghèo, hộ cận nghèo", "xây dựng nông thôn mới nâng cao", "cấp giấy chứng nhận quyền sử dụng đất",
    "chuyển mục đích sử dụng đất", "tiêm chủng mở rộng", "phòng cháy, chữa cháy rừng", "đầu tư công trung hạn",
    "chỉnh trang đô thị và vệ sinh môi trường", "thành lập tổ công tác cải cách hành chính",
    "xử phạt vi phạm hành chính trong lĩnh vực đất đai", "hỗ trợ người có công với cách mạng",
    "tuyển dụng viên chức", "kiện toàn ban chỉ đạo", "tiếp công dân định kỳ", "giải quyết khiếu nại",
]
PLACES = ["thôn Đông", "thôn Tây", "thôn Thượng", "xóm Mới", "khu Đồng Đầm", "xã Đạo Trù", "xã Đại Đình",
          "thị trấn Tam Đảo", "bản Nà Lầy", "ấp Phú Hòa"]
BODIES = ["UBND xã Đạo Trù", "HĐND xã Đạo Trù", "UBND huyện Tam Đảo", "Văn phòng HĐND và UBND xã"]
NAMES = ["Nguyễn Văn Đức", "Trần Thị Hằng", "Lê Quang Định", "Phạm Thị Lan", "Hoàng Minh Tuấn", "Đỗ Văn Hùng"]
QUERIES = (
    "quyet dinh", "dat dai", "giao dat o", "thu hoi dat", "ngan sach", "ho ngheo", "thien tai", "nong thon moi",
    "quy hoach su dung dat", "nguyen van duc", "tam dao", "khieu nai", "qd-ubnd", "ke hoach 2025", "dao tru",
    "tai dinh cu", "vien chuc", "phong chay", "cai cach hanh chinh", "thon dong",
)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def make_entries(n: int, rng: random.Random) -> list[CatalogueEntry]:
    kinds = [k.code for k in vocabulary().kinds]
    entries = []
    for i in range(n):
        doc, code = rng.choice(DOC_TYPES)
        issued = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
        title = f"{doc} về việc {rng.choice(SUBJECTS)} tại {rng.choice(PLACES)} năm {issued.year}"
        access = rng.choices([AccessClass.PUBLIC, AccessClass.CONDITIONAL, AccessClass.SECRET], [8, 1, 1])[0]
        entries.append(CatalogueEntry(
            None, title, number=f"{i % 400 + 1}/{code}-UBND", issued_on=issued, issuing_body=rng.choice(BODIES),
            kind=rng.choice(kinds), access=access,
            publication=Publication("Cổng thông tin điện tử xã", issued, None, rng.random() < 0.7),
            consent_of="Người có thông tin" if access is AccessClass.CONDITIONAL else "",
            conditional_ground="7.2" if access is AccessClass.CONDITIONAL else "",
            secret_point="6.1" if access is AccessClass.SECRET else "",
            keywords=" ".join(rng.sample(["đất đai", "ngân sách", "xây dựng", "môi trường", "y tế", "giáo dục"], 2)),
        ))
    return entries


def body_text(title: str, rng: random.Random) -> str:
    paras = [f"Căn cứ Luật Tổ chức chính quyền địa phương; xét đề nghị của công chức địa chính về {title.lower()}."]
    for k in range(rng.randint(3, 8)):
        paras.append(f"Điều {k + 1}. Giao {rng.choice(NAMES)} thực hiện {rng.choice(SUBJECTS)} tại "
                     f"{rng.choice(PLACES)}; thửa đất số {rng.randint(1, 900)}, tờ bản đồ số {rng.randint(1, 60)}.")
    return "\n".join(paras)


def fill(app, n: int) -> None:
    rng = random.Random(2026)
    service = app.catalogue()
    t = time.perf_counter()
    for start in range(0, n, 2000):
        saved = service.import_entries(make_entries(min(2000, n - start), rng), "benchmark")
        with app.uow_factory() as uow:  # a third get a file's text (the bytes themselves do not matter here)
            for e in saved:
                if rng.random() < 1 / 3:
                    sha = f"{rng.getrandbits(256):064x}"
                    uow.catalogue.add_file(CatalogueFile(
                        None, e.id, f"{e.number.replace('/', '-')}.pdf", sha, f"{sha[:2]}/{sha}.pdf", 100_000,
                        "application/pdf", rng.randint(1, 12), body_text(e.title, rng), "pdf"))
            uow.commit()
        print(f"\r  {start + len(saved)}/{n} entries", end="", flush=True)
    print(f"  ({time.perf_counter() - t:.0f} s)")


def bench(app, db: Path, rounds: int, limit: int) -> tuple[list[float], list[float], int]:
    service = app.catalogue()
    con = sqlite3.connect(db)
    raw_sql = "SELECT rowid FROM catalogue_fts WHERE catalogue_fts MATCH ? ORDER BY rank LIMIT ?"
    for q in QUERIES:  # warm both: the same pages in the OS cache for either side
        service.search(q, limit)
        con.execute(raw_sql, (search_match(q), limit)).fetchall()
    ours, raw, hits = [], [], 0
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            found = service.search(q, limit)
            ours.append(time.perf_counter() - t)
            hits += len(found)
            t = time.perf_counter()
            con.execute(raw_sql, (search_match(q), limit)).fetchall()
            raw.append(time.perf_counter() - t)
    con.close()
    return ours, raw, hits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--limit", type=int, default=50, help="entries per page, as the catalogue page shows them")
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    app = open_app(Paths(folder), clock=FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)), officer="benchmark")
    try:
        have = app.catalogue().count()
        if have == 0:
            print(f"filling {args.entries} entries into {folder}")
            fill(app, args.entries)
        else:
            print(f"measuring the {have} entries already in {folder}")
        ours, raw, hits = bench(app, app.paths.database, args.rounds, args.limit)
    finally:
        app.close()
        if not args.keep and args.data_dir is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(ours)} searches ({len(QUERIES)} queries x {args.rounds}), limit {args.limit}, "
          f"{hits / len(ours):.1f} entries per search on average")
    print("| measure | CatalogueService.search | raw FTS MATCH | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for p in (50, 95):
        a, b = pct(ours, p) * 1000, pct(raw, p) * 1000
        print(f"| search p{p} ms | {a:.2f} | {b:.2f} | {a / b:.2f} |")


if __name__ == "__main__":
    main()
