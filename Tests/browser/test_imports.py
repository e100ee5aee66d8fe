"""Browser test of 导入 (/imports, /imports/new): a file with faults uploaded through the page, its
dry run, 确认导入, the progress page until the result, and the rejects file downloaded and read.
Run by scripts/browser-check.sh, which makes the province editor `shengbian` it signs in as.
Screenshots: imports.png, import-dry-run.png, import-done.png.
"""
import csv
import os
import tempfile
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browsing import URL, browser, PageTestCase

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(serial, division):
    """A valid 统一社会信用代码 of `division` (as Tests/LadderServerTests/ImportRoster.swift makes them)."""
    body = "%08d" % serial
    total = sum(int(d) * w for d, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    organisation = {10: "X", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
    first17 = "91" + division + body + organisation
    check = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - check % 31) % 31]


GOOD = credit_code(99990001, "360702")
# The same code with its check character changed: a typing slip the import rejects.
BAD_CHECK = GOOD[:17] + ("0" if GOOD[17] != "0" else "1")
NO_NAME = credit_code(99990002, "360702")


class Imports(PageTestCase):
    def setUp(self):
        self.downloads = tempfile.mkdtemp(prefix="ladder-import-downloads-")
        self.driver = browser(self.downloads)

    def test_import_a_file_with_faults_dry_run_apply_and_download_the_rejects(self):
        # Three rows: one good new 高企, one with a wrong check character, one without its name.
        folder = tempfile.mkdtemp(prefix="ladder-import-file-")
        path = os.path.join(folder, "浏览器导入名单.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("统一社会信用代码,企业名称,所属地区,高新技术企业证书编号,发证日期\r\n")
            f.write(GOOD + ",浏览器导入测试科技有限公司,章贡区,GR202336990001,2023-11-22\r\n")
            f.write(BAD_CHECK + ",错码测试科技有限公司,章贡区,GR202336990002,2023-11-22\r\n")
            f.write(NO_NAME + ",,章贡区,GR202336990003,2023-11-22\r\n")

        self.login("shengbian")
        self.follow(self.driver.find_element(By.LINK_TEXT, "导入"))
        self.assertIn("导入记录", self.text("#imports-title"))
        self.shot("imports")

        self.follow(self.driver.find_element(By.ID, "new-import"))
        self.driver.find_element(By.ID, "file").send_keys(path)
        self.follow(self.driver.find_element(By.ID, "upload-button"))
        self.assertIn("试导入：浏览器导入名单.csv", self.text("#import-title"))
        self.assertIn("高新技术企业认定名单", self.text("#kind-line"))

        def count(key):
            return int(self.driver.find_element(By.ID, "count-" + key).get_attribute("data-count"))
        self.assertEqual((count("rows"), count("new_enterprises"), count("rejected")), (3, 1, 2), self.text("#import-problems") if self.driver.find_elements(By.ID, "import-problems") else "")
        rows = {row.get_attribute("data-kind"): row.find_element(By.CSS_SELECTOR, "td.rows").text
                for row in self.driver.find_elements(By.CSS_SELECTOR, "#import-problems tbody tr")}
        self.assertEqual(sorted(rows.values()), ["3", "4"])
        self.shot("import-dry-run")

        self.follow(self.driver.find_element(By.ID, "apply-button"))
        # The progress page reloads itself until the result shows.
        WebDriverWait(self.driver, 30).until(lambda d: d.find_elements(By.ID, "recorded-line"))
        self.assertIn("已记录为导入批次", self.text("#recorded-line"))
        self.assertEqual((count("new_enterprises"), count("rejected")), (1, 2))
        self.shot("import-done")

        self.driver.find_element(By.ID, "download-rejects").click()
        saved = None
        for _ in range(100):
            done = [name for name in os.listdir(self.downloads) if name.endswith(".rejects.csv")]
            if done:
                saved = os.path.join(self.downloads, done[0])
                break
            time.sleep(0.1)
        self.assertIsNotNone(saved, "no rejects file downloaded within 10 s")
        with open(saved, encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
        # Each rejected row as it was, after its row number in the file, with what was wrong.
        self.assertEqual(table[0][:6], ["原行号", "统一社会信用代码", "企业名称", "所属地区", "高新技术企业证书编号", "发证日期"])
        self.assertEqual([row[:2] for row in table[1:]], [["3", BAD_CHECK], ["4", NO_NAME]])

        # The firm that was good is in the registry; the list shows the batch with its counts.
        self.driver.get(URL + "/firms/" + GOOD)
        self.assertIn("浏览器导入测试科技有限公司", self.driver.page_source)
        self.driver.get(URL + "/imports")
        self.assertIn("浏览器导入名单.csv", self.text("#import-batches"))
