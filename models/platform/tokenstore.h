// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Tarmac {

// Platform tokens in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential
// Store), one entry per platform URL. Never in QSettings or a file: without a keychain the token
// lives for this session only, in memory, and the caller tells the user so.
class TokenStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // the keychain has no token for this platform
        NoKeychain, // no keychain service answers (on Linux: no Secret Service on D-Bus)
        Failed, // the keychain answered with an error (locked, access denied...)
    };
    Q_ENUM(Status)
    struct Result {
        Status status = Status::Failed;
        QByteArray token;
        QString error; // what the keychain said, for people
        bool sessionOnly = false; // the token came from this session's memory, not the keychain
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // The keychain entry's name for a platform: its URL without path, user info or trailing slash.
    static QString keyFor(const QUrl &platformUrl);

    // Each calls done on context's thread when the keychain answers (never at once).
    void read(const QUrl &platformUrl, QObject *context, Callback done);
    void write(const QUrl &platformUrl, const QByteArray &token, QObject *context, Callback done);
    void remove(const QUrl &platformUrl, QObject *context, Callback done);

    // For when write() said NoKeychain: keep the token in memory until the program ends.
    static void keepForSession(const QUrl &platformUrl, const QByteArray &token);
    static QByteArray sessionToken(const QUrl &platformUrl);

    // Blocking read in a local event loop, for tarmacctl (never from the workbench's GUI thread).
    static Result readNow(const QUrl &platformUrl);

    // The keychain service name entries are stored under; tests change it to stay apart.
    static QString serviceName();
};

}
