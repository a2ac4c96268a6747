"""Writes for people, networks and organisations. Every guardian permission is granted here and only here."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm
from wagtail import hooks

from .models import Invitation, Membership, Network, NetworkCoordinator, Organisation, Role, User
from .permissions import ALL_ORGANISATION_PERMISSIONS, COORDINATOR_ORGANISATION_PERMISSIONS, ORGANISATION_PERMISSIONS
from .tasks import invitation_send_email

COORDINATORS_GROUP = "Coordinators"
EDITORS_GROUP = "Editors"
INVITATION_SALT = "shabaka.invitation"


class ConcurrentEditError(Exception):
    """Someone saved the object after the editor loaded it; nothing was written."""


# --- permissions --------------------------------------------------------------------------------------------------


def _organisation_permissions_sync(*, user: User, organisation: Organisation) -> None:
    """Make `user`'s guardian permissions on `organisation` match their role and coordinatorships."""
    wanted: set[str] = set()
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    if membership is not None:
        wanted |= ORGANISATION_PERMISSIONS[Role(membership.role)]
    if NetworkCoordinator.objects.filter(user=user, network__organisations=organisation).exists():
        wanted |= COORDINATOR_ORGANISATION_PERMISSIONS
    for codename in ALL_ORGANISATION_PERMISSIONS:
        if codename in wanted:
            assign_perm(f"organisations.{codename}", user, organisation)
        else:
            remove_perm(f"organisations.{codename}", user, organisation)


# --- people -------------------------------------------------------------------------------------------------------


@transaction.atomic
def user_create(
    *,
    email: str,
    full_name: str,
    password: str | None,
    preferred_language: str = settings.LANGUAGE_CODE,
    time_zone: str = "Europe/Copenhagen",
) -> User:
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {"email": ValidationError(_("A person with this e-mail address already exists."), code="duplicate")}
        )
    return User.objects.create_user(
        email=email,
        full_name=full_name,
        password=password,
        preferred_language=preferred_language,
        time_zone=time_zone,
    )


def user_set_preferred_language(*, user: User, language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Unknown language."), code="invalid_language")
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])


# --- networks -----------------------------------------------------------------------------------------------------


def _network_changed(network: Network) -> None:
    """Tell the features that grant permissions per network (forum moderators, ...) that its coordinators or
    organisations changed: functions registered for the `shabaka_network_changed` hook get `network=`."""
    for hook in hooks.get_hooks("shabaka_network_changed"):
        hook(network=network)


@transaction.atomic
def network_coordinator_add(*, network: Network, user: User) -> NetworkCoordinator:
    """Make `user` a coordinator of `network`: CMS access and sight of every member organisation."""
    link, _created = NetworkCoordinator.objects.get_or_create(network=network, user=user)
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    assign_perm("organisations.coordinate_network", user, network)
    for organisation in network.organisations.all():
        _organisation_permissions_sync(user=user, organisation=organisation)
    _network_changed(network)
    return link


@transaction.atomic
def network_coordinator_remove(*, network: Network, user: User) -> None:
    NetworkCoordinator.objects.filter(network=network, user=user).delete()
    remove_perm("organisations.coordinate_network", user, network)
    if not NetworkCoordinator.objects.filter(user=user).exists():
        user.groups.remove(Group.objects.get(name=COORDINATORS_GROUP))
    for organisation in network.organisations.all():
        _organisation_permissions_sync(user=user, organisation=organisation)
    _network_changed(network)


@transaction.atomic
def network_organisation_add(*, network: Network, organisation: Organisation) -> None:
    """Admit `organisation` to `network`; the network's coordinators can then see it."""
    network.organisations.add(organisation)
    for coordinator in network.coordinators.all():
        _organisation_permissions_sync(user=coordinator, organisation=organisation)
    _network_changed(network)


@transaction.atomic
def network_organisation_remove(*, network: Network, organisation: Organisation) -> None:
    network.organisations.remove(organisation)
    for coordinator in network.coordinators.all():
        _organisation_permissions_sync(user=coordinator, organisation=organisation)
    _network_changed(network)


@transaction.atomic
def network_set_coordinators(*, network: Network, users) -> None:
    """Make exactly `users` the coordinators of `network` (used by the Django admin)."""
    wanted = set(users)
    current = set(network.coordinators.all())
    for user in wanted - current:
        network_coordinator_add(network=network, user=user)
    for user in current - wanted:
        network_coordinator_remove(network=network, user=user)


@transaction.atomic
def organisation_set_networks(*, organisation: Organisation, networks) -> None:
    """Make `organisation` a member of exactly `networks` (used by the Django admin)."""
    wanted = set(networks)
    current = set(organisation.networks.all())
    for network in wanted - current:
        network_organisation_add(network=network, organisation=organisation)
    for network in current - wanted:
        network_organisation_remove(network=network, organisation=organisation)


# --- organisations ------------------------------------------------------------------------------------------------


def _unique_organisation_slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def organisation_create(
    *, network: Network, data: dict, leader_email: str, leader_language: str, created_by: User
) -> Organisation:
    """A coordinator admits a new organisation to `network` and invites its first leader by e-mail."""
    organisation = Organisation(**data)
    organisation.slug = _unique_organisation_slug(organisation.name_da or organisation.name_fr or "")
    organisation.full_clean()
    organisation.save()
    network_organisation_add(network=network, organisation=organisation)
    invitation_create(
        organisation=organisation,
        email=leader_email,
        role=Role.LEADER,
        language=leader_language,
        invited_by=created_by,
    )
    return organisation


