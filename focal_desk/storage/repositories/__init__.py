"""One repository per aggregate; each takes the unit of work's Session and never commits."""

from .agencies import SqlAgencyRepository
from .attachments import SqlAttachmentRepository
from .audit import SqlAuditRepository
from .calendar import SqlCalendarRepository
from .catalogue import SqlCatalogueRepository
from .complaints import SqlComplaintRepository
from .documents import SqlIssuedDocumentRepository
from .fees import SqlFeeRepository
from .log_book import SqlLogBookRepository
from .outbox import SqlOutboxRepository
from .provisions import SqlProvisionRepository, SqlRedactionRepository
from .requests import SqlRequestRepository
from .rule_sets import SqlRuleSetRepository
from .settings import SqlSettingsRepository

__all__ = [
    "SqlAgencyRepository",
    "SqlAttachmentRepository",
    "SqlAuditRepository",
    "SqlCalendarRepository",
    "SqlCatalogueRepository",
    "SqlComplaintRepository",
    "SqlFeeRepository",
    "SqlLogBookRepository",
    "SqlIssuedDocumentRepository",
    "SqlOutboxRepository",
    "SqlProvisionRepository",
    "SqlRedactionRepository",
    "SqlRequestRepository",
    "SqlRuleSetRepository",
    "SqlSettingsRepository",
]
