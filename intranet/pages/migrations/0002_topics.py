"""The topics the learning material starts with. Coordinators can rename, add and reorder them as snippets."""

from django.db import migrations

TOPICS = [
    ("leadership", "Ledelse", "القيادة", "Leadership"),
    ("organising", "Organisering", "التنظيم", "Organisation collective"),
    ("fundraising", "Fundraising", "جمع التبرعات", "Collecte de fonds"),
    ("first-aid", "Førstehjælp", "الإسعافات الأولية", "Premiers secours"),
    ("hygiene", "Hygiejne", "النظافة الصحية", "Hygiène"),
    ("legal-policy", "Juridisk og politisk arbejde", "العمل القانوني والسياسات العامة", "Travail juridique et politique"),
    ("ethics", "Etiske regler", "قواعد أخلاقية", "Règles d'éthique"),
    ("social-processes", "Sociale processer", "الإجراءات الاجتماعية", "Procédures sociales"),
    ("legal-processes", "Juridiske processer", "الإجراءات القانونية", "Procédures juridiques"),
    ("economic-processes", "Økonomiske processer", "الإجراءات الاقتصادية", "Procédures économiques"),
]


def create_topics(apps, schema_editor):
    Topic = apps.get_model("pages", "Topic")
    for order, (slug, da, ar, fr) in enumerate(TOPICS):
        Topic.objects.get_or_create(
            slug=slug,
            defaults={"sort_order": order, "name": da, "name_da": da, "name_ar": ar, "name_fr": fr},
        )


def remove_topics(apps, schema_editor):
    Topic = apps.get_model("pages", "Topic")
    Topic.objects.filter(slug__in=[slug for slug, *_names in TOPICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(create_topics, remove_topics)]
