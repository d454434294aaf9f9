"""Plausible Vietnamese requesters (Faker vi_VN) of every kind the law knows."""

from __future__ import annotations

import random

from faker import Faker

from ..domain.enums import IdType, RequesterKind
from ..domain.requester import Member, Requester
from .vocabulary import (
    FAMILY_NAMES,
    GIVEN_FEMALE,
    GIVEN_MALE,
    HAMLETS,
    MIDDLE_FEMALE,
    MIDDLE_MALE,
    ORGANISATIONS,
)

KIND_WEIGHTS = (
    (RequesterKind.CITIZEN, 75),
    (RequesterKind.AUTHORISED, 8),
    (RequesterKind.LEGAL_REPRESENTATIVE, 4),
    (RequesterKind.GUARDIAN, 3),
    (RequesterKind.FOREIGN_RESIDENT, 3),
    (RequesterKind.ORGANISATION, 7),
)
CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
NATIONALITIES = ("Hàn Quốc", "Nhật Bản", "Trung Quốc", "Lào", "Hoa Kỳ", "Pháp")


class PeopleFactory:
    def __init__(self, rng: random.Random, faker: Faker):
        self.rng = rng
        self.fake = faker

    def cccd(self) -> str:
        province = self.rng.choice(("001", "025", "026", "030", "031", "034", "036", "038", "079"))
        century_gender = self.rng.choice("0123")
        return f"{province}{century_gender}{self.rng.randint(40, 99):02d}{self.rng.randint(0, 999999):06d}"

    def name(self) -> str:
        families, weights = zip(*FAMILY_NAMES, strict=True)
        family = self.rng.choices(families, weights)[0]
        if self.rng.random() < 0.5:
            return f"{family} {self.rng.choice(MIDDLE_MALE)} {self.rng.choice(GIVEN_MALE)}"
        return f"{family} {self.rng.choice(MIDDLE_FEMALE)} {self.rng.choice(GIVEN_FEMALE)}"

    def address(self) -> str:
        province = self.fake.province_name()
        level = "thành phố" if province in CITIES else "tỉnh"
        return f"Thôn {self.rng.choice(HAMLETS)}, xã {self.fake.commune_name()}, {level} {province}"

    def phone(self) -> str:
        return "0" + self.rng.choice("389") + "".join(self.rng.choice("0123456789") for _ in range(8))

    def email(self, name: str) -> str:
        from ..domain.text import search_tokens

        local = ".".join(search_tokens(name)[-2:]) or "nguoidan"
        return f"{local}{self.rng.randint(1, 999)}@{self.rng.choice(('gmail.com', 'yahoo.com.vn', 'outlook.com'))}"

    def requester(self, need_email: bool) -> Requester:
        kinds, weights = zip(*KIND_WEIGHTS, strict=True)
        kind = self.rng.choices(kinds, weights)[0]
        name = self.name()
        email = self.email(name) if need_email or self.rng.random() < 0.3 else ""
        id_type, id_number, nationality = IdType.CCCD, self.cccd(), ""
        if kind is RequesterKind.FOREIGN_RESIDENT:
            id_type = IdType.PASSPORT
            id_number = self.rng.choice("MNPKS") + "".join(self.rng.choice("0123456789") for _ in range(8))
            nationality = self.rng.choice(NATIONALITIES)
        elif self.rng.random() < 0.05:
            id_type, id_number = IdType.CMND, "".join(self.rng.choice("0123456789") for _ in range(9))
        on_behalf, members = "", ()
        if kind.acts_for_someone:
            on_behalf = self.name()
        elif kind is RequesterKind.ORGANISATION:
            on_behalf = self.rng.choice(ORGANISATIONS).format(t=self.rng.choice(HAMLETS))
            members = tuple(Member(self.name(), self.cccd(), "") for _ in range(self.rng.randint(2, 6)))
        return Requester(
            kind=kind,
            full_name=name,
            id_type=id_type,
            id_number=id_number,
            address=self.address(),
            phone=self.phone() if self.rng.random() < 0.8 else "",
            email=email,
            nationality=nationality,
            on_behalf_of_name=on_behalf,
            members=members,
        )
