"""What a commenter is told by email when a moderator decides on their comment: the outcome, the
guideline a rejected comment broke and the moderator's note, and links to the comment or to the
community guidelines. Sent by comments.tasks.send_decision_notice, never in a request."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from comments.models import Decision


def absolute(path: str) -> str:
    return settings.NEWSROOM["SITE_URL"].rstrip("/") + path


def compose(decision: Decision) -> EmailMessage:
    comment = decision.comment
    approved = decision.action == Decision.Action.APPROVE
    context = {
        "comment": comment,
        "decision": decision,
        "approved": approved,
        "site_name": settings.NEWSROOM["SITE_NAME"],
        "comment_url": absolute(comment.get_absolute_url()) if approved else "",
        "guidelines_url": absolute(f"{comment.article.get_absolute_url()}#guidelines"),
    }
    subject = render_to_string("comments/email/decision_subject.txt", context).strip()
    body = render_to_string("comments/email/decision_body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[comment.email])
