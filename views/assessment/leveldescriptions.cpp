// SPDX-License-Identifier: GPL-3.0-or-later
#include "leveldescriptions.h"

#include "assessment/maturitymodel.h"

#include <QCoreApplication>

namespace Tarmac {

namespace {
// In the Assess page's context, where these words were first translated (QT_TRANSLATE_NOOP marks
// them for lupdate).
QString translated(const char *text)
{
    return QCoreApplication::translate("Tarmac::AssessmentPage", text);
}
}

QString levelDescriptionsHtml(const MaturityModel &model, const Capability &capability, int highlight)
{
    QString html;
    if (!capability.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(capability.description.toHtmlEscaped());
    for (const MaturityLevel &level : model.levels) {
        const CapabilityLevelDescription *description = capability.descriptionFor(level.value);
        const bool marked = level.value == highlight;
        html += QStringLiteral("<h3>%1%2. %3</h3>")
                    .arg(marked ? QStringLiteral("▶ ") : QString())
                    .arg(level.value)
                    .arg(level.name.toHtmlEscaped());
        if (!level.tagline.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(level.tagline.toHtmlEscaped());
        if (!description)
            continue;
        if (!description->summary.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(description->summary.toHtmlEscaped());
        const auto list = [&](const QString &title, const QStringList &items) {
            if (items.isEmpty())
                return;
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(title.toHtmlEscaped());
            for (const QString &item : items)
                html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        };
        list(translated(QT_TRANSLATE_NOOP("Tarmac::AssessmentPage", "Characteristics")), description->characteristics);
        list(translated(QT_TRANSLATE_NOOP("Tarmac::AssessmentPage", "Consequences")), description->consequences);
        list(translated(QT_TRANSLATE_NOOP("Tarmac::AssessmentPage", "Indicators")), description->indicators);
    }
    return html;
}

}
