"""setup_moderators gives moderators exactly what working the queue needs, and nothing more."""
from django.contrib.auth.models import Group
from django.core.management import call_command

from comments.models import Comment


def test_setup_moderators_is_idempotent_and_grants_exactly_the_moderator_permissions(db):
    call_command("setup_moderators")
    call_command("setup_moderators")

    group = Group.objects.get(name="Moderators")
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    assert granted == {
        "comments.view_comment", "comments.view_pendingcomment", "comments.moderate_comment",
        "comments.view_decision", "articles.view_article",
        "comments.view_emailblock", "comments.add_emailblock", "comments.change_emailblock",  # block, lift
    }
    assert Group.objects.filter(name="Moderators").count() == 1


def test_setup_moderators_repairs_a_group_that_was_given_too_much(db):
    from django.contrib.auth.models import Permission

    call_command("setup_moderators")
    group = Group.objects.get(name="Moderators")
    group.permissions.add(Permission.objects.get(codename="delete_comment"))

    call_command("setup_moderators")

    assert not group.permissions.filter(codename="delete_comment").exists()


def test_setup_moderators_can_enrol_a_user(db, django_user_model):
    django_user_model.objects.create_user("newmod")

    call_command("setup_moderators", add_user=["newmod"])

    user = django_user_model.objects.get(username="newmod")
    assert user.is_staff and user.groups.filter(name="Moderators").exists()
    assert user.has_perm("comments.moderate_comment")


def test_a_moderator_works_the_queue_but_cannot_delete_comments_or_change_articles(moderator_client, make_comment, article):
    comment = make_comment()

    assert moderator_client.get("/admin/comments/pendingcomment/").status_code == 200
    assert moderator_client.post(f"/admin/comments/pendingcomment/{comment.pk}/approve/").status_code == 302
    assert Comment.objects.get(pk=comment.pk).status == "approved"

    assert moderator_client.post(f"/admin/comments/comment/{comment.pk}/delete/", {"post": "yes"}).status_code == 403
    assert moderator_client.post(f"/admin/articles/article/{article.pk}/change/", {"headline": "Changed"}).status_code == 403
    assert moderator_client.get("/admin/articles/article/add/").status_code == 403
    article.refresh_from_db()
    assert article.headline == "Rockets hit the Green Zone"
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_staff_outside_the_moderators_group_cannot_decide(client, django_user_model, make_comment):
    outsider = django_user_model.objects.create_user("staffer", is_staff=True)
    client.force_login(outsider)
    comment = make_comment()

    client.post(f"/admin/comments/pendingcomment/{comment.pk}/approve/")

    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_a_moderator_without_the_moderate_permission_sees_no_decision_buttons(client, django_user_model, make_comment):
    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user("reader-only", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(reader)
    comment = make_comment()

    page = client.get(f"/admin/comments/comment/{comment.pk}/change/").content.decode()

    assert "Approve and publish" not in page
    assert "approve_selected" not in client.get("/admin/comments/comment/").content.decode()


def test_a_decision_page_names_the_moderator_without_linking_to_a_page_moderators_may_not_open(
        moderator_client, make_comment):
    from comments.models import Decision

    make_comment("Kept.", status="approved")
    decision = Decision.objects.get()

    page = moderator_client.get(f"/admin/comments/decision/{decision.pk}/change/").content.decode()

    assert "fixture-moderator" in page
    assert "/admin/auth/user/" not in page
