"""Receipts: the signer (and the staff who keep the register) can open and print them."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from members_area.models import Signature
from members_area.roles import may_see_signature, member_required, staff_required


@member_required
def receipt(request, public_id):
    signature = get_object_or_404(
        Signature.objects.select_related("version__document"), public_id=public_id
    )
    if not may_see_signature(request.user, signature):
        # Not 403: someone else's signature should not even be confirmed to exist.
        raise Http404
    return render(request, "members_area/receipt.html", {"page": None, "signature": signature})


@staff_required
def check_receipt(request):
    value = request.GET.get("hash", "").strip()
    matches = None
    if value:
        matches = list(
            Signature.objects.by_hash(value).select_related("version__document", "recorded_by")
        )
    return render(
        request,
        "members_area/check_receipt.html",
        {"page": None, "value": value, "matches": matches},
    )
