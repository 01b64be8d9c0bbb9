from django.core.management.base import BaseCommand

from comments.tasks import sweep_unscreened


class Command(BaseCommand):
    help = (
        "Send every comment that is still unscreened a few minutes after posting to screening again. "
        "Celery beat runs this every two minutes when REDIS_URL is set; run it by hand otherwise."
    )

    def handle(self, *args, **options):
        count = sweep_unscreened()
        self.stdout.write(f"{count} comment(s) sent to screening.")
