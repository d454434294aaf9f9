"""Facts → the text a placeholder prints: dates the Decree 30 way, money in đồng, the domain's labels.

Every value is plain NFC text; an empty string means "nothing to print" (fill prints a dotted blank).
The names here are the built-in placeholders a template in forms/ may use (see forms/README.md)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from ..domain import catalogue_advice as advice
from ..domain.clock import VN_TZ
from ..domain.documents import DocumentFacts
from ..domain.enums import ProvisionForm, RequesterKind

BLANK = "…" * 10  # a dotted line to write on by hand
NBSP = "\u00a0"

# Placeholders computed from the facts (text values).
BUILTIN_VALUES = (
    "agency_name",  # "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ" as the profile holds it
    "agency_name_text",  # "Ủy ban nhân dân xã Đạo Trù", for a sentence
    "parent_body",
    "agency_place",
    "agency_symbol",
    "signer_authority",  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", ""
    "signer_title",  # as the profile holds it: "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    "signer_position",  # the title line under the authority: the title, or "Q. CHỦ TỊCH" when acting
    "signer_name",
    "issued_date",  # 05/01/2026
    "number_text",  # "05/TB-UBND", or "" before a number is given
    "register_number",
    "received_at",  # "08 giờ 30 phút, ngày 02/03/2026"
    "received_date",
    "channel",
    "requester_kind",
    "requester_name",
    "requester_address",
    "requester_id_type",
    "requester_id_number",
    "requester_phone",
    "requester_email",
    "requester_fax",
    "requester_nationality",
    "on_behalf_of_name",
    "on_behalf_of_id",
    "info_requested",
    "purpose",
    "provision_form",
    "copies",
    "delivery_address",
    "delivery_email",
    "consent_attached",  # "Có" / "Không"
    "valid_date",
    "notice_due",
    "provide_due_by_law",  # the current deadline to provide or refuse
    "answer_due",  # the deadline to provide or refuse, the extended one once granted
    "fee_total",  # "54.000 đồng"
    # From the catalogue entries linked to the request, one line each (issue 11):
    "published_where",  # published and current (Đ28.1.b, Đ23.1): "<entry>: công khai tại <where>, từ ngày …"
    "secret_points",  # not accessible: "<entry>: thuộc điểm b khoản 2 Điều 6 Luật Tiếp cận thông tin (…)"
    "consent_missing",  # Đ7 without the consent document: "<entry>: … chưa có văn bản chấp thuận của …"
    "linked_entries",  # every linked entry: "<title> (số …, ngày …)"
)
# Placeholders holding a date: recorded in RenderedDocument.printed_dates when the paper shows them.
BUILTIN_DATES = ("valid_date", "notice_due", "provide_due_by_law", "answer_due")
# Conditions a block may depend on (`when = "officer_assisted"`, `when = "not blank"`).
BUILTIN_FLAGS = (
    "blank",  # a form printed empty (no request)
    "officer_assisted",
    "consent_attached",
    "has_fees",
    "organisation",
    "acts_for_someone",
    "foreign_resident",
    "electronic_delivery",  # provided by e-mail, download or fax: no sending charge (TT 46)
    "refused_published",  # refused on ground b and a linked entry is published: say where (Đ28.1.b)
    "refused_secret",  # refused on ground a and a linked entry is under Đ6: say which point
    "refused_no_consent",  # refused on ground a and a linked Đ7 entry lacks its consent document
)
_ELECTRONIC = (ProvisionForm.EMAIL, ProvisionForm.DOWNLOAD, ProvisionForm.FAX)
_LOCALITY = re.compile(r"\s+(XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|TỈNH|THÀNH PHỐ)\s")


def nfc(text: str) -> str:
    """NFC only: fill keeps what the user typed, spaces and markup characters included."""
    return unicodedata.normalize("NFC", text)


def day_text(d: date | None) -> str:
    """Body dates: 05/01/2026."""
    return d.strftime("%d/%m/%Y") if d else ""


def date_line(place: str, d: date) -> str:
    """ND30: days below 10 and the months 1 and 2 take a leading zero — "ngày 05 tháng 01", "ngày 15 tháng 3"."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"


def blank_date_line() -> str:
    return "…………, ngày …… tháng …… năm ………"


def money(amount: int) -> str:
    """54000 → "54.000 đồng"."""
    return f"{amount:,}".replace(",", ".") + " đồng"


