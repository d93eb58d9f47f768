"""The JSON API, versioned under ``/api/v1/`` (django-ninja; OpenAPI at ``/api/v1/openapi.json``)."""

from ninja import NinjaAPI

from sejour import __version__

api = NinjaAPI(title="sejour API", version="1", description=f"sejour {__version__}: the APS and the status changes around it, with sources.",
               urls_namespace="api-v1")

from sejour.knowledge.api import router as ask_router  # noqa: E402

api.add_router("/ask", ask_router)
