"""The staff register of signatures, on screen and as CSV."""

import csv
import datetime

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

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
def register_csv(request):
    role = selected_role(request)
    documents, rows = register_rows(role or None)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="mist-register-{stamp}.csv"'
    response.write("\ufeff")  # so spreadsheet software reads the accents right
    writer = csv.writer(response)
    header = [_("Last name"), _("First name"), _("Username"), _("Roles")]
    for document in documents:
        header += [
            _("%(document)s — version") % {"document": document.title},
            _("%(document)s — signed at (UTC)") % {"document": document.title},
            _("%(document)s — receipt hash") % {"document": document.title},
        ]
    writer.writerow(header)
    for row in rows:
        line = [
            row.user.last_name,
            row.user.first_name,
            row.user.username,
            ", ".join(str(r.label) for r in row.roles),
        ]
        for must_sign, version, signature in row.cells:
            if signature is not None:
                line += [
                    version.number,
                    signature.signed_at.astimezone(datetime.UTC).isoformat(),
                    signature.chain_hash,
                ]
            elif must_sign and version is not None:
                line += [version.number, _("must sign"), ""]
            else:
                line += ["", _("not required"), ""]
        writer.writerow(line)
    return response
