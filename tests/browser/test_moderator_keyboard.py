"""A moderator clears the queue with the keyboard alone: no mouse, no superuser rights."""
from comments.models import Comment, Decision

QUEUE_SIZE = 200
CALM = ("The bridge closure will hurt the market traders on the east bank, number {n}.",
        "Thanks for reporting from the camps; point {n} about water was new to me.",
        "I doubt the council can build {n} houses before the election.")
FLAGGED = ("You are a brainless idiot, reader {n}.",
           "Buy cheap followers now at promo-site.example, code {n}!")


def test_a_moderator_clears_a_queue_of_200_comments_without_touching_the_mouse(moderator_screen, moderator, make_comment):
    for n in range(QUEUE_SIZE):
        kinds = FLAGGED if n % 4 == 0 else CALM
        make_comment(kinds[n % len(kinds)].format(n=n))
    page = moderator_screen.page
    page.goto("/admin/comments/pendingcomment/")
    moderator_screen.shot("moderator-queue-before-keyboard-review")

    with page.expect_navigation():
        page.keyboard.press("j")  # review one at a time, from the top of the queue
    decided = {"approve": 0, "reject": 0}
    for _ in range(QUEUE_SIZE):
        suggested = page.locator("#reject-reason").input_value()
        with page.expect_navigation(wait_until="domcontentloaded"):  # the keys work once the deferred script ran
            page.keyboard.press("r" if suggested else "a")  # the screening's suggestion, or approve
        decided["reject" if suggested else "approve"] += 1

    assert page.url.endswith("/admin/comments/pendingcomment/")
    assert not Comment.objects.pending().exists()
    assert Decision.objects.filter(moderator=moderator).count() == QUEUE_SIZE
    assert Decision.objects.filter(action="reject").count() == decided["reject"] > 0
    assert not moderator.is_superuser
    moderator_screen.shot("moderator-queue-after-keyboard-review")
