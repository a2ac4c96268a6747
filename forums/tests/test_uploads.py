"""`intranet.uploads.upload_check`: files are judged by their content, not their name (shared by forums and
accreditation evidence)."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from intranet.uploads import JPEG, PDF, PNG, WEBP, upload_check


def image_bytes(image_format: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.7\n...", ("application/pdf", ".pdf")),
        (image_bytes("PNG"), ("image/png", ".png")),
        (image_bytes("JPEG"), ("image/jpeg", ".jpg")),
        (image_bytes("WEBP"), ("image/webp", ".webp")),
    ],
)
def test_accepted_kinds_whatever_the_name(content, expected):
    file = SimpleUploadedFile("anything.txt", content)
    assert upload_check(file) == expected
    assert file.tell() == 0


@pytest.mark.parametrize("content", [b"<html><script>alert(1)</script>", b"MZ\x90\x00program", image_bytes("GIF"), b""])
def test_other_content_is_refused_even_with_a_good_name(content):
    with pytest.raises(ValidationError) as error:
        upload_check(SimpleUploadedFile("photo.png", content))
    assert error.value.code == "invalid_type"


def test_too_large_is_refused_before_reading():
    with pytest.raises(ValidationError) as error:
        upload_check(SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 20), max_bytes=10)
    assert error.value.code == "too_large"


def test_kinds_can_be_narrowed():
    assert upload_check(SimpleUploadedFile("a.png", image_bytes("PNG")), kinds={PNG, JPEG}) == ("image/png", ".png")
    with pytest.raises(ValidationError) as error:
        upload_check(SimpleUploadedFile("a.pdf", b"%PDF-1.4"), kinds={PNG, JPEG, WEBP})
    assert error.value.code == "invalid_type"
    assert PDF not in {PNG, JPEG, WEBP}
