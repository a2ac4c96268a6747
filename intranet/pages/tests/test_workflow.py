"""Publishing through the CMS: Editors write and submit, Coordinators approve, and only then is a page live.

Everything goes through Wagtail's own admin views with the test client, as an editor's browser would.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from intranet.pages import models

from . import factories as f
from .conftest import cms_user

WORKFLOW_NAME = "Publishing: coordinators approve"
TASK_NAME = "Coordinators approve"


def toolkit_form(page: models.ToolkitPage, action: str, **changes) -> dict:
    """The edit form of a toolkit as the browser posts it, with `changes` and the button pressed."""
    body = changes.pop("body", "Ring 112 og bliv hos personen.")
    data = {
        "title_da": page.title_da,
        "title_ar": page.title_ar or "",
        "title_fr": page.title_fr or "",
        "slug": page.slug,
        "topic": page.topic_id,
        "audience": page.audience,
        "summary_da": page.summary_da,
        "summary_ar": page.summary_ar or "",
        "summary_fr": page.summary_fr or "",
        "body_da": streamfield([("text", rich_text(f"<p>{body}</p>"))]),
        "body_ar": streamfield([]),
        "body_fr": streamfield([]),
        "seo_title_da": "",
        "seo_title_ar": "",
        "seo_title_fr": "",
        "search_description_da": "",
        "search_description_ar": "",
        "search_description_fr": "",
        "image": "",
        "go_live_at": "",
        "expire_at": "",
        **changes,
        f"action-{action}": "action",
    }
    return nested_form_data(data)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def workflow_action_url(page, action: str) -> str:
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


@pytest.fixture
def toolkit(library):
    return f.toolkit(library, slug="first-aid", title=("Førstehjælp", "إسعافات", "Premiers secours"))


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


# --- the workflow the migration sets up ---------------------------------------------------------------------------


def test_the_moderation_workflow_is_assigned_to_the_root_page(db):
    root = Page.get_first_root_node()
    workflow = root.get_workflow()
    assert workflow is not None
    assert workflow.name == WORKFLOW_NAME
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert [group.name for group in tasks[0].groups.all()] == ["Coordinators"]


def test_every_page_in_the_tree_inherits_the_workflow(toolkit, magazine):
    assert toolkit.get_workflow().name == WORKFLOW_NAME
    assert magazine.get_workflow().name == WORKFLOW_NAME


def test_editors_may_change_but_not_publish_and_coordinators_may_publish(toolkit, editor, cms_coordinator):
    editor_permissions = toolkit.permissions_for_user(editor)
    assert editor_permissions.can_edit()
    assert not editor_permissions.can_publish()
    assert toolkit.permissions_for_user(cms_coordinator).can_publish()


# --- Editors ------------------------------------------------------------------------------------------------------


def test_an_editor_cannot_publish_changes_directly(client, toolkit, editor, network_member):
    client.force_login(editor)
    response = client.post(edit_url(toolkit), toolkit_form(toolkit, "publish", title_da="Førstehjælp – ny udgave"))
    assert response.status_code == 302

    page = fresh(toolkit)
    assert page.title_da == "Førstehjælp"
    assert page.has_unpublished_changes
    assert page.latest_revision != page.live_revision
    assert page.latest_revision.as_object().title_da == "Førstehjælp – ny udgave"

    # Readers still see the published version.
    reader = Client()
    reader.force_login(network_member)
    content = reader.get(page.url).content.decode()
    assert "Førstehjælp" in content
    assert "ny udgave" not in content


def test_an_editor_cannot_publish_a_new_page_directly(client, library, editor):
    client.force_login(editor)
    draft = models.ToolkitPage(title_da="Hygiejne", slug="hygiene", topic=f.topic("hygiene"), summary_da="Kort")
    url = reverse("wagtailadmin_pages:add", args=("pages", "toolkitpage", library.pk))
    response = client.post(url, toolkit_form(draft, "publish", body="Vask hænder"))
    assert response.status_code == 302

    page = models.ToolkitPage.objects.get(slug="hygiene")
    assert page.get_parent().pk == library.pk
    assert not page.live
    assert page.live_revision is None


def test_an_editor_submits_for_moderation_to_the_coordinators(client, toolkit, editor):
    client.force_login(editor)
    response = client.post(edit_url(toolkit), toolkit_form(toolkit, "submit", title_da="Førstehjælp 2"))
    assert response.status_code == 302

    page = fresh(toolkit)
    state = page.current_workflow_state
    assert state is not None
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == editor
    assert state.current_task_state.task.name == TASK_NAME
    assert state.current_task_state.revision == page.latest_revision
    # Submitting is not publishing.
    assert page.title_da == "Førstehjælp"
    assert page.has_unpublished_changes


def test_an_editor_cannot_approve_their_own_submission(client, toolkit, editor):
    client.force_login(editor)
    client.post(edit_url(toolkit), toolkit_form(toolkit, "submit", title_da="Førstehjælp 2"))
    page = fresh(toolkit)

    response = client.post(workflow_action_url(page, "approve"), {"comment": ""})
    # Wagtail answers a refused workflow action by sending the person back to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")

    page = fresh(toolkit)
    assert page.title_da == "Førstehjælp"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_editors_group_has_no_publish_permission(db):
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert codenames == {"add_page", "change_page"}


# --- Coordinators -------------------------------------------------------------------------------------------------


def test_a_coordinator_approves_and_the_page_goes_live(client, toolkit, editor, cms_coordinator, network_member):
    client.force_login(editor)
    client.post(edit_url(toolkit), toolkit_form(toolkit, "submit", title_da="Førstehjælp for frivillige"))

    client.force_login(cms_coordinator)
    page = fresh(toolkit)
    task_state = page.current_workflow_task_state
    response = client.post(workflow_action_url(page, "approve"), {"comment": "Fint, udgiv"})
    assert response.status_code == 302

    page = fresh(toolkit)
    assert page.live
    assert page.title_da == "Førstehjælp for frivillige"
    assert not page.has_unpublished_changes
    assert page.live_revision == page.latest_revision
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_APPROVED
    assert task_state.comment == "Fint, udgiv"
    assert task_state.finished_by == cms_coordinator
    assert task_state.workflow_state.status == WorkflowState.STATUS_APPROVED
    assert page.current_workflow_state is None

    reader = Client()
    reader.force_login(network_member)
    assert "Førstehjælp for frivillige" in reader.get(page.url).content.decode()


def test_a_new_page_submitted_by_an_editor_goes_live_when_approved(client, library, editor, cms_coordinator):
    client.force_login(editor)
    draft = models.ToolkitPage(title_da="Hygiejne", slug="hygiene", topic=f.topic("hygiene"), summary_da="Kort")
    url = reverse("wagtailadmin_pages:add", args=("pages", "toolkitpage", library.pk))
    client.post(url, toolkit_form(draft, "submit", body="Vask hænder"))
    page = models.ToolkitPage.objects.get(slug="hygiene")
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(cms_coordinator)
    client.post(workflow_action_url(page, "approve"), {"comment": ""})

    page = fresh(page)
    assert page.live
    assert page.first_published_at is not None


def test_a_coordinator_rejects_and_the_page_stays_unpublished(client, toolkit, editor, cms_coordinator):
    client.force_login(editor)
    client.post(edit_url(toolkit), toolkit_form(toolkit, "submit", title_da="Førstehjælp?"))

    client.force_login(cms_coordinator)
    page = fresh(toolkit)
    response = client.post(workflow_action_url(page, "reject"), {"comment": "Tjek stavningen"})
    assert response.status_code == 302

    page = fresh(toolkit)
    assert page.title_da == "Førstehjælp"
    assert page.has_unpublished_changes
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_another_editor_cannot_approve(client, toolkit, editor):
    client.force_login(editor)
    client.post(edit_url(toolkit), toolkit_form(toolkit, "submit", title_da="Førstehjælp 2"))
    page = fresh(toolkit)

    client.force_login(cms_user("Editors", full_name="Another Editor"))
    response = client.post(workflow_action_url(page, "approve"), {"comment": ""})
    # Wagtail answers a refused workflow action by sending the person back to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert fresh(toolkit).title_da == "Førstehjælp"
    assert fresh(toolkit).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_coordinator_publishes_directly(client, toolkit, cms_coordinator):
    client.force_login(cms_coordinator)
    response = client.post(edit_url(toolkit), toolkit_form(toolkit, "publish", title_da="Førstehjælp i dag"))
    assert response.status_code == 302

    page = fresh(toolkit)
    assert page.title_da == "Førstehjælp i dag"
    assert not page.has_unpublished_changes
