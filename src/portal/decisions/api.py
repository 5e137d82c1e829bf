"""API: ask for a decision on one event, read recorded decisions."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from ninja import Router

from policyguard import Decision as CoreDecision
from portal.apibase import ERROR_RESPONSES, ApiRequest, api_access
from portal.consent.disclosure import for_reader
from portal.decisions.actions import decide_event
from portal.decisions.queries import decisions_visible_to
from portal.errors import NotFound, PortalError, TooLarge

router = Router(tags=["decisions"])

_EVENT_BODY = {
    "requestBody": {
        "required": True,
        "description": (
            "One event as JSON, the same contract as `policyguard decide` (see "
            "`policyguard schema`). People may be directory ids of this organisation."
        ),
        "content": {
            "application/json": {
                "schema": {"type": "object", "required": ["kind", "at"]},
                "example": {
                    "kind": "connection",
                    "at": "2026-11-21T10:00:00+00:00",
                    "actor": "S001",
                    "target": "L001",
                    "action": "friend_request",
                    "platform": "facebook",
                },
            }
        },
    }
}


@router.post(
    "orgs/{org}/decisions",
    response={200: dict[str, Any], **ERROR_RESPONSES},
    openapi_extra=_EVENT_BODY,
    summary="Decide on one event",
)
def create_decision(request: ApiRequest, org: str) -> JsonResponse:
    """Evaluate the event under the organisation's pack and record the decision.

    The response is the Decision JSON exactly as `policyguard decide` prints it; the
    recorded decision's id is in the `Location` header.
    """
    access = api_access(request, org)
    try:
        body = request.body
    except RequestDataTooBig:
        raise TooLarge("the event is larger than the server accepts") from None
    if not body:
        raise PortalError("send one event as a JSON object in the body", code="invalid_event")
    record, decision = decide_event(
        organisation=access.organisation,
        event=body,
        acting_user=request.auth,
        channel="api",
        asked_by=access,
    )
    response = JsonResponse(for_reader(decision, access).model_dump(mode="json"))
    response["Location"] = f"/api/v1/orgs/{org}/decisions/{record.pk}"
    return response


@router.get(
    "orgs/{org}/decisions/{decision_id}",
    response={200: dict[str, Any], **ERROR_RESPONSES},
    summary="A recorded decision",
)
def get_decision(request: ApiRequest, org: str, decision_id: int) -> JsonResponse:
    access = api_access(request, org)
    record = decisions_visible_to(request.auth, access).filter(pk=decision_id).first()
    if record is None:
        raise NotFound("decision")
    return JsonResponse(
        {
            "id": record.pk,
            "requested_at": record.requested_at.isoformat(),
            "requested_by": record.requested_by.get_username() if record.requested_by else None,
            "event": record.event,
            "decision": for_reader(CoreDecision.model_validate(record.decision), access).model_dump(
                mode="json"
            ),
        }
    )
