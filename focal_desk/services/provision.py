"""The provision package of a request (issue 11 item 5): the files provided — catalogue files as stored or
their redacted copies —, the covering letter, and how it leaves the office (printed, an .eml the officer
sends from their own mail program, a folder or a ZIP for a USB stick), recorded on the request with every
file's SHA-256 and audited.

``plan`` tells, for each catalogue entry linked to the request, what the law says to do with it
(domain.catalogue_advice) and how many times its files were already given to the same person (Đ28.1.d)."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..documents.facts_text import sentence_name
from ..domain.audit import AuditEvent
from ..domain.catalogue import CatalogueEntry, CatalogueFile
from ..domain.catalogue_advice import Advice, EntryAdvice, RefusalOffer, advise, entry_name, refusal_offer
from ..domain.clock import Clock, today
from ..domain.documents import FormCode
from ..domain.enums import Status
from ..domain.errors import IllegalTransition, ValidationError
from ..domain.provision import (
    LETTER_SOURCE,
    ItemSource,
    PackageFile,
    PackageMessage,
    ProvidedFile,
    Provision,
    ProvisionItem,
    ProvisionMethod,
    RedactedCopy,
    WrittenPackage,
)
from ..domain.request import Request
from .catalogue import CatalogueService
from .documents import DocumentService
from .ports import PackageWriter, UnitOfWork, UnitOfWorkFactory
from .redaction import RedactionService

log = logging.getLogger("focal_desk.provision")

ITEMS = "items"
# A package may be made while the request is answered (printed before the costs are paid) and after.
PACKAGE_STATES = (
    Status.VALID,
    Status.EXTENDED,
    Status.PROVIDED,
    Status.PARTIALLY_PROVIDED,
    Status.CORRECTING,
)
LETTER_STATES = (Status.PROVIDED, Status.PARTIALLY_PROVIDED)  # the covering letter (FormCode.PROVIDE)
REDACTED_SUFFIX = " (bản đã che)"


@dataclass(frozen=True)
class PlannedEntry:
    entry: CatalogueEntry  # with its files
    advice: EntryAdvice
    copies: tuple[RedactedCopy, ...]  # redacted copies of its files made for this request
    provided_before: int  # Đ28.1.d: other requests of the same person that were given its files


@dataclass(frozen=True)
class ProvisionPlan:
    request: Request
    entries: tuple[PlannedEntry, ...]
    provisions: tuple[Provision, ...]  # packages already made for this request
    letter_allowed: bool  # the covering letter can be issued now (provision recorded on the request)
    email_to: str  # where the .eml is addressed ("" when the requester gave no e-mail)
    refusal: RefusalOffer | None = None  # ground a or b the linked entries call for (offered, never applied)


@dataclass(frozen=True)
class _Resolved:
    item: ProvisionItem
    name: str
    path: Path
    sha256: str
    page_count: int
    entry: CatalogueEntry


class ProvisionService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        catalogue: CatalogueService,
        redaction: RedactionService,
        documents: DocumentService,
        writer: PackageWriter,
        clock: Clock,
    ):
        self._uow_factory = uow_factory
        self._catalogue = catalogue
        self._redaction = redaction
        self._documents = documents
        self._writer = writer
        self._clock = clock

    def plan(self, request_id: int) -> ProvisionPlan:
        day = today(self._clock)
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            entries = uow.catalogue.links_of(request_id)
            copies = uow.redactions.for_request(request_id)
            provisions = tuple(uow.provisions.for_request(request_id))
            before = uow.provisions.entries_provided_to(request.requester.id_number, request_id)
        planned = []
        for entry in entries:
            file_ids = {f.id for f in entry.files}
            planned.append(
                PlannedEntry(
                    entry,
                    advise(entry, day, consent_attached=request.consent_attached),
                    tuple(c for c in copies if c.file_id in file_ids),
                    before.get(entry.id or 0, 0),
                )
            )
        return ProvisionPlan(
            request,
            tuple(planned),
            provisions,
            request.status in LETTER_STATES,
            _email_to(request),
            refusal_offer(entries, day, consent_attached=request.consent_attached),
        )

    def page_count(self, request_id: int, items: Sequence[ProvisionItem]) -> int:
        """The pages the chosen files print (the covering letter not counted): the quantity of the TT 46
        black-and-white A4 copy line (FeeService.set_printed_pages)."""
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            return sum(r.page_count for r in self._resolve(uow, request, items, check_files=False))

    def build(
        self,
        request_id: int,
        items: Sequence[ProvisionItem],
        method: ProvisionMethod | str,
        destination: Path,
        *,
        actor: str,
        with_letter: bool = True,
    ) -> Provision:
        """Write the package and record it. ValidationError for a choice the officer can fix (a file of an
        entry not linked, the original of a Đ6 entry, a Đ7 original without consent, a destination that
        cannot be used); IllegalTransition when the request's state allows no package or no letter."""
        try:
            method = ProvisionMethod(method)
        except ValueError:
            raise ValidationError.single(
                "method", "Hình thức cung cấp phải là print, email, folder hoặc zip."
            ) from None
        destination = Path(destination)
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            if request.status not in PACKAGE_STATES:
                raise IllegalTransition(request.status.label_vi, "Lập gói cung cấp thông tin")
            resolved = self._resolve(uow, request, items, check_files=True)
            agency = uow.agencies.current()
        self._writer.check(method, destination)  # before a letter takes its number
        if with_letter and request.status not in LETTER_STATES:
            raise IllegalTransition(
                request.status.label_vi,
                "Lập gói kèm công văn cung cấp thông tin",
                "hãy ghi nhận việc cung cấp thông tin trước, hoặc lập gói không kèm công văn",
            )
        files = [PackageFile(r.path, r.name, r.sha256) for r in resolved]
        letter = self._letter(request_id, resolved) if with_letter else None
        if letter is not None:
            files.insert(0, letter[1])
        agency_text = sentence_name(agency.name, agency.place_name) if agency is not None else ""
        message = (
            _message(request, resolved, agency_text, with_letter) if method is ProvisionMethod.EMAIL else None
        )
        title = (
            f"Cung cấp thông tin theo yêu cầu số {request.register_number} — {request.requester.full_name}"
        )
        written = self._writer.write(
            method, destination, files, when=self._clock.now(), title=title, message=message
        )
        try:
            return self._record(request_id, method, destination, resolved, written, letter, actor)
        except BaseException:
            # not recorded: no package on disk the register does not know of
            _remove_written(written.path, method)
            raise

    def _letter(self, request_id: int, resolved: Sequence[_Resolved]) -> tuple[int, PackageFile]:
        """The covering letter (FormCode.PROVIDE) listing the files; issued once per request, like every
        paper: building the package again encloses the same letter."""
        document = self._documents.issue(
            request_id, FormCode.PROVIDE, {"provided_items": _items_text(resolved)}
        )
        number = (document.number_text or "").replace("/", "-")
        name = f"Công văn cung cấp thông tin số {number}.pdf" if number else "Công văn cung cấp thông tin.pdf"
        return document.id, PackageFile(self._documents.open(document.id), name, document.sha256)

    def _record(
        self,
        request_id: int,
        method: ProvisionMethod,
        destination: Path,
        resolved: Sequence[_Resolved],
        written: WrittenPackage,
        letter: tuple[int, PackageFile] | None,
        actor: str,
    ) -> Provision:
        provided = []
        in_package = list(written.files)
        if letter is not None:
            w = in_package.pop(0)
            provided.append(ProvidedFile(w.name, w.sha256, LETTER_SOURCE, letter[0], w.page_count))
        for r, w in zip(resolved, in_package, strict=True):
            provided.append(ProvidedFile(w.name, w.sha256, r.item.source, r.item.ref_id, w.page_count))
        pages = sum(f.page_count for f in provided if f.source != LETTER_SOURCE)
        letter_id = letter[0] if letter is not None else None
        files_json = [
            {"name": f.name, "sha256": f.sha256, "source": f.source, "ref_id": f.ref_id} for f in provided
        ]
        with self._uow_factory() as uow:
            now = self._clock.now()
            saved = uow.provisions.add(
                Provision(
                    0, request_id, method, str(destination), pages, tuple(provided), letter_id, now, actor
                )
            )
            changes = {
                "provision": [None, saved.id],
                "method": [None, method.value],
                "destination": [None, str(destination)],
                "page_count": [None, pages],
                "files": [None, files_json],
            }
            uow.audit.add(AuditEvent(now, actor, "provision_package", "request", request_id, changes))
            uow.commit()
            return saved

    def provisions_of(self, request_id: int) -> list[Provision]:
        with self._uow_factory(read_only=True) as uow:
            uow.requests.get(request_id)
            return uow.provisions.for_request(request_id)

    # --- helpers -----------------------------------------------------------------------------------
    def _resolve(
        self, uow: UnitOfWork, request: Request, items: Sequence[ProvisionItem], *, check_files: bool
    ) -> list[_Resolved]:
        if not items:
            raise ValidationError.single(ITEMS, "Chưa chọn tệp nào để cung cấp.")
        entries = uow.catalogue.links_of(request.id)
        entry_of: dict[int, CatalogueEntry] = {f.id: e for e in entries for f in e.files if f.id is not None}
        file_by_id: dict[int, CatalogueFile] = {f.id: f for e in entries for f in e.files if f.id is not None}
        day = today(self._clock)
        seen: set[tuple[str, int]] = set()
        out = []
        for item in items:
            try:
                source = ItemSource(item.source)
            except ValueError:
                raise ValidationError.single(
                    ITEMS, f"Nguồn tệp '{item.source}' phải là original hoặc redacted."
                ) from None
            key = (source.value, int(item.ref_id))
            if key in seen:
                raise ValidationError.single(ITEMS, f"Tệp số {item.ref_id} được chọn hai lần.")
            seen.add(key)
            if source is ItemSource.ORIGINAL:
                file = file_by_id.get(item.ref_id)
                if file is None:
                    raise ValidationError.single(
                        ITEMS,
                        f"Tệp số {item.ref_id} không thuộc mục danh mục nào đã liên kết với yêu cầu này.",
                    )
                entry = entry_of[item.ref_id]
                _check_original(entry, advise(entry, day, consent_attached=request.consent_attached))
                path = self._catalogue.open_file(file) if check_files else Path(file.stored_path)
                out.append(_Resolved(item, file.filename, path, file.sha256, file.page_count, entry))
            else:
                copy = uow.redactions.get(item.ref_id)
                if copy.request_id not in (None, request.id) or copy.file_id not in file_by_id:
                    raise ValidationError.single(
                        ITEMS,
                        f"Bản đã che số {item.ref_id} không thuộc yêu cầu này hoặc mục danh mục đã liên kết.",
                    )
                file = file_by_id[copy.file_id]
                path = self._redaction.checked_copy_path(copy) if check_files else Path(copy.stored_path)
                name = f"{PurePath(file.filename).stem}{REDACTED_SUFFIX}.pdf"
                out.append(_Resolved(item, name, path, copy.sha256, copy.page_count, entry_of[copy.file_id]))
        return out


