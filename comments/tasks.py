"""Background screening. The queue carries only comment ids; the database is the source of truth."""
import logging

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


def enqueue_screening(comment_id: int) -> bool:
    """Send a comment to screening. If the broker is down, the comment waits for the sweep."""
    try:
        screen_comment.delay(comment_id)
    except Exception:  # broker unreachable, or in-process screening failed: the sweep will retry
        log.exception("could not screen comment %s now; the sweep will enqueue it again", comment_id)
        return False
    return True
