"""seed_demo gives a fresh site something to read and something to moderate, and can run again safely."""
from django.core.management import call_command

from articles.models import Article
from comments.models import Comment, Decision


def test_seed_demo_adds_articles_comments_in_every_state_and_a_moderator(db, client):
    call_command("seed_demo")

    assert Article.objects.published().count() >= 3
    statuses = set(Comment.objects.values_list("status", flat=True))
    assert statuses == {"approved", "pending", "rejected"}
    assert Decision.objects.count() == Comment.objects.exclude(status="pending").count()
    assert Article.objects.filter(comments_open=False).exists()
    signed_in = client.post("/admin/login/?next=/admin/", {"username": "moderator", "password": "newsroom-demo-moderator"})
    assert signed_in.status_code == 302
    assert client.get("/admin/comments/pendingcomment/").status_code == 200


def test_seed_demo_is_idempotent(db):
    call_command("seed_demo")
    counts = (Article.objects.count(), Comment.objects.count(), Decision.objects.count())

    call_command("seed_demo")

    assert (Article.objects.count(), Comment.objects.count(), Decision.objects.count()) == counts


def test_every_demo_page_renders(db, client):
    call_command("seed_demo")

    assert client.get("/").status_code == 200
    for article in Article.objects.all():
        assert client.get(article.get_absolute_url()).status_code == 200
