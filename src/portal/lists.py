"""Lists that scale: every list page pages, sorts, searches, filters and exports the same way.

A list page is a django-filter ``FilterSet`` (search box and filters, read from the query
string) over a queryset the viewer may see, shown as a django-tables2 ``Table`` (sortable
headers, a page of rows). ``list_page`` does the wiring for a view::

    return list_page(
        request,
        organisation=access.organisation,
        template="people/directory.html",
        queryset=people_visible_to(request.user, access),
        filterset_class=PeopleFilter,
        table_class=PeopleTable,
        context={"access": access, "organisation": access.organisation},
        export="people",
    )

Nothing is cut silently: a page shows ``PER_PAGE`` rows with the total and links to the
others, whatever the size of the list; ``?per_page=`` may ask for up to ``MAX_PER_PAGE``.
The CSV export (``?export=csv``) streams every row that matches the filters, in the order
shown, reading ``EXPORT_CHUNK`` rows at a time so memory stays flat; each export writes an
audit row (who exported which list, with which filters). Cells that a spreadsheet
would run as a formula are written as text.

The number of SQL queries a page runs does not grow with the list: a count, the page's
rows, and one query per ``prefetch_related`` lookup of the table's queryset.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import django_filters
import django_tables2 as tables
from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from portal.organisations.models import Organisation

PER_PAGE = 50
MAX_PER_PAGE = 200
EXPORT_CHUNK = 2000
EXPORT_PARAM = "export"
TEMPLATE = "portal/table.html"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class CappedPaginator(Paginator):  # type: ignore[type-arg]
    """Django's paginator with ``per_page`` held between 1 and ``MAX_PER_PAGE``, so no query
    string can ask for an unbounded page."""

    def __init__(self, object_list: Any, per_page: int | str, *args: Any, **kwargs: Any) -> None:
        try:
            wanted = int(per_page)
        except (TypeError, ValueError):
            wanted = PER_PAGE
        super().__init__(object_list, min(max(wanted, 1), MAX_PER_PAGE), *args, **kwargs)


def _owner(organisation: Organisation | None) -> Organisation:
    if organisation is None:
        raise ImproperlyConfigured("this list belongs to no organisation")
    return organisation


class ListTable(tables.Table):
    """The base of every list table: our accessible template, a page of ``PER_PAGE``, and
    the organisation whose list it is (for links to its pages; None for a list of one's
    own across organisations, such as the inbox, which then cannot be exported)."""

    def __init__(self, data: Any, *, organisation: Organisation | None, **kwargs: Any) -> None:
        self.list_organisation = organisation
        super().__init__(data, **kwargs)

    @property
    def organisation(self) -> Organisation:
        return _owner(self.list_organisation)

    class Meta:
        template_name = TEMPLATE
        per_page = PER_PAGE
        attrs = {"class": "list"}


class ListFilter(django_filters.FilterSet):
    """The base of every list's filters: it knows the organisation (for choices such as
    its official accounts) and is always bound, so defaults can be filled in."""

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet[Any] | None = None,
        *,
        organisation: Organisation | None,
        request: HttpRequest | None = None,
        prefix: str | None = None,
        **options: Any,
    ) -> None:
        self.list_organisation = organisation
        # What the view passes in ``filter_options`` (e.g. who "mine" is), for the
        # subclass's own filters; read it with ``self.options``.
        self.options = options
        super().__init__(data, queryset, request=request, prefix=prefix)

    @property
    def organisation(self) -> Organisation:
        return _owner(self.list_organisation)


def search_filter(*fields: str, label: str = "Search") -> django_filters.CharFilter:
    """A search box matching any of ``fields`` (case-insensitive substring)."""

    def search(queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        value = value.strip()
        if not value:
            return queryset
        query = Q()
        for path in fields:
            query |= Q(**{f"{path}__icontains": value})
        return queryset.filter(query)

    return django_filters.CharFilter(label=label, method=search, max_length=200)


def day_filters(field: str) -> tuple[django_filters.DateFilter, django_filters.DateFilter]:
    """ "From" and "to" days (inclusive, local time) on the datetime ``field``, compared as
    times so that an index on ``field`` serves them."""

    def bound(later: bool) -> Any:
        def apply(queryset: QuerySet[Any], name: str, value: date) -> QuerySet[Any]:
            day = value + timedelta(days=1) if later else value
            start = datetime.combine(day, time.min, tzinfo=timezone.get_current_timezone())
            lookup = "lt" if later else "gte"
            return queryset.filter(**{f"{field}__{lookup}": start})

        return apply

    widget = forms.DateInput(attrs={"type": "date"})
    return (
        django_filters.DateFilter(label="From", method=bound(False), widget=widget),
        django_filters.DateFilter(label="To", method=bound(True), widget=widget),
    )


@dataclass
class ListResult:
    """A configured table and the filter set that chose its rows."""

    table: tables.Table
    filterset: ListFilter | None


def build_list(
    request: HttpRequest,
    *,
    organisation: Organisation | None,
    queryset: QuerySet[Any],
    table_class: type[ListTable],
    filterset_class: type[ListFilter] | None = None,
    filter_options: Mapping[str, Any] | None = None,
    paginate: bool = True,
    count: Callable[[ListFilter], int | None] | None = None,
) -> ListResult:
    """The filtered, sorted (and unless ``paginate`` is false, paged) table for ``request``.

    ``count``, given the bound filter set, may say how many rows the list has from
    somewhere cheaper than counting them (a rollup kept for the purpose), or None to
    have them counted."""
    filterset = None
    if filterset_class is not None:
        filterset = filterset_class(
            request.GET,
            queryset=queryset,
            request=request,
            organisation=organisation,
            **(filter_options or {}),
        )
        # A filter whose value is invalid (a bad date) shows its error and is left out;
        # the valid ones still apply (django-filter filters on the cleaned fields only).
        queryset = filterset.qs
    table = table_class(queryset, organisation=organisation)
    known = count(filterset) if count is not None and filterset is not None else None
    if known is not None:
        # django-tables2 keeps a queryset's length here; the paginator reads it.
        table.data._length = known
    config: Any = {"paginator_class": CappedPaginator, "per_page": PER_PAGE} if paginate else False
    tables.RequestConfig(request, paginate=config).configure(table)
    return ListResult(table=table, filterset=filterset)


def list_page(
    request: HttpRequest,
    *,
    organisation: Organisation | None,
    template: str,
    queryset: QuerySet[Any],
    table_class: type[ListTable],
    context: Mapping[str, Any],
    filterset_class: type[ListFilter] | None = None,
    filter_options: Mapping[str, Any] | None = None,
    export: str | None = None,
    count: Callable[[ListFilter], int | None] | None = None,
) -> HttpResponse | StreamingHttpResponse:
    """Render ``template`` with a paged ``table`` and its ``filter``; or, when ``export``
    names the list and the query string says ``?export=csv``, stream every matching row
    as CSV. ``filter_options`` go to the filter set (``ListFilter.options``); ``count``:
    see ``build_list``."""
    wants_export = export is not None and request.GET.get(EXPORT_PARAM) == "csv"
    result = build_list(
        request,
        organisation=organisation,
        queryset=queryset,
        table_class=table_class,
        filterset_class=filterset_class,
        filter_options=filter_options,
        paginate=not wants_export,
        count=count,
    )
    if wants_export and export is not None:
        return export_csv(request, result.table, name=export)
    return render(
        request,
        template,
        {
            **context,
            "table": result.table,
            "filter": result.filterset,
            "export_url": export_url(request) if export is not None else "",
        },
    )


def export_url(request: HttpRequest) -> str:
    """This page's address with its filters and sort, asking for the CSV export."""
    params = request.GET.copy()
    for name in ("page", "per_page", EXPORT_PARAM):
        params.pop(name, None)
    params[EXPORT_PARAM] = "csv"
    return f"?{params.urlencode()}"


