"""What a project's outcomes are made of: the shared blocks of home/blocks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import (
    RICH_TEXT_FEATURES,
    DocumentsBlock,
    HeadingBlock,
    KeyFiguresBlock,
    QuoteBlock,
)


class OutcomesBlock(blocks.StreamBlock):
    """Key figures first ("66 joint outreach rounds"), then words, quotes and documents."""

    key_figures = KeyFiguresBlock()
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    quote = QuoteBlock()
    documents = DocumentsBlock()
