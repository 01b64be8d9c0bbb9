#!/usr/bin/env python3
"""How the screening ranks real people's comments: every real test split in ../shared/datasets.

    .venv/bin/python bench/evaluate.py                 # or: make evaluate
    .venv/bin/python bench/evaluate.py --sample 300    # at most 300 test rows a source (a quick look)
    .venv/bin/python bench/evaluate.py --json var/evaluate.json
    .venv/bin/python bench/evaluate.py --loso gab_hate,stormfront   # leave one source out (bench/train.py)

For each source (bench/real_data.py) and each target (any violation, and every guideline its
annotators marked) it prints, beside alt-profanity-check and better-profanity scored in the same run:
- ROC-AUC of the score (the guideline's score; for "any", the highest of the six, or of the five
  offensive ones where the source did not annotate promotion: `real_data.any_guidelines`);
- recall when 5% of the acceptable rows are flagged (the ranking, whatever the calibration);
- the share of acceptable rows flagged at the recommendation threshold (Newsroom: the guideline
  reaches its FLAG, or for "any" the recommendation is not "approve"; the libraries: 0.5).
Positives are the rows labelled with the target; negatives are the acceptable rows, so a row that
breaks another guideline counts for neither. Then the news-site figures of the screening issue:
`toxic_spans` posts against `c3_globe`'s acceptable comments, `c3_globe` comments of toxicity level
2.5 or more against its acceptable ones, and span F1 on the `toxic_spans` test posts (SemEval-2021
task 5: per-post F1 of the character offsets, 1 when both are empty, averaged).

Every figure is on test splits. The shipped models were trained on the davidson and youtube_spam
training splits and on no other real set, so the other sources are out of sample for them.
better-profanity is slow (tens of comments a second), so it scores at most --library-sample rows
a source (evenly spaced, default 400); its n is printed.
"""
import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import real_data  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

from comments.screening import GUIDELINES, screen  # noqa: E402
from comments.screening.thresholds import FLAG  # noqa: E402

FLAGGED_SHARE = 0.05


def evenly(items: list, size: int | None) -> list:
    if size is None or len(items) <= size:
        return items
    step = len(items) / size
    return [items[int(i * step)] for i in range(size)]


def roc_auc(pos: list, neg: list):
    if not pos or not neg:
        return None
    return float(roc_auc_score([1] * len(pos) + [0] * len(neg), pos + neg))


def recall_at_share(pos: list, neg: list, share: float = FLAGGED_SHARE):
    """Recall when the threshold flags at most `share` of the negatives (strictly above their quantile)."""
    if not pos or not neg:
        return None
    ranked = sorted(neg, reverse=True)
    cut = ranked[int(share * len(ranked))]
    return sum(1 for s in pos if s > cut) / len(pos)


def span_f1(predicted: set, gold: set) -> float:
    if not predicted and not gold:
        return 1.0
    if not predicted or not gold:
        return 0.0
    overlap = len(predicted & gold)
    if not overlap:
        return 0.0
    p, r = overlap / len(predicted), overlap / len(gold)
    return 2 * p * r / (p + r)


class Newsroom:
    """Screens each distinct text once and keeps what the tables need."""

    def __init__(self):
        self.results, self.seconds, self.chars = {}, 0.0, 0

    def screen_all(self, texts):
        todo = [t for t in dict.fromkeys(texts) if t not in self.results]
        started = time.perf_counter()
        for text in todo:
            result = screen(text)
            self.results[text] = (result.scores, result.recommendation,
                                  frozenset((e.guideline, e.start, e.end) for e in result.evidence))
        self.seconds += time.perf_counter() - started
        self.chars += sum(map(len, todo))

    def score(self, text, target, among=GUIDELINES):
        """The target guideline's score; for "any", the highest of the guidelines `among`."""
        scores = self.results[text][0]
        return max(scores[g] for g in among) if target == "any" else scores[target]

    def flags(self, text, target):
        scores, recommendation, _ = self.results[text]
        return recommendation != "approve" if target == "any" else scores[target] >= FLAG[target]


