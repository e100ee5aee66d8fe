#!/usr/bin/env python3
"""Regenerates the reading fixtures (run from this folder; needs openpyxl, and soffice for
the LibreOffice one). Deterministic except for LibreOffice's zip timestamps."""
import datetime as dt
import subprocess
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

# What Chinese Excel's "CSV (逗号分隔)" writes: GB18030, CRLF, no BOM. Includes a character
# outside GBK (𠮷, four bytes in GB18030), the euro sign and full-width digits.
with open("gb18030-chinese-excel.csv", "w", encoding="gb18030", newline="") as f:
    f.write("统一社会信用代码,企业名称,所属地区,职工总数\r\n")
    f.write("91360733746860349F,赣州正泽医疗器械有限公司,赣州市,５３\r\n")
    f.write("91361127642282732H,\"余干𠮷安峰锂业有限公司,分公司\",上饶市,148\r\n")
    f.write("91360100MA35XXXX1K,价格€科技,南昌市,7\r\n")

def roster(path, epoch=None):
    wb = openpyxl.Workbook()
    if epoch:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "名单"
    ws.append(["统一社会信用代码", "企业名称", "成立日期", "发证日期", "年销售收入(万元)", "职工总数", "高企", "备注"])
    ws.append(["91360733746860349F", "赣州正泽医疗器械有限公司", dt.date(1997, 9, 14), dt.date(2023, 11, 1),
               9472.38, 53, True, "#N/A"])
    ws["D2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["C2"].number_format = "mm-dd-yy"   # built-in id 14
    # A sparse row: only A, C and H.
    ws["A3"] = "91361127642282732H"
    ws["C3"] = dt.date(2000, 2, 29)
    ws["H3"] = CellRichText(["富", TextBlock(InlineFont(b=True), "文本"), "单元格"])
    # Row 4 stays empty; row 5 has a time of day, a plain serial-looking number and a false.
    ws["A5"] = "  前后空格  "
    ws["B5"] = dt.time(12, 30)
    ws["C5"] = 45231
    ws["G5"] = False
    second = wb.create_sheet("第二页")
    second.append(["序号", "企业名称"])
    second.append([1, "南昌科技有限公司"])
    wb.save(path)

roster("openpyxl-roster.xlsx")
roster("openpyxl-1904-dates.xlsx", CALENDAR_MAC_1904)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "libreoffice-roster.fods"], check=True)
