import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from comments import time_to_post
from comments.models import Comment


# Characters a name may not carry: they reorder or hide the text around them (right-to-left
# overrides, isolates and marks, zero-width spaces, the byte-order mark) and control characters. The
# zero-width non-joiner and joiner stay: Persian and Kurdish names, and emoji, need them.
NAME_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                            "\u2066-\u2069\ufeff]")
# A comment keeps every character it was written with, but not control characters other than line
# breaks and tabs: NUL and its kin are never text.
BODY_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CommentForm(forms.ModelForm):
    """Name, email and comment. `website` is a honeypot: people never see it, bots fill it in.
    `rendered` holds when the form was drawn (comments/time_to_post.py): scripts post at once."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    rendered = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Comment
        fields = ["author_name", "email", "body"]
        labels = {"author_name": _("Name"), "email": _("Email"), "body": _("Comment")}
        # A blank or all-space field is stripped to nothing before it is checked: say what is missing.
        error_messages = {
            "author_name": {"required": _("Please give a name.")},
            "email": {"required": _("Please give an email address. It is never shown.")},
            "body": {"required": _("Please write a comment.")},
        }
        help_texts = {
            "email": _("Required. Never shown on the site."),
        }
        widgets = {
            "author_name": forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            # No maxlength: a browser would cut a long paste silently. The counter
            # (static/js/comment-form.js) warns as the reader types; the server refuses and hands it back.
            "body": forms.Textarea(attrs={"rows": 5, "dir": "auto", "data-limit": settings.NEWSROOM["COMMENT_MAX_LENGTH"]}),
        }

    # A refused comment comes back in the form to be shortened, but never more than this many times
    # the limit: a megabyte posted should not be a megabyte answered.
    ECHO_LIMIT_FACTOR = 2

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        limit = settings.NEWSROOM["COMMENT_MAX_LENGTH"]
        self.fields["body"].max_length = limit
        # In the reader's language, worked out per request: the help text, and the counter's words
        # (static/js/comment-form.js fills in the numbers).
        self.fields["body"].help_text = gettext("At most %(n)s characters.") % {"n": limit}
        self.fields["body"].widget.attrs.update({
            "data-count-text": gettext("{count} of {limit} characters"),
            "data-over-text": gettext("{over} characters over the limit of {limit}: please shorten your comment."),
        })
        self.posted_length = len(self.data.get("body", "")) if self.is_bound else 0
        # The stamp posted is checked in clean(); the form drawn again (after any refusal) carries a
        # fresh one, so that a refused reader can post again once they have had it long enough.
        self.posted_stamp = self.data.get("rendered") if self.is_bound else None
        if self.is_bound:
            self.data = self.data.copy()
            self.data["rendered"] = time_to_post.stamp()
        else:
            self.initial["rendered"] = time_to_post.stamp()
        if self.posted_length > self.ECHO_LIMIT_FACTOR * limit:
            self.data["body"] = self.data["body"][: self.ECHO_LIMIT_FACTOR * limit]
        self.helper = FormHelper()
        self.helper.form_action = action or ""
        self.helper.form_id = "comment-form"
        self.helper.disable_csrf = True  # no CSRF cookie, so the page can be cached: see same_origin.py
        self.helper.layout = Layout(
            Field("author_name"),
            Field("email"),
            Field("body"),
            Field("website", wrapper_class="visually-hidden", aria_hidden="true"),
            Field("rendered"),
            Submit("submit", _("Post comment")),
        )

    def clean_author_name(self):
        name = self.cleaned_data["author_name"].strip()
        if not name:
            raise forms.ValidationError(_("Please give a name."))
        if NAME_FORBIDDEN.search(name):
            raise forms.ValidationError(_("Names cannot contain invisible or direction-changing characters. "
                                          "Please type your name again."))
        return name

    def clean_body(self):
        # Browsers send each line break as CR LF; counted as one character, as the reader sees it.
        body = self.cleaned_data["body"].replace("\r\n", "\n")
        if not body.strip():
            raise forms.ValidationError(_("Please write a comment."))
        if BODY_FORBIDDEN.search(body):
            raise forms.ValidationError(_("The comment contains control characters (such as NUL) that are not "
                                          "text. Please remove them and post again."))
        limit = settings.NEWSROOM["COMMENT_MAX_LENGTH"]
        if self.posted_length > self.ECHO_LIMIT_FACTOR * limit:
            raise forms.ValidationError(
                _("Comments can be at most %(limit)s characters; this one has %(n)s. Only its first %(kept)s "
                  "characters are shown below."),
                params={"limit": limit, "n": self.posted_length, "kept": self.ECHO_LIMIT_FACTOR * limit},
            )
        if len(body) > limit:
            raise forms.ValidationError(
                _("Comments can be at most %(limit)s characters; this one has %(n)s."), params={"limit": limit, "n": len(body)}
            )
        return body

    def clean(self):
        cleaned = super().clean()
        too_quick = time_to_post.too_quick(self.posted_stamp, settings.NEWSROOM["MIN_SECONDS_TO_POST"])
        if cleaned.get("website") or too_quick:  # a bot: say nothing that tells it which check gave it away
            raise forms.ValidationError(_("Your comment could not be posted. Please try again."))
        return cleaned
