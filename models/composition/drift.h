// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/overrides.h"
#include "composition/servicerecord.h"
#include "templates/templatecatalog.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace Tarmac {

class NunjucksEngine;

// One way a service folder differs from a fresh render of its record plus its overrides.
struct FileDrift {
    enum class Kind {
        Changed, // the file differs from what Tarmac would write
        Missing, // Tarmac would write it; the folder lacks it
        Added, // in the folder; Tarmac would not write it
        Conflict, // an override still holds conflict markers
        OrphanedOverride, // an override on a file the template no longer produces (kept)
    };
    QString path; // relative to the service folder
    Kind kind = Kind::Changed;
    bool overridden = false;
    QByteArray patch; // unified diff from what Tarmac would write (a/) to the folder (b/)
};

struct DriftReport {
    QString directory;
    QString error; // the check could not run (no record, unknown template version...)
    std::optional<ServiceRecord> record;
    QList<FileDrift> differences;
    QMap<QString, QByteArray> expected; // what a fresh render with the overrides merged would write
    QList<Override> overrides; // as found in the folder (edited = the working copy)

    bool clean() const { return error.isEmpty() && differences.isEmpty(); }
    // Every difference as one unified diff, in path order.
    QByteArray diff() const;
    // One line per difference: "changed: deploy/k8s/deployment.yaml".
    QStringList summary() const;
};

// Drift: a generated service folder compared with a fresh render of the template version and
// parameters in its record (`.tarmac/service.yaml`) with its overrides merged on top. `.tarmac/`
// and `.git/` are Tarmac's and git's own and are not compared.
class Drift {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::Drift)
public:
    static DriftReport check(
        const QString &serviceDirectory, const QList<TemplateCatalog::Entry> &catalog, NunjucksEngine &engine);
    // Keeps the folder's current content of path as an override on the fresh render, so that it no
    // longer counts as drift and later renders merge it.
    static bool recordOverride(const QString &serviceDirectory, const QString &path,
        const QList<TemplateCatalog::Entry> &catalog, NunjucksEngine &engine, QString *error);
    // libgit2's unified diff of two texts, with a/path and b/path headers; empty when equal. A null
    // side is a file that does not exist.
    static QByteArray unifiedDiff(
        const QString &path, const std::optional<QByteArray> &before, const std::optional<QByteArray> &after);
};

}
