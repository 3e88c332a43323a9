"""The staff register of signatures, on screen, as CSV and as a spreadsheet."""

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from mist_site.exports.spreadsheets import CSV, XLSX, table_response

from members_area.register import register_rows
from members_area.roles import Role, staff_required


def selected_role(request):
    value = request.GET.get("role", "")
    return value if value in Role.values else ""


@staff_required
def register(request):
    role = selected_role(request)
    documents, rows = register_rows(role or None)
    return render(
        request,
        "members_area/register.html",
        {
            "page": None,
            "documents": documents,
            "rows": rows,
            "role": role,
            "roles": Role.choices,
        },
    )


@staff_required
def register_export(request, export_format=CSV):
    """The register as CSV or .xlsx: labels in the reader's language, Paris times with their
    offset, cells never read as formulas (mist_site.exports)."""
    role = selected_role(request)
    documents, rows = register_rows(role or None)
    header = [_("Last name"), _("First name"), _("Username"), _("Roles")]
    for document in documents:
        header += [
            _("%(document)s — version") % {"document": document.title},
            _("%(document)s — signed at") % {"document": document.title},
            _("%(document)s — receipt hash") % {"document": document.title},
        ]
    lines = []
    for row in rows:
        line = [row.user.last_name, row.user.first_name, row.user.username, row.roles]
        for must_sign, version, signature in row.cells:
            if signature is not None:
                line += [version.number, signature.signed_at, signature.chain_hash]
            elif must_sign and version is not None:
                line += [version.number, _("must sign"), ""]
            else:
                line += ["", _("not required"), ""]
        lines.append(line)
    stamp = timezone.localdate().isoformat()
    return table_response(header, lines, export_format, f"mist-register-{stamp}")


@staff_required
def register_xlsx(request):
    return register_export(request, XLSX)
