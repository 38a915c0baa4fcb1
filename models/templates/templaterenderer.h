// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <functional>
#include <optional>

namespace Tarmac {

class NunjucksEngine;

// Runs a template's steps the way Backstage's scaffolder does, in memory: step inputs rendered as
// NunjucksWorkflowRunner renders them, fetch:template and fetch:plain as Backstage's actions do,
// remote steps (publish:*, catalog:register, ...) reported as skipped with the reason. Nothing is
// written: TemplateWriter does that with the result. Synchronous; use it on a worker thread.
class TemplateRenderer {
public:
    // Finds the resource template for a resource kind (postgres, redis...).
    using ResourceLookup = std::function<std::optional<TemplateManifest>(const QString &kind)>;

    explicit TemplateRenderer(NunjucksEngine &engine);

    void setResourceLookup(ResourceLookup lookup) { m_lookup = std::move(lookup); }
    // Folder that relative fetch URLs may reach into (a catalog's root); the template's own folder
    // when unset.
    void setSharedRoot(const QString &root) { m_sharedRoot = root; }
    // Who renders, as a Backstage entity ref (user:default/jane, or jane); the templates see it as
    // `user.ref` and `user.entity`. Empty: defaultUser().
    void setUser(const QString &entityRef) { m_user = entityRef; }

    // TARMAC_USER when set, otherwise the login name, as user:default/<name>.
    static QString defaultUser();
    // Backstage's `user` context for an entity ref: {ref, entity} with a User entity as the catalog
    // would hold it (kind, namespace and name; the display name is the name).
    static QJsonObject userContext(const QString &entityRef);

    RenderResult render(const TemplateManifest &manifest, const QJsonObject &parameters,
        const QList<ResourceAttachment> &resources = {});
    // A request with its own resource templates and shared root.
    RenderResult render(const RenderRequest &request);

    // The values a resource template renders with: the resource's own parameters with their
    // defaults, then the attachment's name and kind and the service it is attached to.
    static QJsonObject resourceValues(const TemplateManifest &resource, const QJsonObject &parameters,
        const QString &name, const QString &kind, const QString &service);

private:
    struct State;
    QJsonValue renderValue(const QJsonValue &value, State &state);
    bool runStep(const TemplateManifest &manifest, const TemplateStep &step, State &state);
    bool runAction(const TemplateManifest &manifest, const TemplateStep &step, StepReport &report, State &state);
    void fetchTemplate(
        const TemplateManifest &manifest, const TemplateStep &step, const QJsonObject &input, State &state, bool plain);
    QString resolveUrl(const TemplateManifest &manifest, const QString &url, QString *error) const;

    NunjucksEngine &m_engine;
    ResourceLookup m_lookup;
    QString m_sharedRoot;
    QString m_user;
};

}
