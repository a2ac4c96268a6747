from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from intranet.organisations import views as organisation_views
from intranet.pages.seo import SITEMAPS

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("language/", organisation_views.language_switch, name="language_switch"),
]

urlpatterns += i18n_patterns(
    path("", organisation_views.home, name="home"),
    path("", include("intranet.organisations.urls")),
    path("", include("intranet.pages.urls")),
    path("", include("intranet.meetings.urls")),
    path("", include("intranet.directory.urls")),
    path("", include("courses.urls")),
    path("", include("certification.urls")),
    path("", include("intranet.volunteering.urls")),
    path("", include("forums.urls")),
    path("", include("forums.campaign_urls")),
    # Wagtail's page tree comes last: it answers every path the apps above do not.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
