"""Comments are never edited: the model itself refuses, whatever path the change takes."""
import pytest

from comments.models import Comment, ImmutableCommentError


@pytest.mark.parametrize("field, value", [("body", "Edited text"), ("author_name", "Someone else"),
                                          ("email", "new@example.org")])
def test_saving_a_changed_comment_is_refused(make_comment, field, value):
    comment = make_comment("Original words.")
    loaded = Comment.objects.get(pk=comment.pk)

    setattr(loaded, field, value)
    with pytest.raises(ImmutableCommentError):
        loaded.save()

    assert Comment.objects.get(pk=comment.pk).body == "Original words."


def test_moving_a_comment_to_another_article_is_refused(make_comment, make_article):
    comment = Comment.objects.get(pk=make_comment().pk)
    comment.article = make_article()

    with pytest.raises(ImmutableCommentError):
        comment.save()


@pytest.mark.parametrize("change", [{"body": "x"}, {"email": "x@example.org"}, {"author_name": "x"}, {"article": None}])
def test_bulk_updates_of_the_text_are_refused(make_comment, change):
    make_comment()

    with pytest.raises(ImmutableCommentError):
        Comment.objects.all().update(**change)


def test_status_changes_only_through_the_moderation_services(make_comment):
    comment = Comment.objects.get(pk=make_comment().pk)
    comment.status = Comment.Status.APPROVED

    with pytest.raises(ImmutableCommentError):
        comment.save()
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING
