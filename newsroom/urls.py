from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Newsroom moderation")
admin.site.site_title = _("Newsroom moderation")
admin.site.index_title = _("Comments, decisions and articles")
admin.site.enable_nav_sidebar = False  # the queue needs the width

urlpatterns = [
    path("admin/", admin.site.urls),
]
# The reader's pages in each language of settings.LANGUAGES: English without a prefix, /ar/ for Arabic.
urlpatterns += i18n_patterns(
    path("", include("comments.urls")),
    path("", include("articles.urls")),
    prefix_default_language=False,
)
