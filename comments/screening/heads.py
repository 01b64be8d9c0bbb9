"""The learnt heads: one linear model for "offensive" (any guideline but promotion), one per guideline.

Each head weighs the comment's words (word unigrams and bigrams, character 4-grams: the `head_*`
columns of the model set in `model.py`) together with what the rules say (`signals.py`). So a
word-list hit, a quotation or an innocent use counts for what real comments say it is worth,
instead of a fixed score that overrides everything.

- The offensive head learns from every labelled row, `toxic_spans` posts included, and adds
  alt-profanity-check's log-odds as a fixed term (`offensive_reference.py`, weight `apc_weight`),
  read on the normalised words, so that a spaced, masked or lookalike swear word counts as the word:
  learnt as one more column its weight stays small, fixed it carries what it knows of insults.
- Each guideline head also weighs the offensive head's log-odds (learnt out of fold), and says
  which guideline a comment breaks.
- Each head's `flag` is the log-odds from which it flags, chosen out of fold so that it flags at
  most a set share of the acceptable news comments it learnt from (`bench/train.py`).
- A guideline's learnt log-odds: the mean of the offensive head's and the likeliest guideline
  head's (each past its flag point: OWN_SHARE), less how much less likely the guideline is than the
  likeliest offensive guideline. So the strongest guideline ranks comments as the heads together
  do, and the guideline heads say which guideline it is. Promotion is not offensive and stands alone.
- `pipeline.blend` mixes these log-odds with those of the rules and the older n-gram models (the
  screening as it was before 2026.12-2): each alone is worse, on real comments or on ours, than
  the two together (`bench/results/`).

`models/heads.json` holds the dense weights, biases, flag points and provenance; `bench/train.py`
(`make train`) writes it and the `head_*.json` files from real data.
"""
import json
import math
from functools import lru_cache

from comments.screening.model import MODEL_DIR
from comments.screening.result import GUIDELINES

HEADS_FILE = "heads.json"
OFFENSIVE = "offensive"
HEADS = (OFFENSIVE, *GUIDELINES)
STACK_SCALE = 5.0  # the offensive head's log-odds enter the guideline heads divided by this
STANDS_ALONE = ("promotion",)
# The likeliest guideline's learnt log-odds: this share from its own head (past its flag point), the
# rest from the offensive head's. The offensive head alone over-trusts alt-profanity-check on
# criticism of ideas ("This decision is idiotic."); the guideline heads weigh the rules' findings
# (bench/results/loso-2026.12-6.md).
OWN_SHARE = 0.5


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@lru_cache(maxsize=None)
def spec() -> dict | None:
    path = MODEL_DIR / HEADS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def head_file(name: str) -> str:
    return f"head_{name}.json"


def word_scale(feature_count: int) -> float:
    """What a head's sum of word weights is multiplied by: one over the square root of the
    comment's number of distinct word features (`model.feature_count`), when the heads learnt from
    features scaled so (each comment's word features have unit length, as TF-IDF's l2 norm does for
    binary features). A long comment then weighs its words as much as a short one does."""
    if spec().get("word_norm") != "sqrt_count":
        return 1.0
    return 1.0 / math.sqrt(max(feature_count, 1))


def raw_log_odds(sparse: dict, dense: dict, reference_log_odds: float) -> dict:
    """{head: log-odds}: `sparse` holds each head's sum of word weights, already scaled
    (`word_scale`), `dense` the signals."""
    model = spec()
    heads = model["heads"]
    present = [(name, value) for name, value in dense.items() if value]  # most signals are 0

    def signals(head):
        weights = head["dense"]
        return sum(weights.get(name, 0.0) * value for name, value in present)

    offensive = heads[OFFENSIVE]
    z_offensive = (sparse[OFFENSIVE] + offensive["bias"] + model["apc_weight"] * reference_log_odds
                   + signals(offensive))
    out = {OFFENSIVE: z_offensive}
    for name in GUIDELINES:
        head = heads[name]
        out[name] = sparse[name] + head["bias"] + signals(head) + head["stack"] * z_offensive / STACK_SCALE
    return out


def combine(z: dict, flags: dict, np=None) -> dict:
    """{guideline: learnt log-odds past the flag point} from the heads' raw log-odds (see the
    module). `np`: numpy, to combine arrays of comments at once (bench/train.py)."""
    log_sigmoid = (lambda v: -np.logaddexp(0, -v)) if np else (lambda v: -math.log1p(math.exp(-v)) if v > -30 else v)
    offensive = z[OFFENSIVE] - flags[OFFENSIVE]
    own = {g: log_sigmoid(z[g] - flags[g]) for g in GUIDELINES if g not in STANDS_ALONE}
    likeliest = np.max(np.vstack(list(own.values())), 0) if np else max(own.values())
    best = np.max(np.vstack([z[g] - flags[g] for g in own]), 0) if np else max(z[g] - flags[g] for g in own)
    offensive = (1 - OWN_SHARE) * offensive + OWN_SHARE * best
    out = {g: offensive + v - likeliest for g, v in own.items()}
    for g in STANDS_ALONE:
        out[g] = z[g] - flags[g]
    return out


def flags() -> dict:
    return {name: head["flag"] for name, head in spec()["heads"].items()}
