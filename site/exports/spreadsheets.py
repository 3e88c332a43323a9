"""CSV (UTF-8 with a byte-order mark, formulas neutralised) and .xlsx (cells typed as text)
responses from headers and rows. Every export of the site goes through `table_response` or
through `ReaderSpreadsheetMixin` (Wagtail listings), which share `csv_cell` / `xlsx_cell`."""

import codecs
import csv
import io

from django.http import FileResponse, HttpResponse
from mist_site.exports.cells import neutralise_formula, reader_text

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_cell(value):
    return neutralise_formula(reader_text(value))


def xlsx_cell(worksheet, value):
    """A write-only cell whose text is never read as a formula: in .xlsx a cell typed as
    text is never run, so the text is kept as typed (no visible quote)."""
    from openpyxl.cell import WriteOnlyCell

    text = reader_text(value)
    cell = WriteOnlyCell(worksheet, text)
    if isinstance(text, str):
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
    return cell


def csv_bytes(headers, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_cell(header) for header in headers])
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    # The byte-order mark makes Excel read the accents as UTF-8.
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def xlsx_bytes(headers, rows, title="Export"):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([xlsx_cell(sheet, header) for header in headers])
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def table_response(headers, rows, export_format, filename):
    """An attachment in the asked format (CSV unless .xlsx is asked)."""
    if export_format == XLSX:
        return FileResponse(
            io.BytesIO(xlsx_bytes(headers, list(rows))),
            as_attachment=True,
            filename=f"{filename}.xlsx",
            content_type=XLSX_CONTENT_TYPE,
        )
    response = HttpResponse(csv_bytes(headers, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
