from django.urls import path

from relocalisation.organisations import views

app_name = "organisations"

urlpatterns = [
    path("compte/", views.account, name="account"),
    path("compte/inscription/", views.signup, name="signup"),
    path("compte/entreprises/<uuid:pk>/", views.company, name="company"),
    path("compte/verification/<str:token>/", views.verify, name="verify"),
    path("compte/connexion/", views.LoginView.as_view(), name="login"),
    path("compte/deconnexion/", views.LogoutView.as_view(), name="logout"),
    path("compte/double-authentification/", views.two_factor, name="two_factor"),
    path("compte/codes-de-secours/", views.backup_codes, name="backup_codes"),
    path("compte/mot-de-passe/", views.PasswordResetView.as_view(), name="password_reset"),
    path("compte/mot-de-passe/envoye/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("compte/mot-de-passe/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("compte/mot-de-passe/termine/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
