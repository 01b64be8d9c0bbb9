"""How the screening mixes the rules' way with the learnt heads (pipeline.blend), and what the
learnt models read (model.readable_words, heads.word_scale)."""
import math

from comments.screening import GUIDELINES, heads, model, pipeline
from comments.screening.normalise import Document

OFFENSIVE = [g for g in GUIDELINES if g not in heads.STANDS_ALONE]


def log_odds(**given):
    return {g: given.get(g, -5.0) for g in GUIDELINES}


def test_whether_a_comment_is_flagged_is_mostly_the_heads_verdict():
    rules = log_odds(threat=4.0)
    learnt = log_odds(threat=-1.0)
    own = log_odds(threat=-1.0)
    mixed = pipeline.blend(rules, learnt, own)
    share = pipeline.RANKING_RULES_SHARE
    assert math.isclose(mixed["threat"], share * 4.0 + (1 - share) * -1.0)
    assert max(mixed[g] for g in OFFENSIVE) == mixed["threat"]


def test_another_guideline_never_scores_above_its_own_evidence():
    rules = log_odds(profanity=3.0, personal_attack=-2.0)
    learnt = log_odds(profanity=6.0, personal_attack=5.0)  # the offensive verdict, spread over guidelines
    own = log_odds(profanity=2.0, personal_attack=-3.0)    # the guideline heads on their own
    mixed = pipeline.blend(rules, learnt, own)
    assert mixed["profanity"] > 0 > mixed["personal_attack"]
    assert mixed["personal_attack"] <= pipeline.RULES_SHARE * -2.0 + (1 - pipeline.RULES_SHARE) * -3.0


def test_promotion_stands_alone():
    rules = log_odds(promotion=2.0, abuse=8.0)
    learnt = log_odds(promotion=0.0, abuse=8.0)
    mixed = pipeline.blend(rules, learnt, learnt)
    assert math.isclose(mixed["promotion"], pipeline.RULES_SHARE * 2.0)


def test_blend_scores_arrays_of_comments_as_it_scores_one():
    import numpy as np

    rules = {g: np.array([1.0, -3.0]) for g in GUIDELINES}
    learnt = {g: np.array([-2.0, 4.0]) for g in GUIDELINES}
    own = {g: np.array([0.5, -1.0]) for g in GUIDELINES}
    together = pipeline.blend(rules, learnt, own, np=np)
    for i in range(2):
        alone = pipeline.blend({g: v[i] for g, v in rules.items()}, {g: v[i] for g, v in learnt.items()},
                               {g: v[i] for g, v in own.items()})
        assert all(math.isclose(together[g][i], alone[g]) for g in GUIDELINES)


def test_a_masked_swear_word_is_read_as_the_word_by_the_learnt_models():
    assert model.model_words(Document("Motherf***ers in the cabinet.")) == ["motherfuckers", "in", "the", "cabinet"]
    assert model.readable_words(Document("F*** this")) == ["fuck", "this"]
    assert model.readable_words(Document("rated 5*3 ***")) == ["rated", "5*3", "***"]


def test_a_long_comment_weighs_its_words_as_a_short_one_does():
    short = model.model_words(Document("What a liar."))
    long = model.model_words(Document("What a liar. " + "The council met on Tuesday to discuss the budget. " * 10))
    assert model.feature_count(long) > model.feature_count(short)
    assert model.feature_count(short) == len(model.features(Document("What a liar.")))
    assert heads.spec()["word_norm"] == "sqrt_count"
    assert heads.word_scale(model.feature_count(long)) < heads.word_scale(model.feature_count(short))
