// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformoptions.h"

#include "commands.h"
#include "platform/platformconnection.h"
#include "platform/tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSslCertificate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tarmac::Ctl {

PlatformOptions::PlatformOptions()
    : m_platformOption(u"platform"_s, tr("The platform's URL (default: $TARMAC_PLATFORM)."), u"URL"_s)
    , m_caOption(
          u"ca-certificate"_s, tr("Trust this PEM CA certificate too (for a platform with a private CA)."), u"FILE"_s)
{
}

PlatformOptions::~PlatformOptions() = default;

void PlatformOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_platformOption);
    parser.addOption(m_caOption);
}

bool PlatformOptions::resolve(const QCommandLineParser &parser, QString *error)
{
    const QString urlText
        = parser.isSet(m_platformOption) ? parser.value(m_platformOption) : qEnvironmentVariable("TARMAC_PLATFORM");
    if (urlText.isEmpty()) {
        *error = tr("no platform: pass --platform URL or set TARMAC_PLATFORM");
        return false;
    }
    m_url = QUrl::fromUserInput(urlText);
    if (!m_url.isValid() || (m_url.scheme() != "http"_L1 && m_url.scheme() != "https"_L1)) {
        *error = tr("'%1' is not an http or https URL").arg(urlText);
        return false;
    }

    QList<QSslCertificate> certificates;
    if (parser.isSet(m_caOption)) {
        const QString path = parser.value(m_caOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the CA certificate %1: %2").arg(path, file.errorString());
            return false;
        }
        certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = tr("%1 holds no PEM certificate").arg(path);
            return false;
        }
    }

    QByteArray token = qgetenv("TARMAC_TOKEN");
    m_tokenSource = u"TARMAC_TOKEN"_s;
    if (token.isEmpty()) {
        const TokenStore::Result stored = TokenStore::readNow(m_url);
        switch (stored.status) {
        case TokenStore::Status::Ok:
            token = stored.token;
            m_tokenSource = tr("the keychain");
            break;
        case TokenStore::Status::NotFound:
            m_tokenSource = tr("none (the keychain has no token for %1)").arg(TokenStore::keyFor(m_url));
            break;
        case TokenStore::Status::NoKeychain:
        case TokenStore::Status::Failed:
            m_tokenSource = tr("none (keychain: %1)").arg(stored.error);
            break;
        }
    }

    m_connection = std::make_unique<PlatformConnection>();
    m_connection->setRemote(m_url);
    m_connection->setToken(token);
    m_connection->setCaCertificates(certificates);
    m_client = std::make_unique<PlatformClient>(m_connection.get());
    return true;
}

CallResult runSynchronously(ApiReply *reply)
{
    QEventLoop loop;
    CallResult result;
    QObject::connect(reply, &ApiReply::finished, &loop, [&] {
        result.error = reply->error();
        result.json = reply->json();
        result.fromCache = reply->fromCache();
        result.cachedAt = reply->cachedAt();
        loop.quit();
    });
    loop.exec();
    return result;
}

CallResult collectPages(
    int wanted, const std::function<ApiReply *(const QString &cursor, int limit)> &requestPage, QJsonArray *items)
{
    QString cursor;
    do {
        // The API serves at most 200 items a page.
        CallResult page = runSynchronously(requestPage(cursor, std::min(200, wanted - int(items->size()))));
        if (!page.ok())
            return page;
        for (const QJsonValue &item : page.json.toObject().value("items"_L1).toArray())
            items->append(item);
        cursor = page.json.toObject().value("nextCursor"_L1).toString();
    } while (!cursor.isEmpty() && items->size() < wanted);
    return {};
}

}
