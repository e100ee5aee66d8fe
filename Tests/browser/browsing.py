"""What the browser tests share: the server's address, the firms and accounts that
scripts/browser-check.sh makes, a headless Chromium, and the steps every page test takes.
Each area's tests live in their own Tests/browser/test_AREA.py; browser-check.sh runs them all.
"""
import os
import unittest

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
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


class PageTestCase(unittest.TestCase):
    """A signed-out Chromium per test, with the steps every page test takes."""
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
        WebDriverWait(self.driver, 10).until(lambda _: PageTestCase.gone(page))

    @staticmethod
    def gone(element):
        """Whether the element left the document. Mid-navigation, Chromium may say so with its own
        inspector error ("Node with given id does not belong to the document") instead of a stale
        reference."""
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

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
