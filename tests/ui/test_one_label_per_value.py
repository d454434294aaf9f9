"""Issue 7.7: one label for each status, channel, kind and form, everywhere — what the window shows in
Vietnamese is exactly the domain's own label (the command line, the documents and the services use that)."""

from __future__ import annotations

from test_i18n import app_language  # noqa: F401  (the fixture)

from focal_desk.domain.complaints import ComplaintKind
from focal_desk.domain.enums import (
    Channel,
    Complexity,
    CorrectionKind,
    IdType,
    ProvisionForm,
    RequesterKind,
    Status,
)
from focal_desk.ui import labels

PAIRS = [
    (Status, labels.status_label), (Channel, labels.channel_label), (Complexity, labels.complexity_label),
    (RequesterKind, labels.requester_kind_label), (IdType, labels.id_type_label),
    (ProvisionForm, labels.provision_form_label), (CorrectionKind, labels.correction_kind_label),
    (ComplaintKind, labels.complaint_kind_label),
]


def test_the_window_and_the_domain_say_the_same_word_for_every_value(app_language):  # noqa: F811
    app_language("vi")
    different = [f"{type(v).__name__}.{v.name}: window '{label(v)}' ≠ domain '{v.label_vi}'"
                 for enum, label in PAIRS for v in enum if label(v) != v.label_vi]
    assert different == []