class Library:
    """A library's score for each text it was given; `kept` (row ids) when it scores only a sample."""

    def __init__(self, name, batch_scores):
        self.name, self.batch_scores, self.values, self.seconds, self.kept = name, batch_scores, {}, 0.0, None

    def score_all(self, texts):
        todo = [t for t in dict.fromkeys(texts) if t not in self.values]
        started = time.perf_counter()
        for text, value in zip(todo, self.batch_scores(todo)):
            self.values[text] = float(value)
        self.seconds += time.perf_counter() - started


def libraries():
    from better_profanity import profanity
    from profanity_check import predict_prob

    profanity.load_censor_words()
    return (
        Library("alt-profanity-check", lambda texts: predict_prob(texts) if texts else []),
        Library("better-profanity", lambda texts: [1.0 if profanity.contains_profanity(t) else 0.0 for t in texts]),
    )


GROUPS = {  # who a comment names: the region's peoples and faiths first, then groups hatred often targets
    "Kurds": r"\bkurd", "Yazidis": r"\by[ae]zidi", "Arabs": r"\barabs?\b", "Turkmen": r"\bturkmen",
    "Assyrians": r"\bassyrian", "Shia": r"\bshi(?:a|ite|'a)s?\b", "Sunni": r"\bsunnis?\b",
    "Christians": r"\bchristian", "Jews": r"\bjew", "Muslims": r"\bmuslim|\bislam", "women": r"\bwom[ae]n\b",
    "gay people": r"\bgays?\b|\blesbian|\bhomosexual", "Black people": r"\bblacks\b|\bblack (?:people|men|women|folks)",
    "immigrants": r"\bimmigra|\bmigrant|\brefugee|\basylum", "Persians": r"\bpersian|\biranian", "Turks": r"\bturks?\b|\bturkish",
}
GROUP_SOURCES = ("gab_hate", "implicit_hate", "stormfront", "davidson", "mlma_en", "toxic_spans", "c3_globe")
GROUP_MENTIONS = ROOT / "tests" / "data" / "group_mentions.jsonl"


