#include "CountsChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {
const QColor kLeftColor(0x5b, 0x8d, 0xd6);
const QColor kRightColor(0xe0, 0x8e, 0x3c);
}

CountsChart::CountsChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(160);
}

void CountsChart::setData(const QString &leftName, const QString &rightName, const QList<Bar> &bars)
{
    m_leftName = leftName;
    m_rightName = rightName;
    m_bars = bars;
    update();
}

QSize CountsChart::sizeHint() const
{
    return { 480, 220 };
}

void CountsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics = fontMetrics();
    if (m_bars.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Compare two sets (or a set and a live profile) to see counts per label."));
        return;
    }
    const int lineHeight = metrics.height();
    // Legend on top, category names under the bars.
    const QRect plot = rect().adjusted(12, lineHeight + 14, -12, -(lineHeight + 10));
    qint64 maximum = 1;
    for (const Bar &bar : m_bars)
        maximum = std::max({ maximum, bar.left, bar.right });

    int x = 12;
    for (const auto &[color, name] : { std::pair { kLeftColor, m_leftName }, std::pair { kRightColor, m_rightName } }) {
        painter.fillRect(QRect(x, 6, lineHeight - 4, lineHeight - 4), color);
        x += lineHeight;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(x, 4 + metrics.ascent()), name);
        x += metrics.horizontalAdvance(name) + 20;
    }

    const double slot = double(plot.width()) / double(m_bars.size());
    const double barWidth = std::min(40.0, slot * 0.35);
    const QLocale locale;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const double centre = plot.left() + slot * (i + 0.5);
        const auto drawBar = [&](qint64 value, double left, const QColor &color) {
            const double height = double(plot.height() - lineHeight) * double(value) / double(maximum);
            const QRectF box(left, plot.bottom() - height, barWidth, height);
            painter.fillRect(box, color);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(left - 20, box.top() - lineHeight, barWidth + 40, lineHeight), Qt::AlignCenter,
                             locale.toString(value));
        };
        drawBar(bar.left, centre - barWidth - 1, kLeftColor);
        drawBar(bar.right, centre + 1, kRightColor);
        painter.setPen(palette().color(QPalette::Text));
        const QString name = metrics.elidedText(bar.category, Qt::ElideRight, int(slot) - 4);
        painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 4, slot, lineHeight), Qt::AlignCenter, name);
    }
}
