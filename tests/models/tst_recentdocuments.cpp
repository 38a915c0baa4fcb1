// SPDX-License-Identifier: GPL-3.0-or-later
// The recent documents list: newest first, each once, at most RecentDocuments::Limit, kept in
// QSettings, with the entries that no longer exist told apart.
#include "workbench/recentdocuments.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;

class TestRecentDocuments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentDocuments::clear();
    }

    void newestFirstOnceAndLimited()
    {
        QTemporaryDir dir;
        const auto touch = [&](const QString &name) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            return file.fileName();
        };
        const QString a = touch(QStringLiteral("a.tarmac.yaml"));
        const QString b = touch(QStringLiteral("b.tarmac-assessment.yaml"));
        RecentDocuments::add(a);
        RecentDocuments::add(b);
        // The same file by another spelling is the same entry, moved to the front.
        RecentDocuments::add(dir.path() + QStringLiteral("/./sub/../a.tarmac.yaml"));
        QCOMPARE(RecentDocuments::paths(), (QStringList { a, b }));

        // Relative paths are made absolute.
        QDir::setCurrent(dir.path());
        RecentDocuments::add(QStringLiteral("b.tarmac-assessment.yaml"));
        QCOMPARE(RecentDocuments::paths().constFirst(), b);

        for (int i = 0; i < RecentDocuments::Limit + 5; ++i)
            RecentDocuments::add(dir.filePath(QStringLiteral("n%1.tarmac.yaml").arg(i)));
        QCOMPARE(RecentDocuments::paths().size(), RecentDocuments::Limit);
        QCOMPARE(RecentDocuments::paths().constFirst(),
            dir.filePath(QStringLiteral("n%1.tarmac.yaml").arg(RecentDocuments::Limit + 4)));
        QVERIFY(!RecentDocuments::paths().contains(a));
    }

    void missingEntriesAreToldApart()
    {
        RecentDocuments::clear();
        QTemporaryDir dir;
        const QString here = dir.filePath(QStringLiteral("here.tarmac.yaml"));
        QFile file(here);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString gone = dir.filePath(QStringLiteral("gone.tarmac.yaml"));
        RecentDocuments::add(gone);
        RecentDocuments::add(here);
        const QList<RecentDocuments::Entry> entries = RecentDocuments::entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).path, here);
        QVERIFY(entries.at(0).exists);
        QCOMPARE(entries.at(1).path, gone);
        QVERIFY(!entries.at(1).exists);
        RecentDocuments::remove(gone);
        QCOMPARE(RecentDocuments::paths(), QStringList { here });
    }

    void keptInSettings()
    {
        RecentDocuments::clear();
        RecentDocuments::add(QStringLiteral("/somewhere/x.tarmac.yaml"));
        QSettings().sync();
        QCOMPARE(QSettings().value(QLatin1String(RecentDocuments::SettingsKey)).toStringList(),
            QStringList { QStringLiteral("/somewhere/x.tarmac.yaml") });
        RecentDocuments::clear();
        QVERIFY(!QSettings().contains(QLatin1String(RecentDocuments::SettingsKey)));
        // A damaged setting gives an empty list, not a crash.
        QSettings().setValue(QLatin1String(RecentDocuments::SettingsKey), 42);
        QVERIFY(RecentDocuments::paths().size() <= 1);
        RecentDocuments::clear();
    }
};

QTEST_MAIN(TestRecentDocuments)
#include "tst_recentdocuments.moc"
