// SPDX-License-Identifier: GPL-3.0-or-later
// Frame time while zooming a time chart of 50,000 points (budget: 50 ms a frame): median, p90 and
// the worst frame over 40 wheel notches (bench_chartframes has the same frames under QBENCHMARK).
// Not a test: run by hand (build/<dir>/bin/bench_metrics_chartzoom [POINTS]), figures go into the notes.
#include "chartpanel.h"
#include "chartview.h"
#include "metrics/timevaluemodel.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Tarmac;
using namespace Tarmac::Metrics;

namespace {
struct Figures {
    double median = 0;
    double p90 = 0;
    double max = 0;
};

Figures zoomFrames(int points)
{
    ChartPanel panel(QStringLiteral("bench"));
    panel.resize(1200, 500);
    auto *model = new TimeValueModel(&panel);
    panel.addTimeSeries(QStringLiteral("lead time"), model, QStringLiteral("hours"));
    QList<TimeValue> all;
    const qint64 start = 1'735'689'600'000; // 2025-01-01
    const qint64 step = 10 * 60 * 1000; // ten minutes apart: 50,000 points span a year
    for (int i = 0; i < points; ++i) {
        const double y = 24 + 20 * std::sin(i / 300.0) + (i * 7919 % 97) / 10.0;
        all.append({ start + i * step, y, start + i * step, start + (i + 1) * step, QString::number(y) });
    }
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return {};
    model->setPoints(all);
    panel.setTimeRange(start, start + points * step);
    panel.setState(ChartPanel::State::Ready);
    QCoreApplication::processEvents();
    QList<double> frames;
    const double x = panel.chart()->plotArea().center().x();
    // 20 steps in, 20 out: each step is one wheel notch, repainted before the next.
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer timer;
        timer.start();
        panel.view()->zoomAround(i < 20 ? 1.25 : 0.8, x);
        QCoreApplication::processEvents();
        panel.view()->viewport()->repaint();
        frames.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    return { frames.at(frames.size() / 2), frames.at(int(std::ceil(0.9 * frames.size())) - 1), frames.last() };
}
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    const int points = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50000;
    const Figures f = zoomFrames(points);
    std::printf(
        "%d points: frame median %.1f ms, p90 %.1f ms, max %.1f ms (budget 50 ms)\n", points, f.median, f.p90, f.max);
    return 0;
}
