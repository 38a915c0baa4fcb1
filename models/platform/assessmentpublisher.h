// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"
#include "platform/platformclient.h"
#include "platform/storedassessment.h"

#include <QObject>
#include <QPointer>

namespace Tarmac {

// Publishes a workshop session to a platform: its shared copy (no private notes) as file text. The
// first time it is stored; a session the platform already has is replaced, so publishing again
// after the room went on keeps one round. One publication at a time; the workbench and tarmacctl
// share it.
class AssessmentPublisher : public QObject {
    Q_OBJECT
public:
    explicit AssessmentPublisher(PlatformClient *client, QObject *parent = nullptr);
    ~AssessmentPublisher() override;

    // Starts publishing; ignored (returns false) while a publication runs.
    bool publish(const AssessmentSession &session);
    bool isBusy() const { return !m_reply.isNull(); }
    void cancel();

Q_SIGNALS:
    // replaced: the platform had this session already and now has this state of it.
    void published(const Tarmac::StoredAssessment &stored, bool replaced);
    void failed(const Tarmac::ApiError &error);
    void busyChanged(bool busy);

private:
    void onStored();
    void onReplaced();
    void finishWith(ApiReply *reply, bool replaced);

    PlatformClient *m_client;
    QPointer<ApiReply> m_reply;
    QByteArray m_text;
    // Kept with the text: retrying the same publication sends the same Idempotency-Key.
    QByteArray m_idempotencyKey;
};

}
