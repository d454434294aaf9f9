#!/usr/bin/env bash
# Screenshots for the README at 1366x768: the main window (register and to-do pages), the intake dialog and
# a request file, the statistics page and the catalogue of information (its page and an entry with a PDF and a
# scan), a request linked to it with the redaction and provision dialogs, on a demo register, saved as
# docs/screenshots/{register,todo,intake,request_file,statistics,catalogue,catalogue_entry,catalogue_folder,
# catalogue_folder_done,request_catalogue,redaction,provision}.png.
#   bash scripts/screenshots.sh [REQUESTS]   (needs Xvfb; default 300 demo requests; PYTHON=… other than .venv)
# Qt grabs each window itself (QWidget.grab), so neither xdotool nor ImageMagick is needed; Xvfb gives the
# real 1366x768 screen the windows are laid out on.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/docs/screenshots"
DATA="$(mktemp -d)"
command -v Xvfb >/dev/null || { echo "screenshots: Xvfb is needed (apt-get install xvfb)" >&2; exit 1; }

DISPLAY_NO=99
while [[ -e /tmp/.X11-unix/X$DISPLAY_NO || -e /tmp/.X$DISPLAY_NO-lock ]]; do DISPLAY_NO=$((DISPLAY_NO + 1)); done
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$DATA"' EXIT
export DISPLAY=":$DISPLAY_NO" QT_QPA_PLATFORM=xcb PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$DISPLAY_NO ]] && break; sleep 0.1; done

"$PY" -m focal_desk --data-dir "$DATA" demo --requests "${1:-300}" >/dev/null
mkdir -p "$OUT"
"$PY" - "$DATA" "$OUT" <<'PYEOF'
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from focal_desk.app.paths import resolve_paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.listing import RequestQuery
from focal_desk.ui.app import make_application
from focal_desk.ui.errors import ErrorRouter
from focal_desk.ui.jobs import JobRunner
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.agency.first_run import FirstRunWizard
from focal_desk.domain.documents import FormCode
from focal_desk.domain.period import Period
from focal_desk.ui.statistics.period_picker import YEAR

data, out = sys.argv[1], Path(sys.argv[2])
core = open_app(resolve_paths(data), officer="Nguyễn Thị Hoa")
app = make_application("vi")
desk = core.desk()
jobs = JobRunner()
errors = ErrorRouter(desk.log_path)
window = MainWindow(desk, jobs, errors)
window.setGeometry(app.primaryScreen().availableGeometry())
window.show()

def settle(seconds=1.5):  # let jobs finish and the windows paint
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)

def shot(widget, name):
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    print(f"{out / name}.png  {widget.width()}x{widget.height()}")

def catalogue_samples():
    """A few entries of the catalogue, the first with a text PDF and a scanned page (made here)."""
    from datetime import date, timedelta
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from focal_desk.documents.fonts import REGULAR, serif_family
    from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
    from focal_desk.resources_path import resources_dir

    folder = Path(data) / "samples"
    folder.mkdir(exist_ok=True)
    serif_family()
    pdf = canvas.Canvas(str(folder / "QĐ 125-QĐ-UBND.pdf"))
    pdf.setFont(REGULAR, 14)
    for i, line in enumerate(("QUYẾT ĐỊNH", "Về việc giao đất ở cho hộ gia đình", "Điều 1. Giao 150 m² đất ở tại thôn Đông")):
        pdf.drawString(72, 760 - 30 * i, line)
    pdf.showPage()
    pdf.save()
    scan = Image.new("L", (1240, 1754), 250)
    font = ImageFont.truetype(str(resources_dir() / "fonts" / "Tinos-Regular.ttf"), 40)
    ImageDraw.Draw(scan).text((150, 200), "Sơ đồ thửa đất số 215", font=font, fill=20)
    scan.save(folder / "so-do-thua-dat.png", dpi=(150, 150))
    today = desk.clock.now().date()
    actor = "Nguyễn Thị Hoa"
    samples = [
        CatalogueEntry(None, "Quyết định giao đất ở cho hộ gia đình ông Nguyễn Văn Bình", number="125/QĐ-UBND",
                       issued_on=today - timedelta(days=20), issuing_body="UBND xã",
                       publication=Publication("Cổng thông tin điện tử của xã", today - timedelta(days=15), None, True)),
        CatalogueEntry(None, "Kế hoạch sử dụng đất năm nay của xã", number="12/KH-UBND", kind="17.1.d",
                       issued_on=date(today.year, 1, 10), issuing_body="UBND xã",
                       publication=Publication("Bảng tin trụ sở", date(today.year, 1, 15), None, False)),
        CatalogueEntry(None, "Hồ sơ giải quyết khiếu nại về đất đai của bà Lê Thị Mai", access=AccessClass.CONDITIONAL,
                       consent_of="Bà Lê Thị Mai", conditional_ground="7.2"),
        CatalogueEntry(None, "Báo cáo công tác quốc phòng địa phương", access=AccessClass.SECRET, secret_point="6.1"),
    ]
    files = [folder / "QĐ 125-QĐ-UBND.pdf", folder / "so-do-thua-dat.png"]
    ids = [desk.catalogue.add(e, actor, files if n == 0 else []).id for n, e in enumerate(samples)]
    return ids[0]

