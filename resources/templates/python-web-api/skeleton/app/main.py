"""HTTP entry point of ${{ values.name }}."""
from fastapi import FastAPI

app = FastAPI(title="${{ values.name }}")


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/readyz")
def readyz() -> dict[str, str]:
    return {"status": "ready"}


@app.get("/")
def root() -> dict[str, str]:
    return {"service": "${{ values.name }}"}
