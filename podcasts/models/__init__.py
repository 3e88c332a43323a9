from podcasts.models.audio import AudioFile
from podcasts.models.episode import EpisodePage
from podcasts.models.show import PodcastPage

__all__ = ["AudioFile", "EpisodePage", "PodcastPage"]
