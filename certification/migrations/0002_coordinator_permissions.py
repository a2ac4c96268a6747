"""Coordinators edit certification programmes (a snippet in the CMS)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATOR_PERMISSIONS = [
    ("certification", "add_programme"),
    ("certification", "change_programme"),
    ("certification", "delete_programme"),
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators = Group.objects.get(name="Coordinators")
    for app_label, codename in COORDINATOR_PERMISSIONS:
        coordinators.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators is None:
        return
    for app_label, codename in COORDINATOR_PERMISSIONS:
        coordinators.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0001_initial"),
        ("organisations", "0002_cms_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
