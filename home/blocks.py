"""StreamField blocks shared by every page body of the site (feature apps reuse them)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Rich text stays simple on purpose: plain language, no colours or fonts.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class KeyFigureBlock(blocks.StructBlock):
    """A number and what it counts, e.g. "66" + "joint outreach rounds"."""

    number = blocks.CharBlock(max_length=20, label=_("Number"))
    label = blocks.CharBlock(max_length=160, label=_("What it counts"))

    class Meta:
        icon = "order"
        template = "components/blocks/key_figure.html"
        label = _("Key figure")


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "order"
        template = "components/blocks/key_figures.html"
        label = _("Key figures")


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or, failing that, to an address."""

    label = blocks.CharBlock(label=_("Link text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an address"))

    class Meta:
        icon = "link"
        template = "components/blocks/link.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class PageLinkBlock(blocks.StructBlock):
    """A link to a page of the site, chosen in the admin: never a typed address, so the
    English page links to the English translation of the page chosen."""

    label = blocks.CharBlock(label=_("Link text"))
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        template = "components/blocks/page_link.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    link = PageLinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        label = _("Call to action")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class DocumentsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(DocumentChooserBlock(), **kwargs)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/documents.html"
        label = _("Documents")


class GovernanceLevelBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Body"))
    composition = blocks.CharBlock(required=False, label=_("Who sits in it"))
    how_chosen = blocks.TextBlock(required=False, label=_("How it is chosen and what it does"))


class GovernanceBlock(blocks.StructBlock):
    """The chain of who elects or recruits whom, as an ordered list (readable without a chart)."""

    title = blocks.CharBlock(required=False, label=_("Title"))
    levels = blocks.ListBlock(GovernanceLevelBlock(), label=_("Levels, from the members down"))

    class Meta:
        icon = "group"
        template = "components/blocks/governance.html"
        label = _("Governance chain")


class SiteSettingsBlock(blocks.StaticBlock):
    """A block without fields that shows what editors keep in the site settings (contact
    details, publisher, support links): written once, placed on any page, shown only when
    filled."""

    def get_context(self, value, parent_context=None):
        from home.models import SiteSettings

        context = super().get_context(value, parent_context)
        context["site_settings"] = SiteSettings.load(
            request_or_site=(parent_context or {}).get("request")
        )
        return context


class HelplinesBlock(SiteSettingsBlock):
    """France's free emergency and help numbers (home/helplines.py), as links a phone can call."""

    def get_context(self, value, parent_context=None):
        from home.helplines import HELPLINES

        context = super().get_context(value, parent_context)
        context["helplines"] = HELPLINES
        return context

    class Meta:
        icon = "warning"
        template = "components/blocks/helplines.html"
        label = _("Emergency and help numbers")
        admin_text = _("France's free emergency and help numbers: 17, 112, 119, 3919, 114, 115.")


class ContactDetailsBlock(SiteSettingsBlock):
    class Meta:
        icon = "mail"
        template = "components/blocks/contact_details.html"
        label = _("Contact details")
        admin_text = _(
            "The e-mail, address, phone, hours, messaging apps and directions of the site "
            "settings (only those filled in)."
        )


class PublisherDetailsBlock(SiteSettingsBlock):
    class Meta:
        icon = "doc-full"
        template = "components/blocks/publisher_details.html"
        label = _("Publisher and host (legal notice)")
        admin_text = _(
            "The publisher, registration number, publication director and host of the site "
            "settings, as French law requires on a legal notice."
        )


class SupportLinksBlock(SiteSettingsBlock):
    class Meta:
        icon = "pick"
        template = "components/blocks/support_links.html"
        label = _("Donation and membership-fee links")
        admin_text = _("The donation and membership-fee links of the site settings, when set.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    image = ImageBlock(label=_("Image"), template="components/blocks/image.html")
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()
    documents = DocumentsBlock()
    governance = GovernanceBlock()
    helplines = HelplinesBlock()
    contact_details = ContactDetailsBlock()
    publisher_details = PublisherDetailsBlock()
    support_links = SupportLinksBlock()
