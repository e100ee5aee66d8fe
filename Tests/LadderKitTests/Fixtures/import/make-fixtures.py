#!/usr/bin/env python3
"""Writes the import fixtures (run from this folder). Each CSV carries one defect of
DOMAIN.md §7 and is named after it; the tests state by hand what each row must become.
The workbooks need openpyxl, and soffice for the LibreOffice one."""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

# Valid 统一社会信用代码 (both check characters worked out with GB 32100 / GB 11714 weights).
A = "91360722MA35G1YK7R"  # 信丰县
B = "9136060006346630XD"  # 鹰潭市
C = "91360102MA35A1B20A"  # 东湖区
D = "91360111MA38C4D5XG"  # 青山湖区
E = "91360702MA3E6F7G4T"  # 章贡区
F = "913609021234567883"  # 袁州区, digits only
G = "91361002MA35H8J96U"  # 临川区
H = "91360402MA39K1L223"  # 濂溪区
I = "91360502MA3AM3N49U"  # 渝水区


def write(name, lines, encoding="utf-8", newline="\n", bom=False):
    with open(name, "w", encoding=encoding, newline="") as f:
        if bom:
            f.write("\ufeff")
        for line in lines:
            f.write(line + newline)


def fullwidth(text):
    """ASCII letters, digits and punctuation to their full-width forms (U+FF01…U+FF5E)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


write("bom-utf8.csv", ["统一社会信用代码,企业名称,成立日期",
                       f"{A},信丰众城矿业有限公司,2015-12-01"], bom=True)

# What Chinese Excel's "CSV (逗号分隔)" writes: GB18030, CRLF, no BOM.
write("gb18030.csv", ["统一社会信用代码,企业名称,成立日期",
                      f"{B},鹰潭市信江海融小额贷款股份有限公司,2012-03-01"], encoding="gb18030", newline="\r\n")

write("crlf.csv", ["统一社会信用代码,企业名称,成立日期",
                   f"{C},南昌瑞恒电子科技有限公司,2019-04-08",
                   f"{D},\"南昌嘉创软件有限公司\",2020-07-15"], newline="\r\n")

write("fullwidth-digits.csv", ["统一社会信用代码,企业名称,成立日期,年度,职工总数,年销售收入(万元)",
                               f"{fullwidth(E)},赣州章贡智能装备有限公司,{fullwidth('2018-03-15')},"
                               f"{fullwidth('2024')},{fullwidth('120')},{fullwidth('1234.56')}"])

write("ideographic-space.csv", ["统一社会信用代码,企业名称,成立日期,年度,职工总数",
                                f"\u3000{F} ,宜春袁州新材料有限公司\u3000,2016-09-30\u3000,2024,\u00a085\u3000"])

write("date-spellings.csv", ["统一社会信用代码,企业名称,成立日期",
                             f"{C},南昌瑞恒电子科技有限公司,2023-05-06",
                             f"{D},南昌嘉创软件有限公司,2023/5/6",
                             f"{E},赣州章贡智能装备有限公司,2023.5.6",
                             f"{F},宜春袁州新材料有限公司,2023年5月6日",
                             f"{G},抚州临川生物科技有限公司,20230506",
                             f"{H},九江濂溪环保科技有限公司,45052",
                             f"{I},新余渝水光伏科技有限公司,2023年5月"])

# A year alone in a date column is no Excel serial (2015 would be 1905-07-07); serials start
# at 1950-01-01 (18264).
write("year-only-date.csv", ["统一社会信用代码,企业名称,成立日期",
                             f"{C},南昌瑞恒电子科技有限公司,2015",
                             f"{D},南昌嘉创软件有限公司,18264",
                             f"{E},赣州章贡智能装备有限公司,18263"])

write("money-spellings.csv", ["统一社会信用代码,企业名称,年度,年销售收入(万元)",
                              f"{C},南昌瑞恒电子科技有限公司,2024,\"1,234.56\"",
                              f"{D},南昌嘉创软件有限公司,2024,123.45万元",
                              f"{E},赣州章贡智能装备有限公司,2024,约500",
                              f"{F},宜春袁州新材料有限公司,2024,500左右",
                              f"{G},抚州临川生物科技有限公司,2024,500元"])

# Units named in headers: 亿元, 千元, (单位：万元), (人民币元); a 千元 figure below one yuan; and a
# unit ladder does not read (百万元).
write("money-units.csv", ["统一社会信用代码,企业名称,年度,资产总额(亿元),年销售收入(千元),研发费用(单位：万元),"
                          "高新技术产品收入(人民币元)",
                          f"{C},南昌瑞恒电子科技有限公司,2024,2,1500,3,900000",
                          f"{D},南昌嘉创软件有限公司,2024,0.5,1.5,0.25,500",
                          f"{E},赣州章贡智能装备有限公司,2024,1,1.2345,1,1"])
write("money-unit-unsupported.csv", ["统一社会信用代码,企业名称,年度,年销售收入(百万元)",
                                     f"{C},南昌瑞恒电子科技有限公司,2024,15"])

write("roman-numeral-headers.csv", ["统一社会信用代码,企业名称,年度,\u2160类知识产权数,\u2161类知识产权数",
                                    f"{C},南昌瑞恒电子科技有限公司,2024,3,12"])
write("latin-i-headers.csv", ["统一社会信用代码,企业名称,年度,I类知识产权数,II类知识产权数",
                              f"{C},南昌瑞恒电子科技有限公司,2024,2,7"])

# Units in full-width brackets, a unit in half-width ones, one money column without a unit,
# and a registered name with full-width brackets (which must be kept as written).
write("fullwidth-brackets.csv", ["统一社会信用代码,企业名称,年度,年销售收入（万元）,资产总额（元）,研发费用(万元),高新技术产品收入",
                                 f"{C},南昌瑞恒（集团）有限公司,2024,1500,8000000,75.5,900"])

# A row of spaces (Excel keeps such rows), and a row of empty cells (skipped by the reader).
write("blank-row.csv", ["统一社会信用代码,企业名称,成立日期",
                        f"{C},南昌瑞恒电子科技有限公司,2019-04-08",
                        " , ,\u3000",
                        ",,"])

# A city column that contradicts the county column (青山湖区 is in 南昌市), and one that agrees.
write("region-contradiction.csv", ["统一社会信用代码,企业名称,所属地区,县区",
                                   f"{D},南昌嘉创软件有限公司,赣州市,青山湖区",
                                   f"{A},信丰众城矿业有限公司,赣州市,信丰县"])

write("shifted-row.csv", ["统一社会信用代码,企业名称,成立日期",
                          f"{C},南昌瑞恒电子科技有限公司,2019-04-08",
                          f"{B},鹰潭市信江海融,小额贷款股份有限公司,2012-03-01"])

write("mojibake.csv", ["统一社会信用代码,企业名称,成立日期",
                       f"{C},南昌瑞恒电子科技有限公司,2019-04-08",
                       f"{D},南昌\ufffd\ufffd软件有限公司,2020-07-15"])

write("damaged-credit-code.csv", ["统一社会信用代码,企业名称,成立日期",
                                  "9.13601E+17,江西甲科技有限公司,2019-04-08",
                                  "914403001922038000,江西乙科技有限公司,2019-04-08",
                                  "91350100M000100Y4Z,江西丙科技有限公司,2019-04-08",
                                  f"{C},南昌瑞恒电子科技有限公司,2019-04-08"])

write("duplicate-code.csv", ["统一社会信用代码,企业名称,成立日期",
                             f"{A},信丰众城矿业有限公司,2015-12-01",
                             f"{B},鹰潭市信江海融小额贷款股份有限公司,2012-03-01",
                             f"{A},信丰众城矿业有限公司,2015-12-01",
                             f"{A},信丰众城矿业有限公司,2016-01-01"])

# Published 高企 lists that name firms without codes (the registry is prepared by the test).
write("unknown-name.csv", ["序号,企业名称,证书编号,发证日期",
                           "1,南昌瑞恒电子科技有限公司,GR202436000101,2024-12-16",
                           "2,江西华瑞新材料有限公司,GR202436000102,2024-12-16",
                           "3,宜春袁州新材料有限公司,GR202436000103,2024-12-16",
                           "4,江西不存在科技有限公司,GR202436000104,2024-12-16"])
write("ambiguous-name.csv", ["序号,企业名称,证书编号,发证日期",
                             "1,江西华瑞科技有限公司,GR202436000201,2024-12-16"])

write("hnte-number-without-day.csv", ["统一社会信用代码,企业名称,证书编号",
                                      f"{C},南昌瑞恒电子科技有限公司,GR202336000123"])
write("tsme-number-without-day.csv", ["统一社会信用代码,企业名称,入库登记编号",
                                      f"{C},南昌瑞恒电子科技有限公司,2024360102A0000001"])
write("facts-without-year.csv", ["统一社会信用代码,企业名称,职工总数",
                                 f"{C},南昌瑞恒电子科技有限公司,120"])
write("header-spellings.csv", ["社会信用代码,单位名称,地区,注册日期",
                               f"{A},信丰众城矿业有限公司,信丰县,2015-12-01"])

# One firm for three years: every hnte threshold met exactly (see README); yes/no in three spellings.
write("facts-three-years.csv", [
    "统一社会信用代码,企业名称,成立日期,技术领域,年度,职工总数,科技人员数,销售收入(万元),研发费用(万元),"
    "境内研发费用(万元),高新技术产品收入(万元),核心知识产权,重大安全事故,重大质量事故,严重环境违法,创新能力评价得分",
    f"{A},信丰众城矿业有限公司,2015-12-01,新材料,2022,180,18,1000,50,30,600,是,否,否,否,",
    f"{A},信丰众城矿业有限公司,2015-12-01,新材料,2023,190,19,1500,75,45,900,有,无,无,无,",
    f"{A},信丰众城矿业有限公司,2015-12-01,新材料,2024,200,20,2000,100,60,1200,√,×,×,×,70.5"])

# Net assets may be negative (-50, and (12.5) in accounting notation); total assets may not.
write("negative-net-assets.csv", ["统一社会信用代码,企业名称,年度,净资产(万元),资产总额(万元)",
                                  f"{C},南昌瑞恒电子科技有限公司,2024,-50,300",
                                  f"{D},南昌嘉创软件有限公司,2024,(12.5),80",
                                  f"{E},赣州章贡智能装备有限公司,2024,20,-300"])

# A part larger than its whole: 科技人员数 > 职工总数, 境内研发费用 > 研发费用, 高新技术产品收入 >
# 总收入; the last row has each part equal to its whole.
write("facts-contradiction.csv", ["统一社会信用代码,企业名称,年度,职工总数,科技人员数,研发费用(万元),境内研发费用(万元),"
                                  "高新技术产品收入(万元),总收入(万元)",
                                  f"{C},南昌瑞恒电子科技有限公司,2024,10,20,100,80,500,800",
                                  f"{D},南昌嘉创软件有限公司,2024,10,10,100,120,500,800",
                                  f"{E},赣州章贡智能装备有限公司,2024,10,10,100,100,900,800",
                                  f"{G},抚州临川生物科技有限公司,2024,10,10,100,100,800,800"])

# No defect: two firms with numbers, days and figures, for batch behaviour (re-import, void).
write("clean-roster.csv", ["统一社会信用代码,企业名称,成立日期,年度,职工总数,年销售收入(万元),入库登记编号,入库日期,证书编号,发证日期",
                           f"{C},南昌瑞恒电子科技有限公司,2019-04-08,2024,120,1500,2024360102A0000001,2024-05-06,"
                           "GR202436000101,2024-12-16",
                           f"{D},南昌嘉创软件有限公司,2020-07-15,2024,45,800,2024360111A0000002,2024-05-06,,"])

# Damaged CSV structure (issue 10). A quote opened in B's name never closes; D's name is quoted
# properly, and its opening quote is where a lenient reader would have closed B's.
write("unclosed-quote.csv", ["统一社会信用代码,企业名称,成立日期",
                             f"{A},信丰众城矿业有限公司,2015-12-01",
                             f"{B},\"鹰潭市信江海融小额贷款股份有限公司,2012-03-01",
                             f"{C},南昌瑞恒电子科技有限公司,2019-04-08",
                             f"{D},\"南昌嘉创软件有限公司\",2020-07-15"])

# Well-formed CSV, but a line break (Alt+Enter) inside a name and inside a code.
write("line-break-in-cell.csv", ["统一社会信用代码,企业名称,成立日期",
                                 f"{C},\"南昌瑞恒电子\n科技有限公司\",2019-04-08",
                                 f"\"{D[:9]}\n{D[9:]}\",南昌嘉创软件有限公司,2020-07-15",
                                 f"{E},赣州章贡智能装备有限公司,2018-03-15"])

# Cells at and one past their column's length: a name of 200 and 201 characters, a code of 40
# and 41, a 备注 of 2000 and 2001.
write("long-cells.csv", ["统一社会信用代码,企业名称,备注",
                         f"{C},江西{'长' * 194}有限公司,",
                         f"{D},江西{'长' * 195}有限公司,",
                         f"{E}{'0' * 22},赣州章贡智能装备有限公司,",
                         f"{F}{'0' * 23},宜春袁州新材料有限公司,",
                         f"{G},抚州临川生物科技有限公司,{'备' * 2000}",
                         f"{H},九江濂溪环保科技有限公司,{'备' * 2001}"])

# A 备注 typed over two lines, with a comma and doubled quotes, read as one cell.
write("multiline-note.csv", ["统一社会信用代码,企业名称,入库登记编号,入库日期,备注",
                             f"{C},南昌瑞恒电子科技有限公司,2024360102A0000001,2024-05-06,"
                             "\"第一行\n第二行，含逗号, 和\"\"引号\"\"\"",
                             f"{D},南昌嘉创软件有限公司,2024360111A0000002,2024-05-06,"])


def rejected_workbook(path):
    """A workbook roster with two rows to reject: row 2 (a digits-only code kept as text) has an
    approximate amount, row 4 a wrong check character; row 3 lands."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(["统一社会信用代码", "企业名称", "成立日期", "年度", "职工总数", "年销售收入(万元)", "备注"])
    ws.append([F, "宜春袁州新材料有限公司", dt.date(2016, 9, 30), 2024, 85, "约500", "待核实"])
    ws.append([C, "南昌瑞恒电子科技有限公司", dt.date(2019, 4, 8), 2024, 120, 1234.56, None])
    ws.append(["91360702MA3E6F7G4X", "赣州章贡智能装备有限公司", dt.date(2018, 3, 15), 2024, 60, 300, None])
    for row in (2, 3, 4):
        ws[f"C{row}"].number_format = "yyyy-mm-dd"
    wb.save(path)


