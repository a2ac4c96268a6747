"""Pages of the forums. Thin: they call selectors to read and services to write.

Outsiders get 404 for everything (the selectors hide what they cannot see), members who are not moderators get 403
for moderation, and visitors who are not signed in are sent to the sign-in page.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intranet.forms import form_add_validation_error

from . import selectors, services
from .forms import ForumForm, MoveForm, PostEditForm, PostForm, ReasonForm, SearchForm, SubscriptionForm, ThreadForm
from .models import PostReport, Subscription

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 50
RESULTS_PER_PAGE = 25
LOG_LENGTH = 50


def _post_location(post) -> str:
    page = selectors.post_page_number(post=post, per_page=POSTS_PER_PAGE)
    url = reverse("forums_thread", kwargs={"pk": post.thread_id})
    return f"{url}?page={page}#post-{post.pk}" if page > 1 else f"{url}#post-{post.pk}"


@login_required
def forums_index(request):
    networks = list(selectors.forum_networks_for(user=request.user))
    if len(networks) == 1:
        return redirect("forums_network", slug=networks[0].slug)
    return render(request, "forums/forums_index.html", {"networks": networks})


@login_required
def network_forums(request, slug):
    network = selectors.forum_network_get(user=request.user, slug=slug)
    forums = list(selectors.network_forums(network=network, user=request.user))
    return render(
        request,
        "forums/network_forums.html",
        {
            "network": network,
            "forums": forums,
            "is_moderator": any(forum.is_moderator for forum in forums),
            "search_form": SearchForm(),
        },
    )


@login_required
def forum_detail(request, slug, forum_slug):
    network = selectors.forum_network_get(user=request.user, slug=slug)
    forum = selectors.forum_get(user=request.user, network=network, slug=forum_slug)
    threads = selectors.forum_threads(forum=forum, include_hidden=forum.is_moderator)
    page_obj = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
    mode = Subscription.objects.filter(user=request.user, forum=forum).values_list("mode", flat=True).first()
    return render(
        request,
        "forums/forum_detail.html",
        {
            "network": network,
            "forum": forum,
            "page_obj": page_obj,
            "subscription_form": SubscriptionForm(initial={"mode": mode or ""}),
            "subscription_mode": mode,
        },
    )


@login_required
def thread_create(request, slug, forum_slug):
    network = selectors.forum_network_get(user=request.user, slug=slug)
    forum = selectors.forum_get(user=request.user, network=network, slug=forum_slug)
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.thread_create(
                forum=forum,
                author=request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                files=form.cleaned_data["attachments"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("forums_thread", pk=thread.pk)
    return render(request, "forums/thread_form.html", {"network": network, "forum": forum, "form": form})


@login_required
def thread_detail(request, pk):
    thread = selectors.thread_get(user=request.user, pk=pk)
    forum = thread.forum
    form = PostForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            post = services.post_create(
                thread=thread,
                author=request.user,
                body=form.cleaned_data["body"],
                files=form.cleaned_data["attachments"],
            )
        except ValidationError as error:
            if getattr(error, "code", None) == "locked":  # locked while the person typed: the form is gone
                messages.error(request, " ".join(error.messages))
                return redirect("forums_thread", pk=thread.pk)
            form.add_error(None, error)
        else:
            return redirect(_post_location(post))
    context = {
        "thread": thread,
        "forum": forum,
        "network": forum.network,
        "is_moderator": thread.is_moderator,
        "can_reply": thread.is_moderator or not (thread.is_locked or thread.is_hidden),
        "form": form,
        "subscription_form": SubscriptionForm(initial={"mode": thread.subscription_mode or ""}),
    }
    if thread.is_hidden and not thread.is_moderator:
        context["page_obj"] = None
    else:
        context["page_obj"] = Paginator(selectors.thread_posts(thread=thread), POSTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
    if thread.is_moderator:
        context["move_form"] = MoveForm(
            forums=selectors.moderated_forums(user=request.user, network=forum.network).exclude(pk=forum.pk)
        )
    return render(request, "forums/thread_detail.html", context)


@login_required
def post_detail(request, pk):
    """Where a post is: its thread's page that shows it (links in e-mails and search results)."""
    post = selectors.post_get(user=request.user, pk=pk)
    return redirect(_post_location(post))


@login_required
def post_edit(request, pk):
    post = selectors.post_get(user=request.user, pk=pk)
    if post.author_id != request.user.pk:
        raise PermissionDenied
    form = PostEditForm(request.POST or None, initial={"body": post.body, "version": post.version})
    conflict = False
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(
                post=post, editor=request.user, body=form.cleaned_data["body"], version=form.cleaned_data["version"]
            )
        except ValidationError as error:
            if getattr(error, "code", None) == "conflict":
                conflict = True
                post.refresh_from_db()
                # The next save is made knowing the other text: based on the version now saved.
                data = request.POST.copy()
                data["version"] = post.version
                form = PostEditForm(data)
                form.is_valid()
            form.add_error(None, error)
        else:
            messages.success(request, _("Your post is saved."))
            return redirect(_post_location(post))
    return render(
        request,
        "forums/post_edit.html",
        {"post": post, "thread": post.thread, "form": form, "conflict": conflict},
        status=409 if conflict else 200,
    )


