from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from comments.models import Comment


class CommentForm(forms.ModelForm):
    """Name, email and comment. `website` is a honeypot: people never see it, bots fill it in."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Comment
        fields = ["author_name", "email", "body"]
        labels = {"author_name": _("Name"), "email": _("Email"), "body": _("Comment")}
        help_texts = {
            "email": _("Required. Never shown on the site."),
            "body": _("At most %(n)s characters.") % {"n": settings.NEWSROOM["COMMENT_MAX_LENGTH"]},
        }
        widgets = {
            "author_name": forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "body": forms.Textarea(attrs={"rows": 5, "dir": "auto", "maxlength": settings.NEWSROOM["COMMENT_MAX_LENGTH"]}),
        }

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].max_length = settings.NEWSROOM["COMMENT_MAX_LENGTH"]
        self.helper = FormHelper()
        self.helper.form_action = action or ""
        self.helper.form_id = "comment-form"
        self.helper.layout = Layout(
            Field("author_name"),
            Field("email"),
            Field("body"),
            Field("website", wrapper_class="visually-hidden", aria_hidden="true"),
            Submit("submit", _("Post comment")),
        )

    def clean_author_name(self):
        name = self.cleaned_data["author_name"].strip()
        if not name:
            raise forms.ValidationError(_("Please give a name."))
        return name

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(_("Please write a comment."))
        limit = settings.NEWSROOM["COMMENT_MAX_LENGTH"]
        if len(body) > limit:
            raise forms.ValidationError(
                _("Comments can be at most %(limit)s characters; this one has %(n)s."), params={"limit": limit, "n": len(body)}
            )
        return body

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This field must be left empty."))
        return ""
