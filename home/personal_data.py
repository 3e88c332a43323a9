"""Personal data held by home/ (read by mist_site.privacy): none."""

NOT_PERSONAL = {"SiteSettings": "the association's own contact and team addresses"}
