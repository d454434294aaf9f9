"""The log book as files: PDF (Decree 30, A4 landscape), XLSX and CSV. Domain data in, files out; no Qt,
no storage, no services (the service hands a LogBook and a temporary path to a writer)."""