def group_bias(test_rows, newsroom):
    """Borkan et al. 2019 on the English real test splits pooled (any-violation score): per group
    named, the subgroup AUC (its violations against its acceptable rows), BPSN (background
    violations against the group's acceptable rows: low when naming the group looks like hatred)
    and BNSP (the group's violations against background acceptable rows); and the share of our
    neutral and supportive sentences naming each group that is flagged for review. None of the
    pooled sources annotated promotion: "any" is the highest offensive guideline."""
    import re

    pooled = [r for name in GROUP_SOURCES if name in test_rows for r in test_rows[name]
              if real_data.violates(r) or real_data.acceptable(r)]
    table = []
    for group, pattern in GROUPS.items():
        names = re.compile(pattern, re.IGNORECASE)
        inside = [names.search(r["text"]) is not None for r in pooled]
        score = [newsroom.score(r["text"], "any", real_data.offensive_guidelines()) for r in pooled]
        bad = [real_data.violates(r) for r in pooled]
        sub_pos = [s for s, i, b in zip(score, inside, bad) if i and b]
        sub_neg = [s for s, i, b in zip(score, inside, bad) if i and not b]
        back_pos = [s for s, i, b in zip(score, inside, bad) if not i and b]
        back_neg = [s for s, i, b in zip(score, inside, bad) if not i and not b]
        enough = len(sub_pos) >= 20 and len(sub_neg) >= 20
        table.append({"group": group, "positives": len(sub_pos), "acceptable": len(sub_neg),
                      "subgroup_auc": roc_auc(sub_pos, sub_neg) if enough else None,
                      "bpsn": roc_auc(back_pos, sub_neg) if enough else None,
                      "bnsp": roc_auc(sub_pos, back_neg) if enough else None})
    mentions = [json.loads(line) for line in GROUP_MENTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    newsroom.screen_all(m["text"] for m in mentions)
    for row in table:
        own = [m for m in mentions if m["group"] == row["group"]]
        row["mentions_flagged"] = sum(newsroom.flags(m["text"], "any") for m in own)
        row["mentions"] = len(own)
    return table


def print_group_bias(table):
    print("\nNaming a group is not hating it (Borkan et al. 2019, any-violation score, English real test splits "
          "pooled; '-' under 20 rows a side), and our neutral or supportive sentences naming each group "
          "(tests/data/group_mentions.jsonl) flagged for review:\n")
    print("| group | violations | acceptable | subgroup AUC | BPSN | BNSP | neutral sentences flagged |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in table:
        print(f"| {row['group']} | {row['positives']} | {row['acceptable']} | {fmt(row['subgroup_auc'])} | "
              f"{fmt(row['bpsn'])} | {fmt(row['bnsp'])} | {row['mentions_flagged']} of {row['mentions']} |")


def targets_of(source):
    return ("any",) + source.guidelines


def split_rows(rows, target):
    """(positives, negatives) of one target: rows labelled with it, and acceptable rows."""
    if target == "any":
        pos = [r for r in rows if real_data.violates(r)]
    else:
        pos = [r for r in rows if r["labels"] and target in r["labels"]]
    return pos, [r for r in rows if real_data.acceptable(r)]


def fmt(value, pattern="{:.3f}"):
    return "-" if value is None else pattern.format(value)


def measure(label, pos, neg, newsroom, target, libs, among=GUIDELINES):
    """One table row: Newsroom's figures, then each library's, on the same positives and negatives
    ("any": the highest score among the guidelines `among`)."""
    ns_pos = [newsroom.score(r["text"], target, among) for r in pos]
    ns_neg = [newsroom.score(r["text"], target, among) for r in neg]
    flagged = sum(newsroom.flags(r["text"], target) for r in neg) / len(neg) if neg else None
    row = {"label": label, "positives": len(pos), "acceptable": len(neg),
           "newsroom": {"auc": roc_auc(ns_pos, ns_neg), "recall_at_5": recall_at_share(ns_pos, ns_neg),
                        "acceptable_flagged": flagged}}
    for lib in libs:
        lp = [lib.values[r["text"]] for r in pos if lib.kept is None or r["id"] in lib.kept]
        ln = [lib.values[r["text"]] for r in neg if lib.kept is None or r["id"] in lib.kept]
        row[lib.name] = {"auc": roc_auc(lp, ln), "recall_at_5": recall_at_share(lp, ln),
                         "acceptable_flagged": sum(v >= 0.5 for v in ln) / len(ln) if ln else None,
                         "n": len(lp) + len(ln)}
    return row


def print_table(table, libs):
    head = "| source | target | pos | acceptable | Newsroom AUC | recall @5% | flagged |"
    rule = "|---|---|---:|---:|---:|---:|---:|"
    for lib in libs:
        head += f" {lib.name} AUC | recall @5% | flagged | n |"
        rule += "---:|---:|---:|---:|"
    print(head)
    print(rule)
    for row in table:
        ns = row["newsroom"]
        line = (f"| {row['label'][0]} | {row['label'][1]} | {row['positives']} | {row['acceptable']} | "
                f"**{fmt(ns['auc'])}** | {fmt(ns['recall_at_5'])} | {fmt(ns['acceptable_flagged'], '{:.1%}')} |")
        for lib in libs:
            lv = row[lib.name]
            line += (f" {fmt(lv['auc'])} | {fmt(lv['recall_at_5'])} | {fmt(lv['acceptable_flagged'], '{:.1%}')} "
                     f"| {lv['n']} |")
        print(line)


LOSO_SOURCES = ("gab_hate", "implicit_hate", "stormfront", "davidson", "mlma_en", "sms_spam", "youtube_spam",
                "toxic_spans")


def leave_one_source_out(names, log):
    """Train the heads without each source in turn (bench/train.py) and score its test split.
    `toxic_spans` is scored against c3_globe's acceptable comments; davidson without
    alt-profanity-check's term, which was trained on all of Davidson."""
    import numpy as np

    import train
    import train_data

    c3 = [r for r in real_data.rows(real_data.BY_NAME["c3_globe"]) if real_data.acceptable(r)]
    tests = {n: real_data.rows(real_data.BY_NAME[n]) for n in names}
    training = {n: train_data.rows(exclude=n) for n in names}
    features = train.Features([r.text for rows in training.values() for r in rows]
                              + [r["text"] for rs in tests.values() for r in rs] + [r["text"] for r in c3])
    table = []
    for name in names:
        started = time.perf_counter()
        vocabulary, fitted = train.train(features, training[name], log=lambda *a: None)
        test = tests[name]
        neg = c3 if name == "toxic_spans" else [r for r in test if real_data.acceptable(r)]
        saved_apc = features.apc
        if name == "davidson":
            features.apc = np.zeros_like(saved_apc)
        try:
            texts = [r["text"] for r in test] + [r["text"] for r in neg]
            z = train.log_odds(features, vocabulary, fitted, texts)
        finally:
            features.apc = saved_apc
        position = {t: i for i, t in enumerate(texts)}
        probability = {g: 1 / (1 + np.exp(-z[g])) for g in GUIDELINES}
        for target in targets_of(real_data.BY_NAME[name]):
            pos, _ = split_rows(test, target)
            if len(pos) < 10:
                continue
            if target == "any":
                among = real_data.any_guidelines(real_data.BY_NAME[name])
                score = lambda t: max(float(probability[g][position[t]]) for g in among)  # noqa: E731
            else:
                score = lambda t, g=target: float(z[g][position[t]])  # noqa: E731
            ps, ns = [score(r["text"]) for r in pos], [score(r["text"]) for r in neg]
            table.append({"source": name, "target": target, "positives": len(ps), "acceptable": len(ns),
                          "auc": roc_auc(ps, ns), "recall_at_5": recall_at_share(ps, ns)})
        log(f"  {name}: {time.perf_counter() - started:.0f} s")
    return table


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, help="at most this many test rows a source, evenly spaced")
    parser.add_argument("--library-sample", type=int, default=400,
                        help="better-profanity scores at most this many rows a source (default 400)")
    parser.add_argument("--sources", help="comma-separated source names (default: all)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--loso", nargs="?", const=",".join(LOSO_SOURCES), metavar="SOURCES",
                        help="leave one source out: train without each source (comma-separated; default: "
                             "every training source) and score its test split; about 2.5 minutes a source")
    args = parser.parse_args(argv)
    if not real_data.available():
        sys.exit(f"evaluate: the shared data sets are not at {real_data.SHARED}")
    if args.loso:
        names = args.loso.split(",")
        unknown = set(names) - set(LOSO_SOURCES)
        if unknown:
            sys.exit(f"evaluate: --loso takes {', '.join(LOSO_SOURCES)}; not {sorted(unknown)}")
        table = leave_one_source_out(names, log=lambda m: print(m, file=sys.stderr))
        print("Leave one source out: the heads trained without the source, scored on its test split "
              "(toxic_spans against c3_globe's acceptable comments; davidson without alt-profanity-check).\n")
        print("| held-out source | target | pos | acceptable | ROC-AUC | recall @5% |")
        print("|---|---|---:|---:|---:|---:|")
        for row in table:
            print(f"| {row['source']} | {row['target']} | {row['positives']} | {row['acceptable']} | "
                  f"**{fmt(row['auc'])}** | {fmt(row['recall_at_5'])} |")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"loso": table}, indent=1))
        return

    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    wanted = args.sources.split(",") if args.sources else [s.name for s in real_data.SOURCES]
    unknown = set(wanted) - set(real_data.BY_NAME)
    if unknown:
        sys.exit(f"evaluate: unknown sources {sorted(unknown)}; known: {sorted(real_data.BY_NAME)}")
    test_rows = {name: evenly(real_data.rows(real_data.BY_NAME[name]), args.sample) for name in wanted}
    if "toxic_spans" in test_rows and "c3_globe" not in test_rows:
        test_rows["c3_globe"] = evenly(real_data.rows(real_data.BY_NAME["c3_globe"]), args.sample)

    newsroom = Newsroom()
    screen("load the word lists and models")
    newsroom.screen_all(t["text"] for rs in test_rows.values() for t in rs)
    libs = libraries()
    apc, bp = libs
    apc.score_all([r["text"] for rs in test_rows.values() for r in rs])
    bp.kept = {r["id"] for rs in test_rows.values() for r in evenly(rs, args.library_sample)}
    bp.score_all([r["text"] for rs in test_rows.values() for r in rs if r["id"] in bp.kept])

    table = []
    for name in wanted:
        source = real_data.BY_NAME[name]
        rows = test_rows[name]
        among = real_data.any_guidelines(source)
        if name == "toxic_spans":
            neg = [r for r in test_rows["c3_globe"] if real_data.acceptable(r)]
            table.append(measure((name, "any, against c3_globe acceptable"), rows, neg, newsroom, "any", libs, among))
            continue
        for target in targets_of(source):
            pos, neg = split_rows(rows, target)
            if len(pos) < 10:
                continue
            table.append(measure((name, target), pos, neg, newsroom, target, libs, among))
        if name == "c3_globe":
            pos = [r for r in rows if (r.get("level") or 0) >= 2.5]
            neg = [r for r in rows if real_data.acceptable(r)]
            table.append(measure((name, "level >= 2.5"), pos, neg, newsroom, "any", libs, among))

    print(f"Screening on real test splits ({sum(map(len, test_rows.values())):,} rows"
          f"{'' if args.sample is None else f', at most {args.sample} a source'}); "
          f"better-profanity on at most {args.library_sample} rows a source.")
    print("Positives against acceptable rows of the same source; 'flagged' is the share of acceptable rows "
          "flagged at the recommendation threshold.\n")
    print_table(table, libs)

    spans = None
    if "toxic_spans" in test_rows:
        per_post, flagged_only = [], []
        for r in test_rows["toxic_spans"]:
            gold = {i for start, end in r.get("spans") or () for i in range(start, end)}
            evidence = newsroom.results[r["text"]][2]
            scores = newsroom.results[r["text"]][0]
            every = {i for _, start, end in evidence for i in range(start, end)}
            flagged = {i for g, start, end in evidence if scores[g] >= FLAG[g] for i in range(start, end)}
            per_post.append(span_f1(every, gold))
            flagged_only.append(span_f1(flagged, gold))
        spans = {"all_evidence": sum(per_post) / len(per_post), "flagged_evidence": sum(flagged_only) / len(flagged_only),
                 "posts": len(per_post)}
        print(f"\nSpan F1 on {spans['posts']} toxic_spans test posts: {spans['all_evidence']:.3f} (every evidence span), "
              f"{spans['flagged_evidence']:.3f} (evidence of flagged guidelines only).")

    groups = group_bias(test_rows, newsroom)
    print_group_bias(groups)

    rate = len(newsroom.results) / newsroom.seconds if newsroom.seconds else 0.0
    mean_chars = newsroom.chars / len(newsroom.results) if newsroom.results else 0.0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nNewsroom screened {len(newsroom.results):,} distinct comments (mean {mean_chars:.0f} characters) "
          f"at {rate:,.0f} comments/s on one core, one at a time; alt-profanity-check in batches: "
          f"{len(apc.values) / apc.seconds if apc.seconds else 0:,.0f}/s; better-profanity: "
          f"{len(bp.values) / bp.seconds if bp.seconds else 0:,.0f}/s. Peak RSS of this run {rss:.0f} MiB.")
    for name in wanted:
        if real_data.BY_NAME[name].note:
            print(f"- {name}: {real_data.BY_NAME[name].note}.")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"table": table, "spans": spans, "groups": groups, "comments_per_second": rate,
                                         "sample": args.sample}, indent=1))


if __name__ == "__main__":
    main()
