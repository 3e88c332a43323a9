"""Reading a document and signing its current version."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from members_area.forms import SignForm
from members_area.models import DocumentVersion, SignableDocument, Signature
from members_area.roles import member_required


def readable_document(request, slug):
    document = get_object_or_404(SignableDocument, slug=slug)
    if not document.is_readable_by(request.user):
        raise PermissionDenied
    return document


@member_required
def document_detail(request, slug):
    document = readable_document(request, slug)
    version = document.current_version
    if version is None:
        raise Http404
    language = "en" if get_language() == "en" else "fr"
    signature = Signature.objects.valid_for(request.user).filter(version=version).first()
    may_sign = document.must_be_signed_by(request.user) and signature is None
    form = None
    if may_sign:
        form = SignForm(request.POST or None, user=request.user, initial={"version_id": version.pk})
        if request.method == "POST" and form.is_valid():
            if form.cleaned_data["version_id"] != version.pk:
                messages.warning(
                    request,
                    _(
                        "This document changed while you were reading it. "
                        "Please read the new version below, then sign it."
                    ),
                )
                return redirect(request.path)
            try:
                signature, _created = Signature.objects.record(
                    user=request.user,
                    version=version,
                    language=language,
                    typed_name=form.cleaned_data["typed_name"],
                    ip_address=get_adapter(request).get_client_ip(request),
                    user_agent=request.headers.get("User-Agent", "")[:500],
                    method=Signature.Method.ONLINE,
                )
            except IntegrityError:
                messages.error(request, _("Your signature could not be saved. Please try again."))
                return redirect(request.path)
            messages.success(request, _("Thank you. Your signature is recorded."))
            return redirect("members_area:receipt", public_id=signature.public_id)
    elif request.method == "POST" and signature is not None:
        # A second click on "Sign" after the first went through: nothing new to record.
        messages.info(request, _("You have already signed this version."))
        return redirect("members_area:receipt", public_id=signature.public_id)
    return render(
        request,
        "members_area/document.html",
        {
            "page": None,
            "document": document,
            "version": version,
            "text": version.text_in(language),
            "signature": signature,
            "form": form,
            "must_sign": document.must_be_signed_by(request.user),
            "older_versions": document.versions.filter(
                status=DocumentVersion.Status.PUBLISHED, number__lt=version.number
            ),
        },
    )


@member_required
def document_version(request, slug, number):
    document = readable_document(request, slug)
    version = get_object_or_404(
        DocumentVersion, document=document, number=number, status=DocumentVersion.Status.PUBLISHED
    )
    language = "en" if get_language() == "en" else "fr"
    return render(
        request,
        "members_area/document_version.html",
        {
            "page": None,
            "document": document,
            "version": version,
            "text": version.text_in(language),
            "is_current": version == document.current_version,
        },
    )
