// SPDX-License-Identifier: GPL-3.0-or-later
// QBENCHMARK of one frame of zooming and of panning a time chart of 5,000 points (budget: 50 ms a
// frame): the real ChartPanel of the Metrics page, driven by the wheel and right-drag events a
// user makes, repainted before the next. Not a test; tests/bench/metrics/run.sh runs it.
//   bench_metrics_chartframes [POINTS] [QtTest options]
#include "chartpanel.h"
#include "chartview.h"
#include "metrics/timevaluemodel.h"

#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace Tarmac;
using namespace Tarmac::Metrics;

namespace {
int pointCount = 5000;
constexpr qint64 Start = 1'735'689'600'000; // 2025-01-01
constexpr qint64 Step = 105 * 60 * 1000; // 5,000 points a year apart

QList<TimeValue> points(int count)
{
    QList<TimeValue> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i) {
        // A slow wave with noise: peaks and dips that downsampling must keep.
        const double y = 24 + 20 * std::sin(i / 300.0) + (i * 7919 % 97) / 10.0;
        all.append({ Start + i * Step, y, Start + i * Step, Start + (i + 1) * Step, QString::number(y) });
    }
    return all;
}

void sendWheel(QWidget *viewport, QPoint at, int delta)
{
    QWheelEvent wheel(QPointF(at), QPointF(viewport->mapToGlobal(at)), QPoint(), QPoint(0, delta), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(at), QPointF(viewport->mapToGlobal(at)), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}
}

class BenchChartFrames : public QObject {
    Q_OBJECT

    std::unique_ptr<ChartPanel> m_panel;
    TimeValueModel *m_model = nullptr;

    QWidget *viewport() const { return m_panel->view()->viewport(); }
    QPoint plotCenter() const { return m_panel->view()->mapFromScene(m_panel->chart()->plotArea().center()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = std::make_unique<ChartPanel>(QStringLiteral("bench"));
        m_panel->resize(1200, 500);
        m_model = new TimeValueModel(m_panel.get());
        m_panel->addTimeSeries(QStringLiteral("lead time"), m_model, QStringLiteral("hours"));
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_model->setPoints(points(pointCount));
        m_panel->setTimeRange(Start, Start + pointCount * Step);
        m_panel->setState(ChartPanel::State::Ready);
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), pointCount);
    }

    // One wheel notch and its repaint: in for ten notches, then out for ten, so the view stays
    // between the whole range and a tenth of it however many iterations QBENCHMARK runs.
    void zoomFrame()
    {
        m_panel->resetZoom();
        QCoreApplication::processEvents();
        const auto *axis = qobject_cast<QDateTimeAxis *>(m_panel->chart()->axes(Qt::Horizontal).constFirst());
        const qint64 whole = axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
        int notch = 0;
        QBENCHMARK
        {
            sendWheel(viewport(), plotCenter(), notch % 20 < 10 ? 120 : -120);
            viewport()->repaint();
            ++notch;
        }
        // The wheel did zoom (a bench of a chart that ignores the wheel measures nothing).
        sendWheel(viewport(), plotCenter(), 120);
        QVERIFY(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch() < whole);
    }

    // One step of a right-drag pan and its repaint, zoomed in to a fifth of the range, moving
    // 40 pixels back and forth.
    void panFrame()
    {
        m_panel->resetZoom();
        for (int i = 0; i < 7; ++i)
            sendWheel(viewport(), plotCenter(), 120);
        QCoreApplication::processEvents();
        const auto *axis = qobject_cast<QDateTimeAxis *>(m_panel->chart()->axes(Qt::Horizontal).constFirst());
        const QDateTime before = axis->min();
        QPoint at = plotCenter();
        sendMouse(viewport(), QEvent::MouseButtonPress, at, Qt::RightButton, Qt::RightButton);
        int step = 0;
        QBENCHMARK
        {
            at.rx() += step % 10 < 5 ? 40 : -40;
            sendMouse(viewport(), QEvent::MouseMove, at, Qt::NoButton, Qt::RightButton);
            viewport()->repaint();
            ++step;
        }
        at.rx() += 40;
        sendMouse(viewport(), QEvent::MouseMove, at, Qt::NoButton, Qt::RightButton);
        sendMouse(viewport(), QEvent::MouseButtonRelease, at, Qt::RightButton, Qt::NoButton);
        QVERIFY(axis->min() != before);
    }

    void cleanupTestCase() { m_panel.reset(); }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1) {
        bool ok = false;
        const int count = arguments.at(1).toInt(&ok);
        if (ok && count > 0) {
            pointCount = count;
            arguments.removeAt(1);
        }
    }
    BenchChartFrames bench;
    return QTest::qExec(&bench, arguments);
}

#include "bench_chartframes.moc"
