"""Hostile text in a name or a comment is refused with a clear message, or stored exactly and shown
inert wherever it appears: the article page, the moderation queue and a comment's page with its
evidence highlighted. Never a 500, never markup of the poster's making."""
from html.parser import HTMLParser

import pytest
from django.utils.html import escape

from comments import services
from comments.models import Comment

STORED, REFUSED = "stored", "refused"
LONG_LINE = "word " * 2000  # a 10,000-character line

# (payload, as a name, as a comment)
PAYLOADS = [
    # markup and script
    ("<script>alert(1)</script>", STORED, STORED),
    ("<img src=x onerror=alert(1)>", STORED, STORED),
    ('"><svg onload=alert(1)>', STORED, STORED),
    ("<a href=\"javascript:alert(1)\">read more</a>", STORED, STORED),
    ("javascript:alert(document.cookie)", STORED, STORED),
    ("<iframe src=\"//evil.example\"></iframe>", STORED, STORED),
    ("</textarea><script>alert(1)</script>", STORED, STORED),
    ("</bdi></p></div><h1>Hijacked</h1>", STORED, STORED),
    ("<style>body{display:none}</style>", STORED, STORED),
    ("<b onmouseover=alert(1)>bold</b>", STORED, STORED),
    ("'';!--\"<XSS>=&{()}", STORED, STORED),
    ("<svg><script>alert(1)</script></svg>", STORED, STORED),
    ("<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">", STORED, STORED),
    ("<base href=\"//evil.example/\">", STORED, STORED),
    ("<form action=//evil.example><input name=q></form>", STORED, STORED),
    ("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", STORED, STORED),
    ("&lt;script&gt; is already escaped &amp; stays so", STORED, STORED),
    ("<!-- hidden --> visible", STORED, STORED),
    ("<scr<script>ipt>alert(1)</scr</script>ipt>", STORED, STORED),
    ("\"onfocus=\"alert(1)\" autofocus=\"", STORED, STORED),
    # template and code syntax
    ("{{ settings.SECRET_KEY }}", STORED, STORED),
    ("{% debug %}", STORED, STORED),
    ("{{7*7}} ${7*7} #{7*7} <%= 7*7 %>", STORED, STORED),
    ("{{ request.user.password }}", STORED, STORED),
    ("__import__('os').system('id')", STORED, STORED),
    # SQL fragments
    ("Robert'); DROP TABLE comments_comment;--", STORED, STORED),
    ("\" OR 1=1 --", STORED, STORED),
    ("1; SELECT pg_sleep(5)", STORED, STORED),
    ("%' OR '1'='1", STORED, STORED),
    ("x' UNION SELECT email FROM comments_comment --", STORED, STORED),
    # direction and invisible characters: never in a name; a comment keeps them, shown isolated
    ("\u202etxt.exe", REFUSED, STORED),
    ("Layla\u2066 admin", REFUSED, STORED),
    ("Zero\u200bwidth", REFUSED, STORED),
    ("\u200fRight-to-left mark", REFUSED, STORED),
    ("Arabic letter mark\u061c", REFUSED, STORED),
    ("\ufeffByte order mark", REFUSED, STORED),
    # control characters, NUL and escape sequences: never text
    ("NUL\x00byte", REFUSED, REFUSED),
    ("bell\x07", REFUSED, REFUSED),
    ("\x1b[31mred terminal text", REFUSED, REFUSED),
    ("delete\x7fcharacter", REFUSED, REFUSED),
    ("line\x0bvertical tab", REFUSED, REFUSED),
    ("Header\r\nSet-Cookie: admin=1", REFUSED, STORED),
    # too long
    (LONG_LINE, REFUSED, REFUSED),
    # scripts, emoji and combining marks: stored exactly
    ("ليلى: تقرير ممتاز", STORED, STORED),
    ("ڕووداو زۆر باشە", STORED, STORED),
    ("می‌خواهم بخوانم", STORED, STORED),  # the zero-width non-joiner Persian needs
    ("İstanbul'da ıslak şemsiye", STORED, STORED),
    ("👨‍👩‍👧‍👦 🏳️‍🌈 🇮🇶", STORED, STORED),
    ("Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͕ text", STORED, STORED),
    ("../../etc/passwd %00 %2e%2e", STORED, STORED),
    ("𝕱𝖆𝖓𝖈𝖞 𝖑𝖊𝖙𝖙𝖊𝖗𝖘 and 𝟙𝟚𝟛", STORED, STORED),
]
SAFE = {"author_name": "Dara", "email": "dara@example.org", "body": "A calm and fair report, thank you."}


def post(client, article, **fields):
    return client.post(f"/articles/{article.slug}/comments/", {**SAFE, **fields})


def test_the_table_holds_at_least_50_payloads():
    assert len(PAYLOADS) >= 50


class _Markup(HTMLParser):
    """Collects what a browser would act on that only a payload could have put there."""

    def __init__(self):
        super().__init__()
        self.found, self.tag = [], None

    def handle_starttag(self, tag, attrs):
        self.tag = tag
        if tag in ("iframe", "base", "object", "xss", "mglyph", "scr"):
            self.found.append(tag)
        for name, value in attrs:
            value = (value or "").strip().lower()
            acts = name in ("href", "src", "action", "content", "data")  # an aria-label holding the text is inert
            if name.startswith("on") or (acts and ("javascript:" in value or "evil.example" in value)):
                self.found.append(f"{tag} {name}={value}")
            if tag == "meta" and name == "http-equiv" and value == "refresh":
                self.found.append("meta refresh")

    def handle_data(self, data):
        if (self.tag == "script" and "alert" in data) or (self.tag == "h1" and "Hijacked" in data):
            self.found.append(f"{self.tag}: {data}")


def injected_markup(page: str) -> list:
    parser = _Markup()
    parser.feed(page)
    return parser.found


def shows_inert(page: str, text: str) -> bool:
    """The text is on the page as text: escaped, and nowhere as raw markup."""
    return escape(text) in page and (escape(text) == text or text not in page)


FIELDS = {"author_name": 1, "body": 2}  # which column of PAYLOADS says what becomes of it


@pytest.mark.parametrize("field", list(FIELDS))
def test_hostile_text_that_is_not_text_is_refused_with_a_message_naming_the_field(field, client, article):
    refused = [row[0] for row in PAYLOADS if row[FIELDS[field]] == REFUSED]
    assert refused
    for payload in refused:
        response = post(client, article, **{field: payload})

        assert response.status_code == 400, repr(payload)
        assert response.context["form"].errors[field], f"the refusal of {payload!r} names the field and says why"
    assert not Comment.objects.exists()


@pytest.mark.parametrize("field", list(FIELDS))
def test_hostile_text_is_otherwise_stored_exactly_and_shown_inert_everywhere(
        field, client, moderator_client, moderator, article, django_capture_on_commit_callbacks):
    stored = [row[0] for row in PAYLOADS if row[FIELDS[field]] == STORED]
    for n, payload in enumerate(stored):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, article, **{field: payload, "email": f"poster{n}@example.org"})
        assert response.status_code == 302, repr(payload)
    comments = list(Comment.objects.order_by("id"))
    kept = [payload.strip() if field == "author_name" else payload.replace("\r\n", "\n") for payload in stored]
    assert [getattr(c, field) for c in comments] == kept, "stored exactly as posted"

    queue = moderator_client.get("/admin/comments/pendingcomment/?o=1").content.decode()
    comment_pages = [moderator_client.get(f"/admin/comments/pendingcomment/{c.pk}/change/").content.decode()
                     for c in comments]
    for comment in comments:
        services.comment_approve(comment=comment, moderator=moderator)
    article_page = client.get(article.get_absolute_url()).content.decode()

    for text, comment_page in zip(kept, comment_pages):
        pages = (article_page, comment_page) + ((queue,) if field == "author_name" else ())
        for page in pages:
            for line in filter(str.strip, text.split("\n")):
                assert shows_inert(page, line), f"{line!r} is shown as text"
    for page in (article_page, queue, *comment_pages):
        assert not injected_markup(page)
    if field == "author_name":
        assert all(f'<bdi class="comment-author">{escape(text)}</bdi>' in article_page for text in kept)
    else:
        assert article_page.count('<div class="comment-body" dir="auto">') >= len(kept)  # isolated, own direction
