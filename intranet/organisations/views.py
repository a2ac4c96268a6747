"""Pages for people and organisations. Thin: they call selectors to read and services to write."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .dashboard import dashboard_panels
from .forms import (
    EmailAuthenticationForm,
    InvitationForm,
    LeaderInvitationForm,
    OrganisationCreateForm,
    OrganisationForm,
    ProfileForm,
    RoleForm,
    SignUpFromInvitationForm,
)
from .models import Invitation, Membership, Role, User


def home(request):
    if request.user.is_authenticated:
        return redirect("dashboard")
    return render(request, "organisations/home.html")


# --- signing in and the person's own settings -----------------------------------------------------------------------


def _remember_language(response, language: str):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=False,
    )
    return response


def _in_language(url: str, language: str) -> str:
    """`url` in `language`. The URL is resolved in its own language, whatever the active one is."""
    with translation.override(translation.get_language_from_path(url) or settings.LANGUAGE_CODE):
        return translate_url(url, language)


class LoginView(auth_views.LoginView):
    """Sign in by e-mail; afterwards the person continues in the language they chose on their profile."""

    form_class = EmailAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        language = form.get_user().preferred_language
        response["Location"] = _in_language(response["Location"], language)
        return _remember_language(response, language)


@require_POST
def language_switch(request):
    """Show the same page in another language, and remember the choice (cookie, and profile when signed in)."""
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("Unknown language."))
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    if request.user.is_authenticated:
        services.user_set_preferred_language(user=request.user, language=language)
    return _remember_language(HttpResponseRedirect(_in_language(next_url, language)), language)


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile is saved."), extra_tags="lang-" + user.preferred_language)
        response = HttpResponseRedirect(translate_url(reverse("profile"), user.preferred_language))
        return _remember_language(response, user.preferred_language)
    return render(request, "organisations/profile.html", {"form": form})


# --- dashboard and networks -----------------------------------------------------------------------------------------


@login_required
def dashboard(request):
    memberships = list(selectors.memberships_for_dashboard(user=request.user))
    networks = list(request.user.coordinated_networks.order_by("name"))
    return render(
        request,
        "organisations/dashboard.html",
        {
            "memberships": memberships,
            "coordinated_networks": networks,
            "panels": [{"title": panel.title, "html": panel.render(request)} for panel in dashboard_panels(request)],
        },
    )


@login_required
def network_detail(request, slug):
    network = selectors.network_get_for_user(user=request.user, slug=slug)
    return render(
        request,
        "organisations/network_detail.html",
        {
            "network": network,
            "organisations": selectors.network_organisations(network=network),
            "is_coordinator": request.user.has_perm("organisations.coordinate_network", network),
        },
    )


def _network_for_coordinator(request, slug):
    """The network if the person coordinates it; 404 for everyone else (members included: no hint it exists)."""
    network = selectors.network_get_for_user(user=request.user, slug=slug)
    if not request.user.has_perm("organisations.coordinate_network", network):
        raise Http404
    return network


@login_required
def network_organisation_add(request, slug):
    network = _network_for_coordinator(request, slug)
    form = OrganisationCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                network=network,
                data=form.profile_data(),
                leader_email=form.cleaned_data["leader_email"],
                leader_language=form.cleaned_data["leader_language"],
                created_by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(organisation)s is now a member of the network. An invitation is on its way to %(email)s.")
                % {"organisation": organisation, "email": form.cleaned_data["leader_email"]},
            )
            return redirect(network)
    return render(request, "organisations/network_organisation_form.html", {"network": network, "form": form})


@login_required
def network_leader_invite(request, slug, organisation_slug):
    """A coordinator invites a leader for one of the network's organisations, e.g. one that has none yet."""
    network = _network_for_coordinator(request, slug)
    organisation = get_object_or_404(network.organisations, slug=organisation_slug)
    form = LeaderInvitationForm(request.POST or None)
    return _invitation_page(request, organisation, form, back_to=network, role=Role.LEADER)


