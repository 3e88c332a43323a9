# Every live public page of both language trees: the SEO tests' fixture, shared.
from tests.seo.conftest import public_pages  # noqa: F401
