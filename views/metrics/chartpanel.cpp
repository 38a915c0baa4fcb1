// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include "chartview.h"
#include "metrics/categorycountmodel.h"
#include "timeseriesfeed.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Tarmac {

using namespace Metrics;

namespace {
// Band colours: the same in both themes, translucent so the lines stay the figure.
QColor bandColor(Band band)
{
    switch (band) {
    case Band::Elite:
        return QColor(0x2e, 0x9e, 0x5b, 60);
    case Band::High:
        return QColor(0x8b, 0xc3, 0x4a, 55);
    case Band::Medium:
        return QColor(0xf2, 0xb1, 0x34, 55);
    case Band::Low:
        return QColor(0xd9, 0x4c, 0x3d, 50);
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
}

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_chart(new QChart)
    , m_view(new ChartView(m_chart, this))
    , m_note(new QLabel(this))
    , m_export(new QToolButton(this))
{
    setObjectName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *titleLabel = new QLabel(title, this);
    QFont font = titleLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    titleLabel->setFont(font);
    // A long title ("... (median) and ... (p90)") wraps rather than widening its column.
    titleLabel->setWordWrap(true);
    header->addWidget(titleLabel, 1);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Image (PNG)…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("Vector image (SVG)…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu->addAction(tr("Data (CSV)…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    m_export->setMenu(menu);
    header->addWidget(m_export);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setParent(m_view);
    m_note->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setMinimumHeight(220);
    m_view->setHitTest([this](const QPointF &position) -> std::optional<ChartView::Hit> {
        std::optional<ChartView::Hit> best;
        double bestDistance = 12; // pixels
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const auto &[series, model] = m_series.at(s);
            if (!series->isVisible())
                continue;
            const QList<TimeValue> &points = model->points();
            const int nearest
                = model->rowNearest(m_chart->mapToValue(m_view->mapToScene(position.toPoint()), series).x());
            for (int row : { nearest - 1, nearest, nearest + 1 }) {
                if (row < 0 || row >= points.size())
                    continue;
                const QPointF at = m_view->mapFromScene(
                    m_chart->mapToPosition(QPointF(double(points.at(row).x), points.at(row).y), series));
                const double distance = QLineF(at, position).length();
                if (distance < bestDistance) {
                    bestDistance = distance;
                    const QString when
                        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(points.at(row).from, QTimeZone::UTC).date(),
                            QLocale::ShortFormat);
                    best = ChartView::Hit { int(s), row,
                        tr("%1\n%2 (from %3)").arg(series->name(), points.at(row).text, when) };
                }
            }
        }
        return best;
    });
    connect(m_view, &ChartView::pointClicked, this,
        [this](int series, int row) { Q_EMIT pointClicked(m_series.at(series).second, row); });
    connect(m_view, &ChartView::resetRequested, this, &ChartPanel::resetZoom);
    applyTheme();
    setState(State::Loading);
}

ChartPanel::~ChartPanel() = default;

QXYSeries *ChartPanel::addTimeSeries(const QString &name, TimeValueModel *model, const QString &unit)
{
    if (!m_timeAxis) {
        m_timeAxis = new QDateTimeAxis(this);
        m_timeAxis->setFormat(QStringLiteral("d MMM yy"));
        m_timeAxis->setTickCount(6);
        m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
        m_valueAxis = new QValueAxis(this);
        m_valueAxis->setTitleText(unit);
        m_valueAxis->setLabelFormat(QStringLiteral("%.3g"));
        m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
        m_view->setTimeNavigation(true);
        connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &ChartPanel::updateVisibleRange);
        connect(m_chart, &QChart::plotAreaChanged, this, &ChartPanel::updateVisibleRange);
    }
    auto *series = new QLineSeries(this);
    series->setName(name);
    series->setPointsVisible(true);
    m_chart->addSeries(series);
    // After addSeries: the theme has given the series its colour; keep it, only thicker.
    QPen pen = series->pen();
    pen.setWidthF(2.5);
    series->setPen(pen);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    m_feeds.append(new TimeSeriesFeed(model, series, this));
    m_series.append({ series, model });
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::updateValueAxis);
    updateValueAxis();
    updateVisibleRange();
    return series;
}

void ChartPanel::setBars(CategoryCountModel *model, const QString &unit, bool stacked)
{
    m_bars = model;
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(this))
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries(this));
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(this);
    m_chart->addAxis(categories, Qt::AlignBottom);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setTitleText(unit);
    m_valueAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(m_valueAxis);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(0);
    mapper->setLastBarSetColumn(model->columnCount() - 1);
    mapper->setSeries(series);
    mapper->setModel(model);
    connect(series, &QAbstractBarSeries::hovered, this, [this, model](bool on, int index, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            tr("%1, %2: %3").arg(model->categories().value(index), set->label()).arg(set->at(index)), m_view);
    });
    const auto update = [this, model, mapper, categories, stacked] {
        // The sets are the model's columns, however many the last reset brought.
        mapper->setLastBarSetColumn(model->columnCount() - 1);
        categories->setCategories(model->categories());
        double top = 0;
        if (stacked) {
            for (int r = 0; r < model->rowCount(); ++r) {
                double sum = 0;
                for (int c = 0; c < model->columnCount(); ++c)
                    sum += model->index(r, c).data().toDouble();
                top = std::max(top, sum);
            }
        } else {
            top = model->maximum();
        }
        m_valueAxis->setRange(0, std::max(1.0, top * 1.1));
        m_valueAxis->applyNiceNumbers();
    };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    update();
}

