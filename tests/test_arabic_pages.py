"""The reader's pages in Arabic, right to left, under /ar/; English stays at /."""
import re
from pathlib import Path

from django.conf import settings

from comments.models import Comment

POST = {"author_name": "ليلى", "email": "layla@example.org", "body": "تقرير دقيق ومنصف. شكرًا لكم."}


def test_the_arabic_home_page_is_right_to_left_with_bootstraps_rtl_build(client, article):
    page = client.get("/ar/").content.decode()

    assert '<html lang="ar" dir="rtl">' in page
    assert "bootstrap.rtl.min.css" in page
    assert "آخر الأخبار" in page and "غرفة الأخبار" in page
    assert f'href="/ar/articles/{article.slug}/"' in page


def test_the_english_pages_stay_left_to_right_whatever_the_browser_asks_for(client, article):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()

    assert '<html lang="en-gb" dir="ltr">' in page and "bootstrap.min.css" in page
    assert "Latest news" in page


def test_every_page_links_to_the_other_language(client, article):
    english = client.get(article.get_absolute_url()).content.decode()
    arabic = client.get(f"/ar/articles/{article.slug}/").content.decode()

    assert 'hreflang="ar" href="/ar/"' in english
    assert 'hreflang="en-gb" href="/"' in arabic


def test_the_arabic_comment_form_posts_and_thanks_the_reader_in_arabic(client, article):
    page = client.get(f"/ar/articles/{article.slug}/").content.decode()
    assert "أضف تعليقًا" in page and "البريد الإلكتروني" in page
    assert f'action="/ar/articles/{article.slug}/comments/#comment-errors"' in page

    response = client.post(f"/ar/articles/{article.slug}/comments/", POST, follow=True)

    assert response.redirect_chain[0][0] == f"/ar/articles/{article.slug}/?posted=1#comments"
    thanked = response.content.decode()
    assert "شكرًا لك. وصلنا تعليقك" in thanked and "بانتظار الإشراف" in thanked
    assert Comment.objects.get().body == POST["body"]


def test_a_refused_arabic_post_explains_itself_in_arabic(client, article):
    response = client.post(f"/ar/articles/{article.slug}/comments/", {**POST, "author_name": "  ", "email": "a@b"})

    page = response.content.decode()
    assert response.status_code == 400
    assert "لم يُنشر تعليقك بعد" in page and "يرجى كتابة اسم." in page


def test_arabic_counts_use_arabic_plural_forms(client, make_comment, article):
    for n in range(3):
        make_comment(f"تعليق رقم {n}", status="approved")

    page = client.get(f"/ar/articles/{article.slug}/").content.decode()

    assert "3 تعليقات" in page


def empty_translations(block: str) -> bool:
    """True when a catalog entry has a msgstr (or a plural's msgstr[n]) that is empty."""
    lines = block.splitlines()
    return any(re.match(r'msgstr(\[\d\])? ""$', line) and not (k + 1 < len(lines) and lines[k + 1].startswith('"'))
               for k, line in enumerate(lines))


def test_every_string_of_the_public_pages_has_an_arabic_translation():
    catalog = Path(settings.BASE_DIR, "locale", "ar", "LC_MESSAGES", "django.po").read_text(encoding="utf-8")
    public = ("templates/base.html", "templates/articles/", "templates/comments/section", "templates/503.html", "comments/forms.py",
              "comments/views.py")
    entries = [b for b in catalog.split("\n\n") if any(ref in b for ref in public)]

    assert len(entries) > 50
    assert [b for b in entries if empty_translations(b)] == []


def test_no_page_varies_on_the_browsers_language_so_a_shared_cache_keeps_one_copy(client, article):
    for url in ("/", "/ar/", article.get_absolute_url(), f"/ar/articles/{article.slug}/"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar, en;q=0.5")
        assert "accept-language" not in response.get("Vary", "").lower(), url
        assert "public" in response["Cache-Control"]
