"""Site search (/fr/recherche/, /en/search/): the live public pages of every app, in the active
language. A part of site/ because it searches every feature's pages and belongs to none."""
