"""Reset Newsroom's benchmark articles from the harness's shared text generator.

bench-n50 (50 approved comments), bench-n500 (500) and bench-post (50; POST load writes to it).
Comments are bulk-inserted as approved: a benchmark fixture, not the product's path.
"""
import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, os.environ["PEER_BENCH"])
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from comment_text import article, comments  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article  # noqa: E402
from comments.models import Comment  # noqa: E402


@transaction.atomic
def reset(slug, n):
    text = article()
    existing = Article.objects.filter(slug=slug).first()
    if existing:
        Comment.objects.filter(article=existing).delete()
        existing.delete()
    a = Article.objects.create(slug=slug, headline=text["title"], body=text["body"], byline="Bench Desk",
                               published_at=timezone.now() - timedelta(days=1), comments_open=True)
    Comment.objects.bulk_create(
        Comment(article=a, author_name=c["name"], email=c["email"], body=c["text"], status=Comment.Status.APPROVED)
        for c in comments(n, seed=1)
    )
    print(f"{slug}: {n} approved comments", file=sys.stderr)


for slug, n in (("bench-n50", 50), ("bench-n500", 500), ("bench-post", 50)):
    reset(slug, n)
