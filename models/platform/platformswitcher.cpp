// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platformswitcher.h"

#include "core/logging.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Tarmac {

namespace {
using CaCallback = std::function<void(const QList<QSslCertificate> &, const QString &error)>;

// Reads a PEM file of CA certificates on the thread pool; done runs on context's thread.
void loadCaCertificates(const QString &path, QObject *context, CaCallback done)
{
    if (path.isEmpty()) {
        QMetaObject::invokeMethod(context, [done] { done({}, {}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, path, done] {
        QList<QSslCertificate> certificates;
        QString error;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = PlatformSwitcher::tr("cannot read the CA certificate file %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        } else {
            certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (certificates.isEmpty())
                error = PlatformSwitcher::tr("the CA certificate file %1 holds no PEM certificate")
                            .arg(QDir::toNativeSeparators(path));
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, certificates, error, done] {
                if (guard)
                    done(certificates, error);
            },
            Qt::QueuedConnection);
    });
}
}

PlatformSwitcher::PlatformSwitcher(PlatformConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_connections(new PlatformConnectionsModel(this))
{
    m_connections->load();
    // Removing the active connection makes the embedded one active: follow it.
    connect(m_connections, &PlatformConnectionsModel::activeChanged, this,
        [this](const QString &id) { connectTo(m_connections->endpoint(id)); });
}

PlatformSwitcher::~PlatformSwitcher() = default;

void PlatformSwitcher::setEmbeddedServer(const QString &program, const QString &dataDir)
{
    m_serverProgram = program;
    m_dataDir = dataDir;
}

void PlatformSwitcher::start(const QUrl &url)
{
    if (url.isEmpty()) {
        connectTo(m_connections->active());
        return;
    }
    const PlatformEndpoint known = m_connections->findByUrl(url);
    connectTo(known.id.isEmpty() ? PlatformEndpoint { QString(), QString(), url, QString() } : known);
}

void PlatformSwitcher::activate(const QString &id)
{
    if (m_connections->rowOf(id) < 0)
        return;
    if (id == m_connections->activeId())
        connectTo(m_connections->endpoint(id));
    else
        m_connections->setActiveId(id); // connects through activeChanged
}

void PlatformSwitcher::reload()
{
    // The stored entry may have been edited since.
    const PlatformEndpoint stored = m_connections->endpoint(m_current.id);
    connectTo(stored.id.isEmpty() ? m_current : stored);
}

void PlatformSwitcher::connectTo(const PlatformEndpoint &endpoint)
{
    const quint64 generation = ++m_generation;
    m_current = endpoint;
    qCInfo(lcPlatform) << "switching to platform" << (endpoint.isEmbedded() ? u"local"_s : endpoint.url.toString());
    m_connection->setToken({});
    m_connection->setCaCertificates({});
    m_connection->setDisplayName(endpoint.isEmbedded() ? QString() : endpoint.name);
    if (endpoint.isEmbedded()) {
        m_connection->startEmbedded(m_serverProgram, m_dataDir);
        return;
    }
    const QUrl url = endpoint.url;
    loadCaCertificates(endpoint.caFile, this,
        [this, generation, url](const QList<QSslCertificate> &certificates, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                m_connection->failRemote(url, error);
                return;
            }
            m_connection->setCaCertificates(certificates);
            auto *store = new TokenStore(this);
            store->read(url, this, [this, store, generation, url](const TokenStore::Result &result) {
                store->deleteLater();
                if (generation != m_generation)
                    return;
                m_connection->setToken(result.token);
                m_connection->connectRemote(url);
                if (result.token.isEmpty())
                    Q_EMIT tokenNeeded(url, result.status != TokenStore::Status::NoKeychain,
                        result.status == TokenStore::Status::NotFound ? QString() : result.error);
            });
        });
}

void PlatformSwitcher::saveToken(const QUrl &url, const QByteArray &token)
{
    auto *store = new TokenStore(this);
    store->write(url, token, this, [this, store, url, token](const TokenStore::Result &result) {
        store->deleteLater();
        const bool inKeychain = result.status == TokenStore::Status::Ok;
        // Never a file: without a keychain the token lives as long as this program.
        if (!inKeychain)
            TokenStore::keepForSession(url, token);
        if (!m_current.isEmbedded() && TokenStore::keyFor(m_current.url) == TokenStore::keyFor(url)
            && m_connection->baseUrl() == m_current.url) {
            m_connection->setToken(token);
            m_connection->reconnect();
        }
        Q_EMIT tokenSaved(url, inKeychain, inKeychain ? QString() : result.error);
    });
}

void PlatformSwitcher::forgetToken(const QUrl &url)
{
    auto *store = new TokenStore(this);
    store->remove(url, this, [store](const TokenStore::Result &) { store->deleteLater(); });
}

void PlatformSwitcher::test(const PlatformEndpoint &endpoint, const QByteArray &token, QObject *context,
    std::function<void(bool ok, const QString &text)> done)
{
    QPointer<QObject> guard(context);
    const auto report = [guard, done](bool ok, const QString &text) {
        if (guard)
            done(ok, text);
    };
    const QUrl url = endpoint.url;
    loadCaCertificates(endpoint.caFile, this,
        [this, url, token, report](const QList<QSslCertificate> &certificates, const QString &error) {
            if (!error.isEmpty()) {
                report(false, error);
                return;
            }
            const auto probe = [this, url, certificates, report](const QByteArray &usedToken) {
                // A connection of its own: the active platform stays as it is.
                auto *connection = new PlatformConnection(this);
                connection->setRemote(url);
                connection->setToken(usedToken);
                connection->setCaCertificates(certificates);
                auto *client = new PlatformClient(connection, connection);
                // One attempt with a short wait: the user is waiting for this answer.
                client->setOptions({ 10s, 1, 250ms, 250ms });
                ApiReply *health = client->get(u"/health"_s);
                connect(health, &ApiReply::finished, connection, [connection, client, health, usedToken, report] {
                    if (!health->ok()) {
                        report(false, health->error().describe());
                        connection->deleteLater();
                        return;
                    }
                    const QJsonObject answer = health->json().toObject();
                    const QString platform
                        = tr("The platform answers: status %1, version %2.")
                              .arg(answer.value("status"_L1).toString(), answer.value("version"_L1).toString());
                    if (usedToken.isEmpty()) {
                        report(false, platform + u' ' + tr("There is no token for it yet: enter one."));
                        connection->deleteLater();
                        return;
                    }
                    ApiReply *services = client->get(u"/services"_s, QUrlQuery { { u"limit"_s, u"1"_s } });
                    connect(services, &ApiReply::finished, connection, [connection, services, platform, report] {
                        if (services->ok())
                            report(true, platform + u' ' + tr("The token is accepted."));
                        else
                            report(false, platform + u' ' + services->error().describe());
                        connection->deleteLater();
                    });
                });
            };
            if (!token.isEmpty()) {
                probe(token);
                return;
            }
            auto *store = new TokenStore(this);
            store->read(url, this, [store, probe](const TokenStore::Result &result) {
                store->deleteLater();
                probe(result.token);
            });
        });
}

}
