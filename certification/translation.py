from modeltranslation.translator import TranslationOptions, register

from .models import AccreditationCriterion, Programme


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "description", "signatory_title")
    required_languages = ("da",)


@register(AccreditationCriterion)
class AccreditationCriterionTranslationOptions(TranslationOptions):
    fields = ("title", "guidance")
    required_languages = ("da",)
