"""Comparing a typed name with the account's name, ignoring case, accents and spacing."""

import unicodedata


def normalise_name(value):
    decomposed = unicodedata.normalize("NFKD", value or "")
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    spaced = without_accents.replace("-", " ").replace("’", "'")
    return " ".join(spaced.casefold().split())


def name_matches(typed, first_name, last_name):
    """'Chloé Dupont', 'chloe dupont' and 'DUPONT Chloé' all match Chloé Dupont."""
    typed = normalise_name(typed)
    first, last = normalise_name(first_name), normalise_name(last_name)
    if not typed or not (first or last):
        return False
    return typed in {f"{first} {last}".strip(), f"{last} {first}".strip()}
