"""The network's learning material: toolkits, video lessons, process guides and the volunteer magazine.

One page holds all three languages (wagtail-modeltranslation adds `_da`, `_ar` and `_fr` columns for the
fields listed in `translation.py`). A field left empty in the reader's language falls back to Danish, and
the page says so with a small notice (`TranslatedPage.untranslated_in`).

The tree: site root → `HomePage` (one per network) → `ToolkitIndexPage` (toolkits, video lessons, process
guides; members-only by default) and `MagazineIndexPage` (articles; public).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from intranet import textsearch
from intranet.organisations.models import Network, Organisation

from . import selectors
from .blocks import ContentStreamBlock, DocumentsBlock, ProcessStepsBlock

HOME_SECTIONS_HOOK = "shabaka_home_sections"
CONTENT_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
FALLBACK_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    LEADERS = "leaders", _("Leaders")
    VOLUNTEERS = "volunteers", _("Volunteers")


class Topic(models.Model):
    """A subject the learning material is filed under: leadership, first aid, ethics rules, ... Editable."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


# --- shared behaviour -------------------------------------------------------------------------------------------


class TranslatedPage(Page):
    """A page whose text fields come in da/ar/fr, with a per-language search text and a fallback notice."""

    # The fields whose absence in a language means "not yet translated" (the title is always checked).
    translated_text_fields: tuple[str, ...] = ()
    # The fields whose words go into the search index, besides the title.
    search_text_fields: tuple[str, ...] = ()

    search_fields = Page.search_fields + [index.SearchField("search_text"), index.FilterField("live")]

    class Meta:
        abstract = True

    def untranslated_in(self, language: str | None = None) -> bool:
        """True when the page, read in `language`, shows Danish text because its own is missing."""
        language = language or get_language()
        if language == FALLBACK_LANGUAGE or language not in CONTENT_LANGUAGES:
            return False
        for name in ("title", *self.translated_text_fields):
            own = getattr(self, f"{name}_{language}", None)
            danish = getattr(self, f"{name}_{FALLBACK_LANGUAGE}", None)
            if _is_empty(own) and not _is_empty(danish):
                return True
        return False

    def search_text(self) -> str:
        """What the search index keeps: for each language, the words a reader sees (Danish where untranslated).

        The title counts twice, so a match in the title ranks above one in the body.
        """
        return " ".join(
            textsearch.language_terms(self._reader_text(language), language) for language in CONTENT_LANGUAGES
        )

    def _reader_text(self, language: str) -> str:
        parts = []
        for name in ("title", "title", *self.search_text_fields):
            value = getattr(self, f"{name}_{language}", None)
            if _is_empty(value):
                value = getattr(self, f"{name}_{FALLBACK_LANGUAGE}", None)
            if _is_empty(value):
                continue
            field = self._meta.get_field(f"{name}_{language}")
            if isinstance(field, StreamField):
                parts.extend(str(text) for text in field.stream_block.get_searchable_content(value))
            elif isinstance(field, RichTextField):
                parts.append(textsearch.html_to_text(value))
            else:
                parts.append(str(value))
        return " ".join(parts)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated"] = self.untranslated_in()
        context["fallback_language"] = FALLBACK_LANGUAGE
        return context


def _is_empty(value) -> bool:
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value.raw_data) == 0
    return not str(value).strip()


class LearningPageForm(WagtailAdminPageForm):
    """Offers, as organisations a page can be restricted to, only those of the page's own network."""

    def __init__(self, data=None, files=None, parent_page=None, subscription=None, *args, **kwargs):
        super().__init__(data, files, parent_page, subscription, *args, **kwargs)
        if "restricted_to" not in self.fields:
            return
        place = parent_page if self.instance.pk is None else self.instance
        home = HomePage.objects.ancestor_of(place, inclusive=True).select_related("network").first() if place else None
        if home is not None:
            self.fields["restricted_to"].queryset = home.network.organisations.order_by("name")


