"""Pages of the ingestion app. Press review queue (issue 6) in press_urls; add other pages below."""
from relocalisation.ingestion.press_urls import urlpatterns as press_urlpatterns

app_name = "ingestion"

urlpatterns = [
    *press_urlpatterns,
]
