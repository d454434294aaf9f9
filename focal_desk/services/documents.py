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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain.agency import AgencyProfile, NumberingMode
from ..domain.audit import AuditEvent
from ..domain.clock import Clock, today
from ..domain.document_flow import (
    PRINTED_DUE_KEY,
    OwedDocument,
    check_resolution_date,
    documents_owed,
    forms_called_for,
    gathered_facts,
    receipt_offered,
)
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
from ..domain.request import Request, notice_sent_late
from ..domain.signature import SignatureCheck, SigningCredentials
from ..domain.text import clean_text
from . import document_signing
from .agency_service import is_described
from .diff import changes
from .officer import Officer
from .ports import DocumentRenderer, DocumentSigner, UnitOfWork, UnitOfWorkFactory

log = logging.getLogger("focal_desk.documents")


@dataclass(frozen=True)
class DocumentChoices:
    """What the request file offers: the forms the state calls for now, the papers still owed (a refusal
    without its Mẫu 05 …), whether to offer the receipt at once (a walk-in), and what is issued."""

    forms: tuple[FormCode, ...]
    owed: tuple[OwedDocument, ...]
    offer_receipt: bool
    issued: tuple[IssuedDocument, ...]


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
        signer: DocumentSigner | None = None,
    ):
        self._signer = signer  # None: digital signing not available
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
            if form is FormCode.RESOLUTION:
                check_resolution_date(request, dict(extra or {}).get("provide_due"))
            facts = self._facts(uow, form, agency, request, day, None, extra)
        return self._renderer.render(facts).pdf

    def prefilled(self, request_id: int, form: FormCode) -> dict[str, str]:
        """The template fields the service fills from the request for this form (dates ISO): the refusal's
        ground and detail for 05, the extension's reason and new date for 04, 03's time limit and payment
        deadline … A caller asks the officer only for the fields of ``info(form)`` not listed here (or lets
        the officer change a default such as 03's ``provide_due``; recorded facts cannot be replaced)."""
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            return gathered_facts(form, request, None, uow.fees.statement(request_id).payment_due)

    def choices(self, request_id: int) -> DocumentChoices:
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            issued = tuple(uow.documents.for_request(request_id))
        codes = {f.value for f in FormCode}
        live = {FormCode(d.kind) for d in issued if d.live and d.kind in codes}  # papers recorded by hand too
        return DocumentChoices(
            forms=forms_called_for(request),
            owed=documents_owed(request, live),
            offer_receipt=receipt_offered(request, live),
            issued=issued,
        )

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
        sign_with: SigningCredentials | None = None,
    ) -> IssuedDocument:
        """Issue the paper the request's state calls for; issuing the same paper again for the same action
        returns the live one (no second number). ``typed_number``: the clerk's number when the office
        numbers by hand ("5", "05" or "05/TB-UBND"). ``sign_with``: sign the file digitally (electronic requests
        only); a certificate or password that cannot sign raises ValidationError and nothing is issued."""
        info = self._renderer.info(form)
        day = today(self._clock)
        placed: Path | None = None
        try:
            with self._uow_factory() as uow:
                request = uow.requests.get(request_id)
                agency = _described_agency(uow)
                check_form_allowed(form, request, day, info.title)
                document_signing.check_can_sign(self._signer, request, sign_with)
                if form is FormCode.RESOLUTION:
                    check_resolution_date(request, dict(extra or {}).get("provide_due"))
                key = action_key(form, request)
                existing = uow.documents.live_for_action(request.id, key)
                if existing is not None:
                    return existing
                check_numbering_input(agency.numbering_mode, info.numbered, typed_number)
                number = self._take_number(uow, agency, info, day.year, typed_number) if info.numbered else None
                rendered = self._renderer.render(self._facts(uow, form, agency, request, day, number, extra))
                pdf, signed_by = document_signing.signed_pdf(self._signer, rendered, sign_with, self._clock.now())
                printed_due = rendered.printed_dates.get(PRINTED_DUE_KEY.get(form, ""))
                relative = self._file_name(request, form, number, day)
                target = self._root / relative
                try:
                    write_atomically(target, pdf)
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
                        printed_due=printed_due,
                        template_id=rendered.template_id,
                        template_version=rendered.template_version,
                        path=relative.as_posix(),
                        sha256=sha256_of(pdf),
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
                    **({"signed_by": [None, signed_by]} if signed_by else {}),
                })
                self._record_printed(uow, request, form, day, printed_due, document)
                uow.commit()
                placed = None  # committed: the file belongs to the register now
                return document
        finally:
            if placed is not None:
                try:
                    placed.unlink(missing_ok=True)
                except OSError as exc:  # the issue failed anyway: say so, do not hide its error
                    log.warning("could not remove the uncommitted document %s: %s", placed, exc)

    def _record_printed(
        self, uow: UnitOfWork, request: Request, form: FormCode, day: date, printed: date | None,
        document: IssuedDocument,
    ) -> None:
        """The date a receipt, resolution or extension notice prints is the one the requester holds: the
        register keeps it (recompute then never moves it silently). A Mẫu 03 is the written notice of the
        time limit (Đ27): issuing it records the notice as sent, as RequestOps.send_notice does by hand."""
        updates: dict = {}
        if printed is not None and printed != request.printed_due:
            updates["printed_due"] = printed
        extra: dict = {"document_id": [None, document.id]}
        if form is FormCode.RESOLUTION and request.deadlines.notice_due is not None and request.notice_sent_on is None:
            updates["notice_sent_on"] = day
            if notice_sent_late(request.deadlines.notice_due, day):
                extra["notice_late"] = [None, request.deadlines.notice_due.isoformat()]
        if not updates:
            return
        new = uow.requests.update(replace(request, **updates))
        diff = changes(request, new)
        diff.update(extra)
        uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), "document_dates", "request", new.id, diff))

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
        statement = uow.fees.statement(request.id)
        facts = gathered_facts(form, request, extra, statement.payment_due)
        linked = tuple(uow.catalogue.links_of(request.id))  # where published, which Đ6 point (issue 11)
        return DocumentFacts(form, agency, request, day, number, fee_lines=statement.lines, extra=facts, linked=linked)

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

    def record_paper(self, request_id: int, form: FormCode, issued_on: date, number_text: str = "") -> IssuedDocument:
        """A paper issued outside the app (written by hand, or before the office used it): recorded without a
        file so that the workflow no longer asks for it; its number, if any, counts as used that year."""
        info = self._renderer.info(form)
        number_text = clean_text(number_text, "number", "Số văn bản")
        with self._uow_factory() as uow:
            request = uow.requests.get(request_id)
            agency = _described_agency(uow)
            if issued_on > today(self._clock) or issued_on < request.received_at.date():
                raise ValidationError.single("issued_on", "Ngày ban hành phải từ ngày tiếp nhận đến hôm nay")
            check_form_allowed(form, request, issued_on, info.title)
            if number_text and uow.documents.number_used(agency.id, issued_on.year, number_text):  # type: ignore[arg-type]
                raise ValidationError.single("number", f"Số {number_text} đã được dùng trong năm {issued_on.year}")
            document = uow.documents.get(uow.documents.add(request.id, form.value, issued_on, None, number_text))
            self._audit(uow, "record_document", document, {
                "request_id": [None, request.id], "form": [None, form.value], "number": [None, number_text or None],
                "issued_on": [None, issued_on.isoformat()],
            })
            uow.commit()
            return document

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
        Reprinting prints this same file. DocumentTampered when it is missing or changed (SignatureBroken, one
        of them, when its digital signature no longer holds)."""
        return self._checked_file(document_id)[0]

    def _checked_file(self, document_id: int) -> tuple[Path, SignatureCheck | None]:
        document = self.get(document_id)
        if document.path is None or document.sha256 is None:
            raise NotFound("tệp của văn bản (văn bản được lập ngoài chương trình)", document_id)
        path = self._root / document.path
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DocumentTampered(str(path), document.sha256, None) from None
        if sha256_of(data) != document.sha256:
            raise DocumentTampered(str(path), document.sha256, sha256_of(data))
        return path, document_signing.check_signature(self._signer, path, data, document.sha256)

    # --- digital signature ---------------------------------------------------------------------------
    def signature(self, document_id: int) -> SignatureCheck | None:
        """Who signed the issued file and whether the signature holds (None: signing not available).
        Raises like open() when the file is missing, changed or its signature broken."""
        return self._checked_file(document_id)[1]

    def certificate_path(self) -> Path | None:
        """The office's PKCS#12 file remembered for signing (its password is never stored)."""
        with self._uow_factory(read_only=True) as uow:
            return document_signing.certificate_path(uow)

    def set_certificate_path(self, path: Path | None) -> None:
        with self._uow_factory() as uow:
            document_signing.set_certificate_path(uow, path)
            uow.commit()

    def _audit(self, uow: UnitOfWork, action: str, document: IssuedDocument, changes: dict) -> None:
        uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), action, "document", document.id, changes))