def csv_safe(value: Any) -> str:
    """``value`` as a CSV cell that no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


class _Echo:
    """A file-like object whose ``write`` hands the line back, for ``csv.writer``."""

    def write(self, value: str) -> str:
        return value


def table_rows(table: ListTable, *, chunk: int = EXPORT_CHUNK) -> Iterator[list[str]]:
    """The header and every row of ``table`` (sorted as configured), as text, read from the
    database ``chunk`` rows at a time (prefetches included)."""
    # Every column, hidden ones too (a list may show the start of a text and export it
    # whole), except those marked ``exclude_from_export`` (buttons, forms).
    header = [c for c in table.columns.iterall() if not c.column.exclude_from_export]
    yield [str(c.header) for c in header]
    data: Any = table.data.data
    if isinstance(data, QuerySet):
        rows: Iterable[Any] = data.iterator(chunk_size=chunk)
    else:
        rows = data
    batch: list[Any] = []
    for item in rows:
        batch.append(item)
        if len(batch) >= chunk:
            yield from _values(table, batch, header)
            batch = []
    if batch:
        yield from _values(table, batch, header)


def _values(table: ListTable, batch: list[Any], header: list[Any]) -> Iterator[list[str]]:
    names = [c.name for c in header]
    # Already in the order asked for: the chunk's own table must not sort it again.
    part = type(table)(batch, organisation=table.list_organisation, order_by=())
    values = part.as_values(
        exclude_columns=[c.name for c in part.columns.iterall() if c.name not in names]
    )
    next(values)  # the header, written once already
    for row in values:
        yield [csv_safe(v) for v in row]


def export_csv(request: HttpRequest, table: ListTable, *, name: str) -> StreamingHttpResponse:
    """Stream ``table``'s rows as CSV and record who exported what."""
    from portal.audit.actions import write_audit_entry

    def lines() -> Iterator[str]:
        writer = csv.writer(_Echo())
        for row in table_rows(table):
            yield writer.writerow(row)

    filters = {k: v for k, v in request.GET.items() if k not in (EXPORT_PARAM, "page")}
    write_audit_entry(
        acting_user=request.user,
        organisation=table.organisation,
        verb="list.export",
        target=None,
        detail={"list": name, "filters": filters},
    )
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{table.organisation.slug}-{name}-{stamp}.csv"'
    )
    response["Cache-Control"] = "no-store"
    return response
