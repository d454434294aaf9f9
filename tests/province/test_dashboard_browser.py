"""The dashboard in a real headless Chromium (Debian chromium + chromedriver through Selenium 4) against a real
uvicorn on a loopback port: log in by typing, see the matrix, download the report XLSX and read it back.

Nothing is ever downloaded by Selenium: the driver and the browser are the system's (/usr/bin), and
selenium-manager is kept offline. Without them the test skips — except under CI=true, where it fails
(bootstrap --with-test-tools installs chromium and chromium-driver). FOCAL_DESK_DASHBOARD_SHOTS=DIR saves
screenshots of the pages there (dash_*.png) for a person to look at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from dashboard_helpers import PASSWORD, USER, enrolled_office, make_user, send, vn
from openpyxl import load_workbook

from focal_desk.province.report import MINISTRY_INDICATORS, month_report

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
pytestmark = pytest.mark.slow


def _browser_or_skip(download_dir: Path, profile: Path):
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).is_file() and os.access(p, os.X_OK))]
    if missing:
        reason = f"no {', '.join(missing)} (apt install chromium chromium-driver)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=vi",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(download_dir),
            "download.prompt_for_download": False,
            "download.directory_upgrade": True,
            "safebrowsing.enabled": False,
        },
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(120)
    return driver


def _shot(driver, name: str) -> None:
    where = os.environ.get("FOCAL_DESK_DASHBOARD_SHOTS")
    if where:
        driver.save_screenshot(str(Path(where) / f"dash_{name}.png"))


@pytest.fixture
def seeded(dashboard):
    db = dashboard.db
    a = enrolled_office(db, "XA-DAOTRU", "UBND xã Đạo Trù")
    b = enrolled_office(db, "PHUONG-HOAMINH", "UBND phường Hòa Minh")
    enrolled_office(db, "XA-TAMDAO", "UBND xã Tam Đảo")
    send(db, a, "2026-10", 1, vn(2026, 11, 4), received=21)
    send(db, a, "2026-10", 2, vn(2026, 11, 18), received=23)
    send(db, a, "2026-11", 1, vn(2026, 12, 1), received=17)
    send(db, b, "2026-09", 1, vn(2026, 10, 8), received=9)
    send(db, b, "2026-10", 1, vn(2026, 11, 14), received=12)
    make_user(db)
    return dashboard


def test_log_in_see_the_matrix_download_the_report(seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("SE_OFFLINE", "true")  # selenium-manager: never fetch a driver or a browser
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = _browser_or_skip(downloads, tmp_path / "profile")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        wait = WebDriverWait(driver, 60)
        driver.get(seeded.url + "/dashboard/")
        assert driver.current_url.endswith("/dashboard/login")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
        _shot(driver, "login")
        # by keyboard: the name field has the focus; type, Tab to the password, Enter submits
        driver.switch_to.active_element.send_keys(USER)
        driver.switch_to.active_element.send_keys(Keys.TAB)
        assert driver.switch_to.active_element.get_attribute("id") == "password"
        driver.switch_to.active_element.send_keys(PASSWORD + Keys.ENTER)
        wait.until(lambda d: d.current_url.endswith("/dashboard/matrix"))
        caption = driver.find_element(By.ID, "matrix-caption").text
        assert "12/2025 – 11/2026" in caption
        rows = {
            r.find_element(By.TAG_NAME, "th").text.split("\n")[0]: [
                c.text for c in r.find_elements(By.TAG_NAME, "td")
            ]
            for r in driver.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")
        }
        assert set(rows) == {"XA-DAOTRU", "PHUONG-HOAMINH", "XA-TAMDAO"}
        assert rows["PHUONG-HOAMINH"][-2].startswith("Trễ hạn")  # October, sent on 14/11
        assert rows["XA-DAOTRU"][-2].startswith("Đã nhận") and "2 lần sửa" in rows["XA-DAOTRU"][-2]
        assert rows["XA-TAMDAO"][-2] == "Chưa gửi" and rows["XA-TAMDAO"][-1] == "Chưa đến hạn"
        _shot(driver, "matrix")

        driver.find_element(By.LINK_TEXT, "XA-DAOTRU").click()
        wait.until(lambda d: "/dashboard/offices/XA-DAOTRU" in d.current_url)
        assert len(driver.find_elements(By.CSS_SELECTOR, "tbody tr")) == 3
        _shot(driver, "office")
        driver.find_element(By.LINK_TEXT, "Tổng hợp toàn tỉnh").click()
        wait.until(lambda d: d.current_url.endswith("/dashboard/totals"))
        _shot(driver, "totals")

        driver.find_element(By.LINK_TEXT, "Báo cáo Bộ Tư pháp").click()
        wait.until(lambda d: d.current_url.endswith("/dashboard/report"))
        assert "Từ tháng 01/2026 đến tháng 11/2026" in driver.find_element(By.ID, "report-caption").text
        _shot(driver, "report")
        driver.find_element(By.ID, "download-xlsx").click()
        target = downloads / "bao-cao-bo-tu-phap_2026-01_2026-11.xlsx"
        wait.until(lambda _d: target.is_file() and not list(downloads.glob("*.crdownload")))
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)

    values = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]
    expected = [0] * 5
    for m in [f"2026-{n:02d}" for n in range(1, 12)]:
        data = month_report(seeded.db, m)
        expected = [
            e + data["indicators"].get(k, 0) for e, k in zip(expected, MINISTRY_INDICATORS, strict=True)
        ]
    assert values[-1][2:] == ["Tổng cộng", *expected]
    assert expected[0] == 23 + 17 + 9 + 12
