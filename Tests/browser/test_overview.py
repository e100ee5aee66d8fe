"""Browser tests of the overview: the dashboard's figures against the CLI, the report printed on
A4, search as you type in the header and on /firms, and the icon.

Run by scripts/browser-check.sh (see browsing.py), which exports LADDER_BIN and LADDER_DB so that
the CLI can be asked the same questions for the same day and region as the page.
"""
import base64
import json
import os
import re
import subprocess
import urllib.request
from urllib.parse import parse_qs, urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browsing import URL, NANCHANG_CODE, NANCHANG_NAME, PageTestCase

LADDER = os.environ.get("LADDER_BIN", "ladder")


def cli(*args):
    """The CLI's JSON answer for the registry the server serves."""
    done = subprocess.run([LADDER, *args, "--format", "json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def month_back(month, count):
    year, number = map(int, month.split("-"))
    index = year * 12 + number - 1 - count
    return "%04d-%02d" % (index // 12, index % 12 + 1)


class Overview(PageTestCase):
    def pinned(self):
        """The day, knowledge and region of the dashboard shown, from its link that reproduces it."""
        query = parse_qs(urlparse(self.driver.find_element(By.ID, "permalink").get_attribute("href")).query)
        return query["as_of"][0], query["known_at"][0], query["region"][0]

    def check_dashboard_against_cli(self, region_args):
        as_of, known_at, _ = self.pinned()
        times = ["--as-of", as_of, "--known-at", known_at]
        for row in cli("stats", *region_args, *times):
            shown = self.driver.find_element(By.ID, "count-" + row["code"]).get_attribute("data-count")
            self.assertEqual(int(shown), row["count"], row["code"])
        targets = cli("targets", "list", *region_args, *times)
        self.assertTrue(targets)
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#targets tbody tr")
        self.assertEqual(len(rows), len(targets))
        for row, target in zip(rows, targets):
            self.assertEqual(row.get_attribute("data-target"), target["tier"] + " " + target["code"])
            self.assertEqual(int(row.find_element(By.CSS_SELECTOR, "td.current").get_attribute("data-count")), target["current"])
            self.assertEqual(int(row.find_element(By.CSS_SELECTOR, "td.projection").get_attribute("data-count")), target["projection"])
            self.assertEqual(row.find_element(By.TAG_NAME, "progress").get_attribute("max"), str(target["target"]))
        last = as_of[:7]
        first = month_back(last, 11)
        # The months before the day's are `ladder series`; the day's month is counted on the day: `ladder stats`.
        today = {row["code"]: row["count"] for row in cli("stats", *region_args, *times)}
        for tier in ("tsme", "hnte", "growth", "leader"):
            series = cli("series", "--tier", tier, "--from", first, "--to", month_back(last, 1), "--known-at", known_at,
                         *region_args)
            cells = self.driver.find_elements(By.CSS_SELECTOR, '#trend td[data-tier="%s"]' % tier)
            self.assertEqual([int(c.get_attribute("data-count")) for c in cells],
                             [p["count"] for p in series] + [today.get(tier, 0)], tier)
        expiring = cli("expiring", "--within", "90", *region_args, *times)
        counted = self.driver.find_elements(By.ID, "expiring-count")
        self.assertEqual(int(counted[0].get_attribute("data-count")) if counted else 0, len(expiring))

    def test_the_dashboards_figures_are_the_clis(self):
        self.login("sheng")
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "#trend-chart rect.bar"))
        self.check_dashboard_against_cli([])
        self.shot("dashboard")
        self.driver.execute_script("document.getElementById('trend-chart').scrollIntoView()")
        self.shot("dashboard-trend")
        self.driver.get(URL + "/")
        self.driver.find_element(By.ID, "region").send_keys("360700")
        self.follow(self.driver.find_element(By.ID, "region"), submit=True)
        self.assertIn("region=360700", self.driver.current_url)
        self.check_dashboard_against_cli(["--region", "360700"])

    def test_a_city_accounts_dashboard_is_the_clis_for_the_city(self):
        self.login("ganzhou")
        self.check_dashboard_against_cli(["--region", "360700"])

    def test_the_report_prints_on_a4(self):
        self.login("sheng")
        self.follow(self.driver.find_element(By.ID, "report-link"))
        self.assertTrue(self.driver.current_url.startswith(URL + "/report?as_of="))
        self.assertIn("江西省科技企业梯次培育报告", self.text("h1"))
        # The link keeps the dashboard's day; without a known_at both count everything recorded.
        as_of = parse_qs(urlparse(self.driver.current_url).query)["as_of"][0]
        hnte = [c for c in cli("stats", "--as-of", as_of) if c["code"] == "hnte"][0]["count"]
        cards = self.driver.find_element(By.ID, "headline").text.replace(",", "")
        self.assertIn(str(hnte), cards)
        self.shot("report")
        tools = self.driver.find_element(By.CLASS_NAME, "report-tools")
        self.assertTrue(tools.is_displayed())
        # In print the bar of tools goes; the page is A4 (Chrome takes the size from @page).
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        self.assertFalse(tools.is_displayed())
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        pdf = base64.b64decode(self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        self.assertGreaterEqual(pages, 2)
        self.assertLessEqual(pages, 12)
        boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf))
        self.assertTrue(boxes)
        for width, height in boxes:  # A4: 210 × 297 mm = 595 × 842 points
            self.assertAlmostEqual(float(width), 595.3, delta=1.5)
            self.assertAlmostEqual(float(height), 841.9, delta=1.5)

    def test_the_dashboard_prints_without_its_menu_and_forms(self):
        self.login("sheng")
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        for css in ("nav.main", "form.search", "form.day"):
            self.assertFalse(self.driver.find_element(By.CSS_SELECTOR, css).is_displayed(), css)
        self.assertTrue(self.driver.find_element(By.ID, "targets").is_displayed())

    def test_search_as_you_type_in_the_header(self):
        self.login("sheng")
        panel = self.driver.find_element(By.ID, "header-results")
        self.assertFalse(panel.is_displayed())
        self.driver.find_element(By.ID, "header-q").send_keys("浏览器测")
        WebDriverWait(self.driver, 5).until(lambda d: NANCHANG_NAME in panel.text)
        self.assertEqual(self.driver.current_url, URL + "/")  # nothing was submitted
        self.assertIn("找到 1 家企业", panel.text)
        self.shot("search-as-you-type")
        link = panel.find_element(By.LINK_TEXT, NANCHANG_NAME)
        self.follow(link)
        self.assertEqual(self.text("#firm-code"), NANCHANG_CODE)

    def test_search_as_you_type_on_the_find_page(self):
        # Every Content-Security-Policy violation of the pages to come, counted from their first moment.
        self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source":
            "window.violations = []; document.addEventListener('securitypolicyviolation',"
            " function (e) { window.violations.push(e.violatedDirective + ' ' + e.blockedURI); });"})
        self.login("sheng")
        self.driver.get(URL + "/firms")
        box = self.driver.find_element(By.ID, "find-q")
        box.send_keys("浏览器")
        WebDriverWait(self.driver, 5).until(
            lambda d: d.find_elements(By.ID, "results") and NANCHANG_NAME in d.find_element(By.ID, "results").text)
        self.assertTrue(self.driver.current_url.startswith(URL + "/firms?q="))  # the address follows: a bookmark
        box.send_keys("没有这家")
        WebDriverWait(self.driver, 5).until(lambda d: d.find_elements(By.ID, "nothing-found"))
        # The script ran (results came) and the policy refused nothing on the page.
        self.assertEqual(self.driver.execute_script("return window.violations"), [])

    def test_the_icon_is_served(self):
        with urllib.request.urlopen(URL + "/favicon.ico") as answer:
            self.assertEqual(answer.headers["Content-Type"], "image/x-icon")
            self.assertEqual(answer.read()[:4], b"\x00\x00\x01\x00")
