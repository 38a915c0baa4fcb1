// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of the template room: manifests, diagnostics, render requests and results.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Tarmac {

// One finding about a template or a generated file, printed as `file:line:col: severity: message`.
struct TemplateDiagnostic {
    enum class Severity { Error, Warning };
    QString file;
    int line = 0; // 1-based; 0 when the finding is about the whole file
    int column = 0;
    Severity severity = Severity::Error;
    QString message;

    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
};
using TemplateDiagnostics = QList<TemplateDiagnostic>;
bool hasErrors(const TemplateDiagnostics &diagnostics);

// A step of a Backstage template (`spec.steps[]`).
struct TemplateStep {
    QString id;
    QString name;
    QString action;
    QJsonObject input; // as written, before rendering
    QJsonValue condition; // `if:`; undefined when absent
    QJsonValue each; // `each:`, a list or mapping (or an expression giving one); undefined when absent
    int line = 0;
    int column = 0;
};

// A template.yaml: a Backstage scaffolder.backstage.io/v1beta3 Template with Tarmac's own keys under
// metadata.tarmac.
struct TemplateManifest {
    enum class Kind { Service, Resource };

    QString directory; // folder holding template.yaml
    QString manifestPath;
    QString name;
    QString title;
    QString description;
    QStringList tags;
    QString type; // spec.type
    QString owner; // spec.owner
    QString version = QStringLiteral("0.0.0"); // metadata.tarmac.version
    QString lifecycle;
    Kind kind = Kind::Service;
    QString resourceKind; // for resources: postgres, redis...
    QStringList attachableResources; // for services: the resource kinds that can attach
    QJsonObject contributes; // for resources: env, egress, score, compose fragments (templated)
    QString runCommand; // local run command for the local deployer
    QJsonArray parameterPages; // spec.parameters, always as a list of pages
    QList<TemplateStep> steps;

    QString kindName() const { return kind == Kind::Resource ? QStringLiteral("resource") : QStringLiteral("service"); }
};

// A resource to attach to a service render: a resource template's kind and a name for the instance.
struct ResourceAttachment {
    QString kind;
    QString name;
    // The resource's own values for its template's parameters (name, kind and service are the
    // attachment's and always win).
    QJsonObject parameters = {};
};

// Everything a render needs, copied so that a worker thread can run it on its own.
struct RenderRequest {
    quint64 id = 0;
    TemplateManifest manifest;
    QJsonObject parameters; // the form's values, before defaults
    QList<ResourceAttachment> resources;
    QList<TemplateManifest> resourceTemplates; // the catalog's resource kinds
    QString sharedRoot; // folder that relative fetch URLs may reach into
    QString user; // entity ref of who renders (`user.ref`); empty: TemplateRenderer::defaultUser()
};

// One entry the render would write (or skip).
struct RenderedFile {
    QString path; // relative to the output folder, '/'-separated
    QString sourcePath; // the skeleton entry it came from, relative to the template folder
    QByteArray content;
    bool directory = false;
    bool templated = true; // false when copied as it is
    bool skipped = false;
    QString skipReason;
    bool executable = false;
};

struct StepReport {
    QString id;
    QString action;
    enum class Status { Done, Skipped, Failed } status = Status::Done;
    QString reason;
};

struct RenderResult {
    quint64 requestId = 0;
    TemplateDiagnostics diagnostics; // errors mean nothing may be written
    QList<RenderedFile> files;
    QList<StepReport> steps;
    double milliseconds = 0;

    bool ok() const { return !hasErrors(diagnostics); }
    const RenderedFile *file(const QString &path) const;
};

}

Q_DECLARE_METATYPE(Tarmac::RenderResult)
Q_DECLARE_METATYPE(Tarmac::RenderRequest)
