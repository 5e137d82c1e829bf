from django.urls import path

from portal.cases import case_views, leaders, views

app_name = "cases"
urlpatterns = [
    path("orgs/<slug:org>/report/", views.report, name="report"),
    path("orgs/<slug:org>/my-reports/", views.my_reports, name="my_reports"),
    path("orgs/<slug:org>/my-reports/<int:concern_id>/", views.my_report, name="my_report"),
    path("orgs/<slug:org>/concerns/", views.concern_list, name="concerns"),
    path("orgs/<slug:org>/concerns/<int:concern_id>/", views.concern_detail, name="concern"),
    path(
        "orgs/<slug:org>/concerns/<int:concern_id>/in-hand/",
        views.concern_in_hand,
        name="concern_in_hand",
    ),
    path(
        "orgs/<slug:org>/concerns/<int:concern_id>/close/",
        views.concern_close,
        name="concern_close",
    ),
    path(
        "orgs/<slug:org>/concerns/<int:concern_id>/add-to-case/",
        views.concern_add_to_case,
        name="concern_add_to_case",
    ),
    path("orgs/<slug:org>/cases/", case_views.case_list, name="list"),
    path("orgs/<slug:org>/cases/new/", case_views.open_case, name="open"),
    path("orgs/<slug:org>/cases/add/", case_views.add_to_chosen, name="add_chosen"),
    path("orgs/<slug:org>/cases/leaders/", leaders.leaders, name="leaders"),
    path(
        "orgs/<slug:org>/cases/people/<str:external_id>/",
        case_views.person_chronology,
        name="person",
    ),
    path("orgs/<slug:org>/cases/<int:case_id>/", case_views.case_detail, name="detail"),
    path("orgs/<slug:org>/cases/<int:case_id>/print/", case_views.case_print, name="print"),
    path("orgs/<slug:org>/cases/<int:case_id>/add/", case_views.add_item, name="add"),
    path("orgs/<slug:org>/cases/<int:case_id>/note/", case_views.add_note, name="note"),
    path(
        "orgs/<slug:org>/cases/<int:case_id>/documents/",
        case_views.add_document,
        name="document_add",
    ),
    path(
        "orgs/<slug:org>/cases/<int:case_id>/documents/<int:document_id>/",
        case_views.download_document,
        name="document",
    ),
    path("orgs/<slug:org>/cases/<int:case_id>/person/", case_views.add_person, name="person_add"),
    path("orgs/<slug:org>/cases/<int:case_id>/action/", case_views.assign_action, name="action"),
    path(
        "orgs/<slug:org>/cases/<int:case_id>/action/<int:action_id>/",
        case_views.action_status,
        name="action_status",
    ),
    path("orgs/<slug:org>/cases/<int:case_id>/referral/", case_views.add_referral, name="referral"),
    path(
        "orgs/<slug:org>/cases/<int:case_id>/referral/<int:referral_id>/",
        case_views.referral_outcome,
        name="referral_outcome",
    ),
    path("orgs/<slug:org>/cases/<int:case_id>/outcome/", case_views.add_outcome, name="outcome"),
    path(
        "orgs/<slug:org>/cases/<int:case_id>/outcome/<int:outcome_id>/",
        case_views.outcome_done,
        name="outcome_done",
    ),
    path("orgs/<slug:org>/cases/<int:case_id>/change/", case_views.change_case, name="change"),
    path("orgs/<slug:org>/cases/<int:case_id>/assign/", case_views.assign_worker, name="assign"),
    path("orgs/<slug:org>/cases/<int:case_id>/reassign/", case_views.reassign, name="reassign"),
    path("orgs/<slug:org>/cases/<int:case_id>/close/", case_views.close_case, name="close"),
    path("orgs/<slug:org>/cases/<int:case_id>/reopen/", case_views.reopen_case, name="reopen"),
]
