"""Keep coordinators to their own networks in the CMS: programmes and accreditation criteria belong to a network.

The CMS group "Coordinators" may edit these snippets, but a coordinator may only see, create, edit and delete
those of the networks they coordinate (`NetworkCoordinator`); superusers see all. Three places enforce it:

* the permission policy (used by Wagtail for the per-object checks, e.g. bulk delete and the listing's buttons),
* the views: the index lists only the user's objects, every view of one object answers 404 for any other,
* the form: the network field offers only the user's networks, and a programme's courses must come from the
  catalogue of the programme's own network.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.http import Http404
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views

from courses import selectors as course_selectors
from intranet.organisations.models import Network


def administered_networks(user):
    """The networks whose programmes and criteria `user` may manage in the CMS."""
    if not user.is_authenticated or not user.is_active:
        return Network.objects.none()
    if user.is_superuser:
        return Network.objects.all()
    return Network.objects.filter(coordinator_links__user=user)


def scope_queryset(queryset, user):
    """`queryset` (of something with a `network`) limited to what `user` may manage."""
    if user.is_active and user.is_superuser:
        return queryset
    return queryset.filter(network__in=administered_networks(user))


def may_manage(user, instance) -> bool:
    if user.is_active and user.is_superuser:
        return True
    if instance.network_id is None:
        return True  # not yet attached to a network (the add form); the form limits the choice
    return administered_networks(user).filter(pk=instance.network_id).exists()


class NetworkScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions from the groups, narrowed per object to the networks the user coordinates."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and may_manage(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and may_manage(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return scope_queryset(super().instances_user_has_any_permission_for(user, actions), user)


class NetworkScopedObjectMixin:
    """A view of one object: 404 for an object of a network the user does not manage (as if it did not exist)."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if instance is not None and not may_manage(self.request.user, instance):
            raise Http404
        return instance


class ScopedEditView(NetworkScopedObjectMixin, snippet_views.EditView):
    pass


class ScopedDeleteView(NetworkScopedObjectMixin, snippet_views.DeleteView):
    pass


class ScopedCopyView(snippet_views.CopyView):
    def get_object(self, queryset=None):
        # Wagtail's own check would answer "permission denied"; answer as for the other views: no such object.
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        if not scope_queryset(self.model._default_manager.filter(pk=pk), self.request.user).exists():
            raise Http404
        return super().get_object(queryset)


class ScopedInspectView(NetworkScopedObjectMixin, snippet_views.InspectView):
    pass


class ScopedUsageView(NetworkScopedObjectMixin, snippet_views.UsageView):
    pass


class ScopedHistoryView(NetworkScopedObjectMixin, snippet_views.HistoryView):
    pass


class NetworkScopedViewSetMixin:
    """For a SnippetViewSet of a model with a `network`: list, open and create only the user's networks' objects."""

    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    copy_view_class = ScopedCopyView
    inspect_view_class = ScopedInspectView
    usage_view_class = ScopedUsageView
    history_view_class = ScopedHistoryView

    def get_queryset(self, request):
        return scope_queryset(self.model._default_manager.all(), request.user)


class NetworkScopedForm(WagtailAdminModelForm):
    """The network field offers only the networks the user manages (a posted other network is refused)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "network" in self.fields:
            self.fields["network"].queryset = administered_networks(for_user)


class ProgrammeForm(NetworkScopedForm):
    """…and the required courses and the renewal course must be in the catalogue of the programme's network."""

    def is_valid(self):
        if not hasattr(self, "_valid_in_network"):  # add the errors once, however often asked
            self._valid_in_network = self._courses_in_network(super().is_valid())
        return self._valid_in_network

    def _courses_in_network(self, valid: bool) -> bool:
        network = self.cleaned_data.get("network") if hasattr(self, "cleaned_data") else None
        if network is None:
            return valid
        invalid_choice = forms.ModelChoiceField.default_error_messages["invalid_choice"]
        renewal_course = self.cleaned_data.get("renewal_course")
        if renewal_course is not None and not _in_network(renewal_course, network):
            self.add_error("renewal_course", forms.ValidationError(invalid_choice, code="invalid_choice"))
            valid = False
        formset = self.formsets.get("programme_courses")
        for child in formset.forms if formset is not None else ():
            data = getattr(child, "cleaned_data", None) or {}
            course = data.get("course")
            if course is None or data.get("DELETE"):
                continue
            if not _in_network(course, network):
                child.add_error("course", forms.ValidationError(invalid_choice, code="invalid_choice"))
                valid = False
        return valid


def _in_network(course, network) -> bool:
    course_network = course_selectors.course_network(course)
    return course_network is not None and course_network.pk == network.pk


def _request_networks(request):
    return administered_networks(request.user) if request is not None else Network.objects.none()


class NetworkFilterSet(WagtailFilterSet):
    """The listing's network filter offers only the user's networks."""

    network = django_filters.ModelChoiceFilter(queryset=_request_networks)


def network_filterset(model, *fields):
    """A filter set for `model` on `network` (scoped to the user) and the other `fields`."""
    meta = type("Meta", (), {"model": model, "fields": ["network", *fields]})
    return type(f"{model.__name__}FilterSet", (NetworkFilterSet,), {"Meta": meta})
