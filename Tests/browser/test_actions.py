"""Browser tests of the actions on a firm's page (操作): an editor of 南昌 certifies a firm that lacks
facts and sees the refusal with the facts to enter, enters them through the form year by year, and
certifies it; the timeline then shows 认定. A viewer sees no forms.
Run by scripts/browser-check.sh (see browsing.py). Screenshots: firm-actions.png, firm-refusal.png.
"""
import datetime
import re

from selenium.webdriver.common.by import By

from browsing import URL, XSS_CODE, PageTestCase

# Made by scripts/browser-check.sh: an editor of 南昌市 and a 南昌 firm with no facts.
EDITOR = "nanchang"
BARE_CODE = "91360111MA38C4D5XG"
# The figures that meet the 高新技术企业 rules, in 万元 as the form takes them by default.
FACTS = {"employees": "100", "tech_staff": "30", "revenue": "3000", "rd_expense": "300", "rd_expense_in_china": "300",
         "high_tech_income": "2400", "total_income": "3000", "innovation_score": "78", "owns_core_ip": "是",
         "major_accident": "否"}


class Actions(PageTestCase):
    def open_form(self, action):
        """Opens an action's form (a <details>, no script) from the keyboard and answers the form."""
        summary = self.driver.find_element(By.CSS_SELECTOR, "#action-%s summary" % action)
        self.driver.execute_script("arguments[0].scrollIntoView()", summary)
        summary.click()
        return self.driver.find_element(By.CSS_SELECTOR, "#action-%s form" % action)

    def fill(self, form, values):
        for name, value in values.items():
            field = form.find_element(By.NAME, name)
            if field.tag_name == "select":
                field.find_element(By.CSS_SELECTOR, "option[value='%s']" % value).click()
            else:
                field.clear()
                field.send_keys(value)

    def test_certify_a_firm_lacking_facts_then_enter_them_and_certify(self):
        self.login(EDITOR)
        self.driver.get(URL + "/firms/" + BARE_CODE)
        self.assertEqual(self.text("#firm-code"), BARE_CODE)
        # The bureau's day: the page defaults to today in Beijing, which is tomorrow after 16:00 UTC.
        today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
        form = self.open_form("certify")
        # The day defaults to today; the clerk types the certificate's number.
        self.assertEqual(form.find_element(By.NAME, "issued").get_attribute("value"), today.isoformat())
        self.fill(form, {"number": "GR%d36000901" % today.year})
        self.shot("firm-actions")
        self.follow(form.find_element(By.ID, "certify-submit"))

        refusal = self.text("#certify-refusal")
        self.assertIn("未作记录", refusal)
        self.assertIn("请先录入以下年度数据", refusal)
        self.assertIn("研发费用（--rd-expense，%d年度）" % (today.year - 1), refusal)
        # What was typed is kept, and the override is offered.
        self.assertEqual(self.driver.find_element(By.ID, "certify-number").get_attribute("value"),
                         "GR%d36000901" % today.year)
        self.assertTrue(self.driver.find_elements(By.ID, "certify-override"))
        self.driver.execute_script("document.getElementById('action-certify').scrollIntoView()")
        self.shot("firm-refusal")
        # On a phone the whole page, the forms and the refusal among them, fits the screen's width
        # (wide tables scroll within themselves).
        self.driver.set_window_size(390, 844)
        wider = self.driver.execute_script(
            "return [...document.querySelectorAll('main, main *')]"
            ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
            " && !e.closest('.table-wrap table')).map(e => e.id || e.tagName)")
        self.assertEqual(wider, [])
        self.assertLessEqual(self.driver.execute_script("return document.documentElement.scrollWidth"),
                             self.driver.execute_script("return window.innerWidth"))
        self.driver.set_window_size(1366, 768)
        missing_years = sorted({int(year) for year in re.findall(r"，(\d{4})年度）", refusal)})

        for year in missing_years:
            form = self.open_form("facts")
            self.fill(form, dict(FACTS, year=str(year)))
            self.follow(form.find_element(By.ID, "facts-submit"))
            self.assertEqual(self.text("#done"), "已录入年度数据。")
        self.assertIn(str(missing_years[-1]), self.text("#facts"))

        form = self.open_form("certify")
        self.fill(form, {"number": "GR%d36000901" % today.year})
        self.follow(form.find_element(By.ID, "certify-submit"))
        self.assertEqual(self.text("#done"), "已记录认定。")
        self.assertIn("认定", self.text("#events"))
        self.assertIn("GR%d36000901" % today.year, self.text("#qualifications"))
        self.assertIn(EDITOR, self.text("#events"))

    def test_a_viewer_sees_no_forms(self):
        self.login("ganzhou")
        self.driver.get(URL + "/firms/" + XSS_CODE)
        self.assertTrue(self.driver.find_elements(By.ID, "firm-name"))
        self.assertEqual(self.driver.find_elements(By.ID, "actions"), [])
