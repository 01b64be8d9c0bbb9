"""Erase the IP addresses of comments older than NEWSROOM_IP_RETENTION_DAYS (as the daily task does)."""
from django.core.management.base import BaseCommand

from comments.tasks import erase_old_ip_addresses


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        self.stdout.write(f"erased {erase_old_ip_addresses()} IP address(es)")
