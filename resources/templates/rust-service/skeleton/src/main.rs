//! ${{ values.name }}: ${{ values.description }}
use axum::{routing::get, Json, Router};
use std::net::SocketAddr;

fn app() -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(|| async { "ready\n" }))
        .route("/", get(|| async { Json(serde_like()) }))
}

fn serde_like() -> std::collections::HashMap<&'static str, &'static str> {
    std::collections::HashMap::from([("service", "${{ values.name }}")])
}

#[tokio::main]
async fn main() {
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(${{ values.port }});
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([0, 0, 0, 0], port))).await.expect("bind");
    axum::serve(listener, app())
        .with_graceful_shutdown(async { let _ = tokio::signal::ctrl_c().await; })
        .await
        .expect("serve");
}

#[cfg(test)]
mod tests {
    use super::app;
    use axum::{body::Body, http::{Request, StatusCode}};
    use tower::ServiceExt;

    #[tokio::test]
    async fn health() {
        for path in ["/healthz", "/readyz"] {
            let response = app().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.unwrap();
            assert_eq!(response.status(), StatusCode::OK);
        }
    }
}