def _check_original(entry: CatalogueEntry, advice: EntryAdvice) -> None:
    """Đ6 information is never handed over as it is; Đ7 information only with its consent (Mẫu 06)."""
    name = entry_name(entry)
    if advice.advice is Advice.REFUSE_SECRET:
        raise ValidationError.single(
            ITEMS,
            f"Không cung cấp bản gốc của «{name}»: {advice.text} Nếu chỉ một phần bị cấm, hãy tạo bản đã che.",
        )
    if advice.advice is Advice.NEEDS_CONSENT:
        raise ValidationError.single(
            ITEMS, f"Chưa cung cấp được bản gốc của «{name}»: {advice.text} Hoặc tạo bản đã che phần đó."
        )


def _email_to(request: Request) -> str:
    return request.delivery_email or request.requester.email


def _items_text(resolved: Sequence[_Resolved]) -> str:
    """The covering letter's list: one line per file, with its pages."""
    return "\n".join(
        f"{n}. {r.name} ({r.page_count:02d} trang), thuộc: {entry_name(r.entry)}."
        if r.page_count
        else f"{n}. {r.name}, thuộc: {entry_name(r.entry)}."
        for n, r in enumerate(resolved, start=1)
    )


def _message(
    request: Request, resolved: Sequence[_Resolved], agency: str, with_letter: bool
) -> PackageMessage:
    sender = agency or "Cơ quan"
    lines = [
        f"Kính gửi Ông/Bà {request.requester.full_name},",
        "",
        f"{sender} gửi kèm theo thư này thông tin Ông/Bà đã yêu cầu (số vào sổ theo dõi: {request.register_number}, "
        f"tiếp nhận ngày {request.received_at:%d/%m/%Y}):",
        *(f"- {r.name}" for r in resolved),
    ]
    if with_letter:
        lines += ["", "Công văn cung cấp thông tin được gửi kèm theo."]
    lines += ["", "Trân trọng.", sender]
    subject = f"Cung cấp thông tin theo yêu cầu số {request.register_number}"
    if agency:
        subject += f" — {agency}"
    return PackageMessage(subject=subject, body="\n".join(lines) + "\n", to=_email_to(request))


def _remove_written(path: Path, method: ProvisionMethod) -> None:
    try:
        if method in (ProvisionMethod.FOLDER, ProvisionMethod.PRINT):
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:  # the recording failed anyway: report that, not this
        log.warning("could not remove the unrecorded package %s: %s", path, exc)