def number(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def number_line(facts: DocumentFacts, type_abbr: str) -> str:
    """"Số: 05/TB-UBND"; before a number is given, room for the clerk to write it: "Số:       /TB-UBND"."""
    if facts.number is not None:
        return f"Số: {facts.number.text}"
    symbol = f"{type_abbr}-{facts.agency.symbol}" if type_abbr else facts.agency.symbol
    return f"Số: {NBSP * 8}/{symbol}"


def received_text(at: datetime) -> str:
    local = at.astimezone(VN_TZ) if at.tzinfo else at
    return f"{local.hour:02d} giờ {local.minute:02d} phút, ngày {day_text(local.date())}"


def sentence_name(upper_name: str, place: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ" → "Ủy ban nhân dân xã Đạo Trù": lower case but the place name as written."""
    text = upper_name.lower()
    text = text[:1].upper() + text[1:]
    if place:
        text = re.sub(re.escape(place.lower()), place, text)
    return text


def signer_authority(authority: str, agency_name: str, signer_title: str) -> str:
    """TM. + the collective body; KT./TL./TUQ. + the head's title (the deputy's title without "PHÓ").
    Q. (acting) has no line of its own: it goes before the title (signer_position)."""
    if authority in ("", "Q."):
        return ""
    if authority == "TM.":
        body = _LOCALITY.split(agency_name + " ", maxsplit=1)[0].strip()
        return f"TM. {body}"
    head = signer_title.removeprefix("PHÓ ").strip()
    return f"{authority} {head}"


def values(facts: DocumentFacts) -> dict[str, str]:
    """Every built-in placeholder's text ("" when the facts have nothing to print)."""
    a = facts.agency
    v = dict.fromkeys(BUILTIN_VALUES, "")
    v.update(
        agency_name=a.name,
        agency_name_text=sentence_name(a.name, a.place_name),
        parent_body=a.parent_body,
        agency_place=a.place_name,
        agency_symbol=a.symbol,
        signer_authority=signer_authority(a.authority, a.name, a.signer_title),
        signer_title=a.signer_title,
        signer_position=f"Q. {a.signer_title}" if a.authority == "Q." else a.signer_title,
        signer_name=a.signer_name,
        issued_date=day_text(facts.issued_on),
        number_text=facts.number.text if facts.number else "",
        fee_total=money(sum(f.amount for f in facts.fee_lines)),
    )
    r = facts.request
    if r is not None:
        p = r.requester
        d = r.deadlines
        v.update(
            register_number=r.register_number,
            received_at=received_text(r.received_at),
            received_date=day_text(r.received_at.date()),
            channel=r.channel.label_vi,
            requester_kind=p.kind.label_vi,
            requester_name=p.full_name,
            requester_address=p.address,
            requester_id_type=p.id_type.label_vi,
            requester_id_number=p.id_number,
            requester_phone=p.phone,
            requester_email=p.email,
            requester_fax=p.fax,
            requester_nationality=p.nationality,
            on_behalf_of_name=p.on_behalf_of_name,
            on_behalf_of_id=p.on_behalf_of_id,
            info_requested=r.info_requested,
            purpose=r.purpose,
            provision_form=r.provision_form.label_vi,
            copies=f"{r.copies:02d}" if r.copies < 10 else str(r.copies),
            delivery_address=r.delivery_address,
            delivery_email=r.delivery_email,
            consent_attached="Có" if r.consent_attached else "Không",
            valid_date=day_text(r.valid_on),
            notice_due=day_text(d.notice_due),
            provide_due_by_law=day_text(d.provide_due),
            answer_due=day_text(d.answer_due),
            published_where=advice.published_where_text(facts.linked, facts.issued_on),
            secret_points=advice.secret_points_text(facts.linked),
            consent_missing=advice.consent_missing_text(facts.linked, r.consent_attached),
            linked_entries="\n".join(advice.entry_name(e) for e in facts.linked),
        )
    return {k: nfc(x) for k, x in v.items()}


def dates(facts: DocumentFacts) -> dict[str, date | None]:
    r = facts.request
    if r is None:
        return dict.fromkeys(BUILTIN_DATES)
    d = r.deadlines
    return {
        "valid_date": r.valid_on,
        "notice_due": d.notice_due,
        "provide_due_by_law": d.provide_due,
        "answer_due": d.answer_due,
    }


def flags(facts: DocumentFacts) -> dict[str, bool]:
    r = facts.request
    f = dict.fromkeys(BUILTIN_FLAGS, False)
    f["blank"] = r is None
    f["has_fees"] = any(line.amount for line in facts.fee_lines)
    if r is not None:
        kind = r.requester.kind
        f.update(
            officer_assisted=r.officer_assisted,
            consent_attached=r.consent_attached,
            organisation=kind is RequesterKind.ORGANISATION,
            acts_for_someone=kind.acts_for_someone,
            foreign_resident=kind is RequesterKind.FOREIGN_RESIDENT,
            electronic_delivery=r.provision_form in _ELECTRONIC,
        )
        ground = facts.extra.get("refusal_ground", "")
        if ground in ("a", "b") and facts.linked:
            v = values(facts)
            f["refused_published"] = ground == "b" and bool(v["published_where"])
            f["refused_secret"] = ground == "a" and bool(v["secret_points"])
            f["refused_no_consent"] = ground == "a" and bool(v["consent_missing"])
    return f
