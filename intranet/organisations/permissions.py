"""Which guardian permissions each role carries. Only `services.py` grants or revokes them."""

from .models import Role

ORGANISATION_PERMISSIONS = {
    Role.LEADER: {"view_organisation", "change_organisation", "manage_members"},
    Role.VOLUNTEER: {"view_organisation"},
    Role.MEMBER: {"view_organisation"},
}
COORDINATOR_ORGANISATION_PERMISSIONS = {"view_organisation"}
ALL_ORGANISATION_PERMISSIONS = set().union(*ORGANISATION_PERMISSIONS.values())
