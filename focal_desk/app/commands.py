"""The command-line commands other than the GUI. Each opens the app (migrate-then-wire) on the data dir."""

from __future__ import annotations

import sys
from datetime import datetime, time

from ..domain.calendar import fmt_date
from ..domain.clock import VN_TZ, today
from ..domain.enums import Channel, Complexity, IdType, ProvisionForm, RequesterKind, Status
from ..domain.errors import RegisterNotEmpty, ValidationError
from ..domain.listing import RequestQuery
from ..domain.request import RequestDraft
from ..domain.requester import Member, Requester
from .cli import EXIT_USAGE, print_json
from .paths import resolve_paths
from .serialize import deadlines_json, request_json, summary_json
from .wiring import Container, open_app


def _open(args) -> Container:
    return open_app(resolve_paths(args.data_dir), officer=getattr(args, "officer", None))


def cmd_deadline(args) -> int:
    from ..services.deadline_preview import preview_deadlines

    app = _open(args)
    try:
        d = preview_deadlines(
            app.calendar, app.rulebook, Channel(args.channel), Complexity(args.complexity), args.valid_on
        )
    finally:
        app.close()
    if args.json:
        print_json(deadlines_json(d))
    else:
        out = deadlines_json(d)
        for key, label in (("notice_due", "Thông báo thời hạn"), ("provide_due", "Cung cấp / từ chối"),
                           ("extended_due", "Gia hạn tối đa")):
            if out[key]:
                print(f"{label}: {fmt_date(getattr(d, key) if key != 'extended_due' else d.max_extended_due)}")
        print()
        print("\n".join(d.explain))
    return 0


def cmd_request(args) -> int:
    return {"add": _request_add, "list": _request_list, "show": _request_show}[args.request_command](args)


