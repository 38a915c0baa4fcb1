// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/assessmentpublisher.h"

#include "assessment/assessmentsessionfile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tarmac {

AssessmentPublisher::AssessmentPublisher(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AssessmentPublisher::~AssessmentPublisher()
{
    if (m_reply)
        m_reply->disconnect(this);
}

bool AssessmentPublisher::publish(const AssessmentSession &session)
{
    if (isBusy())
        return false;
    const QByteArray text = AssessmentSessionFile::serialize(sharedCopy(session));
    if (text != m_text || m_idempotencyKey.isEmpty()) {
        m_text = text;
        m_idempotencyKey = PlatformClient::newIdempotencyKey();
    }
    m_reply = m_client->storeAssessment(m_text, m_idempotencyKey);
    connect(m_reply.data(), &ApiReply::finished, this, &AssessmentPublisher::onStored);
    Q_EMIT busyChanged(true);
    return true;
}

void AssessmentPublisher::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void AssessmentPublisher::onStored()
{
    ApiReply *reply = m_reply;
    const ApiError &error = reply->error();
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 409 && error.code == u"already_stored") {
        const QString id = QJsonDocument::fromJson(error.details.toUtf8()).object().value("id"_L1).toString();
        if (!id.isEmpty()) {
            m_reply = m_client->replaceAssessment(id, m_text);
            connect(m_reply.data(), &ApiReply::finished, this, &AssessmentPublisher::onReplaced);
            return;
        }
    }
    finishWith(reply, false);
}

void AssessmentPublisher::onReplaced()
{
    finishWith(m_reply, true);
}

void AssessmentPublisher::finishWith(ApiReply *reply, bool replaced)
{
    m_reply.clear();
    Q_EMIT busyChanged(false);
    if (!reply->ok()) {
        Q_EMIT failed(reply->error());
        return;
    }
    QString why;
    const auto stored = StoredAssessment::fromJson(reply->json().toObject(), &why);
    if (!stored) {
        ApiError malformed;
        malformed.kind = ApiError::Kind::Malformed;
        malformed.message = why;
        malformed.where = reply->error().where;
        Q_EMIT failed(malformed);
        return;
    }
    // A later change makes a new publication, with a new key.
    m_idempotencyKey.clear();
    Q_EMIT published(*stored, replaced);
}

}
