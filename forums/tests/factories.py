"""Factories for the forum tests; forums, threads and posts are made through the services, as in the product."""

import itertools

from forums import services
from forums.models import Forum, Thread
from intranet.organisations.models import Network, User

_numbers = itertools.count(1)


def forum_for(network: Network, **data) -> Forum:
    number = next(_numbers)
    data = {"name_da": f"Forum {number}", "name_ar": f"منتدى {number}", "name_fr": f"Forum {number} fr"} | data
    return services.forum_create(network=network, data=data)


def thread_in(forum: Forum, author: User, *, title: str = "Velkommen", body: str = "Hej alle", replies: int = 0):
    thread = services.thread_create(forum=forum, author=author, title=title, body=body)
    for number in range(replies):
        services.post_create(thread=thread, author=author, body=f"Svar nummer {number}")
    return Thread.objects.select_related("forum__network").get(pk=thread.pk)
