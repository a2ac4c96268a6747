from django.core.paginator import Paginator
from django.shortcuts import render

from . import selectors

QUERY_MAX_LENGTH = 200


def search(request):
    """Site search across toolkits, video lessons, process guides and articles, in the reader's language."""
    query = request.GET.get("q", "").strip()[:QUERY_MAX_LENGTH]
    ids = selectors.search_page_ids(user=request.user, query=query) if query else []
    page_obj = Paginator(ids, selectors.SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    results = selectors.pages_in_order(list(page_obj.object_list))
    return render(
        request,
        "pages/search.html",
        {"query": query, "results": results, "page_obj": page_obj, "count": len(ids)},
    )
