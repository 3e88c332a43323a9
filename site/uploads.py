"""Checks on every uploaded image and document: the content must be what the name says.

A file's name and the browser's content type are chosen by whoever uploads it; its first bytes
are not. Wagtail's admin forms use the bases below (settings WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE), so the single upload, the multiple upload and the choosers
all go through the same checks. Other apps may call ``check_matches_extension`` for their own
uploads (audio files, for example).
"""

import os
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# Extension → the extensions ``filetype`` may report for that content.
IMAGE_KINDS = {
    "jpg": {"jpg"},
    "jpeg": {"jpg"},
    "png": {"png"},
    "webp": {"webp"},
    "avif": {"avif"},
    "gif": {"gif"},
}
# Office files are zip archives: their kind is told by a member of the archive.
ZIP_MARKERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": "mimetype",
    "ods": "mimetype",
    "odp": "mimetype",
}
ODF_MIME_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"txt", "csv"}
HEAD_BYTES = 8192


def extension_of(name):
    return os.path.splitext(name or "")[1].lstrip(".").lower()


def read_head(f, size=HEAD_BYTES):
    position = f.tell() if hasattr(f, "tell") else 0
    f.seek(0)
    head = f.read(size)
    f.seek(position)
    return head


def detected_kind(f):
    kind = filetype.guess(read_head(f))
    return kind.extension if kind else None


def looks_like_svg(head):
    start = head.lstrip()[:512].lower()
    return start.startswith(b"<?xml") or b"<svg" in start


def check_size(f, limit):
    if f.size > limit:
        raise ValidationError(
            _("This file is too big (%(size)s). The limit is %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(f.size), "limit": filesizeformat(limit)},
        )


def mismatch_error(extension):
    return ValidationError(
        _("The content of this file is not a .%(extension)s file. Please check the file."),
        code="content_mismatch",
        params={"extension": extension},
    )


def check_zip_office(f, extension):
    marker = ZIP_MARKERS[extension]
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            names = set(archive.namelist())
            if marker not in names:
                return False
            if marker == "mimetype":
                mime = archive.read("mimetype").decode("ascii", "replace")
                return mime == ODF_MIME_TYPES[extension]
            return True
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        f.seek(0)


def check_text(f):
    """Plain text: no binary signature, no NUL byte, readable as UTF-8 or Windows-1252."""
    f.seek(0)
    data = f.read()
    f.seek(0)
    if filetype.guess(data[:HEAD_BYTES]) is not None or b"\x00" in data:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            data.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def check_matches_extension(f, extension):
    """Raise ValidationError unless the content of ``f`` is of the kind its extension says."""
    if extension in IMAGE_KINDS:
        ok = detected_kind(f) in IMAGE_KINDS[extension]
    elif extension in ZIP_MARKERS:
        ok = detected_kind(f) in {extension, "zip"} and check_zip_office(f, extension)
    elif extension in TEXT_EXTENSIONS:
        ok = check_text(f)
    else:
        ok = detected_kind(f) == extension
    if not ok:
        raise mismatch_error(extension)


def check_image_upload(f):
    extension = extension_of(f.name)
    if extension == "svg" or looks_like_svg(read_head(f)):
        raise ValidationError(
            _("SVG images are not accepted. Please upload a JPEG, PNG or WebP image."),
            code="svg_refused",
        )
    check_size(f, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    check_matches_extension(f, extension)
    f.seek(0)
    try:
        with Image.open(f) as image:
            image.verify()
    except Exception as error:  # Pillow raises many kinds of errors on broken files.
        raise ValidationError(
            _("This image cannot be read. Please upload another file."), code="broken_image"
        ) from error
    finally:
        f.seek(0)


def check_document_upload(f):
    check_size(f, settings.MIST_DOCUMENT_MAX_UPLOAD_SIZE)
    check_matches_extension(f, extension_of(f.name))


class UploadedFileChecksMixin:
    """Runs the check on a newly uploaded file before Wagtail's own field checks.

    Before, not after: Wagtail 8 lets Pillow's UnidentifiedImageError escape (an error 500)
    on a file that starts like a PNG and is not one."""

    upload_check = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.to_python = self.checked(field.to_python)

    def checked(self, to_python):
        def check_then_convert(data):
            if isinstance(data, UploadedFile):
                self.upload_check(data)
            return to_python(data)

        return check_then_convert


class SafeImageForm(UploadedFileChecksMixin, BaseImageForm):
    upload_check = staticmethod(check_image_upload)


class SafeDocumentForm(UploadedFileChecksMixin, BaseDocumentForm):
    upload_check = staticmethod(check_document_upload)
