"""The demo's forums: one general forum per demo network with a few threads, in the languages people there write.

Tangier people write in Arabic and French (and quote each other across the two), Alliancen people in Danish.
Loaded through the services by the `shabaka_demo_data` hook; only what is missing is added.
"""

from intranet.organisations.demo import EMAIL_DOMAIN
from intranet.organisations.models import Network, User

from . import services
from .models import Forum, Thread

# network slug → (forum names da/ar/fr, descriptions da/ar/fr)
FORUMS = {
    "tanger": (
        ("Generelt", "نقاش عام", "Discussions générales"),
        (
            "Alt, der angår netværket i Tanger.",
            "كل ما يهم شبكة طنجة.",
            "Tout ce qui concerne le réseau de Tanger.",
        ),
    ),
    "alliancen": (
        ("Generelt", "نقاش عام", "Discussions générales"),
        (
            "Erfaringer, spørgsmål og gode idéer på tværs af Alliancen.",
            "تجارب وأسئلة وأفكار جيدة داخل التحالف.",
            "Expériences, questions et bonnes idées au sein d'Alliancen.",
        ),
    ),
}

# (network slug, title, [(author e-mail, body), ...]); the first post opens the thread.
THREADS = (
    (
        "tanger",
        "تنظيم يوم تطوعي مشترك في الربيع",
        (
            (
                f"leader.dar-yasmine@{EMAIL_DOMAIN}",
                "السلام عليكم،\n\nنقترح يوماً تطوعياً مشتركاً بين جمعيات الشبكة في شهر أبريل. من يرغب في المشاركة؟",
            ),
            (
                f"leader.passerelle-jeunesse@{EMAIL_DOMAIN}",
                "Bonne idée ! Nos clubs de jeunes peuvent animer un atelier.\n\n> يوماً تطوعياً مشتركاً\n\n"
                "Nous proposons le samedi 12 avril.",
            ),
            (
                f"leader.secouristes-marshan@{EMAIL_DOMAIN}",
                "نحن مستعدون لتأمين **الإسعافات الأولية** طوال اليوم.",
            ),
        ),
    ),
    (
        "tanger",
        "Partage de ressources : modèles de statuts",
        (
            (
                f"leader.fondation-haqq@{EMAIL_DOMAIN}",
                "Nous avons mis à jour nos modèles de statuts et de règlement intérieur.\n\n"
                "- statuts types\n- procès-verbal d'assemblée générale\n\nDemandez-les ici.",
            ),
            (
                f"leader.espace-escale@{EMAIL_DOMAIN}",
                "شكراً جزيلاً! هل يوجد نسخة باللغة العربية أيضاً؟",
            ),
        ),
    ),
    (
        "alliancen",
        "Hvordan fastholder I jeres frivillige om sommeren?",
        (
            (
                f"leader.lektiecafeen-vollsmose@{EMAIL_DOMAIN}",
                "Hos os falder fremmødet hver sommer. Har I gode erfaringer med *sommerhold* eller fælles udflugter?",
            ),
            (
                f"leader.kvindernes-stue-norrebro@{EMAIL_DOMAIN}",
                "Vi holder en fælles grillaften i juni – det giver en god fornemmelse af at høre til.",
            ),
        ),
    ),
)


def forums_demo_load(*, created) -> None:
    networks = {network.slug: network for network in Network.objects.filter(slug__in=FORUMS)}
    forums = {}
    for slug, ((name_da, name_ar, name_fr), (description_da, description_ar, description_fr)) in FORUMS.items():
        network = networks.get(slug)
        if network is None:
            continue
        forum = Forum.objects.filter(network=network, slug="generelt").first()
        if forum is None:
            forum = services.forum_create(
                network=network,
                data={
                    "slug": "generelt",
                    "name_da": name_da,
                    "name_ar": name_ar,
                    "name_fr": name_fr,
                    "description_da": description_da,
                    "description_ar": description_ar,
                    "description_fr": description_fr,
                },
            )
            created["forums"] += 1
        forums[slug] = forum
    for slug, title, posts in THREADS:
        forum = forums.get(slug)
        if forum is None or Thread.objects.filter(forum=forum, title=title).exists():
            continue
        authors = {user.email: user for user in User.objects.filter(email__in=[email for email, _body in posts])}
        (first_email, first_body), *replies = posts
        if first_email not in authors:
            continue
        thread = services.thread_create(forum=forum, author=authors[first_email], title=title, body=first_body)
        created["forum threads"] += 1
        for email, body in replies:
            if email in authors:
                services.post_create(thread=thread, author=authors[email], body=body)
                created["forum posts"] += 1