def workbook(path):
    """A roster as openpyxl writes it: date cells with built-in and custom formats, numbers,
    a digits-only code kept as text, a sparse row, an empty row, a day typed as a serial number."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(["统一社会信用代码", "企业名称", "成立日期", "年度", "职工总数", "年销售收入(万元)", "证书编号", "发证日期"])
    ws.append([C, "南昌瑞恒电子科技有限公司", dt.date(2019, 4, 8), 2024, 120, 1234.56, "GR202436000101",
               dt.date(2024, 12, 16)])
    ws["C2"].number_format = "mm-dd-yy"              # built-in 14
    ws["H2"].number_format = 'yyyy"年"m"月"d"日"'    # custom
    ws.append([F, "宜春袁州新材料有限公司", dt.date(2016, 9, 30), 2024, 85, 500, None, None])
    ws["C3"].number_format = "yyyy-mm-dd"
    # Row 4 is sparse: no 成立日期, 职工总数 or numbers (cells C, E, G and H absent).
    ws["A4"] = D
    ws["B4"] = "南昌嘉创软件有限公司"
    ws["D4"] = 2024
    ws["F4"] = 800
    # Row 5 stays empty; row 6 is a firm with its founding day typed as a plain serial number.
    ws["A6"] = G
    ws["B6"] = "抚州临川生物科技有限公司"
    ws["C6"] = 45052
    wb.save(path)


workbook("openpyxl-roster.xlsx")
rejected_workbook("rejected-roster.xlsx")
# LibreOffice re-saves the same table with shared strings.
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, "openpyxl-roster.xlsx"],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "openpyxl-roster.xlsx"), "libreoffice-roster.xlsx")
