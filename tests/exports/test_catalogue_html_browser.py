"""The portal page in a real headless Chromium: the inline filter runs under the page's own
Content-Security-Policy (nothing blocked) and finds entries typed without accents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from catalogue_samples import TODAY, Store, catalogue

from focal_desk.exports.catalogue_html import write_catalogue_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
    reason="Chromium and chromedriver are not installed",
)


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_the_filter_runs_under_the_csp_and_ignores_accents(browser, tmp_path):
    from selenium.webdriver.common.by import By

    store = Store(tmp_path / "store")
    page = write_catalogue_html(catalogue(store), tmp_path / "web", store.path_of, today=TODAY)
    browser.get(page.as_uri())
    box = browser.find_element(By.ID, "loc")
    assert box.is_displayed()  # the script ran and showed the filter
    rows = browser.find_elements(By.CSS_SELECTOR, "#danh-muc tbody tr")
    assert len(rows) == 2
    box.send_keys("GIA DAT cu the")
    assert [r.is_displayed() for r in rows] == [True, False]
    assert browser.find_element(By.ID, "so-dong").text == "1 / 2"
    box.clear()
    box.send_keys("bảo vệ")
    assert [r.is_displayed() for r in rows] == [False, True]
    blocked = [e["message"] for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]
    assert blocked == []
    assert browser.execute_script("return document.scripts.length") == 1  # the title's <script> stayed text
