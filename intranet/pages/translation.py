from modeltranslation.translator import TranslationOptions, register

from .models import (
    ArticlePage,
    HomePage,
    MagazineIndexPage,
    ProcessGuidePage,
    ToolkitIndexPage,
    ToolkitPage,
    Topic,
    VideoLessonPage,
)


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("da",)


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("introduction",)


@register(ToolkitIndexPage)
class ToolkitIndexPageTranslationOptions(TranslationOptions):
    fields = ("introduction",)


@register(MagazineIndexPage)
class MagazineIndexPageTranslationOptions(TranslationOptions):
    fields = ("introduction",)


@register(ToolkitPage)
class ToolkitPageTranslationOptions(TranslationOptions):
    fields = ("summary", "body")


@register(VideoLessonPage)
class VideoLessonPageTranslationOptions(TranslationOptions):
    fields = ("summary", "transcript")


@register(ProcessGuidePage)
class ProcessGuidePageTranslationOptions(TranslationOptions):
    fields = ("summary", "introduction", "steps")


@register(ArticlePage)
class ArticlePageTranslationOptions(TranslationOptions):
    fields = ("summary", "body")
