"""The six community guidelines, as the product names them.

The keys are the classifier's guideline names (comments.screening.GUIDELINES);
the labels are what readers and moderators read.
"""
from django.utils.translation import gettext_lazy as _

GUIDELINE_LABELS = {
    "profanity": _("Profanity"),
    "vulgarity": _("Vulgarity"),
    "threat": _("Threat"),
    "personal_attack": _("Personal attack"),
    "abuse": _("Abuse (sexism, racism, homophobia, xenophobia)"),
    "promotion": _("Commercial or personal promotion"),
}

# A score at or above this marks the guideline as flagged in the queue and its filters.
FLAG_THRESHOLD = 0.5
