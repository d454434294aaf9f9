"""The summary package: canonical signing, strict validation, tampering detected."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from focal_desk.sync import package as p

FIGURES = {"received": 12, "answered": 9, "refused": 2, "complaints.filed": 1, "lawsuits.filed": 0,
           "received.channel.fax": 3}


def signed(key, **over):
    fields = dict(office_code="XA-DAOTRU", office_name="Ủy ban nhân dân xã Đạo Trù", month="2026-11", revision=1,
                  generated_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC), app_version="0.1.0",
                  rule_sets=["luat-104-2016"], indicators=p.indicators_from(FIGURES))
    fields.update(over)
    return p.sign(p.build(**fields), key)


def test_a_signed_package_reads_back_and_verifies_with_its_aliases():
    key = Ed25519PrivateKey.generate()
    summary = p.loads(p.dumps(signed(key)))
    p.verify(summary, key.public_key())
    assert summary.indicators["resolved"] == 9 and summary.indicators["complaints"] == 1
    assert summary.key_id == p.key_id(key.public_key()) and summary.month == "2026-11"


@pytest.mark.parametrize("change", [
    lambda d: d["indicators"].__setitem__("received", 13),
    lambda d: d["office"].__setitem__("name", "Ủy ban nhân dân xã Khác"),
    lambda d: d.__setitem__("revision", 2),
])
def test_any_change_to_the_content_breaks_the_signature(change):
    key = Ed25519PrivateKey.generate()
    package = signed(key)
    change(package)
    with pytest.raises(p.PackageError, match="Chữ ký không khớp"):
        p.verify(p.loads(p.dumps(package)), key.public_key())


def test_another_key_does_not_verify():
    package = signed(Ed25519PrivateKey.generate())
    with pytest.raises(p.PackageError):
        p.verify(p.loads(p.dumps(package)), Ed25519PrivateKey.generate().public_key())


def test_the_canonical_form_ignores_key_order_and_layout():
    key = Ed25519PrivateKey.generate()
    package = signed(key)
    shuffled = json.loads(json.dumps(package))
    shuffled["indicators"] = dict(reversed(list(shuffled["indicators"].items())))
    compact = json.dumps(shuffled, ensure_ascii=True).encode()
    p.verify(p.loads(compact), key.public_key())


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xff\xfe", "JSON UTF-8"),
    (b"[]", "đối tượng JSON"),
    (b"x" * (p.MAX_BYTES + 1), "quá lớn"),
])
def test_malformed_bodies_are_refused_with_a_reason(data, reason):
    with pytest.raises(p.PackageError, match=reason):
        p.loads(data)


@pytest.mark.parametrize(("path", "value", "reason"), [
    (("schema",), "other/9", "Lược đồ"),
    (("period", "month"), "2026-13", "period"),
    (("revision",), 0, "revision"),
    (("revision",), True, "revision"),
    (("indicators", "received"), -1, "Chỉ tiêu"),
    (("indicators", "received"), 1.5, "Chỉ tiêu"),
    (("office", "code"), "xã đạo trù", "office"),
])
def test_schema_violations_are_refused(path, value, reason):
    package = signed(Ed25519PrivateKey.generate())
    target = package
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value
    with pytest.raises(p.PackageError, match=reason):
        p.loads(p.dumps(package))


def test_a_missing_required_indicator_is_refused():
    key = Ed25519PrivateKey.generate()
    package = signed(key)
    del package["indicators"]["lawsuits"]
    with pytest.raises(p.PackageError, match="lawsuits"):
        p.loads(p.dumps(package))
