// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Tarmac {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *tarmac = new QTranslator(app);
    const QString folder = QStringLiteral(":/i18n");
    if (tarmac->load(QLocale(), QStringLiteral("tarmac"), QStringLiteral("_"), folder)
        || tarmac->load(QStringLiteral("tarmac_en"), folder))
        QCoreApplication::installTranslator(tarmac);
}

}
