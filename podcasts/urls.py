"""Language-independent podcast URLs (audio files), mounted outside /fr/ and /en/."""

app_name = "podcasts"

urlpatterns = []
