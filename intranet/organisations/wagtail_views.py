"""Wagtail's user admin, fitted to our user model (e-mail and full name instead of first and last name)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from .models import User

PROFILE_FIELDS = ["email", "full_name", "preferred_language", "time_zone", "is_superuser", "groups"]


class _WithoutFirstAndLastName:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("first_name", None)
        self.fields.pop("last_name", None)


class ShabakaUserCreationForm(_WithoutFirstAndLastName, UserCreationForm):
    full_name = forms.CharField(label=_("Full name"), max_length=200)

    class Meta(UserCreationForm.Meta):
        model = User
        fields = PROFILE_FIELDS


class ShabakaUserEditForm(_WithoutFirstAndLastName, UserEditForm):
    full_name = forms.CharField(label=_("Full name"), max_length=200)

    class Meta(UserEditForm.Meta):
        model = User
        fields = [*PROFILE_FIELDS, "is_active"]


class ShabakaUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return ShabakaUserEditForm if for_update else ShabakaUserCreationForm
