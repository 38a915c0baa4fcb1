// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatecatalog.h"
#include "templates/templatetypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tarmac {

class NunjucksEngine;

// A resource a service was rendered with: its instance name, kind and the resource template.
struct RecordedResource {
    QString name;
    QString kind;
    QString templateName;
    QString templateVersion;
    QJsonObject parameters = {}; // the resource node's own values (not name, kind or service)

    bool operator==(const RecordedResource &) const = default;
};

// What a generated service was made from, kept in its folder as `.tarmac/service.yaml`: enough to
// render it again byte for byte (drift) and to find its hand edits (overrides).
struct ServiceRecord {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::ServiceRecord)
public:
    static constexpr const char *FileName = ".tarmac/service.yaml";
    static constexpr const char *ApiVersion = "tarmac.dev/v1";
    static constexpr const char *Kind = "ServiceRecord";

    QString id; // the service's id in its composition, also its folder name
    QString templateName;
    QString templateVersion;
    QJsonObject parameters; // exactly what the render got (the id as name, called services)
    QList<RecordedResource> resources;
    QStringList overrides; // paths (relative to the service folder) of hand edits kept as overrides

    bool operator==(const ServiceRecord &) const = default;

    // Plain YAML with sorted keys, so that a change shows as a small diff.
    QByteArray serialize() const;
    // Parses a record; on failure returns nothing and says what and where in *error.
    static std::optional<ServiceRecord> parse(const QByteArray &bytes, const QString &fileName, QString *error);
    static std::optional<ServiceRecord> load(const QString &serviceDirectory, QString *error);

    // The render request this record describes, with templates from the catalog's entries. Fails,
    // naming the service, when the template or the exact version is not there.
    std::optional<RenderRequest> request(const QList<TemplateCatalog::Entry> &catalog, QString *error) const;
    // Renders the service as the record says (synchronous; for worker threads and tarmacctl).
    RenderResult render(const QList<TemplateCatalog::Entry> &catalog, NunjucksEngine &engine) const;
};

// The catalog entry for a template name and version; the newest source's entry when version is
// empty.
std::optional<TemplateCatalog::Entry> findTemplate(
    const QList<TemplateCatalog::Entry> &catalog, const QString &name, const QString &version = {});

}
