"""Language-independent podcast URLs (audio files), mounted outside /fr/ and /en/."""

from django.urls import path

from podcasts import views

app_name = "podcasts"

urlpatterns = [
    path("podcast-audio/<uuid:key>/<str:filename>", views.serve_audio, name="audio"),
]
