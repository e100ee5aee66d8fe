#!/usr/bin/env python3
"""Writes the PDF list fixtures (run from this folder; needs openpyxl, reportlab and soffice).
Credit codes come from /work/shared/tools/gen_roster.py (seed 7), both check characters valid;
certificate numbers are GR + 2025 + 36 + a serial."""
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break

TITLE = "江西省2025年第一批认定报备高新技术企业名单"
HEADERS = ["序号", "企业名称", "证书编号", "统一社会信用代码"]
FIRMS = [
    ("上饶众顺制药有限公司", "91361124MA3PHG8M2C"),
    ("萍乡丰隆新能源有限公司", "913603004216411998"),
    ("江西江航数据科技有限公司", "91360100MA30X8GH5H"),
    ("南昌程星机电科技股份有限公司", "91360112MA3891QD38"),
    ("南昌优洪精密制造股份有限公司", "913601002765639206"),
    # Long enough to wrap onto a second line in its column.
    ("江西恒邦光电科技有限公司九江经济技术开发区光电产业园分公司", "913604001314866531"),
    ("进贤捷同信息技术有限公司", "91360124986409389T"),
    ("南昌正柏电池科技有限责任公司", "91360100841332114F"),
    # The rows below print on page 2, under the repeated header.
    ("南昌豫赣锂业股份有限公司", "91360112MA3GLQ0A40"),
    ("鹰潭蓝航机电科技有限公司", "91360602MA3Q0H862L"),
    ("安义恒峰铜材有限公司", "91360100696254841Y"),
]


def certificate(i):
    return f"GR20253600{i + 101:04d}"


def libreoffice_list(path):
    """A titled 高企 list laid out in a workbook and printed to PDF by LibreOffice Calc."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append([TITLE])
    ws.merge_cells("A1:D1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(HEADERS)
    for i, (name, code) in enumerate(FIRMS):
        ws.append([i + 1, name, certificate(i), code])
    ws.append([f"合计：{len(FIRMS)}家"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 22
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "2:2"
    ws.row_breaks.append(Break(id=2 + 8))
    ws.oddHeader.center.text = "高新技术企业认定报备"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    tmp = tempfile.mkdtemp()
    try:
        xlsx = os.path.join(tmp, "list.xlsx")
        wb.save(xlsx)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, xlsx], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, "list.pdf"), path)
    finally:
        shutil.rmtree(tmp)


def writer_list(path):
    """An HTML page printed by LibreOffice Writer: 所属地区 wraps in its header cell (所属地 over the
    header line, 区 under it), a blank line between rows, a name wrapping onto three lines in a
    vertically centred row, then 合计 and 注 lines. (LibreOffice 7.4 starts the PDF with a blank
    page and leaves the first paragraph, 附件1, out of the text.)"""
    firms = [(name, code, region) for code, name, region in REPORTLAB_FIRMS[:4]]
    html = ['<html><head><meta charset="utf-8"></head><body>', "<p>附件1</p>",
            f'<p style="text-align:center"><b>{TITLE}</b></p>',
            '<table border="1" cellspacing="0" style="border-collapse:collapse">',
            '<tr><th width="40">序 号</th><th width="200">企业名称</th><th width="140">证书编号</th>'
            '<th width="150">统一社会信用代码</th><th width="60">所属地区</th></tr>']
    for i, (name, code, region) in enumerate(firms):
        html.append(f'<tr valign="middle"><td align="center">{i + 1}</td><td>{name}</td>'
                    f'<td align="center">GR20253600{i + 301:04d}</td><td align="center">{code}</td>'
                    f'<td align="center">{region}</td></tr>')
    html.append(f"</table><p>合计：{len(firms)}家</p><p>注：排名不分先后。</p></body></html>")
    tmp = tempfile.mkdtemp()
    try:
        source = os.path.join(tmp, "list.html")
        with open(source, "w", encoding="utf-8") as f:
            f.write("\n".join(html))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, source],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, "list.pdf"), path)
    finally:
        shutil.rmtree(tmp)


REPORTLAB_FIRMS = [
    ("91360112MA3GLQ0A40", "南昌豫赣锂业股份有限公司", "南昌市"),
    ("91360602MA3Q0H862L", "鹰潭蓝航机电科技有限公司", "鹰潭市"),
    # Long enough to wrap onto two more lines in its column (the cells are top-aligned).
    ("91360100696254841Y", "安义恒峰铜材有限公司南昌高新技术产业开发区艾溪湖创新创业园分公司", "南昌市"),
    ("91360429551177574T", "江西汇旭新能源有限公司", "九江市"),
    ("91361181406100300J", "德兴云舟知识产权服务股份有限公司", "上饶市"),
    ("913606022610230324", "鹰潭江佳宏新能源有限公司", "鹰潭市"),
]


def reportlab_list(path):
    """An untitled list set by reportlab: centred headers, top-aligned cells, a page number `- 1 -`."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=13, wordWrap="CJK")
    rows = [["序号", "统一社会信用代码", "企业名称", "证书编号", "所属地区"]]
    for i, (code, name, region) in enumerate(REPORTLAB_FIRMS):
        rows.append([str(i + 1), code, Paragraph(name, cell), f"GR20253600{i + 201:04d}", region])
    table = Table(rows, colWidths=[30, 125, 170, 100, 55], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ]))

    def page_number(canvas, doc):
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1)
    doc.build([table], onFirstPage=page_number, onLaterPages=page_number)


def scanned_list(path):
    """A page holding only a picture of a table, as a scanner makes it: no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (240, 120), 255)
    draw = ImageDraw.Draw(picture)
    for y in range(10, 120, 20):
        draw.line([(10, y), (230, y)], fill=0)
    for x in (10, 40, 150, 230):
        draw.line([(x, 10), (x, 110)], fill=0)
    page = canvas.Canvas(path, pagesize=A4, invariant=1)
    page.drawImage(ImageReader(picture), 60, 500, width=480, height=240)
    page.showPage()
    page.save()


def password_protected_list(path):
    """A list that opens only with a password (secret)."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(path, encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"), invariant=1)
    page.setFont("STSong-Light", 10)
    page.drawString(60, 760, "序号    企业名称    统一社会信用代码")
    page.showPage()
    page.save()


libreoffice_list("libreoffice-hnte-list-two-pages.pdf")
reportlab_list("reportlab-hnte-list-wrapped-top-aligned.pdf")
scanned_list("scanned-list-no-text.pdf")
writer_list("writer-hnte-list-wrapped-header.pdf")
password_protected_list("password-protected-list.pdf")
