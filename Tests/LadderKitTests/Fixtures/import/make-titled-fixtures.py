#!/usr/bin/env python3
"""Writes the fixtures of published lists laid out as the province publishes them (run from
this folder; needs openpyxl): a title above the header, footers and notes below, and place
names as people write them. The tests state by hand what every row must become."""
import openpyxl

C = "91360102MA35A1B20A"  # 东湖区
D = "91360111MA38C4D5XG"  # 青山湖区
E = "91360702MA3E6F7G4T"  # 章贡区
A = "91360722MA35G1YK7R"  # 信丰县
G = "91361002MA35H8J96U"  # 临川区

TITLE = "江西省2025年第一批认定报备高新技术企业名单"
FIRMS = [("南昌瑞恒电子科技有限公司", "GR202536000101"),
         ("南昌嘉创软件有限公司", "GR202536000102"),
         ("赣州章贡智能装备有限公司", "GR202536000103")]


def write(name, lines, encoding="utf-8", newline="\n"):
    with open(name, "w", encoding=encoding, newline="") as f:
        for line in lines:
            f.write(line + newline)


# The 高企 list as an .xlsx: the title merged over A1:C1, names only, 合计 merged below, a note.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "名单"
sheet["A1"] = TITLE
sheet.merge_cells("A1:C1")
sheet.append(["序号", "企业名称", "证书编号"])
for n, (name, number) in enumerate(FIRMS, start=1):
    sheet.append([n, name, number])
sheet.append(["合计：3家"])
sheet.merge_cells("A6:C6")
sheet.append(["注：排名不分先后"])
book.save("titled-hnte-list.xlsx")

# The same list as Chinese Excel saves it as CSV (GB18030, CRLF): an 附件 line and the title
# above a blank row and the header; a page number and the header again at a page break; a
# 合计 row with its number in another cell; a note.
write("titled-hnte-list-gbk.csv", [
    "附件1,,",
    TITLE + ",,",
    ",,",
    "序号,企业名称,证书编号",
    f"1,{FIRMS[0][0]},{FIRMS[0][1]}",
    f"2,{FIRMS[1][0]},{FIRMS[1][1]}",
    "- 1 -,,",
    "序号,企业名称,证书编号",
    f"3,{FIRMS[2][0]},{FIRMS[2][1]}",
    "合计,,3家",
    "注：排名不分先后,,",
], encoding="gb18030", newline="\r\n")

# The roster the lists' firms come from, with 地区 and 县区 as people write them.
write("place-spellings.csv", [
    "统一社会信用代码,企业名称,所属地区,县区",
    f"{C},南昌瑞恒电子科技有限公司,南昌,",              # the city: the code's 东湖区 lies in it
    f"{D},南昌嘉创软件有限公司,南昌,南昌县",             # the county wins over the city
    f"{E},赣州章贡智能装备有限公司,江西省赣州市章贡区红旗大道88号,",  # an address: its county
    f"{A},信丰众城矿业有限公司,吉安,信丰",              # 信丰县 is not in 吉安: a warning naming both
    f"{G},抚州临川生物科技有限公司,抚州,高新区",          # a zone word beside its city: the city
])

# Places no catalogue knows: one kind of warning, five rows.
write("unknown-places.csv", ["统一社会信用代码,企业名称,地区"] + [
    f"{code},{name},{place}" for code, name, place in [
        (C, "南昌瑞恒电子科技有限公司", "火星市"),
        (D, "南昌嘉创软件有限公司", "深圳"),
        (E, "赣州章贡智能装备有限公司", "上海市浦东新区"),
        (A, "信丰众城矿业有限公司", "火星市"),
        (G, "抚州临川生物科技有限公司", "月球"),
    ]])

# Column names and nothing under them.
write("headers-only.csv", ["统一社会信用代码,企业名称,成立日期"])
