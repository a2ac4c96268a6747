"""Courses: a network's catalogue of courses made of lessons, quizzes, and each person's progress through them.

The tree: a network's `HomePage` → `CourseIndexPage` (the catalogue; members-only like the library) →
`CoursePage` → ordered `LessonPage` children. A lesson has a body of the toolkit blocks plus embedded video
lessons, and optionally a quiz: `QuizQuestion`s with `QuizChoice`s, edited inline on the lesson and translated
like the page (da/ar/fr columns).

Learning state lives outside the tree: `Enrolment` (a person on a course, with an optional due date),
`LessonCompletion` (marked done, or passed the quiz), `QuizAttempt` (score and answers, kept even when the quiz
is later edited) and `EnrolmentReminder` (which due-date reminder went out, so each goes out once).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from intranet.pages.blocks import ContentStreamBlock
from intranet.pages.models import Audience, Topic, TranslatedPage

from . import selectors


class EmbeddedVideoBlock(blocks.StructBlock):
    """A video lesson from the library, played inside the lesson (captions and low-bandwidth download included)."""

    lesson = blocks.PageChooserBlock(page_type="pages.VideoLessonPage", label=_("video lesson"))

    class Meta:
        icon = "media"
        label = _("Embedded video")
        template = "courses/blocks/embedded_video.html"


class LessonStreamBlock(ContentStreamBlock):
    """The toolkit blocks, plus a video lesson shown in place."""

    embedded_video = EmbeddedVideoBlock()


# --- the tree -----------------------------------------------------------------------------------------------------


class CourseIndexPage(TranslatedPage):
    """A network's course catalogue, filtered by audience, topic, language and duration. Members-only by default."""

    introduction = models.TextField(_("introduction"), blank=True)

    translated_text_fields = ("introduction",)
    search_text_fields = ("introduction",)
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["courses.CoursePage"]
    template = "courses/course_index_page.html"
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_catalogue(index_page=self, params=request.GET, user=request.user))
        return context


class CoursePage(TranslatedPage):
    """A course: who it is for, what one learns, how long it takes, what to take first, and its lessons."""

    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="+")
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        blank=True,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("What a person can do after the course; a short list works best."),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=60, help_text=_("How long the whole course takes, quizzes included.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translated_text_fields = ("summary", "learning_outcomes")
    search_text_fields = ("summary", "learning_outcomes")
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    search_fields = TranslatedPage.search_fields + [index.FilterField("topic"), index.FilterField("audience")]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("audience"), FieldPanel("estimated_minutes")], heading=_("Filing")
        ),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("image"),
        InlinePanel("prerequisites", label=_("Courses to take first")),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_page_content(course=self, user=request.user))
        return context


class CoursePrerequisite(Orderable):
    """A course recommended before this one. Shown on the course page with the reader's own status."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prerequisites")
    prerequisite = models.ForeignKey(
        CoursePage, verbose_name=_("course to take first"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("prerequisite", "courses.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("course to take first")
        verbose_name_plural = _("courses to take first")


class LessonPage(TranslatedPage):
    """One lesson of a course: a body of blocks and, when it has questions, a quiz to pass."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=10)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        help_text=_("The share of questions to answer right to pass the quiz."),
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        help_text=_("Leave empty for unlimited attempts."),
    )

    translated_text_fields = ("summary", "body")
    search_text_fields = ("summary", "body")
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                InlinePanel("questions", label=_("Questions")),
            ],
            heading=_("Quiz"),
        ),
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def clean(self):
        super().clean()
        if not 0 < self.pass_mark <= 100:
            raise ValidationError({"pass_mark": _("The pass mark is a percentage between 1 and 100.")})
        if self.attempts_allowed == 0:
            raise ValidationError({"attempts_allowed": _("Allow at least one attempt, or leave empty for unlimited.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.lesson_page_content(lesson=self, user=request.user))
        return context


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")


class QuizQuestion(Orderable, ClusterableModel):
    lesson = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE)
    text = models.TextField(_("question"))
    explanation = models.TextField(_("explanation"), blank=True, help_text=_("Shown after the answer is given."))

    panels = [
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("explanation"),
        InlinePanel("choices", label=_("Choices"), min_num=2),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text


class QuizChoice(Orderable):
    question = ParentalKey(QuizQuestion, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=300)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(_("feedback"), blank=True, help_text=_("Shown to a person who chose this."))

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text


# --- learning -----------------------------------------------------------------------------------------------------


class Enrolment(models.Model):
    """A person on a course. Completed when every lesson is; the completion is kept if lessons are added later."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    created_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="courses_one_enrolment_per_course")]
        indexes = [models.Index(fields=["course", "completed_at"]), models.Index(fields=["due_date"])]

    def __str__(self):
        return f"{self.user} – {self.course}"


class CompletionVia(models.TextChoices):
    MARKED = "marked", _("Marked as done")
    QUIZ = "quiz", _("Passed the quiz")


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    # The lesson's course when it was completed, so progress is counted per course without walking the tree.
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    via = models.CharField(max_length=10, choices=CompletionVia.choices)
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="courses_one_completion_per_lesson")]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user} – {self.lesson}"


class QuizAttempt(models.Model):
    """One go at a lesson's quiz. Open until submitted; `answers` maps question id → chosen choice ids."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="quiz_attempts")
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    answers = models.JSONField(default=dict, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Percentage of questions answered right.")
    passed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at", "-pk"]
        constraints = [
            # At most one open attempt per person and lesson: a second "start" returns the open one.
            models.UniqueConstraint(
                fields=["user", "lesson"],
                condition=models.Q(submitted_at__isnull=True),
                name="courses_one_open_attempt",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson} ({self.score if self.score is not None else '…'})"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None


class ReminderKind(models.TextChoices):
    WEEK = "7d", _("7 days before the due date")
    DAY = "1d", _("1 day before the due date")


class EnrolmentReminder(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=4, choices=ReminderKind.choices)
    due_date = models.DateField(help_text="The due date the reminder was about; a new due date gets new reminders.")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "kind", "due_date"], name="courses_one_reminder_each")
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.kind}"
