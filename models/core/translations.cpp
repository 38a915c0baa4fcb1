// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Tarmac {

namespace {
const QString translationsFolder = QStringLiteral(":/i18n");
}

void installTranslations()
{
    const QString chosen = QSettings().value(QLatin1String(languageSettingKey)).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too

    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *tarmac = new QTranslator(app);
    if (tarmac->load(locale, QStringLiteral("tarmac"), QStringLiteral("_"), translationsFolder)
        || tarmac->load(QStringLiteral("tarmac_en"), translationsFolder))
        QCoreApplication::installTranslator(tarmac);
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(translationsFolder).entryList({ QStringLiteral("tarmac_*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 7 - 3)); // tarmac_<name>.qm
    languages.sort();
    return languages;
}

}
