// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformclient.h"

#include <QTest>

#include <memory>

namespace TestUtils {

// What an ApiReply said when it finished, copied in its finished() handler: the reply deletes
// itself soon after, so a test must not read it later.
struct ApiOutcome {
    int finishedCount = 0;
    bool ok = false;
    Tarmac::ApiError error;
    QJsonValue json;
    bool fromCache = false;
    QDateTime cachedAt;
    int attempts = 0;
    QByteArray replayed; // the Idempotent-Replayed header
};

// Waits for reply to finish (up to timeoutMs) and what it said; finishedCount 0 if it never did.
inline ApiOutcome waitFor(Tarmac::ApiReply *reply, int timeoutMs = 30000)
{
    auto outcome = std::make_shared<ApiOutcome>();
    QObject::connect(reply, &Tarmac::ApiReply::finished, reply, [reply, outcome] {
        ++outcome->finishedCount;
        outcome->ok = reply->ok();
        outcome->error = reply->error();
        outcome->json = reply->json();
        outcome->fromCache = reply->fromCache();
        outcome->cachedAt = reply->cachedAt();
        outcome->attempts = reply->attempts();
        outcome->replayed = reply->rawHeader("Idempotent-Replayed");
    });
    (void)QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, timeoutMs);
    return *outcome;
}

}
