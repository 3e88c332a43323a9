import re
from html import unescape

CARD_TITLE = re.compile(r'<h3 class="project-card__title"><a href="([^"]+)">([^<]+)</a>')


def card_titles(response):
    """The titles of the project cards on an index page, in order."""
    return [unescape(title) for _url, title in CARD_TITLE.findall(response.content.decode())]


def card_urls(response):
    return [url for url, _title in CARD_TITLE.findall(response.content.decode())]


def notices(response):
    html = response.content.decode()
    if 'class="project-notices"' not in html:
        return []
    block = html.split('class="project-notices"', 1)[1].split("</div>", 1)[0]
    return [unescape(text) for text in re.findall(r'<p class="message[^"]*">([^<]+)</p>', block)]


def option_label(response, field, value):
    """The visible label of one option of a filter select, e.g. "Mental health (2)"."""
    html = response.content.decode()
    select = html.split(f'name="{field}"', 1)[1].split("</select>", 1)[0]
    match = re.search(rf'<option value="{re.escape(str(value))}"[^>]*>([^<]+)</option>', select)
    return unescape(match.group(1)) if match else None
