from django.http import HttpResponse
from django.shortcuts import render


def bad_request(request, exception=None):
    """The site's 400 page, rendered with the request so the layout (menus, language) works;
    Django's default renders it without one (oversized or invalid bodies)."""
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the page must render even when the database is down.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)
