"""The database itself refuses what would break the promises, whatever way round the models is taken."""
import pytest
from django.db import IntegrityError, connection, transaction

from comments.models import Comment, Decision

ON_POSTGRESQL = connection.vendor == "postgresql"


def refused(change) -> bool:
    try:
        with transaction.atomic():
            change()
    except IntegrityError:
        return True
    return False


@pytest.mark.parametrize("way", ["only_then_save", "defer_then_save", "base_manager_update", "raw_sql"])
@pytest.mark.parametrize("field, value", [("body", "Edited words."), ("author_name", "Someone else"),
                                          ("email", "other@example.org")])
def test_a_comments_text_name_and_email_never_change(make_comment, way, field, value):
    comment = make_comment("The words as the reader wrote them.")

    def change():
        if way == "only_then_save":
            loaded = Comment.objects.only("id").get(pk=comment.pk)
            loaded.__dict__[field] = value  # past the model's own guard, as a careless caller could
            loaded._loaded = {}
            loaded.save(update_fields=[field])
        elif way == "defer_then_save":
            loaded = Comment.objects.defer(field).get(pk=comment.pk)
            loaded.__dict__[field] = value
            loaded._loaded = {}
            loaded.save(update_fields=[field])
        elif way == "base_manager_update":
            Comment._base_manager.filter(pk=comment.pk).update(**{field: value})
        else:
            column = {"body": "body", "author_name": "author_name", "email": "email"}[field]
            with connection.cursor() as cursor:
                cursor.execute(f"UPDATE comments_comment SET {column} = %s WHERE id = %s", [value, comment.pk])

    assert refused(change)
    assert getattr(Comment.objects.get(pk=comment.pk), field) == getattr(comment, field)


def test_a_comment_never_moves_to_another_article(make_comment, make_article):
    comment = make_comment()
    elsewhere = make_article()

    assert refused(lambda: Comment._base_manager.filter(pk=comment.pk).update(article=elsewhere))


def test_a_decided_comment_keeps_its_status(make_comment):
    rejected = make_comment("Turned down.", status="rejected", reason="profanity")

    assert refused(lambda: Comment._base_manager.filter(pk=rejected.pk).update(status="approved"))
    with connection.cursor() as cursor:
        assert refused(lambda: cursor.execute("UPDATE comments_comment SET status = 'pending' WHERE id = %s",
                                              [rejected.pk]))
    assert Comment.objects.get(pk=rejected.pk).status == "rejected"


def test_a_decision_is_never_rewritten(make_comment):
    make_comment("Turned down.", status="rejected", reason="profanity")

    assert refused(lambda: Decision.objects.update(reason="other"))
    with connection.cursor() as cursor:
        assert refused(lambda: cursor.execute("UPDATE comments_decision SET action = 'approve', reason = ''"))
    assert Decision.objects.get().reason == "profanity"


@pytest.mark.skipif(not ON_POSTGRESQL, reason="SQLite empties tables with DELETE in Django's test flush, so it "
                    "keeps no delete trigger on decisions (PostgreSQL only)")
def test_a_decision_is_never_erased(make_comment):
    make_comment("Turned down.", status="rejected", reason="profanity")

    assert refused(lambda: Decision.objects.all().delete())
    assert refused(lambda: connection.cursor().execute("DELETE FROM comments_decision"))
    assert Decision.objects.count() == 1


@pytest.mark.skipif(not ON_POSTGRESQL, reason="SQLite cannot defer a trigger to commit (PostgreSQL only)")
def test_a_comment_is_never_published_without_its_decision(make_comment):
    pending = make_comment("Waiting.")

    def publish():
        Comment._base_manager.filter(pk=pending.pk).update(status="approved")
        with connection.cursor() as cursor:
            # The check runs at commit; the test's transaction never commits, so ask for it now.
            cursor.execute("SET CONSTRAINTS newsroom_comment_status_has_decision IMMEDIATE")

    assert refused(publish)
    assert Comment.objects.get(pk=pending.pk).status == "pending"


def test_the_moderators_way_still_works_and_an_ip_address_may_still_be_erased(make_comment):
    approved = make_comment("Fine words.", status="approved")

    Comment._base_manager.filter(pk=approved.pk).update(ip_address=None)
    if ON_POSTGRESQL:  # the check that a status change has its decision passes for the moderator's way
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS newsroom_comment_status_has_decision IMMEDIATE")

    assert Comment.objects.get(pk=approved.pk).status == "approved"
    assert Decision.objects.get(comment=approved).action == "approve"