@login_required
@require_POST
def network_invitation_resend(request, slug, pk):
    """A coordinator sends a waiting leader invitation again, e.g. when the first one expired."""
    network = _network_for_coordinator(request, slug)
    invitation = get_object_or_404(Invitation.objects.pending(), pk=pk, organisation__networks=network)
    services.invitation_resend(invitation=invitation)
    messages.success(request, _("The invitation to %(email)s was sent again.") % {"email": invitation.email})
    return redirect(network)


# --- organisations ----------------------------------------------------------------------------------------------------


def _organisation_for_manager(request, slug):
    """The organisation if the person may manage its members; 404 for outsiders, 403 for its own non-leaders."""
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    if not request.user.has_perm("organisations.manage_members", organisation):
        raise PermissionDenied
    return organisation


@login_required
def organisation_detail(request, slug):
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    permissions = selectors.organisation_permissions(user=request.user, organisation=organisation)
    can_manage = "manage_members" in permissions
    memberships = list(selectors.organisation_members(organisation=organisation))
    context = {
        "organisation": organisation,
        "memberships": memberships,
        "networks": organisation.networks.order_by("name"),
        "can_manage": can_manage,
        "can_edit": "change_organisation" in permissions,
        "is_member": any(membership.user_id == request.user.pk for membership in memberships),
        "role_choices": Role.choices,
    }
    if can_manage:
        context["invitations"] = selectors.organisation_pending_invitations(organisation=organisation)
    return render(request, "organisations/organisation_detail.html", context)


@login_required
def organisation_edit(request, slug):
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    if not request.user.has_perm("organisations.change_organisation", organisation):
        raise PermissionDenied
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(
                organisation=organisation, version=form.cleaned_data["version"], data=form.profile_data()
            )
        except services.ConcurrentEditError:
            # Keep what this person typed; show what the colleague saved so they can merge by hand.
            conflict = type(organisation).objects.get(pk=organisation.pk)
            form.data = form.data.copy()
            form.data["version"] = conflict.version
            form.add_error(
                None,
                _(
                    "Someone else saved this profile while you were editing it. Your text is kept below; "
                    "compare it with the saved version, then save again."
                ),
            )
        else:
            messages.success(request, _("The organisation's profile is saved."))
            return redirect(organisation)
    return render(
        request,
        "organisations/organisation_form.html",
        {"organisation": organisation, "form": form, "conflict": conflict},
    )


@login_required
def organisation_invite(request, slug):
    organisation = _organisation_for_manager(request, slug)
    return _invitation_page(request, organisation, InvitationForm(request.POST or None), back_to=organisation)


def _invitation_page(request, organisation, form, *, back_to, role=None):
    """Show and handle an invitation form; `role` fixes the role, otherwise the form asks for it."""
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_create(
                organisation=organisation,
                email=form.cleaned_data["email"],
                role=role or form.cleaned_data["role"],
                language=form.cleaned_data["language"],
                invited_by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("An invitation is on its way to %(email)s.") % {"email": invitation.email})
            return redirect(back_to)
    return render(
        request,
        "organisations/invitation_form.html",
        {
            "organisation": organisation,
            "form": form,
            "max_age_days": settings.INVITATION_MAX_AGE_DAYS,
            "cancel_url": back_to.get_absolute_url(),
        },
    )


@login_required
@require_POST
def invitation_resend(request, slug, pk):
    organisation = _organisation_for_manager(request, slug)
    invitation = get_object_or_404(organisation.invitations.pending(), pk=pk)
    services.invitation_resend(invitation=invitation)
    messages.success(request, _("The invitation to %(email)s was sent again.") % {"email": invitation.email})
    return redirect(organisation)


@login_required
@require_POST
def invitation_revoke(request, slug, pk):
    organisation = _organisation_for_manager(request, slug)
    invitation = get_object_or_404(organisation.invitations.pending(), pk=pk)
    services.invitation_revoke(invitation=invitation)
    messages.success(request, _("The invitation to %(email)s is withdrawn.") % {"email": invitation.email})
    return redirect(organisation)


