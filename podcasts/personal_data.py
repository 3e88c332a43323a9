"""Personal data held by podcasts/ (read by mist_site.privacy): none."""

NOT_PERSONAL = {"PodcastPage": "owner_email is the show's public address for podcast directories"}
