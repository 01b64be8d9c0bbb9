import json
import sys

from django.core.management.base import BaseCommand

from comments import selectors
from comments.models import Decision


class Command(BaseCommand):
    help = (
        "Write the moderators' decisions as a labelled data set (JSON Lines: id, text, labels) for "
        "`screening_report` and `train_screening`. Approved comments are labelled clean ([]); rejected ones "
        "with the guideline they broke. Rejections for 'other' reasons say nothing about the six guidelines "
        "and are left out unless --include-other."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")
        parser.add_argument("--include-other", action="store_true",
                            help="keep rejections whose reason is 'other' (labelled [\"other\"])")

    def handle(self, *args, output=None, include_other=False, **options):
        stream = open(output, "w", encoding="utf-8") if output else sys.stdout
        written = skipped = 0
        try:
            for comment_id, body, action, reason in selectors.comment_decisions_for_dataset():
                if action == Decision.Action.APPROVE:
                    labels = []
                elif reason == Decision.Reason.OTHER and not include_other:
                    skipped += 1
                    continue
                else:
                    labels = [reason]
                stream.write(json.dumps({"id": f"comment-{comment_id}", "text": body, "labels": labels},
                                        ensure_ascii=False) + "\n")
                written += 1
        finally:
            if output:
                stream.close()
        self.stderr.write(f"{written} decided comment(s) written, {skipped} 'other' rejection(s) left out.")
