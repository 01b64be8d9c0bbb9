"""Date formats for the moderators' pages: every time says its time zone (settings.TIME_ZONE)."""
DATETIME_FORMAT = "j M Y, H:i T"
SHORT_DATETIME_FORMAT = "d/m/Y H:i T"
