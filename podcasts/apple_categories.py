"""Apple Podcasts categories (the subset of Apple's list that fits a survivors' association).

Apple refuses a feed whose category is not on its list, so editors pick from these choices
instead of typing. Names are Apple's own, in English, as the feed needs them."""

from django.utils.translation import gettext_lazy as _

CATEGORIES = {
    "Arts": ["Books", "Design", "Performing Arts", "Visual Arts"],
    "Education": ["Courses", "How To", "Language Learning", "Self-Improvement"],
    "Government": [],
    "Health & Fitness": ["Mental Health", "Sexuality", "Medicine"],
    "History": [],
    "Kids & Family": ["Parenting"],
    "News": ["Daily News", "News Commentary", "Politics"],
    "Society & Culture": [
        "Documentary",
        "Personal Journals",
        "Philosophy",
        "Places & Travel",
        "Relationships",
    ],
    "True Crime": [],
}

CATEGORY_CHOICES = [(name, name) for name in CATEGORIES]
SUBCATEGORY_CHOICES = [("", _("None"))] + [
    (sub, f"{name} › {sub}") for name, subs in CATEGORIES.items() for sub in subs
]


def subcategory_fits(category, subcategory):
    return not subcategory or subcategory in CATEGORIES.get(category, [])
