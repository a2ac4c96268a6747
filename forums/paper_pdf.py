"""A position paper as a PDF (WeasyPrint, through `intranet.pdf`): the text of one language version, the
organisations that signed it with their logos, and the date; Arabic versions read right to left, as certificates do."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from intranet import pdf

from .campaign_models import PositionPaper
from .campaign_selectors import paper_sections, paper_signatures

PAPER_PAGE_CSS = """
@page { size: A4; margin: 20mm 18mm; }
"""


def paper_render(*, paper: PositionPaper) -> bytes:
    """The PDF of `paper` in its own language (the interface words too), with the signatures of its text."""
    with translation.override(paper.language):
        html = render_to_string(
            "forums/campaigns/paper_pdf.html",
            {
                "paper": paper,
                "sections": list(paper_sections(paper=paper)),
                "signatures": list(paper_signatures(paper=paper)),
                "date": paper.published_at or timezone.now(),
            },
        )
    return pdf.html_to_pdf(html, stylesheets=[PAPER_PAGE_CSS])


def paper_pdf_filename(paper: PositionPaper) -> str:
    return f"paper-{paper.pk}-{paper.language}.pdf"
