// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/tokenstore.h"

#include "core/logging.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {

QMutex sessionMutex;
QHash<QString, QByteArray> &sessionTokens()
{
    static QHash<QString, QByteArray> tokens;
    return tokens;
}

TokenStore::Result resultOf(QKeychain::Job *job)
{
    TokenStore::Result result;
    result.error = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = TokenStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = TokenStore::Status::NoKeychain;
        break;
    case QKeychain::OtherError:
    case QKeychain::AccessDenied: {
        // libsecret reports a missing Secret Service or session bus as a generic error; its words tell which.
        static const QStringList noService { u"org.freedesktop.secrets"_s, u"ServiceUnknown"_s,
            u"not provided by any .service"_s, u"D-Bus"_s, u"DBus"_s, u"message bus"_s, u"machine-id"_s };
        const bool missing = std::any_of(noService.cbegin(), noService.cend(),
            [&](const QString &words) { return result.error.contains(words, Qt::CaseInsensitive); });
        result.status = missing ? TokenStore::Status::NoKeychain : TokenStore::Status::Failed;
        break;
    }
    default:
        result.status = TokenStore::Status::Failed;
        break;
    }
    return result;
}

void run(QKeychain::Job *job, const QUrl &platformUrl, QObject *context, TokenStore::Callback done)
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, platformUrl, done](QKeychain::Job *) {
        TokenStore::Result result = resultOf(job);
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            if (result.status == TokenStore::Status::Ok)
                result.token = read->binaryData();
            // Without a keychain, this session may still hold a pasted token.
            if (result.status != TokenStore::Status::Ok) {
                const QByteArray session = TokenStore::sessionToken(platformUrl);
                if (!session.isEmpty()) {
                    result.token = session;
                    result.sessionOnly = true;
                }
            }
        }
        if (result.status != TokenStore::Status::Ok && result.status != TokenStore::Status::NotFound)
            qCInfo(lcPlatform) << "keychain:" << result.error;
        done(result);
    });
    job->setAutoDelete(true);
    job->setKey(TokenStore::keyFor(platformUrl));
    job->start();
}

}

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

TokenStore::~TokenStore() = default;

QString TokenStore::serviceName()
{
    const QString override = qEnvironmentVariable("TARMAC_KEYCHAIN_SERVICE");
    return override.isEmpty() ? u"Tarmac platform token"_s : override;
}

QString TokenStore::keyFor(const QUrl &platformUrl)
{
    return platformUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

void TokenStore::read(const QUrl &platformUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    run(job, platformUrl, context, std::move(done));
}

void TokenStore::write(const QUrl &platformUrl, const QByteArray &token, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    // Never a plain-text file when the keychain is missing: the caller keeps it for the session.
    job->setInsecureFallback(false);
    job->setBinaryData(token);
    run(job, platformUrl, context, std::move(done));
}

void TokenStore::remove(const QUrl &platformUrl, QObject *context, Callback done)
{
    {
        QMutexLocker lock(&sessionMutex);
        sessionTokens().remove(keyFor(platformUrl));
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    run(job, platformUrl, context, std::move(done));
}

void TokenStore::keepForSession(const QUrl &platformUrl, const QByteArray &token)
{
    QMutexLocker lock(&sessionMutex);
    sessionTokens().insert(keyFor(platformUrl), token);
}

QByteArray TokenStore::sessionToken(const QUrl &platformUrl)
{
    QMutexLocker lock(&sessionMutex);
    return sessionTokens().value(keyFor(platformUrl));
}

TokenStore::Result TokenStore::readNow(const QUrl &platformUrl)
{
    TokenStore store;
    QEventLoop loop;
    Result result;
    store.read(platformUrl, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

}
