from django.shortcuts import render


class ErrorPageMiddleware:
    """Give bare 405 responses (from Django's method decorators or Wagtail's page routing)
    the site's own page, in the visitor's language, keeping the Allow header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            allow = response.get("Allow")
            response = render(request, "405.html", status=405)
            if allow:
                response["Allow"] = allow
        return response
