"""Browser tests of 目标 /targets, 日志 /log and 账户 /accounts, in a real headless Chromium.

The province admin `sheng` (made by scripts/browser-check.sh) sets a target through the form,
reads the log, adds an account, signs out and signs in as it. Screenshots: targets.png, log.png,
accounts.png (and account-token.png, the token shown once).
"""
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browsing import URL, PageTestCase

NEW_PASSWORD = "records-new-horse-7"


class Records(PageTestCase):
    def fill(self, field_id, value):
        field = self.driver.find_element(By.ID, field_id)
        field.clear()
        field.send_keys(value)

    def test_targets_log_and_accounts(self):
        self.login("sheng")
        # 目标: set one for the province through the form, then read its progress.
        self.follow(self.driver.find_element(By.LINK_TEXT, "目标"))
        self.assertIn("目标", self.text("#targets-title"))
        Select(self.driver.find_element(By.ID, "target-tier")).select_by_value("hnte")
        self.fill("target-count", "400")
        # A date field takes the day as the browser's locale types it; set its value directly.
        self.driver.execute_script("document.getElementById('target-due').value = '2026-12-31'")
        self.fill("target-region", "360000")
        self.follow(self.driver.find_element(By.ID, "set-target"))
        self.assertIn("/targets?recorded=", self.driver.current_url)
        self.assertIn("已记录目标", self.text("#notice"))
        # browser-check.sh set one due 2027-12-31 for the dashboard's tests; this one is due 2026-12-31.
        rows = [row for row in self.driver.find_elements(By.CSS_SELECTOR, "#targets tbody tr")
                if "2026-12-31" in row.text]
        self.assertEqual(len(rows), 1)
        self.assertIn("江西省（360000）", rows[0].text)
        self.assertIn("400", rows[0].text)
        self.shot("targets")

        # 日志: the target just set is not a firm's record; the import and the firms are.
        self.follow(self.driver.find_element(By.LINK_TEXT, "日志"))
        self.assertIn("日志", self.text("#log-title"))
        self.assertIn("本页第 1–50 条", self.text("#log-count"))
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "#log tbody tr")), 50)
        self.shot("log")
        self.follow(self.driver.find_element(By.ID, "next-page"))
        self.assertIn("offset=50", self.driver.current_url)
        self.assertIn("本页第 51–", self.text("#log-count"))

        # 账户: add a 赣州 editor, then sign in as it.
        self.follow(self.driver.find_element(By.LINK_TEXT, "账户"))
        self.assertIn("账户", self.text("#accounts-title"))
        name = "ganzhou.records%d" % (int(time.time()) % 100000)
        self.fill("new-username", name)
        Select(self.driver.find_element(By.ID, "new-role")).select_by_value("editor")
        self.fill("new-region", "360700")
        self.fill("new-password", NEW_PASSWORD)
        self.fill("new-password-again", NEW_PASSWORD)
        self.follow(self.driver.find_element(By.ID, "add-account"))
        self.assertNotIn(NEW_PASSWORD, self.driver.current_url)
        self.assertNotIn(NEW_PASSWORD, self.driver.page_source)
        self.assertIn("已新建账户“%s”（录入员，赣州市）" % name, self.text("#notice"))
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, '#accounts tr[data-account="%s"]' % name))
        self.shot("accounts")

        # Its token, shown once.
        self.driver.get(URL + "/accounts/" + name)
        self.follow(self.driver.find_element(By.ID, "make-token"))
        token = self.driver.find_element(By.ID, "new-token").get_attribute("value")
        self.assertTrue(token.startswith("ladder_"))
        self.assertIn("只显示这一次", self.text("#token-warning"))
        self.shot("account-token")
        # Shown at an address of its own (post/redirect/get): reloading it makes no second token
        # and shows this one no more.
        self.assertIn("/tokens/new/", self.driver.current_url)
        self.driver.refresh()
        self.assertIn("只显示一次", self.text("#token-gone"))
        self.assertNotIn(token, self.driver.page_source)
        self.follow(self.driver.find_element(By.ID, "back-to-account"))
        self.assertNotIn(token, self.driver.page_source)
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "#tokens tbody tr")), 1)

        self.follow(self.driver.find_element(By.ID, "logout"))
        self.login(name, password=NEW_PASSWORD)
        self.assertEqual(self.driver.current_url, URL + "/")
        self.assertIn(name, self.text("#account-name"))
        # An editor reads the log but has no 账户 in its menu, and is told why at the address.
        self.assertFalse(self.driver.find_elements(By.LINK_TEXT, "账户"))
        self.driver.get(URL + "/accounts")
        self.assertIn("只有管理员能管理账号", self.text("#problem"))