@login_required
@require_POST
def membership_change_role(request, slug, pk):
    organisation = _organisation_for_manager(request, slug)
    membership = get_object_or_404(Membership.objects.select_related("user"), organisation=organisation, pk=pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the roles in the list."))
        return redirect(organisation)
    try:
        services.membership_change_role(membership=membership, role=form.cleaned_data["role"], changed_by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(person)s is now %(role)s.") % {"person": membership.user, "role": membership.get_role_display()},
        )
    return redirect(organisation)


@login_required
def membership_remove(request, slug, pk):
    organisation = _organisation_for_manager(request, slug)
    membership = get_object_or_404(Membership.objects.select_related("user"), organisation=organisation, pk=pk)
    if request.method == "POST":
        try:
            services.membership_remove(membership=membership, removed_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(organisation)
        messages.success(
            request,
            _("%(person)s is no longer a member of %(organisation)s.")
            % {"person": membership.user, "organisation": organisation},
        )
        if membership.user == request.user:
            return redirect("dashboard")
        return redirect(organisation)
    return render(
        request,
        "organisations/membership_confirm_remove.html",
        {"organisation": organisation, "membership": membership},
    )


@login_required
def organisation_leave(request, slug):
    """Anyone may leave an organisation they belong to, except its last leader."""
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    membership = selectors.membership_for(user=request.user, organisation=organisation)
    if membership is None:  # a coordinator who sees the organisation without belonging to it
        raise Http404
    if request.method == "POST":
        try:
            services.membership_remove(membership=membership, removed_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(organisation)
        messages.success(request, _("You have left %(organisation)s.") % {"organisation": organisation})
        return redirect("dashboard")
    return render(request, "organisations/organisation_leave.html", {"organisation": organisation})


# --- invitations ------------------------------------------------------------------------------------------------------


INVITATION_PROBLEMS = {
    "invalid": lambda: _("This invitation link is not valid. Check that you copied the whole link."),
    "expired": lambda: _("This invitation has expired. Ask the organisation's leader to send it again."),
    "used": lambda: _("This invitation has already been used."),
    "withdrawn": lambda: _("This invitation was withdrawn by the organisation."),
    "superseded": lambda: _("A newer invitation was sent to you. Please use the link in the newest e-mail."),
    "wrong_user": lambda: _(
        "This invitation was sent to another e-mail address. Sign out and open the link again, "
        "or ask the leader to invite the address you use here."
    ),
}


def _invitation_problem(request, problem: services.InvitationError):
    return render(
        request,
        "organisations/invitation_problem.html",
        {"message": INVITATION_PROBLEMS[problem.code](), "code": problem.code, "invitation": problem.invitation},
        status=410 if problem.code in {"expired", "used", "withdrawn", "superseded"} else 400,
    )


def invitation_accept(request, token):
    """Open an invitation link: accept when signed in as the invited person, otherwise sign in or create an account."""
    try:
        invitation = services.invitation_from_token(token)
    except services.InvitationError as problem:
        return _invitation_problem(request, problem)

    user = request.user
    if user.is_authenticated and user.email.lower() != invitation.email.lower():
        return _invitation_problem(request, services.InvitationError("wrong_user", invitation))

    account_exists = user.is_authenticated or User.objects.filter(email__iexact=invitation.email).exists()
    form = None
    if not user.is_authenticated and not account_exists:
        form = SignUpFromInvitationForm(request.POST or None, email=invitation.email)

    if request.method == "POST":
        try:
            if user.is_authenticated:
                services.invitation_accept(invitation=invitation, user=user)
            elif form is not None and form.is_valid():
                new_user = services.user_create(
                    email=invitation.email,
                    full_name=form.cleaned_data["full_name"],
                    password=form.cleaned_data["password1"],
                    preferred_language=invitation.language,
                )
                services.invitation_accept(invitation=invitation, user=new_user)
                auth_login(request, new_user, backend="django.contrib.auth.backends.ModelBackend")
            else:
                return render(
                    request,
                    "organisations/invitation_accept.html",
                    {"invitation": invitation, "form": form, "account_exists": account_exists, "token": token},
                    status=400 if form is not None else 200,
                )
        except services.InvitationError as problem:
            return _invitation_problem(request, problem)
        messages.success(request, _("Welcome to %(organisation)s.") % {"organisation": invitation.organisation})
        return redirect(invitation.organisation)

    return render(
        request,
        "organisations/invitation_accept.html",
        {"invitation": invitation, "form": form, "account_exists": account_exists, "token": token},
    )
