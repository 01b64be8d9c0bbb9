from django.contrib import admin

from articles.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("headline", "byline", "published_at", "comments_open", "comments_close_at")
    list_filter = ("comments_open", "published_at")
    search_fields = ("headline", "standfirst", "body")
    prepopulated_fields = {"slug": ("headline",)}
    date_hierarchy = "published_at"
    fieldsets = (
        (None, {"fields": ("headline", "slug", "standfirst", "byline", "dateline", "body")}),
        ("Publishing", {"fields": ("published_at", "comments_open", "comments_close_after_days")}),
    )
