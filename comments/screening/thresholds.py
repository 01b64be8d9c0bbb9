"""Every threshold the classifier uses, in one place.

A guideline is *flagged* when its score reaches FLAG; a comment is recommended for
rejection when any score reaches REJECT, for review when any is flagged, else approval.
"""
FLAG = {
    "profanity": 0.5,
    "vulgarity": 0.5,
    "threat": 0.5,
    "personal_attack": 0.5,
    "abuse": 0.5,
    "promotion": 0.5,
}

REJECT = {
    "profanity": 0.85,
    "vulgarity": 0.85,
    "threat": 0.8,
    "personal_attack": 0.85,
    "abuse": 0.85,
    "promotion": 0.85,
}

# Findings at least this strong are kept as evidence for the moderator, even below FLAG
# (a mild word, a slur quoted to condemn it, a link to an unknown site).
EVIDENCE = 0.3

# The statistical models may raise a score on their own up to this ceiling (below FLAG):
# they rank comments for the queue, but alone they flag only when very sure.
MODEL_ALONE_CEILING = 0.49
# The news models (trained on our own comments) flag alone from these probabilities. Chosen by
# training each model without one writer's batch of news_comments_training.jsonl and scoring that
# batch (leave-one-batch-out): at 0.7 the models together flag about 4% of the acceptable
# comments they never saw (any-violation F1 about 0.87 on those batches).
MODEL_CONFIDENT = {"profanity": 0.97, "promotion": 0.6,
                   "vulgarity": 0.7, "threat": 0.7, "personal_attack": 0.7, "abuse": 0.7}
