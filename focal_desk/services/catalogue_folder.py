"""A whole folder of scans added to the catalogue at once: one entry per PDF/JPEG/PNG/TIFF file (by name, not
recursive), its title from the file name (or the PDF's first line of text when the name is a scanner's
"0001.pdf") and the other fields from a template. Each file is its own entry and
transaction: a damaged file is skipped with its reason and the others are still added; bytes the catalogue
already holds are skipped; a Cancel stops between files and keeps what was added. Optionally each added scan
without a text layer is read by OCR so that search finds its words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..digitise.errors import DigitiseCancelled, DigitiseError
from ..domain.catalogue import CATALOGUE_FILE_SUFFIXES, MAX_TITLE_CHARS, CatalogueEntry
from ..domain.errors import EnvironmentProblem, ValidationError
from ..domain.text import fold, nfc, strip_invisible
from .attachments import sha256_of
from .catalogue import CatalogueService, checked_entry
from .catalogue_files import CatalogueFilesService

FOLDER_FIELD = "folder"
ALREADY_HELD = "đã có trong danh mục"
NOT_A_SCAN = "không phải tệp PDF, JPG, PNG hoặc TIFF"
_SEPARATORS = re.compile(r"[\s_\-–—]+")
_WORDS = re.compile(r"[^\W\d_]{2,}")
# what scanners and cameras name their files: such a name says nothing of the document
SCANNER_WORDS = frozenset(
    {
        "scan",
        "scanned",
        "img",
        "image",
        "dsc",
        "doc",
        "document",
        "page",
        "quet",
        "file",
        "tep",
        "copy",
        "new",
        "pdf",
    }
)


@dataclass(frozen=True)
class FolderAdded:
    added: list[CatalogueEntry] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, why), in Vietnamese
    unread: list[tuple[str, str]] = field(default_factory=list)  # added, but OCR could not read it: why
    cancelled: bool = False  # stopped before the end: ``added`` stays
    remaining: int = 0  # scans not looked at because of the Cancel
    failed: int = 0  # scans skipped because they could not be added (damaged, unreadable), not as duplicates


def title_from_name(name: str) -> str:
    """ "Quyet_dinh-12_2026.pdf" → "Quyet dinh 12 2026": separators to spaces, NFC, no extension."""
    stem = Path(name).stem if Path(name).suffix.lower() in CATALOGUE_FILE_SUFFIXES else name
    text = "".join(ch if ch.isprintable() else " " for ch in strip_invisible(nfc(stem)))
    title = _SEPARATORS.sub(" ", text).strip()
    return (title or nfc(name).strip() or "Tệp quét")[:MAX_TITLE_CHARS]


def says_nothing(title: str) -> bool:
    """ "0001", "scan 0003", "IMG 20260301": no word of its own."""
    return not any(w not in SCANNER_WORDS for w in _WORDS.findall(fold(title)))


def first_line(text: str) -> str:
    """The first line of a text layer with at least a word, as a title ("" when there is none)."""
    for line in text.splitlines():
        title = " ".join(strip_invisible(nfc(line)).split())
        if _WORDS.search(title):
            return title[:MAX_TITLE_CHARS]
    return ""


def _shown(name: str) -> str:
    return "".join(ch if ch.isprintable() else "_" for ch in nfc(name)) or "tệp"


def folder_scans(folder: str | Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The scans of the folder, sorted by name, and the other entries with why they are not added.
    ValidationError (field "folder") when it is missing, not a folder, unreadable, or holds no scan."""
    path = Path(folder).expanduser()
    shown = _shown(str(folder))
    if not path.exists():
        raise ValidationError.single(FOLDER_FIELD, f"không tìm thấy thư mục {shown}.")
    if not path.is_dir():
        raise ValidationError.single(FOLDER_FIELD, f"{shown} không phải thư mục.")
    try:
        children = sorted(path.iterdir(), key=lambda p: (nfc(p.name).casefold(), p.name))
    except OSError as exc:
        raise ValidationError.single(
            FOLDER_FIELD, f"không đọc được thư mục {shown}: {exc.strerror or exc}."
        ) from None
    scans: list[Path] = []
    others: list[tuple[str, str]] = []
    for child in children:
        if child.name.startswith("."):
            continue  # hidden files (.DS_Store, a scanner's state) are nobody's document
        if child.is_dir():
            others.append((_shown(child.name), "là thư mục con (chỉ thêm tệp nằm ngay trong thư mục)"))
        elif child.suffix.lower() in CATALOGUE_FILE_SUFFIXES:
            scans.append(child)
        else:
            others.append((_shown(child.name), NOT_A_SCAN))
    if not scans:
        raise ValidationError.single(
            FOLDER_FIELD, f"thư mục {shown} không có tệp PDF, JPG, PNG hoặc TIFF nào."
        )
    return scans, others


