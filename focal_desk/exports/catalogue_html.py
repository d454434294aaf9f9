"""The portal list as one static, self-contained HTML page (Vietnamese, UTF-8, no external resource) with
the entries' files copied beside it under files/ and linked relatively: the folder is uploaded as it is to
the office's website. Every text is escaped; the optional filter box is a few lines of inline script that a
Content-Security-Policy pins by its hash (nothing else may run on the page)."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable
from datetime import date
from html import escape
from pathlib import Path, PureWindowsPath
from urllib.parse import quote

from ..domain.catalogue import CatalogueEntry, CatalogueFile
from ..domain.errors import EnvironmentProblem, FocalDeskError
from .catalogue_columns import PUBLISHED_COLUMNS, PUBLISHED_TITLE, date_text
from .catalogue_columns import portal_entries as _portal
from .catalogue_names import safe_file_name
from .catalogue_target import write_atomically

PAGE_NAME = "index.html"
FILES_DIR = "files"
SHA_PREFIX = 12
_OURS = re.compile(r"[0-9a-f]{12}-[0-9a-z.-]+")  # a name this module gives a copied file
_HALF = re.compile(r"\.(.+)-[0-9a-f]{12}\.tmp")  # write_atomically's temporary name for it

SCRIPT = """\
(function () {
  var box = document.getElementById("loc");
  var rows = document.querySelectorAll("#danh-muc tbody tr");
  var count = document.getElementById("so-dong");
  function fold(s) {
    return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[\\u0111\\u0110]/g, "d").toLowerCase();
  }
  box.parentNode.hidden = false;
  box.addEventListener("input", function () {
    var words = fold(box.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = fold(row.textContent);
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " / " + rows.length;
  });
})();
"""
SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()

STYLE = """\
body { font-family: "Times New Roman", Tinos, serif; margin: 1.5rem; color: #111; line-height: 1.4; }
h1 { font-size: 1.4rem; text-align: center; margin-bottom: 0.2rem; }
p.agency, p.updated { text-align: center; margin: 0.2rem 0; }
p.updated { font-style: italic; }
label { font-weight: bold; }
input { font: inherit; padding: 0.2rem 0.4rem; width: 20rem; max-width: 90%; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
caption { text-align: left; font-weight: bold; margin-bottom: 0.4rem; }
th, td { border: 1px solid #444; padding: 0.3rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #eee; }
td.n, td.d { text-align: center; white-space: nowrap; }
td { overflow-wrap: anywhere; }
td:nth-child(2) { min-width: 12rem; }
td:nth-child(3) { min-width: 5rem; }
td:nth-child(5), td:nth-child(7) { min-width: 7rem; }
td:nth-child(6) { min-width: 9rem; }
td:nth-child(10) { min-width: 10rem; }
div.cuon { overflow-x: auto; }
ul { margin: 0; padding-left: 1rem; }
a:focus { outline: 2px solid #005fcc; }
@media print { .filter { display: none; } }
"""


class StoredFileProblem(FocalDeskError):
    """A file of an entry is missing from the data folder, or is no longer the file that was added (its
    SHA-256 differs): the page is not written with a wrong or absent file."""


def _copy_checked(source: Path, target: Path, file: CatalogueFile, entry: CatalogueEntry) -> None:
    """Copy ``source`` to ``target`` (atomically), refusing bytes whose SHA-256 is not the recorded one."""

    def copy(tmp: Path) -> None:
        digest = hashlib.sha256()
        try:
            with source.open("rb") as src, tmp.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    dst.write(chunk)
        except FileNotFoundError:
            raise StoredFileProblem(
                f"Tệp “{file.filename}” của thông tin “{entry.title}” không còn trong thư mục dữ liệu: "
                "không xuất được trang."
            ) from None
        if digest.hexdigest() != file.sha256.lower():
            raise StoredFileProblem(
                f"Tệp “{file.filename}” của thông tin “{entry.title}” đã bị thay đổi sau khi lưu (mã SHA-256 "
                "khác): không xuất được trang."
            )

    write_atomically(target, copy)


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def _files_cell(entry: CatalogueEntry, links: dict[tuple[str, str], str]) -> str:
    if not entry.files:
        return ""
    items = []
    for f in entry.files:
        href = quote(f"{FILES_DIR}/{links[(f.sha256, f.filename)]}")
        kind = Path(f.filename).suffix.lstrip(".").upper() or "tệp"
        shown = PureWindowsPath(f.filename).name or f.filename  # the name, not the folder it came from
        items.append(
            f'<li><a href="{escape(href)}">{escape(shown)}</a> ({escape(kind)}, '
            f"{_size_text(f.size_bytes)})</li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def _row(n: int, entry: CatalogueEntry, links: dict[tuple[str, str], str]) -> str:
    cells = []
    for c in PUBLISHED_COLUMNS:
        if c.key == "files":
            cells.append(f"<td>{_files_cell(entry, links)}</td>")
            continue
        value = c.value(n, entry)
        css = ""
        if isinstance(value, date) or value is None:
            text, css = date_text(value), ' class="d"'
        elif isinstance(value, int):
            text, css = str(value), ' class="n"'
        else:
            text = str(value)
        cells.append(f"<td{css}>{escape(text)}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def _page(
    entries: list[CatalogueEntry], links: dict[tuple[str, str], str], agency_name: str, today: date
) -> str:
    head = "".join(f'<th scope="col">{escape(c.header)}</th>' for c in PUBLISHED_COLUMNS)
    body = "\n".join(_row(n, e, links) for n, e in enumerate(entries, start=1))
    if not entries:
        body = (
            f'<tr><td colspan="{len(PUBLISHED_COLUMNS)}">Chưa có thông tin nào đang được công khai.</td></tr>'
        )
    title = f"{PUBLISHED_TITLE} — {agency_name}" if agency_name else PUBLISHED_TITLE
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{SCRIPT_HASH}'; base-uri 'none'"
    agency = f'<p class="agency">{escape(agency_name)}</p>\n' if agency_name else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">
<meta name="generator" content="focal_desk">
<title>{escape(title)}</title>
<style>
{STYLE}</style>
</head>
<body>
<main>
<h1>{escape(PUBLISHED_TITLE.upper())}</h1>
{agency}<p class="updated">Cập nhật ngày {date_text(today)} — {len(entries)} thông tin</p>
<p class="filter" hidden><label for="loc">Tìm trong danh mục:</label>
<input id="loc" type="search" autocomplete="off"> <span id="so-dong" aria-live="polite"></span></p>
<div class="cuon" role="region" aria-label="Bảng danh mục" tabindex="0">
<table id="danh-muc">
<caption>Thông tin được công khai theo Điều 17 Luật Tiếp cận thông tin</caption>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""


def write_catalogue_html(
    entries: Iterable[CatalogueEntry],
    out_dir: Path,
    file_path_of: Callable[[CatalogueFile], Path],
    *,
    today: date,
    agency_name: str = "",
) -> Path:
    """Write ``out_dir``/index.html and copy the listed entries' files to ``out_dir``/files/ as
    ``<first 12 hex of SHA-256>-<safe name>`` (each checked against its SHA-256 while copied). The list
    holds the entries public, published and current ``today``, in the order given. Returns the page's path."""
    listed = _portal(entries, today)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise EnvironmentProblem(f"{out_dir} là một tệp, không phải thư mục: không xuất được trang.")
    files_dir = out_dir / FILES_DIR
    links: dict[tuple[str, str], str] = {}
    for entry in listed:
        for f in entry.files:
            if (f.sha256, f.filename) in links:
                continue  # the same file listed twice (two entries share it): copied once
            name = f"{f.sha256[:SHA_PREFIX].lower()}-{safe_file_name(f.filename)}"
            links[(f.sha256, f.filename)] = name
            target = files_dir / name
            if (
                target.is_file()
                and target.stat().st_size == f.size_bytes
                and _sha256(target) == f.sha256.lower()
            ):
                continue  # copied by an earlier export
            _copy_checked(Path(file_path_of(f)), target, f, entry)
    page = _page(listed, links, agency_name, today)
    written = write_atomically(out_dir / PAGE_NAME, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    _prune(files_dir, set(links.values()))
    _prune_half(out_dir, lambda name: name == PAGE_NAME)
    _prune_half(files_dir, _OURS.fullmatch)
    return written


def _prune(files_dir: Path, kept: set[str]) -> None:
    """Remove the copies an earlier export left for entries no longer on the list (withdrawn, reclassified,
    their period ended): the folder is uploaded as it is, so nothing that is not linked may stay in it.
    Only names this module gives are touched."""
    if not files_dir.is_dir():
        return
    for path in files_dir.iterdir():
        if path.name not in kept and _OURS.fullmatch(path.name) and path.is_file():
            try:
                path.unlink()
            except OSError as exc:
                raise EnvironmentProblem(
                    f"Không xóa được tệp cũ {path} khỏi thư mục xuất: {exc.strerror or exc}"
                ) from exc


def _prune_half(folder: Path, ours: Callable[[str], object]) -> None:
    """Remove the half-written copies an export killed mid-way (or a power cut) left: they would be uploaded."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        half = _HALF.fullmatch(path.name)
        if half and ours(half.group(1)) and path.is_file():
            try:
                path.unlink()
            except OSError:
                continue  # gone meanwhile, or not removable: the page itself is written


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
