"""Background work: screening, and decision emails to commenters. The queue carries only ids; the
database is the source of truth, and a sweep sends again what the broker never got."""
import logging
import time

from celery import shared_task
from django.utils import timezone

log = logging.getLogger(__name__)


@shared_task(
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
)
def screen_comment(comment_id: int) -> None:
    """Screen one comment and store the result. Running it twice stores the same result."""
    from comments import screening, selectors, services

    text = selectors.comment_text_for_screening(comment_id=comment_id)
    if text is None:
        log.warning("screen_comment: comment %s no longer exists", comment_id)
        return
    services.comment_record_screening(comment_id=comment_id, screening=screening.screen(text))


@shared_task(
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=10,
)
def send_decision_notice(notice_id: int) -> bool:
    """Email a commenter the decision on their comment (comments/notices.py), once: a notice already
    sent is not sent again. An email that fails is retried, then left to the sweep."""
    from comments import notices
    from comments.models import DecisionNotice

    notice = (DecisionNotice.objects.select_related("decision__comment__article")
              .filter(pk=notice_id, sent_at__isnull=True).first())
    if notice is None:
        return False
    notices.compose(notice.decision).send()
    DecisionNotice.objects.filter(pk=notice.pk, sent_at__isnull=True).update(sent_at=timezone.now())
    return True


@shared_task(acks_late=True)
def sweep_unsent_notices() -> int:
    """Send again every decision email still unsent after NEWSROOM['NOTICE_SWEEP_AFTER']."""
    from django.conf import settings

    from comments.models import DecisionNotice

    cutoff = timezone.now() - settings.NEWSROOM["NOTICE_SWEEP_AFTER"]
    ids = list(DecisionNotice.objects.filter(sent_at__isnull=True, created_at__lt=cutoff)
               .order_by("created_at").values_list("pk", flat=True)[:1000])
    for notice_id in ids:
        enqueue(send_decision_notice, notice_id)
    if ids:
        log.info("sweep_unsent_notices: enqueued %d email(s)", len(ids))
    return len(ids)


@shared_task(acks_late=True)
def sweep_unscreened() -> int:
    """Enqueue again every comment still unscreened after NEWSROOM['SCREENING_SWEEP_AFTER']."""
    from comments import selectors

    ids = selectors.comment_ids_awaiting_screening(before=timezone.now())
    for comment_id in ids:
        enqueue_screening(comment_id)
    if ids:
        log.info("sweep_unscreened: enqueued %d comment(s)", len(ids))
    return len(ids)


@shared_task
def erase_old_ip_addresses() -> int:
    """Forget the address a comment came from once it is NEWSROOM['IP_RETENTION'] old (daily under
    Celery beat; `manage.py erase_old_ip_addresses` does the same). Returns how many were erased."""
    from django.conf import settings

    from comments.models import Comment

    before = timezone.now() - settings.NEWSROOM["IP_RETENTION"]
    erased = Comment.objects.filter(created_at__lt=before, ip_address__isnull=False).update(ip_address=None)
    if erased:
        log.info("erase_old_ip_addresses: erased %d address(es)", erased)
    return erased


class BrokerBreaker:
    """After the broker fails, posts stop trying it for a while (NEWSROOM['BROKER_PAUSE']): each
    attempt on a broker that is down holds the request for the connection timeout, and under a
    flood that holds every web worker. Comments posted meanwhile wait unscreened, and the sweep
    (or the next post after the pause) sends them. One per process; losing a race costs one
    extra attempt, nothing else."""

    def __init__(self):
        self.failed_at = None

    def paused(self) -> bool:
        from django.conf import settings

        if self.failed_at is None:
            return False
        return time.monotonic() - self.failed_at < settings.NEWSROOM["BROKER_PAUSE"].total_seconds()

    def failed(self):
        self.failed_at = time.monotonic()

    def worked(self):
        self.failed_at = None


BROKER = BrokerBreaker()


def enqueue_screening(comment_id: int) -> bool:
    """Send a comment to screening (see `enqueue`)."""
    return enqueue(screen_comment, comment_id)


def enqueue_notice(notice_id: int) -> bool:
    """Send a decision email to the worker (see `enqueue`)."""
    return enqueue(send_decision_notice, notice_id)


def enqueue(task, object_id: int) -> bool:
    """Send one id to a task. If the broker is down (or was moments ago), the work waits for its
    sweep; the caller is never held longer than one connection timeout, and only once a pause."""
    from kombu.exceptions import OperationalError

    if BROKER.paused() and not task.app.conf.task_always_eager:  # in-process: no broker to spare
        log.warning("broker paused after a failure: %s(%s) waits for the sweep", task.name, object_id)
        return False
    try:
        task.delay(object_id)
    except (OperationalError, OSError):  # the broker is unreachable
        BROKER.failed()
        log.exception("could not reach the broker for %s(%s); the sweep will enqueue it again", task.name, object_id)
        return False
    except Exception:  # in-process work failed: the sweep will retry
        log.exception("could not run %s(%s) now; the sweep will enqueue it again", task.name, object_id)
        return False
    BROKER.worked()
    return True
