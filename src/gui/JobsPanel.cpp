#include "JobsPanel.h"

#include "JobRunner.h"
#include "ui_JobsPanel.h"

#include <QDateTime>
#include <QLocale>
#include <QProgressBar>

JobsPanel::JobsPanel(JobRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobsPanel>())
    , m_runner(runner)
{
    m_ui->setupUi(this);
    m_ui->cancelButton->setEnabled(false);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_runner, &JobRunner::cancel);
    connect(&m_runner, &JobRunner::started, this, &JobsPanel::onStarted);
    connect(&m_runner, &JobRunner::progressed, this, &JobsPanel::onProgress);
    connect(&m_runner, &JobRunner::logged, this, &JobsPanel::onLog);
    connect(&m_runner, &JobRunner::finished, this, [this] {
        m_ui->stateLabel->setText(tr("Finished."));
        appendLog(tr("%1: finished.").arg(m_runner.title()));
    });
    connect(&m_runner, &JobRunner::failed, this, [this](int, const QString &message, const QString &hint) {
        m_ui->stateLabel->setText(tr("<span style='color:#b00020'><b>Failed:</b> %1</span> %2")
                                      .arg(message.toHtmlEscaped(), hint.toHtmlEscaped()));
        appendLog(tr("%1: FAILED: %2 %3").arg(m_runner.title(), message, hint));
    });
    connect(&m_runner, &JobRunner::canceled, this, [this](const QString &message) {
        const QString state = tr("Canceled. Nothing half-done was left behind: a backup removes its unfinished set folder, "
                                 "a restore deletes the graph it had started. (%1)").arg(message);
        m_ui->stateLabel->setText(state);
        appendLog(state);
    });
    connect(&m_runner, &JobRunner::stopped, this, [this] {
        m_ui->cancelButton->setEnabled(false);
        m_ui->titleLabel->setText(tr("No job running. Last: %1").arg(m_runner.title()));
    });
}

JobsPanel::~JobsPanel() = default;

QString JobsPanel::stateText() const { return m_ui->stateLabel->text(); }
QString JobsPanel::logText() const { return m_ui->logView->toPlainText(); }
int JobsPanel::componentCount() const { return int(m_components.size()); }

QProgressBar *JobsPanel::progressBar(const QString &component) const
{
    const auto it = m_components.constFind(component);
    return it == m_components.cend() ? nullptr : it->bar;
}

void JobsPanel::onStarted(const QString &title)
{
    for (const Component &component : std::as_const(m_components))
        delete component.row;
    m_components.clear();
    m_ui->titleLabel->setText(tr("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_ui->stateLabel->setText(tr("Running…"));
    m_ui->cancelButton->setEnabled(true);
    appendLog(tr("%1: started.").arg(title));
}

void JobsPanel::onProgress(const TaskProgress &progress)
{
    const QString key = progress.component.isEmpty() ? tr("job") : progress.component;
    auto it = m_components.find(key);
    if (it == m_components.end()) {
        Component component;
        component.row = new QWidget(m_ui->componentArea);
        auto *layout = new QHBoxLayout(component.row);
        layout->setContentsMargins(0, 0, 0, 0);
        component.label = new QLabel(component.row);
        component.label->setMinimumWidth(260);
        component.bar = new QProgressBar(component.row);
        component.rate = new QLabel(component.row);
        component.rate->setMinimumWidth(200);
        layout->addWidget(component.label);
        layout->addWidget(component.bar, 1);
        layout->addWidget(component.rate);
        m_ui->componentLayout->addWidget(component.row);
        it = m_components.insert(key, component);
    }
    Component &component = *it;
    if (component.phase != progress.phase || !component.sincePhaseStart.isValid()) {
        component.phase = progress.phase;
        component.sincePhaseStart.start();
        component.doneAtPhaseStart = progress.done;
    }
    component.label->setText(progress.phase.isEmpty() ? key : tr("%1 — %2").arg(key, progress.phase));
    if (progress.total > 0) {
        // QProgressBar takes int: scale to per mille so byte counts beyond 2^31 still show.
        component.bar->setRange(0, 1000);
        component.bar->setValue(int(qBound(qint64(0), progress.done * 1000 / progress.total, qint64(1000))));
    } else if (progress.total == 0) {
        component.bar->setRange(0, 1);
        component.bar->setValue(1);
    } else {
        component.bar->setRange(0, 0); // busy indicator: total unknown
    }
    component.rate->setText(rateText(progress.done - component.doneAtPhaseStart,
                                     progress.total < 0 ? -1 : progress.total - component.doneAtPhaseStart,
                                     component.sincePhaseStart.elapsed(), progress.unit));
}

QString JobsPanel::rateText(qint64 done, qint64 total, qint64 elapsedMs, const QString &unit)
{
    if (elapsedMs < 500 || done <= 0)
        return total >= 0 && done >= total ? tr("done") : QString();
    const double perSecond = double(done) * 1000.0 / double(elapsedMs);
    const QLocale locale;
    // Core libraries name the unit with QObject::tr, so under a translation "bytes" arrives translated.
    const bool bytes = unit == QLatin1String("bytes") || unit == QObject::tr("bytes");
    QString text = bytes
        ? tr("%1/s").arg(locale.formattedDataSize(qint64(perSecond)))
        : tr("%1 %2/s").arg(locale.toString(perSecond, 'f', perSecond < 10 ? 1 : 0), unit);
    if (total > done && perSecond > 0) {
        const qint64 secondsLeft = qint64(double(total - done) / perSecond);
        const QString left = secondsLeft < 60 ? tr("%1 s left").arg(secondsLeft)
                           : secondsLeft < 3600 ? tr("%1 min left").arg((secondsLeft + 59) / 60)
                           : tr("%1 h %2 min left").arg(secondsLeft / 3600).arg((secondsLeft % 3600) / 60);
        text += QStringLiteral(", ") + left;
    } else if (total >= 0 && done >= total) {
        text += QStringLiteral(", ") + tr("done");
    }
    return text;
}

void JobsPanel::onLog(LogLevel level, const QString &message)
{
    QString prefix;
    switch (level) {
    case LogLevel::Debug: prefix = QStringLiteral("  "); break;
    case LogLevel::Info: break;
    case LogLevel::Warning: prefix = tr("warning: "); break;
    case LogLevel::Error: prefix = tr("error: "); break;
    }
    appendLog(prefix + message);
}

void JobsPanel::appendLog(const QString &line)
{
    m_ui->logView->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}
