#!/usr/bin/env python3
"""Benchmark the guideline classifier against better-profanity and alt-profanity-check, in one run.

    .venv/bin/python bench/classifier.py            # or: make bench
    .venv/bin/python bench/classifier.py --throughput-only [--sample 2000]

The second form stops after the throughput line (on 6,000 comments, or --sample of them): run it
under `valgrind --tool=callgrind` to compare two builds by instructions, which do not drift with
the machine's speed as timings do.

Prints (1) Newsroom's throughput on one core over distinct real comments, as many from each English
of four sources in ../shared/datasets (news-site comments and forum posts), first pass (no warm
caches), and its peak memory while screening (the data set files read before it do not count); (2) a table comparing the three on the same held-out data: the shared data
sets' test splits (never trained on) and our held-out news comments. Needs ../shared/datasets.
"""
import gc
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "datasets"

sys.path.insert(0, str(ROOT / "bench"))

import real_data  # noqa: E402

from comments.screening import screen  # noqa: E402
from comments.screening.training import is_held_out  # noqa: E402


# News-site comments (two newspapers' readers) and forum posts: a mean of about 210 characters.
THROUGHPUT_SOURCES = ("c3_globe", "toxic_spans", "gab_hate", "stormfront")


def forget_data_sets():
    """Drop the data set rows read so far and, where Linux allows, restart the peak-memory count
    (/proc/self/clear_refs), so that the peak printed is the screening's own."""
    real_data._FILES.clear()
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(path, held_out_only=True):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [r for r in rows if is_held_out(r["id"])] if held_out_only else rows


def auc(scores, labels):
    """ROC-AUC by the rank-sum formula (ties share ranks)."""
    pairs = sorted(zip(scores, labels))
    ranks, i = [0.0] * len(pairs), 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(1 for _, y in pairs if y)
    neg = len(pairs) - pos
    if not pos or not neg:
        return None
    return (sum(r for r, (_, y) in zip(ranks, pairs) if y) - pos * (pos + 1) / 2) / (pos * neg)


def metrics(scores, labels):
    tp = sum(1 for s, y in zip(scores, labels) if s >= 0.5 and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= 0.5 and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < 0.5 and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    clean = sum(1 for y in labels if not y)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "auc": auc(scores, labels), "clean_flagged": fp / clean if clean else 0.0}


def newsroom_any(text):
    return max(screen(text).scores.values())


def newsroom_promotion(text):
    return screen(text).scores["promotion"]


def main():
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        cores = "1 core (pinned)"
    except (AttributeError, OSError):
        cores = "unpinned"

    # 1. Throughput: real people's comments, each distinct one once, cold: the same number from each
    # source (the target is on a mean of 180 characters or more: tweets are shorter).
    size = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 6_000
    share = size // len(THROUGHPUT_SOURCES)
    corpus = []
    for name in THROUGHPUT_SOURCES:
        texts = list(dict.fromkeys(r["text"] for r in real_data.rows(real_data.BY_NAME[name], split=None)))
        corpus += texts[:: max(len(texts) // share, 1)][:share]
    corpus = list(dict.fromkeys(corpus))
    mean_length = sum(map(len, corpus)) / len(corpus)
    forget_data_sets()
    started = time.perf_counter()
    screen("load the word lists and models")
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    for text in corpus:
        screen(text)
    elapsed = time.perf_counter() - started
    rss_mib = peak_rss_mib()
    print(f"Newsroom classifier on {cores}: {len(corpus):,} distinct real comments (mean {mean_length:.0f} "
          f"characters) in {elapsed:.2f} s = "
          f"{len(corpus) / elapsed:,.0f} comments/s (first pass; loading took {load_s:.2f} s); "
          f"peak RSS {rss_mib:.0f} MiB")

    if "--throughput-only" in sys.argv:
        return

    # 2. Comparison on held-out data.
    from better_profanity import profanity
    from profanity_check import predict_prob

    profanity.load_censor_words()
    tools = {
        "newsroom": newsroom_any,
        "alt-profanity-check": lambda t: float(predict_prob([t])[0]),
        "better-profanity": lambda t: 1.0 if profanity.contains_profanity(t) else 0.0,
    }
    datasets = {
        "davidson test (any violation)": (load(SHARED / "davidson" / "davidson.jsonl"), None),
        "youtube spam test (promotion)": (load(SHARED / "youtube_spam" / "youtube_spam.jsonl"), "promotion"),
        "news held-out (any violation)": (load(ROOT / "tests/data/news_comments_holdout.jsonl", held_out_only=False), None),
        "news batch unseen9 (any violation)": (load(ROOT / "tests/data/news_comments_unseen9.jsonl", held_out_only=False), None),
        "news batch unseen10 (any violation)": (load(ROOT / "tests/data/news_comments_unseen10.jsonl", held_out_only=False), None),
        "news batch unseen11 (any violation)": (load(ROOT / "tests/data/news_comments_unseen11.jsonl", held_out_only=False), None),
        "news blind batch unseen16 (any violation)": (load(ROOT / "tests/data/news_comments_unseen16.jsonl", held_out_only=False), None),
    }
    print()
    print("| data | tool | n | precision | recall | F1 | ROC-AUC | clean flagged | comments/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for data_name, (rows, guideline) in datasets.items():
        labels = [bool(r["labels"]) if guideline is None else guideline in r["labels"] for r in rows]
        for tool_name, score in tools.items():
            if guideline == "promotion" and tool_name == "newsroom":
                score = newsroom_promotion
            started = time.perf_counter()
            scores = [score(r["text"]) for r in rows]
            rate = len(rows) / (time.perf_counter() - started)
            m = metrics(scores, labels)
            auc_text = "-" if m["auc"] is None else f"{m['auc']:.3f}"
            print(f"| {data_name} | {tool_name} | {len(rows)} | {m['precision']:.3f} | {m['recall']:.3f} | "
                  f"{m['f1']:.3f} | {auc_text} | {m['clean_flagged']:.1%} | {rate:,.0f} |")
    print()
    print("alt-profanity-check was trained on all of Davidson, so its Davidson figures are in-sample. "
          "Neither library scores promotion: on YouTube spam their any-violation score is compared with "
          "Newsroom's promotion score. Rates are one comment per call, on the same core, in this run.")


if __name__ == "__main__":
    main()
