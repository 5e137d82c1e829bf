from django.urls import path

from portal.decisions import views

app_name = "decisions"
urlpatterns = [
    path("orgs/<slug:org>/decisions/", views.decision_list, name="list"),
    path("orgs/<slug:org>/decisions/ask/", views.ask, name="ask"),
    path("orgs/<slug:org>/decisions/ask/json/", views.ask_json, name="ask_json"),
    path("orgs/<slug:org>/decisions/ask/<slug:kind>/", views.ask_question, name="question"),
    path("orgs/<slug:org>/decisions/<int:decision_id>/", views.decision_detail, name="detail"),
]
