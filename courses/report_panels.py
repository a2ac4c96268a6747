"""Placeholder: the dashboard panel linking leaders and coordinators to course reports (being written)."""


def reports_dashboard_panel(request):
    return None
