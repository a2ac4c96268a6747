"""The demo campaign: three Alliancen organisations, a forum with threads, a letter with revisions, an Arabic version
and two signatures; loading it again adds nothing."""

import io
from collections import Counter

import pytest
from django.core.management import call_command

from forums.campaign_demo import SLUG, campaigns_load
from forums.campaign_models import Campaign, ParticipantStatus, PositionPaper
from forums.campaign_selectors import paper_signatures
from forums.models import Thread

pytestmark = pytest.mark.django_db


def test_the_demo_campaign(django_db_blocker):
    """`demo_data` loads the campaign through the `shabaka_demo_data` hook; loading it again adds nothing."""
    call_command("demo_data", force=True, quiet=True, stdout=io.StringIO(), stderr=io.StringIO())
    campaign = Campaign.objects.get(slug=SLUG)
    assert campaign.title_da == "Retshjælp for alle"
    assert campaign.participants.filter(status=ParticipantStatus.ACCEPTED).count() == 3
    assert Thread.objects.filter(forum=campaign.forum).count() == 2
    paper = PositionPaper.objects.get(campaign=campaign, translation_of__isnull=True)
    assert paper.revisions.count() >= 3
    assert paper.translations.filter(language="ar").exists()
    assert paper_signatures(paper=paper).count() == 2
    again = Counter()
    campaigns_load(created=again)
    assert not again and Campaign.objects.filter(slug=SLUG).count() == 1
