"""What the law says to do with each catalogue entry linked to a request (issue 11 item 3):

- published and within its publication period (Đ28.1.b; not when, Đ23.1, it is not yet published in its period
  or the period has ended) → the request may be refused on ground b, saying where it is published;
- not accessible (Đ6) → refusal on ground a, citing the entry's point of Đ6;
- conditionally accessible (Đ7) → provided only with the consent document (Mẫu 06) of the persons concerned
  (Đ7.4: the head of the agency decides);
- otherwise → provide.

And the text the letters print from them (the Mẫu 05 on ground b says where; on ground a, which point)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .catalogue import AccessClass, CatalogueEntry, published_and_current, vocabulary
from .refusal import RefusalGround

HEAD_DECIDES = "7.4"  # Đ7.4: no one's consent; the head of the agency decides to provide


class Advice(StrEnum):
    PROVIDE = "provide"
    PUBLISHED_ELSEWHERE = "published_elsewhere"  # Đ28.1.b: refuse, pointing to where it is published
    REFUSE_SECRET = "refuse_secret"  # Đ28.1.a with the entry's point of Đ6
    NEEDS_CONSENT = "needs_consent"  # Đ7: Mẫu 06 of the persons concerned before provision


@dataclass(frozen=True)
class EntryAdvice:
    entry_id: int | None
    advice: Advice
    text: str  # one Vietnamese sentence for the officer
    where: str = ""  # PUBLISHED_ELSEWHERE: where it is published
    secret_point: str = ""  # REFUSE_SECRET: the code of Đ6 ("6.2.b")
    consent_of: str = ""  # NEEDS_CONSENT: whose consent (or the head's decision, Đ7.4)

    @property
    def refusal_ground(self) -> RefusalGround | None:
        """The Đ28.1 ground this advice offers, if it is a refusal."""
        if self.advice is Advice.PUBLISHED_ELSEWHERE:
            return RefusalGround.B
        if self.advice is Advice.REFUSE_SECRET:
            return RefusalGround.A
        return None


def point_reference(code: str) -> str:
    """ "6.2.b" → "điểm b khoản 2 Điều 6"; "6.1" → "khoản 1 Điều 6"; "7.4" → "khoản 4 Điều 7"."""
    parts = code.split(".")
    article = parts[0] if parts else code
    out = []
    if len(parts) >= 3:
        out.append(f"điểm {'đ' if parts[2] == 'dd' else parts[2]}")
    if len(parts) >= 2:
        out.append(f"khoản {parts[1]}")
    out.append(f"Điều {article}")
    return " ".join(out)


def entry_name(entry: CatalogueEntry) -> str:
    """ "Quyết định giao đất (số 45/QĐ-UBND, ngày 10/01/2026)" — how a letter names an entry."""
    details = []
    if entry.number:
        details.append(f"số {entry.number}")
    if entry.issued_on:
        details.append(f"ngày {entry.issued_on:%d/%m/%Y}")
    return f"{entry.title} ({', '.join(details)})" if details else entry.title


def publication_place(entry: CatalogueEntry) -> str:
    """ "Cổng thông tin điện tử của xã, từ ngày 15/01/2026" (the period's end when it has one)."""
    pub = entry.publication
    where = pub.where or "nơi công khai của cơ quan"
    if pub.start and pub.end:
        return f"{where}, từ ngày {pub.start:%d/%m/%Y} đến ngày {pub.end:%d/%m/%Y}"
    if pub.start:
        return f"{where}, từ ngày {pub.start:%d/%m/%Y}"
    return where


def advise(entry: CatalogueEntry, today: date, *, consent_attached: bool = False) -> EntryAdvice:
    """``consent_attached``: the request came with the consent document (Đ24.3), so a Đ7 entry may be provided."""
    if entry.access is AccessClass.SECRET:
        point = entry.secret_point
        label = _secret_label(point)
        return EntryAdvice(
            entry.id,
            Advice.REFUSE_SECRET,
            f"Thông tin không được tiếp cận ({point_reference(point)}: {label}): từ chối theo điểm a "
            "khoản 1 Điều 28.",
            secret_point=point,
        )
    if entry.access is AccessClass.CONDITIONAL:
        whose = consent_of(entry)
        if consent_attached and entry.conditional_ground != HEAD_DECIDES:
            return EntryAdvice(
                entry.id,
                Advice.PROVIDE,
                f"Thông tin tiếp cận có điều kiện; đã có văn bản chấp thuận của {whose} kèm theo yêu cầu.",
                consent_of=whose,
            )
        if entry.conditional_ground == HEAD_DECIDES:
            text = "Thông tin chỉ được cung cấp khi người đứng đầu cơ quan quyết định (khoản 4 Điều 7)."
        else:
            text = (
                f"Thông tin tiếp cận có điều kiện ({point_reference(entry.conditional_ground)}): cần văn "
                f"bản chấp thuận (Mẫu 06) của {whose} trước khi cung cấp."
            )
        return EntryAdvice(entry.id, Advice.NEEDS_CONSENT, text, consent_of=whose)
    if published_and_current(entry, today):
        where = publication_place(entry)
        return EntryAdvice(
            entry.id,
            Advice.PUBLISHED_ELSEWHERE,
            f"Thông tin đã được công khai tại {where}: có thể từ chối theo điểm b khoản 1 Điều 28 và hướng "
            "dẫn nơi tiếp cận.",
            where=where,
        )
    return EntryAdvice(entry.id, Advice.PROVIDE, _provide_text(entry, today))


def _provide_text(entry: CatalogueEntry, today: date) -> str:
    pub = entry.publication
    if pub.published and pub.end is not None and pub.end < today:
        return (
            f"Thời hạn công khai đã hết ngày {pub.end:%d/%m/%Y} (khoản 1 Điều 23): không từ chối theo "
            "điểm b, cung cấp theo yêu cầu."
        )
    if pub.where and not pub.published:
        return "Thông tin phải công khai nhưng chưa được công khai (khoản 1 Điều 23): cung cấp theo yêu cầu."
    return "Cung cấp theo yêu cầu."


def consent_of(entry: CatalogueEntry) -> str:
    if entry.conditional_ground == HEAD_DECIDES and not entry.consent_of:
        return "người đứng đầu cơ quan"
    return entry.consent_of or "người có liên quan"


def _secret_label(code: str) -> str:
    try:
        return vocabulary().secret_point_label(code)
    except KeyError:
        return "thông tin không được tiếp cận"


def advise_all(
    entries: Iterable[CatalogueEntry], today: date, *, consent_attached: bool = False
) -> tuple[EntryAdvice, ...]:
    return tuple(advise(e, today, consent_attached=consent_attached) for e in entries)


# --- what the letters print ----------------------------------------------------------------------------
def published_where_text(entries: Sequence[CatalogueEntry], today: date) -> str:
    """One line per linked entry published and current: "<name>: công khai tại <where>"."""
    return "\n".join(
        f"{entry_name(e)}: công khai tại {publication_place(e)}."
        for e in entries
        if published_and_current(e, today)
    )


def secret_points_text(entries: Sequence[CatalogueEntry]) -> str:
    """One line per linked Đ6 entry: "<name>: thuộc <point> Luật Tiếp cận thông tin (<label>)"."""
    return "\n".join(
        f"{entry_name(e)}: thuộc {point_reference(e.secret_point)} Luật Tiếp cận thông tin "
        f"({_secret_label(e.secret_point).lower()})."
        for e in entries
        if e.access is AccessClass.SECRET
    )


def consent_missing_text(entries: Sequence[CatalogueEntry], consent_attached: bool) -> str:
    """One line per linked Đ7 entry still lacking what Đ7 asks for (consent, or the head's decision)."""
    lines = []
    for e in entries:
        if e.access is not AccessClass.CONDITIONAL:
            continue
        if e.conditional_ground == HEAD_DECIDES:
            continue  # the head decided when the officer chose to refuse or provide
        if consent_attached:
            continue
        lines.append(
            f"{entry_name(e)}: thông tin tiếp cận có điều kiện theo {point_reference(e.conditional_ground)} "
            f"Luật Tiếp cận thông tin, chưa có văn bản chấp thuận của {consent_of(e)}."
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class RefusalOffer:
    """The refusal the linked entries call for, offered to the officer (who decides): its ground and a
    detail to start from."""

    ground: RefusalGround
    detail: str


def refusal_offer(
    entries: Sequence[CatalogueEntry], today: date, *, consent_attached: bool = False
) -> RefusalOffer | None:
    """Ground b when every linked entry is published and current; ground a when none may be provided (Đ6, or
    Đ7 without its consent); None when some of it can be provided (provide, perhaps partly)."""
    advice = advise_all(entries, today, consent_attached=consent_attached)
    if not advice:
        return None
    kinds = {a.advice for a in advice}
    if kinds == {Advice.PUBLISHED_ELSEWHERE}:
        where = published_where_text(entries, today)
        return RefusalOffer(RefusalGround.B, f"Thông tin Ông/Bà yêu cầu đã được công khai:\n{where}")
    if kinds <= {Advice.REFUSE_SECRET, Advice.NEEDS_CONSENT}:
        lines = [
            t for t in (secret_points_text(entries), consent_missing_text(entries, consent_attached)) if t
        ]
        if Advice.NEEDS_CONSENT in kinds and not consent_missing_text(entries, consent_attached):
            lines.append(
                "Thông tin chỉ được cung cấp khi người đứng đầu cơ quan quyết định (khoản 4 Điều 7)."
            )
        return RefusalOffer(RefusalGround.A, "\n".join(lines))
    return None
