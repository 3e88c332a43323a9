"""True Talk: the show and its sample episodes, with generated audio and cover art."""

from . import data
from .audio import ensure_audio


def load(loader):
    loader.media("podcasts")
    audio = data.read("podcasts", "audio")
    loader.resolvers["audio"] = lambda key: ensure_audio(
        audio[key]["title"], seed=audio[key]["seed"], filename=audio[key]["file"]
    )
    loader.pages_from("podcasts", "pages")
