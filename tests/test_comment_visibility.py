"""Readers see approved comments only, oldest first, and never an email or IP address."""
import pytest

from comments.models import Comment


def test_only_approved_comments_are_shown_with_their_count(client, article, make_comment):
    make_comment("Approved and visible.", status="approved")
    make_comment("Still waiting for a moderator.")
    make_comment("Rejected for breaking a rule.", status="rejected", reason="profanity")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Approved and visible." in page
    assert "Still waiting for a moderator." not in page
    assert "Rejected for breaking a rule." not in page
    assert "1 comment" in page and "1 comments" not in page


def test_approved_comments_are_shown_oldest_first_with_name_and_time(client, article, make_comment):
    make_comment("The first word.", name="Early Bird", status="approved")
    make_comment("The last word.", name="Late Owl", status="approved")

    page = client.get(article.get_absolute_url()).content.decode()

    assert page.index("The first word.") < page.index("The last word.")
    assert "Early Bird" in page and "Late Owl" in page
    assert page.count('<time datetime=') >= 3  # the article's date and each comment's


def test_no_email_or_ip_address_reaches_any_public_page(client, article, make_comment):
    make_comment("Published comment.", email="secret.person@example.org", ip_address="192.0.2.55", status="approved")
    make_comment("Pending comment.", email="other.secret@example.org", ip_address="192.0.2.66")

    for url in ("/", article.get_absolute_url()):
        page = client.get(url).content.decode()
        assert "secret.person@example.org" not in page
        assert "other.secret@example.org" not in page
        assert "192.0.2.55" not in page and "192.0.2.66" not in page


def test_comment_text_is_shown_as_text_never_as_markup(client, article, make_comment):
    make_comment('<script>alert("x")</script><img src=x onerror=alert(1)>', name="<b>Bold</b>", status="approved")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Bold</b>" not in page
    assert "&lt;script&gt;" in page


def test_the_home_page_counts_only_approved_comments(client, article, make_comment):
    make_comment(status="approved")
    make_comment(status="approved")
    make_comment()
    make_comment(status="rejected")

    page = client.get("/").content.decode()

    assert "2 comments" in page


@pytest.mark.parametrize("count", [5, 60])
def test_the_article_page_reads_the_same_number_of_queries_whatever_the_number_of_comments(
    client, article, count, django_assert_num_queries
):
    Comment.objects.bulk_create(
        Comment(article=article, author_name=f"R{i}", email=f"r{i}@example.org", body=f"Comment {i}", status="approved")
        for i in range(count)
    )
    # the article, the guidelines, the number of approved comments, one page of them
    with django_assert_num_queries(4):
        response = client.get(article.get_absolute_url())
    assert f"{count} comments" in response.content.decode()


def test_view_on_site_points_at_the_comment_once_published_and_at_the_section_before(make_comment, client):
    pending = make_comment("Still waiting for a moderator.")
    published = make_comment("Already approved.", status="approved")

    assert pending.get_absolute_url().endswith("#comments")
    assert published.get_absolute_url() == f"/articles/{published.article.slug}/#comment-{published.pk}"
    page = client.get(published.get_absolute_url().split("#")[0]).content.decode()
    assert f'id="comment-{published.pk}"' in page and 'id="comments"' in page


def test_blank_lines_make_paragraphs_and_a_comment_has_a_permalink_and_a_time_zone(client, article, make_comment):
    comment = make_comment("First thought.\n\n\n\n\nSecond thought,\nstill going.\r\n\r\nThird <b>bold</b>?",
                           status="approved")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "<p>First thought.</p><p>Second thought,<br>still going.</p><p>Third &lt;b&gt;bold&lt;/b&gt;?</p>" in page
    assert "<br><br>" not in page
    assert f'href="/comments/{comment.id}/"' in page
    assert "UTC</time>" in page  # the site's time zone is named
