"""The dashboard's pages and forms (an APIRouter under /dashboard, left out of the OpenAPI schema).

Every page needs a live session, else it sends the browser to the login. Every POST (login, logout) carries
a CSRF token checked before anything else: 403 when missing or wrong. Pages answer with a strict CSP (no
script at all, styles from our own style sheet), no caching, no framing."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..db import Database
from ..offices import OFFICE_CODE
from ..report import MINISTRY_INDICATORS, month_report
from ..users import authenticate
from .history import office_history
from .matrix import LABELS, Cell, build_matrix
from .ministry import HEADERS, MAX_MONTHS, ministry_report
from .ministry_pdf import ministry_pdf
from .ministry_xlsx import ministry_xlsx
from .months import current_month, label, last_twelve, parse_month, parse_year, shift, span, year_months
from .sessions import FailedLogins, LoggedIn, Sessions
from .settings import VIETNAM, DashboardSettings

PREFIX = "/dashboard"
HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "fd_session"
LOGIN_COOKIE = "fd_login"  # a random value the login form's CSRF token is bound to (no session yet)
HEADERS_SECURE = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
WRONG_LOGIN = "Tên đăng nhập hoặc mật khẩu không đúng."
TOO_MANY = "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ít phút."
BAD_FORM = "Biểu mẫu đã hết hạn hoặc không hợp lệ; vui lòng tải lại trang và thử lại."


def _vn(moment: datetime | None) -> str:
    return moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M") if moment else ""


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Dashboard:
    def __init__(self, db: Database, settings: DashboardSettings, secret: bytes):
        self.db = db
        self.settings = settings
        self.sessions = Sessions(db, settings, secret)
        self.failures = FailedLogins(settings)
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters.update(vn=_vn, number=_number, month_label=label)

    def page(
        self, template: str, status: int = 200, user: LoggedIn | None = None, **context: Any
    ) -> HTMLResponse:
        logout_csrf = self.sessions.csrf("session", user.token) if user else ""
        context.setdefault("message", "")
        context.setdefault("section", "")
        html = self.templates.get_template(template).render(
            prefix=PREFIX, user=user, logout_csrf=logout_csrf, **context
        )
        return HTMLResponse(html, status_code=status, headers=HEADERS_SECURE)

    def user(self, request: Request) -> LoggedIn | None:
        return self.sessions.find(request.cookies.get(SESSION_COOKIE))

    def bad_form(self) -> HTMLResponse:
        return self.page("message.html", 403, title="Không thực hiện được", message=BAD_FORM)

    def login_page(
        self, request: Request, status: int = 200, message: str = "", name: str = ""
    ) -> HTMLResponse:
        nonce = request.cookies.get(LOGIN_COOKIE) or ""
        if not 16 <= len(nonce) <= 64:
            nonce = secrets.token_urlsafe(24)
        response = self.page(
            "login.html",
            status,
            csrf=self.sessions.csrf("login", nonce),
            message=message,
            name=name,
            logged_out=request.query_params.get("da_dang_xuat") == "1",
        )
        _cookie(response, request, LOGIN_COOKIE, nonce)
        return response


def _cookie(response: Response, request: Request, name: str, value: str) -> None:
    response.set_cookie(
        name, value, httponly=True, samesite="strict", secure=request.url.scheme == "https", path=PREFIX
    )


def _drop(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(
        name, httponly=True, samesite="strict", secure=request.url.scheme == "https", path=PREFIX
    )


def _to(path: str) -> RedirectResponse:
    return RedirectResponse(PREFIX + path, status_code=303)


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def router(dash: Dashboard) -> APIRouter:
    r = APIRouter(prefix=PREFIX, include_in_schema=False)

    @r.get("")
    @r.get("/")
    def home(request: Request) -> Response:
        return _to("/matrix" if dash.user(request) else "/login")

    @r.get("/style.css")
    def style() -> Response:
        css = (HERE / "static" / "dashboard.css").read_text(encoding="utf-8")
        return Response(
            css,
            media_type="text/css; charset=utf-8",
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    @r.get("/login")
    def login_form(request: Request) -> Response:
        if dash.user(request):
            return _to("/matrix")
        return dash.login_page(request)

    @r.post("/login")
    def login(
        request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form("")
    ) -> Response:
        if not dash.sessions.csrf_ok("login", request.cookies.get(LOGIN_COOKIE), csrf):
            return dash.bad_form()
        name = name.strip()[:100]
        where = _client(request)
        if dash.failures.blocked(name, where):
            return dash.login_page(request, 429, TOO_MANY, name)
        user_id = authenticate(dash.db, name, password[:1000]) if name and password else None
        if user_id is None:
            dash.failures.failed(name, where)
            return dash.login_page(request, 401, WRONG_LOGIN, name)
        dash.failures.succeeded(name, where)
        dash.sessions.close(request.cookies.get(SESSION_COOKIE))  # a login over a live session replaces it
        response = _to("/matrix")
        _cookie(response, request, SESSION_COOKIE, dash.sessions.open(user_id))
        _drop(response, request, LOGIN_COOKIE)
        return response

    @r.post("/logout")
    def logout(request: Request, csrf: str = Form("")) -> Response:
        token = request.cookies.get(SESSION_COOKIE)
        if not dash.sessions.csrf_ok("session", token, csrf):
            return dash.bad_form()
        dash.sessions.close(token)
        response = _to("/login?da_dang_xuat=1")
        _drop(response, request, SESSION_COOKIE)
        return response

    def months_for(year_text: str | None) -> tuple[list[str], int | None, str]:
        year = parse_year(year_text) if year_text else None
        if year is not None:
            return year_months(year), year, ""
        said = f"Năm “{year_text[:20]}” không hợp lệ; đang hiện 12 tháng gần nhất." if year_text else ""
        return last_twelve(dash.settings.clock()), None, said

    def years() -> list[int]:
        now = int(current_month(dash.settings.clock())[:4])
        return list(range(now, now - 6, -1))

    @r.get("/matrix")
    def matrix(request: Request, year: str | None = Query(None)) -> Response:
        user = dash.user(request)
        if user is None:
            return _to("/login")
        months, chosen, said = months_for(year)
        built = build_matrix(dash.db, months, dash.settings.due_day, dash.settings.clock())
        return dash.page(
            "matrix.html",
            user=user,
            matrix=built,
            year=chosen,
            years=years(),
            message=said,
            due_day=dash.settings.due_day,
            labels=LABELS,
            cells=list(Cell),
            section="matrix",
        )

    @r.get("/totals")
    def totals(request: Request, year: str | None = Query(None)) -> Response:
        user = dash.user(request)
        if user is None:
            return _to("/login")
        months, chosen, said = months_for(year)
        rows = []
        for m in months:
            data = month_report(dash.db, m)
            rows.append(
                {
                    "month": m,
                    "offices": data["offices"],
                    "registered": data["offices_registered"],
                    **{k: int(data["indicators"].get(k, 0)) for k in MINISTRY_INDICATORS},
                }
            )
        sums = {k: sum(row[k] for row in rows) for k in MINISTRY_INDICATORS}
        return dash.page(
            "totals.html",
            user=user,
            rows=rows,
            sums=sums,
            keys=MINISTRY_INDICATORS,
            headers=HEADERS,
            year=chosen,
            years=years(),
            message=said,
            section="totals",
        )

    @r.get("/offices/{code}")
    def office(request: Request, code: str) -> Response:
        user = dash.user(request)
        if user is None:
            return _to("/login")
        history = office_history(dash.db, code) if OFFICE_CODE.match(code) else None
        if history is None:
            return dash.page(
                "message.html",
                404,
                user=user,
                title="Không tìm thấy",
                message="Không có văn phòng với mã này trong danh sách của tỉnh.",
            )
        return dash.page(
            "office.html",
            user=user,
            history=history,
            keys=MINISTRY_INDICATORS,
            headers=HEADERS,
            section="matrix",
        )

    def period(first_text: str | None, last_text: str | None) -> tuple[str, str, str]:
        """(first, last, what was wrong): the default is this year up to last month."""
        last_default = shift(current_month(dash.settings.clock()), -1)
        first_default = last_default[:4] + "-01"
        first = parse_month(first_text) if first_text else first_default
        last = parse_month(last_text) if last_text else last_default
        if first is None or last is None:
            return first_default, last_default, "Tháng phải có dạng YYYY-MM, ví dụ 2026-11."
        if first > last:
            return first_default, last_default, "Tháng bắt đầu phải trước hoặc bằng tháng kết thúc."
        if len(span(first, last)) > MAX_MONTHS:
            return first_default, last_default, f"Kỳ báo cáo dài nhất {MAX_MONTHS} tháng."
        return first, last, ""

    def report_of(first: str, last: str) -> Any:
        s = dash.settings
        return ministry_report(
            dash.db,
            first,
            last,
            printed_on=s.clock().astimezone(VIETNAM).date(),
            agency=s.agency,
            parent_agency=s.parent_agency,
            place=s.place,
        )

    @r.get("/report")
    def report(
        request: Request,
        first_text: str | None = Query(None, alias="from"),
        last_text: str | None = Query(None, alias="to"),
    ) -> Response:
        user = dash.user(request)
        if user is None:
            return _to("/login")
        first, last, said = period(first_text, last_text)
        return dash.page(
            "report.html",
            400 if said else 200,
            user=user,
            report=report_of(first, last),
            headers=HEADERS,
            message=said,
            first=first,
            last=last,
            section="report",
        )

    def download(request: Request, first_text: str | None, last_text: str | None, kind: str) -> Response:
        user = dash.user(request)
        if user is None:
            return _to("/login")
        first, last, said = period(first_text, last_text)
        if said:
            return dash.page("message.html", 400, user=user, title="Không lập được báo cáo", message=said)
        built = report_of(first, last)
        if kind == "xlsx":
            body = ministry_xlsx(built)
            media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        else:
            body, media = ministry_pdf(built), "application/pdf"
        return Response(
            body,
            media_type=media,
            headers={
                "Content-Disposition": f'attachment; filename="{built.file_stem}.{kind}"',
                "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff",
            },
        )

    @r.get("/report.xlsx")
    def report_xlsx(
        request: Request,
        first_text: str | None = Query(None, alias="from"),
        last_text: str | None = Query(None, alias="to"),
    ) -> Response:
        return download(request, first_text, last_text, "xlsx")

    @r.get("/report.pdf")
    def report_pdf(
        request: Request,
        first_text: str | None = Query(None, alias="from"),
        last_text: str | None = Query(None, alias="to"),
    ) -> Response:
        return download(request, first_text, last_text, "pdf")

    return r