@login_required
def post_report(request, pk):
    post = selectors.post_get(user=request.user, pk=pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(post=post, reporter=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. The moderators will look at the post."))
            return redirect(_post_location(post))
    return render(request, "forums/post_report.html", {"post": post, "thread": post.thread, "form": form})


@login_required
@require_POST
def post_moderate(request, pk):
    post = selectors.post_get(user=request.user, pk=pk)
    if not post.is_moderator:
        raise PermissionDenied
    action = request.POST.get("action")
    try:
        if action == "hide":
            services.post_hide(post=post, moderator=request.user, reason=request.POST.get("reason", ""))
        elif action == "unhide":
            services.post_unhide(post=post, moderator=request.user)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_post_location(post))


@login_required
@require_POST
def thread_moderate(request, pk):
    thread = selectors.thread_get(user=request.user, pk=pk)
    if not thread.is_moderator:
        raise PermissionDenied
    action, reason, moderator = request.POST.get("action"), request.POST.get("reason", ""), request.user
    try:
        if action in ("pin", "unpin"):
            services.thread_pin(thread=thread, moderator=moderator, pinned=action == "pin")
        elif action in ("lock", "unlock"):
            services.thread_lock(thread=thread, moderator=moderator, locked=action == "lock", reason=reason)
        elif action == "hide":
            services.thread_hide(thread=thread, moderator=moderator, reason=reason)
        elif action == "unhide":
            services.thread_unhide(thread=thread, moderator=moderator)
        elif action == "move":
            form = MoveForm(
                request.POST, forums=selectors.moderated_forums(user=moderator, network=thread.forum.network)
            )
            if not form.is_valid():
                raise ValidationError(_("Choose a forum to move the thread to."), code="forum")
            services.thread_move(thread=thread, moderator=moderator, to_forum=form.cleaned_data["forum"], reason=reason)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Done."))
    return redirect("forums_thread", pk=thread.pk)


@login_required
@require_POST
def thread_subscribe(request, pk):
    thread = selectors.thread_get(user=request.user, pk=pk)
    form = SubscriptionForm(request.POST)
    if form.is_valid():
        services.subscription_set(user=request.user, thread=thread, mode=form.cleaned_data["mode"])
        messages.success(request, _("Your e-mail settings for this thread are saved."))
    return redirect("forums_thread", pk=thread.pk)


@login_required
@require_POST
def forum_subscribe(request, slug, forum_slug):
    network = selectors.forum_network_get(user=request.user, slug=slug)
    forum = selectors.forum_get(user=request.user, network=network, slug=forum_slug)
    form = SubscriptionForm(request.POST)
    if form.is_valid():
        services.subscription_set(user=request.user, forum=forum, mode=form.cleaned_data["mode"])
        messages.success(request, _("Your e-mail settings for this forum are saved."))
    return redirect("forums_forum", slug=network.slug, forum_slug=forum.slug)


@login_required
def moderation_queue(request, slug):
    """Open reports and the log of moderators' actions in the forums the person moderates."""
    network = selectors.forum_network_get(user=request.user, slug=slug)
    forums = selectors.moderated_forums(user=request.user, network=network)
    forum_list = list(forums)
    if not forum_list:
        raise PermissionDenied
    return render(
        request,
        "forums/moderation_queue.html",
        {
            "network": network,
            "forums": forum_list,
            "reports": selectors.open_reports(forums=forums),
            "log": selectors.moderation_log(forums=forums)[:LOG_LENGTH],
        },
    )


def _coordinated_network(request, slug):
    """The network for its coordinators' pages: 404 for outsiders (as everywhere), 403 for its other people."""
    network = selectors.forum_network_get(user=request.user, slug=slug)
    if not network.is_coordinator:
        raise PermissionDenied
    return network


@login_required
def forums_manage(request, slug):
    """The network's forums for its coordinators, with the form to add one."""
    network = _coordinated_network(request, slug)
    form = ForumForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            forum = services.forum_create(network=network, data=form.cleaned_data)
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The forum “%(name)s” is created.") % {"name": forum.name})
            return redirect("forums_manage", slug=network.slug)
    return render(
        request,
        "forums/forums_manage.html",
        {"network": network, "forums": selectors.managed_forums(network=network), "form": form},
    )


@login_required
def forum_edit(request, slug, forum_slug):
    network = _coordinated_network(request, slug)
    forum = selectors.managed_forums(network=network).filter(slug=forum_slug).first()
    if forum is None:
        raise Http404
    initial = {name: getattr(forum, name) for name in ForumForm.base_fields}
    form = ForumForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.forum_update(forum=forum, data=form.cleaned_data, updated_by=request.user)
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The forum “%(name)s” is saved.") % {"name": forum.name})
            return redirect("forums_manage", slug=network.slug)
    return render(request, "forums/forum_edit.html", {"network": network, "forum": forum, "form": form})


@login_required
@require_POST
def report_resolve(request, pk):
    report = PostReport.objects.filter(pk=pk).values_list("post_id", flat=True).first()
    if report is None:
        raise Http404
    post = selectors.post_get(user=request.user, pk=report)
    if not post.is_moderator:
        raise PermissionDenied
    report = PostReport.objects.select_related("post__thread__forum").get(pk=pk)
    services.report_resolve(report=report, moderator=request.user, note=request.POST.get("note", ""))
    messages.success(request, _("The report is resolved."))
    return redirect("forums_moderation", slug=post.thread.forum.network.slug)


@login_required
def forum_search(request, slug):
    network = selectors.forum_network_get(user=request.user, slug=slug)
    form = SearchForm(request.GET)
    text, author_id = "", None
    if form.is_valid():
        text, author_id = form.cleaned_data["q"], form.cleaned_data["author"]
    results = selectors.posts_search(
        network=network, user=request.user, text=text, language=request.LANGUAGE_CODE, author_id=author_id
    )
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "forums/search.html",
        {"network": network, "form": form, "page_obj": page_obj, "searched": bool(text or author_id)},
    )


@login_required
def attachment_download(request, pk):
    attachment = selectors.attachment_get(user=request.user, pk=pk)
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