class CatalogueFolderService:
    def __init__(self, catalogue: CatalogueService, files: CatalogueFilesService):
        self._catalogue = catalogue
        self._files = files

    def ocr_unavailable_reason(self) -> str | None:
        """None when the scans can be read by OCR here; else why not, in one sentence."""
        return self._files.ocr_unavailable_reason()

    def add_folder(
        self,
        folder: str | Path,
        template: CatalogueEntry,
        actor: str,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        ocr: bool = False,
    ) -> FolderAdded:
        """One entry per scan of ``folder`` (see the module). ``progress(done, total)`` before each file;
        ``cancelled()`` is asked between files (and between OCR pages)."""
        scans, skipped = folder_scans(folder)
        checked = checked_entry(replace(template, title="-"))  # a bad shared field: refused before any file
        read = ocr and self._files.ocr_unavailable_reason() is None
        added: list[CatalogueEntry] = []
        unread: list[tuple[str, str]] = []
        failed = 0
        stop = cancelled or (lambda: False)
        for n, scan in enumerate(scans):
            if progress is not None:
                progress(n, len(scans))
            if stop():
                return FolderAdded(added, skipped, unread, True, len(scans) - n, failed)
            name = _shown(scan.name)
            try:
                if self._catalogue.holds_bytes(sha256_of(scan)):
                    skipped.append((name, ALREADY_HELD))
                    continue
                entry = self._catalogue.add(replace(checked, title=self._title(scan)), actor, [scan])
            except OSError as exc:
                skipped.append((name, f"không đọc được tệp: {exc.strerror or exc}"))
                failed += 1
                continue
            except ValidationError as exc:
                skipped.append((name, _reason(exc, name)))
                failed += 1
                continue
            except EnvironmentProblem as exc:
                skipped.append((name, str(exc)))
                failed += 1
                continue
            if read and entry.files and entry.files[0].text_source == "none":
                try:
                    entry = self._recognise(entry, stop)
                except DigitiseCancelled:
                    added.append(entry)
                    return FolderAdded(added, skipped, unread, True, len(scans) - n - 1, failed)
                except (DigitiseError, EnvironmentProblem) as exc:
                    unread.append((name, str(exc)))
            added.append(entry)
        if progress is not None:
            progress(len(scans), len(scans))
        return FolderAdded(added, skipped, unread, failed=failed)

    def _title(self, scan: Path) -> str:
        """From the file name, or from the PDF's first line of text when the name says nothing."""
        title = title_from_name(scan.name)
        if says_nothing(title) and scan.suffix.lower() == ".pdf":
            return first_line(self._catalogue.read_text(scan)) or title
        return title

    def _recognise(self, entry: CatalogueEntry, stop: Callable[[], bool]) -> CatalogueEntry:
        file_id = entry.files[0].id
        assert entry.id is not None and file_id is not None
        text = self._files.recognise(file_id, cancel=stop)
        self._files.store_text(file_id, text)
        return self._catalogue.get(entry.id)


def _reason(exc: ValidationError, name: str) -> str:
    """The service's sentence without the file name it starts with (the line shows it already)."""
    message = "; ".join(exc.errors.values())
    return message[len(name) + 2 :] if message.startswith(f"{name}: ") else message
