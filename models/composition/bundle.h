// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"
#include "composition/overrides.h"
#include "composition/servicerecord.h"
#include "templates/templatecatalog.h"
#include "templates/templatetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>

#include <functional>

namespace Tarmac {

class NunjucksEngine;

// One file of a bundle.
struct BundleFile {
    QString path; // relative to the bundle folder, '/'-separated
    QByteArray content;
    bool executable = false;

    bool operator==(const BundleFile &) const = default;
};

// Everything a bundle render needs, copied so that a worker thread can run it on its own.
struct BundleRequest {
    quint64 id = 0;
    Composition composition;
    QList<TemplateCatalog::Entry> catalog;
    // Hand edits by service id (paths relative to the service folder), merged into the new render.
    QHash<QString, QList<Override>> overrides;
};

// An override merge in a bundle, with the service it belongs to.
struct BundleMerge {
    QString serviceId;
    OverrideMerge merge;
};

// A composition rendered: each service's files under services/<id>/ (with its record
// `.tarmac/service.yaml` and the bases of its overrides), a local compose file (compose.yaml) and a
// kustomization (deploy/kustomization.yaml). Byte-stable: the same request gives the same bytes.
struct Bundle {
    static constexpr const char *ComposeFile = "compose.yaml";
    static constexpr const char *KustomizationFile = "deploy/kustomization.yaml";
    // sha-256 of the system files and of the composition's overrides as generated, so a later
    // generate can tell hand edits.
    static constexpr const char *RecordFile = ".tarmac/bundle.yaml";

    quint64 requestId = 0;
    QList<BundleFile> files; // sorted by path
    QList<ServiceRecord> services; // sorted by id
    QList<BundleMerge> merges;
    TemplateDiagnostics diagnostics; // errors name the node; with errors the bundle may be partial
    QList<StepReport> skippedSteps; // remote steps the services' templates would run
    bool cancelled = false;
    double milliseconds = 0;

    bool ok() const { return !cancelled && !hasErrors(diagnostics); }
    const BundleFile *file(const QString &path) const;
    static QString serviceFolder(const QString &id) { return QStringLiteral("services/") + id; }
};

// Renders a composition into a bundle. Synchronous; use it on a worker thread (BundleRenderer).
class BundleBuilder {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::BundleBuilder)
public:
    explicit BundleBuilder(NunjucksEngine &engine);

    // cancelled, when given, is asked between services; a cancelled bundle has cancelled set.
    Bundle build(const BundleRequest &request, const std::function<bool()> &cancelled = {});

    // What each service will be rendered from (its record, without overrides), sorted by id, with
    // the problems found in the graph.
    static QList<ServiceRecord> records(
        const Composition &composition, const QList<TemplateCatalog::Entry> &catalog, TemplateDiagnostics *diagnostics);

private:
    QByteArray composeFile(const Composition &composition, const QList<ServiceRecord> &records,
        const QList<TemplateCatalog::Entry> &catalog, TemplateDiagnostics *diagnostics);
    RenderResult renderService(const ServiceRecord &record, const QList<TemplateCatalog::Entry> &catalog,
        QHash<QByteArray, RenderResult> &rendered);

    NunjucksEngine &m_engine;
    // The last build's service renders by record, for services made only from built-in templates
    // (which never change): a parameter change re-renders one service, not all of them.
    QHash<QByteArray, RenderResult> m_renders;
};

// Generates a bundle into a folder without losing hand edits: files edited by hand in a generated
// service folder must be overrides (they are merged into the new render); anything else Tarmac
// would overwrite with other content stops the whole write, naming the file.
class BundleWriter {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::BundleWriter)
public:
    // What is already in the folder, read before rendering.
    struct Existing {
        QHash<QString, QList<Override>> overrides; // by service id: put them into the BundleRequest
        QHash<QString, QStringList> generated; // by service id: the files the previous render wrote
        QStringList problems; // hand edits that are not overrides, and folders that cannot be read
    };
    static Existing inspect(const Composition &composition, const QList<TemplateCatalog::Entry> &catalog,
        const QString &outputDirectory, NunjucksEngine &engine);

    struct Written {
        QStringList problems; // nothing was written when there are any
        QStringList removed; // generated files the new render no longer produces
        int files = 0;
    };
    static Written write(const Bundle &bundle, const Existing &existing, const QString &outputDirectory);
    // sha-256 by bundle path of what Tarmac last wrote and may overwrite: the system files and the
    // files written from the composition's own overrides (from .tarmac/bundle.yaml).
    static QHash<QString, QByteArray> recordedHashes(const QString &outputDirectory);

    // The whole of Generate: inspect the folder, render with its overrides, write.
    struct Generation {
        quint64 requestId = 0;
        QString directory;
        Bundle bundle; // empty when the folder's hand edits stopped it before rendering
        QStringList problems; // nothing was written when there are any
        QStringList removed;
        int files = 0;
        bool ok() const { return problems.isEmpty(); }
    };
    static Generation generate(
        BundleBuilder &builder, NunjucksEngine &engine, BundleRequest request, const QString &outputDirectory);
};

}

Q_DECLARE_METATYPE(Tarmac::Bundle)
Q_DECLARE_METATYPE(Tarmac::BundleWriter::Generation)
