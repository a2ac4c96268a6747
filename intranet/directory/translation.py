from modeltranslation.translator import TranslationOptions, register

from .models import Competence


@register(Competence)
class CompetenceTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("da",)
