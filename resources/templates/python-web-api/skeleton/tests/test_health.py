from fastapi.testclient import TestClient

from app.main import app


def test_health() -> None:
    client = TestClient(app)
    for path in ("/healthz", "/readyz"):
        assert client.get(path).status_code == 200
