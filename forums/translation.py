from modeltranslation.translator import TranslationOptions, register

from .models import Forum


@register(Forum)
class ForumTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("da",)
