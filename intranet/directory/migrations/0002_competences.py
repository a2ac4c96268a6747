"""The competences the directory starts with. Coordinators can rename, add and reorder them as snippets."""

from django.db import migrations

COMPETENCES = [
    ("board-work", "Bestyrelsesarbejde", "عمل المكتب المسير", "Travail de conseil d'administration"),
    (
        "older-people-minorities",
        "Inddragelse af ældre med minoritetsbaggrund",
        "إشراك المسنين من الأقليات",
        "Mobiliser les personnes âgées issues des minorités",
    ),
    ("fundraising", "Fundraising", "جمع التبرعات", "Collecte de fonds"),
    ("legal-aid", "Retshjælp", "المساعدة القانونية", "Aide juridique"),
    ("first-aid", "Førstehjælp", "الإسعافات الأولية", "Premiers secours"),
    ("citizenship-courses", "Medborgerskabskurser", "دورات المواطنة", "Formations à la citoyenneté"),
    ("volunteer-management", "Frivilligledelse", "تدبير المتطوعين", "Gestion des bénévoles"),
    ("psychosocial-support", "Psykosocial støtte", "الدعم النفسي والاجتماعي", "Soutien psychosocial"),
    ("literacy", "Læse- og skriveundervisning", "محو الأمية", "Alphabétisation"),
    ("language-teaching", "Sprogundervisning", "تعليم اللغات", "Enseignement des langues"),
    ("digital-skills", "Digitale færdigheder", "المهارات الرقمية", "Compétences numériques"),
    ("communication", "Kommunikation og presse", "التواصل والإعلام", "Communication et presse"),
]


def create_competences(apps, schema_editor):
    Competence = apps.get_model("directory", "Competence")
    for order, (slug, da, ar, fr) in enumerate(COMPETENCES):
        Competence.objects.get_or_create(
            slug=slug,
            defaults={"sort_order": order, "name": da, "name_da": da, "name_ar": ar, "name_fr": fr},
        )


def remove_competences(apps, schema_editor):
    Competence = apps.get_model("directory", "Competence")
    Competence.objects.filter(slug__in=[slug for slug, *_names in COMPETENCES], offers__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(create_competences, remove_competences)]