@transaction.atomic
def organisation_update(*, organisation: Organisation, version: int, data: dict) -> Organisation:
    """Save the edited profile if nobody saved in between; otherwise raise ConcurrentEditError and write nothing."""
    updated = Organisation.objects.filter(pk=organisation.pk, version=version).update(version=F("version") + 1)
    if not updated:
        raise ConcurrentEditError
    for field, value in data.items():
        organisation._meta.get_field(field).save_form_data(organisation, value)  # a cleared logo is False
    organisation.version = version + 1
    organisation.save()
    return organisation


# --- memberships --------------------------------------------------------------------------------------------------


def _leader_count(organisation: Organisation) -> int:
    return Membership.objects.filter(organisation=organisation, role=Role.LEADER).count()


@transaction.atomic
def membership_create(*, user: User, organisation: Organisation, role: str) -> Membership:
    role = Role(role)
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if not created:
        raise ValidationError(_("%(person)s is already a member.") % {"person": user}, code="already_member")
    _organisation_permissions_sync(user=user, organisation=organisation)
    return membership


@transaction.atomic
def membership_change_role(*, membership: Membership, role: str, changed_by: User) -> Membership:
    """Change a member's role. An organisation always keeps at least one leader."""
    role = Role(role)
    # Lock the organisation's leader rows so two leaders demoting each other at once cannot leave none.
    list(Membership.objects.select_for_update().filter(organisation=membership.organisation, role=Role.LEADER))
    membership.refresh_from_db()
    if membership.role == Role.LEADER and role != Role.LEADER and _leader_count(membership.organisation) <= 1:
        raise ValidationError(
            _("An organisation needs at least one leader. Make someone else leader first."), code="last_leader"
        )
    membership.role = role
    membership.save(update_fields=["role"])
    _organisation_permissions_sync(user=membership.user, organisation=membership.organisation)
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, removed_by: User) -> None:
    list(Membership.objects.select_for_update().filter(organisation=membership.organisation, role=Role.LEADER))
    membership.refresh_from_db()
    if membership.role == Role.LEADER and _leader_count(membership.organisation) <= 1:
        raise ValidationError(
            _("An organisation needs at least one leader. Make someone else leader first."), code="last_leader"
        )
    user, organisation = membership.user, membership.organisation
    membership.delete()
    _organisation_permissions_sync(user=user, organisation=organisation)
    for network in organisation.networks.all():
        _network_changed(network)


# --- invitations --------------------------------------------------------------------------------------------------


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"invitation": invitation.pk, "sent": invitation.created_at.timestamp()}, salt=INVITATION_SALT)


class InvitationError(Exception):
    """An invitation link that cannot be used; `code` says why (invalid, expired, used, withdrawn, wrong_user)."""

    def __init__(self, code: str, invitation: Invitation | None = None):
        super().__init__(code)
        self.code = code
        self.invitation = invitation


def invitation_from_token(token: str) -> Invitation:
    """The invitation behind a signed link, or InvitationError saying why it cannot be used."""
    try:
        payload = signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature as error:
        raise InvitationError("invalid") from error
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by").filter(pk=payload["invitation"]).first()
    )
    if invitation is None:
        raise InvitationError("invalid")
    _invitation_refuse_if_closed(invitation, link_sent=payload.get("sent"))
    return invitation


_NOT_THROUGH_A_LINK = object()


def _invitation_refuse_if_closed(invitation: Invitation, *, link_sent=_NOT_THROUGH_A_LINK) -> None:
    """Raise InvitationError if `invitation` can no longer be accepted (through a link sent at `link_sent`)."""
    if invitation.accepted_at is not None:
        raise InvitationError("used", invitation)
    if invitation.revoked_at is not None:
        raise InvitationError("withdrawn", invitation)
    if link_sent is not _NOT_THROUGH_A_LINK and link_sent != invitation.created_at.timestamp():
        # An older link of an invitation that was sent again: only the newest link works.
        raise InvitationError("superseded", invitation)
    if invitation.is_expired:
        raise InvitationError("expired", invitation)


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, email: str, role: str, language: str, invited_by: User
) -> Invitation:
    email = User.objects.normalize_email(email).lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError(
            {"email": ValidationError(_("This person is already a member of the organisation."), code="member")}
        )
    try:
        with transaction.atomic():
            invitation = Invitation.objects.create(
                organisation=organisation, email=email, role=Role(role), language=language, invited_by=invited_by
            )
    except IntegrityError as error:
        message = _("An invitation to this address is already waiting. You can send it again from the list.")
        raise ValidationError({"email": ValidationError(message, code="pending")}) from error
    _invitation_enqueue_email(invitation)
    return invitation


@transaction.atomic
def invitation_resend(*, invitation: Invitation) -> Invitation:
    """Send a fresh link valid for another full period; earlier links stop working."""
    invitation.created_at = timezone.now()
    invitation.save(update_fields=["created_at"])
    _invitation_enqueue_email(invitation)
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation: Invitation) -> None:
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user: User) -> Membership:
    """Accept for `user`, who must be the invited address. Checks and writes under a row lock, once."""
    invitation = Invitation.objects.select_for_update().select_related("organisation").get(pk=invitation.pk)
    _invitation_refuse_if_closed(invitation)
    if user.email.lower() != invitation.email.lower():
        raise InvitationError("wrong_user", invitation)
    membership = Membership.objects.filter(user=user, organisation=invitation.organisation).first()
    if membership is None:
        membership = membership_create(user=user, organisation=invitation.organisation, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def _invitation_enqueue_email(invitation: Invitation) -> None:
    token = invitation_token(invitation)
    transaction.on_commit(lambda: invitation_send_email.enqueue(invitation_id=invitation.pk, token=token))
