"""Browser tests of the web pages of `ladder serve`, in a real headless Chromium (Selenium).

Run by scripts/browser-check.sh, which builds ladder, makes a registry with a generated sample, the
accounts and firms named below, starts the server and sets LADDER_URL. Every page visited is
saved as docs/screenshots/NAME.png at 1366x768.
"""
import os
import re
import sys
import tempfile
import time
import unittest
import zipfile
import urllib.error
import urllib.request
from urllib.parse import quote

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ["LADDER_URL"].rstrip("/")
PASSWORD = os.environ["LADDER_PASSWORD"]
SHOTS = os.environ.get("LADDER_SCREENSHOTS", "docs/screenshots")
# Made by scripts/browser-check.sh: a firm in 章贡区 (赣州) named like an attack, one in 东湖区 (南昌).
XSS_CODE = "91360722MA35G1YK7R"
XSS_NAME = "<script>alert(1)</script>"
NANCHANG_CODE = "91440300708461136T"
NANCHANG_NAME = "南昌浏览器测试科技有限公司"
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def browser(downloads=None):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1366,768", "--lang=zh-CN", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    prefs = {"intl.accept_languages": "zh-CN,zh"}
    if downloads:
        prefs.update({"download.default_directory": downloads, "download.prompt_for_download": False})
    options.add_experimental_option("prefs", prefs)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    if downloads:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_window_size(1366, 768)
    driver.implicitly_wait(2)
    return driver


class Pages(unittest.TestCase):
    def setUp(self):
        self.driver = browser()

    def tearDown(self):
        self.driver.quit()

    def shot(self, name):
        os.makedirs(SHOTS, exist_ok=True)
        self.driver.save_screenshot(os.path.join(SHOTS, name + ".png"))

    def text(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css).text

    def follow(self, element, submit=False):
        """Clicks a link or button (or submits a form) and waits for the next page to replace this one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.submit() if submit else element.click()
        WebDriverWait(self.driver, 10).until(expected_conditions.staleness_of(page))

    def login(self, username, password=PASSWORD, shot=None):
        self.driver.get(URL + "/login")
        self.driver.find_element(By.ID, "username").send_keys(username)
        self.driver.find_element(By.ID, "password").send_keys(password)
        if shot:
            self.shot(shot)
        self.driver.find_element(By.ID, "login-button").click()
        # The answer: the page asked for (the account's name in its header) or the refusal.
        WebDriverWait(self.driver, 10).until(
            lambda d: d.find_elements(By.ID, "account-name") or d.find_elements(By.ID, "login-error"))

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
            done = [name for name in os.listdir(downloads) if name.endswith(".xlsx")]
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


if __name__ == "__main__":
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)
