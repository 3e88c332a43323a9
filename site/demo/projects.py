"""The project archive: themes and organisations (snippets), the index and its projects."""

from projects.models import ProjectFunder, ProjectPartner, ProjectTheme


def load(loader):
    loader.media("projects")
    themes = loader.snippets_from("projects", "themes")
    organisations = loader.snippets_from("projects", "organisations")
    # In the data files, themes / funders / partners name snippets by their key.
    relations = {
        "themes": lambda keys: ("project_themes", [ProjectTheme(theme=themes[k]) for k in keys]),
        "funders": lambda keys: (
            "project_funders",
            [ProjectFunder(organisation=organisations[k]) for k in keys],
        ),
        "partners": lambda keys: (
            "project_partners",
            [ProjectPartner(organisation=organisations[k]) for k in keys],
        ),
    }
    loader.pages_from("projects", "pages", relations=relations)
