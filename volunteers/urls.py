from django.urls import path

from volunteers import views

app_name = "volunteers"

urlpatterns = [
    path("", views.apply, name="apply"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
    path("status/", views.status, name="status"),
]