def run():
    settle()  # the to-do page comes first when something is overdue: show each page in turn
    window.nav.setCurrentRow(1)
    shot(window, "todo")
    window.nav.setCurrentRow(0)
    shot(window, "register")
    window.new_request()
    settle(0.5)
    intake = app.activeModalWidget() or app.activeWindow()
    shot(intake, "intake")
    intake.close()
    request_id = desk.requests.ids(RequestQuery())[0]
    if FormCode.RECEIPT in {info.form for info in desk.documents.offered(request_id)}:
        desk.documents.issue(request_id, FormCode.RECEIPT)  # the Documents tab then shows a numbered paper
    window.open_request(request_id)
    rf = window._open_files[request_id]
    shot(rf, "request_file")
    rf.tabs.setCurrentWidget(rf.documents)
    shot(rf, "documents")
    rf.explain_deadline()
    if rf.explain_dialog is not None:
        shot(rf.explain_dialog, "explain")
        rf.explain_dialog.close()
    rf.close()
    window.nav.setCurrentRow(2)
    shot(window, "calendar")
    window.nav.setCurrentRow(3)
    shot(window, "office")
    wizard = FirstRunWizard(desk, jobs, errors)
    wizard.show()
    shot(wizard, "first_run")
    wizard.hide()
    window.nav.setCurrentRow(4)  # statistics of last year: twelve whole months in the charts
    window.statistics.picker.set_period(Period.year(desk.clock.now().year - 1), YEAR)
    shot(window, "statistics")
    entry_id = catalogue_samples()
    window.nav.setCurrentRow(5)
    window.catalogue.reload()
    shot(window, "catalogue")
    entry = window.catalogue.open_entry(entry_id)
    settle(3)  # the page pictures are made in a job
    shot(entry, "catalogue_entry")
    entry.close()
    scans = Path(data) / "samples"  # the sample files are in the catalogue already: skipped, with why
    (scans / "ghi chu.txt").write_text("x", encoding="utf-8")
    adding = window.catalogue.add_folder(str(scans))
    shot(adding, "catalogue_folder")
    adding.start()
    settle(3)
    shot(adding, "catalogue_folder_done")
    adding.close()
    # issue 11 workflow: the entry linked to a request, its file redacted, the provision package
    desk.catalogue.link(request_id, entry_id, "Nguyễn Thị Hoa")
    window.open_request(request_id)
    rf = window._open_files[request_id]
    rf.tabs.setCurrentWidget(rf.catalogue)
    shot(rf, "request_catalogue")
    pdf = next(f for f in desk.catalogue.get(entry_id).files if f.media_type == "application/pdf")
    rf.open_redaction(pdf)
    redaction = rf.flow_dialog
    settle(2)
    redaction.set_ground("7.2")
    redaction.phrase.setText("150 m²")
    redaction.find_phrase()
    shot(redaction, "redaction")
    redaction._saved_areas = redaction.areas()  # closed without asking: nothing of the officer's is lost
    redaction.close()
    rf.open_provision()
    settle(2)
    shot(rf.flow_dialog, "provision")
    rf.flow_dialog.close()
    rf.close()
    app.quit()

window.ready.connect(lambda _rows: QTimer.singleShot(0, run))
app.exec()
jobs.wait_all()
core.close()
PYEOF
