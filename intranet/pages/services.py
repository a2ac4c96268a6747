"""Writes for the page tree that are more than a page save."""

from django.db import transaction
from wagtail.models import Page, PageViewRestriction

from .models import ToolkitIndexPage


@transaction.atomic
def library_make_members_only(*, page: Page) -> PageViewRestriction | None:
    """Make a new toolkit library members-only, unless it already sits in a private section.

    Toolkits, video lessons and process guides are for the network's members; an editor can open a library
    to everyone afterwards with Wagtail's privacy setting.
    """
    if not isinstance(page.specific, ToolkitIndexPage):
        return None
    return section_make_members_only(page=page)


@transaction.atomic
def section_make_members_only(*, page: Page) -> PageViewRestriction | None:
    """Give `page` Wagtail's login restriction ("members of the network"), unless it already sits in a private
    section. Features whose section is for members (the library, the course catalogue) call this for new pages."""
    if PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists():
        return None
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
