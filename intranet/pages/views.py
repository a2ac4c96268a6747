from django.core.paginator import Paginator
from django.shortcuts import render

from . import selectors

QUERY_MAX_LENGTH = 200


def search(request):
    """Site search across toolkits, video lessons, process guides and articles, in the reader's language."""
    query = request.GET.get("q", "").strip()[:QUERY_MAX_LENGTH]
    results = selectors.search_pages(user=request.user, query=query) if query else []
    page_obj = Paginator(results, selectors.SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "pages/search.html",
        {"query": query, "results": page_obj.object_list, "page_obj": page_obj, "count": len(results)},
    )
