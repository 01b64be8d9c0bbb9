"""The first version of the community guidelines shown above every comment section.

Operators change the wording in the admin (Community guidelines → Add): the newest version is shown.
"""
from django.db import migrations

DEFAULT_GUIDELINES = """\
Every comment here is read by one of our moderators before it appears, and most are published within a few hours. We want a debate that is sharp about ideas and fair to people.

A comment will not be published if it contains profanity, threats, personal attacks, vulgarity, abuse (sexism, racism, homophobia or xenophobia), or commercial or personal promotion.

We never change what you write: each comment is either published exactly as written or not published at all. Your email address is required but never shown."""


def add_default(apps, schema_editor):
    CommunityGuidelines = apps.get_model("comments", "CommunityGuidelines")
    if not CommunityGuidelines.objects.exists():
        CommunityGuidelines.objects.create(summary=DEFAULT_GUIDELINES)


class Migration(migrations.Migration):
    dependencies = [("comments", "0001_initial")]
    operations = [migrations.RunPython(add_default, migrations.RunPython.noop)]
