"""A declaration naming a model or field that does not exist stops `manage.py check`."""

from django.core.checks import Error, register

from .declarations import DeclarationError, declarations, not_personal_models


@register()
def personal_data_declarations(app_configs, **kwargs):
    try:
        declarations()
        not_personal_models()
    except (DeclarationError, LookupError) as error:
        return [Error(f"Personal data declaration: {error}", id="privacy.E001")]
    return []
