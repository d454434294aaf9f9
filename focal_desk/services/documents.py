"""Issue, preview, cancel and reopen the papers a request calls for.

Issuing is one unit of work: the request's state is checked, the number taken (the app's series or the
clerk's typed number), the PDF rendered and written atomically into the documents folder, its SHA-256 and
the row recorded, audited, committed. If anything fails the transaction rolls back — the number is not
taken — and the file is removed. From then on the file is immutable: it is reopened only after its hash
is checked, and a cancelled document keeps its number (never reused)."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from ..domain.agency import AgencyProfile, NumberingMode
from ..domain.audit import AuditEvent
from ..domain.clock import Clock, today
from ..domain.documents import DocumentFacts, DocumentNumber, FormCode, IssuedDocument, TemplateInfo
from ..domain.errors import DocumentTampered, EnvironmentProblem, IllegalTransition, NotFound, ValidationError
from ..domain.numbering import (
    action_key,
    check_form_allowed,
    check_numbering_input,
    document_number,
    parse_typed_number,
    series_key,
)
from ..domain.request import Request
from ..domain.text import clean_text
from .agency_service import is_described
from .officer import Officer
from .ports import DocumentRenderer, UnitOfWork, UnitOfWorkFactory

log = logging.getLogger("focal_desk.documents")
PRINTED_DUE = "answer_due"  # the printed date the register keeps beside the document


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _described_agency(uow: UnitOfWork) -> AgencyProfile:
    agency = uow.agencies.current()
    if agency is None or not is_described(agency) or agency.id is None:
        raise ValidationError.single("agency", "Chưa khai báo thông tin cơ quan: vào mục Cơ quan trước khi lập văn bản")
    return agency


def write_atomically(target: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over: a power cut leaves the whole file or none."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".issuing-", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dir_fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class DocumentService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        renderer: DocumentRenderer,
        documents_root: Path,
        clock: Clock,
        officer: Officer,
    ):
        self._uow_factory = uow_factory
        self._renderer = renderer
        self._root = documents_root
        self._clock = clock
        self._officer = officer

    # --- preview and issue ---------------------------------------------------------------------------
    def preview(self, request_id: int, form: FormCode, extra: Mapping[str, str] | None = None) -> bytes:
        """The paper as it would be issued today, without its number: nothing is taken or written."""
        info = self._renderer.info(form)
        day = today(self._clock)
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            agency = _described_agency(uow)
            check_form_allowed(form, request, day, info.title)
            facts = self._facts(uow, form, agency, request, day, None, extra)
        return self._renderer.render(facts).pdf

    def preview_blank(self, form: FormCode) -> bytes:
        """A form printed empty for the requester to fill in (Mẫu 01a, 01b, 06)."""
        if form not in (FormCode.REQUEST_FORM, FormCode.REQUEST_FORM_ORG, FormCode.CONSENT):
            raise ValidationError.single("form", "Chỉ in mẫu trống cho phiếu yêu cầu và văn bản chấp thuận")
        with self._uow_factory(read_only=True) as uow:
            agency = _described_agency(uow)
        return self._renderer.render(DocumentFacts(form, agency, None, today(self._clock), None)).pdf

    def issue(
        self,
        request_id: int,
        form: FormCode,
        extra: Mapping[str, str] | None = None,
        typed_number: str | None = None,
    ) -> IssuedDocument:
        """Issue the paper the request's state calls for; issuing the same paper again for the same action
        returns the live one (no second number). ``typed_number``: the clerk's number when the office
        numbers by hand ("5", "05" or "05/TB-UBND")."""
        info = self._renderer.info(form)
        day = today(self._clock)
        placed: Path | None = None
        try:
            with self._uow_factory() as uow:
                request = uow.requests.get(request_id)
                agency = _described_agency(uow)
                check_form_allowed(form, request, day, info.title)
                key = action_key(form, request)
                existing = uow.documents.live_for_action(request.id, key)
                if existing is not None:
                    return existing
                check_numbering_input(agency.numbering_mode, info.numbered, typed_number)
                number = self._take_number(uow, agency, info, day.year, typed_number) if info.numbered else None
                rendered = self._renderer.render(self._facts(uow, form, agency, request, day, number, extra))
                relative = self._file_name(request, form, number, day)
                target = self._root / relative
                try:
                    write_atomically(target, rendered.pdf)
                except OSError as exc:
                    raise EnvironmentProblem(f"Không ghi được tệp văn bản vào {target.parent}: {exc}") from exc
                placed = target  # from here on, a failure removes it
                document = uow.documents.insert(
                    agency.id,  # type: ignore[arg-type]  # _described_agency checked it
                    IssuedDocument(
                        id=0,
                        request_id=request.id,
                        kind=form.value,
                        form=form,
                        number_text=number.text if number else None,
                        year=day.year,
                        seq=number.seq if number else None,
                        issued_on=day,
                        printed_due=rendered.printed_dates.get(PRINTED_DUE),
                        template_id=rendered.template_id,
                        template_version=rendered.template_version,
                        path=relative.as_posix(),
                        sha256=sha256_of(rendered.pdf),
                        officer=self._officer.actor(),
                        action_key=key,
                    ),
                )
                self._audit(uow, "issue_document", document, {
                    "request_id": [None, request.id],
                    "form": [None, form.value],
                    "number": [None, document.number_text],
                    "template": [None, f"{document.template_id} v{document.template_version}"],
                    "sha256": [None, document.sha256],
                })
                uow.commit()
                placed = None  # committed: the file belongs to the register now
                return document
        finally:
            if placed is not None:
                try:
                    placed.unlink(missing_ok=True)
                except OSError as exc:  # the issue failed anyway: say so, do not hide its error
                    log.warning("could not remove the uncommitted document %s: %s", placed, exc)

    def _facts(
        self,
        uow: UnitOfWork,
        form: FormCode,
        agency: AgencyProfile,
        request: Request,
        day: date,
        number: DocumentNumber | None,
        extra: Mapping[str, str] | None,
    ) -> DocumentFacts:
        fees = uow.fees.statement(request.id).lines
        return DocumentFacts(form, agency, request, day, number, fee_lines=fees, extra=dict(extra or {}))

    def _take_number(
        self, uow: UnitOfWork, agency: AgencyProfile, info: TemplateInfo, year: int, typed: str | None
    ) -> DocumentNumber:
        agency_id: int = agency.id  # type: ignore[assignment]  # _described_agency checked it
        if agency.numbering_mode is NumberingMode.TYPED:
            number = parse_typed_number(typed or "", info.type_abbr, agency, year)
            if uow.documents.number_used(agency_id, year, number.text):
                raise ValidationError.single("number", f"Số {number.text} đã được dùng trong năm {year}")
            return number
        series = series_key(agency.series_scope, info.type_abbr)
        while True:
            number = document_number(uow.documents.next_seq(agency_id, year, series), year, info.type_abbr, agency)
            # A number typed by hand before the office switched to the app's series is passed over.
            if not uow.documents.number_used(agency_id, year, number.text):
                return number

    def _file_name(self, request: Request, form: FormCode, number: DocumentNumber | None, day: date) -> Path:
        """<year>/<register year>-<register seq>_<form>[_<number>].pdf, with a suffix if taken already
        (a cancelled paper keeps its file)."""
        stem = f"{request.register_year}-{request.register_seq:04d}_{form.value}"
        if number is not None:
            stem += f"_so{number.seq:02d}"
        folder = Path(str(day.year))
        candidate, n = folder / f"{stem}.pdf", 1
        while (self._root / candidate).exists():
            n += 1
            candidate = folder / f"{stem}_{n}.pdf"
        return candidate

    # --- after issue ---------------------------------------------------------------------------------
    def cancel(self, document_id: int, reason: str) -> IssuedDocument:
        """The document no longer stands; its number stays used and its file stays (audited)."""
        reason = clean_text(reason, "cancel_reason", "Lý do hủy văn bản", multiline=True)
        if not reason:
            raise ValidationError.single("cancel_reason", "Cần ghi lý do hủy văn bản")
        with self._uow_factory() as uow:
            document = uow.documents.get(document_id)
            if not document.live:
                raise ValidationError.single("cancel_reason", "Văn bản này đã bị hủy trước đó")
            cancelled = uow.documents.cancel(document_id, today(self._clock), reason, self._officer.actor())
            self._audit(uow, "cancel_document", cancelled, {
                "request_id": [None, cancelled.request_id],
                "number": [cancelled.number_text, cancelled.number_text],
                "cancel_reason": [None, reason],
            })
            uow.commit()
            return cancelled

    def get(self, document_id: int) -> IssuedDocument:
        with self._uow_factory(read_only=True) as uow:
            return uow.documents.get(document_id)

    def for_request(self, request_id: int) -> list[IssuedDocument]:
        with self._uow_factory(read_only=True) as uow:
            return uow.documents.for_request(request_id)

    # --- what the request file offers (the rule table stays in domain/numbering.py) --------------------
    def template(self, form: FormCode) -> TemplateInfo:
        """The form's title, numbering and the fields the officer gives when issuing it."""
        return self._renderer.info(form)

    def offered(self, request_id: int) -> tuple[TemplateInfo, ...]:
        """The forms the request's current state allows today, in FormCode order."""
        day = today(self._clock)
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
        out = []
        for form in FormCode:
            info = self._renderer.info(form)
            try:
                check_form_allowed(form, request, day, info.title)
            except IllegalTransition:
                continue
            out.append(info)
        return tuple(out)

    def open(self, document_id: int) -> Path:
        """The issued file, for viewing, printing or saving a copy, after checking it is the one issued.
        Reprinting prints this same file. DocumentTampered when it is missing or changed."""
        document = self.get(document_id)
        if document.path is None or document.sha256 is None:
            raise NotFound("tệp của văn bản (văn bản được lập ngoài chương trình)", document_id)
        path = self._root / document.path
        try:
            found: str | None = sha256_of(path.read_bytes())
        except FileNotFoundError:
            found = None
        if found != document.sha256:
            raise DocumentTampered(str(path), document.sha256, found)
        return path

    def _audit(self, uow: UnitOfWork, action: str, document: IssuedDocument, changes: dict) -> None:
        uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), action, "document", document.id, changes))
