from home.cache import content_generation


def cache_generation(request):
    """Lets templates key their fragment caches on the current content generation."""
    return {"content_generation": content_generation()}
