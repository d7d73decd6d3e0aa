from django.contrib import admin
from django.urls import include, path

from . import feeds, views

# The public, read-only site (namespace "tracker").
public_patterns = [
    path("", views.home, name="home"),
    path("commitments/", views.commitment_list, name="commitments"),
    path("commitments/<int:pk>/", views.commitment_detail, name="commitment"),
    path("indicators/", views.indicator_list, name="indicators"),
    path("indicators/<int:pk>/", views.indicator_detail, name="indicator"),
    path("search/", views.search_page, name="search"),
    path("feed/", feeds.ChangesFeed(), name="feed"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("tracker.api")),
    path("articles/", include("articles.urls")),
    path("", include((public_patterns, "tracker"))),
]