def _members(raw: list[str]) -> tuple[Member, ...]:
    members = []
    for i, text in enumerate(raw, start=1):
        parts = [p.strip() for p in text.split("|")]
        if len(parts) < 2:
            raise ValidationError.single("members", f"thành viên {i}: cần dạng 'Họ tên|số giấy tờ|mục đích'")
        members.append(Member(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return tuple(members)


def _request_add(args) -> int:
    app = _open(args)
    try:
        now = app.clock.now()
        at = now if args.received_on == today(app.clock) else datetime.combine(args.received_on, time(8, 0), VN_TZ)
        delivery_email = args.delivery if "@" in args.delivery else ""
        delivery_address = "" if delivery_email else args.delivery
        channel = Channel(args.channel)
        form = ProvisionForm(args.form) if args.form else (
            ProvisionForm.EMAIL if channel is Channel.ELECTRONIC else
            ProvisionForm.POST if channel in (Channel.POSTAL, Channel.FAX) else ProvisionForm.COPY
        )
        complexity = Complexity(args.complexity) if args.complexity else None
        valid_on = args.valid_on or (args.received_on if complexity else None)
        draft = RequestDraft(
            requester=Requester(
                kind=RequesterKind(args.kind),
                full_name=args.name,
                id_type=IdType(args.id_type),
                id_number=args.id_number,
                address=args.address,
                phone=args.phone,
                email=args.email,
                fax=args.fax,
                nationality=args.nationality,
                on_behalf_of_name=args.on_behalf_of,
                members=_members(args.member),
            ),
            channel=channel,
            received_at=at,
            info_requested=args.info,
            purpose=args.purpose,
            provision_form=form,
            copies=args.copies,
            delivery_address=delivery_address,
            delivery_email=delivery_email,
            officer_assisted=args.officer_assisted,
            valid_on=valid_on,
            complexity=complexity,
            complexity_reason=args.complexity_reason,
        )
        r = app.requests.register(draft)
    finally:
        app.close()
    if args.json:
        print_json(request_json(r))
    else:
        due = r.due_now
        print(f"Đã vào sổ số {r.register_number} (id {r.id}), trạng thái: {r.status.label_vi}"
              + (f", hạn: {fmt_date(due)}" if due else ""))
    return 0


def _request_list(args) -> int:
    year, month = args.month if args.month else (None, None)
    query = RequestQuery(
        year=year,
        month=month,
        search=args.search,
        statuses=(Status(args.status),) if args.status else (),
        limit=args.limit,
    )
    app = _open(args)
    try:
        rows = app.requests.summaries(query)
    finally:
        app.close()
    if args.json:
        print_json([summary_json(s) for s in rows])
        return 0
    for s in rows:
        due = fmt_date(s.due_now) if s.due_now else "—"
        print(f"{s.register_number:>10}  {s.received_at:%d/%m/%Y}  {s.status.label_vi:<22} hạn {due:<10}  "
              f"{s.requester_name} — {s.info_requested[:60]}")
    print(f"{len(rows)} yêu cầu", file=sys.stderr)
    return 0


def _request_show(args) -> int:
    app = _open(args)
    try:
        r = app.requests.get(args.id)
    finally:
        app.close()
    if args.json:
        print_json(request_json(r))
    else:
        for k, v in request_json(r).items():
            if k != "explain":
                print(f"{k}: {v}")
        print("\n".join(r.deadlines.explain))
    return 0


def cmd_demo(args) -> int:
    from ..demo.seed import seed_demo

    if args.requests < 1:
        raise ValidationError.single("requests", "--requests phải lớn hơn 0")
    app = _open(args)
    try:
        def progress(done: int, total: int) -> None:
            print(f"\rđang tạo dữ liệu mẫu {done}/{total}", end="", file=sys.stderr, flush=True)

        result = seed_demo(app.uow_factory, app.calendar, app.rulebook, app.clock, args.requests, args.seed,
                           progress=progress)
    except RegisterNotEmpty as exc:  # the register's state refuses it, like an illegal action: exit 2
        print(f"focal-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        app.close()
    print(file=sys.stderr)
    print(f"Đã tạo {result.created} yêu cầu mẫu trong {result.seconds:.1f} giây")
    return 0


def cmd_check(args) -> int:
    from ..domain.errors import RegisterProblem
    from ..storage.integrity import check_database
    from .safety_cli import safety_without_opening

    paths = resolve_paths(args.data_dir)
    findings: list[tuple[str, str, str]] = []
    try:
        app = open_app(paths)
    except RegisterProblem as exc:
        findings.append(("error", "register", str(exc)))
    else:
        try:
            findings += check_database(app.paths.database)
            block = app.safety.write_block()
            if block is not None:
                findings.append(("error", "register", str(block)))
            else:
                findings.append(("ok", "register", "Sổ theo dõi khớp với tệp kê khai số đã cấp; được phép ghi."))
            findings += [("warning", "calendar", w) for w in app.calendar.coverage_warnings()]
            lost = app.safety.lost_numbers()
            if lost:
                findings.append(("warning", "register", "Các số cần vào sổ lại sau lần khôi phục: "
                                 + ", ".join(str(r) for r in lost)))
        finally:
            app.close()
    safety, close = safety_without_opening(args)
    try:
        newest = safety.backups()[:1]
    finally:
        close()
    if newest:
        findings.append(("ok", "backup", f"Bản sao lưu mới nhất: {newest[0].path} ({newest[0].made_at:%d/%m/%Y %H:%M})"))
    else:
        findings.append(("warning", "backup", "Chưa có bản sao lưu nào."))
    worst = 0
    for level, topic, message in findings:
        print(f"[{level}] {topic}: {message}")
        worst = max(worst, {"ok": 0, "warning": 0, "error": 1}[level])
    return worst


def cmd_backup(args) -> int:
    app = _open(args)
    try:
        path = app.safety.backup(args.out)
    finally:
        app.close()
    print(f"Đã sao lưu và kiểm tra toàn vẹn: {path}")
    return 0


def cmd_backups(args) -> int:
    from .safety_cli import safety_without_opening

    safety, close = safety_without_opening(args)
    try:
        found = safety.backups()
    finally:
        close()
    kinds = {"daily": "hằng ngày", "monthly": "hằng tháng", "manual": "thủ công", "migration": "trước nâng cấp",
             "before-restore": "trước khôi phục"}
    for b in found:
        print(f"{b.made_at:%d/%m/%Y %H:%M}  {kinds.get(b.kind, b.kind):<15} {b.size / 1e6:8.1f} MB  {b.path}")
    print(f"{len(found)} bản sao lưu", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    """Works when the register cannot be opened at all (that is when it is needed): it does not open it."""
    from .safety_cli import safety_without_opening

    safety, close = safety_without_opening(args)
    try:
        report = safety.restore(args.file, other_register=args.other_register)
    finally:
        close()
    print(report.describe())
    return 0
