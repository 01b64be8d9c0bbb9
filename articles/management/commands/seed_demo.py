from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles.demo.content import ARTICLES, DEMO_MODERATOR
from articles.models import Article
from comments import services
from comments.management.commands.setup_moderators import moderators_group
from comments.models import Comment


class Command(BaseCommand):
    help = (
        "Add the demo articles, their comments (approved, pending and rejected) and the demo moderator. "
        "Safe to run again: what already exists is left alone."
    )

    def handle(self, *args, **options):
        moderator = self.demo_moderator()
        created = 0
        for spec in ARTICLES:
            with transaction.atomic():
                article, is_new = Article.objects.get_or_create(
                    slug=spec["slug"],
                    defaults={
                        "headline": spec["headline"], "standfirst": spec["standfirst"], "byline": spec["byline"],
                        "dateline": spec["dateline"], "body": spec["body"], "comments_open": True,
                        "published_at": timezone.now() - timedelta(days=spec["days_ago"]),
                    },
                )
                if is_new:
                    self.add_comments(article, spec["comments"], moderator)
                    if not spec.get("comments_open", True):
                        Article.objects.filter(pk=article.pk).update(comments_open=False)
                    created += 1
        self.stdout.write(self.style.SUCCESS(
            f"Demo content ready: {created} new article(s), {len(ARTICLES) - created} already there. "
            f"Moderator login: {DEMO_MODERATOR['username']} / {DEMO_MODERATOR['password']}"
        ))

    def demo_moderator(self):
        User = get_user_model()
        user, is_new = User.objects.get_or_create(username=DEMO_MODERATOR["username"], defaults={"is_staff": True})
        if is_new:
            user.set_password(DEMO_MODERATOR["password"])
            user.save()
        user.groups.add(moderators_group())
        return user

    def add_comments(self, article, comments, moderator):
        for minutes, (state, name, email, body) in enumerate(comments, start=1):
            comment = services.comment_create(article=article, author_name=name, email=email, body=body)
            Comment.objects.filter(pk=comment.pk).update(created_at=article.published_at + timedelta(minutes=17 * minutes))
            if state == "approved":
                services.comment_approve(comment=comment, moderator=moderator)
            elif state.startswith("rejected:"):
                services.comment_reject(comment=comment, moderator=moderator, reason=state.split(":", 1)[1])
