"""Flood control: one address, or one email address, cannot post more than its rate (HTTP 429 with a
readable page that hands the comment back); other readers are not held up by it."""
from comments.models import Comment


def post(client, article, n, *, email="reader@example.org", address="198.51.100.30"):
    return client.post(f"/articles/{article.slug}/comments/", {
        "author_name": "Reader", "email": email, "body": f"Comment {n} on the flood defences.",
    }, REMOTE_ADDR=address)


def limit(rate: str) -> int:
    return int(rate.split("/")[0])


def test_one_address_posting_past_its_rate_is_refused_with_a_readable_page(client, article, flood_control):
    allowed = limit(flood_control["address"])
    for n in range(allowed):
        assert post(client, article, n, email=f"r{n}@example.org").status_code == 302

    refused = post(client, article, allowed, email="another@example.org")

    assert refused.status_code == 429
    page = refused.content.decode()
    assert "You have posted several comments in a short time" in page
    assert f"Comment {allowed} on the flood defences." in page  # handed back, not lost
    assert Comment.objects.count() == allowed


def test_one_email_address_is_limited_whatever_address_it_posts_from(client, article, flood_control):
    allowed = limit(flood_control["email"])
    for n in range(allowed):
        assert post(client, article, n, address=f"203.0.113.{n + 1}").status_code == 302

    assert post(client, article, allowed, address="203.0.113.200", email="READER@example.org").status_code == 429
    assert Comment.objects.count() == allowed


def test_a_flood_from_one_address_does_not_hold_up_another_reader(client, article, flood_control):
    for n in range(limit(flood_control["address"]) + 3):
        post(client, article, n, email=f"bot{n}@example.org")

    assert post(client, article, 99, email="someone@example.org", address="192.0.2.44").status_code == 302
