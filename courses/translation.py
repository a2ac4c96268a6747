from modeltranslation.translator import TranslationOptions, register

from .models import CourseIndexPage, CoursePage, LessonPage, QuizChoice, QuizQuestion


@register(CourseIndexPage)
class CourseIndexPageTranslationOptions(TranslationOptions):
    fields = ("introduction",)


@register(CoursePage)
class CoursePageTranslationOptions(TranslationOptions):
    fields = ("summary", "learning_outcomes")


@register(LessonPage)
class LessonPageTranslationOptions(TranslationOptions):
    fields = ("summary", "body")


@register(QuizQuestion)
class QuizQuestionTranslationOptions(TranslationOptions):
    fields = ("text", "explanation")
    required_languages = ("da",)


@register(QuizChoice)
class QuizChoiceTranslationOptions(TranslationOptions):
    fields = ("text", "feedback")
    required_languages = ("da",)
