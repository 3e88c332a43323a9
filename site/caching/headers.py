"""What a shared cache (Varnish, a CDN) may keep. The app decides, page by page, and says it in
Cache-Control; deploy/varnish.vcl only honours it (no list of private addresses there)."""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

# Never shareable, whoever asks. The members' area and accounts are not listed: their views
# mark every response private themselves (members_area.privacy.PrivatePagesMiddleware).
PRIVATE_PREFIXES = ("/admin/", "/documents/")


class CacheHeadersMiddleware:
    """Public pages for anonymous visitors, without cookies: shared caches may keep them
    (`s-maxage`, purged on change), browsers revalidate quickly. Anything personal — a
    logged-in user, a response that sets a cookie (the CSRF token of a form page), a private
    path — is `private, no-store`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control") and "private" in response["Cache-Control"]:
            return response
        if self.is_shareable(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(
                    response,
                    public=True,
                    max_age=settings.PUBLIC_PAGE_BROWSER_MAX_AGE,
                    s_maxage=settings.PUBLIC_PAGE_SHARED_MAX_AGE,
                )
        else:
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ("Cookie",))
        return response

    @staticmethod
    def is_shareable(request, response):
        user = getattr(request, "user", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in (200, 203, 301, 404, 410)
            and not response.cookies
            and not (user is not None and user.is_authenticated)
            and not request.path.startswith(PRIVATE_PREFIXES)
        )
