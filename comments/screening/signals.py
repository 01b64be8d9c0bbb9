"""What the rules and the older models say about a comment, as numbers a learnt model can weigh.

The older n-gram models (trained on Davidson and on our own comments) are not signals: the heads
learn from the same rows themselves, and a model's in-sample score on its own training rows would
teach the heads to trust it too much.

The guideline heads (`heads.py`) learn how much each of these is worth beside the comment's words,
instead of letting the strongest rule set the score: a rule that fires on "crap" in a news comment
counts for what real comments say it is worth.

Signals, by name:
- `rule:<guideline>`: the strongest rule finding for the guideline (0 to 1; a quoted, reported
  finding counts at its capped strength), and `rule_strong:<guideline>` when it reaches REJECT;
- `doubt:<guideline>`: a reading under which a guideline's words mean less than they seem (an
  everyday idiom for threat, a name for vulgarity, a cited source for promotion, a claim
  attributed to a report for abuse: each guideline module's `doubts_model`);
- `shape:<name>`: how the text looks, whatever its words: a long run of digits (a phone number, a
  short code), a sum of money, shouting in capitals, the share of digits. Adverts look like this in
  any wording (text-message spam that no word list of ours knows), so only the promotion head
  weighs them (bench/train.py: elsewhere they would learn the quirks of the sets).
"""
import re

from comments.screening.promotion import URL
from comments.screening.thresholds import REJECT

LONG_NUMBER = re.compile(r"\d{5,}")
MONEY = re.compile(r"[$£€]\s?\d|\d\s?(?:p|pence|usd|gbp|eur)\b", re.IGNORECASE)
SHAPE_PREFIX = "shape:"


# ASCII letters, capitals and digits, counted by deleting them from the UTF-8 bytes (bytes.translate
# runs in C; a letter outside ASCII never encodes to an ASCII byte, so the counts are exact).
_DROP = {"digits": b"0123456789", "upper": b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
         "letters": b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def _count(encoded: bytes, kind: str) -> int:
    return len(encoded) - len(encoded.translate(None, _DROP[kind]))


def shape(text: str, links=None) -> dict:
    """{signal: value} for how the text looks (see the module). Links are left out (`links`: their
    (start, end) spans, as promotion.links finds them; None: found here): a news site's address
    holds long numbers, and a cited link is no advert. Capitals count in Latin script only."""
    if links is None:
        links = [m.span() for m in URL.finditer(text)] if "." in text else []
    for start, end in reversed(links):
        text = text[:start] + " " + text[end:]
    encoded = text.encode("utf-8", "surrogatepass")
    letters, upper, digits = _count(encoded, "letters"), _count(encoded, "upper"), _count(encoded, "digits")
    return {
        "shape:long_number": 1.0 if digits >= 5 and LONG_NUMBER.search(text) else 0.0,
        "shape:money": 1.0 if digits and MONEY.search(text) else 0.0,
        "shape:shouting": 1.0 if letters >= 12 and upper / letters >= 0.5 else 0.0,
        "shape:digit_share": min(digits / max(len(text), 1) * 5, 1.0),
    }


def dense(rule_scores: dict, doubts: dict, text: str = "", links=None) -> dict:
    """{signal name: value} from the rules' scores, the doubts and the text's shape."""
    out = {f"doubt:{g}": 1.0 if doubted else 0.0 for g, doubted in doubts.items()}
    out.update(shape(text, links))
    for g, score in rule_scores.items():
        out[f"rule:{g}"] = score
        out[f"rule_strong:{g}"] = 1.0 if score >= REJECT[g] else 0.0
    return out
