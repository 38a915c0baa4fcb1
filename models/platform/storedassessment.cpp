// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/storedassessment.h"

#include "metrics/dorapoint.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Tarmac {

QString StoredAssessment::scopeText() const
{
    return scope.name.isEmpty() ? scope.kind : scope.kind + u' ' + scope.name;
}

std::optional<StoredAssessment> StoredAssessment::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &field) {
        if (error)
            *error = tr("the assessment's '%1' is missing or not what the API promises").arg(field);
        return std::nullopt;
    };
    StoredAssessment stored;
    stored.id = json.value("id"_L1).toString();
    stored.sessionId = json.value("sessionId"_L1).toString();
    if (stored.id.isEmpty())
        return fail(u"id"_s);
    if (stored.sessionId.isEmpty())
        return fail(u"sessionId"_s);
    stored.title = json.value("title"_L1).toString();
    const QJsonObject model = json.value("model"_L1).toObject();
    stored.model
        = { model.value("id"_L1).toString(), model.value("version"_L1).toString(), model.value("hash"_L1).toString() };
    if (stored.model.id.isEmpty())
        return fail(u"model"_s);
    const QJsonObject scope = json.value("scope"_L1).toObject();
    stored.scope = { scope.value("kind"_L1).toString(), scope.value("name"_L1).toString() };
    if (stored.scope.kind.isEmpty())
        return fail(u"scope"_s);
    stored.date = QDate::fromString(json.value("date"_L1).toString(), Qt::ISODate);
    if (!stored.date.isValid())
        return fail(u"date"_s);
    stored.facilitator = json.value("facilitator"_L1).toString();
    stored.participants = json.value("participants"_L1).toInt();
    for (const QJsonValue &value : json.value("capabilities"_L1).toArray()) {
        const QJsonObject capability = value.toObject();
        if (capability.value("id"_L1).toString().isEmpty())
            return fail(u"capabilities"_s);
        stored.capabilities.append({ capability.value("id"_L1).toString(), capability.value("agreed"_L1).toInt(),
            capability.value("target"_L1).toInt() });
    }
    stored.previousId = json.value("previous"_L1).toString();
    stored.publishedBy = json.value("publishedBy"_L1).toString();
    const auto time = [&](const char *field) {
        const auto ms = Metrics::parseTimestamp(json.value(QLatin1String(field)).toString());
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::UTC) : QDateTime();
    };
    stored.publishedAt = time("publishedAt");
    stored.updatedAt = time("updatedAt");
    stored.sessionText = json.value("session"_L1).toString().toUtf8();
    return stored;
}

}
