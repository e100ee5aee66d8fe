#!/usr/bin/env python3
"""Regenerates the legacy Excel (.xls) fixtures; run from this folder. Needs xlwt (pip install
xlwt) and soffice (LibreOffice) on PATH. The xlwt files are deterministic; LibreOffice's differ
only in their timestamps. The damaged files are cut from xlwt-roster.xls by the code below."""
import datetime as dt
import os
import shutil
import struct
import subprocess
import tempfile

import xlwt



def style(num_format):
    s = xlwt.XFStyle()
    s.num_format_str = num_format
    return s


ISO = style("YYYY-MM-DD")          # a custom format (id 164 and up)
SHORT = style("M/D/YY")            # built-in format 14
CN = style('YYYY"年"M"月"D"日"')   # a custom 年月日 format


def roster(path, dates_1904=False):
    """Excel 97 as xlwt writes it: shared strings (CJK), RK and NUMBER cells, dates by built-in
    and custom formats, a merged title row, a rich-text string, a boolean, an error, a formula
    without a cached value, a sparse row, an empty row, a second sheet."""
    wb = xlwt.Workbook(encoding="utf-8")
    wb.dates_1904 = dates_1904
    ws = wb.add_sheet("名单")
    ws.write_merge(0, 0, 0, 7, "2024年度科技型企业名单")
    for c, h in enumerate(["统一社会信用代码", "企业名称", "成立日期", "发证日期", "年销售收入(万元)", "职工总数", "高企", "备注"]):
        ws.write(1, c, h)
    ws.write(2, 0, "91360733746860349F")
    ws.write(2, 1, "赣州正泽医疗器械有限公司")
    ws.write(2, 2, dt.date(1997, 9, 14), ISO)
    ws.write(2, 3, dt.date(2023, 11, 1), SHORT)
    ws.write(2, 4, 9472.38)            # RK, integer × 100
    ws.write(2, 5, 53)                 # RK integer
    ws.write(2, 6, True)               # BOOLERR
    ws.row(2).set_cell_error(7, 0x2A)       # #N/A
    # A sparse row: only A, C and H.
    ws.write(3, 0, "91361127642282732H")
    ws.write(3, 2, dt.date(2000, 2, 29), CN)
    ws.write_rich_text(3, 7, ["富", ("文本", xlwt.easyfont("bold true")), "单元格"])
    # Row 5 stays empty; row 6: Latin-1 text, NUMBER cells, a code stored as a number, a formula.
    ws.write(5, 0, "  café  ")
    ws.write(5, 1, 0.1)                # not an RK: a NUMBER record
    ws.write(5, 2, -3.75)
    ws.write(5, 3, 913609021234568000)
    ws.write(5, 4, 1.5e-5)
    ws.write(5, 5, xlwt.Formula("F3*2"))
    second = wb.add_sheet("第二页")
    second.write(0, 0, "序号")
    second.write(0, 1, "企业名称")
    second.write(1, 0, 1)
    second.write(1, 1, "南昌科技有限公司")
    wb.save(path)


def continued_strings(path):
    """An SST larger than 8,224 bytes, so it spans CONTINUE records; a CJK name is placed so that
    the first boundary falls inside its characters (the check below proves it)."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名单")
    ws.write(0, 0, "序号")
    ws.write(0, 1, "企业名称")
    crossing = "江西省赣州市章贡区跨越记录边界的中文企业名称有限公司第" + "一二三四五六七八九十" * 3 + "分公司"
    # SST data: 8 bytes of counts, then 3 + chars bytes per ASCII string ("序号" and "企业名称"
    # take 3 + 4 and 3 + 8): after 630 names of 10 ASCII characters it holds 8 + 7 + 11 + 8190 = 8216
    # bytes, so the CJK string's characters start at 8219 and cross 8224.
    names = [f"firm-{i:05d}" for i in range(630)] + [crossing] + [f"公司{i:04d}号" for i in range(200)]
    for r, name in enumerate(names, start=1):
        ws.write(r, 0, r)
        ws.write(r, 1, name)
    wb.save(path)
    biff = wb.get_biff_data()
    check_crossing(biff, crossing)


def check_crossing(biff, crossing):
    """Fails unless the SST's first CONTINUE starts inside the UTF-16 characters of `crossing`."""
    i = 0
    while i < len(biff):
        rtype, length = struct.unpack_from("<HH", biff, i)
        if rtype == 0x00FC:
            sst_end = i + 4 + length
            ntype, nlength = struct.unpack_from("<HH", biff, sst_end)
            assert ntype == 0x003C, "the SST has no CONTINUE record"
            encoded = crossing.encode("utf-16-le")
            # Its count and flag, then its first two characters: the rest follows the boundary.
            start = biff.find(struct.pack("<HB", len(crossing), 1) + encoded[:4], i) + 3
            assert start != 2 and start < sst_end < start + len(encoded), "the CJK name does not cross the boundary"
            assert biff[sst_end + 4] == 0x01, "the CONTINUE record does not restart with the UTF-16 flag"
            return
        i += 4 + length
    raise AssertionError("no SST record")


