from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from . import services
from .models import Forum


@admin.register(Forum)
class ForumAdmin(TranslationAdmin):
    """Coordinators' technical fallback; new forums go through the service so coordinators can moderate them."""

    list_display = ["name", "network", "slug", "sort_order"]
    list_filter = ["network"]
    search_fields = ["name_da", "name_ar", "name_fr"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        data = {
            name: value for name, value in form.cleaned_data.items() if name not in ("network", "name", "description")
        }
        created = services.forum_create(network=form.cleaned_data["network"], data=data)
        obj.pk = created.pk
