"""The guideline classifier: plain Python, no Django.

    from comments.screening import screen
    result = screen("some comment")   # scores per guideline, evidence, recommendation, version

One module per guideline (profanity, vulgarity, threat, personal_attack, abuse, promotion),
each a phase that returns findings with the span and rule that fired; `pipeline.screen` averages,
per guideline, the rules' verdict with that of heads learnt from real comments (`heads.py`), which
weigh the rules' findings beside the words. Word lists live in `lexicons/`, thresholds in
`thresholds.py`, the statistical models in `models/`.
"""
from comments.screening.pipeline import CLASSIFIER_VERSION, screen
from comments.screening.result import GUIDELINES, Evidence, Screening

__all__ = ["CLASSIFIER_VERSION", "GUIDELINES", "Evidence", "Screening", "screen"]