def dates_1904(path):
    wb = xlwt.Workbook(encoding="utf-8")
    wb.dates_1904 = True
    ws = wb.add_sheet("1904")
    ws.write(0, 0, "成立日期")
    ws.write(0, 1, "数量")
    ws.write(1, 0, dt.date(2023, 11, 1), ISO)
    ws.write(1, 1, 1)
    wb.save(path)


def damaged(source):
    """A truncated and a cyclic copy of `source`."""
    data = bytearray(open(source, "rb").read())
    open("truncated.xls", "wb").write(data[: len(data) // 2])
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    fat_sector = struct.unpack_from("<I", data, 0x4C)[0]
    fat_at = (fat_sector + 1) * sector
    directory = struct.unpack_from("<I", data, 0x30)[0]
    dir_at = (directory + 1) * sector
    for e in range(sector // 128):
        entry = dir_at + 128 * e
        name_len = struct.unpack_from("<H", data, entry + 0x40)[0]
        name = data[entry:entry + name_len - 2].decode("utf-16-le")
        if name == "Workbook":
            start = struct.unpack_from("<I", data, entry + 0x74)[0]
            # The Workbook stream's third sector points back to its first.
            second = struct.unpack_from("<I", data, fat_at + 4 * start)[0]
            third = struct.unpack_from("<I", data, fat_at + 4 * second)[0]
            struct.pack_into("<I", data, fat_at + 4 * third, start)
            open("cyclic-fat.xls", "wb").write(data)
            return
    raise AssertionError("no Workbook stream")


def import_roster(path):
    """A bureau roster for the end-to-end test: text codes, date cells in three formats, whole
    and decimal numbers, 科小 and 高企 numbers, a sparse row. Codes as in ../import/make-fixtures.py."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("2024年报")
    slash = style("YYYY/M/D")
    headers = ["统一社会信用代码", "企业名称", "所属地区", "成立日期", "年度", "职工总数", "科技人员数", "年销售收入(万元)",
               "研发费用(万元)", "入库登记编号", "入库日期", "证书编号", "发证日期"]
    rows = [
        ["91360102MA35A1B20A", "南昌瑞恒电子科技有限公司", "南昌市", (dt.date(2019, 4, 8), ISO), 2024, 120, 36, 1234.56,
         85.5, "2024360102A0000001", (dt.date(2024, 5, 6), slash), "GR202436000101", (dt.date(2024, 12, 16), CN)],
        ["91360111MA38C4D5XG", "南昌嘉创软件有限公司", "南昌市", (dt.date(2020, 7, 15), ISO), 2024, 45, 12, 800, 40.25,
         "2024360111A0000002", (dt.date(2024, 5, 6), slash), None, None],
        ["91360702MA3E6F7G4T", "赣州章贡智能装备有限公司", "赣州市", (dt.date(2012, 3, 1), ISO), 2024, 310, 41,
         18250.75, 912.3, None, None, "GR202336000377", (dt.date(2023, 11, 22), CN)],
        ["913609021234567883", "宜春袁州新材料有限公司", "宜春市", (dt.date(2016, 9, 30), ISO), 2024, 85, 9, 500, None,
         None, None, None, None],
        ["91361002MA35H8J96U", "抚州临川生物科技有限公司", "抚州市", None, 2024, 18, 6, 96.4, 12,
         "2024361002A0000107", (dt.date(2024, 6, 28), slash), None, None],
    ]
    for c, h in enumerate(headers):
        ws.write(0, c, h)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, tuple):
                ws.write(r, c, value[0], value[1])
            elif value is not None:
                ws.write(r, c, value)
    wb.save(path)


def export_csv(xls, csv):
    """The CSV (UTF-8, comma, quoted text) LibreOffice exports from the first sheet, as shown."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                        "--outdir", tmp, xls], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, os.path.splitext(os.path.basename(xls))[0] + ".csv"), csv)


def libreoffice(fods, xls):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, fods], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, os.path.splitext(os.path.basename(fods))[0] + ".xls"), xls)


roster("xlwt-roster.xls")
dates_1904("xlwt-1904-dates.xls")
continued_strings("xlwt-continued-strings.xls")
damaged("xlwt-roster.xls")
libreoffice("../reading/libreoffice-roster.fods", "libreoffice-roster.xls")
libreoffice("libreoffice-merged-title.fods", "libreoffice-merged-title.xls")
# Encrypted with the password "secret" (FILEPASS, RC4), as LibreOffice saves it.
subprocess.run(["/usr/bin/python3", "save-with-password.py", os.path.abspath("libreoffice-merged-title.fods"),
                os.path.abspath("libreoffice-password.xls"), "secret"], check=True)
import_roster("roster-import.xls")
export_csv("roster-import.xls", "roster-import.csv")
