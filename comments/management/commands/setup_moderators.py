from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction

MODERATORS_GROUP = "Moderators"

# Exactly what working the queue needs: read comments, articles and decisions; approve or reject;
# block an email address and lift a block.
MODERATOR_PERMISSIONS = [
    ("comments", "view_comment"),
    ("comments", "view_pendingcomment"),
    ("comments", "moderate_comment"),
    ("comments", "view_decision"),
    ("comments", "view_emailblock"),
    ("comments", "add_emailblock"),
    ("comments", "change_emailblock"),
    ("articles", "view_article"),
]


def moderators_group() -> Group:
    """Create or repair the Moderators group so it holds exactly MODERATOR_PERMISSIONS."""
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in MODERATOR_PERMISSIONS
    ]
    group.permissions.set(permissions)
    return group


class Command(BaseCommand):
    help = "Create (or repair) the Moderators group with exactly the permissions a moderator needs."

    def add_arguments(self, parser):
        parser.add_argument("--add-user", action="append", default=[], metavar="USERNAME",
                            help="Also put this existing user in the group and give them admin access (repeatable).")

    @transaction.atomic
    def handle(self, *args, add_user, **options):
        from django.contrib.auth import get_user_model

        group = moderators_group()
        for username in add_user:
            user = get_user_model().objects.get(username=username)
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            user.groups.add(group)
            self.stdout.write(f"{username} is a moderator.")
        self.stdout.write(self.style.SUCCESS(
            f"Group '{MODERATORS_GROUP}' has {group.permissions.count()} permissions: "
            + ", ".join(f"{a}.{c}" for a, c in MODERATOR_PERMISSIONS)
        ))