class LearningPage(TranslatedPage):
    """What toolkits, video lessons and process guides share: topic, audience, summary, image."""

    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="+")
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Organisation-restricted pages: when set, only members of these organisations (and the network's
    # coordinators and CMS editors) may read the page, on top of the section's own privacy.
    restricted_to = ParentalManyToManyField(
        Organisation,
        verbose_name=_("only for these organisations"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty for every member of the network."),
    )

    translated_text_fields = ("summary",)
    search_text_fields = ("summary",)
    parent_page_types = ["pages.ToolkitIndexPage"]
    subpage_types: list[str] = []

    search_fields = TranslatedPage.search_fields + [
        index.FilterField("topic"),
        index.FilterField("audience"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("image")]
    settings_panels = Page.settings_panels + [FieldPanel("restricted_to", widget=forms.CheckboxSelectMultiple)]
    base_form_class = LearningPageForm

    class Meta:
        abstract = True


# --- the tree -----------------------------------------------------------------------------------------------------


class HomePage(TranslatedPage):
    """A network's front page: featured toolkits, newest lessons, magazine articles and feature sections."""

    network = models.OneToOneField(
        Network, verbose_name=_("network"), on_delete=models.PROTECT, related_name="home_page"
    )
    introduction = models.TextField(_("introduction"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translated_text_fields = ("introduction",)
    search_text_fields = ("introduction",)
    parent_page_types = ["wagtailcore.Page"]
    # The course catalogue is declared by name only: `courses` builds on this app, never the other way round.
    subpage_types = ["pages.ToolkitIndexPage", "pages.MagazineIndexPage", "courses.CourseIndexPage"]
    template = "pages/home_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("network"),
        FieldPanel("introduction"),
        FieldPanel("image"),
        InlinePanel("featured_toolkits", label=_("Featured toolkits"), max_num=6),
    ]

    class Meta:
        verbose_name = _("network home page")
        verbose_name_plural = _("network home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_page_content(page=self, user=request.user))
        context["sections"] = home_sections(request, self)
        return context


class HomePageFeaturedToolkit(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_toolkits")
    toolkit = models.ForeignKey(
        "pages.ToolkitPage", verbose_name=_("toolkit"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("toolkit", "pages.ToolkitPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured toolkit")
        verbose_name_plural = _("featured toolkits")


def home_sections(request, page: HomePage) -> list:
    """Sections other features add to a network's home page (upcoming meetings, open courses, ...).

    A function registered for `shabaka_home_sections` takes the request and the home page and returns an
    `intranet.organisations.dashboard.DashboardPanel` (title, template, context, order) or None.
    """
    sections = [section for fn in hooks.get_hooks(HOME_SECTIONS_HOOK) if (section := fn(request, page)) is not None]
    return sorted(sections, key=lambda section: section.order)


class ToolkitIndexPage(TranslatedPage):
    """The network's library of toolkits, video lessons and process guides. Members-only by default."""

    introduction = models.TextField(_("introduction"), blank=True)

    translated_text_fields = ("introduction",)
    search_text_fields = ("introduction",)
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ToolkitPage", "pages.VideoLessonPage", "pages.ProcessGuidePage"]
    template = "pages/toolkit_index_page.html"
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("toolkit library")
        verbose_name_plural = _("toolkit libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.library_listing(index_page=self, params=request.GET, user=request.user))
        return context


class ToolkitPage(LearningPage):
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    translated_text_fields = ("summary", "body")
    search_text_fields = ("summary", "body")
    template = "pages/toolkit_page.html"

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("audience")], heading=_("Filing")),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("toolkit")
        verbose_name_plural = _("toolkits")


def _captions_field(verbose_name):
    """One language's caption track: a WebVTT file in the document library."""
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class VideoLessonPage(LearningPage):
    video = models.ForeignKey(
        settings.WAGTAILMEDIA["MEDIA_MODEL"],
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_video_url = models.URLField(
        _("external video address"),
        blank=True,
        help_text=_("Use instead of an uploaded video, e.g. a direct link to an MP4 or WebM file."),
    )
    low_bandwidth_video = models.ForeignKey(
        settings.WAGTAILMEDIA["MEDIA_MODEL"],
        verbose_name=_("low-bandwidth version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A smaller file for slow connections, offered as a download link."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration = models.DurationField(_("duration"), null=True, blank=True, help_text=_("For example 00:04:30"))
    captions_da = _captions_field(_("captions in Danish (WebVTT)"))
    captions_ar = _captions_field(_("captions in Arabic (WebVTT)"))
    captions_fr = _captions_field(_("captions in French (WebVTT)"))
    transcript = RichTextField(_("transcript"), blank=True, features=["h3", "bold", "italic", "ol", "ul"])
    materials = StreamField(DocumentsBlock(), verbose_name=_("downloadable materials"), blank=True)

    translated_text_fields = ("summary", "transcript")
    search_text_fields = ("summary", "transcript")
    template = "pages/video_lesson_page.html"

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("audience")], heading=_("Filing")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                FieldPanel("external_video_url"),
                MediaChooserPanel("low_bandwidth_video", media_type="video"),
                FieldPanel("poster"),
                FieldPanel("duration"),
            ],
            heading=_("Video"),
        ),
        MultiFieldPanel(
            [FieldPanel("captions_da"), FieldPanel("captions_ar"), FieldPanel("captions_fr")],
            heading=_("Captions"),
        ),
        FieldPanel("transcript"),
        FieldPanel("materials"),
    ]

    class Meta:
        verbose_name = _("video lesson")
        verbose_name_plural = _("video lessons")

    def clean(self):
        super().clean()
        if not self.video_id and not self.external_video_url:
            raise ValidationError({"video": _("Choose an uploaded video or give an external video address.")})
        for language in CONTENT_LANGUAGES:
            document = getattr(self, f"captions_{language}")
            if document is not None and not _is_webvtt(document):
                raise ValidationError(
                    {f"captions_{language}": _("Captions must be a WebVTT file (.vtt starting with WEBVTT).")}
                )

    def caption_tracks(self, language: str | None = None) -> list[dict]:
        """The caption tracks in page-language-first order; the reader's language is the default track."""
        language = language or get_language()
        tracks = []
        for code, name in settings.LANGUAGES:
            document = getattr(self, f"captions_{code}")
            if document is not None:
                tracks.append({"language": code, "label": name, "url": document.url, "default": code == language})
        return tracks

    @property
    def video_url(self) -> str:
        if self.video is not None:
            return self.video.url
        return self.external_video_url


def _is_webvtt(document) -> bool:
    if not document.file.name.lower().endswith(".vtt"):
        return False
    with document.open_file() as file:
        head = file.read(10)
    if isinstance(head, bytes):
        head = head.decode("utf-8", errors="replace")
    return head.lstrip("\ufeff").startswith("WEBVTT")


class ProcessArea(models.TextChoices):
    ETHICS = "ethics", _("Ethics rules")
    SOCIAL = "social", _("Social")
    LEGAL = "legal", _("Legal")
    ECONOMIC = "economic", _("Economic")


class ProcessGuidePage(LearningPage):
    """Ethics rules and process descriptions: numbered steps, who does what, documents, related toolkits."""

    area = models.CharField(_("area"), max_length=20, choices=ProcessArea.choices, default=ProcessArea.SOCIAL)
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    steps = StreamField(ProcessStepsBlock(), verbose_name=_("steps"), blank=True)
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents to use"), blank=True)

    translated_text_fields = ("summary", "steps")
    search_text_fields = ("summary", "introduction", "steps")
    template = "pages/process_guide_page.html"

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("area"), FieldPanel("audience")], heading=_("Filing")),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("steps"),
        FieldPanel("documents"),
        InlinePanel("related_toolkits", label=_("Related toolkits")),
    ]

    class Meta:
        verbose_name = _("process guide")
        verbose_name_plural = _("process guides")


class ProcessGuideRelatedToolkit(Orderable):
    page = ParentalKey(ProcessGuidePage, on_delete=models.CASCADE, related_name="related_toolkits")
    toolkit = models.ForeignKey(
        "pages.ToolkitPage", verbose_name=_("toolkit"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("toolkit", "pages.ToolkitPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related toolkit")
        verbose_name_plural = _("related toolkits")


class MagazineIndexPage(TranslatedPage):
    """The network's online volunteer magazine. Public."""

    introduction = models.TextField(_("introduction"), blank=True)

    translated_text_fields = ("introduction",)
    search_text_fields = ("introduction",)
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage"]
    template = "pages/magazine_index_page.html"
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("magazine")
        verbose_name_plural = _("magazines")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.magazine_listing(index_page=self, params=request.GET, user=request.user))
        return context


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    STORY = "story", _("Story")
    INTERVIEW = "interview", _("Interview")


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("pages.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(TranslatedPage):
    kind = models.CharField(_("kind"), max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS)
    author = models.CharField(_("author"), max_length=200)
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=400)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))

    translated_text_fields = ("summary", "body")
    search_text_fields = ("summary", "body")
    parent_page_types = ["pages.MagazineIndexPage"]
    subpage_types: list[str] = []
    template = "pages/article_page.html"

    search_fields = TranslatedPage.search_fields + [index.FilterField("date")]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("author"), FieldPanel("date"), FieldPanel("tags")],
            heading=_("About the article"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
