#pragma once

#include <QList>
#include <QString>
#include <QWidget>

// A small grouped bar chart: for each category (a label or relationship type) one bar per side,
// left and right, drawn with QPainter (no QtCharts dependency).
class CountsChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString category;
        qint64 left = 0;
        qint64 right = 0;
    };

    explicit CountsChart(QWidget *parent = nullptr);

    void setData(const QString &leftName, const QString &rightName, const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_leftName;
    QString m_rightName;
    QList<Bar> m_bars;
};
