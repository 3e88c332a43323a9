"""Uploads: the content must be what the name says, sizes are bounded, SVG is refused,
documents other than PDF are downloaded, documents of a private collection need a login."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from mist_site.uploads import check_document_upload, check_image_upload
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'


def image_bytes(fmt="PNG", size=(8, 8)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 90)).save(buffer, fmt)
    return buffer.getvalue()


def office_bytes(member, content=b"<x/>"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed date: the bytes (and so the test ids) are the same in every test process.
        archive.writestr(zipfile.ZipInfo(member, date_time=(2026, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.png", image_bytes("PNG")),
        ("photo.jpg", image_bytes("JPEG")),
        ("photo.jpeg", image_bytes("JPEG")),
        ("photo.webp", image_bytes("WEBP")),
    ],
)
def test_real_images_are_accepted(name, content):
    check_image_upload(upload(name, content))


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("logo.svg", SVG, "svg_refused"),
        ("logo.png", SVG, "svg_refused"),  # an SVG in disguise
        ("photo.jpg", image_bytes("PNG"), "content_mismatch"),
        ("photo.png", PDF, "content_mismatch"),
        ("photo.png", b"MZ\x90\x00 not an image at all", "content_mismatch"),
        ("photo.png", image_bytes("PNG")[:40], "broken_image"),  # the signature, then nothing
    ],
)
def test_images_that_are_not_what_they_say_are_refused(name, content, code):
    with pytest.raises(ValidationError) as error:
        check_image_upload(upload(name, content))
    assert error.value.code == code


def test_image_size_limit(settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    with pytest.raises(ValidationError) as error:
        check_image_upload(upload("photo.png", image_bytes("PNG", (64, 64))))
    assert error.value.code == "file_too_large"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF),
        ("minutes.docx", office_bytes("word/document.xml")),
        ("budget.xlsx", office_bytes("xl/workbook.xml")),
        ("notes.odt", office_bytes("mimetype", b"application/vnd.oasis.opendocument.text")),
        ("notes.txt", "Réunion du 3 mars\n".encode()),
        ("list.csv", b"name;date\nA;2024-01-01\n"),
    ],
)
def test_real_documents_are_accepted(name, content):
    check_document_upload(upload(name, content))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>"),
        ("report.pdf", image_bytes("PNG")),
        ("minutes.docx", office_bytes("something/else.xml")),
        ("minutes.docx", PDF),
        ("notes.odt", office_bytes("mimetype", b"application/vnd.oasis.opendocument.spreadsheet")),
        ("notes.txt", b"\x7fELF\x02\x01\x01\x00binary"),
        ("list.csv", b"a,b\x00,c"),
    ],
)
def test_documents_that_are_not_what_they_say_are_refused(name, content):
    with pytest.raises(ValidationError) as error:
        check_document_upload(upload(name, content))
    assert error.value.code == "content_mismatch"


def test_document_size_limit(settings):
    settings.MIST_DOCUMENT_MAX_UPLOAD_SIZE = 10
    with pytest.raises(ValidationError) as error:
        check_document_upload(upload("report.pdf", PDF))
    assert error.value.code == "file_too_large"


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(None, username="uploader", is_staff=True, is_superuser=True))
    return client


@pytest.mark.django_db
def test_admin_image_upload_goes_through_the_checks(editor_client):
    Image = get_image_model()
    before = Image.objects.count()
    # Wagtail itself accepts a file whose first bytes are a PNG signature; Pillow cannot read it.
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "Broken", "file": upload("broken.png", image_bytes()[:40]), "collection": 1},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["file"][0].code == "broken_image"
    assert Image.objects.count() == before
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "Real", "file": upload("real.png", image_bytes()), "collection": 1},
    )
    assert response.status_code == 302
    assert Image.objects.count() == before + 1


@pytest.mark.django_db
def test_admin_document_upload_goes_through_the_checks(editor_client):
    Document = get_document_model()
    before = Document.objects.count()
    response = editor_client.post(
        "/admin/documents/add/",
        {"title": "Fake", "file": upload("fake.pdf", b"<html>x</html>"), "collection": 1},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["file"][0].code == "content_mismatch"
    assert Document.objects.count() == before
    multiple = editor_client.post(
        "/admin/documents/multiple/add/",
        {"title": "Fake", "files[]": upload("fake.pdf", b"<html>x</html>"), "collection": 1},
    )
    assert multiple.json()["success"] is False
    assert Document.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "inline"),
    [
        ("report.pdf", PDF, True),
        ("minutes.docx", office_bytes("word/document.xml"), False),
        ("notes.txt", b"text\n", False),
    ],
)
def test_only_pdf_documents_open_in_the_browser(client, name, content, inline):
    document = get_document_model().objects.create(title=name, file=ContentFile(content, name))
    response = client.get(document.url)
    assert response.status_code == 200
    disposition = response.get("Content-Disposition", "inline")
    assert disposition.startswith("attachment") is not inline
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.django_db
def test_documents_of_a_private_collection_need_a_login(client, make_user):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Receipt", file=ContentFile(PDF, "receipt.pdf"), collection=private
    )
    assert document.url.startswith("/documents/")  # served by a view, never a public media URL
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]
    client.force_login(make_user("member"))
    assert client.get(document.url).status_code == 200
