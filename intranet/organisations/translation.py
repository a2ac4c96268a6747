from modeltranslation.translator import TranslationOptions, register

from .models import Network, Organisation


@register(Network)
class NetworkTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("da",)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("da",)
