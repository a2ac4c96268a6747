"""The StreamField blocks coordinators write toolkits, process guides and (later) course lessons with."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class ResponsibleRole(blocks.ChoiceBlock):
    choices = [
        ("leader", _("Leader")),
        ("volunteer", _("Volunteer")),
        ("coordinator", _("Network coordinator")),
        ("board", _("Board")),
        ("staff", _("Staff")),
        ("everyone", _("Everyone")),
    ]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("important", _("Important")), ("warning", _("Warning"))],
        default="tip",
        label=_("kind"),
    )
    title = blocks.CharBlock(required=False, label=_("title"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "pages/blocks/callout.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("item")), label=_("items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "pages/blocks/checklist.html"


class ProcessStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"))
    responsible = ResponsibleRole(label=_("responsible"))
    responsible_detail = blocks.CharBlock(
        required=False, label=_("responsible (detail)"), help_text=_("For example: the volunteer on duty")
    )
    description = blocks.RichTextBlock(
        required=False, features=["bold", "italic", "link", "ul", "ol"], label=_("what to do")
    )
    documents = blocks.ListBlock(DocumentChooserBlock(), required=False, default=[], label=_("documents to use"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class ProcessBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("title"))
    steps = blocks.ListBlock(ProcessStepBlock(), label=_("steps"))

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step process")
        template = "pages/blocks/process.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "pages/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(required=False, label=_("description"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "pages/blocks/document.html"


class VideoLessonLinkBlock(blocks.StructBlock):
    lesson = blocks.PageChooserBlock(page_type="pages.VideoLessonPage", label=_("video lesson"))
    note = blocks.CharBlock(required=False, label=_("note"))

    class Meta:
        icon = "media"
        label = _("Video lesson")
        template = "pages/blocks/video_lesson_link.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class ContentStreamBlock(blocks.StreamBlock):
    """Toolkit and lesson bodies. Courses reuse it for lessons (issue 5)."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), template="pages/blocks/text.html")
    video_lesson = VideoLessonLinkBlock()
    document = DocumentBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    process = ProcessBlock()
    quote = QuoteBlock()


class ProcessStepsBlock(blocks.StreamBlock):
    step = ProcessStepBlock(template="pages/blocks/process_step.html")


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentBlock()
