"""Browser tests of the finishing touches: the dashboard's latest imports with their times in
Beijing time (UTC+8, worked out here from the CLI's UTC instant), the link to 导入记录, and the
report's inline styles applied under a Content-Security-Policy that allows them by hash only.
Run by scripts/browser-check.sh (see browsing.py), which exports LADDER_BIN and LADDER_DB.
Screenshot: dashboard-imports.png.
"""
import json
import os
import subprocess
from datetime import datetime, timedelta

from selenium.webdriver.common.by import By

from browsing import URL, PageTestCase

LADDER = os.environ.get("LADDER_BIN", "ladder")


def beijing(instant):
    """`2026-12-05T11:07:30.123456Z` → `2026-12-05 19:07`: eight hours on, seconds dropped."""
    utc = datetime.strptime(instant[:19], "%Y-%m-%dT%H:%M:%S")
    return (utc + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")


class TimesAndStyles(PageTestCase):
    def test_the_dashboards_latest_imports_are_in_beijing_time(self):
        batches = json.loads(subprocess.run([LADDER, "batches", "--format", "json"], capture_output=True, text=True,
                                            check=True).stdout)
        newest = max(batches, key=lambda b: b["batch"])
        self.login("sheng")
        head = self.driver.find_element(By.CSS_SELECTOR, "#imports thead").text
        self.assertIn("导入时间（北京时间）", head)
        self.assertNotIn("UTC", head)
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#imports tbody tr")
        self.assertGreaterEqual(len(rows), 1)
        self.assertLessEqual(len(rows), 5)
        first = rows[0].find_elements(By.TAG_NAME, "td")
        self.assertEqual(first[0].text, str(newest["batch"]))
        self.assertEqual(first[1].text, beijing(newest["started_at"]))
        self.assertEqual(first[-1].text, newest["operator"])
        self.driver.execute_script("arguments[0].scrollIntoView()", self.driver.find_element(By.ID, "imports"))
        self.shot("dashboard-imports")
        self.follow(self.driver.find_element(By.ID, "imports-all"))
        self.assertEqual(self.driver.current_url, URL + "/imports")
        listed = self.driver.find_element(By.CSS_SELECTOR, "#batch-%d" % newest["batch"]).find_elements(By.TAG_NAME, "td")
        self.assertEqual(listed[4].text, beijing(newest["started_at"]))

    def test_the_reports_inline_styles_apply_under_its_hashes(self):
        self.login("sheng")
        self.driver.get(URL + "/report")
        # The <style> element's rule (the bar of tools) and a style attribute (高企's stripe in the
        # masthead): the browser applies each only if the policy's hash for it matches.
        tools = self.driver.find_element(By.CLASS_NAME, "report-tools")
        self.assertEqual(tools.value_of_css_property("background-color"), "rgba(19, 41, 75, 1)")
        stripe = self.driver.find_element(By.CSS_SELECTOR, 'span[style="background:#1f5fad"]')
        self.assertEqual(stripe.value_of_css_property("background-color"), "rgba(31, 95, 173, 1)")
