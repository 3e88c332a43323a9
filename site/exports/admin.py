"""The same cells in Wagtail's admin: listings' columns, inspect pages and their exports."""

import codecs
import datetime
import itertools

from django.http import StreamingHttpResponse
from django.utils.text import capfirst
from mist_site.exports.cells import local_time_text, model_value
from mist_site.exports.spreadsheets import csv_cell, xlsx_cell
from wagtail.admin.ui.tables import Column


class LocalTimeColumn(Column):
    """A date-time column in Paris time with its offset, as in the detail page and exports."""

    def __init__(self, name, label=None, **kwargs):
        # Headings start with a capital, as Wagtail's own columns do.
        super().__init__(name, label=capfirst(label) if label else label, **kwargs)

    def get_value(self, instance):
        return local_time_text(super().get_value(instance))


class LocalTimeInspectMixin:
    """For an InspectView: date-times in the same words as the listing and the exports."""

    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name, None)
        if isinstance(value, datetime.datetime):
            return local_time_text(value)
        return super().get_field_display_value(field_name, field)


class ReaderSpreadsheetMixin:
    """For a Wagtail IndexView with `list_export`: labels instead of codes, yes/no, local
    times, formulas neutralised, and a byte-order mark on the CSV."""

    def to_row_dict(self, item):
        return {field: model_value(item, field) for field in self.list_export}

    def write_csv_row(self, writer, row_dict):
        return writer.writerow({field: csv_cell(value) for field, value in row_dict.items()})

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for value in row_dict.values():
            yield xlsx_cell(worksheet, value)

    def write_csv_response(self, queryset):
        stream = itertools.chain([codecs.BOM_UTF8], self.stream_csv(queryset))
        response = StreamingHttpResponse(stream, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response
