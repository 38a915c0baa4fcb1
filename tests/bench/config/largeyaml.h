// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark's input: Kubernetes manifests (Deployment + Service pairs) of about `lines` lines, the
// same every time; every seventh Deployment lacks probes, so the checks have findings to report.
#pragma once

#include <QString>

inline QString largeKubernetesYaml(int lines)
{
    QString out;
    int written = 0;
    for (int i = 0; written < lines; ++i) {
        const QString name = QStringLiteral("service-%1").arg(i);
        QString doc = QStringLiteral("---\n"
                                     "# %1: generated for the benchmark\n"
                                     "apiVersion: apps/v1\n"
                                     "kind: Deployment\n"
                                     "metadata:\n"
                                     "  name: %1\n"
                                     "  labels:\n"
                                     "    app.kubernetes.io/name: %1\n"
                                     "    app.kubernetes.io/part-of: shop\n"
                                     "spec:\n"
                                     "  replicas: %2\n"
                                     "  selector:\n"
                                     "    matchLabels:\n"
                                     "      app.kubernetes.io/name: %1\n"
                                     "  template:\n"
                                     "    metadata:\n"
                                     "      labels:\n"
                                     "        app.kubernetes.io/name: %1\n"
                                     "        app.kubernetes.io/part-of: shop\n"
                                     "    spec:\n"
                                     "      securityContext:\n"
                                     "        runAsNonRoot: true\n"
                                     "        runAsUser: 10001\n"
                                     "      containers:\n"
                                     "        - name: %1\n"
                                     "          image: \"registry.example/shop/%1:1.%2.0\"\n"
                                     "          ports:\n"
                                     "            - name: http\n"
                                     "              containerPort: 8080\n"
                                     "          env:\n"
                                     "            - name: OTEL_SERVICE_NAME\n"
                                     "              value: %1\n"
                                     "            - name: DATABASE_URL\n"
                                     "              valueFrom:\n"
                                     "                secretKeyRef: {name: %1-db, key: url}\n")
                          .arg(name)
                          .arg(i % 5 + 1);
        if (i % 7 != 0)
            doc += QStringLiteral("          livenessProbe:\n"
                                  "            httpGet: {path: /healthz, port: http}\n"
                                  "            periodSeconds: 10\n"
                                  "          readinessProbe:\n"
                                  "            httpGet: {path: /readyz, port: http}\n"
                                  "            periodSeconds: 5\n");
        doc += QStringLiteral("          resources:\n"
                              "            requests: {cpu: 100m, memory: 128Mi}\n"
                              "            limits: {memory: 256Mi}\n"
                              "---\n"
                              "apiVersion: v1\n"
                              "kind: Service\n"
                              "metadata:\n"
                              "  name: %1\n"
                              "spec:\n"
                              "  selector:\n"
                              "    app.kubernetes.io/name: %1\n"
                              "  ports:\n"
                              "    - name: http\n"
                              "      port: 80\n"
                              "      targetPort: http # 'quoted' \"strings\" and comments for the highlighter\n")
                   .arg(name);
        out += doc;
        written += int(doc.count(QLatin1Char('\n')));
    }
    return out;
}