void ChartPanel::setBandAreas(const QList<BandArea> &areas, qint64 from, qint64 to)
{
    for (QAreaSeries *band : std::as_const(m_bands)) {
        m_chart->removeSeries(band);
        delete band;
    }
    m_bands.clear();
    m_bandAreas = areas;
    if (!m_timeAxis)
        return;
    for (const BandArea &area : areas) {
        if (area.high <= area.low)
            continue;
        auto *upper = new QLineSeries(this);
        auto *lower = new QLineSeries(this);
        upper->append({ QPointF(double(from), area.high), QPointF(double(to), area.high) });
        lower->append({ QPointF(double(from), area.low), QPointF(double(to), area.low) });
        auto *series = new QAreaSeries(upper, lower);
        series->setName(tr("%1 band").arg(bandName(area.band)));
        series->setColor(bandColor(area.band));
        series->setBorderColor(Qt::transparent);
        // Behind the lines, and out of the legend: the legend names the lines.
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_chart->legend()->markers(series).constFirst()->setVisible(false);
        m_bands.append(series);
    }
    // Lines after areas, so they are drawn on top.
    for (const auto &[line, model] : std::as_const(m_series)) {
        m_chart->removeSeries(line);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
    }
    applyTheme();
}

void ChartPanel::setTimeRange(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    resetZoom();
}

void ChartPanel::resetZoom()
{
    m_chart->zoomReset();
    if (m_timeAxis && m_to > m_from)
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::UTC),
            QDateTime::fromMSecsSinceEpoch(m_to, QTimeZone::UTC));
    updateValueAxis();
}

void ChartPanel::updateValueAxis()
{
    if (!m_timeAxis)
        return;
    double top = 0;
    for (const auto &[series, model] : std::as_const(m_series))
        top = std::max(top, model->maximum());
    // Bands are context, not scale: show the lower ones only as far as the data reaches.
    m_valueAxis->setRange(0, std::max(top * 1.1, 1.0));
    m_valueAxis->applyNiceNumbers();
}

void ChartPanel::updateVisibleRange()
{
    if (!m_timeAxis || m_feeding)
        return;
    // New points can make the chart fit its axes to them; the view keeps the range the user chose.
    const QScopedValueRollback guard(m_feeding, true);
    const QDateTime min = m_timeAxis->min();
    const QDateTime max = m_timeAxis->max();
    const int pixels = std::max(50, int(m_chart->plotArea().width()));
    for (TimeSeriesFeed *feed : std::as_const(m_feeds))
        feed->setVisibleRange(double(min.toMSecsSinceEpoch()), double(max.toMSecsSinceEpoch()), pixels);
    if (m_timeAxis->min() != min || m_timeAxis->max() != max)
        m_timeAxis->setRange(min, max);
}

void ChartPanel::setState(State state, const QString &note)
{
    m_state = state;
    QString text = note;
    if (text.isEmpty() && state == State::Loading)
        text = tr("Loading…");
    if (text.isEmpty() && state == State::Empty)
        text = tr("Nothing to show in this range.");
    m_note->setText(text);
    m_note->setVisible(state != State::Ready);
    m_note->setGeometry(m_view->rect());
    m_note->raise();
    m_chart->setOpacity(state == State::Ready ? 1.0 : 0.3);
    m_export->setEnabled(state == State::Ready);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
    m_note->setGeometry(m_view->rect());
}

void ChartPanel::applyTheme()
{
    const bool dark = isDark(palette());
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    // Readable on a projector: larger labels than the theme's.
    QFont labels = font();
    labels.setPointSizeF(labels.pointSizeF() * 1.05);
    for (QAbstractAxis *axis : m_chart->axes())
        axis->setLabelsFont(labels);
    m_chart->legend()->setFont(labels);
    for (qsizetype i = 0; i < m_bands.size() && i < m_bandAreas.size(); ++i) {
        m_bands.at(i)->setColor(bandColor(m_bandAreas.at(i).band));
        m_bands.at(i)->setBorderColor(Qt::transparent);
    }
    for (const auto &[series, model] : std::as_const(m_series)) {
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
    }
}

bool ChartPanel::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

bool ChartPanel::exportSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_view->render(&painter);
    return painter.end();
}

bool ChartPanel::exportCsv(const QString &path) const
{
    if (!m_csv)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_csv());
    return file.commit();
}

void ChartPanel::render(QPainter *painter, const QRectF &rect) const
{
    m_view->render(painter, rect);
}

void ChartPanel::exportWithDialog(const QString &format)
{
    const QString filter = format == QLatin1String("png") ? tr("PNG image (*.png)")
        : format == QLatin1String("svg")                  ? tr("SVG image (*.svg)")
                                                          : tr("CSV file (*.csv)");
    QString name = m_title;
    name.replace(u' ', u'-');
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_title), name.toLower() + u'.' + format, filter);
    if (path.isEmpty())
        return;
    const bool ok = format == QLatin1String("png") ? exportPng(path)
        : format == QLatin1String("svg")           ? exportSvg(path)
                                                   : exportCsv(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

}
