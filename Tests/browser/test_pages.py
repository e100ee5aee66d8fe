"""Browser tests of the web pages of `ladder serve`, in a real headless Chromium (Selenium).

Sign-in, the dashboard, search, a firm, scopes, escaping, the language switch and the list exports.
Run by scripts/browser-check.sh (see browsing.py). Every page visited is saved as
docs/screenshots/NAME.png at 1366x768.
"""
import os
import re
import tempfile
import time
import zipfile
import urllib.error
import urllib.request
from urllib.parse import quote

from selenium.webdriver.common.by import By

from browsing import (URL, XSS_CODE, XSS_NAME, NANCHANG_CODE, NANCHANG_NAME,
                      FULL_WIDTH, browser, PageTestCase)


class Pages(PageTestCase):
    def test_log_in_and_out(self):
        self.login("sheng", shot="login")
        self.assertEqual(self.driver.current_url, URL + "/")
        self.assertIn("sheng", self.text("#account-name"))
        self.assertIn("梯次培育概况", self.text("#dashboard-title"))
        self.assertTrue(self.driver.find_element(By.ID, "count-hnte").text.replace(",", "").isdigit())
        self.shot("dashboard")
        # On a phone the page fits the screen's width (wide tables scroll within themselves).
        self.driver.set_window_size(390, 844)
        self.driver.refresh()
        self.assertLessEqual(self.driver.execute_script("return document.documentElement.scrollWidth"),
                             self.driver.execute_script("return window.innerWidth"))
        self.shot("dashboard-phone")
        self.driver.set_window_size(1366, 768)
        self.follow(self.driver.find_element(By.ID, "logout"))
        self.assertTrue(self.driver.current_url.startswith(URL + "/login"))
        self.assertEqual(self.text("#login-info"), "您已退出。")
        self.driver.get(URL + "/")
        self.assertTrue(self.driver.current_url.startswith(URL + "/login?next="))

    def test_wrong_password(self):
        self.login("sheng", password="not-the-password")
        self.assertEqual(self.text("#login-error"), "用户名或密码错误（或账户已停用），请核对后重试。")
        self.assertEqual(self.driver.get_cookie("ladder_session"), None)
        self.shot("login-wrong-password")

    def test_search_by_part_of_a_name_then_open_the_firm(self):
        self.login("sheng")
        box = self.driver.find_element(By.ID, "header-q")
        box.send_keys("浏览器测试")
        self.follow(box, submit=True)
        self.assertIn("找到 1 家企业", self.text("#found"))
        self.shot("search")
        self.follow(self.driver.find_element(By.LINK_TEXT, NANCHANG_NAME))
        self.assertEqual(self.text("#firm-name"), NANCHANG_NAME)
        self.assertEqual(self.text("#firm-code"), NANCHANG_CODE)
        self.assertIn("GR202436000888", self.text("#qualifications"))
        self.assertIn("赣高企认办〔2024〕3号", self.text("#events"))
        self.assertTrue(self.driver.find_elements(By.ID, "check-hnte"))
        self.shot("firm")
        self.driver.execute_script("document.getElementById('check-hnte').scrollIntoView()")
        self.shot("firm-eligibility")

    def test_search_by_a_full_width_code(self):
        self.login("sheng")
        wide = "".join(FULL_WIDTH.get(c, c) for c in NANCHANG_CODE)
        self.driver.get(URL + "/firms?q=" + quote(wide))
        self.assertIn("找到 1 家企业", self.text("#found"))
        self.assertIn(NANCHANG_CODE, self.text("#results"))

    def test_a_city_account_cannot_open_another_citys_firm(self):
        self.login("ganzhou")
        self.driver.get(URL + "/firms/" + NANCHANG_CODE)
        message = self.text("#problem")
        self.assertIn("不在账号“ganzhou”的管辖地区赣州市内", message)
        self.assertIn("东湖区", message)
        self.shot("forbidden")
        # The status too, asked with the browser's own session cookie (the pages run no script).
        cookie = self.driver.get_cookie("ladder_session")["value"]
        request = urllib.request.Request(URL + "/firms/" + NANCHANG_CODE, headers={"Cookie": "ladder_session=" + cookie})
        with self.assertRaises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        self.assertEqual(refused.exception.code, 403)

    def test_the_xss_name_shows_as_text(self):
        self.login("sheng")
        self.driver.get(URL + "/firms/" + XSS_CODE)
        self.assertEqual(self.text("#firm-name"), XSS_NAME)
        self.assertEqual(self.driver.execute_script("return document.querySelectorAll('main script').length"), 0)
        self.shot("xss-name")

    def test_the_language_switch(self):
        self.login("sheng")
        self.follow(self.driver.find_element(By.LINK_TEXT, "English"))
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "en")
        self.assertEqual(self.text("#logout"), "Sign out")
        self.driver.get(URL + "/firms?q=" + quote("浏览器测试"))
        self.assertIn("1 firm found", self.text("#found"))
        self.shot("search-english")
        self.follow(self.driver.find_element(By.LINK_TEXT, "中文"))
        self.assertEqual(self.text("#logout"), "退出")

    def test_the_expiring_list_exports_as_xlsx_with_codes_as_text(self):
        downloads = tempfile.mkdtemp(prefix="ladder-downloads-")
        self.driver.quit()
        self.driver = browser(downloads)
        self.login("sheng")
        self.follow(self.driver.find_element(By.LINK_TEXT, "即将到期"))
        days = self.driver.find_element(By.ID, "days")
        days.clear()
        days.send_keys("3650")
        self.follow(self.driver.find_element(By.ID, "filter-button"))
        self.assertIn("days=3650", self.driver.current_url)
        self.assertGreater(int(self.driver.find_element(By.ID, "row-count").get_attribute("data-count")), 0)
        codes = [row.get_attribute("data-code") for row in self.driver.find_elements(By.CSS_SELECTOR, "#list tbody tr")]
        self.shot("expiring")
        self.driver.find_element(By.ID, "export-xlsx").click()
        saved = None
        for _ in range(100):
            # Chromium may show the final name before the last bytes are written: wait for a whole zip.
            done = [name for name in os.listdir(downloads)
                    if name.endswith(".xlsx") and zipfile.is_zipfile(os.path.join(downloads, name))]
            if done:
                saved = os.path.join(downloads, done[0])
                break
            time.sleep(0.1)
        self.assertIsNotNone(saved, "no .xlsx downloaded within 10 s")
        self.assertTrue(os.path.basename(saved).startswith("即将到期-"), saved)
        with zipfile.ZipFile(saved) as book:
            self.assertIn("xl/workbook.xml", book.namelist())
            sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        cells = re.findall(r'<c r="A([0-9]+)"([^>]*)>(.*?)</c>', sheet)
        written = []
        for row, attributes, inner in cells:
            if row == "1":
                continue
            self.assertRegex(attributes, r't="(inlineStr|s)"', "A" + row + " is not a text cell")
            written.append(re.sub(r"<[^>]+>", "", inner))
        self.assertEqual(sorted(written), sorted(codes))
