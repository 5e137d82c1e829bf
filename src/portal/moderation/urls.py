from django.urls import path

from portal.moderation import views

app_name = "moderation"
urlpatterns = [
    path("orgs/<slug:org>/moderation/", views.queue_page, name="queue"),
    path("orgs/<slug:org>/moderation/mine/", views.my_drafts, name="mine"),
    path("orgs/<slug:org>/moderation/new/", views.new_draft, name="new"),
    path("orgs/<slug:org>/moderation/import/", views.import_page, name="import"),
    path("orgs/<slug:org>/moderation/<int:post_id>/", views.post_detail, name="detail"),
    path("orgs/<slug:org>/moderation/<int:post_id>/moderate/", views.moderate, name="moderate"),
    path("orgs/<slug:org>/moderation/<int:post_id>/edit/", views.edit_draft, name="edit"),
    path("orgs/<slug:org>/moderation/<int:post_id>/screen/", views.rescreen, name="rescreen"),
    path(
        "orgs/<slug:org>/moderation/<int:post_id>/media/<int:media_id>/",
        views.media_file,
        name="media",
    ),
]
