from django.core.management.base import BaseCommand, CommandError

from comments.screening import CLASSIFIER_VERSION, screen
from comments.screening.evaluation import evaluate
from comments.screening.training import read_rows


class Command(BaseCommand):
    help = (
        "How the current classifier scores on labelled comments (JSON Lines: id, text, labels), e.g. the file "
        "written by export_moderation_dataset: precision, recall and F1 per guideline, as a table."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="labelled JSON Lines files")

    def handle(self, *args, files, **options):
        try:
            report = evaluate(read_rows(files), screen)
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"cannot read the data set: {error}") from error
        self.stdout.write(f"classifier {CLASSIFIER_VERSION} on {report.rows} comments from {', '.join(files)}")
        self.stdout.write(report.table())
