"""Small helpers the organisations tests share (fixtures live in conftest.py)."""

import re

LANGUAGES = ["da", "ar", "fr"]
DIRECTIONS = {"da": "ltr", "ar": "rtl", "fr": "ltr"}


def html_lang_dir(response) -> tuple[str, str]:
    """The `lang` and `dir` attributes of the page's <html> element."""
    match = re.search(r'<html lang="([^"]*)" dir="([^"]*)"', response.content.decode())
    assert match, "the page has no <html lang dir>"
    return match.group(1), match.group(2)


def html_alternative(message) -> str:
    alternatives = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(alternatives) == 1
    return alternatives[0]
