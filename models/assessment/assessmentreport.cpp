// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentreport.h"

#include "assessment/votestatistics.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace Tarmac {

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

QString levelOrEmpty(int level)
{
    return level > 0 ? QString::number(level) : QString();
}
}

AssessmentReport::AssessmentReport(
    const MaturityModel &model, const AssessmentSession &session, const std::optional<AssessmentSession> &previous)
    : m_model(model)
    , m_session(session)
    , m_previous(previous)
{
}

QString AssessmentReport::scopeText() const
{
    return m_session.scope.name.isEmpty() ? m_session.scope.kind
                                          : QStringLiteral("%1 (%2)").arg(m_session.scope.name, m_session.scope.kind);
}

QByteArray AssessmentReport::csv() const
{
    QStringList lines;
    lines.append(QStringLiteral("capability_id,capability,responses,level_votes,dont_know,not_applicable,median,"
                                "lower_quartile,upper_quartile,platform_team_median,app_team_median,agreed_level,"
                                "agreed_name,target_level,target_name,previous_level,dissent"));
    for (const Capability &capability : m_model.capabilities) {
        const CapabilityRecord *found = m_session.record(capability.id);
        const CapabilityRecord record = found ? *found : CapabilityRecord {};
        const VoteSpread spread = VoteStatistics::forRecord(record);
        const QMap<QString, VoteSpread> byRole = VoteStatistics::byRole(record, m_session);
        const CapabilityRecord *previous = m_previous ? m_previous->record(capability.id) : nullptr;
        const bool stats = record.revealed && spread.hasLevels();
        const auto roleMedian = [&](const QString &role) {
            const VoteSpread roleSpread = byRole.value(role);
            return stats && roleSpread.hasLevels() ? number(roleSpread.median) : QString();
        };
        QStringList fields {
            csvField(capability.id),
            csvField(capability.name),
            QString::number(spread.responses),
            QString::number(spread.levelVotes),
            QString::number(spread.dontKnow),
            QString::number(spread.notApplicable),
            stats ? number(spread.median) : QString(),
            stats ? number(spread.lowerQuartile) : QString(),
            stats ? number(spread.upperQuartile) : QString(),
            roleMedian(QStringLiteral("platform-team")),
            roleMedian(QStringLiteral("app-team")),
            levelOrEmpty(record.agreedLevel),
            csvField(m_model.levelName(record.agreedLevel)),
            levelOrEmpty(record.targetLevel),
            csvField(m_model.levelName(record.targetLevel)),
            levelOrEmpty(previous ? previous->agreedLevel : 0),
            csvField(record.dissent),
        };
        lines.append(fields.join(u','));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString AssessmentReport::markdown() const
{
    QString text = QStringLiteral("# %1\n\n").arg(m_session.title.isEmpty() ? m_model.name : m_session.title);
    text += tr("Model: %1 %2. Scope: %3. Date: %4. Participants: %5.")
                .arg(m_model.name, m_model.version, scopeText(), m_session.date.toString(Qt::ISODate))
                .arg(m_session.participants.size())
        + QStringLiteral("\n\n");
    text += u'|' + tr("Capability") + u'|' + tr("Responses") + u'|' + tr("Median") + u'|' + tr("IQR") + u'|'
        + tr("Agreed") + u'|' + tr("Target") + u'|' + tr("Dissent")
        + QStringLiteral("|\n|---|---|---|---|---|---|---|\n");
    for (const Capability &capability : m_model.capabilities) {
        const CapabilityRecord *found = m_session.record(capability.id);
        const CapabilityRecord record = found ? *found : CapabilityRecord {};
        const VoteSpread spread = VoteStatistics::forRecord(record);
        const bool stats = record.revealed && spread.hasLevels();
        text += QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|\n")
                    .arg(capability.name)
                    .arg(spread.responses)
                    .arg(stats ? number(spread.median) : QString())
                    .arg(stats ? number(spread.interquartileRange()) : QString())
                    .arg(m_model.levelName(record.agreedLevel), m_model.levelName(record.targetLevel),
                        QString(record.dissent).replace(u'\n', u' '));
    }
    if (!m_session.actions.isEmpty()) {
        text += u'\n' + QStringLiteral("## ") + tr("Actions") + QStringLiteral("\n\n");
        for (const AssessmentAction &action : m_session.actions) {
            text += QStringLiteral("- %1 (%2; %3; %4)")
                        .arg(action.title, action.owner, action.due.toString(Qt::ISODate),
                            actionStatusName(action.status));
            if (!action.indicator.isEmpty())
                text += u' ' + tr("moves %1").arg(action.indicator);
            text += u'\n';
        }
    }
    if (m_previous && !m_previous->actions.isEmpty()) {
        text += u'\n' + QStringLiteral("## ") + tr("Last round's actions") + QStringLiteral("\n\n");
        for (const AssessmentAction &action : m_previous->actions)
            text += QStringLiteral("- %1 (%2): %3\n")
                        .arg(action.title, actionStatusName(action.status), previousActionProgress(action));
    }
    return text;
}

QString AssessmentReport::previousActionProgress(const AssessmentAction &action) const
{
    const CapabilityRecord *then = m_previous ? m_previous->record(action.capabilityId) : nullptr;
    const CapabilityRecord *now = m_session.record(action.capabilityId);
    const int before = then ? then->agreedLevel : 0;
    const int after = now ? now->agreedLevel : 0;
    if (before == 0 || after == 0)
        return tr("its capability was not agreed in both rounds");
    const Capability *capability = m_model.capability(action.capabilityId);
    return tr("%1 went from %2 to %3").arg(capability ? capability->name : action.capabilityId).arg(before).arg(after);
}

QString AssessmentReport::summaryHtml() const
{
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg((m_session.title.isEmpty() ? m_model.name : m_session.title).toHtmlEscaped());
    html += QStringLiteral("<p>")
        + tr("Model: %1 %2<br>Scope: %3<br>Date: %4<br>Participants: %5")
              .arg(m_model.name.toHtmlEscaped(), m_model.version.toHtmlEscaped(), scopeText().toHtmlEscaped(),
                  m_session.date.toString(Qt::ISODate))
              .arg(m_session.participants.size())
        + QStringLiteral("</p>");
    return html;
}

QString AssessmentReport::capabilityHtml(const Capability &capability) const
{
    const CapabilityRecord *found = m_session.record(capability.id);
    const CapabilityRecord record = found ? *found : CapabilityRecord {};
    const VoteSpread spread = VoteStatistics::forRecord(record);
    QString html = QStringLiteral("<h2>%1</h2>").arg(capability.name.toHtmlEscaped());
    if (!capability.keyQuestion.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(capability.keyQuestion.toHtmlEscaped());
    // Response counts come before any average, so a median of two is read as such.
    html += QStringLiteral("<p>")
        + tr("Responses: %1 (levels %2, don't know %3, not applicable %4)")
              .arg(spread.responses)
              .arg(spread.levelVotes)
              .arg(spread.dontKnow)
              .arg(spread.notApplicable)
        + QStringLiteral("<br>");
    if (record.revealed && spread.hasLevels()) {
        html += tr("Median %1, interquartile range %2 to %3")
                    .arg(number(spread.median), number(spread.lowerQuartile), number(spread.upperQuartile));
        const QMap<QString, VoteSpread> byRole = VoteStatistics::byRole(record, m_session);
        for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
            if (it.value().hasLevels())
                html += QStringLiteral("<br>")
                    + tr("%1: %n response(s), median %2", nullptr, it.value().responses)
                          .arg(participantRoleName(it.key()))
                          .arg(number(it.value().median));
        }
        html += QStringLiteral("<br>") + tr("Votes per level:");
        for (const MaturityLevel &level : m_model.levels)
            html += QStringLiteral(" %1&nbsp;(%2)").arg(level.value).arg(spread.histogram.value(level.value));
    } else {
        html += tr("Votes were not revealed.");
    }
    html += QStringLiteral("</p><p><b>")
        + tr("Agreed: %1")
              .arg(record.agreedLevel > 0 ? QStringLiteral("%1 %2")
                                                .arg(record.agreedLevel)
                                                .arg(m_model.levelName(record.agreedLevel))
                                                .toHtmlEscaped()
                                          : tr("not agreed"))
        + QStringLiteral("</b><br>")
        + tr("Target: %1")
              .arg(record.targetLevel > 0 ? QStringLiteral("%1 %2")
                                                .arg(record.targetLevel)
                                                .arg(m_model.levelName(record.targetLevel))
                                                .toHtmlEscaped()
                                          : tr("none"));
    if (m_previous) {
        const CapabilityRecord *previous = m_previous->record(capability.id);
        if (previous && previous->agreedLevel > 0)
            html += QStringLiteral("<br>")
                + tr("Previous round: %1 %2")
                      .arg(previous->agreedLevel)
                      .arg(m_model.levelName(previous->agreedLevel).toHtmlEscaped());
    }
    html += QStringLiteral("</p>");
    if (!record.dissent.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Dissent") + QStringLiteral("</b>: ") + record.dissent.toHtmlEscaped()
            + QStringLiteral("</p>");
    if (!record.sharedNotes.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Notes") + QStringLiteral("</b>: ") + record.sharedNotes.toHtmlEscaped()
            + QStringLiteral("</p>");
    if (!record.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Evidence") + QStringLiteral("</b></p><ul>");
        for (const Evidence &evidence : record.evidence) {
            // A platform's figure says where and when it was measured.
            const QString measured = evidence.at.isValid()
                ? tr("(%1, measured %2)").arg(evidence.source, evidence.at.toUTC().toString(Qt::ISODate))
                : QString();
            html += QStringLiteral("<li>%1 %2 %3</li>")
                        .arg(evidence.text.toHtmlEscaped(), evidence.url.toHtmlEscaped(), measured.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    QString actions;
    for (const AssessmentAction &action : m_session.actions) {
        if (action.capabilityId == capability.id)
            actions += QStringLiteral("<li>%1 — %2, %3, %4</li>")
                           .arg(action.title.toHtmlEscaped(), action.owner.toHtmlEscaped(),
                               action.due.toString(Qt::ISODate), actionStatusName(action.status));
    }
    if (!actions.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Actions") + QStringLiteral("</b></p><ul>") + actions
            + QStringLiteral("</ul>");
    return html;
}

bool AssessmentReport::writePdf(const QString &path, QString *errorMessage) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(m_session.title.isEmpty() ? m_model.name : m_session.title);
    writer.setCreator(QStringLiteral("Tarmac"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1").arg(path);
        return false;
    }
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF area(0, 0, page.width(), page.height());

    const auto drawHtml = [&](const QString &html, qreal top) {
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("sans-serif"), 10));
        document.setTextWidth(area.width());
        document.setHtml(html);
        painter.save();
        painter.translate(0, top);
        document.drawContents(&painter, QRectF(0, 0, area.width(), area.height() - top));
        painter.restore();
        return top + document.size().height();
    };

    qreal top = drawHtml(summaryHtml(), 0);
    const qreal radarSize = std::min(area.width(), 420.0);
    paintRadar(&painter, QRectF((area.width() - radarSize) / 2, top, radarSize, radarSize * 0.8), m_model, m_session,
        m_previous);
    top += radarSize * 0.8 + 12;
    QString actions;
    for (const AssessmentAction &action : m_session.actions)
        actions += QStringLiteral("<li>%1 — %2, %3, %4</li>")
                       .arg(action.title.toHtmlEscaped(), action.owner.toHtmlEscaped(),
                           action.due.toString(Qt::ISODate), actionStatusName(action.status));
    if (m_previous && !m_previous->actions.isEmpty()) {
        actions += QStringLiteral("</ul><h3>") + tr("Last round's actions") + QStringLiteral("</h3><ul>");
        for (const AssessmentAction &action : m_previous->actions)
            actions += QStringLiteral("<li>%1 (%2): %3</li>")
                           .arg(action.title.toHtmlEscaped(), actionStatusName(action.status),
                               previousActionProgress(action).toHtmlEscaped());
    }
    if (!actions.isEmpty())
        drawHtml(
            QStringLiteral("<h3>") + tr("Actions") + QStringLiteral("</h3><ul>") + actions + QStringLiteral("</ul>"),
            top);

    for (const Capability &capability : m_model.capabilities) {
        writer.newPage();
        drawHtml(capabilityHtml(capability), 0);
    }
    painter.end();
    return true;
}

void AssessmentReport::paintRadar(QPainter *painter, const QRectF &rect, const MaturityModel &model,
    const AssessmentSession &session, const std::optional<AssessmentSession> &previous)
{
    const qsizetype axes = model.capabilities.size();
    const int minLevel = model.minLevel();
    const int maxLevel = model.maxLevel();
    if (axes == 0 || maxLevel <= 0)
        return;
    const QColor agreedColor(0x2f, 0x6f, 0xb5);
    const QColor targetColor(0xd9, 0x7a, 0x1c);
    const QColor previousColor(0x88, 0x88, 0x88);
    const auto levelsOf = [&](const AssessmentSession &which, bool target) {
        QList<int> levels;
        for (const Capability &capability : model.capabilities) {
            const CapabilityRecord *record = which.record(capability.id);
            levels.append(record ? (target ? record->targetLevel : record->agreedLevel) : 0);
        }
        return levels;
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);

    if (axes < 3) {
        // Bars: one row per capability, a scale from the lowest to the highest level.
        const qreal rowHeight = std::min<qreal>(40, rect.height() / qreal(axes + 1));
        const qreal labelWidth = rect.width() * 0.3;
        const qreal scaleWidth = rect.width() - labelWidth;
        const auto x = [&](double level) {
            return rect.left() + labelWidth + scaleWidth * (level - minLevel + 1) / (maxLevel - minLevel + 1);
        };
        const QList<int> agreed = levelsOf(session, false);
        const QList<int> target = levelsOf(session, true);
        const QList<int> before = previous ? levelsOf(*previous, false) : QList<int>();
        for (qsizetype i = 0; i < axes; ++i) {
            const qreal y = rect.top() + rowHeight * qreal(i);
            painter->setPen(painter->pen().color());
            painter->drawText(QRectF(rect.left(), y, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                model.capabilities.at(i).name);
            painter->fillRect(QRectF(rect.left() + labelWidth, y + rowHeight * 0.3, scaleWidth, rowHeight * 0.4),
                QColor(0, 0, 0, 20));
            if (agreed.at(i) > 0)
                painter->fillRect(QRectF(rect.left() + labelWidth, y + rowHeight * 0.3,
                                      x(agreed.at(i)) - rect.left() - labelWidth, rowHeight * 0.4),
                    agreedColor);
            if (target.at(i) > 0) {
                painter->setPen(QPen(targetColor, 3));
                painter->drawLine(
                    QPointF(x(target.at(i)), y + rowHeight * 0.15), QPointF(x(target.at(i)), y + rowHeight * 0.85));
            }
            if (!before.isEmpty() && before.at(i) > 0) {
                painter->setPen(QPen(previousColor, 2, Qt::DashLine));
                painter->drawLine(
                    QPointF(x(before.at(i)), y + rowHeight * 0.15), QPointF(x(before.at(i)), y + rowHeight * 0.85));
            }
        }
        painter->setPen(QColor(0x55, 0x55, 0x55));
        for (const MaturityLevel &level : model.levels)
            painter->drawText(QRectF(x(level.value) - 20, rect.top() + rowHeight * qreal(axes), 40, rowHeight),
                Qt::AlignHCenter | Qt::AlignTop, QString::number(level.value));
        painter->restore();
        return;
    }

    // Room below for the legend and beside the spokes for the capability names.
    const QRectF plot(rect.left(), rect.top(), rect.width(), rect.height() - 22);
    const QPointF center = plot.center();
    const qreal radius = std::max<qreal>(20, std::min(plot.width() / 2 - 80, plot.height() / 2 - 22));
    const auto point = [&](qsizetype axis, double level) {
        const double angle = -M_PI / 2 + 2 * M_PI * double(axis) / double(axes);
        const double r = radius * std::max(0.0, level) / maxLevel;
        return QPointF(center.x() + r * std::cos(angle), center.y() + r * std::sin(angle));
    };
    painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
    for (int level = std::max(1, minLevel); level <= maxLevel; ++level) {
        QPolygonF ring;
        for (qsizetype axis = 0; axis < axes; ++axis)
            ring.append(point(axis, level));
        painter->drawPolygon(ring);
    }
    for (qsizetype axis = 0; axis < axes; ++axis) {
        painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
        painter->drawLine(center, point(axis, maxLevel));
        const QPointF tip = point(axis, maxLevel + 0.25);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        const QString name = model.capabilities.at(axis).name;
        if (tip.x() > center.x() + 5)
            painter->drawText(QRectF(tip.x(), tip.y() - 10, 160, 20), Qt::AlignLeft | Qt::AlignVCenter, name);
        else if (tip.x() < center.x() - 5)
            painter->drawText(QRectF(tip.x() - 160, tip.y() - 10, 160, 20), Qt::AlignRight | Qt::AlignVCenter, name);
        else
            painter->drawText(
                QRectF(tip.x() - 80, tip.y() - (tip.y() < center.y() ? 20 : 0), 160, 20), Qt::AlignCenter, name);
    }
    // Legend.
    qreal legendX = rect.left();
    const auto legend = [&](const QPen &pen, const QString &text) {
        painter->setPen(pen);
        painter->drawLine(QPointF(legendX, rect.bottom() - 9), QPointF(legendX + 18, rect.bottom() - 9));
        painter->setPen(QColor(0x33, 0x33, 0x33));
        const QRectF label(legendX + 22, rect.bottom() - 18, 140, 18);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
        legendX += 22 + painter->fontMetrics().horizontalAdvance(text) + 16;
    };
    legend(QPen(agreedColor, 3), tr("Agreed"));
    legend(QPen(targetColor, 2, Qt::DashLine), tr("Target"));
    if (previous)
        legend(QPen(previousColor, 1.5, Qt::DotLine), tr("Previous round"));
    const auto polygon = [&](const QList<int> &levels) {
        QPolygonF shape;
        for (qsizetype axis = 0; axis < axes; ++axis)
            shape.append(point(axis, levels.at(axis)));
        return shape;
    };
    if (previous) {
        painter->setPen(QPen(previousColor, 1.5, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(polygon(levelsOf(*previous, false)));
    }
    painter->setPen(QPen(targetColor, 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(polygon(levelsOf(session, true)));
    QColor fill = agreedColor;
    fill.setAlpha(70);
    painter->setPen(QPen(agreedColor, 2));
    painter->setBrush(fill);
    painter->drawPolygon(polygon(levelsOf(session, false)));
    painter->restore();
}

}
